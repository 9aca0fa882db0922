"""Customers and products made through their own services, for order tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

import pytest

from neiqin.core.db.types import utcnow
from neiqin.modules.customers import service as customers
from neiqin.modules.customers.schemas import ContactInput, CustomerInput
from neiqin.modules.orders.schemas import LineInput, OrderInput
from neiqin.modules.products import service as products
from neiqin.modules.products.schemas import ProductInput


@dataclass
class World:
    customer_id: str
    other_customer_id: str
    product_ids: list[str]


@pytest.fixture
def world(db, admin) -> World:
    return make_world(db, admin)


def make_world(db, admin) -> World:
    """Two customers (the first with a primary contact) and 30 products."""
    with db.unit_of_work(admin) as uow:
        first = customers.create_customer(uow, CustomerInput(name="上海浦东精密机械制造有限公司", phone="021-55556666",
                                                            address="上海市浦东新区张江路100号"),
                                          [ContactInput(name="张伟", phone="13800000001", is_primary=True)])
        second = customers.create_customer(uow, CustomerInput(name="广州天河电子科技有限公司", phone="020-12345678"))
        ids = [products.create_product(uow, ProductInput(code=f"P{n:03d}", name=f"不锈钢六角螺栓{n}号", unit="箱",
                                                         spec=f"M{n}×80", list_price=Decimal("12.50"))).id
               for n in range(1, 31)]
    return World(first.id, second.id, ids)


def tomorrow():
    return utcnow().astimezone().date() + timedelta(days=1)


def order_input(world: World, lines: int | tuple = 2, **overrides) -> OrderInput:
    """A complete order; `lines` is a number of generated lines or the lines themselves."""
    if isinstance(lines, int):
        lines = tuple(LineInput(world.product_ids[n], Decimal(n + 1), Decimal("12.50")) for n in range(lines))
    values = dict(
        customer_id=world.customer_id, contact="张伟", phone="13800000001", delivery_date=tomorrow() + timedelta(days=9),
        delivery_place="上海市浦东新区张江路100号 3号仓库", payment_terms="月结30天", prepayment_percent=30,
        lines=lines,
    )
    values.update(overrides)
    return OrderInput(**values)
