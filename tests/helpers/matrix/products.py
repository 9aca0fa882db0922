"""Products in the world (two stocked products at A区-01) and every products service action."""

from __future__ import annotations

from decimal import Decimal

from neiqin.modules.products import service, service_excel
from neiqin.modules.products.schemas import ProductInput
from tests.helpers.matrix.table import act, xlsx


def product_input(code: str = "MX-001", name: str = "矩阵测试螺栓", **kw) -> ProductInput:
    values = dict(code=code, name=name, unit="箱", spec="M8×80", category="紧固件", list_price=Decimal("12.50"),
                  cost=Decimal("7.80"), location="A区-01", reorder_point=10, lead_time_days=5)
    values.update(kw)
    return ProductInput(**values)


def build(db, p, w) -> None:
    with db.unit_of_work(p.admin) as uow:
        first = service.create_product(uow, product_input())
        second = service.create_product(uow, product_input("MX-002", "矩阵测试螺母", spec="M8"))
    w.product_id, w.product_code, w.other_product_id = first.id, first.code, second.id


def _import(f, c):
    rows = [{"code": "MX-IMP", "name": "矩阵导入垫圈", "unit": "袋", "list_price": 3.5}]
    return f(c.uow, xlsx(c.input("products.xlsx"), service_excel.PRODUCT_COLUMNS, rows))


ACTIONS = [
    act("products.service.create_product", "products.edit", lambda f, c: f(c.uow, product_input("MX-NEW", "矩阵新产品"))),
    act("products.service.update_product", "products.edit",
        lambda f, c: f(c.uow, c.w.product_id, product_input(list_price=Decimal("13.00")))),
    act("products.service.set_active", "products.edit", lambda f, c: f(c.uow, c.w.other_product_id, False)),
    act("products.service_excel.export_products", "products.export",
        lambda f, c: f(c.uow, c.file("products.xlsx"), {})),
    act("products.service_excel.import_products", "products.import", _import),
    act("products.contributions.search", "products.view", lambda f, c: f(c.session, c.actor, "MX-001", 10),
        empty_is_refusal=True),
]
