"""The document register (收发文登记): incoming and outgoing documents with their own numbering and
distribution, circulation (传阅) in a fixed order with each reader's sign-off time, and filing a
document into the archive register."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from neiqin.core.auth.actor import Actor
from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from neiqin.core.search import index_record
from neiqin.modules.archive import rules
from neiqin.modules.archive.models import CirculationReader, Document
from neiqin.modules.archive.schemas import DocumentInput, DocumentView, ItemInput, ReaderView
from neiqin.modules.archive.service import MODULE, create_item, local_today, new_number

ENTITY = "archive_document"
MAX_READERS = 30


def _readers(session: Session, document_id: str) -> list[CirculationReader]:
    return list(session.scalars(select(CirculationReader).where(CirculationReader.document_id == document_id,
                                                                CirculationReader.deleted_at.is_(None))
                                .order_by(CirculationReader.seq)))


def document_view(session: Session, doc: Document) -> DocumentView:
    readers = tuple(ReaderView(r.id, r.seq, r.reader_name, r.department or "", r.signed_at, r.comment or "")
                    for r in _readers(session, doc.id))
    return DocumentView(doc.id, doc.number, doc.direction, doc.reference or "", doc.title, doc.sender, doc.receiver,
                        doc.doc_date, doc.copies, doc.distribution or "", doc.urgency, doc.confidentiality,
                        doc.status, doc.item_id, doc.notes or "", readers)


def _load(session: Session, document_id: str) -> Document:
    doc = session.get(Document, document_id)
    if doc is None or doc.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such document."))
    return doc


def get_document(session: Session, actor: Actor, document_id: str) -> DocumentView:
    actor.require("archive.view")
    return document_view(session, _load(session, document_id))


def get_document_by_number(session: Session, actor: Actor, number: str) -> DocumentView:
    actor.require("archive.view")
    doc = session.scalar(select(Document).where(Document.number == (number or "").strip().upper(),
                                                Document.deleted_at.is_(None)))
    if doc is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No document numbered {number}."), number=number)
    return document_view(session, doc)


def _apply(uow: UnitOfWork, doc: Document, data: DocumentInput) -> None:
    doc.title = rules.text(data.title, "title", 300, True)
    doc.sender = rules.text(data.sender, "sender", 200, True)
    doc.receiver = rules.text(data.receiver, "receiver", 300, True)
    doc.reference = rules.text(data.reference, "reference", 80) or None
    doc.distribution = "\n".join(line.strip() for line in rules.text(data.distribution, "distribution", 2000)
                                 .splitlines() if line.strip()) or None
    doc.urgency = rules.choice(data.urgency, rules.URGENCIES, "urgency")
    doc.confidentiality = rules.choice(data.confidentiality, rules.LEVELS, "confidentiality")
    doc.doc_date = data.doc_date or local_today(uow)
    if not 1 <= int(data.copies or 0) <= 10000:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The number of copies is 1 or more."), field="copies")
    doc.copies = int(data.copies)
    doc.notes = rules.text(data.notes, "notes", 2000) or None


def _reindex(session: Session, doc: Document) -> None:
    index_record(session, ENTITY, doc.id, MODULE, doc.title, f"{doc.number} · {doc.sender}",
                 (doc.number, doc.reference or "", doc.sender, doc.receiver), (doc.title, doc.sender))


def create_document(uow: UnitOfWork, data: DocumentInput) -> DocumentView:
    """Register a received (SW-…) or sent (FW-…) document."""
    uow.actor.require("archive.edit")
    direction = rules.choice(data.direction, rules.DIRECTIONS, "direction")
    doc = Document(direction=direction, status="registered")
    _apply(uow, doc, data)
    doc.number = new_number(uow, rules.DIRECTION_PREFIX[direction], doc.doc_date)
    uow.session.add(doc)
    uow.session.flush()
    _reindex(uow.session, doc)
    return document_view(uow.session, doc)


def update_document(uow: UnitOfWork, document_id: str, data: DocumentInput) -> DocumentView:
    uow.actor.require("archive.edit")
    doc = _load(uow.session, document_id)
    if data.direction != doc.direction:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A received document cannot become a sent one, or the "
                                                          "other way round: register it anew."), field="direction")
    _apply(uow, doc, data)
    uow.session.flush()
    _reindex(uow.session, doc)
    return document_view(uow.session, doc)


def set_readers(uow: UnitOfWork, document_id: str, readers: Sequence[tuple[str, str]]) -> DocumentView:
    """The circulation list, in reading order: (name, department) pairs. Fixed once someone signed."""
    uow.actor.require("archive.edit")
    doc = _load(uow.session, document_id)
    current = _readers(uow.session, doc.id)
    if any(r.signed_at is not None for r in current):
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Circulation of {number} has begun: the readers and their order "
                                                   "can no longer change."), number=doc.number)
    cleaned = []
    for name, department in readers:
        name = rules.text(name, "readers", 100)
        if name:
            cleaned.append((name, rules.text(department, "readers", 100)))
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Name at least one reader."), field="readers")
    if len(cleaned) > MAX_READERS:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "At most {limit} readers."), field="readers",
                              limit=MAX_READERS)
    names = [name for name, _ in cleaned]
    duplicate = next((n for n in names if names.count(n) > 1), None)
    if duplicate:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "{name} is on the list twice."), field="readers",
                              name=duplicate)
    for row in current:
        row.deleted_at = uow.now()
    for seq, (name, department) in enumerate(cleaned, start=1):
        uow.session.add(CirculationReader(document_id=doc.id, seq=seq, reader_name=name,
                                          department=department or None))
    doc.status = "circulating"
    uow.session.flush()
    return document_view(uow.session, doc)


def sign_off(uow: UnitOfWork, document_id: str, reader_id: str, at: datetime | None = None,
             comment: str = "") -> DocumentView:
    """The next reader in order signs the circulation slip (sign-off time `at`, default now)."""
    uow.actor.require("archive.edit")
    doc = _load(uow.session, document_id)
    readers = _readers(uow.session, doc.id)
    waiting = next((r for r in readers if r.signed_at is None), None)
    if waiting is None:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "Every reader of {number} has signed already."),
                       number=doc.number)
    reader = next((r for r in readers if r.id == reader_id), None)
    if reader is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This reader is not on the circulation list."))
    if reader.id != waiting.id:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "The document circulates in order: {name} reads it first."),
                       name=waiting.reader_name)
    when = at or uow.now()
    if when > uow.now():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The sign-off time cannot be in the future."), field="at")
    previous = [r.signed_at for r in readers if r.signed_at is not None]
    if previous and when < max(previous):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "The sign-off time is before the previous reader's."),
                              field="at")
    reader.signed_at = when
    reader.comment = rules.text(comment, "comment", 1000) or None
    if all(r.signed_at is not None for r in readers):
        doc.status = "circulated"
    uow.session.flush()
    return document_view(uow.session, doc)


def file_document(uow: UnitOfWork, document_id: str, room: str, cabinet: str = "", shelf: str = "", box: str = "",
                  retention_years: int | None = 10) -> DocumentView:
    """Register the document in the archive (归档) at the given place."""
    doc = _load(uow.session, document_id)
    if doc.item_id is not None:
        raise Conflict(QT_TRANSLATE_NOOP("errors", "{number} is filed in the archive already."), number=doc.number)
    title = f"{rules.DIRECTION_WORDS[doc.direction]}：{doc.title}"
    item = create_item(uow, ItemInput(title=title[:300], category="行政文件", kind="paper", doc_date=doc.doc_date,
                                      room=room, cabinet=cabinet, shelf=shelf, box=box,
                                      retention_years=retention_years, confidentiality=doc.confidentiality,
                                      notes=f"{doc.number} {doc.reference or ''}".strip()))
    doc.item_id = item.id
    uow.session.flush()
    return document_view(uow.session, doc)
