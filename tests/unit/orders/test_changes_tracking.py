"""Change requests with revisions and diff, tracking events and exceptions, KPIs, dashboard."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from neiqin.core.errors import Conflict, PermissionDenied, ValidationError
from neiqin.modules.orders import changes, dashboard, kpis, service, tracking
from neiqin.modules.orders.models import OrderTransition, SalesOrder
from neiqin.modules.orders.schemas import ChangeInput, EventInput, LineInput
from tests.unit.orders.conftest import order_input, tomorrow
from tests.unit.orders.test_statemachine import CONFIRM, DELIVER, DISPATCH, SHIP


def _confirmed(db, clerk, admin, world, lines=2):
    with db.unit_of_work(clerk) as uow:
        order = service.create_order(uow, order_input(world, lines=lines))
    with db.unit_of_work(admin) as uow:
        for action, data in (("submit", {}), ("approve", {}), ("confirm", CONFIRM)):
            order = service.transition(uow, order.id, action, **data)
    return order


def test_change_request_makes_a_new_revision_and_keeps_the_old(db, clerk, reviewer, finance, admin, world):
    order = _confirmed(db, clerk, admin, world)
    later = tomorrow() + timedelta(days=20)
    new_lines = (LineInput(world.product_ids[0], 5, "12.50"), LineInput(world.product_ids[2], 3, "20.00"))
    with db.unit_of_work(clerk) as uow:
        change = changes.request_change(uow, order.id, ChangeInput("客户要求延期并调整数量", "张伟", later,
                                                                   None, new_lines))
    assert change.status == "requested" and change.number.startswith("CR-BJ01-")
    with pytest.raises(Conflict), db.unit_of_work(clerk) as uow:  # one open request at a time
        changes.request_change(uow, order.id, ChangeInput("再改", delivery_place="别处"))
    with pytest.raises(Conflict), db.unit_of_work(reviewer) as uow:  # the clerk checks first
        changes.decide_change(uow, change.id, True)
    with db.unit_of_work(clerk) as uow:
        changes.check_change(uow, change.id, "可行，库存充足")
    with db.unit_of_work(finance) as uow:
        changes.add_impact(uow, change.id, "finance", "预付款需补收")
    with db.unit_of_work(clerk) as uow:
        viewed = changes.add_impact(uow, change.id, "production", "排产顺延两天")
    assert [(i.department, i.author) for i in viewed.impacts] == [("finance", "赵会计"), ("production", "王芳")]
    with pytest.raises(PermissionDenied), db.unit_of_work(clerk) as uow:
        changes.decide_change(uow, change.id, True)
    with db.unit_of_work(reviewer) as uow:
        decided = changes.decide_change(uow, change.id, True)
    assert decided.status == "approved" and decided.new_revision == 1
    with db.read() as session:
        current = service.get_order(session, clerk, order.id)
        every = changes.revisions(session, clerk, order.id)
        steps = service.timeline(session, clerk, order.id)
    assert current.revision == 1 and current.display_number == f"{order.number}-R1"
    assert current.delivery_date == later and current.total_amount == Decimal("122.50")
    assert current.reconfirm_pending and current.status == "confirmed"
    assert sorted(every) == [0, 1]
    assert every[0]["total_amount"] == str(order.total_amount) and len(every[0]["lines"]) == 2
    rows = changes.diff(every[0], every[1])
    by_what = {(r.what, r.label): r for r in rows}
    assert by_what[("delivery_date", "Delivery date")].new == later.isoformat()
    assert any(r.what == "line" and r.old == "" and "3 箱 × 20.00" in r.new for r in rows)  # a new line
    assert steps[-1].action == "revise" and steps[-1].extra["revision"] == 1
    with db.unit_of_work(clerk) as uow:  # the customer confirms the change
        service.transition(uow, order.id, "reconfirm", **CONFIRM)
    with pytest.raises(Conflict), db.unit_of_work(clerk) as uow:
        service.transition(uow, order.id, "reconfirm", **CONFIRM)


def test_rejected_change_needs_a_reason_and_changes_nothing(db, clerk, reviewer, admin, world):
    order = _confirmed(db, clerk, admin, world)
    with db.unit_of_work(clerk) as uow:
        change = changes.request_change(uow, order.id, ChangeInput("改交货地点", delivery_place="新仓库"))
        changes.check_change(uow, change.id, "已核对")
    with pytest.raises(ValidationError), db.unit_of_work(reviewer) as uow:
        changes.decide_change(uow, change.id, False)
    with db.unit_of_work(reviewer) as uow:
        assert changes.decide_change(uow, change.id, False, "物流已安排").status == "rejected"
    with db.read() as session:
        assert service.get_order(session, clerk, order.id).revision == 0


def test_change_requests_only_on_confirmed_orders_and_must_change_something(db, clerk, admin, world):
    with db.unit_of_work(clerk) as uow:
        draft = service.create_order(uow, order_input(world))
    with pytest.raises(Conflict), db.unit_of_work(clerk) as uow:
        changes.request_change(uow, draft.id, ChangeInput("改", delivery_place="别处"))
    order = _confirmed(db, clerk, admin, world)
    with pytest.raises(ValidationError), db.unit_of_work(clerk) as uow:
        changes.request_change(uow, order.id, ChangeInput("没变化", delivery_place=order.delivery_place))
    with pytest.raises(ValidationError), db.unit_of_work(clerk) as uow:
        changes.request_change(uow, order.id, ChangeInput("负数", lines=(LineInput(world.product_ids[0], -2, "1"),)))


def test_progress_and_exceptions(db, clerk, admin, world):
    order = _confirmed(db, clerk, admin, world)
    with db.unit_of_work(clerk) as uow:
        tracking.add_event(uow, order.id, EventInput("progress", "原材料已到货", "purchasing", progress_percent=20))
        problem = tracking.add_event(uow, order.id, EventInput("exception", "钢材延迟", "production",
                                                               category="material_shortage", cause="供应商缺货"))
    with pytest.raises(ValidationError) as error, db.unit_of_work(clerk) as uow:
        tracking.add_event(uow, order.id, EventInput("exception", "坏了", category="earthquake", cause="x"))
    assert error.value.field == "category"
    with pytest.raises(ValidationError) as error, db.unit_of_work(clerk) as uow:
        tracking.resolve_exception(uow, problem.id, "改用库存替代料")
    assert error.value.field == "customer_notified_at"
    with db.unit_of_work(clerk) as uow:
        solved = tracking.resolve_exception(uow, problem.id, "改用库存替代料", "phone", uow.now())
    assert solved.resolved_at is not None and solved.notified_how == "phone"
    with db.read() as session:
        events = tracking.events_of(session, clerk, order.id)
    assert [e.kind for e in events] == ["progress", "exception"]


def test_dashboard_lists_review_returned_risk_and_changes(db, clerk, reviewer, admin, world):
    with db.unit_of_work(clerk) as uow:
        waiting = service.create_order(uow, order_input(world))
        service.transition(uow, waiting.id, "submit")
    risky = _confirmed(db, clerk, admin, world)
    with db.engine.begin() as connection:  # due tomorrow and no progress yet
        connection.execute(update(SalesOrder).where(SalesOrder.id == risky.id).values(delivery_date=tomorrow()))
    today = tomorrow() - timedelta(days=1)
    with db.read() as session:
        for_reviewer = dashboard.dashboard_items(session, reviewer, today)
        for_clerk = dashboard.dashboard_items(session, clerk, today)
    groups = {(item.group, item.record_id) for item in for_reviewer}
    assert ("Orders awaiting review", waiting.id) in groups
    assert ("Delivery risk", risky.id) in groups
    assert not any(item.group == "Orders awaiting review" for item in for_clerk)
    with db.unit_of_work(clerk) as uow:
        tracking.add_event(uow, risky.id, EventInput("progress", "生产完成80%", "production", progress_percent=80))
    with db.read() as session:
        assert not any(i.group == "Delivery risk" for i in dashboard.dashboard_items(session, reviewer, today))


def test_search_by_number_and_customer(db, clerk, world):
    with db.unit_of_work(clerk) as uow:
        first = service.create_order(uow, order_input(world))
        second = service.create_order(uow, order_input(world, customer_id=world.other_customer_id))
    with db.read() as session:
        by_number = dashboard.search(session, clerk, first.number.lower(), 10)
        by_customer = dashboard.search(session, clerk, "天河电子", 10)
    assert [h.record_id for h in by_number] == [first.id]
    assert [h.record_id for h in by_customer] == [second.id]


def test_kpis_per_month(db, clerk, reviewer, admin, world):
    order = _confirmed(db, clerk, admin, world)
    with db.unit_of_work(clerk) as uow:
        returned = service.create_order(uow, order_input(world))
        service.transition(uow, returned.id, "submit")
    with db.unit_of_work(reviewer) as uow:
        service.transition(uow, returned.id, "return", comment="补充交货地点")
    with db.unit_of_work(admin) as uow:
        for action, data in (("dispatch", DISPATCH), ("start", {}), ("ship", SHIP), ("deliver", DELIVER)):
            service.transition(uow, order.id, action, **data)
    # the approval of `order` took 30 hours: not in time for a 24-hour target
    with db.engine.begin() as connection:
        approved_at = connection.execute(select(OrderTransition.at).where(OrderTransition.order_id == order.id,
                                                                          OrderTransition.action == "approve")).scalar()
        connection.execute(update(OrderTransition).where(OrderTransition.order_id == order.id,
                                                         OrderTransition.action == "create")
                           .values(at=approved_at - timedelta(hours=30)))
    today = date.today()
    with db.read() as session:
        rows = kpis.kpis(session, clerk, today - timedelta(days=40), today + timedelta(days=5), target_hours=24)
    total = {field: sum(getattr(r, field) for r in rows) for field in
             ("approved", "approved_in_time", "submitted", "returned", "delivered", "delivered_on_time")}
    assert total["approved"] == 1 and total["approved_in_time"] == 0
    assert total["submitted"] == 2 and total["returned"] == 1
    assert total["delivered"] == 1 and total["delivered_on_time"] == 1  # delivered before the delivery date
    with db.read() as session:
        generous = kpis.kpis(session, clerk, today - timedelta(days=40), today + timedelta(days=5), target_hours=48)
    assert sum(r.approved_in_time for r in generous) == 1
    assert json.dumps([r.period for r in rows])
