"""The steps of a meeting along its state machine, with what each step does besides moving the
state: the notice stamps every attendee, holding the meeting opens the minutes, the chair's
review (in the program or signed on paper), distribution records who received the minutes."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, ValidationError
from neiqin.modules.minutes import statemachine as sm
from neiqin.modules.minutes.models import Attendee, Distribution, Meeting
from neiqin.modules.minutes.schemas import CHANNELS, MeetingView
from neiqin.modules.minutes.service import _live, meeting_view


def _paper_date(value) -> str:
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value or "").strip()).isoformat()
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the day the chair signed the minutes."),
                              field="paper_on") from None


def _chair_check(uow: UnitOfWork, meeting: Meeting, code: str, paper_on) -> dict:
    """The chair acts in the program; a clerk may record the chair's approval signed on paper."""
    if sm.is_chair_allowed(uow.actor, meeting.chair_id):
        return {"paper": {"by": meeting.chair_name, "on": _paper_date(paper_on)}} if paper_on else {}
    if code == "review" and uow.actor.can("minutes.record"):
        if not paper_on:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Only the chair {chair} reviews the minutes: record "
                                                              "the day the chair signed them on paper."),
                                  field="paper_on", chair=meeting.chair_name)
        return {"paper": {"by": meeting.chair_name, "on": _paper_date(paper_on)}}
    raise ValidationError(QT_TRANSLATE_NOOP("errors", "Only the chair {chair} reviews the minutes."),
                          field="comment", chair=meeting.chair_name)


def _missing_attendance(attendees: Iterable[Attendee]) -> list[str]:
    return [a.name for a in attendees if not a.attendance]


def _distribute(uow: UnitOfWork, meeting: Meeting, recipients, others, channel) -> dict:
    if channel not in CHANNELS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose how the minutes are sent."), field="channel")
    attendees = {a.id: a for a in _live(uow.session, Attendee, meeting.id)}
    chosen = list(attendees) if recipients is None else list(dict.fromkeys(recipients))
    unknown = [r for r in chosen if r not in attendees]
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A recipient is not an attendee of this meeting."),
                              field="recipients")
    names = [str(name).strip() for name in (others or ()) if str(name).strip()]
    if not chosen and not names:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose who receives the minutes."), field="recipients")
    now = uow.now()
    for attendee_id in chosen:
        person = attendees[attendee_id]
        uow.session.add(Distribution(meeting_id=meeting.id, attendee_id=person.id, name=person.name,
                                     organisation=person.organisation, channel=channel, sent_at=now))
    for name in names:
        uow.session.add(Distribution(meeting_id=meeting.id, name=name, channel=channel, sent_at=now))
    meeting.distributed_at = now
    return {"channel": channel, "recipients": len(chosen) + len(names)}


def transition(uow: UnitOfWork, meeting_id: str, code: str, comment: str = "", *, paper_on=None,
               recipients: list[str] | None = None, others: list[str] | None = None,
               channel: str = "email") -> MeetingView:
    """Move a meeting one step (see statemachine.ACTIONS); the facts a step needs are keywords."""
    meeting = sm.load_meeting(uow.session, meeting_id)
    action = sm.ACTIONS.get(code)
    if action is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown meeting action {action}."), field="action",
                              action=code)
    extra: dict = {}
    if action.chair and meeting.status in action.sources:
        extra = _chair_check(uow, meeting, code, paper_on)
    if meeting.status in action.sources:
        if code == "hold" and meeting.starts_at > uow.now():
            raise Conflict(QT_TRANSLATE_NOOP("errors", "Meeting {number} begins at {time}: the minutes are written "
                                                       "once it has begun."), number=meeting.number,
                           time=meeting.starts_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        if code == "submit":
            missing = _missing_attendance(_live(uow.session, Attendee, meeting.id))
            if missing:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "Record the attendance of {names} first."),
                                      field="attendance", names="、".join(missing))
    before = meeting.status
    if code == "distribute" and before in action.sources:
        uow.actor.require(action.permission)
        extra = _distribute(uow, meeting, recipients, others, channel)
    sm.apply_transition(uow, meeting, code, comment, extra)
    now = uow.now()
    if code == "notify":
        meeting.notified_at = now
        for attendee in _live(uow.session, Attendee, meeting.id):
            if attendee.notified_at is None:
                attendee.notified_at = now
    elif code == "hold":
        for attendee in _live(uow.session, Attendee, meeting.id):
            if attendee.leave_at is not None and not attendee.attendance:
                attendee.attendance = "on_leave"
    uow.session.flush()
    return meeting_view(uow.session, meeting)
