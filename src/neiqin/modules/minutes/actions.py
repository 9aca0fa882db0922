"""Action items (待办事项) from decisions, tracked to done (跟踪落实): owner, due date, status and
progress notes. Items are written with the minutes (draft); progress is reported at any time by
the owner or the recorder."""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from neiqin.core.auth.actor import Actor
from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, PermissionDenied, ValidationError
from neiqin.modules.minutes import statemachine as sm
from neiqin.modules.minutes.models import ActionItem, ActionNote, Decision, Meeting
from neiqin.modules.minutes.record import draft_meeting
from neiqin.modules.minutes.schemas import (
    ITEM_STATUSES,
    ITEM_WORDS,
    OPEN_ITEM_STATUSES,
    ActionItemInput,
    ActionItemView,
    NoteView,
)
from neiqin.modules.minutes.service import local_today
from neiqin.modules.minutes.validation import user_of


def item_view(item: ActionItem, meeting: Meeting) -> ActionItemView:
    return ActionItemView(item.id, item.code, item.meeting_id, meeting.number, meeting.title, item.decision_id,
                          item.review_meeting_id, item.seq, item.title, item.owner_id, item.owner_name, item.due_date,
                          item.status, item.completed_on, item.last_note or "")


def _load(session: Session, item_id: str) -> tuple[ActionItem, Meeting]:
    item = session.get(ActionItem, item_id)
    if item is None or item.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such action item."))
    return item, sm.load_meeting(session, item.meeting_id)


def get_item(session: Session, actor: Actor, item_id: str) -> ActionItemView:
    actor.require("minutes.view")
    return item_view(*_load(session, item_id))


def items_of_meeting(session: Session, actor: Actor, meeting_id: str) -> list[ActionItemView]:
    """The items decided at this meeting and those carried forward to it for follow-up."""
    actor.require("minutes.view")
    rows = session.execute(select(ActionItem, Meeting).join(Meeting, Meeting.id == ActionItem.meeting_id)
                           .where(or_(ActionItem.meeting_id == meeting_id, ActionItem.review_meeting_id == meeting_id),
                                  ActionItem.deleted_at.is_(None))
                           .order_by(Meeting.starts_at, ActionItem.seq))
    return [item_view(item, meeting) for item, meeting in rows]


def _owner(uow: UnitOfWork, data: ActionItemInput) -> tuple[str | None, str]:
    if data.owner_id:
        user = user_of(uow.session, data.owner_id, "owner_id")
        return user.id, user.display_name
    name = (data.owner_name or "").strip()
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose who is responsible."), field="owner_id")
    return None, name


def _check(uow: UnitOfWork, meeting: Meeting, data: ActionItemInput) -> tuple[str, str | None, str, date, str]:
    title = (data.title or "").strip()
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Say what is to be done."), field="title")
    decision = uow.session.get(Decision, data.decision_id) if data.decision_id else None
    if decision is None or decision.deleted_at is not None or decision.meeting_id != meeting.id:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the decision the action item comes from."),
                              field="decision_id")
    owner_id, owner_name = _owner(uow, data)
    if data.due_date is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the due date."), field="due_date")
    meeting_day = meeting.starts_at.astimezone().date()
    if data.due_date < meeting_day:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The due date {date} is before the meeting ({meeting})."),
                              field="due_date", date=data.due_date.isoformat(), meeting=meeting_day.isoformat())
    return title, owner_id, owner_name, data.due_date, decision.id


def add_item(uow: UnitOfWork, meeting_id: str, data: ActionItemInput) -> ActionItemView:
    uow.actor.require("minutes.record")
    meeting = draft_meeting(uow, meeting_id)
    title, owner_id, owner_name, due, decision_id = _check(uow, meeting, data)
    seq = 1 + max((s for s in uow.session.scalars(select(ActionItem.seq).where(ActionItem.meeting_id == meeting.id))),
                  default=0)
    item = ActionItem(meeting_id=meeting.id, decision_id=decision_id, review_meeting_id=meeting.id, seq=seq,
                      code=f"{meeting.number}-{seq:02d}", title=title, owner_id=owner_id, owner_name=owner_name,
                      due_date=due, status="open")
    uow.session.add(item)
    uow.session.flush()
    return item_view(item, meeting)


def update_item(uow: UnitOfWork, item_id: str, data: ActionItemInput) -> ActionItemView:
    uow.actor.require("minutes.record")
    item, meeting = _load(uow.session, item_id)
    draft_meeting(uow, meeting.id)
    item.title, item.owner_id, item.owner_name, item.due_date, item.decision_id = _check(uow, meeting, data)
    uow.session.flush()
    return item_view(item, meeting)


def remove_item(uow: UnitOfWork, item_id: str) -> None:
    uow.actor.require("minutes.record")
    item, meeting = _load(uow.session, item_id)
    draft_meeting(uow, meeting.id)
    item.deleted_at = uow.now()
    uow.session.flush()


def report_progress(uow: UnitOfWork, item_id: str, note: str, status: str | None = None,
                    due_date: date | None = None) -> ActionItemView:
    """A progress note, optionally with a new status or a new due date (both recorded in the note)."""
    uow.actor.require("minutes.track")
    item, meeting = _load(uow.session, item_id)
    if item.owner_id != uow.actor.user_id and not uow.actor.can("minutes.record"):
        raise PermissionDenied("minutes.record", uow.actor.username)
    if meeting.status not in sm.HAS_MINUTES:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Meeting {number} is {state}."), number=meeting.number,
                       state=sm.STATE_WORDS[meeting.status])
    note = (note or "").strip()
    if not note:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Write what was done."), field="note")
    status = status or item.status
    if status not in ITEM_STATUSES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the status."), field="status")
    if item.status == "cancelled" and status != "cancelled":
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Action item {code} is cancelled."), code=item.code)
    if due_date is not None and due_date < meeting.starts_at.astimezone().date():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The due date {date} is before the meeting ({meeting})."),
                              field="due_date", date=due_date.isoformat(),
                              meeting=meeting.starts_at.astimezone().date().isoformat())
    changed_due = due_date if due_date is not None and due_date != item.due_date else None
    uow.session.add(ActionNote(action_item_id=item.id, at=uow.now(), author=uow.actor.display_name or
                               uow.actor.username, note=note,
                               from_status=item.status if status != item.status else None,
                               to_status=status if status != item.status else None, due_date=changed_due))
    if status != item.status:
        item.completed_on = local_today(uow) if status == "done" else None
        item.status = status
    if changed_due is not None:
        item.due_date = changed_due
    item.last_note = note
    uow.session.flush()
    return item_view(item, meeting)


def notes_of(session: Session, actor: Actor, item_id: str) -> list[NoteView]:
    actor.require("minutes.view")
    rows = session.scalars(select(ActionNote).where(ActionNote.action_item_id == item_id,
                                                    ActionNote.deleted_at.is_(None))
                           .order_by(ActionNote.at, ActionNote.id))
    return [NoteView(r.id, r.at, r.author, r.note, r.from_status, r.to_status, r.due_date) for r in rows]


def open_items_query(due_before: date | None = None):
    """Open items (with their meeting), soonest due first; only those due before `due_before` when
    given."""
    query = (select(ActionItem, Meeting).join(Meeting, Meeting.id == ActionItem.meeting_id)
             .where(ActionItem.status.in_(OPEN_ITEM_STATUSES), ActionItem.deleted_at.is_(None),
                    Meeting.deleted_at.is_(None)))
    if due_before is not None:
        query = query.where(ActionItem.due_date < due_before)
    return query.order_by(ActionItem.due_date, ActionItem.code)


def status_word(status: str) -> str:
    return ITEM_WORDS.get(status, status)
