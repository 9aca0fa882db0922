"""Meetings in the world, chaired by a colleague who is none of the four role users: an ad hoc
request, a scheduled weekly meeting (started yesterday), one whose notice went out, minutes in
draft (with an action item), minutes awaiting the chair, reviewed minutes (with an open action
item). Every minutes action, each step of the meeting's state machine included."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from neiqin.core.errors import PermissionDenied, ValidationError
from neiqin.modules.minutes import actions, record, service, steps
from neiqin.modules.minutes.schemas import (
    ActionItemInput,
    AgendaInput,
    AttendeeInput,
    DecisionInput,
    MaterialInput,
    MeetingInput,
    MinutesInput,
)
from tests.helpers.matrix.table import act


def local(days: int, hour: int) -> datetime:
    day = date.today() + timedelta(days=days)
    return datetime(day.year, day.month, day.day, hour, 0).astimezone()


def meeting_input(w, kind: str = "weekly", days: int = -1, **kw) -> MeetingInput:
    values = dict(title="销售部周例会", kind=kind, starts_at=local(days, 9), ends_at=local(days, 10), place="三楼会议室",
                  chair_id=w.chair_id, recorder_id=w.admin_id,
                  attendees=(AttendeeInput(w.chair_id), AttendeeInput(w.staff_id)),
                  agenda=(AgendaInput("上周销售工作总结", "刘洋", 20),), materials=(MaterialInput("销售周报"),),
                  request_reason="客户投诉需要商定处理方案" if kind == "ad_hoc" else "")
    values.update(kw)
    return MeetingInput(**values)


def _minutes(view, decision: str = "") -> MinutesInput:
    return MinutesInput({a.id: "present" for a in view.attendees}, {view.agenda[0].id: "完成本月目标的八成"},
                        (DecisionInput(decision, view.agenda[0].id),) if decision else ())


def _held(uow, w, decision: str = ""):
    view = service.create_meeting(uow, meeting_input(w))
    steps.transition(uow, view.id, "notify")
    steps.transition(uow, view.id, "hold")
    return record.save_minutes(uow, view.id, _minutes(view, decision))


def build(db, p, w) -> None:
    with db.unit_of_work(p.staff) as uow:
        requested = service.create_meeting(uow, meeting_input(w, "ad_hoc", days=3))
    with db.unit_of_work(p.admin) as uow:
        scheduled = service.create_meeting(uow, meeting_input(w))
        notified = service.create_meeting(uow, meeting_input(w, days=2))
        steps.transition(uow, notified.id, "notify")
        draft = _held(uow, w, "下月起每周报送客户回访记录")
        draft_item = actions.add_item(uow, draft.id, ActionItemInput("整理回访记录模板", w.staff_id,
                                                                     date.today() + timedelta(days=7),
                                                                     draft.decisions[0].id))
        in_review = _held(uow, w)
        steps.transition(uow, in_review.id, "submit")
        reviewed = _held(uow, w, "本季度完成重点客户拜访")
        open_item = actions.add_item(uow, reviewed.id, ActionItemInput("拜访三家重点客户", w.staff_id,
                                                                       date.today() + timedelta(days=14),
                                                                       reviewed.decisions[0].id))
        steps.transition(uow, reviewed.id, "submit")
        steps.transition(uow, reviewed.id, "review")
    meetings = {"requested": requested, "scheduled": scheduled, "notified": notified, "draft": draft,
                "in_review": in_review, "reviewed": reviewed}
    w.meetings = {name: m.id for name, m in meetings.items()}
    w.meeting_numbers = {name: m.number for name, m in meetings.items()}
    w.material_id = scheduled.materials[0].id
    w.staff_attendee = {name: next(a.id for a in m.attendees if a.user_id == w.staff_id)
                        for name, m in meetings.items()}
    w.draft_decision_id, w.draft_item_id, w.open_item_id = draft.decisions[0].id, draft_item.id, open_item.id


def _view(c, meeting: str):
    return service.get_meeting(c.session, c.admin, c.w.meetings[meeting])


def _step(code: str, meeting: str, permissions, label: str = "", refusal=None, **kw):
    def run(f, c):
        return f(c.uow, c.w.meetings[meeting], code, **kw)
    extra = {"refusal": refusal} if refusal else {}
    return act(f"minutes.steps.transition:{label or code}", permissions, run, **extra)


#: only the chair (or minutes.review_any, or a clerk recording the chair's paper signature) reviews:
#: that rule of who acts refuses with a ValidationError naming the chair
CHAIR = (PermissionDenied, ValidationError)
ACTIONS = [
    act("minutes.service.create_meeting", "minutes.schedule", lambda f, c: f(c.uow, meeting_input(c.w, days=5))),
    act("minutes.service.create_meeting:ad hoc request", "minutes.request",
        lambda f, c: f(c.uow, meeting_input(c.w, "ad_hoc", days=5))),
    act("minutes.service.update_meeting", "minutes.schedule",
        lambda f, c: f(c.uow, c.w.meetings["scheduled"], meeting_input(c.w, place="二楼会议室"))),
    act("minutes.service.update_meeting:someone else's request", "minutes.schedule",
        lambda f, c: f(c.uow, c.w.meetings["requested"], meeting_input(c.w, "ad_hoc", days=3, place="二楼会议室"))),
    act("minutes.service.set_material_ready", "minutes.schedule", lambda f, c: f(c.uow, c.w.material_id, True)),
    act("minutes.service.create_next", "minutes.schedule", lambda f, c: f(c.uow, c.w.meetings["scheduled"])),
    act("minutes.service.get_meeting", "minutes.view", lambda f, c: f(c.session, c.actor, c.w.meetings["draft"])),
    act("minutes.service.get_meeting_by_number", "minutes.view",
        lambda f, c: f(c.session, c.actor, c.w.meeting_numbers["draft"])),
    act("minutes.service.timeline", "minutes.view", lambda f, c: f(c.session, c.actor, c.w.meetings["reviewed"])),
    act("minutes.service.user_choices", "minutes.view", lambda f, c: f(c.session, c.actor)),
    act("minutes.service.meeting_of_item", "minutes.view", lambda f, c: f(c.session, c.actor, c.w.open_item_id)),
    act("minutes.notice.acknowledge", "minutes.schedule", lambda f, c: f(c.uow, c.w.staff_attendee["notified"])),
    act("minutes.notice.request_leave", "minutes.schedule",
        lambda f, c: f(c.uow, c.w.staff_attendee["notified"], "出差")),
    act("minutes.notice.withdraw_leave", "minutes.schedule", lambda f, c: f(c.uow, c.w.staff_attendee["scheduled"])),
    act("minutes.record.save_minutes", "minutes.record", lambda f, c: f(c.uow, c.w.meetings["draft"], MinutesInput(
        {}, {}, (DecisionInput("下月起每周报送客户回访记录", id=c.w.draft_decision_id),), "补充备注"))),
    act("minutes.record.distribution_of", "minutes.view", lambda f, c: f(c.session, c.actor, c.w.meetings["reviewed"])),
    act("minutes.actions.add_item", "minutes.record", lambda f, c: f(c.uow, c.w.meetings["draft"], ActionItemInput(
        "汇总客户意见", c.w.staff_id, date.today() + timedelta(days=10), c.w.draft_decision_id))),
    act("minutes.actions.update_item", "minutes.record", lambda f, c: f(c.uow, c.w.draft_item_id, ActionItemInput(
        "整理回访记录模板（修订）", c.w.staff_id, date.today() + timedelta(days=9), c.w.draft_decision_id))),
    act("minutes.actions.remove_item", "minutes.record", lambda f, c: f(c.uow, c.w.draft_item_id)),
    act("minutes.actions.report_progress:for the owner", ("minutes.track", "minutes.record"),
        lambda f, c: f(c.uow, c.w.open_item_id, "已拜访一家", "in_progress")),
    act("minutes.actions.get_item", "minutes.view", lambda f, c: f(c.session, c.actor, c.w.open_item_id)),
    act("minutes.actions.items_of_meeting", "minutes.view",
        lambda f, c: f(c.session, c.actor, c.w.meetings["reviewed"])),
    act("minutes.actions.notes_of", "minutes.view", lambda f, c: f(c.session, c.actor, c.w.open_item_id)),
    act("minutes.listing.export_meetings", "minutes.export", lambda f, c: f(c.uow, c.file("meetings.xlsx"), {})),
    act("minutes.listing.export_items", "minutes.export", lambda f, c: f(c.uow, c.file("items.xlsx"), {})),
    act("minutes.printing.print_notice", "minutes.view",
        lambda f, c: f(c.uow, c.w.meeting_numbers["notified"], c.file("notice.pdf"))),
    act("minutes.printing.print_minutes", "minutes.view",
        lambda f, c: f(c.uow, c.w.meeting_numbers["reviewed"], c.file("minutes.pdf"))),
    act("minutes.printing.print_action_report", "minutes.view",
        lambda f, c: f(c.uow, c.w.meeting_numbers["reviewed"], c.file("actions.pdf"))),
    act("minutes.printing.render_minutes", "minutes.view",
        lambda f, c: f(c.uow, _view(c, "reviewed"), c.file("minutes.pdf"))),
    act("minutes.printing.render_action_report", "minutes.view",
        lambda f, c: f(c.uow, _view(c, "reviewed"), c.file("actions.pdf"))),
    _step("approve", "requested", "minutes.approve"),
    _step("reject", "requested", "minutes.approve", comment="改为周例会讨论"),
    _step("notify", "scheduled", "minutes.schedule"),
    _step("hold", "scheduled", "minutes.record"),
    _step("cancel", "scheduled", "minutes.schedule", comment="主持人出差"),
    _step("submit", "draft", "minutes.record"),
    _step("review", "in_review", "minutes.review_any", refusal=CHAIR),
    _step("review", "in_review", "minutes.review_any|minutes.record", "review signed by the chair on paper",
          refusal=CHAIR, paper_on=date.today()),
    _step("return", "in_review", "minutes.review_any", refusal=CHAIR, comment="第二项决议写明期限"),
    _step("distribute", "reviewed", "minutes.record"),
    _step("reopen", "reviewed", "minutes.reopen", comment="补记一项决议"),
    act("minutes.dashboard.search", "minutes.view",
        lambda f, c: f(c.session, c.actor, c.w.meeting_numbers["draft"], 10), empty_is_refusal=True),
]
