"""Attachments (scans of signed forms, receipts, contracts): files stored once by content hash,
linked to records through one table so every module attaches files the same way.

Files live under `paths.attachments_dir(database)` as `ab/cdef….ext` (the SHA-256 split after two
characters); a file is written to a temporary name and renamed, so a crash never leaves half a file
under its hash. The `attachment` row only refers to the hash: identical content is stored once.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import BigInteger, Index, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from neiqin.core.db.base import Base, Synced
from neiqin.core.db.session import UnitOfWork
from neiqin.core.errors import QT_TRANSLATE_NOOP, NeiqinError, NotFound, ValidationError
from neiqin.paths import attachments_dir

MAX_SIZE = 50 * 1024 * 1024
_CHUNK = 1024 * 1024
_HASH = re.compile(r"^[0-9a-f]{64}$")
_EXTENSION = re.compile(r"^\.[0-9a-z]{1,10}$")


@dataclass(frozen=True)
class AttachmentRef:
    sha256: str
    size: int
    filename: str
    mime: str


@dataclass(frozen=True)
class AttachmentView:
    id: str
    sha256: str
    filename: str
    mime: str
    size: int
    owner_table: str
    owner_id: str
    note: str | None
    created_at: datetime | None
    created_by: str | None


class Attachment(Synced, Base):
    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_owner", "owner_table", "owner_id"),)

    sha256: Mapped[str] = mapped_column(String(64), nullable=False, index=True)
    filename: Mapped[str] = mapped_column(String(255), nullable=False)
    mime: Mapped[str] = mapped_column(String(100), nullable=False)
    size: Mapped[int] = mapped_column(BigInteger, nullable=False)
    owner_table: Mapped[str] = mapped_column(String(64), nullable=False)
    owner_id: Mapped[str] = mapped_column(String(36), nullable=False)
    note: Mapped[str | None] = mapped_column(Text)


class AttachmentStore:
    """The content-addressed folder of one database."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    @classmethod
    def of(cls, db_path_or_dir: Path | str) -> AttachmentStore:
        """The store of a database file, or an explicit store folder."""
        where = Path(db_path_or_dir)
        return cls(where if where.is_dir() else attachments_dir(where))

    def store(self, source: Path | str | bytes, filename: str | None = None) -> AttachmentRef:
        """Save a file (or bytes) and return its reference; storing the same content again is a no-op."""
        if isinstance(source, bytes | bytearray):
            if not filename:
                raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the file a name."), field="filename")
            _check_size(len(source), filename)
            view = memoryview(source)  # no copy of up to 50 MB
            chunks = (view[start:start + _CHUNK] for start in range(0, len(view), _CHUNK))
        else:
            source = Path(source)
            filename = filename or source.name
            chunks = None
        name = _clean_filename(filename)
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            if chunks is None:
                if not source.is_file():
                    raise NotFound(QT_TRANSLATE_NOOP("errors", "The file {path} does not exist."), path=str(source))
                _check_size(source.stat().st_size, name)
                with source.open("rb") as handle:
                    digest, size, temp = self._write_temp(iter(lambda: handle.read(_CHUNK), b""), name)
            else:
                digest, size, temp = self._write_temp(chunks, name)
            existing = self._find(digest)
            if existing is not None:
                temp.unlink(missing_ok=True)
            else:
                final = self._path_for(digest, name)
                final.parent.mkdir(exist_ok=True)
                os.replace(temp, final)
        except OSError as exc:
            raise NeiqinError(QT_TRANSLATE_NOOP("errors", "The attachment {name} could not be saved: {reason}"),
                              name=name, reason=exc.strerror or str(exc)) from exc
        return AttachmentRef(sha256=digest, size=size, filename=name, mime=_mime_of(name))

    def open_path(self, sha256: str) -> Path:
        """The stored file with this hash, to open or print. NotFound when it is missing."""
        found = self._find(_check_hash(sha256))
        if found is None:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "The attached file {sha256} is missing from {folder}."),
                           sha256=sha256, folder=str(self.root))
        return found

    def verify(self, sha256: str) -> bool:
        """Re-hash the stored file: False when it is missing or its content changed."""
        found = self._find(_check_hash(sha256))
        if found is None:
            return False
        digest = hashlib.sha256()
        with found.open("rb") as handle:
            for chunk in iter(lambda: handle.read(_CHUNK), b""):
                digest.update(chunk)
        return digest.hexdigest() == sha256

    def _write_temp(self, chunks, name: str) -> tuple[str, int, Path]:
        digest = hashlib.sha256()
        size = 0
        handle, temp_name = tempfile.mkstemp(prefix=".incoming-", suffix=".tmp", dir=self.root)
        temp = Path(temp_name)
        try:
            with os.fdopen(handle, "wb") as out:
                for chunk in chunks:
                    size += len(chunk)
                    _check_size(size, name)  # the file may grow while we read it
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        return digest.hexdigest(), size, temp

    def _path_for(self, sha256: str, filename: str) -> Path:
        extension = Path(filename).suffix.lower()
        extension = extension if _EXTENSION.match(extension) else ""
        return self.root / sha256[:2] / f"{sha256[2:]}{extension}"

    def _find(self, sha256: str) -> Path | None:
        folder = self.root / sha256[:2]
        if not folder.is_dir():
            return None
        rest = sha256[2:]
        for candidate in sorted(folder.iterdir()):
            if candidate.is_file() and (candidate.name == rest or candidate.name.startswith(rest + ".")):
                return candidate
        return None


def store(db_path_or_dir: Path | str, source: Path | str | bytes, filename: str | None = None) -> AttachmentRef:
    return AttachmentStore.of(db_path_or_dir).store(source, filename)


def open_path(db_path_or_dir: Path | str, sha256: str) -> Path:
    return AttachmentStore.of(db_path_or_dir).open_path(sha256)


def verify(db_path_or_dir: Path | str, sha256: str) -> bool:
    return AttachmentStore.of(db_path_or_dir).verify(sha256)


def attach(uow: UnitOfWork, owner_table: str, owner_id: str, ref: AttachmentRef,
           note: str | None = None) -> AttachmentView:
    """Link a stored file to a record. The owner module's service checks its own permission."""
    if not owner_table or not owner_id:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose the record to attach the file to."),
                              field="owner")
    if uow.db.path is not None:
        AttachmentStore.of(uow.db.path).open_path(ref.sha256)  # never link a file that is not stored
    row = Attachment(sha256=ref.sha256, filename=ref.filename, mime=ref.mime, size=ref.size,
                     owner_table=owner_table, owner_id=owner_id, note=(note or "").strip() or None)
    uow.session.add(row)
    uow.session.flush()
    return _view(row)


def detach(uow: UnitOfWork, attachment_id: str) -> None:
    """Remove the link (soft delete, audited); the stored file stays for other links and backups."""
    row = uow.session.get(Attachment, attachment_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No such attachment."))
    row.deleted_at = uow.now()
    uow.session.flush()


def attachments_of(session: Session, owner_table: str, owner_id: str) -> list[AttachmentView]:
    rows = session.scalars(
        select(Attachment)
        .where(Attachment.owner_table == owner_table, Attachment.owner_id == owner_id,
               Attachment.deleted_at.is_(None))
        .order_by(Attachment.created_at, Attachment.id)
    )
    return [_view(row) for row in rows]


def _view(row: Attachment) -> AttachmentView:
    return AttachmentView(id=row.id, sha256=row.sha256, filename=row.filename, mime=row.mime, size=row.size,
                          owner_table=row.owner_table, owner_id=row.owner_id, note=row.note,
                          created_at=row.created_at, created_by=row.created_by)


def _check_size(size: int, name: str) -> None:
    if size > MAX_SIZE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{name} is larger than {limit} MB; attach a smaller file."),
            field="file", name=name, limit=MAX_SIZE // (1024 * 1024))


def _check_hash(sha256: str) -> str:
    if not isinstance(sha256, str) or not _HASH.match(sha256):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "“{value}” is not a file hash."),
                              field="sha256", value=sha256)
    return sha256


def _clean_filename(filename: str) -> str:
    name = Path(str(filename).replace("\\", "/")).name.strip()
    if not name or name in (".", ".."):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the file a name."), field="filename")
    return name[:255]


def _mime_of(filename: str) -> str:
    return mimetypes.guess_type(filename, strict=False)[0] or "application/octet-stream"
