"""Many new rows of one synced table in a single statement, kept to the unit of work's rules.

`insert_synced` fills the bookkeeping columns exactly as the unit of work does at flush time (id,
branch, who/when, HLC) and writes one audit entry per row, but with one executemany instead of an
ORM flush per object — for the few actions that create thousands of rows at once (a count session
over every product, the adjustments of its approval, an import).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from neiqin.core.audit import AuditEntry, bulk_entries
from neiqin.core.ids import new_id


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
