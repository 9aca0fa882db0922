import random
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from neiqin.core.auth.actor import system_actor
from neiqin.core.db.types import utcnow
from neiqin.core.demo import DemoContext
from neiqin.core.errors import PermissionDenied, ValidationErrors
from neiqin.core.search import search
from neiqin.modules.customers import contributions as customer_contributions
from neiqin.modules.customers import service_log
from neiqin.modules.customers.models import Customer
from neiqin.modules.products import contributions, service, service_excel
from neiqin.modules.products.models import Product
from neiqin.modules.products.schemas import ProductInput


def sheet(path, rows, header=("产品编码", "产品名称", "规格", "单位", "单价", "成本", "补货点", "启用")):
    book = Workbook()
    book.active.append(list(header))
    for row in rows:
        book.active.append(list(row))
    book.save(path)
    return path


def test_import_export_round_trip(db, clerk, finance, tmp_path):
    path = sheet(tmp_path / "p.xlsx", [["of-pap-01", "复印纸", "A4 70g", "箱", 128, "98.5", 20, "是"],
                                       ["EQ-PRN-01", "激光打印机", "", "台", "1,680.00", None, None, "否"]])
    with db.unit_of_work(clerk) as uow:
        assert service_excel.import_products(uow, path) == 2
    with db.read() as session:
        paper = service.get_product_by_code(session, "OF-PAP-01")
        printer = service.get_product_by_code(session, "eq-prn-01")
    assert (paper.list_price, paper.cost, paper.reorder_point, paper.active) == (Decimal("128.00"), Decimal("98.50"),
                                                                                 20, True)
    assert printer.list_price == Decimal("1680.00") and printer.active is False
    with pytest.raises(PermissionDenied), db.unit_of_work(finance) as uow:
        service_excel.import_products(uow, path)
    with db.unit_of_work(finance) as uow:
        assert service_excel.export_products(uow, tmp_path / "out.xlsx", {"status": "active"}) == 1
    rows = list(load_workbook(tmp_path / "out.xlsx").active.iter_rows(values_only=True))
    assert rows[1][:2] == ("OF-PAP-01", "复印纸") and rows[1][5] == 128


def test_bad_rows_import_nothing(db, clerk, tmp_path):
    with db.unit_of_work(clerk) as uow:
        service.create_product(uow, ProductInput("OF-PAP-01", "复印纸", "箱", list_price=Decimal("1")))
    path = sheet(tmp_path / "bad.xlsx", [
        ["NEW-01", "新品", "", "个", 1, None, None, None],
        ["of-pap-01", "重复", "", "箱", 1, None, None, None],     # exists already
        ["NEW-01", "又一个", "", "个", 1, None, None, None],      # twice in the file
        ["NEW-02", "负价", "", "个", -5, None, None, None],
        ["NEW-03", "小数", "", "个", 1, None, 2.5, None],
        ["NEW 04", "空格编码", "", "个", 1, None, None, None],
    ])
    with pytest.raises(ValidationErrors) as error, db.unit_of_work(clerk) as uow:
        service_excel.import_products(uow, path)
    assert {(e.row, e.column) for e in error.value.errors} == {(3, "产品编码"), (4, "产品编码"), (5, "单价"),
                                                              (6, "补货点"), (7, "产品编码")}
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Product)) == 1


def demo_context(db, admin, connection, customers=250):
    return DemoContext(connection=connection, actor=system_actor(admin.branch_id, frozenset({"*"})),
                       branch_id=admin.branch_id, branch_code="BJ01", rng=random.Random(7), now=utcnow(),
                       scale={"customers": customers, "products": 300}, users={"clerk": [admin.user_id]})


def test_demo_data_is_realistic_and_searchable(db, admin):
    with db.connect() as connection:
        ctx = demo_context(db, admin, connection)
        made = {**customer_contributions.demo_data(ctx), **contributions.demo_data(ctx)}
    assert made["customers"] == 250 and made["products"] == 300 and made["contacts"] >= 250
    assert len(ctx.shared["customer_ids"]) == 250
    product = ctx.shared["products"][0]
    assert set(product) == {"id", "code", "name", "spec", "unit", "price", "cost"}
    assert {p["unit"] for p in ctx.shared["products"]} >= {"台", "箱", "件", "套", "米", "千克"}
    with db.read() as session:
        first = session.scalars(select(Customer).order_by(Customer.code)).first()
        assert first.name.startswith("北京海淀")
        assert any(hit.entity_id == first.id for hit in search(session, "bjhd", ("customer",), 100))
        assert search(session, "复印纸", ("product",))
        today = utcnow().date()
        assert service_log.follow_ups_due(session, today)  # the dashboard has work to show
        assert session.scalar(select(func.count()).select_from(Customer).where(Customer.credit_limit.is_not(None)))
