"""One sync round from the client: push the outbox, then pull the server's changes.

Push sends whole local transactions in order, a batch per server transaction; the outbox rows are
deleted only after the server committed (a lost acknowledgement is harmless: the server skips what
it already has). Pull applies each batch and stores the new cursor in one local transaction with
the triggers switched off; a row with local changes not pushed yet is left alone (the push that
follows brings the merged row back).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import Connection, Engine, MetaData, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.core.sync import capture, conflicts
from neiqin.core.sync.catalog import SyncTable, sync_tables
from neiqin.core.sync.errors import NotConfigured, SyncError, connection_error
from neiqin.core.sync.protocol import Change, parse_json
from neiqin.core.sync.resolutions import mark_resolved
from neiqin.core.sync.schema import server_metadata
from neiqin.core.sync.server import apply_push, pull
from neiqin.core.sync.values import raw_copy, row_digest

Fault = Callable[[str], None]


@dataclass
class RoundResult:
    pushed: int = 0
    skipped: int = 0
    pulled: int = 0
    conflicts: int = 0
    push_batches: int = 0
    pull_batches: int = 0
    touched: set[str] = field(default_factory=set)
    #: conflicts resolved here and marked on the server in this round
    resolved: int = 0
    #: full reloads after falling behind the server's pruned change log (`reload.catch_up`)
    reloads: int = 0


@dataclass(frozen=True)
class TableCheck:
    table: str
    local_rows: int
    local_hash: str
    server_rows: int
    server_hash: str

    @property
    def ok(self) -> bool:
        return (self.local_rows, self.local_hash) == (self.server_rows, self.server_hash)


def _stamp() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


_SHAPES: dict[tuple, tuple] = {}


def _shapes(tables: dict[str, SyncTable]):
    """Server metadata and raw local tables, made once per catalogue (compiled statements are reused)."""
    key = tuple((name, t.columns) for name, t in tables.items())
    if key not in _SHAPES:
        local_meta = MetaData()
        local = {name: raw_copy(t.table, local_meta) for name, t in tables.items() if not t.push_only}
        _SHAPES[key] = (server_metadata(tables), local, capture.local_conflict_table(local_meta))
    return _SHAPES[key]


def _sqlite_value(value):
    """A server value as SQLAlchemy stores it in SQLite (times as text with microseconds)."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


_UPSERT: dict[str, tuple[str, list[str]]] = {}


def _upsert_sql(table) -> tuple[str, list[str]]:
    if table.name not in _UPSERT:
        names = [c.name for c in table.columns]
        columns = ", ".join(f'"{n}"' for n in names)
        updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names if n != "id")
        _UPSERT[table.name] = (f'INSERT INTO "{table.name}" ({columns}) VALUES ({", ".join("?" * len(names))}) '
                               f"ON CONFLICT(id) DO UPDATE SET {updates}", names)
    return _UPSERT[table.name]


@contextmanager
def server_errors(url: str):
    """Driver failures as SyncErrors in words (unreachable, password, TLS, refused)."""
    try:
        yield
    except (OperationalError, InterfaceError) as exc:
        raise connection_error(exc, url) from exc
    except DBAPIError as exc:
        raise SyncError(QT_TRANSLATE_NOOP("sync", "The server refused the changes: {reason}"),
                        reason=str(exc.orig or exc).strip().splitlines()[0]) from exc


class SyncClient:
    """Sync between one local SQLite engine (capture installed) and one server engine."""

    def __init__(self, local: Engine, server: Engine, *, tables: dict[str, SyncTable] | None = None,
                 ranks: dict[str, dict[str, int]] | None = None, clock=None,
                 after_apply: Callable[[Connection, set[str]], None] | None = None, fault: Fault | None = None,
                 settle_seconds: float = 5.0) -> None:
        self.local, self.server = local, server
        self.tables = tables if tables is not None else sync_tables()
        self.meta, self._local, self._conflicts = _shapes(self.tables)
        self.ranks = ranks or {}
        self.clock = clock
        self.after_apply = after_apply
        self.fault = fault or (lambda _step: None)
        self.settle_seconds = settle_seconds
        self._reader = local.execution_options(readonly=True)
        self._url = server.url.render_as_string(hide_password=True)
        with local.connect() as connection:
            if not capture.is_installed(connection):
                raise NotConfigured(capture.NOT_CONFIGURED)
            state = connection.execute(text(f"SELECT client_id, branch_id FROM {capture.STATE}")).one()
        self.client_id, self.branch_id = state.client_id, state.branch_id

    # ------------------------------------------------------------------------------------ push
    def _next_changes(self, connection: Connection, after: int, limit: int) -> list[Change]:
        rows = connection.execute(text(
            f"SELECT seq, tx, table_name, row_id, op, hlc, base_version, old, new, change_id FROM {capture.OUTBOX} "
            "WHERE seq > :after ORDER BY seq LIMIT :limit"), {"after": after, "limit": limit}).all()
        if not rows:
            return []
        last_tx = rows[-1].tx
        while True:  # complete the last local transaction
            more = connection.execute(text(
                f"SELECT seq, tx, table_name, row_id, op, hlc, base_version, old, new, change_id FROM {capture.OUTBOX} "
                "WHERE seq > :after ORDER BY seq LIMIT 500"), {"after": rows[-1].seq}).all()
            tail = []
            for row in more:
                if row.tx != last_tx:
                    break
                tail.append(row)
            rows.extend(tail)
            if len(tail) < len(more) or not more:
                break
        return [Change(r.seq, r.tx, r.table_name, r.row_id, r.op, r.hlc, r.base_version,
                       parse_json(r.table_name, r.old), parse_json(r.table_name, r.new), r.change_id) for r in rows]

    def waiting(self) -> int:
        with self._reader.connect() as connection:
            return connection.execute(text(f"SELECT count(*) FROM {capture.OUTBOX}")).scalar_one()

    def push(self, batch_rows: int = 2000, result: RoundResult | None = None) -> RoundResult:
        result = result or RoundResult()
        after = 0
        while True:
            with self._reader.connect() as connection:
                changes = self._next_changes(connection, after, batch_rows)
                local_high = connection.execute(text(
                    "SELECT seq FROM sqlite_sequence WHERE name = :n"), {"n": capture.OUTBOX}).scalar() or 0
                connection.rollback()
            if not changes:
                return result
            with server_errors(self._url), self.server.begin() as server:
                outcome = apply_push(server, self.meta, self.tables, self.client_id, self.branch_id, changes,
                                     self.ranks, local_high=local_high)
                self.fault("push:before_server_commit")
            self.fault("push:after_server_commit")
            with self.local.begin() as connection:
                connection.execute(text(f"DELETE FROM {capture.OUTBOX} WHERE seq <= :hw"), {"hw": outcome.high_water})
                connection.execute(text(f"UPDATE {capture.STATE} SET last_push_at = :t"), {"t": _stamp()})
            self.fault("push:after_ack")
            after = outcome.high_water
            result.pushed += outcome.applied
            result.skipped += outcome.skipped
            result.conflicts += outcome.conflicts
            result.push_batches += 1

    # ------------------------------------------------------------------------------------ pull
    def cursor(self) -> str:
        with self._reader.connect() as connection:
            return connection.execute(text(f"SELECT pull_cursor FROM {capture.STATE}")).scalar_one()

    def pull(self, batch_rows: int = 5000, result: RoundResult | None = None) -> RoundResult:
        result = result or RoundResult()
        deadline = time.monotonic() + self.settle_seconds
        while True:
            with server_errors(self._url), self.server.begin() as server:
                batch = pull(server, self.meta, self.tables, self.client_id, self.branch_id, self.cursor(), batch_rows)
            self.fault("pull:after_server_read")
            if batch.behind:  # entries after the cursor were pruned: upload first, then reload
                from neiqin.core.sync.reload import catch_up

                catch_up(self, batch_rows, result)
                continue
            if batch.entries:
                self._apply(batch, result)
                self.fault("pull:after_local_commit")
                result.pull_batches += 1
            if batch.more:
                continue
            if batch.waiting and time.monotonic() < deadline:
                time.sleep(0.05)  # an older server transaction is still open: its entries follow
                continue
            return result

    def _apply(self, batch, result: RoundResult, progress: Callable[[Connection], None] | None = None) -> None:
        with self.local.begin() as connection:
            connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            connection.exec_driver_sql(f"UPDATE {capture.CONTEXT} SET applying = 1")
            pending = {r[0] for r in connection.execute(text(f"SELECT DISTINCT row_id FROM {capture.OUTBOX}"))}
            newest = None
            for name, rows in batch.rows.items():
                rows = [r for r in rows if r["id"] not in pending]
                if not rows:
                    continue
                sql, names = _upsert_sql(self._local[name])
                connection.exec_driver_sql(sql, [tuple(_sqlite_value(row.get(n)) for n in names) for row in rows])
                result.pulled += len(rows)
                result.touched.add(name)
                top = max((r.get("hlc") or "" for r in rows), default="")
                newest = max(newest or "", top)
            if batch.conflicts:
                statement = sqlite_insert(self._conflicts)
                statement = statement.on_conflict_do_update(
                    index_elements=["id"],
                    set_={c.name: statement.excluded[c.name] for c in self._conflicts.c if c.name != "id"})
                connection.execute(statement, batch.conflicts)
            if progress is not None:  # a reload's position, stored with its batch
                progress(connection)
            connection.execute(text(f"UPDATE {capture.STATE} SET pull_cursor = :c, last_pull_at = :t"),
                               {"c": batch.cursor, "t": _stamp()})
            if self.after_apply is not None and result.touched:
                self.after_apply(connection, set(result.touched))
            connection.exec_driver_sql(f"UPDATE {capture.CONTEXT} SET applying = 0")
        if newest and self.clock is not None:
            self.clock.observe(newest)

    # ------------------------------------------------------------------------------ resolutions
    def push_resolutions(self) -> int:
        """Mark on the server the conflicts a person resolved here; returns how many were marked
        (a conflict resolved elsewhere first keeps that resolution)."""
        with self._reader.connect() as connection:
            pending = conflicts.pending_resolutions(connection)
            connection.rollback()
        if not pending:
            return 0
        with server_errors(self._url), self.server.begin() as server:
            marked = mark_resolved(server, self.meta, self.client_id, pending)
            self.fault("resolve:before_server_commit")
        with self.local.begin() as connection:
            conflicts.forget_sent(connection, [item["id"] for item in pending])
        return marked

    # ------------------------------------------------------------------------------------ round
    def sync(self, push_batch: int = 2000, pull_batch: int = 5000) -> RoundResult:
        """Push the outbox, then the resolutions made here, then pull; notes when it ended."""
        result = self.push(push_batch)
        result.resolved = self.push_resolutions()
        result = self.pull(pull_batch, result)
        self.note_round(None)
        return result

    def note_round(self, error: str | None) -> None:
        """Remember the end of a round here: a whole round (error None) or why one failed."""
        with self.local.begin() as connection:
            if error is None:
                connection.execute(text(f"UPDATE {capture.STATE} SET last_pull_at = :t, last_error = NULL"),
                                   {"t": _stamp()})
            else:
                connection.execute(text(f"UPDATE {capture.STATE} SET last_error = :e"), {"e": error})

    def check(self) -> list[TableCheck]:
        """Per-table (rows, checksum) here and on the server, for this branch's and shared rows."""
        out = []
        with server_errors(self._url), self._reader.connect() as local, self.server.connect() as server:
            for name, table in self.tables.items():
                if table.push_only:
                    continue
                count, digest = row_digest(local.execute(self._scope(self._local[name], table)))
                remote = self.meta.tables[name]
                cols = [remote.c[c] for c in table.columns]
                scount, sdigest = row_digest(server.execute(self._scope(remote, table, cols)))
                out.append(TableCheck(name, count, digest, scount, sdigest))
            local.rollback()
        return out

    def _scope(self, table, spec: SyncTable, cols=None):
        query = select(*(cols or list(table.c))).order_by(table.c.id)
        if not spec.shared:
            query = query.where(table.c.branch_id == self.branch_id)
        return query

    def conflicts(self) -> list[dict]:
        with self._reader.connect() as connection:
            return [dict(r._mapping) for r in connection.execute(select(self._conflicts)
                                                                 .order_by(self._conflicts.c.created_at))]
