"""Minutes: attendance, discussion per agenda item, decisions; the chair's review (in the program
or signed on paper); distribution; closed minutes are read-only and reopening is recorded."""

from __future__ import annotations

from datetime import date

import pytest

from neiqin.core.errors import Conflict, PermissionDenied, ValidationError
from neiqin.modules.minutes import actions, record, service, steps
from neiqin.modules.minutes.schemas import ActionItemInput, DecisionInput, MinutesInput
from tests.unit.minutes.conftest import held


def _write(db, clerk, meeting, decisions=("催收逾期货款", "更新客户档案"), attendance=None):
    attendance = attendance or {a.id: "present" for a in meeting.attendees}
    data = MinutesInput(attendance=attendance,
                        discussion={meeting.agenda[0].id: "上周销售额增长8%", meeting.agenda[1].id: "两笔订单交期紧张"},
                        decisions=tuple(DecisionInput(t, meeting.agenda[0].id) for t in decisions),
                        notes="下周一报送进展")
    with db.unit_of_work(clerk) as uow:
        return record.save_minutes(uow, meeting.id, data)


def _get(db, actor, meeting_id):
    with db.read() as session:
        return service.get_meeting(session, actor, meeting_id)


def test_minutes_are_written_and_rewritten_while_in_draft(db, clerk, reviewer, finance):
    meeting = held(db, clerk, reviewer, [finance])
    assert meeting.status == "draft"
    people = {a.name: a.id for a in meeting.attendees}
    view = _write(db, clerk, meeting, attendance={people["李经理"]: "present", people["王芳"]: "present",
                                                  people["赵会计"]: "late", people["张伟"]: "absent"})
    assert [a.attendance for a in view.attendees] == ["present", "present", "late", "absent"]
    assert [a.discussion for a in view.agenda] == ["上周销售额增长8%", "两笔订单交期紧张"]
    assert [(d.seq, d.text) for d in view.decisions] == [(1, "催收逾期货款"), (2, "更新客户档案")]
    assert view.minutes_notes == "下周一报送进展"
    kept = view.decisions[1]
    data = MinutesInput(attendance={}, discussion={}, decisions=(DecisionInput("更新客户档案（含新客户）", id=kept.id),))
    with db.unit_of_work(clerk) as uow:
        again = record.save_minutes(uow, meeting.id, data)
    assert [(d.id, d.seq, d.text) for d in again.decisions] == [(kept.id, 1, "更新客户档案（含新客户）")]
    assert [a.attendance for a in again.attendees] == ["present", "present", "late", "absent"]  # untouched


def test_bad_minutes_are_refused_and_nothing_changes(db, clerk, reviewer):
    meeting = held(db, clerk, reviewer)
    before = _write(db, clerk, meeting)
    with pytest.raises(ValidationError) as caught, db.unit_of_work(clerk) as uow:
        record.save_minutes(uow, meeting.id, MinutesInput(
            attendance={meeting.attendees[0].id: "asleep"}, discussion={meeting.agenda[0].id: "改写"},
            decisions=(DecisionInput("新决议"),)))
    assert caught.value.field == "attendance"
    with pytest.raises(ValidationError, match="Decision 2 has no text"), db.unit_of_work(clerk) as uow:
        record.save_minutes(uow, meeting.id, MinutesInput(attendance={}, discussion={},
                                                          decisions=(DecisionInput("甲"), DecisionInput(" "))))
    assert _get(db, clerk, meeting.id) == before


def test_a_decision_with_action_items_is_not_dropped(db, clerk, reviewer):
    meeting = held(db, clerk, reviewer)
    view = _write(db, clerk, meeting)
    with db.unit_of_work(clerk) as uow:
        actions.add_item(uow, meeting.id, ActionItemInput("电话催收", clerk.user_id, date.today(), view.decisions[0].id))
    with pytest.raises(ValidationError, match="has action items"), db.unit_of_work(clerk) as uow:
        record.save_minutes(uow, meeting.id, MinutesInput(attendance={}, discussion={},
                                                          decisions=(DecisionInput("更新客户档案",
                                                                                   id=view.decisions[1].id),)))
    assert len(_get(db, clerk, meeting.id).decisions) == 2


def test_submitting_needs_everyone_s_attendance(db, clerk, reviewer):
    meeting = held(db, clerk, reviewer)
    _write(db, clerk, meeting, attendance={meeting.attendees[0].id: "present"})
    with pytest.raises(ValidationError) as caught, db.unit_of_work(clerk) as uow:
        steps.transition(uow, meeting.id, "submit")
    assert caught.value.render() == "Record the attendance of 王芳、张伟 first."
    assert _get(db, clerk, meeting.id).status == "draft"


def test_the_chair_reviews_then_the_minutes_are_distributed_and_closed(db, clerk, reviewer, finance):
    meeting = held(db, clerk, reviewer, [finance])
    _write(db, clerk, meeting)
    with db.unit_of_work(clerk) as uow:
        steps.transition(uow, meeting.id, "submit")
    with pytest.raises(ValidationError, match="Only the chair 李经理 reviews the minutes"), \
            db.unit_of_work(finance) as uow:
        steps.transition(uow, meeting.id, "review")
    with pytest.raises(ValidationError, match="Only the chair 李经理"), db.unit_of_work(clerk) as uow:
        steps.transition(uow, meeting.id, "return", comment="改一下")
    with db.unit_of_work(reviewer) as uow:  # the chair returns the draft with notes
        assert steps.transition(uow, meeting.id, "return", comment="第二项决议写明期限").status == "draft"
    with db.unit_of_work(clerk) as uow:
        steps.transition(uow, meeting.id, "submit")
    with db.unit_of_work(reviewer) as uow:
        assert steps.transition(uow, meeting.id, "review").status == "reviewed"
    with pytest.raises(ValidationError, match="Choose who receives"), db.unit_of_work(clerk) as uow:
        steps.transition(uow, meeting.id, "distribute", recipients=[])
    guest = meeting.attendees[-1]
    with db.unit_of_work(clerk) as uow:
        closed = steps.transition(uow, meeting.id, "distribute", recipients=[a.id for a in meeting.attendees],
                                  others=["总经理办公室"], channel="email")
    assert closed.status == "distributed" and closed.distributed_at is not None
    with db.read() as session:
        sent = record.distribution_of(session, clerk, meeting.id)
        timeline = service.timeline(session, clerk, meeting.id)
    assert [(d.name, d.organisation, d.channel) for d in sent] == [
        ("李经理", "", "email"), ("王芳", "", "email"), ("赵会计", "", "email"),
        ("张伟", guest.organisation, "email"), ("总经理办公室", "", "email")]
    assert all(d.sent_at == closed.distributed_at for d in sent)
    assert [s.action for s in timeline] == ["create", "notify", "hold", "submit", "return", "submit", "review",
                                            "distribute"]
    assert timeline[4].comment == "第二项决议写明期限" and timeline[4].actor_name == "李经理"
    assert timeline[-1].extra == {"channel": "email", "recipients": 5}


def test_a_clerk_records_the_chair_s_paper_approval(db, clerk, reviewer):
    meeting = held(db, clerk, reviewer)
    _write(db, clerk, meeting)
    with db.unit_of_work(clerk) as uow:
        steps.transition(uow, meeting.id, "submit")
    with pytest.raises(ValidationError) as caught, db.unit_of_work(clerk) as uow:
        steps.transition(uow, meeting.id, "review")
    assert caught.value.field == "paper_on"
    with db.unit_of_work(clerk) as uow:
        assert steps.transition(uow, meeting.id, "review", paper_on=date(2026, 11, 23)).status == "reviewed"
    with db.read() as session:
        step = service.timeline(session, clerk, meeting.id)[-1]
    assert step.actor_name == "王芳" and step.extra == {"paper": {"by": "李经理", "on": "2026-11-23"}}


def _closed(db, clerk, reviewer):
    meeting = held(db, clerk, reviewer)
    _write(db, clerk, meeting)
    with db.unit_of_work(clerk) as uow:
        steps.transition(uow, meeting.id, "submit")
    with db.unit_of_work(reviewer) as uow:
        steps.transition(uow, meeting.id, "review")
    with db.unit_of_work(clerk) as uow:
        return steps.transition(uow, meeting.id, "distribute")


def test_closed_minutes_are_read_only(db, clerk, reviewer):
    closed = _closed(db, clerk, reviewer)
    change = MinutesInput(attendance={closed.attendees[0].id: "absent"}, discussion={closed.agenda[0].id: "改写"},
                          decisions=(DecisionInput("新决议"),), notes="改")
    with pytest.raises(Conflict) as caught, db.unit_of_work(clerk) as uow:
        record.save_minutes(uow, closed.id, change)
    assert caught.value.render() == (f"The minutes of {closed.number} are 已分发 and read-only; reopen them to "
                                     f"change them.")
    with pytest.raises(Conflict, match="read-only"), db.unit_of_work(clerk) as uow:
        actions.add_item(uow, closed.id, ActionItemInput("补充事项", clerk.user_id, date.today(),
                                                         closed.decisions[0].id))
    assert _get(db, clerk, closed.id) == closed


def test_reopening_needs_the_right_and_a_reason_and_is_recorded(db, clerk, reviewer):
    closed = _closed(db, clerk, reviewer)
    with pytest.raises(PermissionDenied), db.unit_of_work(clerk) as uow:
        steps.transition(uow, closed.id, "reopen", comment="补记")
    with pytest.raises(ValidationError, match="Give the reason"), db.unit_of_work(reviewer) as uow:
        steps.transition(uow, closed.id, "reopen")
    with db.unit_of_work(reviewer) as uow:
        reopened = steps.transition(uow, closed.id, "reopen", comment="漏记一项决议")
    assert reopened.status == "draft"
    with db.read() as session:
        step = service.timeline(session, clerk, closed.id)[-1]
    assert (step.action, step.from_state, step.to_state, step.comment, step.actor_name) == (
        "reopen", "distributed", "draft", "漏记一项决议", "李经理")
    again = _write(db, clerk, reopened, decisions=("催收逾期货款", "更新客户档案", "补充：落实客户回访"))
    assert len(again.decisions) == 3
