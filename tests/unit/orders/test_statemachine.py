"""Every transition with its permission and facts; nobody skips a state; every step is a row."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from neiqin.core.errors import Conflict, PermissionDenied, ValidationError
from neiqin.modules.orders import service
from neiqin.modules.orders import statemachine as sm
from neiqin.modules.orders.models import OrderTransition
from tests.unit.orders.conftest import order_input, tomorrow

CONFIRM = {"channel": "phone", "confirmed_by": "张伟", "confirmed_on": tomorrow().isoformat()}
DISPATCH = {"departments": {"production": "按图纸生产，11月30日前完工", "logistics": "12月1日发货"}}
SHIP = {"carrier": "顺丰速运", "tracking_number": "SF1234567890", "eta": (tomorrow() + timedelta(days=3)).isoformat()}
DELIVER = {"delivered_on": tomorrow().isoformat()}
#: (action, who acts: clerk/reviewer, facts)
HAPPY_PATH = [
    ("submit", "clerk", {}), ("approve", "reviewer", {}), ("confirm", "clerk", CONFIRM),
    ("dispatch", "clerk", DISPATCH), ("start", "clerk", {}), ("ship", "clerk", SHIP),
    ("deliver", "clerk", DELIVER), ("close", "clerk", {}),
]


def _new_order(db, clerk, world):
    with db.unit_of_work(clerk) as uow:
        return service.create_order(uow, order_input(world))


def _step(db, actor, order_id, action, **data):
    with db.unit_of_work(actor) as uow:
        return service.transition(uow, order_id, action, **data)


def _transition_count(db):
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(OrderTransition))


def test_every_state_of_the_happy_path_writes_a_row(db, clerk, reviewer, world):
    order = _new_order(db, clerk, world)
    actors = {"clerk": clerk, "reviewer": reviewer}
    for action, who, data in HAPPY_PATH:
        view = _step(db, actors[who], order.id, action, **data)
        assert view.status == sm.ACTIONS[action].target
    with db.read() as session:
        steps = service.timeline(session, clerk, order.id)
    assert [s.to_state for s in steps] == ["recorded", "submitted", "approved", "confirmed", "dispatched",
                                           "in_progress", "shipped", "delivered", "closed"]
    assert all(a.to_state == b.from_state for a, b in zip(steps, steps[1:], strict=False))
    assert steps[2].actor_name == "李经理"
    assert steps[3].extra == CONFIRM
    assert steps[4].extra == DISPATCH
    assert steps[6].extra["tracking_number"] == "SF1234567890"


def test_a_clerk_cannot_approve(db, clerk, world):
    order = _new_order(db, clerk, world)
    _step(db, clerk, order.id, "submit")
    before = _transition_count(db)
    with pytest.raises(PermissionDenied):
        _step(db, clerk, order.id, "approve")
    assert _transition_count(db) == before


def test_a_reviewer_cannot_submit_or_confirm(db, clerk, reviewer, world):
    order = _new_order(db, clerk, world)
    with pytest.raises(PermissionDenied):
        _step(db, reviewer, order.id, "submit")
    _step(db, clerk, order.id, "submit")
    _step(db, reviewer, order.id, "approve")
    with pytest.raises(PermissionDenied):
        _step(db, reviewer, order.id, "confirm", **CONFIRM)


@pytest.mark.parametrize("action", ["approve", "confirm", "dispatch", "ship", "deliver", "close", "record"])
def test_nobody_skips_a_state(db, clerk, admin, world, action):
    order = _new_order(db, clerk, world)  # recorded
    data = {"confirm": CONFIRM, "dispatch": DISPATCH, "ship": SHIP, "deliver": DELIVER}.get(action, {})
    before = _transition_count(db)
    with pytest.raises(Conflict):
        _step(db, admin, order.id, action, **data)
    assert _transition_count(db) == before


def test_return_needs_notes_then_resubmit(db, clerk, reviewer, world):
    order = _new_order(db, clerk, world)
    _step(db, clerk, order.id, "submit")
    with pytest.raises(ValidationError) as error:
        _step(db, reviewer, order.id, "return")
    assert error.value.field == "comment"
    returned = _step(db, reviewer, order.id, "return", comment="单价与报价单不符")
    assert returned.status == "returned"
    with db.unit_of_work(clerk) as uow:  # a returned order can be corrected
        service.update_order(uow, order.id, order_input(world, lines=1))
    assert _step(db, clerk, order.id, "submit").status == "submitted"


def test_reject_needs_a_reason_and_is_final(db, clerk, reviewer, admin, world):
    order = _new_order(db, clerk, world)
    _step(db, clerk, order.id, "submit")
    with pytest.raises(ValidationError):
        _step(db, reviewer, order.id, "reject", comment="  ")
    rejected = _step(db, reviewer, order.id, "reject", comment="客户信用不足")
    assert rejected.status == "rejected"
    for action in ("submit", "approve", "cancel"):
        with pytest.raises(Conflict):
            _step(db, admin, order.id, action, comment="x")


def test_approval_on_paper_is_recorded(db, clerk, reviewer, world):
    order = _new_order(db, clerk, world)
    _step(db, clerk, order.id, "submit")
    paper = {"by": "周总", "on": "2026-11-20", "sha256": "a" * 64}
    _step(db, reviewer, order.id, "approve", paper=paper)
    with db.read() as session:
        assert service.timeline(session, clerk, order.id)[-1].extra == {"paper": paper}
    order2 = _new_order(db, clerk, world)
    _step(db, clerk, order2.id, "submit")
    with pytest.raises(ValidationError):
        _step(db, reviewer, order2.id, "approve", paper={"by": "周总", "on": "2026-11-20", "sha256": "xyz"})


@pytest.mark.parametrize(("action", "before", "missing"), [
    ("confirm", ["submit", "approve"], "channel"),
    ("dispatch", ["submit", "approve", "confirm"], "departments"),
    ("ship", ["submit", "approve", "confirm", "dispatch", "start"], "carrier"),
])
def test_required_facts_of_a_step(db, clerk, admin, world, action, before, missing):
    order = _new_order(db, clerk, world)
    facts = {"confirm": CONFIRM, "dispatch": DISPATCH}
    for step in before:
        _step(db, admin, order.id, step, **facts.get(step, {}))
    data = {"confirm": CONFIRM, "dispatch": {"departments": {}}, "ship": SHIP}[action]
    data = {k: v for k, v in data.items() if k != missing} if action != "dispatch" else data
    with pytest.raises(ValidationError) as error:
        _step(db, admin, order.id, action, **data)
    assert error.value.field == missing


def test_cancel_with_reason_until_shipped(db, clerk, admin, world):
    order = _new_order(db, clerk, world)
    with pytest.raises(ValidationError):
        _step(db, clerk, order.id, "cancel")
    assert _step(db, clerk, order.id, "cancel", comment="客户取消采购计划").status == "cancelled"
    shipped = _new_order(db, clerk, world)
    for action, _who, data in HAPPY_PATH[:6]:
        _step(db, admin, shipped.id, action, **data)
    with pytest.raises(Conflict):
        _step(db, admin, shipped.id, "cancel", comment="太晚了")


def test_editing_after_submit_is_refused(db, clerk, world):
    order = _new_order(db, clerk, world)
    _step(db, clerk, order.id, "submit")
    with pytest.raises(Conflict), db.unit_of_work(clerk) as uow:
        service.update_order(uow, order.id, order_input(world, lines=1))


def test_available_actions_say_why_not(db, clerk, world):
    order = _new_order(db, clerk, world)
    states = {a.code: a for a in service.available_actions(order, clerk)}
    assert states["submit"].enabled
    assert not states["approve"].enabled
    assert not states["confirm"].enabled and "{state}" in states["confirm"].reason
    submitted = _step(db, clerk, order.id, "submit")
    states = {a.code: a for a in service.available_actions(submitted, clerk)}
    assert not states["approve"].enabled and states["approve"].params["permission"] == "orders.approve"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(sorted(sm.ACTIONS)), min_size=1, max_size=12))
def test_any_sequence_of_actions_only_follows_the_machine(db, admin, world, actions):
    facts = {"confirm": CONFIRM, "reconfirm": CONFIRM, "dispatch": DISPATCH, "ship": SHIP, "deliver": DELIVER}
    with db.unit_of_work(admin) as uow:
        order = service.create_order(uow, order_input(world))
    for action in actions:
        try:
            _step(db, admin, order.id, action, comment="原因", **facts.get(action, {}))
        except Conflict:
            pass
    with db.read() as session:
        steps = service.timeline(session, admin, order.id)
    assert steps[0].action == "create"
    for previous, current in zip(steps, steps[1:], strict=False):
        spec = sm.ACTIONS[current.action]
        assert current.from_state == previous.to_state
        assert current.from_state in spec.sources
        assert current.to_state == (spec.target or current.from_state)
