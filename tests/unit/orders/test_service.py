"""Entering orders: numbers, totals, snapshots, and bad input that changes nothing."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from neiqin.core.errors import Conflict, PermissionDenied, ValidationError, ValidationErrors
from neiqin.modules.customers import service as customers
from neiqin.modules.orders import service
from neiqin.modules.orders.models import OrderLine, OrderTransition, SalesOrder
from neiqin.modules.orders.schemas import LineInput
from tests.unit.orders.conftest import order_input, tomorrow


def _counts(db):
    with db.read() as session:
        return tuple(session.scalar(select(func.count()).select_from(model))
                     for model in (SalesOrder, OrderLine, OrderTransition))


def test_create_order_numbers_totals_and_snapshots(db, clerk, world):
    with db.unit_of_work(clerk) as uow:
        view = service.create_order(uow, order_input(world, lines=3))
    year = view.order_date.year
    assert view.number == f"SO-BJ01-{year}-000001"
    assert view.status == "recorded" and view.revision == 0
    assert view.customer_name == "上海浦东精密机械制造有限公司"
    assert [li.quantity for li in view.lines] == [1, 2, 3]
    assert view.total_amount == Decimal("75.00")  # (1 + 2 + 3) × 12.50
    assert view.lines[0].product_code == "P001" and view.lines[0].unit == "箱" and view.lines[0].spec == "M1×80"
    assert view.salesperson_name == "王芳"
    with db.read() as session:
        again = service.get_order_by_number(session, clerk, view.number)
        assert again == view
        steps = service.timeline(session, clerk, view.id)
    assert [(s.action, s.from_state, s.to_state, s.actor_name) for s in steps] == [("create", None, "recorded", "王芳")]
    with db.unit_of_work(clerk) as uow:
        second = service.create_order(uow, order_input(world, lines=1))
    assert second.number == f"SO-BJ01-{year}-000002"


def test_discount_and_fractional_quantity(db, clerk, world):
    lines = (LineInput(world.product_ids[0], "2.5", "10.00", "10"),)
    with db.unit_of_work(clerk) as uow:
        view = service.create_order(uow, order_input(world, lines=lines))
    assert view.lines[0].quantity == Decimal("2.5")
    assert view.lines[0].discount_percent == Decimal("10")
    assert view.total_amount == Decimal("22.50")


def test_major_order_flag_above_the_threshold(db, clerk, world):
    big = (LineInput(world.product_ids[0], 1000, "150.00"),)
    with db.unit_of_work(clerk) as uow:
        view = service.create_order(uow, order_input(world, lines=big))
        small = service.create_order(uow, order_input(world, lines=1))
    assert view.is_major and not small.is_major


@pytest.mark.parametrize(("lines", "field"), [
    (lambda w: (LineInput(w.product_ids[0], -1, "1.00"),), "lines[1].quantity"),
    (lambda w: (LineInput(w.product_ids[0], 0, "1.00"),), "lines[1].quantity"),
    (lambda w: (LineInput(w.product_ids[0], 1, "1.00"), LineInput(w.product_ids[1], 1, "1.12345")),
     "lines[2].unit_price"),
    (lambda w: (LineInput(w.product_ids[0], 1, "-3"),), "lines[1].unit_price"),
    (lambda w: (LineInput(w.product_ids[0], 1, "1", "120"),), "lines[1].discount"),
    (lambda w: (LineInput("no-such-product", 1, "1"),), "lines[1].product"),
    (lambda w: tuple(LineInput(w.product_ids[0], 1, "1") for _ in range(10_000)), "lines"),
])
def test_bad_lines_are_refused_and_change_nothing(db, clerk, world, lines, field):
    before = _counts(db)
    with pytest.raises(ValidationError) as error, db.unit_of_work(clerk) as uow:
        service.create_order(uow, order_input(world, lines=lines(world)))
    assert error.value.field == field
    assert error.value.render()
    assert _counts(db) == before


def test_ten_thousand_lines_message_names_the_limit(db, clerk, world):
    lines = tuple(LineInput(world.product_ids[0], 1, "1") for _ in range(10_000))
    with pytest.raises(ValidationError) as error, db.unit_of_work(clerk) as uow:
        service.create_order(uow, order_input(world, lines=lines))
    assert "500" in error.value.render() and "10000" in error.value.render()


def test_unknown_and_deleted_customers_are_refused(db, clerk, admin, world):
    with pytest.raises(ValidationError) as error, db.unit_of_work(clerk) as uow:
        service.create_order(uow, order_input(world, customer_id="0190-unknown"))
    assert error.value.field == "customer"
    with db.unit_of_work(admin) as uow:
        customers.delete_customer(uow, world.other_customer_id)
    with pytest.raises(ValidationError) as error, db.unit_of_work(clerk) as uow:
        service.create_order(uow, order_input(world, customer_id=world.other_customer_id))
    assert error.value.field == "customer" and "广州" in error.value.render()
    assert _counts(db) == (0, 0, 0)


def test_a_finance_user_cannot_enter_orders(db, finance, world):
    with pytest.raises(PermissionDenied), db.unit_of_work(finance) as uow:
        service.create_order(uow, order_input(world))
    assert _counts(db) == (0, 0, 0)


def test_inquiry_without_lines_then_recorded(db, clerk, world):
    with db.unit_of_work(clerk) as uow:
        inquiry = service.create_order(uow, order_input(world, lines=0), inquiry=True)
    assert inquiry.status == "inquiry" and inquiry.lines == ()
    with db.unit_of_work(clerk) as uow:
        service.update_order(uow, inquiry.id, order_input(world, lines=2), inquiry.updated_at)
        recorded = service.transition(uow, inquiry.id, "record")
    assert recorded.status == "recorded" and len(recorded.lines) == 2


def test_update_replaces_lines_and_refuses_stale_edits(db, clerk, world):
    with db.unit_of_work(clerk) as uow:
        view = service.create_order(uow, order_input(world, lines=3))
    with db.unit_of_work(clerk) as uow:
        fewer = service.update_order(uow, view.id, order_input(world, lines=1), view.updated_at)
    assert len(fewer.lines) == 1 and fewer.total_amount == Decimal("12.50")
    with pytest.raises(Conflict), db.unit_of_work(clerk) as uow:
        service.update_order(uow, view.id, order_input(world, lines=2), view.updated_at)


def test_completeness_check_lists_exactly_what_is_missing(db, clerk, world):
    past = tomorrow() - timedelta(days=5)
    with db.unit_of_work(clerk) as uow:
        view = service.create_order(uow, order_input(world, lines=0, contact="", delivery_date=past,
                                                     delivery_place=""))
    with pytest.raises(ValidationErrors) as error, db.unit_of_work(clerk) as uow:
        service.transition(uow, view.id, "submit")
    fields = sorted(e.field for e in error.value.errors)
    assert fields == ["contact", "delivery_date", "delivery_place", "lines"]
    assert any(past.isoformat() in e.render() for e in error.value.errors)
    with db.read() as session:
        assert service.get_order(session, clerk, view.id).status == "recorded"


def test_discontinued_and_unknown_products_are_refused(db, clerk, admin, world):
    from neiqin.modules.products import service as products

    with db.unit_of_work(admin) as uow:
        products.set_active(uow, world.product_ids[0], False)
    cases = ((world.product_ids[0], "no longer sold"), ("01a00000-0000-7000-8000-000000000000", "no longer exists"))
    for product_id, words in cases:
        with pytest.raises(ValidationError) as error, db.unit_of_work(clerk) as uow:
            service.create_order(uow, order_input(world, lines=(LineInput(product_id, 1, "1"),)))
        assert error.value.field == "lines[1].product" and words in error.value.render()
    assert _counts(db) == (0, 0, 0)
