"""Open sync conflicts of this computer and their resolution by a person (the Conflicts view).

A pulled `sync_conflict` row holds both values of a field that two computers changed; the
provisional winner is already in the record. Resolving one is a single unit of work: the chosen
value is written to the record as a normal local edit (the outbox captures it, so the next push
carries it to the server and every office), the local conflict is marked resolved (who, when,
which value) and the mark is queued in `sync_resolution`; the next round sets it on the server's
`sync_conflict` row and logs it there, so the other offices pull it as resolved.

"Mine" is the value this computer sent; when both changes came from other computers it is the
provisional winner (the value this database holds). A state field only moves forward: its
conflict is acknowledged, never turned back. Only free-text fields can be merged by hand.

A person sees (and counts, and resolves) only the conflicts of fields the app would show them
(`conflict_access`). `States` maps a table with a state field to the translation context and
titles of its states, so the view shows 已审核 rather than `approved`; the composition root
collects it from the modules.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Boolean, Column, Connection, Date, DateTime, Integer, String, Text, text
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeDecorator

from neiqin.core.contributions import DashboardItem
from neiqin.core.db.base import Base
from neiqin.core.db.types import Money
from neiqin.core.errors import QT_TRANSLATE_NOOP, NotFound, PermissionDenied, ValidationError
from neiqin.core.sync.catalog import raw_type
from neiqin.core.sync.conflict_access import ConflictAccess

#: the permission to resolve conflicts
RESOLVE = "sync.resolve"
CONFLICT, STATE = "sync_conflict", "sync_state"
#: resolutions made here and not yet marked on the server
RESOLUTIONS = "sync_resolution"
KEEP_MINE, KEEP_THEIRS, MERGE = "mine", "theirs", "merge"
CHOICES = (KEEP_MINE, KEEP_THEIRS, MERGE)
DASHBOARD_GROUP = QT_TRANSLATE_NOOP("dashboard", "Sync conflicts")
#: columns that name a record for a person, first found wins
LABEL_COLUMNS = ("number", "name", "title", "subject", "code")
_RESOLUTIONS_DDL = (f"CREATE TABLE IF NOT EXISTS {RESOLUTIONS} (conflict_id TEXT PRIMARY KEY, "
                    "resolved_at TEXT NOT NULL, resolved_by TEXT, resolution TEXT NOT NULL)")


@dataclass(frozen=True)
class OpenConflict:
    id: str
    table: str
    row_id: str
    column: str
    kind: str  # field | status | edit_delete
    mine: Any
    theirs: Any
    #: the provisional winner (the value the record holds) is "mine"
    mine_won: bool
    #: this computer made one of the two changes
    mine_here: bool
    created_at: datetime | None
    record: str
    #: a free-text field a person may merge by hand
    mergeable: bool
    #: the values are amounts of money
    money: bool = False
    #: a state field: the translation context and source titles of its states (`states` below)
    state_context: str = ""
    state_titles: dict[str, str] = field(default_factory=dict)

    def allows(self, choice: str) -> bool:
        if choice == MERGE:
            return self.mergeable
        if self.kind == "status":  # forward only: the later state stays
            return (choice == KEEP_MINE) == self.mine_won
        return choice in (KEEP_MINE, KEEP_THEIRS)


def _table_exists(connection: Connection, name: str) -> bool:
    return connection.execute(text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :n"),
                              {"n": name}).first() is not None


def _model(table: str):
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == table:
            return mapper.class_
    raise NotFound(QT_TRANSLATE_NOOP("sync", "This program does not know the table {table}."), table=table)


def _python(column: Column, stored: str | None) -> Any:
    """A conflict value (the canonical text of the server value) as the model's Python value."""
    if stored is None:
        return None
    kind = raw_type(column)
    if isinstance(kind, Boolean):
        value: Any = stored in ("1", "true", "True")
    elif isinstance(kind, Integer):
        value = int(stored)
    elif isinstance(kind, DateTime):
        value = datetime.fromisoformat(stored)
    elif isinstance(kind, Date):
        value = date.fromisoformat(stored[:10])
    else:
        value = stored
    if isinstance(column.type, TypeDecorator):
        value = column.type.process_result_value(value, None)
    return value


def _mergeable(column: Column, kind: str) -> bool:
    raw = raw_type(column)
    return (kind == "field" and isinstance(raw, String | Text) and not column.foreign_keys
            and not column.primary_key and not column.name.endswith("_id") and column.name != "status")


def _label(record) -> str:
    for name in LABEL_COLUMNS:
        value = getattr(record, name, None)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def _client_id(connection: Connection) -> str | None:
    return connection.execute(text(f"SELECT client_id FROM {STATE}")).scalar()


def _open_rows(connection: Connection, conflict_id: str | None = None) -> list:
    if not _table_exists(connection, CONFLICT):
        return []
    pending = f"AND id NOT IN (SELECT conflict_id FROM {RESOLUTIONS})" if _table_exists(connection, RESOLUTIONS) \
        else ""
    only = "AND id = :id" if conflict_id else ""
    return connection.execute(text(
        f"SELECT * FROM {CONFLICT} WHERE resolved_at IS NULL {pending} {only} ORDER BY created_at, id"),
        {"id": conflict_id}).all()


#: table -> (translation context, {state: source title})
States = dict[str, tuple[str, dict[str, str]]]


def _visible(session: Session, rows: list, actor) -> list:
    access = ConflictAccess(actor.permissions, _model)
    return [row for row in rows if access.may_see(session, row.table_name, row.column_name, row.row_id)]


def _as_conflict(session: Session, row, me: str | None, states: States | None = None) -> OpenConflict:
    model = _model(row.table_name)
    column = model.__table__.c[row.column_name]
    winner, loser = (_python(column, json.loads(v)) if v is not None else None
                     for v in (row.winner_value, row.loser_value))
    mine_won = row.loser_client != me
    mine, theirs = (winner, loser) if mine_won else (loser, winner)
    record = session.get(model, row.row_id)
    created = datetime.fromisoformat(row.created_at) if isinstance(row.created_at, str) else row.created_at
    context, titles = (states or {}).get(row.table_name, ("", {})) if row.kind == "status" else ("", {})
    return OpenConflict(row.id, row.table_name, row.row_id, row.column_name, row.kind, mine, theirs, mine_won,
                        me in (row.winner_client, row.loser_client), created,
                        _label(record) if record is not None else "", _mergeable(column, row.kind),
                        isinstance(column.type, Money), context, dict(titles))


def open_conflicts(db, actor, states: States | None = None) -> list[OpenConflict]:
    """The open conflicts of this database that `actor` may see, oldest first."""
    with db.read() as session:
        connection = session.connection()
        rows = _visible(session, _open_rows(connection), actor)
        me = _client_id(connection) if rows else None
        return [_as_conflict(session, row, me, states) for row in rows]


def open_count(session: Session, actor=None) -> int:
    """Open conflicts: those `actor` may see, or all of them (no actor: the database's own count)."""
    connection = session.connection()
    if actor is not None:
        return len(_visible(session, _open_rows(connection), actor))
    if not _table_exists(connection, CONFLICT):
        return 0
    pending = f"AND id NOT IN (SELECT conflict_id FROM {RESOLUTIONS})" if _table_exists(connection, RESOLUTIONS) \
        else ""
    return connection.execute(text(f"SELECT count(*) FROM {CONFLICT} WHERE resolved_at IS NULL {pending}")
                              ).scalar_one()


def dashboard_items(session: Session, actor, today) -> list[DashboardItem]:
    """The work dashboard's "Sync conflicts" group: one item per open conflict `actor` may see."""
    connection = session.connection()
    rows = _visible(session, _open_rows(connection), actor)
    if not rows:
        return []
    me = _client_id(connection)
    items = []
    for row in rows:
        conflict = _as_conflict(session, row, me)
        items.append(DashboardItem(
            module="sync", group=DASHBOARD_GROUP, title=conflict.record or conflict.table, record_id=conflict.id,
            detail=conflict.column, detail_context="fields", kind="conflict", severity="warning",
            due=conflict.created_at.date().isoformat() if conflict.created_at else ""))
    return items


def _canonical(value: Any) -> str | None:
    """A value in the spelling of the server's conflict columns (naive UTC times)."""
    from neiqin.core.sync.values import canonical

    if isinstance(value, datetime) and value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return canonical(value)


def resolve(db, actor, conflict_id: str, choice: str, merged: str | None = None) -> Any:
    """Keep mine, keep theirs or a merged text; returns the value the record now holds."""
    actor.require(RESOLVE)
    if choice not in CHOICES:
        raise ValidationError(QT_TRANSLATE_NOOP("sync", "Choose which value to keep."), field="choice")
    with db.unit_of_work(actor) as uow:
        session = uow.session
        connection = session.connection()
        rows = _open_rows(connection, conflict_id)
        if not rows:
            raise NotFound(QT_TRANSLATE_NOOP("sync", "This conflict was resolved meanwhile."))
        missing = ConflictAccess(actor.permissions, _model).missing(session, rows[0].table_name,
                                                                     rows[0].column_name, rows[0].row_id)
        if missing is not None:
            raise PermissionDenied(missing, actor.username)
        conflict = _as_conflict(session, rows[0], _client_id(connection))
        if not conflict.allows(choice):
            if conflict.kind == "status":
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "sync", "A state only moves forward: the later state stays. Use the record's own actions to "
                            "change it."), field="choice")
            raise ValidationError(QT_TRANSLATE_NOOP("sync", "Only a text field can be merged by hand."),
                                  field="choice")
        model = _model(conflict.table)
        column = model.__table__.c[conflict.column]
        value = {KEEP_MINE: conflict.mine, KEEP_THEIRS: conflict.theirs}.get(choice)
        if choice == MERGE:
            value = (merged or "").strip()
            limit = raw_type(column).length
            if limit and len(value) > limit:
                raise ValidationError(QT_TRANSLATE_NOOP("sync", "The merged text is longer than {limit} characters."),
                                      field="merged", limit=limit)
        record = session.get(model, conflict.row_id)
        if record is None:
            raise NotFound(QT_TRANSLATE_NOOP("sync", "The record of this conflict is not in this database."))
        if conflict.kind != "status" and getattr(record, conflict.column) != value:
            setattr(record, conflict.column, value)
        if choice == MERGE:
            kept = "merged"
        else:
            kept = "winner" if (choice == KEEP_MINE) == conflict.mine_won else "loser"
        now = uow.now().astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
        resolution = json.dumps({"choice": kept, "value": _canonical(value), "by": actor.username},
                                ensure_ascii=False)
        connection.execute(text(f"UPDATE {CONFLICT} SET resolved_at = :at, resolved_by = :by, resolution = :r "
                                "WHERE id = :id"), {"at": now, "by": actor.user_id, "r": resolution, "id": conflict.id})
        connection.execute(text(_RESOLUTIONS_DDL))
        connection.execute(text(f"INSERT OR REPLACE INTO {RESOLUTIONS} (conflict_id, resolved_at, resolved_by, "
                                "resolution) VALUES (:id, :at, :by, :r)"),
                           {"id": conflict.id, "at": now, "by": actor.user_id, "r": resolution})
        return value


def pending_resolutions(connection: Connection) -> list[dict]:
    """Resolutions made here that the server has not marked yet."""
    if not _table_exists(connection, RESOLUTIONS):
        return []
    return [{"id": r.conflict_id, "resolved_at": datetime.fromisoformat(r.resolved_at), "resolved_by": r.resolved_by,
             "resolution": r.resolution}
            for r in connection.execute(text(f"SELECT * FROM {RESOLUTIONS} ORDER BY resolved_at"))]


def forget_sent(connection: Connection, conflict_ids: list[str]) -> None:
    for conflict_id in conflict_ids:
        connection.execute(text(f"DELETE FROM {RESOLUTIONS} WHERE conflict_id = :id"), {"id": conflict_id})
