"""Writing pulled rows into the local SQLite database (the client's side of a pull or reload).

Rows come as SQLite stores them (`server.Rows`, read so on the server). Each table's rows go in
multi-row upserts on the id, `UPSERT_ROWS` rows a statement (a fifth less work a row than one
statement per row). A table's capture triggers record nothing while pulled rows
are written (`applying`), yet each of them still runs for every row, which cost a third of the time
of a batch of customer rows: for a batch of many rows of one table they are dropped and created
again, from their own stored SQL, in the same transaction, so no other connection ever sees the
table without them and a rollback brings them back as well.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from itertools import chain

from sqlalchemy import Connection, Engine

from neiqin.core.sync import capture
from neiqin.core.sync.catalog import SyncTable
from neiqin.core.sync.server import Rows

#: rows of one table in a batch from which its capture triggers are taken off while they are written
QUIET_ROWS = 500
#: rows of one upsert statement (fewer when SQLite's limit of bound values per statement is lower)
UPSERT_ROWS = 500
#: write-ahead log pages after which a commit of pulled rows copies the log into the database file
APPLY_CHECKPOINT_PAGES = 50_000
#: rows pulled in one call after which the log is copied into the database file before it returns
CHECKPOINT_AFTER_ROWS = 20_000
_TRIGGER_NAME = re.compile(r"CREATE TRIGGER\s+\"?([A-Za-z0-9_]+)\"?")


@lru_cache(maxsize=256)
def upsert_sql(table: str, names: tuple[str, ...], rows: int = 1) -> str:
    columns = ", ".join(f'"{n}"' for n in names)
    updates = ", ".join(f'"{n}" = excluded."{n}"' for n in names if n != "id")
    values = ", ".join([f"({', '.join('?' * len(names))})"] * rows)
    return f'INSERT INTO "{table}" ({columns}) VALUES {values} ON CONFLICT(id) DO UPDATE SET {updates}'


@contextmanager
def fewer_checkpoints(connection: Connection) -> Iterator[None]:
    """SQLite copies the write-ahead log into the database file (and syncs the file) at the first
    commit after the log passed `wal_autocheckpoint` pages, 1000 by default: a batch of pulled rows
    passed that at nearly every commit, and an initial load spent about a third of its time there,
    copying the same index pages again and again. Raised on this connection while batches are
    written (use it outside the transaction), then put back; `checkpoint` copies what is left once
    a big pull is done."""
    driver = connection.connection.driver_connection
    previous = driver.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    driver.execute(f"PRAGMA wal_autocheckpoint = {APPLY_CHECKPOINT_PAGES}")
    try:
        yield
    finally:
        driver.execute(f"PRAGMA wal_autocheckpoint = {int(previous)}")


def checkpoint(engine: Engine) -> None:
    """Copy the write-ahead log into the database file now, without waiting for readers."""
    with engine.connect() as connection:
        connection.connection.driver_connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()


@lru_cache(maxsize=256)
def capture_triggers(table: SyncTable) -> tuple[str, ...]:
    """The names of the capture triggers `capture` installs on this table."""
    return tuple(found.group(1) for sql in capture.trigger_sql(table) if (found := _TRIGGER_NAME.match(sql)))


@contextmanager
def without_capture(connection: Connection, table: SyncTable, rows: int) -> Iterator[None]:
    """The table's capture triggers taken off while `rows` pulled rows are written (call inside the
    apply transaction, with `applying` set); nothing is changed for a small batch."""
    if rows < QUIET_ROWS:
        yield
        return
    names = capture_triggers(table)
    stored = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ? AND name IN "
        f"({', '.join('?' * len(names))})", (table.name, *names)).all()
    for name, _sql in stored:
        connection.exec_driver_sql(f'DROP TRIGGER "{name}"')
    yield
    for _name, sql in stored:
        connection.exec_driver_sql(sql)


def write_rows(connection: Connection, table: SyncTable, rows: Rows) -> None:
    """Upsert pulled rows of one table (inside the apply transaction), in their order."""
    values = rows.values
    driver = connection.connection.driver_connection
    per = max(1, min(UPSERT_ROWS, driver.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // len(rows.columns)))
    whole = len(values) - len(values) % per
    with without_capture(connection, table, len(values)):
        if whole:
            sql, cursor = upsert_sql(table.name, rows.columns, per), driver.cursor()
            try:
                for start in range(0, whole, per):
                    cursor.execute(sql, list(chain.from_iterable(values[start:start + per])))
            finally:
                cursor.close()
        if whole < len(values):
            connection.exec_driver_sql(upsert_sql(table.name, rows.columns), values[whole:])
