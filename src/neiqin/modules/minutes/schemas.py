"""Plain data handed between the meeting minutes service and its callers (UI, command line)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from neiqin.core.errors import QT_TRANSLATE_NOOP

KINDS: dict[str, str] = {
    "weekly": QT_TRANSLATE_NOOP("minutes", "Weekly meeting"),
    "monthly": QT_TRANSLATE_NOOP("minutes", "Monthly meeting"),
    "quarterly": QT_TRANSLATE_NOOP("minutes", "Quarterly review"),
    "project": QT_TRANSLATE_NOOP("minutes", "Project meeting"),
    "ad_hoc": QT_TRANSLATE_NOOP("minutes", "Ad hoc meeting"),
}
KIND_WORDS = {"weekly": "周例会", "monthly": "月例会", "quarterly": "季度总结会", "project": "项目会议",
              "ad_hoc": "临时会议"}
RECURRENCES: dict[str, str] = {
    "none": QT_TRANSLATE_NOOP("minutes", "Does not repeat"),
    "weekly": QT_TRANSLATE_NOOP("minutes", "Every week"),
    "monthly": QT_TRANSLATE_NOOP("minutes", "Every month"),
    "quarterly": QT_TRANSLATE_NOOP("minutes", "Every quarter"),
}
#: the recurrence a regular meeting gets unless another is chosen
DEFAULT_RECURRENCE = {"weekly": "weekly", "monthly": "monthly", "quarterly": "quarterly"}
ATTENDANCE: dict[str, str] = {
    "present": QT_TRANSLATE_NOOP("minutes", "Present"),
    "late": QT_TRANSLATE_NOOP("minutes", "Late"),
    "absent": QT_TRANSLATE_NOOP("minutes", "Absent"),
    "on_leave": QT_TRANSLATE_NOOP("minutes", "On leave"),
}
ATTENDANCE_WORDS = {"present": "出席", "late": "迟到", "absent": "缺席", "on_leave": "请假"}
MATERIAL_KINDS: dict[str, str] = {
    "material": QT_TRANSLATE_NOOP("minutes", "Material"),
    "equipment": QT_TRANSLATE_NOOP("minutes", "Equipment"),
}
ITEM_STATUSES: dict[str, str] = {
    "open": QT_TRANSLATE_NOOP("minutes", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("minutes", "In progress"),
    "done": QT_TRANSLATE_NOOP("minutes", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("minutes", "Cancelled"),
}
ITEM_TONES = {"open": "warning", "in_progress": "info", "done": "success", "cancelled": "neutral"}
ITEM_WORDS = {"open": "未开始", "in_progress": "进行中", "done": "已完成", "cancelled": "已取消"}
OPEN_ITEM_STATUSES = frozenset({"open", "in_progress"})
CHANNELS: dict[str, str] = {
    "email": QT_TRANSLATE_NOOP("minutes", "E-mail"),
    "wechat": QT_TRANSLATE_NOOP("minutes", "WeChat"),
    "paper": QT_TRANSLATE_NOOP("minutes", "Paper copy"),
    "system": QT_TRANSLATE_NOOP("minutes", "In the program"),
}


@dataclass(frozen=True)
class AttendeeInput:
    """A user (by id) or an external guest (name and organisation)."""

    user_id: str | None = None
    name: str = ""
    organisation: str = ""
    contact: str = ""


@dataclass(frozen=True)
class AgendaInput:
    topic: str
    presenter: str = ""
    planned_minutes: Any = 0


@dataclass(frozen=True)
class MaterialInput:
    name: str
    kind: str = "material"
    ready: bool = False
    note: str = ""


@dataclass(frozen=True)
class MeetingInput:
    title: str
    kind: str
    starts_at: datetime | None
    ends_at: datetime | None
    place: str
    chair_id: str | None
    attendees: tuple[AttendeeInput, ...] = ()
    agenda: tuple[AgendaInput, ...] = ()
    materials: tuple[MaterialInput, ...] = ()
    recorder_id: str | None = None  # default: the signed-in user
    recurrence: str | None = None  # default: by kind
    request_reason: str = ""
    notes: str = ""


@dataclass(frozen=True)
class AttendeeView:
    id: str
    seq: int
    user_id: str | None
    name: str
    organisation: str
    contact: str
    notified_at: datetime | None
    acknowledged_at: datetime | None
    leave_reason: str
    leave_at: datetime | None
    attendance: str | None

    @property
    def is_guest(self) -> bool:
        return self.user_id is None


@dataclass(frozen=True)
class AgendaView:
    id: str
    seq: int
    topic: str
    presenter: str
    planned_minutes: int
    discussion: str


@dataclass(frozen=True)
class MaterialView:
    id: str
    seq: int
    name: str
    kind: str
    ready: bool
    note: str


@dataclass(frozen=True)
class DecisionView:
    id: str
    seq: int
    agenda_item_id: str | None
    text: str


@dataclass(frozen=True)
class ActionItemView:
    id: str
    code: str
    meeting_id: str
    meeting_number: str
    meeting_title: str
    decision_id: str | None
    review_meeting_id: str
    seq: int
    title: str
    owner_id: str | None
    owner_name: str
    due_date: date
    status: str
    completed_on: date | None
    last_note: str

    def is_overdue(self, today: date) -> bool:
        return self.status in OPEN_ITEM_STATUSES and self.due_date < today


@dataclass(frozen=True)
class NoteView:
    id: str
    at: datetime
    author: str
    note: str
    from_status: str | None
    to_status: str | None
    due_date: date | None


@dataclass(frozen=True)
class DistributionView:
    id: str
    name: str
    organisation: str
    channel: str
    sent_at: datetime


@dataclass(frozen=True)
class Awareness:
    """知晓率: attendees who acknowledged the notice (or asked for leave) of those notified."""

    notified: int
    acknowledged: int
    on_leave: int

    @property
    def rate(self) -> float | None:
        return self.acknowledged / self.notified if self.notified else None

    @property
    def percent_text(self) -> str:
        rate = self.rate
        return "" if rate is None else f"{rate * 100:.0f}%"


@dataclass(frozen=True)
class MeetingView:
    id: str
    number: str
    title: str
    kind: str
    recurrence: str
    status: str
    starts_at: datetime
    ends_at: datetime
    place: str
    chair_id: str
    chair_name: str
    recorder_id: str
    recorder_name: str
    department: str
    request_reason: str
    requested_by: str
    notes: str
    minutes_notes: str
    previous_id: str | None
    series_id: str | None
    notified_at: datetime | None
    distributed_at: datetime | None
    updated_at: datetime | None
    attendees: tuple[AttendeeView, ...] = ()
    agenda: tuple[AgendaView, ...] = ()
    materials: tuple[MaterialView, ...] = ()
    decisions: tuple[DecisionView, ...] = ()

    @property
    def awareness(self) -> Awareness:
        notified = [a for a in self.attendees if a.notified_at is not None]
        return Awareness(len(notified), sum(1 for a in notified if a.acknowledged_at is not None),
                         sum(1 for a in self.attendees if a.leave_at is not None))

    def as_input(self) -> MeetingInput:
        return MeetingInput(
            title=self.title, kind=self.kind, starts_at=self.starts_at, ends_at=self.ends_at, place=self.place,
            chair_id=self.chair_id, recorder_id=self.recorder_id, recurrence=self.recurrence,
            attendees=tuple(AttendeeInput(a.user_id, a.name, a.organisation, a.contact) for a in self.attendees),
            agenda=tuple(AgendaInput(a.topic, a.presenter, a.planned_minutes) for a in self.agenda),
            materials=tuple(MaterialInput(m.name, m.kind, m.ready, m.note) for m in self.materials),
            request_reason=self.request_reason, notes=self.notes)


@dataclass(frozen=True)
class DecisionInput:
    text: str
    agenda_item_id: str | None = None
    id: str | None = None  # an existing decision kept (its action items stay linked)


@dataclass(frozen=True)
class MinutesInput:
    """The minutes as written by the recorder: attendance per attendee id, discussion per agenda
    item id, the decisions, other matters."""

    attendance: dict[str, str]
    discussion: dict[str, str]
    decisions: tuple[DecisionInput, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class ActionItemInput:
    title: str
    owner_id: str | None
    due_date: date | None
    decision_id: str | None = None
    owner_name: str = ""  # someone who is not a user


@dataclass(frozen=True)
class StepView:
    id: str
    action: str
    from_state: str | None
    to_state: str
    actor_name: str
    at: datetime
    comment: str
    extra: dict[str, Any]


@dataclass(frozen=True)
class ActionState:
    """A state action with whether it is possible now and, if not, why (English, context minutes)."""

    code: str
    title: str
    enabled: bool
    reason: str
    params: dict[str, Any]
    needs_comment: bool
