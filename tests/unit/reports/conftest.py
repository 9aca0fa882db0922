"""A small fixed sales data set made through the real services; the expected figures of the tests
are worked out by hand from the table below.

| order | date       | customer (region)   | salesperson | lines (qty × price)             | state     |
| O1    | 2026-10-05 | 北京甲 (华北)        | clerk       | P1 10 × 10, P2 5 × 4            | approved  |
| O2    | 2026-10-05 | 上海乙 (华东)        | clerk       | P3 2 × 50 (no cost)             | approved  |
| O3    | 2026-10-20 | 北京甲 (华北)        | admin       | P1 20 × 10                      | delivered |
| O4    | 2026-10-21 | 广州丙 (no region)   | clerk       | P2 10 × 4                       | submitted |
| O5    | 2026-10-22 | 上海乙 (华东)        | clerk       | P1 1 × 10                       | cancelled |
| O6    | 2026-09-10 | 上海乙 (华东)        | clerk       | P1 30 × 10                      | approved  |
| O7    | 2026-09-30 | 北京甲 (华北)        | clerk       | P2 10 × 4                       | approved  |
| O8    | 2025-10-15 | 广州丙 (no region)   | admin       | P1 5 × 10                       | approved  |
| O9    | 2026-10-25 | 上海乙 (华东)        | clerk       | P1 1 × 10                       | returned  |

Costs: P1 (紧固件) 6.00, P2 (紧固件) 2.00, P3 (no category) none.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import pytest

from neiqin.core.db.types import utcnow
from neiqin.modules.customers import service as customers
from neiqin.modules.customers.schemas import ContactInput, CustomerInput
from neiqin.modules.orders import service as orders
from neiqin.modules.orders.schemas import LineInput, OrderInput
from neiqin.modules.products import service as products
from neiqin.modules.products.schemas import ProductInput

CONFIRM = {"channel": "phone", "confirmed_by": "张伟", "confirmed_on": None}


@dataclass
class SalesWorld:
    customers: dict[str, str]
    products: dict[str, str]
    orders: dict[str, str]
    clerk_id: str
    admin_id: str


def _tomorrow() -> date:
    return utcnow().astimezone().date() + timedelta(days=1)


@pytest.fixture
def sales_world(db, admin, clerk, reviewer) -> SalesWorld:
    return make_sales_world(db, admin, clerk, reviewer)


def make_sales_world(db, admin, clerk, reviewer) -> SalesWorld:
    with db.unit_of_work(admin) as uow:
        a = customers.create_customer(uow, CustomerInput(name="北京甲机械有限公司", region="华北", industry="机械制造",
                                                        address="北京市海淀区一号", phone="010-11111111"),
                                      [ContactInput(name="张伟", phone="13800000001", is_primary=True)])
        b = customers.create_customer(uow, CustomerInput(name="上海乙电子有限公司", region="华东",
                                                        address="上海市浦东新区二号", phone="021-22222222"))
        c = customers.create_customer(uow, CustomerInput(name="广州丙贸易有限公司", phone="020-33333333"))
        p1 = products.create_product(uow, ProductInput(code="R-01", name="六角螺栓", unit="箱", category="紧固件",
                                                       list_price=Decimal("10"), cost=Decimal("6")))
        p2 = products.create_product(uow, ProductInput(code="R-02", name="六角螺母", unit="箱", category="紧固件",
                                                       list_price=Decimal("4"), cost=Decimal("2")))
        p3 = products.create_product(uow, ProductInput(code="R-03", name="定制垫圈", unit="件",
                                                       list_price=Decimal("50")))
    with db.unit_of_work(clerk) as uow:
        customers.create_customer(uow, CustomerInput(name="天津丁化工有限公司", region="华北", industry="化工",
                                                     address="天津市滨海新区三号", phone="022-44444444"),
                                  [ContactInput(name="刘洋", phone="13900000002", is_primary=True)])
    ids = {"P1": p1.id, "P2": p2.id, "P3": p3.id}
    plan = [  # name, day, customer, actor, lines, actions after entry
        ("O1", "2026-10-05", a.id, clerk, [("P1", 10, "10"), ("P2", 5, "4")], ["submit", "approve"]),
        ("O2", "2026-10-05", b.id, clerk, [("P3", 2, "50")], ["submit", "approve"]),
        ("O3", "2026-10-20", a.id, admin, [("P1", 20, "10")], ["submit", "approve", "confirm", "dispatch", "start",
                                                                "ship", "deliver"]),
        ("O4", "2026-10-21", c.id, clerk, [("P2", 10, "4")], ["submit"]),
        ("O5", "2026-10-22", b.id, clerk, [("P1", 1, "10")], ["submit", "approve", "cancel"]),
        ("O6", "2026-09-10", b.id, clerk, [("P1", 30, "10")], ["submit", "approve"]),
        ("O7", "2026-09-30", a.id, clerk, [("P2", 10, "4")], ["submit", "approve"]),
        ("O8", "2025-10-15", c.id, admin, [("P1", 5, "10")], ["submit", "approve"]),
        ("O9", "2026-10-25", b.id, clerk, [("P1", 1, "10")], ["submit", "return"]),
    ]
    tomorrow = _tomorrow()
    facts = {
        "confirm": {**CONFIRM, "confirmed_on": tomorrow.isoformat()}, "dispatch": {"departments": {"production": "按期生产"}},
        "ship": {"carrier": "顺丰速运", "tracking_number": "SF1", "eta": (tomorrow + timedelta(days=2)).isoformat()},
        "deliver": {"delivered_on": tomorrow.isoformat()}, "cancel": {"comment": "客户取消"},
        "return": {"comment": "单价有误"},
    }
    made = {}
    for name, day, customer_id, actor, lines, actions in plan:
        data = OrderInput(customer_id=customer_id, contact="张伟", phone="13800000001",
                          delivery_date=tomorrow + timedelta(days=9), delivery_place="客户仓库",
                          order_date=date.fromisoformat(day),
                          lines=tuple(LineInput(ids[code], Decimal(qty), Decimal(price)) for code, qty, price in lines))
        with db.unit_of_work(actor) as uow:
            order = orders.create_order(uow, data)
        for action in actions:
            who = reviewer if action in ("approve", "return") else admin
            with db.unit_of_work(who) as uow:
                orders.transition(uow, order.id, action, **facts.get(action, {}))
        made[name] = order.id
    return SalesWorld({"A": a.id, "B": b.id, "C": c.id}, ids, made, clerk.user_id, admin.user_id)
