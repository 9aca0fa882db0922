"""The check of the register against the shelves (清查核对): a session lists the items of a room (or
every room) by location; each is marked found, missing or misplaced; every discrepancy is resolved
with a note before the session closes."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from neiqin.core.auth.actor import Actor
from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from neiqin.modules.archive import rules
from neiqin.modules.archive.models import ArchiveItem, CheckLine, CheckSession
from neiqin.modules.archive.schemas import CheckLineView, CheckView
from neiqin.modules.archive.service import actor_name, local_today, new_number

PREFIX = "QC"
MARKS = ("found", "missing", "misplaced")


def _lines(session: Session, check_id: str) -> list[CheckLine]:
    return list(session.scalars(select(CheckLine).where(CheckLine.check_id == check_id,
                                                        CheckLine.deleted_at.is_(None))
                                .order_by(CheckLine.location, CheckLine.item_number)))


def check_view(session: Session, row: CheckSession) -> CheckView:
    lines = tuple(CheckLineView(x.id, x.item_id, x.item_number, x.item_title, x.location, x.on_loan, x.result,
                                x.found_location or "", x.resolution or "", x.resolution_note or "",
                                x.resolved_by or "") for x in _lines(session, row.id))
    return CheckView(row.id, row.number, row.title, row.room or "", row.started_on, row.status, row.closed_by or "",
                     row.summary or "", lines)


def _load(session: Session, check_id: str) -> CheckSession:
    row = session.get(CheckSession, check_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such check session."))
    return row


def get_check(session: Session, actor: Actor, check_id: str) -> CheckView:
    actor.require("archive.view")
    return check_view(session, _load(session, check_id))


def rooms(session: Session) -> list[str]:
    return [r for r in session.scalars(select(ArchiveItem.room).where(ArchiveItem.deleted_at.is_(None),
                                                                      ArchiveItem.room.is_not(None))
                                       .distinct().order_by(ArchiveItem.room)) if r]


def start_check(uow: UnitOfWork, title: str, room: str = "") -> CheckView:
    """A new session listing every paper item of `room` (every room when empty) that is kept in the
    archive; items on loan are listed as on loan, not as something to look for."""
    uow.actor.require("archive.check")
    session = uow.session
    title = rules.text(title, "title", 200, True)
    room = rules.text(room, "room", 40)
    if session.scalar(select(CheckSession.id).where(CheckSession.status == "open",
                                                    CheckSession.deleted_at.is_(None))) is not None:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Another check session is open: close it first."))
    query = select(ArchiveItem).where(ArchiveItem.deleted_at.is_(None), ArchiveItem.kind != "electronic",
                                      ArchiveItem.status.in_((rules.IN_STORE, rules.ON_LOAN)))
    if room:
        query = query.where(ArchiveItem.room == room)
    items = list(session.scalars(query.order_by(ArchiveItem.room, ArchiveItem.cabinet, ArchiveItem.shelf,
                                                ArchiveItem.box, ArchiveItem.number)))
    if not items:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "There are no paper items to check there."), field="room")
    today = local_today(uow)
    row = CheckSession(number=new_number(uow, PREFIX, today), title=title, room=room or None, started_on=today,
                       status="open")
    session.add(row)
    session.flush()
    for item in items:
        on_loan = item.status == rules.ON_LOAN
        session.add(CheckLine(check_id=row.id, item_id=item.id, item_number=item.number, item_title=item.title,
                              location=rules.location_text(item.room, item.cabinet, item.shelf, item.box) or "-",
                              on_loan=on_loan, result="on_loan" if on_loan else "unchecked"))
    session.flush()
    return check_view(session, row)


def _open_line(uow: UnitOfWork, line_id: str) -> tuple[CheckSession, CheckLine]:
    line = uow.session.get(CheckLine, line_id)
    if line is None or line.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such check line."))
    session_row = _load(uow.session, line.check_id)
    if session_row.status != "open":
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Check session {number} is closed."), number=session_row.number)
    return session_row, line


def mark(uow: UnitOfWork, line_id: str, result: str, found_location: str = "") -> CheckView:
    """Mark one item found, missing or misplaced (with the place where it was found)."""
    uow.actor.require("archive.check")
    session_row, line = _open_line(uow, line_id)
    if line.on_loan:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "{number} is on loan: it is not on the shelf to check."),
                       number=line.item_number)
    result = rules.choice(result, MARKS, "result")
    found_location = rules.text(found_location, "found_location", 200)
    if result == "misplaced" and not found_location:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Say where the item was found."), field="found_location")
    line.result = result
    line.found_location = found_location if result == "misplaced" else None
    line.resolution = line.resolution_note = line.resolved_by = None
    line.resolved_at = None
    uow.session.flush()
    return check_view(uow.session, session_row)


def resolve(uow: UnitOfWork, line_id: str, resolution: str, note: str) -> CheckView:
    """Resolve a discrepancy: put back or re-registered where found (misplaced); found after all or
    recorded as missing (missing). The note says what was done."""
    uow.actor.require("archive.check")
    session_row, line = _open_line(uow, line_id)
    if line.result not in ("missing", "misplaced"):
        raise Conflict(QT_TRANSLATE_NOOP("errors", "{number} has no discrepancy to resolve."), number=line.item_number)
    resolution = rules.choice(resolution, rules.RESOLUTIONS, "resolution")
    if line.result not in rules.RESOLUTIONS[resolution][1]:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "This resolution does not fit the result of the check."),
                              field="resolution")
    note = rules.text(note, "note", 1000, True)
    item = uow.session.get(ArchiveItem, line.item_id)
    if resolution == "relocated":
        parts = [p.strip() for p in (line.found_location or "").replace("／", "/").split("/")]
        parts += [""] * (4 - len(parts))
        item.room, item.cabinet, item.shelf, item.box = (p or None for p in parts[:4])
    elif resolution == "written_off":
        item.status = rules.MISSING
    line.resolution = resolution
    line.resolution_note = note
    line.resolved_by = actor_name(uow.actor)
    line.resolved_at = uow.now()
    uow.session.flush()
    return check_view(uow.session, session_row)


def close_check(uow: UnitOfWork, check_id: str, summary: str = "") -> CheckView:
    """Close the session once every item is checked and every discrepancy resolved."""
    uow.actor.require("archive.check")
    row = _load(uow.session, check_id)
    if row.status != "open":
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Check session {number} is closed."), number=row.number)
    view = check_view(uow.session, row)
    unchecked = view.count("unchecked")
    if unchecked:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "{count} item(s) are not checked yet."), count=unchecked)
    if view.open_discrepancies:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "{count} discrepancy(ies) are not resolved yet."),
                       count=view.open_discrepancies)
    row.status = "closed"
    row.closed_at = uow.now()
    row.closed_by = actor_name(uow.actor)
    counts = {r: view.count(r) for r in ("found", "misplaced", "missing", "on_loan")}
    row.summary = rules.text(summary, "summary", 2000) or (
        f"在架 {counts['found']}，错位 {counts['misplaced']}，缺失 {counts['missing']}，借出 {counts['on_loan']}")
    uow.session.flush()
    return check_view(uow.session, row)
