"""The minutes as written by the recorder: attendance, discussion per agenda item, decisions and
other matters. Only a draft is written; minutes under review, reviewed or distributed are
read-only until they are reopened (a recorded step with its reason)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from neiqin.core.auth.actor import Actor
from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, ValidationError
from neiqin.modules.minutes import statemachine as sm
from neiqin.modules.minutes.models import ActionItem, AgendaItem, Attendee, Decision, Distribution, Meeting
from neiqin.modules.minutes.schemas import ATTENDANCE, DistributionView, MeetingView, MinutesInput
from neiqin.modules.minutes.service import _live, meeting_view


def draft_meeting(uow: UnitOfWork, meeting_id: str) -> Meeting:
    """The meeting whose minutes may be written now, or a clear refusal."""
    meeting = sm.load_meeting(uow.session, meeting_id)
    if meeting.status in (sm.IN_REVIEW, sm.REVIEWED, sm.DISTRIBUTED):
        raise Conflict(QT_TRANSLATE_NOOP("errors", "The minutes of {number} are {state} and read-only; reopen them "
                                                   "to change them."), number=meeting.number,
                       state=sm.STATE_WORDS[meeting.status])
    if meeting.status != sm.DRAFT:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Meeting {number} is {state}: start the minutes first."),
                       number=meeting.number, state=sm.STATE_WORDS[meeting.status])
    return meeting


def _clean_attendance(attendees: dict[str, Attendee], attendance: dict[str, str]) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for attendee_id, value in attendance.items():
        if attendee_id not in attendees:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Someone in the attendance list is not an attendee of "
                                                              "this meeting."), field="attendance")
        value = (value or "").strip()
        if value and value not in ATTENDANCE:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Attendance of {name}: present, late, absent or on "
                                                              "leave."), field="attendance",
                                  name=attendees[attendee_id].name)
        out[attendee_id] = value or None
    return out


def save_minutes(uow: UnitOfWork, meeting_id: str, data: MinutesInput,
                 expected_updated_at: datetime | None = None) -> MeetingView:
    uow.actor.require("minutes.record")
    meeting = draft_meeting(uow, meeting_id)
    if expected_updated_at is not None and meeting.updated_at != expected_updated_at:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Someone else changed these minutes in the meantime. Reload them "
                                                   "and edit again."))
    attendees = {a.id: a for a in _live(uow.session, Attendee, meeting.id)}
    agenda = {a.id: a for a in _live(uow.session, AgendaItem, meeting.id)}
    decisions = {d.id: d for d in _live(uow.session, Decision, meeting.id)}
    attendance = _clean_attendance(attendees, data.attendance)
    unknown = set(data.discussion) - set(agenda)
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A discussion belongs to an agenda item of another "
                                                          "meeting."), field="discussion")
    kept: set[str] = set()
    for number, decision in enumerate(data.decisions, 1):
        if not (decision.text or "").strip():
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Decision {number} has no text."), field="decisions",
                                  number=number)
        if decision.agenda_item_id and decision.agenda_item_id not in agenda:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Decision {number} refers to an agenda item of another "
                                                              "meeting."), field="decisions", number=number)
        if decision.id:
            if decision.id not in decisions:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "Decision {number} belongs to another meeting."),
                                      field="decisions", number=number)
            kept.add(decision.id)
    dropped = set(decisions) - kept
    if dropped and uow.session.scalar(select(ActionItem.id).where(ActionItem.decision_id.in_(dropped),
                                                                  ActionItem.deleted_at.is_(None)).limit(1)):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A removed decision has action items: remove them first."),
                              field="decisions")
    for attendee_id, value in attendance.items():
        attendees[attendee_id].attendance = value
    for agenda_id, text in data.discussion.items():
        agenda[agenda_id].discussion = (text or "").strip() or None
    now = uow.now()
    for row_id in dropped:
        decisions[row_id].deleted_at = now
    for seq, decision in enumerate(data.decisions, 1):
        row = decisions[decision.id] if decision.id else Decision(meeting_id=meeting.id)
        row.seq, row.text, row.agenda_item_id = seq, decision.text.strip(), decision.agenda_item_id or None
        if not decision.id:
            uow.session.add(row)
    meeting.minutes_notes = (data.notes or "").strip() or None
    meeting.updated_at = now  # the minutes changed: a stale editor elsewhere sees it
    uow.session.flush()
    return meeting_view(uow.session, meeting)


def distribution_of(session: Session, actor: Actor, meeting_id: str) -> list[DistributionView]:
    actor.require("minutes.view")
    rows = session.scalars(select(Distribution).where(Distribution.meeting_id == meeting_id,
                                                      Distribution.deleted_at.is_(None))
                           .order_by(Distribution.sent_at, Distribution.id))
    return [DistributionView(r.id, r.name, r.organisation or "", r.channel, r.sent_at) for r in rows]
