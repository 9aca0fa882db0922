"""Random order traffic through the real services, for checking the sales summary against the
orders: orders entered on days around month ends, taken through random transitions (approve,
return, reject, cancel, the whole way to closed), edited, revised by approved change requests;
products changing cost and category; customers changing region. Seeded, so a failure repeats."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal

from neiqin.core.db.types import utcnow
from neiqin.core.errors import NeiqinError
from neiqin.modules.customers import service as customers
from neiqin.modules.customers.schemas import CustomerInput
from neiqin.modules.orders import changes, service
from neiqin.modules.orders import statemachine as sm
from neiqin.modules.orders.schemas import ChangeInput, LineInput, OrderInput
from neiqin.modules.products import service as products
from neiqin.modules.products.schemas import ProductInput

#: order days: late August to early November 2026, so periods cross month ends
FIRST_DAY, DAYS = date(2026, 8, 20), 80
REGIONS = ("华北", "华东", "")
CATEGORIES = ("紧固件", "紧固件", "密封件", "", "密封件", "")
COSTS = (Decimal("6"), None, Decimal("2.35"), Decimal("0.01"), None, Decimal("48.5"))


def _today() -> date:
    return utcnow().astimezone().date()


@dataclass
class SalesChurn:
    db: object
    actor: object  # an administrator: every permission
    people: list[str]  # salesperson ids
    rng: random.Random
    customers: dict[str, CustomerInput] = field(default_factory=dict)
    products: dict[str, ProductInput] = field(default_factory=dict)
    orders: list[str] = field(default_factory=list)
    #: what happened: actions taken (cancel_sold: a sold order cancelled), revisions, product changes
    done: Counter = field(default_factory=Counter)

    @classmethod
    def start(cls, db, actor, people, seed: int) -> SalesChurn:
        churn = cls(db, actor, list(people), random.Random(seed))
        with db.unit_of_work(actor) as uow:
            for n, region in enumerate(REGIONS * 2):
                data = CustomerInput(name=f"测试客户{seed}-{n}号有限公司", region=region, phone=f"010-6{seed:03d}{n:04d}")
                churn.customers[customers.create_customer(uow, data).id] = data
            for n, (category, cost) in enumerate(zip(CATEGORIES, COSTS, strict=True)):
                data = ProductInput(code=f"S{seed}-{n:02d}", name=f"测试产品{n}", unit="件", category=category,
                                    list_price=Decimal("10"), cost=cost)
                churn.products[products.create_product(uow, data).id] = data
        return churn

    # ------------------------------------------------------------------ what can happen

    def _lines(self) -> tuple[LineInput, ...]:
        rng, ids = self.rng, list(self.products)
        return tuple(LineInput(rng.choice(ids), Decimal(rng.randint(1, 40_000)) / 1000,
                               Decimal(rng.randint(1, 99_999)) / 100, rng.choice((0, 0, 5, Decimal("12.5"))))
                     for _ in range(rng.randint(1, 5)))  # the same product may come twice

    def _input(self) -> OrderInput:
        rng = self.rng
        return OrderInput(customer_id=rng.choice(list(self.customers)), contact="张伟", phone="13800000001",
                          delivery_date=_today() + timedelta(days=30), delivery_place="客户仓库",
                          order_date=FIRST_DAY + timedelta(days=rng.randrange(DAYS)),
                          salesperson_id=rng.choice(self.people), lines=self._lines())

    def new_order(self) -> None:
        with self.db.unit_of_work(self.actor) as uow:
            self.orders.append(service.create_order(uow, self._input()).id)

    def step(self) -> None:
        """A random possible action on a random order."""
        with self.db.read() as session:
            open_orders = [view for view in (service.get_order(session, self.actor, o) for o in self.orders)
                           if view.status not in (sm.CLOSED, sm.CANCELLED, sm.REJECTED)]
        if not open_orders:
            return
        order = self.rng.choice(open_orders)
        order_id = order.id
        possible = [a.code for a in sm.actions_from(order.status) if a.code != "reconfirm" or order.reconfirm_pending]
        # forward most of the time; returned, rejected and cancelled now and then
        action = self.rng.choices(possible, [1 if code in ("return", "reject", "cancel") else 6 for code in possible])[0]
        facts = {"confirm": {"channel": "phone", "confirmed_by": "张伟", "confirmed_on": _today().isoformat()},
                 "reconfirm": {"channel": "email", "confirmed_by": "张伟", "confirmed_on": _today().isoformat()},
                 "dispatch": {"departments": {"production": "按期生产"}},
                 "ship": {"carrier": "顺丰速运", "tracking_number": "SF1", "eta": _today().isoformat()},
                 "deliver": {"delivered_on": _today().isoformat()}}.get(action, {"comment": "随机"})
        with self.db.unit_of_work(self.actor) as uow:
            service.transition(uow, order_id, action, **facts)
        self.done[action] += 1
        if action == "cancel" and order.status not in sm.EDITABLE | {sm.SUBMITTED}:
            self.done["cancel_sold"] += 1

    def edit(self) -> None:
        """An order still with the clerk gets another customer, day, salesperson and lines."""
        with self.db.read() as session:
            editable = [o for o in self.orders if service.get_order(session, self.actor, o).status in sm.EDITABLE]
        if editable:
            with self.db.unit_of_work(self.actor) as uow:
                service.update_order(uow, self.rng.choice(editable), replace(self._input(), order_date=None))

    def revise(self) -> None:
        """An approved change request makes a new revision with other lines."""
        with self.db.read() as session:
            changeable = [o for o in self.orders if service.get_order(session, self.actor, o).status in sm.CHANGEABLE]
        if not changeable:
            return
        try:
            with self.db.unit_of_work(self.actor) as uow:
                change = changes.request_change(uow, self.rng.choice(changeable),
                                                ChangeInput(description="客户调整数量", lines=self._lines()))
                changes.check_change(uow, change.id, "可行")
                changes.decide_change(uow, change.id, True)
            self.done["revision"] += 1
        except NeiqinError:
            pass  # an open request already, or the same lines: nothing changed

    def change_product(self) -> None:
        product_id = self.rng.choice(list(self.products))
        data = replace(self.products[product_id], category=self.rng.choice(CATEGORIES),
                       cost=self.rng.choice(COSTS + (Decimal("7.77"),)))
        with self.db.unit_of_work(self.actor) as uow:
            products.update_product(uow, product_id, data)
        self.products[product_id] = data
        self.done["product_change"] += 1

    def change_region(self) -> None:
        customer_id = self.rng.choice(list(self.customers))
        data = replace(self.customers[customer_id], region=self.rng.choice(REGIONS))
        with self.db.unit_of_work(self.actor) as uow:
            customers.update_customer(uow, customer_id, data, allow_duplicate=True)
        self.customers[customer_id] = data

    def run(self, steps: int, after_each=None) -> None:
        for _ in range(3):
            self.new_order()
        moves = [(self.new_order, 3), (self.step, 12), (self.edit, 2), (self.revise, 2), (self.change_product, 1),
                 (self.change_region, 1)]
        for _ in range(steps):
            move = self.rng.choices([m for m, _w in moves], [w for _m, w in moves])[0]
            move()
            if after_each is not None:
                after_each(move.__name__)


def periods() -> list[tuple[date, date]]:
    """Months, a month with the days around it, weeks, single days and ranges across month ends."""
    out = [(date(2026, 8, 1), date(2026, 8, 31)), (date(2026, 9, 1), date(2026, 9, 30)),
           (date(2026, 10, 1), date(2026, 10, 31)), (date(2026, 11, 1), date(2026, 11, 30)),
           (date(2026, 8, 25), date(2026, 10, 3)), (date(2026, 9, 28), date(2026, 10, 4)),
           (date(2026, 8, 1), date(2026, 11, 30)), (date(2026, 10, 31), date(2026, 10, 31))]
    return out + [(FIRST_DAY + timedelta(days=n), FIRST_DAY + timedelta(days=n + 6)) for n in range(0, DAYS, 23)]
