from decimal import Decimal

import pytest

from neiqin.core.errors import Conflict, NotFound, PermissionDenied, ValidationError
from neiqin.modules.products import service
from neiqin.modules.products.schemas import ProductFilter, ProductInput


def paper(**kwargs):
    values = {"code": "of-a4-70", "name": "A4复印纸", "unit": "箱", "spec": "70g 500张×5包", "category": "办公耗材",
              "list_price": Decimal("125.00"), "cost": Decimal("98.50"), "reorder_point": 20, "lead_time_days": 3}
    values.update(kwargs)
    return ProductInput(**values)


def test_create_and_lookup(db, clerk):
    with db.unit_of_work(clerk) as uow:
        created = service.create_product(uow, paper())
    assert created.code == "OF-A4-70" and created.label == "A4复印纸 70g 500张×5包 (箱)"
    with db.read() as session:
        assert service.get_product(session, created.id).list_price == Decimal("125.00")
        assert service.get_product_by_code(session, " of-a4-70 ").id == created.id
        assert [p.id for p in service.lookup_products(session, "复印纸")] == [created.id]
        assert [p.id for p in service.lookup_products(session, "fyz")] == [created.id]
        assert [p.id for p in service.lookup_products(session, "OF-A4-70")] == [created.id]
        assert service.get_products(session, [created.id])[created.id].unit == "箱"
        with pytest.raises(NotFound):
            service.get_product_by_code(session, "NOPE")


@pytest.mark.parametrize("kwargs,field", [
    ({"code": ""}, "code"),
    ({"code": "A 4"}, "code"),
    ({"name": "纸" * 201}, "name"),
    ({"unit": ""}, "unit"),
    ({"list_price": Decimal("-1")}, "list_price"),
    ({"list_price": Decimal("1.005")}, "list_price"),
    ({"cost": "abc"}, "cost"),
    ({"reorder_point": -5}, "reorder_point"),
])
def test_bad_input(db, clerk, kwargs, field):
    with pytest.raises(ValidationError) as error, db.unit_of_work(clerk) as uow:
        service.create_product(uow, paper(**kwargs))
    assert error.value.field == field
    with db.read() as session:
        assert service.lookup_products(session, "复印纸") == []


def test_code_unique_case_insensitive(db, clerk):
    with db.unit_of_work(clerk) as uow:
        service.create_product(uow, paper())
    with pytest.raises(ValidationError) as error, db.unit_of_work(clerk) as uow:
        service.create_product(uow, paper(code="OF-A4-70", name="别的"))
    assert error.value.field == "code"


def test_update_deactivate_and_stale(db, clerk, finance):
    with db.unit_of_work(clerk) as uow:
        created = service.create_product(uow, paper())
    with pytest.raises(PermissionDenied), db.unit_of_work(finance) as uow:
        service.update_product(uow, created.id, paper(name="改"))
    data = created.as_input()
    data.list_price = Decimal("130")
    with db.unit_of_work(clerk) as uow:
        updated = service.update_product(uow, created.id, data, expected_updated_at=created.updated_at)
        service.set_active(uow, created.id, False)
    assert updated.list_price == Decimal("130")
    with pytest.raises(Conflict), db.unit_of_work(clerk) as uow:
        service.update_product(uow, created.id, data, expected_updated_at=created.updated_at)
    with db.read() as session:
        assert service.lookup_products(session, "复印纸") == []
        assert len(service.lookup_products(session, "复印纸", active_only=False)) == 1
        count = len(session.execute(service.product_query(ProductFilter(status="inactive"))).all())
        assert count == 1
        assert service.categories(session) == ["办公耗材"]


def test_a_tombstoned_product_is_not_offered_to_order_lines(db, clerk):
    """A product deleted elsewhere (a sync tombstone) must not pass as a live product."""
    from neiqin.core.db.types import utcnow
    from neiqin.modules.products.models import Product

    with db.unit_of_work(clerk) as uow:
        kept = service.create_product(uow, paper(code="KEEP-1"))
        gone = service.create_product(uow, paper(code="GONE-1"))
    with db.unit_of_work(clerk) as uow:
        uow.session.get(Product, gone.id).deleted_at = utcnow()
    with db.read() as session:
        assert set(service.get_products(session, [kept.id, gone.id])) == {kept.id}
        assert set(service.get_products(session, [kept.id, gone.id], include_deleted=True)) == {kept.id, gone.id}
