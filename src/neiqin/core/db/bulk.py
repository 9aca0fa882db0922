"""Many new rows of one synced table in a single statement, kept to the unit of work's rules.

`insert_synced` fills the bookkeeping columns exactly as the unit of work does at flush time (id,
branch, who/when, HLC) and writes one audit entry per row, but with one executemany instead of an
ORM flush per object — for the few actions that create thousands of rows at once (a count session
over every product, the adjustments of its approval, an import). `update_synced` does the same for
thousands of rows changed at once (the counted quantities of a whole count sheet).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from neiqin.core.audit import AuditEntry, bulk_entries, entry_row
from neiqin.core.db.base import BOOKKEEPING_COLUMNS
from neiqin.core.db.session import REDACTED, _redacted_fields
from neiqin.core.ids import new_id

_READ_CHUNK = 5000  # ids per IN (...) when reading the values before an update


def insert_synced(session: Session, model: type, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Insert `rows` (column → value) of a `Synced` model inside the session's unit of work; returns
    the rows with their ids and bookkeeping. Column defaults apply to keys a row leaves out."""
    if not rows:
        return rows
    actor, db, now = session.info["actor"], session.info["db"], session.info["now"]
    shared = getattr(model, "__shared__", False)
    keys = set().union(*(row.keys() for row in rows))
    defaults = {column.key: column.default.arg for column in model.__table__.columns
                if column.default is not None and column.default.is_scalar and column.key not in keys}
    for row in rows:
        for key, value in defaults.items():
            row.setdefault(key, value)
        for key in keys:
            row.setdefault(key, None)
        row.setdefault("id", new_id())
        if row["id"] is None:
            row["id"] = new_id()
        row["created_at"] = row["updated_at"] = now
        row["created_by"] = row["updated_by"] = actor.user_id
        row["hlc"] = db.clock.now()
        row["branch_id"] = None if shared else (row.get("branch_id") or actor.branch_id)
    session.flush()  # pending ORM changes first, in order
    connection = session.connection()
    connection.execute(insert(model.__table__), rows)
    connection.execute(insert(AuditEntry), bulk_entries(actor, now, model.__tablename__, rows))
    return rows


def update_synced(session: Session, model: type, rows: list[dict[str, Any]],
                  before: Mapping[str, Any] | None = None) -> list[dict[str, Any]]:
    """Update many rows of a `Synced` model by id inside the session's unit of work, with one
    executemany, kept to the flush's rules: a row whose values do not change is left alone; a changed
    row gets `updated_at`, `updated_by` and a new HLC, and one audit entry with its changed fields
    `{field: [old, new]}` (op `delete` when it sets `deleted_at`). The old values are read from the
    database, after pending ORM changes are flushed; ORM objects of the changed rows are expired, so
    they read the new values. SQLite triggers (sync capture) see an ordinary UPDATE.

    Every row has "id" and the same columns to set. `before` saves the read when the caller has just
    read these rows in this transaction: {id: row} with `branch_id` and every column set as
    attributes (a result row). Returns the rows that changed."""
    if not rows:
        return []
    actor, db, now = session.info["actor"], session.info["db"], session.info["now"]
    table = model.__table__
    keys = [key for key in rows[0] if key != "id"]
    if any(row.keys() != rows[0].keys() for row in rows) or "id" not in rows[0]:
        raise ValueError("update_synced: every row needs an id and the same columns")
    if len({row["id"] for row in rows}) != len(rows):
        raise ValueError("update_synced: a row is listed twice")
    if not keys or set(keys) & (BOOKKEEPING_COLUMNS | {"id"}) or any(key not in table.c for key in keys):
        raise ValueError(f"update_synced: cannot set {keys} on {table.name}")
    session.flush()  # pending ORM changes first, in order
    connection = session.connection()
    ids = [row["id"] for row in rows]
    if before is None:
        columns = [table.c.id, table.c.branch_id, *(table.c[key] for key in keys)]
        before = {}
        for start in range(0, len(ids), _READ_CHUNK):
            chunk = ids[start:start + _READ_CHUNK]
            before.update((found.id, found) for found in connection.execute(select(*columns)
                                                                            .where(table.c.id.in_(chunk))))
    missing = [row_id for row_id in ids if row_id not in before]
    if missing:
        raise LookupError(f"update_synced: no {table.name} row {missing[0]}")
    redacted = _redacted_fields(model)
    changed, params, entries = [], [], []
    for row in rows:
        old = before[row["id"]]
        changes = {}
        for key in keys:
            value = getattr(old, key)
            if value != row[key]:
                changes[key] = [value, row[key]]
        if not changes:
            continue
        op = "delete" if "deleted_at" in changes and row["deleted_at"] is not None else "update"
        for key in redacted & changes.keys():
            changes[key] = [None if changes[key][0] is None else REDACTED, REDACTED]
        params.append({**{key: row[key] for key in keys}, "row_id": row["id"], "updated_at": now,
                       "updated_by": actor.user_id, "hlc": db.clock.now()})
        entries.append(entry_row(actor, now, table.name, row["id"], old.branch_id, op, changes))
        changed.append(row)
    if not changed:
        return changed
    # the SET clause comes from the parameters' keys, each bound with its column's type
    connection.execute(update(table).where(table.c.id == bindparam("row_id")), params)
    connection.execute(insert(AuditEntry), entries)
    changed_ids = {row["id"] for row in changed}
    for obj in list(session.identity_map.values()):
        if isinstance(obj, model) and obj.id in changed_ids:
            session.expire(obj)
    return changed
