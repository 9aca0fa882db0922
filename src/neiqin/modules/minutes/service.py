"""Meeting use cases: schedule or request a meeting, change it while it is planned, read it, and
plan the next meeting of a series (agenda copied, open action items carried forward).

Every function takes a unit of work (one transaction per user action) or a read session and the
actor, and checks the actor's permission itself. Notices, minutes and action items have their
own files (notice.py, record.py, actions.py)."""

from __future__ import annotations

import calendar
import json
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from neiqin.core import search as search_index
from neiqin.core.auth.actor import Actor
from neiqin.core.auth.models import User
from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from neiqin.core.numbering import next_number
from neiqin.core.settings import BRANCH_CODE, get_setting
from neiqin.modules.minutes import statemachine as sm
from neiqin.modules.minutes.models import (
    ActionItem,
    ActionNote,
    AgendaItem,
    Attendee,
    Decision,
    Material,
    Meeting,
    MeetingTransition,
)
from neiqin.modules.minutes.schemas import (
    OPEN_ITEM_STATUSES,
    ActionState,
    AgendaInput,
    AgendaView,
    AttendeeView,
    DecisionView,
    MaterialInput,
    MaterialView,
    MeetingInput,
    MeetingView,
    StepView,
)
from neiqin.modules.minutes.validation import CleanMeeting, Person, clean_meeting

PREFIX = "HY"
SEARCH_ENTITY = "meeting"
#: the agenda item a follow-up meeting opens with
FOLLOW_UP_TOPIC = "上次会议待办事项跟踪落实情况"


def local_today(uow_or_now) -> date:
    now = uow_or_now.now() if isinstance(uow_or_now, UnitOfWork) else uow_or_now
    return now.astimezone().date()


# --- reading ---------------------------------------------------------------------------------------


def _live(session: Session, model, meeting_id: str) -> list:
    return list(session.scalars(select(model).where(model.meeting_id == meeting_id, model.deleted_at.is_(None))
                                .order_by(model.seq)))


def attendee_view(a: Attendee) -> AttendeeView:
    return AttendeeView(a.id, a.seq, a.user_id, a.name, a.organisation or "", a.contact or "", a.notified_at,
                        a.acknowledged_at, a.leave_reason or "", a.leave_at, a.attendance)


def meeting_view(session: Session, meeting: Meeting, full: bool = True) -> MeetingView:
    parts: dict = {}
    if full:
        parts = dict(
            attendees=tuple(attendee_view(a) for a in _live(session, Attendee, meeting.id)),
            agenda=tuple(AgendaView(a.id, a.seq, a.topic, a.presenter or "", a.planned_minutes, a.discussion or "")
                         for a in _live(session, AgendaItem, meeting.id)),
            materials=tuple(MaterialView(m.id, m.seq, m.name, m.kind, m.ready, m.note or "")
                            for m in _live(session, Material, meeting.id)),
            decisions=tuple(DecisionView(d.id, d.seq, d.agenda_item_id, d.text)
                            for d in _live(session, Decision, meeting.id)),
        )
    return MeetingView(
        meeting.id, meeting.number, meeting.title, meeting.kind, meeting.recurrence, meeting.status,
        meeting.starts_at, meeting.ends_at, meeting.place, meeting.chair_id, meeting.chair_name,
        meeting.recorder_id, meeting.recorder_name, meeting.department or "", meeting.request_reason or "",
        meeting.requested_by or "", meeting.notes or "", meeting.minutes_notes or "", meeting.previous_id,
        meeting.series_id, meeting.notified_at, meeting.distributed_at, meeting.updated_at, **parts)


def get_meeting(session: Session, actor: Actor, meeting_id: str) -> MeetingView:
    actor.require("minutes.view")
    return meeting_view(session, sm.load_meeting(session, meeting_id))


def get_meeting_by_number(session: Session, actor: Actor, number: str) -> MeetingView:
    actor.require("minutes.view")
    meeting = session.scalar(select(Meeting).where(Meeting.number == (number or "").strip().upper(),
                                                   Meeting.deleted_at.is_(None)))
    if meeting is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No meeting numbered {number}."), number=number)
    return meeting_view(session, meeting)


def timeline(session: Session, actor: Actor, meeting_id: str) -> list[StepView]:
    actor.require("minutes.view")
    rows = session.scalars(select(MeetingTransition).where(MeetingTransition.meeting_id == meeting_id)
                           .order_by(MeetingTransition.at, MeetingTransition.id))
    return [StepView(r.id, r.action, r.from_state, r.to_state, r.actor_name, r.at, r.comment or "",
                     json.loads(r.extra) if r.extra else {}) for r in rows]


def available_actions(meeting: MeetingView, actor: Actor) -> list[ActionState]:
    out = []
    for action in sm.ACTIONS.values():
        reason = sm.why_not(meeting.status, meeting.chair_id, action, actor)
        out.append(ActionState(action.code, action.title, reason is None, reason or "",
                               {"state": meeting.status, "permission": action.permission}, action.needs_comment))
    return out


def next_meeting_of(session: Session, meeting_id: str) -> str | None:
    return session.scalar(select(Meeting.id).where(Meeting.previous_id == meeting_id, Meeting.deleted_at.is_(None)))


# --- writing ---------------------------------------------------------------------------------------


def _sync_people(uow: UnitOfWork, meeting: Meeting, people: tuple[Person, ...]) -> None:
    """Attendees kept by user (or guest name and organisation) keep their notice, acknowledgement and
    leave; people no longer asked are tombstoned."""
    existing = {Person(a.user_id, a.name, a.organisation or "", "").key: a
                for a in _live(uow.session, Attendee, meeting.id)}
    for seq, person in enumerate(people, 1):
        row = existing.pop(person.key, None)
        if row is None:
            row = Attendee(meeting_id=meeting.id, user_id=person.user_id)
            uow.session.add(row)
        row.seq, row.name = seq, person.name
        row.organisation, row.contact = person.organisation or None, person.contact or None
    for row in existing.values():
        row.deleted_at = uow.now()


def _sync_rows(uow: UnitOfWork, meeting: Meeting, model, values: list[dict]) -> None:
    """Rows matched by position: updated in place, new ones added, extra ones tombstoned."""
    existing = _live(uow.session, model, meeting.id)
    for index, fields in enumerate(values):
        row = existing[index] if index < len(existing) else model(meeting_id=meeting.id)
        row.seq = index + 1
        for key, value in fields.items():
            setattr(row, key, value)
        if index >= len(existing):
            uow.session.add(row)
    for row in existing[len(values):]:
        row.deleted_at = uow.now()


def _apply(uow: UnitOfWork, meeting: Meeting, clean: CleanMeeting) -> None:
    meeting.title, meeting.kind, meeting.recurrence = clean.title, clean.kind, clean.recurrence
    meeting.starts_at, meeting.ends_at, meeting.place = clean.starts_at, clean.ends_at, clean.place
    meeting.chair_id, meeting.chair_name = clean.chair.id, clean.chair.display_name
    meeting.recorder_id, meeting.recorder_name = clean.recorder.id, clean.recorder.display_name
    meeting.department = clean.chair.department
    meeting.request_reason = clean.request_reason or None
    meeting.notes = clean.notes or None
    uow.session.flush()
    _sync_people(uow, meeting, clean.people)
    _sync_rows(uow, meeting, AgendaItem, [{"topic": t, "presenter": p or None, "planned_minutes": m}
                                          for t, p, m in clean.agenda])
    _sync_rows(uow, meeting, Material, [{"name": n, "kind": k, "ready": r, "note": note or None}
                                        for n, k, r, note in clean.materials])


def _index(uow: UnitOfWork, meeting: Meeting, clean: CleanMeeting) -> None:
    when = meeting.starts_at.astimezone().strftime("%Y-%m-%d %H:%M")
    search_index.index_record(uow.session, SEARCH_ENTITY, meeting.id, "minutes", meeting.title,
                              f"{meeting.number} {when}",
                              texts=(meeting.number, meeting.place, meeting.chair_name,
                                     *(t for t, _p, _m in clean.agenda)))


def create_meeting(uow: UnitOfWork, data: MeetingInput) -> MeetingView:
    """Schedule a regular or project meeting; an ad hoc meeting is requested and waits for approval."""
    uow.actor.require("minutes.request" if data.kind == "ad_hoc" else "minutes.schedule")
    clean = clean_meeting(uow.session, data, uow.actor.user_id)
    branch = get_setting(uow.session, BRANCH_CODE)
    if not branch:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The branch code is not set up."), field="branch_code")
    first = sm.REQUESTED if clean.kind == "ad_hoc" else sm.SCHEDULED
    meeting = Meeting(number=next_number(uow.session, PREFIX, branch, clean.starts_at.astimezone().year),
                      status=first, status_changed_at=uow.now(),
                      requested_by=(uow.actor.display_name or uow.actor.username) if first == sm.REQUESTED else None)
    uow.session.add(meeting)
    _apply(uow, meeting, clean)
    meeting.series_id = meeting.id if clean.recurrence != "none" else None
    sm.record_step(uow, meeting, "request" if first == sm.REQUESTED else "create", first, initial=True)
    _index(uow, meeting, clean)
    uow.session.flush()
    return meeting_view(uow.session, meeting)


def update_meeting(uow: UnitOfWork, meeting_id: str, data: MeetingInput,
                   expected_updated_at: datetime | None = None) -> MeetingView:
    """Change a meeting while it is planned. A new time or place after the notice went out sends it
    back to "scheduled": the notice must go out again and be acknowledged again."""
    meeting = sm.load_meeting(uow.session, meeting_id)
    own_request = meeting.status == sm.REQUESTED and meeting.created_by == uow.actor.user_id
    if not own_request:
        uow.actor.require("minutes.schedule")
    if meeting.status not in sm.PLANNING:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Meeting {number} is {state}: its time, place and people can no "
                                                   "longer be changed."),
                       number=meeting.number, state=sm.STATE_WORDS[meeting.status])
    if expected_updated_at is not None and meeting.updated_at != expected_updated_at:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Someone else changed this meeting in the meantime. Reload it and "
                                                   "edit again."))
    if data.kind != meeting.kind and "ad_hoc" in (data.kind, meeting.kind):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "An ad hoc meeting stays ad hoc; schedule a new meeting "
                                                          "instead."), field="kind")
    clean = clean_meeting(uow.session, data, meeting.recorder_id)
    moved = (clean.starts_at, clean.ends_at, clean.place) != (meeting.starts_at, meeting.ends_at, meeting.place)
    _apply(uow, meeting, clean)
    if moved and meeting.status == sm.NOTIFIED:
        sm.record_step(uow, meeting, "revise", sm.SCHEDULED, extra={
            "starts_at": clean.starts_at.astimezone().strftime("%Y-%m-%d %H:%M"), "place": clean.place})
        meeting.notified_at = None
        for attendee in _live(uow.session, Attendee, meeting.id):
            attendee.notified_at = attendee.acknowledged_at = None
    _index(uow, meeting, clean)
    uow.session.flush()
    return meeting_view(uow.session, meeting)


def set_material_ready(uow: UnitOfWork, material_id: str, ready: bool) -> MaterialView:
    """Tick a line of the materials and equipment checklist."""
    uow.actor.require("minutes.schedule")
    material = uow.session.get(Material, material_id)
    if material is None or material.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such checklist line."))
    meeting = sm.load_meeting(uow.session, material.meeting_id)
    if meeting.status not in sm.PLANNING | sm.MINUTES_EDITABLE:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Meeting {number} is {state}: its checklist is closed."),
                       number=meeting.number, state=sm.STATE_WORDS[meeting.status])
    material.ready = bool(ready)
    uow.session.flush()
    return MaterialView(material.id, material.seq, material.name, material.kind, material.ready, material.note or "")


# --- the next meeting of a series ------------------------------------------------------------------


def _add_months(value: datetime, months: int) -> datetime:
    local = value.astimezone()
    month = local.month - 1 + months
    year, month = local.year + month // 12, month % 12 + 1
    day = min(local.day, calendar.monthrange(year, month)[1])
    return local.replace(year=year, month=month, day=day)


def shifted(value: datetime, recurrence: str) -> datetime:
    if recurrence == "weekly":
        return value + timedelta(days=7)
    return _add_months(value, 1 if recurrence == "monthly" else 3)


def create_next(uow: UnitOfWork, meeting_id: str) -> MeetingView:
    """The next meeting of a recurring series: same people, place and checklist, the agenda copied
    (opening with the follow-up of action items), open action items carried forward to it."""
    uow.actor.require("minutes.schedule")
    meeting = sm.load_meeting(uow.session, meeting_id)
    if meeting.recurrence == "none":
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Meeting {number} does not repeat."), number=meeting.number)
    if meeting.status in (sm.REQUESTED, sm.REJECTED):
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Meeting {number} is {state}: it has no next meeting."),
                       number=meeting.number, state=sm.STATE_WORDS[meeting.status])
    if next_meeting_of(uow.session, meeting.id):
        raise Conflict(QT_TRANSLATE_NOOP("errors", "The next meeting after {number} is planned already."),
                       number=meeting.number)
    view = meeting_view(uow.session, meeting)
    agenda = [a for a in view.as_input().agenda if a.topic != FOLLOW_UP_TOPIC]
    carried = list(uow.session.scalars(select(ActionItem).where(
        ActionItem.review_meeting_id == meeting.id, ActionItem.status.in_(OPEN_ITEM_STATUSES),
        ActionItem.deleted_at.is_(None)).order_by(ActionItem.due_date, ActionItem.code)))
    if carried:
        agenda.insert(0, AgendaInput(FOLLOW_UP_TOPIC, meeting.recorder_name, 10))
    base = view.as_input()
    data = MeetingInput(
        title=base.title, kind=base.kind, starts_at=shifted(meeting.starts_at, meeting.recurrence),
        ends_at=shifted(meeting.ends_at, meeting.recurrence), place=base.place, chair_id=base.chair_id,
        attendees=base.attendees, agenda=tuple(agenda),
        materials=tuple(MaterialInput(m.name, m.kind, False, m.note) for m in base.materials),
        recorder_id=base.recorder_id, recurrence=base.recurrence, notes=base.notes)
    created = create_meeting(uow, data)
    new = uow.session.get(Meeting, created.id)
    new.previous_id, new.series_id = meeting.id, meeting.series_id or meeting.id
    who = uow.actor.display_name or uow.actor.username
    for item in carried:
        item.review_meeting_id = new.id
        uow.session.add(ActionNote(action_item_id=item.id, at=uow.now(), author=who,
                                   note=f"转入下次会议 {new.number} 跟踪"))
    uow.session.flush()
    return meeting_view(uow.session, new)


def user_choices(session: Session, actor: Actor) -> list[tuple[str, str, str]]:
    """(user id, name, department) of the active users: chairs, recorders, attendees, owners."""
    actor.require("minutes.view")
    rows = session.execute(select(User.id, User.display_name, User.department)
                           .where(User.active.is_(True), User.deleted_at.is_(None)).order_by(User.created_at))
    return [(row.id, row.display_name, row.department or "") for row in rows]


def meeting_of_item(session: Session, actor: Actor, item_id: str) -> str | None:
    """The meeting an action item is followed up at (for opening it from the dashboard)."""
    actor.require("minutes.view")
    return session.scalar(select(ActionItem.review_meeting_id).where(ActionItem.id == item_id))
