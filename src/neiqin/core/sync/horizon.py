"""Change-log clean-up on the server and what a client that fell behind it reads instead.

The change log (`sync_change`) would grow forever. `prune` deletes the entries logged more than
`keep_days` ago, in cursor order: it takes the last old entry that every reader can already see
(PostgreSQL: below `pg_snapshot_xmin`, the same rule as a pull; MariaDB: committed, the counter
orders commits) as the horizon, records per scope (shared entries, each branch) the last pruned
position a client of that scope could have read, then deletes every entry at or below the horizon,
all in one transaction. Rows themselves stay: a deleted row is a tombstone (`deleted_at`) that other
rows may still refer to, so only the log entries that announced it are pruned.

A client whose cursor is below its scope's horizon may have missed changes (deletes among them);
`pull` tells it (`PullBatch.behind`) and it catches up (`reload`): it uploads its own changes
first, takes the `head` of the log as its new cursor, reads its whole scope table by table in key
order (`reload`; conflicts by `scope_conflicts`) and continues pulling from the head.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import Connection, MetaData, or_, select, text, update

from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError
from neiqin.core.sync.schema import CHANGE, CLIENT, CONFLICT, HORIZON, VERSION, is_postgres, server_now
from neiqin.core.sync.server import check_server, parse_cursor, visible_horizon

SHARED = "*"  # the horizon row of the entries every branch reads
_BELOW_XMIN = "xid < pg_snapshot_xmin(pg_current_snapshot())"
_UPTO = "(xid, seq) <= (CAST(CAST(:xid AS text) AS xid8), :seq)"


@dataclass(frozen=True)
class PruneResult:
    horizon: str
    deleted: int
    #: registered computers whose last pull is below their horizon: they reload at their next sync
    behind: int


def _position(connection: Connection, where: str, params: dict[str, Any]) -> tuple[int, int] | None:
    """The last change-log position matching `where` that every reader can see."""
    if is_postgres(connection):
        row = connection.execute(text(
            f"SELECT xid::text::bigint, seq FROM {CHANGE} WHERE {_BELOW_XMIN} AND {where} "
            "ORDER BY xid DESC, seq DESC LIMIT 1"), params).first()
    else:
        row = connection.execute(text(f"SELECT 0, max(seq) FROM {CHANGE} WHERE {where}"), params).first()
        row = row if row is not None and row[1] is not None else None
    return None if row is None else (int(row[0]), int(row[1]))


def prune(connection: Connection, keep_days: int) -> PruneResult:
    """Delete change-log entries older than `keep_days` (by the server's clock); call in a transaction."""
    if isinstance(keep_days, bool) or not isinstance(keep_days, int) or keep_days < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("sync", "The days of changes to keep must be a whole number, 0 "
                                                        "or more: “{days}”."), field="keep_days", days=keep_days)
    check_server(connection)
    connection.execute(text(f"SELECT id FROM {VERSION} WHERE id = 1 FOR UPDATE"))  # one prune at a time
    cutoff = server_now(connection) - timedelta(days=keep_days)
    top = _position(connection, "(logged_at IS NULL OR logged_at < :cutoff)", {"cutoff": cutoff})
    deleted = 0
    if top is not None:
        params = {"xid": top[0], "seq": top[1]}
        if is_postgres(connection):
            last = connection.execute(text(
                f"SELECT DISTINCT ON (branch_id) branch_id, xid::text::bigint, seq FROM {CHANGE} WHERE {_UPTO} "
                "ORDER BY branch_id, xid DESC, seq DESC"), params).all()
            upto = _UPTO
        else:
            last = connection.execute(text(
                f"SELECT branch_id, 0, max(seq) FROM {CHANGE} WHERE seq <= :seq GROUP BY branch_id"), params).all()
            upto = "seq <= :seq"
        _raise_horizons(connection, {branch: (int(xid), int(seq)) for branch, xid, seq in last})
        deleted = connection.execute(text(f"DELETE FROM {CHANGE} WHERE {upto}"), params).rowcount
    behind = 0
    readers = f"SELECT branch_id, pull_cursor FROM {CLIENT} WHERE replaced_by IS NULL"  # not given-up computers
    for client_branch, cursor in connection.execute(text(readers)):
        if parse_cursor(cursor) < parse_cursor(visible_horizon(connection, client_branch)):
            behind += 1
    overall = max((parse_cursor(h) for (h,) in connection.execute(text(f"SELECT horizon FROM {HORIZON}"))),
                  default=(0, 0))
    return PruneResult(f"{overall[0]}:{overall[1]}", deleted, behind)


def _raise_horizons(connection: Connection, last: dict[str | None, tuple[int, int]]) -> None:
    now = server_now(connection)
    stored = {scope: parse_cursor(h) for scope, h in connection.execute(text(f"SELECT scope, horizon FROM {HORIZON}"))}
    for branch, position in last.items():
        scope = SHARED if branch is None else branch
        value = {"s": scope, "b": branch, "h": f"{position[0]}:{position[1]}", "t": now}
        if scope not in stored:
            connection.execute(text(f"INSERT INTO {HORIZON} (scope, branch_id, horizon, pruned_at) "
                                    "VALUES (:s, :b, :h, :t)"), value)
        elif position > stored[scope]:
            connection.execute(text(f"UPDATE {HORIZON} SET horizon = :h, pruned_at = :t WHERE scope = :s"), value)


# ------------------------------------------------------------------------------------- catch-up

def head(connection: Connection, branch_id: str | None) -> str:
    """The cursor a full reload starts from: every entry at or below it was committed before the
    reload reads anything; whatever comes later is pulled afterwards."""
    check_server(connection)
    found = _position(connection, "(branch_id IS NULL OR branch_id = :b)", {"b": branch_id})
    position = max(found or (0, 0), parse_cursor(visible_horizon(connection, branch_id)))
    return f"{position[0]}:{position[1]}"


def scope_conflicts(connection: Connection, meta: MetaData, branch_id: str | None, after: str,
                    limit: int) -> list[dict[str, Any]]:
    conflicts = meta.tables[CONFLICT]
    query = (select(conflicts).where(conflicts.c.id > after,
                                     or_(conflicts.c.branch_id.is_(None), conflicts.c.branch_id == branch_id))
             .order_by(conflicts.c.id).limit(limit))
    return [dict(r._mapping) for r in connection.execute(query)]


def caught_up(connection: Connection, meta: MetaData, client_id: str, cursor: str) -> None:
    clients = meta.tables[CLIENT]
    connection.execute(update(clients).where(clients.c.client_id == client_id).values(pull_cursor=cursor))
