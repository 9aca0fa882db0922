"""The database handle and the unit of work: one transaction per user action.

`Database.unit_of_work(actor)` opens a session in a write transaction; on flush it fills the
bookkeeping columns of `Synced` rows (ids, who/when, HLC, branch) and writes one audit entry per
changed row in the same transaction. Leaving the block commits; an exception rolls everything back.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, event, inspect
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from neiqin.core.auth.actor import Actor
from neiqin.core.db.base import BOOKKEEPING_COLUMNS, Synced
from neiqin.core.db.types import utcnow
from neiqin.core.errors import storage_error
from neiqin.core.hlc import HybridClock
from neiqin.core.ids import new_id


@dataclass
class UnitOfWork:
    session: Session
    actor: Actor
    db: Database

    def now(self):
        return self.session.info["now"]


class Database:
    """One open database: engine, clock, session factory. Passed to services, never global."""

    def __init__(self, engine: Engine, path: Path | None = None, node_id: str | None = None) -> None:
        self.engine = engine
        self.path = path
        self.clock = HybridClock(node_id or new_id()[-12:])
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)
        self._readonly_engine = engine.execution_options(readonly=True)
        if not event.contains(engine, "before_cursor_execute", _note_audit_insert):
            event.listen(engine, "before_cursor_execute", _note_audit_insert)

    @contextmanager
    def unit_of_work(self, actor: Actor) -> Iterator[UnitOfWork]:
        try:
            with self._sessions() as session, session.begin():
                session.info["actor"] = actor
                session.info["db"] = self
                session.info["now"] = utcnow()
                yield UnitOfWork(session, actor, self)
                session.flush()
                if _took_audit_insert(session.connection()):
                    _seal_audit(session.connection())
        except OperationalError as exc:
            problem = storage_error(exc.orig or exc, str(self.path or "the database"))
            if problem is None:
                raise
            raise problem from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (deferred transaction; never takes the write lock)."""
        with Session(bind=self._readonly_engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A Core connection in a write transaction, for bulk paths (import, demo data, sync)."""
        with self.engine.begin() as connection:
            yield connection
            if _took_audit_insert(connection):
                _seal_audit(connection)

    def dispose(self) -> None:
        self.engine.dispose()


_AUDIT_INSERT = "INSERT INTO audit_entry"


def _note_audit_insert(connection, _cursor, statement, _parameters, _context, _executemany) -> None:
    """Remember that this connection wrote audit entries, so the commit seals them."""
    if statement.startswith(_AUDIT_INSERT):
        connection.info["audit_unsealed"] = True


def _took_audit_insert(connection: Connection) -> bool:
    return bool(connection.info.pop("audit_unsealed", False))


def _seal_audit(connection: Connection) -> None:
    from neiqin.core.audit_chain import seal  # local: the chain imports the audit model

    seal(connection)


def _fill_bookkeeping(session: Session, obj: Synced, actor: Actor, now, hlc: str, is_new: bool) -> None:
    if is_new:
        if obj.id is None:
            obj.id = new_id()
        obj.created_at = obj.created_at or now
        obj.created_by = obj.created_by or actor.user_id
        if obj.branch_id is None and not obj.__shared__:
            obj.branch_id = actor.branch_id
    obj.updated_at = now
    obj.updated_by = actor.user_id
    obj.hlc = hlc


REDACTED = "***"


def _redacted_fields(obj: Synced) -> frozenset[str]:
    """Secrets nobody may read back (a password hash): confidential with no permission to reveal."""
    if getattr(obj, "__confidential_permission__", None):
        return frozenset()
    return getattr(obj, "__confidential__", frozenset())


def _changes(obj: Synced, is_new: bool) -> dict[str, list]:
    state = inspect(obj)
    changes: dict[str, list] = {}
    redacted = _redacted_fields(obj)
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in BOOKKEEPING_COLUMNS or key == "id":
            continue
        history = state.attrs[key].history
        if is_new:
            value = getattr(obj, key)
            if value is not None:
                changes[key] = [None, value]
        elif history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                changes[key] = [old, new]
    for key in redacted & changes.keys():
        changes[key] = [None if changes[key][0] is None else REDACTED, REDACTED]
    return changes


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _flush_context, _instances) -> None:
    actor: Actor | None = session.info.get("actor")
    if actor is None:
        return  # a plain session (tests, migrations): nothing to stamp
    from neiqin.core.audit import AuditEntry, make_entry  # local: audit imports this module's types

    db: Database = session.info["db"]
    now = session.info["now"]
    entries: list[AuditEntry] = []
    for obj in list(session.new):
        if isinstance(obj, Synced):
            hlc = db.clock.now()
            _fill_bookkeeping(session, obj, actor, now, hlc, is_new=True)
            entries.append(make_entry(actor, now, obj, "insert", _changes(obj, True)))
    for obj in list(session.dirty):
        if isinstance(obj, Synced) and session.is_modified(obj, include_collections=False):
            changes = _changes(obj, False)
            if not changes:
                continue
            op = "delete" if "deleted_at" in changes and obj.deleted_at is not None else "update"
            _fill_bookkeeping(session, obj, actor, now, db.clock.now(), is_new=False)
            entries.append(make_entry(actor, now, obj, op, changes))
    for obj in list(session.deleted):
        if isinstance(obj, Synced):
            entries.append(make_entry(actor, now, obj, "purge", {}))
    for entry in entries:
        session.add(entry)
