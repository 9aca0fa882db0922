"""Destruction (销毁) of items past their retention period: a batch is appraised item by item
(destroy, or keep N more years), submitted, approved (a higher role for a higher confidentiality
level) and carried out with method, place and witnesses. Items on loan are never destroyed;
destroyed items stay in the register marked destroyed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from neiqin.core.auth.actor import Actor
from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from neiqin.modules.archive import rules
from neiqin.modules.archive.models import ArchiveItem, Destruction, DestructionLine
from neiqin.modules.archive.schemas import DestructionLineView, DestructionView, ItemView
from neiqin.modules.archive.service import actor_name, item_view, local_today, new_number

PREFIX = "XH"
OPEN = ("draft", "submitted", "approved")
MAX_KEEP_YEARS = 30
MIN_WITNESSES = 2


def _lines(session: Session, batch_id: str) -> list[tuple[DestructionLine, ArchiveItem]]:
    return list(session.execute(
        select(DestructionLine, ArchiveItem).join(ArchiveItem, ArchiveItem.id == DestructionLine.item_id)
        .where(DestructionLine.destruction_id == batch_id, DestructionLine.deleted_at.is_(None))
        .order_by(DestructionLine.item_number)).all())


def destruction_view(session: Session, row: Destruction) -> DestructionView:
    lines = tuple(DestructionLineView(
        line.id, item.id, line.item_number, line.item_title, item.category, item.doc_date, item.retention_until,
        item.confidentiality, item.status, line.decision or "", line.keep_years, line.reason or "")
        for line, item in _lines(session, row.id))
    witnesses = tuple(w for w in (row.witnesses or "").splitlines() if w.strip())
    return DestructionView(row.id, row.number, row.status, row.created_on, row.appraised_by or "",
                           row.approved_by or "", row.approved_at, row.decision_comment or "", row.method or "",
                           row.place or "", row.destroyed_on, witnesses, row.executed_by or "", lines)


def _load(session: Session, batch_id: str) -> Destruction:
    row = session.get(Destruction, batch_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such destruction batch."))
    return row


def get_destruction(session: Session, actor: Actor, batch_id: str) -> DestructionView:
    actor.require("archive.view")
    return destruction_view(session, _load(session, batch_id))


def get_destruction_by_number(session: Session, actor: Actor, number: str) -> DestructionView:
    actor.require("archive.view")
    row = session.scalar(select(Destruction).where(Destruction.number == (number or "").strip().upper(),
                                                   Destruction.deleted_at.is_(None)))
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No destruction batch numbered {number}."), number=number)
    return destruction_view(session, row)


def _in_open_batch(session: Session):
    return (select(DestructionLine.item_id).join(Destruction, Destruction.id == DestructionLine.destruction_id)
            .where(Destruction.status.in_(OPEN), DestructionLine.deleted_at.is_(None)))


def past_retention(session: Session, actor: Actor, today: date, limit: int = 1000) -> list[ItemView]:
    """Items whose retention period ended before `today`, not destroyed and in no open batch."""
    actor.require("archive.view")
    query = (select(ArchiveItem).where(ArchiveItem.retention_until < today, ArchiveItem.deleted_at.is_(None),
                                       ArchiveItem.status.in_((rules.IN_STORE, rules.ON_LOAN)),
                                       ArchiveItem.id.not_in(_in_open_batch(session)))
             .order_by(ArchiveItem.retention_until, ArchiveItem.number).limit(limit))
    return [item_view(session, item) for item in session.scalars(query)]


def create_batch(uow: UnitOfWork, item_ids: Sequence[str]) -> DestructionView:
    """A new batch (in appraisal) of items past retention."""
    uow.actor.require("archive.destroy")
    session = uow.session
    today = local_today(uow)
    ids = list(dict.fromkeys(item_ids))
    if not ids:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the items to appraise."), field="items")
    busy = set(session.scalars(_in_open_batch(session).where(DestructionLine.item_id.in_(ids))))
    items = {i.id: i for i in session.scalars(select(ArchiveItem).where(ArchiveItem.id.in_(ids),
                                                                        ArchiveItem.deleted_at.is_(None)))}
    for item_id in ids:
        item = items.get(item_id)
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "No such archive item."))
        if item.status == rules.DESTROYED:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "{number} is destroyed already."), number=item.number)
        if item.retention_until is None or item.retention_until >= today:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "{number} is still within its retention period."),
                                  field="items", number=item.number)
        if item_id in busy:
            raise Conflict(QT_TRANSLATE_NOOP("errors", "{number} is in another destruction batch already."),
                           number=item.number)
    row = Destruction(number=new_number(uow, PREFIX, today), status="draft", created_on=today)
    session.add(row)
    session.flush()
    for item_id in ids:
        item = items[item_id]
        session.add(DestructionLine(destruction_id=row.id, item_id=item.id, item_number=item.number,
                                    item_title=item.title))
    session.flush()
    return destruction_view(session, row)


def _in_state(uow: UnitOfWork, batch_id: str, state: str) -> Destruction:
    row = _load(uow.session, batch_id)
    if row.status != state:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Destruction batch {number} is {state}: this step is not "
                                                   "possible now."), number=row.number,
                       state=rules.DESTRUCTION_STATES[row.status])
    return row


def appraise(uow: UnitOfWork, line_id: str, decision: str, keep_years: int | None = None,
             reason: str = "") -> DestructionView:
    """The appraisal (鉴定) of one item: destroy, or keep `keep_years` more years (with the reason)."""
    uow.actor.require("archive.destroy")
    line = uow.session.get(DestructionLine, line_id)
    if line is None or line.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such destruction line."))
    row = _in_state(uow, line.destruction_id, "draft")
    decision = rules.choice(decision, ("destroy", "keep"), "decision")
    reason = rules.text(reason, "reason", 1000)
    if decision == "keep":
        if keep_years is None or not 1 <= int(keep_years) <= MAX_KEEP_YEARS:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Keep it 1 to {limit} more years."),
                                  field="keep_years", limit=MAX_KEEP_YEARS)
        if not reason:
            raise ValidationError(QT_TRANSLATE_NOOP("errors", "Say why the item is kept longer."), field="reason")
    line.decision = decision
    line.keep_years = int(keep_years) if decision == "keep" else None
    line.reason = reason or None
    uow.session.flush()
    return destruction_view(uow.session, row)


def submit(uow: UnitOfWork, batch_id: str) -> DestructionView:
    uow.actor.require("archive.destroy")
    row = _in_state(uow, batch_id, "draft")
    undecided = [line.item_number for line, _item in _lines(uow.session, row.id) if not line.decision]
    if undecided:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Appraise every item first: {numbers}."), field="decision",
                              numbers="、".join(undecided[:5]))
    row.status = "submitted"
    row.appraised_by = actor_name(uow.actor)
    uow.session.flush()
    return destruction_view(uow.session, row)


def _to_destroy(uow: UnitOfWork, row: Destruction) -> list[tuple[DestructionLine, ArchiveItem]]:
    return [(line, item) for line, item in _lines(uow.session, row.id) if line.decision == "destroy"]


def _none_on_loan(pairs: list[tuple[DestructionLine, ArchiveItem]]) -> None:
    lent = [item.number for _line, item in pairs if item.status == rules.ON_LOAN]
    if lent:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Items on loan cannot be destroyed: {numbers}. Wait for their "
                                                   "return."), numbers="、".join(lent))


def approve(uow: UnitOfWork, batch_id: str, comment: str = "") -> DestructionView:
    """Approve the batch; the most confidential item to destroy sets the least role. Items kept get
    their longer retention now."""
    uow.actor.require("archive.destroy.approve")
    row = _in_state(uow, batch_id, "submitted")
    pairs = _lines(uow.session, row.id)
    level = rules.highest_level([item.confidentiality for line, item in pairs if line.decision == "destroy"])
    if not rules.role_may_approve(uow.actor.role, level):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The batch holds {level} items: destroying them needs the "
                                                          "approval of {role}."), field="approver",
                              level=rules.LEVEL_WORDS[level], role=rules.ROLE_WORDS[rules.approval_role(level)])
    _none_on_loan([(line, item) for line, item in pairs if line.decision == "destroy"])
    for line, item in pairs:
        if line.decision == "keep" and item.retention_until is not None:
            item.retention_until = rules.retention_until(item.retention_until, line.keep_years)
    row.status = "approved"
    row.approved_by = actor_name(uow.actor)
    row.approved_at = uow.now()
    row.decision_comment = rules.text(comment, "comment", 1000) or None
    uow.session.flush()
    return destruction_view(uow.session, row)


def reject(uow: UnitOfWork, batch_id: str, comment: str) -> DestructionView:
    uow.actor.require("archive.destroy.approve")
    row = _in_state(uow, batch_id, "submitted")
    row.decision_comment = rules.text(comment, "comment", 1000, True)
    row.status = "rejected"
    row.approved_by = actor_name(uow.actor)
    row.approved_at = uow.now()
    uow.session.flush()
    return destruction_view(uow.session, row)


def complete(uow: UnitOfWork, batch_id: str, method: str, destroyed_on: date, witnesses: Sequence[str],
             place: str = "", executed_by: str = "") -> DestructionView:
    """Record the destruction itself: how, when, where, who witnessed. The items stay in the
    register as destroyed."""
    uow.actor.require("archive.destroy")
    row = _in_state(uow, batch_id, "approved")
    method = rules.choice(method, rules.METHODS, "method")
    destroyed_on = rules.as_date(destroyed_on, "destroyed_on")
    if destroyed_on > local_today(uow):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The destruction date cannot be in the future."),
                              field="destroyed_on")
    names = list(dict.fromkeys(w.strip() for w in witnesses if w and w.strip()))
    if len(names) < MIN_WITNESSES:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "At least {count} witnesses attend a destruction."),
                              field="witnesses", count=MIN_WITNESSES)
    pairs = _to_destroy(uow, row)
    _none_on_loan(pairs)
    for _line, item in pairs:
        item.status = rules.DESTROYED
        item.destroyed_on = destroyed_on
    row.method = method
    row.destroyed_on = destroyed_on
    row.place = rules.text(place, "place", 200) or None
    row.witnesses = "\n".join(rules.text(n, "witnesses", 100) for n in names)
    row.executed_by = rules.text(executed_by, "executed_by", 100) or actor_name(uow.actor)
    row.status = "done"
    uow.session.flush()
    return destruction_view(uow.session, row)
