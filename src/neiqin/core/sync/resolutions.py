"""The server side of a person's conflict resolution: the conflict row marked, the mark logged.

`mark_resolved` runs in one server transaction per round. It sets who, when and which value on the
still-open `sync_conflict` rows and writes one change-log entry each, so every office pulls the
conflict as resolved. A conflict another office resolved first keeps that resolution (the value
chosen here still arrives as a normal edit and is merged like any other).
"""

from __future__ import annotations

from sqlalchemy import Connection, MetaData, select, update

from neiqin.core.sync.schema import CHANGE, CONFLICT
from neiqin.core.sync.server import check_server
from neiqin.core.sync.server_write import allocate, log_entries


def mark_resolved(connection: Connection, meta: MetaData, client_id: str, pending: list[dict]) -> int:
    """`pending`: dicts of id, resolved_at, resolved_by, resolution; returns how many were marked."""
    check_server(connection)
    table = meta.tables[CONFLICT]
    found = []
    for item in pending:
        row = connection.execute(select(table.c.branch_id)
                                 .where(table.c.id == item["id"], table.c.resolved_at.is_(None))
                                 .with_for_update()).first()
        if row is not None:
            found.append((item, row.branch_id))
    if not found:
        return 0
    log = []
    for (item, branch_id), seq in zip(found, allocate(connection, len(found)), strict=True):
        log.append({"seq": seq, "table_name": CONFLICT, "row_id": item["id"], "client_id": client_id, "op": "update",
                    "hlc": None, "branch_id": branch_id})
        connection.execute(update(table).where(table.c.id == item["id"]).values(
            resolved_at=item["resolved_at"], resolved_by=item["resolved_by"], resolution=item["resolution"],
            server_version=seq))
    log_entries(connection, meta.tables[CHANGE], log)
    return len(log)
