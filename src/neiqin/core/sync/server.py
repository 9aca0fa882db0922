"""The server side of a round, run by the client in one server transaction each.

`apply_push` takes whole local transactions in order: it checks every change first (nothing is
written when one is bad), locks the client's row and skips changes at or below its high-water mark
(a retry after a lost acknowledgement applies nothing twice), merges field by field, stamps
`server_version` from the change log and raises the mark in the same transaction.
`pull` reads the change log after a cursor and returns the current rows it names; when the
entries after the cursor were pruned (`horizon.prune`) it says so instead (`PullBatch.behind`) and
the client catches up with a full reload (`reload`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, MetaData, Table, or_, select, text, update

from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.core.ids import new_id
from neiqin.core.sync.catalog import SyncTable
from neiqin.core.sync.errors import ProtocolError
from neiqin.core.sync.merge import Conflict, merge
from neiqin.core.sync.protocol import PROTOCOL_VERSION, Change, check_version, validate
from neiqin.core.sync.schema import (
    CHANGE,
    CLIENT,
    CONFLICT,
    HORIZON,
    is_postgres,
    server_now,
    server_protocol,
)
from neiqin.core.sync.server_write import IN_IDS, allocate, insert_rows, load_for_update, update_rows
from neiqin.core.sync.values import canonical, local_form

_AFTER = "(xid, seq) > (CAST(CAST(:xid AS text) AS xid8), :seq)"


@dataclass
class PushResult:
    high_water: int
    applied: int = 0
    skipped: int = 0
    conflicts: int = 0


@dataclass
class Rows:
    """Pulled rows of one table as SQLite stores them: column names and value tuples in that order."""

    columns: tuple[str, ...]
    values: list[Sequence[Any]]


@dataclass
class PullBatch:
    #: per table: `Rows` from `pull`, dicts of server values from a reload (`horizon.scope_rows`)
    rows: dict[str, Rows | list[dict[str, Any]]] = field(default_factory=dict)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    cursor: str = "0:0"
    more: bool = False
    entries: int = 0
    #: committed entries not readable yet because an older server transaction is still open
    waiting: int = 0
    #: the pruned horizon when entries after the cursor were pruned: nothing else is returned
    behind: str | None = None


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def check_server(connection: Connection, client_version: int = PROTOCOL_VERSION) -> None:
    version = server_protocol(connection)
    if version is None:
        from neiqin.core.sync.errors import SchemaMismatch

        raise SchemaMismatch(QT_TRANSLATE_NOOP("sync", "The server database is not prepared for Neiqin. Run "
                                                       "“neiqin server init” first."))
    check_version(client_version, version)


def register(connection: Connection, meta: MetaData, client_id: str, branch_id: str | None) -> int:
    """Lock (creating if needed) the client's row; returns its high-water mark."""
    clients = meta.tables[CLIENT]
    row = connection.execute(select(clients.c.last_seq, clients.c.branch_id)
                             .where(clients.c.client_id == client_id).with_for_update()).first()
    if row is None:
        connection.execute(clients.insert().values(client_id=client_id, branch_id=branch_id, last_seq=0,
                                                   protocol_version=PROTOCOL_VERSION, registered_at=_now()))
        return 0
    if row.branch_id != branch_id:
        raise ProtocolError(QT_TRANSLATE_NOOP("sync", "This computer is registered on the server for another "
                                                      "branch."))
    return int(row.last_seq)


_allocate = allocate  # change-log positions (also used by `resolutions`)


def apply_push(connection: Connection, meta: MetaData, tables: dict[str, SyncTable], client_id: str,
               branch_id: str | None, changes: list[Change], ranks: dict[str, dict[str, int]] | None = None,
               client_version: int = PROTOCOL_VERSION, local_high: int | None = None) -> PushResult:
    """Apply whole local transactions; call inside a server transaction that commits afterwards."""
    check_server(connection, client_version)
    for change in changes:
        validate(change, tables, branch_id)
    high = register(connection, meta, client_id, branch_id)
    if local_high is not None and local_high < high:
        raise ProtocolError(QT_TRANSLATE_NOOP(
            "sync", "The server has more changes from this computer than the computer itself: the database was "
                    "restored from a backup. Register it again as a new computer before syncing."))
    fresh = [c for c in changes if c.seq > high]
    result = PushResult(high, skipped=len(changes) - len(fresh))
    if not fresh:
        return result
    ranks = ranks or {}
    current: dict[str, dict[str, dict]] = {}
    by_table: dict[str, set[str]] = defaultdict(set)
    for change in fresh:
        by_table[change.table].add(change.row_id)
    for name in tables:
        if name in by_table:
            current[name] = load_for_update(connection, meta.tables[name], list(by_table[name]))
    existed = {name: set(rows) for name, rows in current.items()}
    dirty: dict[str, dict[str, dict]] = defaultdict(dict)
    log: list[dict] = []
    conflicts: list[tuple[SyncTable, str, dict, Conflict]] = []
    now = _now()
    for change in fresh:
        table = tables[change.table]
        rows = current[change.table]
        outcome = merge(table, change, client_id, rows.get(change.row_id), ranks.get(change.table), now)
        if outcome.changed or outcome.inserted:
            rows[change.row_id] = outcome.row
            dirty[change.table][change.row_id] = outcome.row
        for conflict in outcome.conflicts:
            conflicts.append((table, change.row_id, outcome.row, conflict))
        if not table.push_only:
            log.append({"table_name": change.table, "row_id": change.row_id, "client_id": client_id,
                        "op": change.op, "hlc": change.hlc,
                        "branch_id": None if table.shared else rows[change.row_id].get("branch_id")})
    conflict_rows = [_conflict_row(t, row_id, row, c, now) for t, row_id, row, c in conflicts]
    log.extend({"table_name": CONFLICT, "row_id": c["id"], "client_id": client_id, "op": "insert",
                "hlc": None, "branch_id": c["branch_id"]} for c in conflict_rows)
    seqs = _allocate(connection, len(log))
    for entry, seq in zip(log, seqs, strict=True):
        entry["seq"] = seq
        if entry["table_name"] == CONFLICT:
            continue
        row = current[entry["table_name"]][entry["row_id"]]
        row["server_version"] = seq
        dirty[entry["table_name"]][entry["row_id"]] = row
    by_id = {c["id"]: c for c in conflict_rows}
    for entry in log:
        if entry["table_name"] == CONFLICT:
            by_id[entry["row_id"]]["server_version"] = entry["seq"]
    for name, rows in dirty.items():
        _write(connection, meta, tables[name], rows, existed[name])
    _insert(connection, meta.tables[CHANGE], log)
    _insert(connection, meta.tables[CONFLICT], conflict_rows)
    last = max(fresh, key=lambda c: c.seq)  # its change id tells a restored copy apart (`desks`)
    new_high = last.seq
    clients = meta.tables[CLIENT]
    connection.execute(update(clients).where(clients.c.client_id == client_id)
                       .values(last_seq=new_high, last_push_at=now, last_change=last.change_id or None))
    result.high_water, result.applied, result.conflicts = new_high, len(fresh), len(conflict_rows)
    return result


def _write(connection: Connection, meta: MetaData, table: SyncTable, rows: dict[str, dict], existed: set[str]) -> None:
    server = meta.tables[table.name]
    names = [c.name for c in server.columns]
    names.insert(0, names.pop(names.index("id")))
    insert_rows(connection, server, names,
                [tuple(map(row.get, names)) for rid, row in rows.items() if rid not in existed])
    update_rows(connection, server, names,
                [tuple(map(row.get, names)) for rid, row in rows.items() if rid in existed])


def _insert(connection: Connection, table, rows: list[dict]) -> None:
    """Insert rows given as dicts (missing keys are NULL); change-log entries are stamped with the
    server's clock, for pruning by age."""
    if not rows:
        return
    if table.name == CHANGE:
        logged_at = server_now(connection)
        for row in rows:
            row["logged_at"] = logged_at
    names = [c.name for c in table.columns]
    insert_rows(connection, table, names, [tuple(map(row.get, names)) for row in rows])


def _conflict_row(table: SyncTable, row_id: str, row: dict, conflict: Conflict, now: datetime) -> dict:
    return {
        "id": new_id(), "branch_id": None if table.shared else row.get("branch_id"), "table_name": table.name,
        "row_id": row_id, "column_name": conflict.column, "kind": conflict.kind,
        "winner_value": json.dumps(canonical(conflict.winner), ensure_ascii=False),
        "loser_value": json.dumps(canonical(conflict.loser), ensure_ascii=False),
        "winner_hlc": conflict.winner_hlc, "loser_hlc": conflict.loser_hlc,
        "winner_client": conflict.winner_client, "loser_client": conflict.loser_client,
        "created_at": now, "resolved_at": None, "resolved_by": None, "resolution": None, "server_version": None,
    }


# ---------------------------------------------------------------------------------------------- pull

def parse_cursor(cursor: str | None) -> tuple[int, int]:
    xid, _, seq = (cursor or "0:0").partition(":")
    return int(xid or 0), int(seq or 0)


def visible_horizon(connection: Connection, branch_id: str | None) -> str:
    """The last pruned change-log position a client of this branch could have seen ("0:0": none)."""
    found = [parse_cursor(h) for (h,) in connection.execute(text(
        f"SELECT horizon FROM {HORIZON} WHERE branch_id IS NULL OR branch_id = :b"), {"b": branch_id})]
    xid, seq = max(found, default=(0, 0))
    return f"{xid}:{seq}"


def _local_rows(connection: Connection, server: Table, table: SyncTable, ids: list[str], branch_id: str | None) -> Rows:
    """The current rows with these ids, each value already in its SQLite form (`values.local_form`)."""
    quote = connection.dialect.identifier_preparer.quote
    postgres = is_postgres(connection)
    listed = ", ".join(local_form(connection.dialect.name, quote(c), server.c[c]) for c in table.columns)
    scope = "" if table.shared else " AND branch_id = %(branch)s"
    sql = f"SELECT {listed} FROM {quote(server.name)} WHERE id " + \
          ("= ANY(%(ids)s::text[])" if postgres else "IN %(ids)s") + scope
    step = len(ids) if postgres else IN_IDS
    values: list = []
    for start in range(0, len(ids), step):
        values.extend(map(tuple, connection.exec_driver_sql(sql, {"ids": ids[start:start + step], "branch": branch_id})))
    return Rows(table.columns, values)


def pull(connection: Connection, meta: MetaData, tables: dict[str, SyncTable], client_id: str,
         branch_id: str | None, cursor: str, limit: int) -> PullBatch:
    """Up to `limit` change-log entries after `cursor`, as the current rows they name."""
    check_server(connection)
    xid, seq = parse_cursor(cursor)
    visible = "(branch_id IS NULL OR branch_id = :branch)"
    params: dict[str, Any] = {"branch": branch_id, "limit": limit + 1, "seq": seq, "xid": xid}
    if is_postgres(connection):
        entries = connection.execute(text(
            f"SELECT xid::text::bigint AS xid, seq, table_name, row_id FROM {CHANGE} "
            f"WHERE xid < pg_snapshot_xmin(pg_current_snapshot()) AND {_AFTER} "
            f"AND {visible} ORDER BY {CHANGE}.xid, {CHANGE}.seq LIMIT :limit"), params).all()
        if len(entries) <= limit:
            batch_waiting = connection.execute(text(
                f"SELECT count(*) FROM {CHANGE} WHERE xid >= pg_snapshot_xmin(pg_current_snapshot()) "
                f"AND {_AFTER} AND {visible}"), params).scalar_one()
        else:
            batch_waiting = 0
    else:
        entries = connection.execute(text(
            f"SELECT 0 AS xid, seq, table_name, row_id FROM {CHANGE} WHERE seq > :seq AND {visible} "
            f"ORDER BY seq LIMIT :limit"), params).all()
        batch_waiting = 0
    # read after the entries: a prune committed before they were read is seen here (its deletes
    # and its horizon commit together), so pruned entries are never skipped silently
    horizon = visible_horizon(connection, branch_id)
    if (xid, seq) < parse_cursor(horizon):
        return PullBatch(cursor=cursor, behind=horizon)
    batch = PullBatch(cursor=cursor, more=len(entries) > limit, waiting=batch_waiting)
    entries = entries[:limit]
    batch.entries = len(entries)
    if not entries:
        return batch
    batch.cursor = f"{entries[-1].xid}:{entries[-1].seq}"
    named: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        named[entry.table_name].add(entry.row_id)
    for name, table in tables.items():
        if name in named and not table.push_only:
            batch.rows[name] = _local_rows(connection, meta.tables[name], table, sorted(named[name]), branch_id)
    if CONFLICT in named:
        conflicts = meta.tables[CONFLICT]
        ids = sorted(named[CONFLICT])
        for start in range(0, len(ids), IN_IDS):
            query = select(conflicts).where(conflicts.c.id.in_(ids[start:start + IN_IDS]),
                                            or_(conflicts.c.branch_id.is_(None), conflicts.c.branch_id == branch_id))
            batch.conflicts.extend(dict(r._mapping) for r in connection.execute(query))
    clients = meta.tables[CLIENT]
    connection.execute(update(clients).where(clients.c.client_id == client_id)
                       .values(pull_cursor=batch.cursor, last_pull_at=_now()))
    return batch
