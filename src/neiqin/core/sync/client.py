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
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, MetaData, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.core.sync import capture, conflicts, desks
from neiqin.core.sync.batch_checks import collector_paused, validate_all
from neiqin.core.sync.catalog import SyncTable, sync_tables
from neiqin.core.sync.errors import NotConfigured, SyncError, connection_error
from neiqin.core.sync.local_apply import (
    CHECKPOINT_AFTER_ROWS,
    checkpoint,
    fewer_checkpoints,
    write_rows,
)
from neiqin.core.sync.outbox import read_changes
from neiqin.core.sync.protocol import Change
from neiqin.core.sync.resolutions import mark_resolved
from neiqin.core.sync.schema import server_metadata
from neiqin.core.sync.server import PullBatch, Rows, apply_push, pull
from neiqin.core.sync.values import raw_copy, row_digest

Fault = Callable[[str], None]
#: called in a pull's local transaction with the rows about to be written (per table, as written);
#: what it returns is called once they were written (ledger balances follow their movements)
ApplyHook = Callable[[Connection, dict[str, Rows]], Callable[[], None] | None]
#: outbox changes per push batch (one server transaction) and change-log entries per pull batch
PUSH_BATCH, PULL_BATCH = 5000, 10_000


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
    #: this computer's registration in this round: desk, a new client id, documents renumbered
    registered: desks.Registered | None = None


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
                 on_apply: ApplyHook | None = None, fault: Fault | None = None,
                 settle_seconds: float = 5.0) -> None:
        self.local, self.server = local, server
        self.tables = tables if tables is not None else sync_tables()
        self.meta, self._local, self._conflicts = _shapes(self.tables)
        self.ranks = ranks or {}
        self.clock = clock
        self.on_apply = on_apply
        self.fault = fault or (lambda _step: None)
        self.settle_seconds = settle_seconds
        self._reader = local.execution_options(readonly=True)
        self._url = server.url.render_as_string(hide_password=True)
        #: the registration checked in this round (`desks.ensure`), None before it
        self.registration: desks.Registered | None = None
        with local.connect() as connection:
            if not capture.is_installed(connection):
                raise NotConfigured(capture.NOT_CONFIGURED)
            state = connection.execute(text(f"SELECT client_id, branch_id FROM {capture.STATE}")).one()
        self.client_id, self.branch_id = state.client_id, state.branch_id

    # ------------------------------------------------------------------------------------ push
    def _next_changes(self, connection: Connection, after: int, limit: int) -> list[Change]:
        return read_changes(connection, self.tables, after, limit)

    def waiting(self) -> int:
        with self._reader.connect() as connection:
            return connection.execute(text(f"SELECT count(*) FROM {capture.OUTBOX}")).scalar_one()

    def _queued(self, after: int, batch_rows: int) -> tuple[list[Change], int]:
        """The next batch after `after`, checked as the server checks it (`apply_push`), and the
        highest outbox seq ever used, read together. Runs on the reader thread while the server
        applies the batch before: the checks are off the push's critical path."""
        with self._reader.connect() as connection:
            changes = self._next_changes(connection, after, batch_rows)
            local_high = capture.highest_seq(connection)
            connection.rollback()
        with collector_paused():
            validate_all(changes, self.tables, self.branch_id)
        return changes, local_high

    def push(self, batch_rows: int = PUSH_BATCH, result: RoundResult | None = None) -> RoundResult:
        result = result or RoundResult()
        self.registered()
        with ThreadPoolExecutor(1, thread_name_prefix="neiqin-push") as reader:
            upcoming = reader.submit(self._queued, 0, batch_rows)
            while True:
                changes, local_high = upcoming.result()
                if not changes:
                    return result
                # the next batch is read here while the server applies this one; it is sent only
                # after this one committed and was acknowledged
                upcoming = reader.submit(self._queued, changes[-1].seq, batch_rows)
                with server_errors(self._url), self.server.begin() as server:
                    outcome = apply_push(server, self.meta, self.tables, self.client_id, self.branch_id, changes,
                                         self.ranks, local_high=local_high, checked=True)
                    self.fault("push:before_server_commit")
                self.fault("push:after_server_commit")
                with self.local.begin() as connection:
                    connection.execute(text(f"DELETE FROM {capture.OUTBOX} WHERE seq <= :hw"),
                                       {"hw": outcome.high_water})
                    connection.execute(text(f"UPDATE {capture.STATE} SET last_push_at = :t"), {"t": _stamp()})
                self.fault("push:after_ack")
                if outcome.high_water != changes[-1].seq:  # the server had more already: go on from its mark
                    upcoming = reader.submit(self._queued, outcome.high_water, batch_rows)
                result.pushed += outcome.applied
                result.skipped += outcome.skipped
                result.conflicts += outcome.conflicts
                result.push_batches += 1

    # ------------------------------------------------------------------------------------ pull
    def cursor(self) -> str:
        with self._reader.connect() as connection:
            return connection.execute(text(f"SELECT pull_cursor FROM {capture.STATE}")).scalar_one()

    def _server_batch(self, cursor: str, batch_rows: int) -> PullBatch:
        with server_errors(self._url), self.server.begin() as server:
            return pull(server, self.meta, self.tables, self.client_id, self.branch_id, cursor, batch_rows)

    def pull(self, batch_rows: int = PULL_BATCH, result: RoundResult | None = None) -> RoundResult:
        result = result or RoundResult()
        self.registered()
        deadline, before = time.monotonic() + self.settle_seconds, result.pulled
        with ThreadPoolExecutor(1, thread_name_prefix="neiqin-pull") as reader:
            upcoming: Future[PullBatch] | None = None
            while True:
                batch = upcoming.result() if upcoming is not None else self._server_batch(self.cursor(), batch_rows)
                upcoming = None
                self.fault("pull:after_server_read")
                if batch.behind:  # entries after the cursor were pruned: upload first, then reload
                    from neiqin.core.sync.reload import catch_up

                    catch_up(self, batch_rows, result)
                    continue
                if batch.more:  # the next batch is read from the server while this one is stored here
                    upcoming = reader.submit(self._server_batch, batch.cursor, batch_rows)
                if batch.entries:
                    self._apply(batch, result)
                    self.fault("pull:after_local_commit")
                    result.pull_batches += 1
                if batch.more:
                    continue
                if batch.waiting and time.monotonic() < deadline:
                    time.sleep(0.05)  # an older server transaction is still open: its entries follow
                    continue
                if result.pulled - before >= CHECKPOINT_AFTER_ROWS:
                    checkpoint(self.local)  # here, not at the next save of the person using the app
                return result

    def _apply(self, batch, result: RoundResult, progress: Callable[[Connection], None] | None = None) -> None:
        with self.local.connect() as connection, fewer_checkpoints(connection), connection.begin():
            connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            connection.exec_driver_sql(f"UPDATE {capture.CONTEXT} SET applying = 1")
            pending = {r[0] for r in connection.execute(text(f"SELECT DISTINCT row_id FROM {capture.OUTBOX}"))}
            pulled: dict[str, Rows] = {}
            for name, rows in batch.rows.items():
                values = rows.values
                if pending:
                    key = rows.columns.index("id")
                    values = [v for v in values if v[key] not in pending]
                if values:
                    pulled[name] = Rows(rows.columns, values)
            written = self.on_apply(connection, pulled) if self.on_apply is not None and pulled else None
            newest = None
            for name, rows in pulled.items():
                write_rows(connection, self.tables[name], rows)
                result.pulled += len(rows.values)
                if "hlc" in rows.columns:
                    key = rows.columns.index("hlc")
                    newest = max(newest or "", max(v[key] or "" for v in rows.values))
            result.touched |= pulled.keys()
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
            if written is not None:
                written()
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

    # ----------------------------------------------------------------------------- registration
    def registered(self) -> desks.Registered:
        """Register this computer (its desk; a restored or copied database becomes a new computer)
        unless that was done in this round already."""
        if self.registration is None:
            self.registration = desks.ensure(self)
        return self.registration

    # ------------------------------------------------------------------------------------ round
    def sync(self, push_batch: int = PUSH_BATCH, pull_batch: int = PULL_BATCH) -> RoundResult:
        """Register, push the outbox, then the resolutions made here, then pull; notes when it ended."""
        self.registration = None  # checked again each round: the database may have been restored
        result = self.push(push_batch)
        result.registered = self.registration
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
