"""Meeting tables: the meeting with its attendees, agenda, materials, decisions, action items,
progress notes, distribution and the transitions of its state machine."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from neiqin.core.db.base import Base, Synced
from neiqin.core.db.types import UtcDateTime


class Meeting(Synced, Base):
    """A meeting from its request or scheduling to its distributed minutes."""

    __tablename__ = "meeting"
    __table_args__ = (
        Index("ix_meeting_status_starts", "status", "starts_at"),
        Index("ix_meeting_starts", "starts_at"),
        Index("ix_meeting_previous", "previous_id"),
    )

    number: Mapped[str] = mapped_column(String(32), unique=True, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    kind: Mapped[str] = mapped_column(String(12), nullable=False)  # weekly|monthly|quarterly|project|ad_hoc
    recurrence: Mapped[str] = mapped_column(String(12), nullable=False, default="none")
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    place: Mapped[str] = mapped_column(String(200), nullable=False)
    chair_id: Mapped[str] = mapped_column(String(36), nullable=False)
    chair_name: Mapped[str] = mapped_column(String(100), nullable=False)
    recorder_id: Mapped[str] = mapped_column(String(36), nullable=False)
    recorder_name: Mapped[str] = mapped_column(String(100), nullable=False)
    department: Mapped[str | None] = mapped_column(String(100))
    #: why an ad hoc meeting is asked for, and who asked
    request_reason: Mapped[str | None] = mapped_column(Text)
    requested_by: Mapped[str | None] = mapped_column(String(100))
    notes: Mapped[str | None] = mapped_column(Text)
    #: minutes: matters outside the agenda and the closing remarks
    minutes_notes: Mapped[str | None] = mapped_column(Text)
    #: the meeting of the same series this one follows (recurring meetings)
    previous_id: Mapped[str | None] = mapped_column(String(36))
    series_id: Mapped[str | None] = mapped_column(String(36), index=True)
    status_changed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    notified_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    distributed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class Attendee(Synced, Base):
    """A person asked to the meeting: a user or an external guest (name, organisation)."""

    __tablename__ = "meeting_attendee"
    __table_args__ = (Index("ix_meeting_attendee_meeting", "meeting_id", "seq"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    user_id: Mapped[str | None] = mapped_column(String(36), index=True)
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    organisation: Mapped[str | None] = mapped_column(String(200))
    contact: Mapped[str | None] = mapped_column(String(200))  # phone or e-mail of a guest
    notified_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    acknowledged_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    leave_reason: Mapped[str | None] = mapped_column(Text)
    leave_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    attendance: Mapped[str | None] = mapped_column(String(10))  # present|late|absent|on_leave


class AgendaItem(Synced, Base):
    __tablename__ = "meeting_agenda_item"
    __table_args__ = (Index("ix_meeting_agenda_item_meeting", "meeting_id", "seq"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    topic: Mapped[str] = mapped_column(String(300), nullable=False)
    presenter: Mapped[str | None] = mapped_column(String(100))
    planned_minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    #: the minutes: what was discussed under this item
    discussion: Mapped[str | None] = mapped_column(Text)


class Material(Synced, Base):
    """One line of the materials and equipment checklist (projector, printed reports…)."""

    __tablename__ = "meeting_material"
    __table_args__ = (Index("ix_meeting_material_meeting", "meeting_id", "seq"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)  # material|equipment
    ready: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    note: Mapped[str | None] = mapped_column(String(200))


class Decision(Synced, Base):
    """A decision (决议事项) of the minutes."""

    __tablename__ = "meeting_decision"
    __table_args__ = (Index("ix_meeting_decision_meeting", "meeting_id", "seq"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    agenda_item_id: Mapped[str | None] = mapped_column(String(36))
    text: Mapped[str] = mapped_column(Text, nullable=False)


class ActionItem(Synced, Base):
    """An action item (待办事项) from a decision, tracked to done (跟踪落实). `review_meeting_id`
    is the meeting that checks it next: open items move to the next meeting of a series."""

    __tablename__ = "meeting_action_item"
    __table_args__ = (
        Index("ix_meeting_action_item_status_due", "status", "due_date"),
        Index("ix_meeting_action_item_meeting", "meeting_id", "seq"),
        Index("ix_meeting_action_item_review", "review_meeting_id"),
        Index("ix_meeting_action_item_owner", "owner_id", "status"),
    )

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), nullable=False)
    decision_id: Mapped[str | None] = mapped_column(ForeignKey("meeting_decision.id"))
    review_meeting_id: Mapped[str] = mapped_column(String(36), nullable=False)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    code: Mapped[str] = mapped_column(String(40), nullable=False, unique=True)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    owner_id: Mapped[str | None] = mapped_column(String(36))
    owner_name: Mapped[str] = mapped_column(String(100), nullable=False)
    due_date: Mapped[date] = mapped_column(Date, nullable=False)
    status: Mapped[str] = mapped_column(String(12), nullable=False)  # open|in_progress|done|cancelled
    completed_on: Mapped[date | None] = mapped_column(Date)
    last_note: Mapped[str | None] = mapped_column(Text)


class ActionNote(Synced, Base):
    """A progress note of an action item; a status change or a new due date is one too."""

    __tablename__ = "meeting_action_note"
    __table_args__ = (Index("ix_meeting_action_note_item", "action_item_id", "at"),)

    action_item_id: Mapped[str] = mapped_column(ForeignKey("meeting_action_item.id"), nullable=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    author: Mapped[str] = mapped_column(String(100), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False)
    from_status: Mapped[str | None] = mapped_column(String(12))
    to_status: Mapped[str | None] = mapped_column(String(12))
    due_date: Mapped[date | None] = mapped_column(Date)


class Distribution(Synced, Base):
    """Who received the minutes, when and how."""

    __tablename__ = "meeting_distribution"
    __table_args__ = (Index("ix_meeting_distribution_meeting", "meeting_id", "sent_at"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), nullable=False)
    attendee_id: Mapped[str | None] = mapped_column(String(36))
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    organisation: Mapped[str | None] = mapped_column(String(200))
    channel: Mapped[str] = mapped_column(String(10), nullable=False)  # email|wechat|paper|system
    sent_at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)


class MeetingTransition(Synced, Base):
    """One step of a meeting: who moved it from which state to which, when and why."""

    __tablename__ = "meeting_transition"
    __table_args__ = (Index("ix_meeting_transition_meeting", "meeting_id", "at"),)

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), nullable=False)
    action: Mapped[str] = mapped_column(String(20), nullable=False)
    from_state: Mapped[str | None] = mapped_column(String(16))
    to_state: Mapped[str] = mapped_column(String(16), nullable=False)
    actor_id: Mapped[str] = mapped_column(String(36), nullable=False)
    actor_name: Mapped[str] = mapped_column(String(100), nullable=False)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    comment: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[str | None] = mapped_column(Text)
