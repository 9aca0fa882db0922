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

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, MetaData, Table, select, text, update

from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.core.sync.batch_checks import collector_paused, validate_all
from neiqin.core.sync.catalog import SyncTable
from neiqin.core.sync.errors import ProtocolError
from neiqin.core.sync.protocol import PROTOCOL_VERSION, Change, check_version
from neiqin.core.sync.push_merge import lock_rows, merge_all, write_table
from neiqin.core.sync.schema import (
    CHANGE,
    CLIENT,
    CONFLICT,
    HORIZON,
    is_postgres,
    server_now,
    server_protocol,
)
from neiqin.core.sync.server_literals import pipelined
from neiqin.core.sync.server_write import allocate, insert_records, log_rows
from neiqin.core.sync.values import local_form


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
    #: per table, the rows as SQLite stores them (`read_local`)
    rows: dict[str, Rows] = field(default_factory=dict)
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


def apply_push(connection: Connection, meta: MetaData, tables: dict[str, SyncTable], client_id: str,
               branch_id: str | None, changes: list[Change], ranks: dict[str, dict[str, int]] | None = None,
               client_version: int = PROTOCOL_VERSION, local_high: int | None = None,
               checked: bool = False) -> PushResult:
    """Apply whole local transactions; call inside a server transaction that commits afterwards.
    `checked`: the caller ran `validate_all` on exactly these changes with this branch already."""
    with collector_paused():
        return _apply_push(connection, meta, tables, client_id, branch_id, changes, ranks, client_version, local_high,
                           checked)


def _apply_push(connection: Connection, meta: MetaData, tables: dict[str, SyncTable], client_id: str,
                branch_id: str | None, changes: list[Change], ranks: dict[str, dict[str, int]] | None,
                client_version: int, local_high: int | None, checked: bool) -> PushResult:
    check_server(connection, client_version)
    if not checked:
        validate_all(changes, tables, branch_id)
    high = register(connection, meta, client_id, branch_id)
    if local_high is not None and local_high < high:
        raise ProtocolError(QT_TRANSLATE_NOOP(
            "sync", "The server has more changes from this computer than the computer itself: the database was "
                    "restored from a backup. Register it again as a new computer before syncing."))
    fresh = [c for c in changes if c.seq > high]
    result = PushResult(high, skipped=len(changes) - len(fresh))
    if not fresh:
        return result
    current, existed = lock_rows(connection, meta, tables, fresh)
    dirty, log, conflict_rows = merge_all(tables, fresh, current, client_id, ranks or {})
    entries = []
    for (name, row_id, branch, op, hlc), seq in zip(log, allocate(connection, len(log)), strict=True):
        entries.append((seq, name, row_id, branch, client_id, op, hlc))
        if name == CONFLICT:
            conflict_rows[row_id]["server_version"] = seq
            continue
        row = current[name][row_id]
        row["server_version"] = seq
        dirty[name][row_id] = row
    postgres = is_postgres(connection)
    # MariaDB: every write of the batch goes through one pipeline, the server writing one statement
    # while the next is made here; the change log's time is read before it starts
    logged_at = None if postgres or not entries else server_now(connection)
    with pipelined(connection, not postgres) as pipeline:
        for name, rows in dirty.items():
            write_table(connection, meta, tables[name], rows, existed[name], pipeline)
        log_rows(connection, meta.tables[CHANGE], entries, logged_at, pipeline)
        insert_records(connection, meta.tables[CONFLICT], list(conflict_rows.values()), pipeline)
    last = max(fresh, key=lambda c: c.seq)  # its change id tells a restored copy apart (`desks`)
    clients = meta.tables[CLIENT]
    connection.execute(update(clients).where(clients.c.client_id == client_id)
                       .values(last_seq=last.seq, last_push_at=_now(), last_change=last.change_id or None))
    result.high_water, result.applied, result.conflicts = last.seq, len(fresh), len(conflict_rows)
    return result


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


_FROM_CURSOR = "(xid, seq) > (CAST(CAST(%(xid)s AS text) AS xid8), %(seq)s)"
_SEEN = "(branch_id IS NULL OR branch_id = %(branch)s)"


def _in_batch(postgres: bool) -> str:
    """The change-log entries of a batch: after the cursor, up to the batch's last entry, seen here."""
    if postgres:
        return f"{_FROM_CURSOR} AND (xid, seq) <= (CAST(CAST(%(last_xid)s AS text) AS xid8), %(last_seq)s) AND {_SEEN}"
    return f"seq > %(seq)s AND seq <= %(last_seq)s AND {_SEEN}"


def _batch_end(connection: Connection, params: dict[str, Any], limit: int) -> tuple[int, tuple[int, int], bool]:
    """(entries in the batch, its last position, whether more follow), without reading the entries:
    the last two of the first `limit` + 1 readable entries after the cursor, and how many there are.
    PostgreSQL: only entries below every open transaction (an entry committed late is never skipped),
    so the entries up to the last one stay the same set for the batch's later reads (a prune aside,
    which `pull` looks for after them)."""
    if is_postgres(connection):
        sql = (f"SELECT xid::text::bigint, seq, count(*) OVER () FROM (SELECT xid, seq FROM {CHANGE} "
               f"WHERE xid < pg_snapshot_xmin(pg_current_snapshot()) AND {_FROM_CURSOR} AND {_SEEN} "
               "ORDER BY xid, seq LIMIT %(limit)s) AS b ORDER BY xid DESC, seq DESC LIMIT 2")
    else:
        sql = (f"SELECT 0, seq, count(*) OVER () FROM (SELECT seq FROM {CHANGE} WHERE seq > %(seq)s AND {_SEEN} "
               "ORDER BY seq LIMIT %(limit)s) AS b ORDER BY seq DESC LIMIT 2")
    found = connection.exec_driver_sql(sql, {**params, "limit": limit + 1}).all()
    if not found:
        return 0, (params["xid"], params["seq"]), False
    count = int(found[0][2])
    last = found[1] if count > limit else found[0]
    return min(count, limit), (int(last[0]), int(last[1])), count > limit


#: MariaDB, rows for SQLite: one text per row, each value marked present ("v…") or NULL ("n") and
#: separated by NUL, a character no pushed text may hold (`values`)
_NULL, _PRESENT, _SEPARATOR = "n", "v", "\x00"


def _unpacked(packed: str) -> tuple:
    return tuple([None if value == _NULL else value[1:] for value in packed.split(_SEPARATOR)])


def read_local(connection: Connection, server: Table, columns: Sequence[str], tail: str,
               params: dict[str, Any]) -> list[tuple]:
    """Rows of `SELECT <columns of t> <tail>` (driver-level, pyformat parameters; `tail` names the
    table `t`), each value in its SQLite form (`values.local_form`).

    MariaDB's driver spent most of a pull's reading time taking rows apart value by value in
    Python: there each row comes as one text, split here; whole numbers come as their digits,
    which SQLite stores as numbers in the integer and yes/no columns they go to."""
    quote = connection.dialect.identifier_preparer.quote
    dialect = connection.dialect.name
    listed = [local_form(dialect, f"t.{quote(c)}", server.c[c]) for c in columns]
    if is_postgres(connection):
        return [tuple(r) for r in connection.exec_driver_sql(f"SELECT {', '.join(listed)} {tail}", params)]
    packed = ", ".join(f"IFNULL(CONCAT('{_PRESENT}', {value}), '{_NULL}')" for value in listed)
    found = connection.exec_driver_sql(f"SELECT CONCAT_WS(CHAR(0 USING utf8mb4), {packed}) {tail}", params)
    return [_unpacked(row[0]) for row in found]


def _named(connection: Connection, server: Table, columns: Sequence[str], where: str, params: dict[str, Any], *,
           local: bool, scoped: bool) -> list[tuple]:
    """The current rows of one table that the batch's entries name, read by a join with the change
    log on the server (no ids go back and forth), in id order; with `local` in their SQLite form
    (`read_local`); `scoped`: only the branch's rows."""
    quote = connection.dialect.identifier_preparer.quote
    scope = " AND t.branch_id = %(branch)s" if scoped else ""
    entries = f"SELECT DISTINCT row_id FROM {CHANGE} WHERE {where} AND table_name = %(table)s"
    if is_postgres(connection):  # a lookup by key per entry, whatever the planner believes of the table
        tail = (f"FROM ({entries}) AS c CROSS JOIN LATERAL (SELECT * FROM {quote(server.name)} AS t "
                f"WHERE t.id = c.row_id{scope}) AS t ORDER BY t.id")
    else:  # the entries first, each row then found by its key
        tail = f"FROM ({entries}) AS c STRAIGHT_JOIN {quote(server.name)} AS t ON t.id = c.row_id{scope} ORDER BY t.id"
    params = {**params, "table": server.name}
    if local:
        return read_local(connection, server, columns, tail, params)
    listed = ", ".join(f"t.{quote(c)}" for c in columns)
    return [tuple(r) for r in connection.exec_driver_sql(f"SELECT {listed} {tail}", params)]


def _read_batch(connection: Connection, meta: MetaData, tables: dict[str, SyncTable], batch: PullBatch,
                params: dict[str, Any]) -> None:
    """The current rows (and conflicts) the batch's entries name, into `batch`."""
    where = _in_batch(is_postgres(connection))
    named = {r[0] for r in connection.exec_driver_sql(f"SELECT DISTINCT table_name FROM {CHANGE} WHERE {where}",
                                                      params)}
    for name, table in tables.items():
        if name in named and not table.push_only:
            rows = _named(connection, meta.tables[name], list(table.columns), where, params, local=True,
                          scoped=not table.shared)
            batch.rows[name] = Rows(table.columns, rows)
    if CONFLICT in named:
        conflicts = meta.tables[CONFLICT]
        names = [c.name for c in conflicts.columns]
        found = _named(connection, conflicts, names, where, params, local=False, scoped=False)
        batch.conflicts = [dict(zip(names, row, strict=True)) for row in found
                           if row[names.index("branch_id")] in (None, params["branch"])]


def pull(connection: Connection, meta: MetaData, tables: dict[str, SyncTable], client_id: str,
         branch_id: str | None, cursor: str, limit: int) -> PullBatch:
    """Up to `limit` change-log entries after `cursor`, as the current rows they name."""
    check_server(connection)
    xid, seq = parse_cursor(cursor)
    postgres = is_postgres(connection)
    params: dict[str, Any] = {"branch": branch_id, "seq": seq, "xid": xid}
    count, (last_xid, last_seq), more = _batch_end(connection, params, limit)
    waiting = 0
    if postgres and not more:
        waiting = connection.exec_driver_sql(
            f"SELECT count(*) FROM {CHANGE} WHERE xid >= pg_snapshot_xmin(pg_current_snapshot()) "
            f"AND {_FROM_CURSOR} AND {_SEEN}", params).scalar_one()
    batch = PullBatch(cursor=cursor, more=more, waiting=waiting, entries=count)
    if count:
        batch.cursor = f"{last_xid}:{last_seq}"
        _read_batch(connection, meta, tables, batch, {**params, "last_xid": last_xid, "last_seq": last_seq})
    # read after the rows: a prune committed before any of the reads above is seen here (its deletes
    # and its horizon commit together), so pruned entries are never skipped silently
    horizon = visible_horizon(connection, branch_id)
    if (xid, seq) < parse_cursor(horizon):
        return PullBatch(cursor=cursor, behind=horizon)
    if not count:
        return batch
    clients = meta.tables[CLIENT]
    connection.execute(update(clients).where(clients.c.client_id == client_id)
                       .values(pull_cursor=batch.cursor, last_pull_at=_now()))
    return batch
