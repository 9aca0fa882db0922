"""Action items: made from decisions, progress reported by the owner or the clerk, overdue and
soon-due items on the dashboard, the cross-meeting list and its export."""

from __future__ import annotations

from datetime import timedelta

import openpyxl
import pytest

from neiqin.core.db.types import utcnow
from neiqin.core.errors import Conflict, PermissionDenied, ValidationError
from neiqin.core.listing import ListState
from neiqin.modules.minutes import actions, listing, record, steps
from neiqin.modules.minutes.contributions import dashboard_items
from neiqin.modules.minutes.schemas import ActionItemInput, DecisionInput, MinutesInput
from tests.unit.minutes.conftest import held

TODAY = utcnow().astimezone().date()


def _meeting_with_decisions(db, clerk, reviewer, others=(), days=-1):
    meeting = held(db, clerk, reviewer, others, days)
    with db.unit_of_work(clerk) as uow:
        return record.save_minutes(uow, meeting.id, MinutesInput(
            attendance={}, discussion={}, decisions=(DecisionInput("催收逾期货款"), DecisionInput("更新客户档案"))))


def _add(db, clerk, meeting, title, owner_id, due, decision=0, owner_name=""):
    with db.unit_of_work(clerk) as uow:
        return actions.add_item(uow, meeting.id, ActionItemInput(title, owner_id, due, meeting.decisions[decision].id,
                                                                 owner_name))


@pytest.mark.parametrize(("change", "field"), [
    ({"title": " "}, "title"),
    ({"decision_id": None}, "decision_id"),
    ({"owner_id": None}, "owner_id"),
    ({"due_date": None}, "due_date"),
    ({"due_date": TODAY - timedelta(days=30)}, "due_date"),
])
def test_bad_action_items_are_refused(db, clerk, reviewer, change, field):
    meeting = _meeting_with_decisions(db, clerk, reviewer)
    values = {"title": "电话催收", "owner_id": clerk.user_id, "due_date": TODAY, "decision_id": meeting.decisions[0].id}
    values.update(change)
    with pytest.raises(ValidationError) as caught, db.unit_of_work(clerk) as uow:
        actions.add_item(uow, meeting.id, ActionItemInput(**values))
    assert caught.value.field == field
    with db.read() as session:
        assert actions.items_of_meeting(session, clerk, meeting.id) == []


def test_items_are_numbered_per_meeting_and_owned_by_users_or_named_people(db, clerk, reviewer, finance):
    meeting = _meeting_with_decisions(db, clerk, reviewer, [finance])
    first = _add(db, clerk, meeting, "电话催收三家逾期客户", finance.user_id, TODAY + timedelta(days=5))
    second = _add(db, clerk, meeting, "协调排产", None, TODAY + timedelta(days=3), 1, owner_name="刘强（生产部）")
    assert (first.code, first.owner_name, first.status) == (f"{meeting.number}-01", "赵会计", "open")
    assert (second.code, second.owner_id, second.owner_name) == (f"{meeting.number}-02", None, "刘强（生产部）")
    assert first.decision_id == meeting.decisions[0].id


def test_progress_by_the_owner_and_the_clerk(db, clerk, reviewer, finance):
    meeting = _meeting_with_decisions(db, clerk, reviewer, [finance])
    item = _add(db, clerk, meeting, "电话催收", finance.user_id, TODAY + timedelta(days=5))
    with pytest.raises(PermissionDenied), db.unit_of_work(reviewer) as uow:  # neither owner nor recorder
        actions.report_progress(uow, item.id, "已催", "in_progress")
    with pytest.raises(ValidationError, match="Write what was done"), db.unit_of_work(finance) as uow:
        actions.report_progress(uow, item.id, " ", "done")
    with db.unit_of_work(finance) as uow:
        working = actions.report_progress(uow, item.id, "已电话联系两家", "in_progress",
                                          due_date=TODAY + timedelta(days=9))
    assert (working.status, working.due_date, working.last_note) == ("in_progress", TODAY + timedelta(days=9),
                                                                    "已电话联系两家")
    with db.unit_of_work(clerk) as uow:
        done = actions.report_progress(uow, item.id, "三家均已回款", "done")
    assert done.status == "done" and done.completed_on == TODAY
    with db.read() as session:
        notes = actions.notes_of(session, clerk, item.id)
    assert [(n.author, n.from_status, n.to_status, n.due_date) for n in notes] == [
        ("赵会计", "open", "in_progress", TODAY + timedelta(days=9)), ("王芳", "in_progress", "done", None)]
    with db.unit_of_work(clerk) as uow:
        cancelled = actions.report_progress(uow, item.id, "客户破产，转法务处理", "cancelled")
    assert cancelled.completed_on is None
    with pytest.raises(Conflict, match="is cancelled"), db.unit_of_work(clerk) as uow:
        actions.report_progress(uow, item.id, "重新开始", "open")


def test_overdue_and_soon_due_items_are_on_the_dashboard_until_done(db, clerk, reviewer, finance):
    meeting = _meeting_with_decisions(db, clerk, reviewer, [finance], days=-10)
    late = _add(db, clerk, meeting, "电话催收", finance.user_id, TODAY - timedelta(days=2))
    soon = _add(db, clerk, meeting, "更新档案", clerk.user_id, TODAY + timedelta(days=2), 1)
    _add(db, clerk, meeting, "回访客户", clerk.user_id, TODAY + timedelta(days=20), 1)
    with db.read() as session:
        items = {i.record_id: i for i in dashboard_items(session, clerk, TODAY) if i.kind == "action_item"}
    assert set(items) == {late.id, soon.id}
    assert items[late.id].severity == "overdue" and items[late.id].group == "Overdue action items"
    assert items[late.id].due == (TODAY - timedelta(days=2)).isoformat()
    assert items[soon.id].severity == "warning" and items[soon.id].group == "Action items due soon"
    with db.unit_of_work(finance) as uow:
        actions.report_progress(uow, late.id, "已回款", "done")
    with db.read() as session:
        ids = {i.record_id for i in dashboard_items(session, clerk, TODAY) if i.kind == "action_item"}
    assert ids == {soon.id}


def test_minutes_waiting_for_the_chair_show_on_the_chair_s_dashboard(db, clerk, reviewer, finance):
    meeting = _meeting_with_decisions(db, clerk, reviewer)
    with db.unit_of_work(clerk) as uow:
        record.save_minutes(uow, meeting.id, MinutesInput(attendance={a.id: "present" for a in meeting.attendees},
                                                          discussion={}, decisions=()))
        steps.transition(uow, meeting.id, "submit")
    with db.read() as session:
        chair = [i for i in dashboard_items(session, reviewer, TODAY) if i.kind == "meeting"]
        other = [i for i in dashboard_items(session, finance, TODAY) if i.kind == "meeting"]
    assert [(i.record_id, i.group) for i in chair] == [(meeting.id, "Minutes awaiting your review")]
    assert other == []


def test_the_cross_meeting_list_filters_and_exports(db, clerk, reviewer, finance, tmp_path):
    first = _meeting_with_decisions(db, clerk, reviewer, [finance], days=-10)
    second = _meeting_with_decisions(db, clerk, reviewer, [finance], days=-3)
    a = _add(db, clerk, first, "电话催收", finance.user_id, TODAY - timedelta(days=2))
    b = _add(db, clerk, second, "更新档案", clerk.user_id, TODAY + timedelta(days=2))
    c = _add(db, clerk, second, "回访客户", clerk.user_id, TODAY - timedelta(days=1), 1)
    with db.unit_of_work(clerk) as uow:
        actions.report_progress(uow, c.id, "已回访", "done")
    query = listing.item_list(TODAY)
    with db.read() as session:
        every = [r.id for r in query.page(session, ListState(), 0, 50)]
        overdue = [r.id for r in query.page(session, ListState(filters={"overdue": True}), 0, 50)]
        open_ = [r.id for r in query.page(session, ListState(filters={"open": True}), 0, 50)]
        mine = [r.id for r in query.page(session, ListState(filters={"owner_id": finance.user_id}), 0, 50)]
        found = [r.id for r in query.page(session, ListState(text="档案"), 0, 50)]
    assert every == [a.id, c.id, b.id]  # by due date
    assert overdue == [a.id] and open_ == [a.id, b.id] and mine == [a.id] and found == [b.id]
    with db.unit_of_work(clerk) as uow:
        written = listing.export_items(uow, tmp_path / "items.xlsx", {"open": "yes"})
    assert written == 2
    sheet = openpyxl.load_workbook(tmp_path / "items.xlsx").active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("编号", "待办事项", "负责人", "完成期限", "状态")
    assert [r[0] for r in rows[1:]] == [a.code, b.code]
    assert rows[1][4] == "未开始" and rows[1][6] == "销售部周例会"
