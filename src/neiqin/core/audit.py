"""The audit trail: who changed what, when — written in the same transaction as the change.

One entry per changed row with the changed fields as JSON `{field: [old, new]}`; views of
confidential fields are entries too (op `view`). The per-record history and the audit report read
from here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, Index, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from neiqin.core.auth.actor import Actor
from neiqin.core.db.base import Base
from neiqin.core.db.types import UtcDateTime
from neiqin.core.ids import new_id


class AuditEntry(Base):
    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entry_row", "table_name", "row_id"),
        Index("ix_audit_entry_at", "at"),
        Index("ix_audit_entry_actor", "actor_id", "at"),
        Index("ix_audit_entry_seq", "seq", unique=True),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    branch_id: Mapped[str | None] = mapped_column(String(36))
    at: Mapped[datetime] = mapped_column(UtcDateTime(), nullable=False)
    actor_id: Mapped[str] = mapped_column(String(36), nullable=False)
    actor_name: Mapped[str] = mapped_column(String(100), nullable=False)
    table_name: Mapped[str] = mapped_column(String(64), nullable=False)
    row_id: Mapped[str] = mapped_column(String(36), nullable=False)
    op: Mapped[str] = mapped_column(String(10), nullable=False)  # insert update delete purge view
    changes: Mapped[str] = mapped_column(Text, nullable=False, default="{}")
    note: Mapped[str | None] = mapped_column(Text)
    #: the hash chain (core.audit_chain): position, the previous entry's hash and this entry's
    seq: Mapped[int | None] = mapped_column(BigInteger)
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    hash: Mapped[str | None] = mapped_column(String(64))


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    return str(value)


def dump_changes(changes: dict[str, list]) -> str:
    return json.dumps(changes, ensure_ascii=False, default=_json_default, sort_keys=True)


def make_entry(actor: Actor, at: datetime, obj: Any, op: str, changes: dict[str, list],
               note: str | None = None) -> AuditEntry:
    return AuditEntry(
        id=new_id(),
        branch_id=getattr(obj, "branch_id", None) or actor.branch_id,
        at=at,
        actor_id=actor.user_id,
        actor_name=actor.display_name or actor.username,
        table_name=obj.__tablename__,
        row_id=obj.id,
        op=op,
        changes=dump_changes(changes),
        note=note,
    )


def log_event(session: Session, actor: Actor, at: datetime, table_name: str, row_id: str, op: str,
              changes: dict[str, list] | None = None, note: str | None = None) -> None:
    """An entry for something that is not a row change: a view of confidential fields, a handover,
    a bulk statement, a sign-in."""
    session.add(AuditEntry(
        id=new_id(), branch_id=actor.branch_id, at=at, actor_id=actor.user_id,
        actor_name=actor.display_name or actor.username, table_name=table_name, row_id=row_id,
        op=op, changes=dump_changes(changes or {}), note=note,
    ))


def bulk_entries(actor: Actor, at: datetime, table_name: str, rows: list[dict[str, Any]]) -> list[dict]:
    """Audit rows for a Core executemany insert (import, demo data): one per inserted row."""
    skip = {"id", "created_at", "created_by", "updated_at", "updated_by", "hlc", "server_version", "branch_id"}
    return [
        {
            "id": new_id(), "branch_id": row.get("branch_id") or actor.branch_id, "at": at,
            "actor_id": actor.user_id, "actor_name": actor.display_name or actor.username,
            "table_name": table_name, "row_id": row["id"], "op": "insert",
            "changes": dump_changes({k: [None, v] for k, v in row.items() if k not in skip and v is not None}),
            "note": None,
        }
        for row in rows
    ]


def entry_row(actor: Actor, at: datetime, table_name: str, row_id: str, branch_id: str | None, op: str,
              changes: dict[str, list], note: str | None = None) -> dict:
    """One audit entry as a row for a Core executemany (a bulk update): the same content as
    `make_entry` gives the unit of work for one changed object."""
    return {"id": new_id(), "branch_id": branch_id or actor.branch_id, "at": at, "actor_id": actor.user_id,
            "actor_name": actor.display_name or actor.username, "table_name": table_name, "row_id": row_id,
            "op": op, "changes": dump_changes(changes), "note": note}


@dataclass(frozen=True)
class FieldChange:
    at: datetime
    actor_name: str
    table_name: str
    row_id: str
    op: str
    field: str
    old: Any
    new: Any
    note: str | None


def _expand(entry: AuditEntry, hidden: frozenset[str]) -> list[FieldChange]:
    changes = json.loads(entry.changes or "{}")
    if not changes:
        return [FieldChange(entry.at, entry.actor_name, entry.table_name, entry.row_id, entry.op,
                            "", None, None, entry.note)]
    out = []
    for field, (old, new) in sorted(changes.items()):
        if field in hidden:
            old, new = ("***" if old is not None else None), ("***" if new is not None else None)
        out.append(FieldChange(entry.at, entry.actor_name, entry.table_name, entry.row_id, entry.op,
                               field, old, new, entry.note))
    return out


def record_history(session: Session, table_name: str, row_id: str,
                   hidden: frozenset[str] = frozenset()) -> list[FieldChange]:
    """Every change of one record, oldest first; `hidden` fields are masked."""
    entries = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.table_name == table_name, AuditEntry.row_id == row_id)
        .order_by(AuditEntry.at, AuditEntry.id)
    )
    return [change for entry in entries for change in _expand(entry, hidden)]


def audit_report(session: Session, *, actor_name: str | None = None, table_name: str | None = None,
                 since: datetime | None = None, until: datetime | None = None, limit: int = 1000,
                 hidden: dict[str, frozenset[str]] | None = None) -> list[FieldChange]:
    """The audit trail filtered by user (name or user name), table and time, newest first."""
    query = select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit)
    if actor_name:
        from neiqin.core.auth.models import User

        ids = select(User.id).where((User.username == actor_name) | (User.display_name == actor_name))
        query = query.where((AuditEntry.actor_name == actor_name) | AuditEntry.actor_id.in_(ids))
    if table_name:
        query = query.where(AuditEntry.table_name == table_name)
    if since:
        query = query.where(AuditEntry.at >= since)
    if until:
        query = query.where(AuditEntry.at <= until)
    hidden = hidden or {}
    return [change for entry in session.scalars(query)
            for change in _expand(entry, hidden.get(entry.table_name, frozenset()))]


def hidden_fields_for(permissions: frozenset[str]) -> dict[str, frozenset[str]]:
    """Per table, the fields this actor may not read in the audit trail.

    A model declares `__confidential__ = frozenset({...})` and optionally
    `__confidential_permission__ = "customers.confidential"`; without that permission (or with
    none declared, as for password hashes) the values are masked.
    """
    from neiqin.core.db.base import Base

    hidden: dict[str, frozenset[str]] = {}
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        fields = getattr(cls, "__confidential__", None)
        if not fields:
            continue
        permission = getattr(cls, "__confidential_permission__", None)
        if permission is None or permission not in permissions:
            hidden[cls.__tablename__] = frozenset(fields)
    return hidden
