"""Scheduling: regular meetings, ad hoc requests and their approval, changes after the notice,
bad input refused with nothing written, and the next meeting of a series."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from neiqin.core.errors import Conflict, PermissionDenied, ValidationError
from neiqin.modules.minutes import actions, record, service, steps
from neiqin.modules.minutes.models import Attendee, Meeting, MeetingTransition
from neiqin.modules.minutes.schemas import ActionItemInput, AttendeeInput, DecisionInput, MinutesInput
from tests.unit.minutes.conftest import held, local, meeting_input, schedule


def _count(db, model=Meeting):
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_a_weekly_meeting_is_scheduled_with_its_people_agenda_and_checklist(db, clerk, reviewer, finance):
    meeting = schedule(db, clerk, reviewer, [finance])
    year = local(2).year
    assert meeting.number == f"HY-BJ01-{year}-000001"
    assert meeting.status == "scheduled" and meeting.recurrence == "weekly"
    assert meeting.chair_name == "李经理" and meeting.recorder_name == "王芳"
    assert [a.name for a in meeting.attendees] == ["李经理", "王芳", "赵会计", "张伟"]
    guest = meeting.attendees[-1]
    assert guest.is_guest and guest.organisation == "上海浦东精密机械制造有限公司"
    assert [(a.seq, a.topic, a.planned_minutes) for a in meeting.agenda] == [(1, "上周销售工作总结", 20),
                                                                              (2, "重点订单执行情况", 15)]
    assert [(m.name, m.kind, m.ready) for m in meeting.materials] == [("销售周报", "material", False),
                                                                     ("投影仪", "equipment", False)]
    assert meeting.starts_at == local(2, 9) and meeting.ends_at - meeting.starts_at == timedelta(minutes=90)
    second = schedule(db, clerk, reviewer)
    assert second.number == f"HY-BJ01-{year}-000002"


@pytest.mark.parametrize(("overrides", "field"), [
    ({"ends_at": local(2, 8)}, "ends_at"),
    ({"ends_at": local(2, 9)}, "ends_at"),
    ({"title": "  "}, "title"),
    ({"place": ""}, "place"),
    ({"attendees": ()}, "attendees"),
    ({"attendees": (AttendeeInput(None, "", "某公司"),)}, "attendees"),
])
def test_bad_meetings_are_refused_and_nothing_is_written(db, clerk, reviewer, overrides, field):
    with pytest.raises(ValidationError) as caught, db.unit_of_work(clerk) as uow:
        service.create_meeting(uow, meeting_input(reviewer, clerk, **overrides))
    assert caught.value.field == field
    assert _count(db) == 0 and _count(db, Attendee) == 0


def test_end_before_start_says_both_times(db, clerk, reviewer):
    with pytest.raises(ValidationError) as caught, db.unit_of_work(clerk) as uow:
        service.create_meeting(uow, meeting_input(reviewer, clerk, ends_at=local(2, 8, 30)))
    day = local(2).strftime("%Y-%m-%d")
    assert caught.value.render() == f"The meeting ends ({day} 08:30) before it starts ({day} 09:00)."


def test_a_chair_who_is_not_an_attendee_is_refused(db, clerk, reviewer, finance):
    data = meeting_input(reviewer, clerk, attendees=(AttendeeInput(clerk.user_id), AttendeeInput(finance.user_id)))
    with pytest.raises(ValidationError) as caught, db.unit_of_work(clerk) as uow:
        service.create_meeting(uow, data)
    assert caught.value.field == "chair_id"
    assert caught.value.render() == "The chair 李经理 is not among the attendees."
    assert _count(db) == 0


def test_a_person_asked_twice_is_refused(db, clerk, reviewer):
    data = meeting_input(reviewer, clerk, attendees=(AttendeeInput(reviewer.user_id), AttendeeInput(clerk.user_id),
                                                     AttendeeInput(clerk.user_id)))
    with pytest.raises(ValidationError, match="王芳 is among the attendees twice"), db.unit_of_work(clerk) as uow:
        service.create_meeting(uow, data)


def test_an_ad_hoc_meeting_is_requested_then_approved_by_a_reviewer(db, clerk, reviewer, finance):
    with pytest.raises(ValidationError) as caught, db.unit_of_work(finance) as uow:
        service.create_meeting(uow, meeting_input(reviewer, clerk, kind="ad_hoc", request_reason=""))
    assert caught.value.field == "request_reason"
    with db.unit_of_work(finance) as uow:  # anyone may ask for an ad hoc meeting
        meeting = service.create_meeting(uow, meeting_input(reviewer, clerk, kind="ad_hoc"))
    assert meeting.status == "requested" and meeting.requested_by == "赵会计" and meeting.recurrence == "none"
    with pytest.raises(PermissionDenied), db.unit_of_work(clerk) as uow:
        steps.transition(uow, meeting.id, "approve")
    with pytest.raises(Conflict), db.unit_of_work(clerk) as uow:
        steps.transition(uow, meeting.id, "notify")  # not before the approval
    with db.unit_of_work(reviewer) as uow:
        approved = steps.transition(uow, meeting.id, "approve", comment="同意召开")
    assert approved.status == "scheduled"
    with db.read() as session:
        steps_ = service.timeline(session, clerk, meeting.id)
    assert [(s.action, s.from_state, s.to_state, s.actor_name) for s in steps_] == [
        ("request", None, "requested", "赵会计"), ("approve", "requested", "scheduled", "李经理")]
    assert steps_[1].comment == "同意召开"


def test_a_rejected_request_needs_a_reason(db, clerk, reviewer):
    meeting = schedule(db, clerk, reviewer, kind="ad_hoc")
    with pytest.raises(ValidationError, match="Give the reason"), db.unit_of_work(reviewer) as uow:
        steps.transition(uow, meeting.id, "reject")
    with db.unit_of_work(reviewer) as uow:
        assert steps.transition(uow, meeting.id, "reject", comment="可在周例会上讨论").status == "rejected"


def test_moving_a_notified_meeting_asks_for_a_new_notice(db, clerk, reviewer, finance):
    meeting = schedule(db, clerk, reviewer, [finance])
    with db.unit_of_work(clerk) as uow:
        notified = steps.transition(uow, meeting.id, "notify")
    assert all(a.notified_at is not None for a in notified.attendees)
    data = meeting_input(reviewer, clerk, [finance], title="销售部周例会（调整）")
    with db.unit_of_work(clerk) as uow:  # a new title only: the notice stands
        same = service.update_meeting(uow, meeting.id, data)
    assert same.status == "notified" and same.title == "销售部周例会（调整）"
    data = meeting_input(reviewer, clerk, [finance], starts_at=local(3, 14), ends_at=local(3, 15))
    with db.unit_of_work(clerk) as uow:
        moved = service.update_meeting(uow, meeting.id, data)
    assert moved.status == "scheduled"
    assert all(a.notified_at is None and a.acknowledged_at is None for a in moved.attendees)
    assert [a.id for a in moved.attendees] == [a.id for a in notified.attendees]  # the same people kept
    with db.read() as session:
        assert service.timeline(session, clerk, meeting.id)[-1].action == "revise"


def test_a_meeting_under_minutes_can_no_longer_be_moved(db, clerk, reviewer):
    meeting = held(db, clerk, reviewer)
    with pytest.raises(Conflict, match="can no longer be changed"), db.unit_of_work(clerk) as uow:
        service.update_meeting(uow, meeting.id, meeting_input(reviewer, clerk, days=-1, place="二楼会议室"))
    with db.read() as session:
        assert service.get_meeting(session, clerk, meeting.id).place == "三楼第一会议室"


def test_minutes_are_started_once_the_meeting_began(db, clerk, reviewer):
    meeting = schedule(db, clerk, reviewer, days=2)
    with pytest.raises(Conflict, match="the minutes are written once it has begun"), db.unit_of_work(clerk) as uow:
        steps.transition(uow, meeting.id, "hold")


def test_the_next_weekly_meeting_copies_the_agenda_and_carries_open_items(db, clerk, reviewer, finance):
    meeting = held(db, clerk, reviewer, [finance])
    with db.unit_of_work(clerk) as uow:
        view = record.save_minutes(uow, meeting.id, MinutesInput(
            attendance={}, discussion={}, decisions=(DecisionInput("催收逾期货款"), DecisionInput("更新客户档案"))))
        due = local(5).date()
        done = actions.add_item(uow, meeting.id, ActionItemInput("更新客户档案", clerk.user_id, due,
                                                                 view.decisions[1].id))
        open_ = actions.add_item(uow, meeting.id, ActionItemInput("催收逾期货款", finance.user_id, due,
                                                                  view.decisions[0].id))
        actions.report_progress(uow, done.id, "已更新", "done")
    with db.unit_of_work(clerk) as uow:
        following = service.create_next(uow, meeting.id)
    assert following.starts_at == meeting.starts_at + timedelta(days=7)
    assert following.status == "scheduled" and following.previous_id == meeting.id
    assert following.series_id == meeting.id
    assert [a.topic for a in following.agenda] == [service.FOLLOW_UP_TOPIC, "上周销售工作总结", "重点订单执行情况"]
    assert [a.name for a in following.attendees] == [a.name for a in meeting.attendees]
    assert all(a.notified_at is None and a.attendance is None for a in following.attendees)
    assert not any(m.ready for m in following.materials)
    with db.read() as session:
        carried = actions.items_of_meeting(session, clerk, following.id)
        assert [i.code for i in carried] == [open_.code]
        assert carried[0].review_meeting_id == following.id and carried[0].meeting_id == meeting.id
        notes = actions.notes_of(session, clerk, open_.id)
        assert notes[-1].note == f"转入下次会议 {following.number} 跟踪"
    with pytest.raises(Conflict, match="planned already"), db.unit_of_work(clerk) as uow:
        service.create_next(uow, meeting.id)
    with db.unit_of_work(clerk) as uow:  # and again: the still open item moves on once more
        third = service.create_next(uow, following.id)
    assert third.starts_at == meeting.starts_at + timedelta(days=14)
    with db.read() as session:
        assert [i.code for i in actions.items_of_meeting(session, clerk, third.id)] == [open_.code]
        assert actions.get_item(session, clerk, open_.id).review_meeting_id == third.id
        assert actions.items_of_meeting(session, clerk, following.id) == []  # followed up at the third now


def test_monthly_meetings_move_by_a_calendar_month(db, clerk, reviewer):
    from datetime import datetime

    start = datetime(2026, 1, 31, 9, 0).astimezone()
    meeting = schedule(db, clerk, reviewer, kind="monthly", starts_at=start, ends_at=start + timedelta(hours=2))
    with db.unit_of_work(clerk) as uow:
        following = service.create_next(uow, meeting.id)
    assert following.starts_at.astimezone().replace(tzinfo=None) == datetime(2026, 2, 28, 9, 0)
    assert following.recurrence == "monthly"


def test_an_ad_hoc_meeting_has_no_next_one(db, clerk, reviewer):
    meeting = schedule(db, clerk, reviewer, kind="project")
    with pytest.raises(Conflict, match="does not repeat"), db.unit_of_work(clerk) as uow:
        service.create_next(uow, meeting.id)
    with db.read() as session:
        count = session.scalar(select(func.count()).select_from(MeetingTransition))
    assert count == 1
