"""A leaving clerk's handover: their customers, the orders they follow that are not closed and their
open action items go to another clerk in one unit of work, each record audited; finished work,
other clerks' work and their own claims stay; refusals change nothing."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from neiqin.app.gui import handover_parts
from neiqin.core import handover
from neiqin.core.audit import AuditEntry
from neiqin.core.errors import NotFound, PermissionDenied, ValidationError
from neiqin.modules.customers.models import Customer
from neiqin.modules.minutes import actions, record, steps
from neiqin.modules.minutes.models import ActionItem
from neiqin.modules.minutes.schemas import ActionItemInput, DecisionInput, MinutesInput
from neiqin.modules.orders import service as orders
from neiqin.modules.orders.models import SalesOrder
from neiqin.modules.orders.sales_summary import summary_mismatches
from tests.unit.minutes.conftest import schedule
from tests.unit.orders.conftest import make_world, order_input


@pytest.fixture
def work(db, admin, clerk, reviewer, finance):
    """The clerk's customer, three orders (one cancelled), three action items (one done); one
    order and one action item of the finance clerk."""
    world = make_world(db, admin)
    with db.unit_of_work(clerk) as uow:
        from neiqin.modules.customers import service as customers
        from neiqin.modules.customers.schemas import CustomerInput

        customer = customers.create_customer(uow, CustomerInput(name="苏州工业园区精密部件有限公司")).id
        mine = [orders.create_order(uow, order_input(world)).id for _ in range(3)]
    with db.unit_of_work(admin) as uow:
        orders.transition(uow, mine[2], "cancel", comment="客户取消")
        theirs = orders.create_order(uow, order_input(world, salesperson_id=finance.user_id)).id
    meeting = schedule(db, clerk, reviewer, [finance], days=-3)
    with db.unit_of_work(clerk) as uow:
        steps.transition(uow, meeting.id, "notify")
        steps.transition(uow, meeting.id, "hold")
        view = record.save_minutes(uow, meeting.id, MinutesInput({}, {}, (DecisionInput("落实回款"),)))
        day = meeting.starts_at.astimezone().date() + timedelta(days=5)
        items = [actions.add_item(uow, meeting.id, ActionItemInput(f"事项{n}", owner, day, view.decisions[0].id)).id
                 for n, owner in enumerate((clerk.user_id, clerk.user_id, clerk.user_id, finance.user_id))]
        actions.report_progress(uow, items[1], "已完成", "done")
    return {"customer": customer, "orders": mine, "other_order": theirs, "items": items}


def _holders(db) -> dict:
    with db.read() as session:
        return {"customers": dict(session.execute(select(Customer.id, Customer.owner_id)).all()),
                "orders": dict(session.execute(select(SalesOrder.id, SalesOrder.salesperson_id)).all()),
                "names": dict(session.execute(select(SalesOrder.id, SalesOrder.salesperson_name)).all()),
                "items": dict(session.execute(select(ActionItem.id, ActionItem.owner_id)).all())}


def test_the_plan_counts_what_would_move(db, reviewer, clerk, work):
    with db.read() as session:
        lines = {line.key: line.count for line in handover.plan(session, reviewer, handover_parts(), clerk.user_id)}
    assert lines == {"orders": 2, "customers": 1, "action_items": 2}


def test_everything_open_moves_in_one_step_and_is_audited(db, reviewer, clerk, finance, work):
    before = _holders(db)
    with db.unit_of_work(reviewer) as uow:
        moved = handover.run(uow, handover_parts(), clerk.user_id, finance.user_id)
    assert moved == {"orders": 2, "customers": 1, "action_items": 2}
    after = _holders(db)
    open_orders, cancelled = work["orders"][:2], work["orders"][2]
    assert {after["orders"][o] for o in open_orders} == {finance.user_id}
    assert {after["names"][o] for o in open_orders} == {finance.display_name}
    assert after["orders"][cancelled] == clerk.user_id  # finished work keeps who did it
    assert after["orders"][work["other_order"]] == before["orders"][work["other_order"]]
    assert after["customers"][work["customer"]] == finance.user_id
    items = work["items"]
    assert [after["items"][i] for i in items] == [finance.user_id, clerk.user_id, finance.user_id, finance.user_id]
    with db.read() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.op == "update")).all()
        moves = {e.row_id for e in entries if json.loads(e.changes).get("salesperson_id") == [clerk.user_id,
                                                                                               finance.user_id]}
        summary = session.scalars(select(AuditEntry).where(AuditEntry.op == "handover")).one()
        assert summary_mismatches(session) == []  # the sales summary follows the new salesperson
    assert moves == set(open_orders)
    assert summary.row_id == clerk.user_id and "orders 2" in summary.note and finance.display_name in summary.note
    with db.unit_of_work(reviewer) as uow:  # nothing left to move
        assert handover.run(uow, handover_parts(), clerk.user_id, finance.user_id) == {
            "orders": 0, "customers": 0, "action_items": 0}


@pytest.mark.parametrize(("who", "to", "error"), [
    ("clerk", "finance", PermissionDenied),  # a clerk may not hand over work
    ("reviewer", "clerk", ValidationError),  # to themselves
    ("reviewer", None, NotFound),
])
def test_refusals_change_nothing(db, request, clerk, work, who, to, error):
    before = _holders(db)
    target = request.getfixturevalue(to).user_id if to else "no-such-user"
    with pytest.raises(error), db.unit_of_work(request.getfixturevalue(who)) as uow:
        handover.run(uow, handover_parts(), clerk.user_id, target)
    assert _holders(db) == before


def test_an_inactive_clerk_cannot_take_over(db, admin, reviewer, clerk, finance, work):
    from neiqin.core.auth import service as auth

    with db.unit_of_work(admin) as uow:
        auth.set_active(uow, finance.user_id, False)
    before = _holders(db)
    with pytest.raises(ValidationError), db.unit_of_work(reviewer) as uow:
        handover.run(uow, handover_parts(), clerk.user_id, finance.user_id)
    assert _holders(db) == before
