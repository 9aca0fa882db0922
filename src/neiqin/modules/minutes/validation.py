"""Checks of a meeting as entered: times, people, agenda and checklist. Each problem is a
ValidationError naming its field; nothing is written before every check passed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from neiqin.core.auth.models import User
from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError
from neiqin.modules.minutes.schemas import (
    DEFAULT_RECURRENCE,
    KINDS,
    MATERIAL_KINDS,
    RECURRENCES,
    MeetingInput,
)

MAX_PLANNED_MINUTES = 600


@dataclass(frozen=True)
class Person:
    user_id: str | None
    name: str
    organisation: str
    contact: str

    @property
    def key(self) -> tuple[str, str]:
        return ("user", self.user_id) if self.user_id else ("guest", f"{self.name}\0{self.organisation}")


@dataclass(frozen=True)
class CleanMeeting:
    title: str
    kind: str
    recurrence: str
    starts_at: datetime
    ends_at: datetime
    place: str
    chair: User
    recorder: User
    people: tuple[Person, ...]
    agenda: tuple[tuple[str, str, int], ...]
    materials: tuple[tuple[str, str, bool, str], ...]
    request_reason: str
    notes: str


def _text(value: Any) -> str:
    return str(value or "").strip()


def as_utc(value: datetime) -> datetime:
    """A naive time is local time (as typed); stored as UTC."""
    if value.tzinfo is None:
        value = value.astimezone()
    return value.astimezone(UTC)


def user_of(session: Session, user_id: str | None, field: str) -> User:
    user = session.get(User, user_id) if user_id else None
    if user is None or user.deleted_at is not None or not user.active:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a person who is a user of the program."),
                              field=field)
    return user


def _people(session: Session, data: MeetingInput) -> tuple[Person, ...]:
    people: list[Person] = []
    seen: set[tuple[str, str]] = set()
    for attendee in data.attendees:
        if attendee.user_id:
            user = user_of(session, attendee.user_id, "attendees")
            person = Person(user.id, user.display_name, user.department or "", _text(attendee.contact))
        else:
            name = _text(attendee.name)
            if not name:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "A guest needs a name."), field="attendees")
            person = Person(None, name, _text(attendee.organisation), _text(attendee.contact))
        if person.key in seen:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "{name} is among the attendees twice."),
                                  field="attendees", name=person.name)
        seen.add(person.key)
        people.append(person)
    if not people:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Add the attendees."), field="attendees")
    return tuple(people)


def _agenda(data: MeetingInput) -> tuple[tuple[str, str, int], ...]:
    out = []
    for number, item in enumerate(data.agenda, 1):
        topic = _text(item.topic)
        if not topic:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Agenda item {number} has no topic."),
                                  field="agenda", number=number)
        try:
            minutes = int(str(item.planned_minutes or 0).strip() or 0)
        except ValueError:
            minutes = -1
        if not 0 <= minutes <= MAX_PLANNED_MINUTES:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Agenda item {number}: the planned time is 0 to "
                                                              "{max} minutes."), field="agenda", number=number,
                                  max=MAX_PLANNED_MINUTES)
        out.append((topic, _text(item.presenter), minutes))
    return tuple(out)


def _materials(data: MeetingInput) -> tuple[tuple[str, str, bool, str], ...]:
    out = []
    for number, item in enumerate(data.materials, 1):
        name = _text(item.name)
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Checklist line {number} has no name."),
                                  field="materials", number=number)
        if item.kind not in MATERIAL_KINDS:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Checklist line {number}: material or equipment?"),
                                  field="materials", number=number)
        out.append((name, item.kind, bool(item.ready), _text(item.note)))
    return tuple(out)


def clean_meeting(session: Session, data: MeetingInput, default_recorder_id: str) -> CleanMeeting:
    title = _text(data.title)
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the meeting a title."), field="title")
    if data.kind not in KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the kind of meeting."), field="kind")
    recurrence = data.recurrence or DEFAULT_RECURRENCE.get(data.kind, "none")
    if recurrence not in RECURRENCES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose how the meeting repeats."), field="recurrence")
    if data.kind == "ad_hoc":
        recurrence = "none"
    if data.starts_at is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the start time."), field="starts_at")
    if data.ends_at is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the end time."), field="ends_at")
    starts_at, ends_at = as_utc(data.starts_at), as_utc(data.ends_at)
    if ends_at <= starts_at:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The meeting ends ({end}) before it starts ({start})."),
                              field="ends_at", end=ends_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                              start=starts_at.astimezone().strftime("%Y-%m-%d %H:%M"))
    place = _text(data.place)
    if not place:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the place of the meeting."), field="place")
    people = _people(session, data)
    chair = user_of(session, data.chair_id, "chair_id")
    if chair.id not in {p.user_id for p in people}:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The chair {name} is not among the attendees."),
                              field="chair_id", name=chair.display_name)
    recorder = user_of(session, data.recorder_id or default_recorder_id, "recorder_id")
    reason = _text(data.request_reason)
    if data.kind == "ad_hoc" and not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Say why the ad hoc meeting is needed."),
                              field="request_reason")
    return CleanMeeting(title, data.kind, recurrence, starts_at, ends_at, place, chair, recorder, people,
                        _agenda(data), _materials(data), reason, _text(data.notes))
