"""Orders in the world, one in every state an action starts from (with a change request waiting
for its check, one waiting for approval, an approved change the customer must confirm again, an
open exception) and every orders service action: each step of the state machine included."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from neiqin.modules.orders import changes, service, tracking
from neiqin.modules.orders.schemas import ChangeInput, EventInput, LineInput, OrderInput
from tests.helpers.matrix.table import act, scan_file


def order_input(w, **kw) -> OrderInput:
    values = dict(customer_id=w.customer_id, contact="张伟", phone="13800000001",
                  delivery_date=date.today() + timedelta(days=10), delivery_place="上海市浦东新区张江路100号",
                  payment_terms="月结30天", lines=(LineInput(w.product_id, Decimal(4), Decimal("12.50")),))
    values.update(kw)
    return OrderInput(**values)


def _facts(day: date) -> dict[str, dict]:
    return {
        "confirm": {"channel": "phone", "confirmed_by": "张伟", "confirmed_on": day.isoformat()},
        "reconfirm": {"channel": "email", "confirmed_by": "张伟", "confirmed_on": day.isoformat()},
        "dispatch": {"departments": {"production": "按图纸生产", "logistics": "月底发货"}},
        "ship": {"carrier": "顺丰速运", "tracking_number": "SF1234567890",
                 "eta": (day + timedelta(days=3)).isoformat()},
        "deliver": {"delivered_on": day.isoformat()},
        "return": {"comment": "交货地点不全"}, "reject": {"comment": "客户信用不足"}, "cancel": {"comment": "客户取消"},
    }


PATH = ("submit", "approve", "confirm", "dispatch", "start", "ship", "deliver")
#: the state each world order is left in: how many steps of PATH it took
STATES = {"recorded": 0, "submitted": 1, "approved": 2, "confirmed": 3, "dispatched": 4, "in_progress": 5,
          "shipped": 6, "delivered": 7}


def build(db, p, w) -> None:
    facts = _facts(date.today())
    orders = {}
    with db.unit_of_work(p.admin) as uow:
        orders["inquiry"] = service.create_order(uow, order_input(w), inquiry=True)
        for state, steps in STATES.items():
            order = service.create_order(uow, order_input(w))
            for step in PATH[:steps]:
                service.transition(uow, order.id, step, **facts.get(step, {}))
            orders[state] = order
        for name in ("changing", "checked", "reconfirming"):
            order = service.create_order(uow, order_input(w))
            for step in PATH[:3]:
                service.transition(uow, order.id, step, **facts.get(step, {}))
            orders[name] = order
        requested = changes.request_change(uow, orders["changing"].id, ChangeInput("客户要求改交货地点",
                                                                                   delivery_place="苏州工业园区仓库"))
        later = date.today() + timedelta(days=17)
        checked = changes.request_change(uow, orders["checked"].id, ChangeInput("客户要求延期一周", delivery_date=later))
        changes.check_change(uow, checked.id, "可行")
        again = changes.request_change(uow, orders["reconfirming"].id, ChangeInput("数量改为六箱", lines=(
            LineInput(w.product_id, Decimal(6), Decimal("12.50")),)))
        changes.check_change(uow, again.id, "库存充足")
        changes.decide_change(uow, again.id, True)
        problem = tracking.add_event(uow, orders["in_progress"].id, EventInput(
            "exception", "钢材延迟到货", "production", category="material_shortage", cause="供应商缺货"))
    w.orders = {state: order.id for state, order in orders.items()}
    w.order_numbers = {state: order.number for state, order in orders.items()}
    w.change_requested_id, w.change_checked_id, w.exception_id = requested.id, checked.id, problem.id


def _step(action: str, state: str, permission: str):
    def run(f, c):
        return f(c.uow, c.w.orders[state], action, **_facts(date.today()).get(action, {}))
    return act(f"orders.service.transition:{action}", permission, run)


ACTIONS = [
    act("orders.service.create_order", "orders.create", lambda f, c: f(c.uow, order_input(c.w))),
    act("orders.service.create_order:inquiry", "orders.create", lambda f, c: f(c.uow, order_input(c.w), inquiry=True)),
    act("orders.service.update_order", "orders.edit",
        lambda f, c: f(c.uow, c.w.orders["recorded"], order_input(c.w, notes="加急"))),
    act("orders.service.get_order", "orders.view", lambda f, c: f(c.session, c.actor, c.w.orders["confirmed"])),
    act("orders.service.get_order_by_number", "orders.view",
        lambda f, c: f(c.session, c.actor, c.w.order_numbers["confirmed"])),
    act("orders.service.timeline", "orders.view", lambda f, c: f(c.session, c.actor, c.w.orders["confirmed"])),
    act("orders.service.store_scan", "orders.approve",
        lambda f, c: f(c.uow, c.w.orders["submitted"], scan_file(c.inputs))),
    _step("record", "inquiry", "orders.edit"),
    _step("submit", "recorded", "orders.submit"),
    _step("approve", "submitted", "orders.approve"),
    _step("return", "submitted", "orders.approve"),
    _step("reject", "submitted", "orders.approve"),
    _step("confirm", "approved", "orders.confirm"),
    _step("dispatch", "confirmed", "orders.dispatch"),
    _step("start", "dispatched", "orders.track"),
    _step("ship", "in_progress", "orders.ship"),
    _step("deliver", "shipped", "orders.deliver"),
    _step("close", "delivered", "orders.close"),
    _step("cancel", "recorded", "orders.cancel"),
    _step("reconfirm", "reconfirming", "orders.confirm"),
    act("orders.changes.request_change", "orders.change.request",
        lambda f, c: f(c.uow, c.w.orders["confirmed"], ChangeInput("客户要求改交货地点", delivery_place="苏州仓库"))),
    act("orders.changes.check_change", "orders.change.review", lambda f, c: f(c.uow, c.w.change_requested_id, "可行")),
    act("orders.changes.add_impact", "orders.change.review",
        lambda f, c: f(c.uow, c.w.change_requested_id, "logistics", "改派车辆")),
    act("orders.changes.decide_change", "orders.change.approve", lambda f, c: f(c.uow, c.w.change_checked_id, True)),
    act("orders.changes.changes_of", "orders.view", lambda f, c: f(c.session, c.actor, c.w.orders["changing"])),
    act("orders.changes.revisions", "orders.view", lambda f, c: f(c.session, c.actor, c.w.orders["reconfirming"])),
    act("orders.tracking.add_event", "orders.track", lambda f, c: f(c.uow, c.w.orders["in_progress"], EventInput(
        "progress", "已完成六成", "production", progress_percent=60))),
    act("orders.tracking.resolve_exception", "orders.track",
        lambda f, c: f(c.uow, c.w.exception_id, "改用库存替代料", "phone", c.uow.now())),
    act("orders.tracking.events_of", "orders.view", lambda f, c: f(c.session, c.actor, c.w.orders["in_progress"])),
    act("orders.review.review_checks", "orders.view",
        lambda f, c: f(c.session, c.actor, c.w.orders["submitted"], c.uow.now())),
    act("orders.kpis.kpis", "orders.view",
        lambda f, c: f(c.session, c.actor, date.today() - timedelta(days=30), date.today())),
    act("orders.sales.sales_facts", "orders.view",
        lambda f, c: f(c.session, c.actor, date.today() - timedelta(days=30), date.today())),
    act("orders.sales.sales_facts_of", "orders.view",
        lambda f, c: f(c.session, c.actor, [(date.today() - timedelta(days=30), date.today())])),
    act("orders.transactions.customer_transactions", "orders.view",
        lambda f, c: f(c.session, c.actor, c.w.customer_id)),
    act("orders.lookups.customer_defaults", "customers.view", lambda f, c: f(c.session, c.actor, c.w.customer_id)),
    act("orders.listing.export_orders", "orders.export", lambda f, c: f(c.uow, c.file("orders.xlsx"), {})),
    act("orders.printing.print_confirmation", "orders.view",
        lambda f, c: f(c.uow, c.w.order_numbers["confirmed"], c.file("confirmation.pdf"))),
    act("orders.printing.print_customer_status", "orders.view",
        lambda f, c: f(c.uow, c.w.customer_code, c.file("status.pdf"))),
    act("orders.dashboard.search", "orders.view",
        lambda f, c: f(c.session, c.actor, c.w.order_numbers["confirmed"], 10), empty_is_refusal=True),
]
