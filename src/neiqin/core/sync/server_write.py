"""Bulk reads and writes of a push on the server, a few statements per table and batch.

PostgreSQL: the rows of a batch are locked with one `id = ANY(array)` per table; big batches of new
rows are COPY'd straight into the table where row-level security does not apply to the account,
otherwise big batches reach the tables through a temporary table filled with binary COPY
(`INSERT … SELECT` and `UPDATE … FROM`: COPY straight into a table is refused under row-level
security, the INSERT and UPDATE are checked by it as usual); small ones are sent with executemany.
MariaDB: `IN` lists and multi-row INSERTs with the values written as literals (`server_literals`);
a push sends all of its writes through one `Pipeline`, so that the server works on one statement
while the next is written. Everything runs in the caller's transaction. `allocate` and
`log_entries` also serve a conflict resolution (`resolutions`).
"""

from __future__ import annotations

import itertools
from typing import Any

from sqlalchemy import BigInteger, Boolean, Connection, Date, DateTime, Integer, String, Table, Text, text
from sqlalchemy.exc import DBAPIError

from neiqin.core.sync.schema import CHANGE, COUNTER, is_postgres, server_now
from neiqin.core.sync.server_literals import Pipeline, mariadb_insert, text_list

#: ids per lookup on MariaDB (an IN list rendered by the driver)
IN_IDS = 2000
#: rows from which a write goes through COPY instead of executemany (PostgreSQL)
COPY_FROM = 200
#: the columns of a change-log entry a push writes (then `logged_at`; PostgreSQL fills `xid`)
LOG_COLUMNS = ("seq", "table_name", "row_id", "branch_id", "client_id", "op", "hlc")
_TEMP = itertools.count(1)
_NO_PRIVILEGE = "42501"


def _quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote(name)


def load_for_update(connection: Connection, table: Table, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The server rows with these ids, locked to the end of the transaction (in id order)."""
    if not ids:
        return {}
    names = [c.name for c in table.columns]
    listed = ", ".join(_quote(connection, n) for n in names)
    name = _quote(connection, table.name)
    ids = sorted(ids)
    out: dict[str, dict[str, Any]] = {}
    if is_postgres(connection):
        found = connection.exec_driver_sql(
            f"SELECT {listed} FROM {name} WHERE id = ANY(%(ids)s::text[]) ORDER BY id FOR UPDATE", {"ids": ids})
        for values in found:
            row = dict(zip(names, values, strict=True))
            out[row["id"]] = row
        return out
    for start in range(0, len(ids), IN_IDS):
        chunk = ids[start:start + IN_IDS]
        literals = text_list(connection, chunk)  # the driver's escaping of each id cost more than the lookup
        if literals is None:
            found = connection.exec_driver_sql(
                f"SELECT {listed} FROM {name} WHERE id IN %(ids)s ORDER BY id FOR UPDATE", {"ids": chunk})
        else:
            found = connection.exec_driver_sql(
                f"SELECT {listed} FROM {name} WHERE id IN ({literals}) ORDER BY id FOR UPDATE",
                execution_options={"no_parameters": True})
        for values in found:
            row = dict(zip(names, values, strict=True))
            out[row["id"]] = row
    return out


def allocate(connection: Connection, count: int) -> list[int]:
    """`count` change-log positions, in the order they are handed out."""
    if count == 0:
        return []
    if is_postgres(connection):
        # the sequence is looked up once (a name given to nextval is looked up at every call)
        return sorted(connection.exec_driver_sql(
            f"SELECT array_agg(nextval(s.id)) FROM (SELECT pg_get_serial_sequence('{CHANGE}', 'seq')::regclass AS id) "
            f"AS s, generate_series(1, %(n)s) AS n", {"n": count}).scalar_one())
    # MariaDB: the row lock is held until commit, so seq order is commit order
    last = connection.execute(text(f"SELECT value FROM {COUNTER} WHERE id = 1 FOR UPDATE")).scalar_one()
    connection.execute(text(f"UPDATE {COUNTER} SET value = :v WHERE id = 1"), {"v": last + count})
    return list(range(last + 1, last + count + 1))


def _copy_type(column) -> str | None:
    kind = column.type
    if isinstance(kind, Boolean):
        return "bool"
    if isinstance(kind, BigInteger):
        return "int8"
    if isinstance(kind, Integer):
        return "int4"
    if isinstance(kind, DateTime):
        return "timestamp"
    if isinstance(kind, Date):
        return "date"
    if isinstance(kind, String | Text):
        return "text"
    return None


def _temp(connection: Connection, table: Table, names: list[str], rows: list[tuple]) -> str | None:
    """A temporary table (dropped at commit) holding `rows`; None when a column type has no COPY form
    or the account may not create temporary tables (the rows then go by executemany)."""
    types = [_copy_type(table.c[n]) for n in names]
    if None in types:
        return None
    temp = f"neiqin_push_{next(_TEMP)}"
    columns = ", ".join(f'"{n}" {t}' for n, t in zip(names, types, strict=True))
    try:
        with connection.begin_nested():
            connection.exec_driver_sql(f'CREATE TEMPORARY TABLE "{temp}" ({columns}) ON COMMIT DROP')
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == _NO_PRIVILEGE:  # TEMP revoked on this server
            return None
        raise
    _copy(connection, f'"{temp}"', names, types, rows)
    return temp


def _copy(connection: Connection, target: str, names: list[str], types: list[str], rows: list[tuple]) -> None:
    driver = connection.connection.driver_connection
    with driver.cursor() as cursor:
        listed = ", ".join(f'"{n}"' for n in names)
        with cursor.copy(f"COPY {target} ({listed}) FROM STDIN (FORMAT BINARY)") as copy:
            copy.set_types(types)
            for row in rows:
                copy.write_row(row)


def _copied_straight(connection: Connection, table: Table, names: list[str], rows: list[tuple]) -> bool:
    """Big batches of new rows COPY'd straight into the table where row-level security does not
    apply to this account (the server's owner; a branch account's rows go through a temporary table
    and an INSERT the policies check): half the server's work of an insert."""
    if not is_postgres(connection) or len(rows) < COPY_FROM:
        return False
    types = [_copy_type(table.c[n]) for n in names]
    if None in types:
        return False
    if connection.exec_driver_sql("SELECT row_security_active(%(t)s::regclass)",
                                  {"t": _quote(connection, table.name)}).scalar_one():
        return False
    _copy(connection, _quote(connection, table.name), names, types, rows)
    return True


def insert_rows(connection: Connection, table: Table, names: list[str], rows: list[tuple],
                pipeline: Pipeline | None = None) -> None:
    """INSERT `rows`: value tuples in the order of `names`; on MariaDB through `pipeline` when given
    (the statements may still run on return)."""
    if not rows:
        return
    target = _quote(connection, table.name)
    listed = ", ".join(_quote(connection, n) for n in names)
    if _copied_straight(connection, table, names, rows):
        return
    if _through_temp(connection, table, names, rows, lambda temp: f'INSERT INTO {target} ({listed}) '
                                                                   f'SELECT {listed} FROM "{temp}"'):
        return
    if not is_postgres(connection):
        rows = rows[mariadb_insert(connection, f"INSERT INTO {target} ({listed}) VALUES ", rows, pipeline):]
        if not rows:
            return
    _run(connection, pipeline, f"INSERT INTO {target} ({listed}) VALUES ({', '.join(['%s'] * len(names))})", rows)


def _run(connection: Connection, pipeline: Pipeline | None, sql: str, rows: list[tuple]) -> None:
    """executemany, after (and on the thread of) the statements given to `pipeline` before."""
    if pipeline is None:
        connection.exec_driver_sql(sql, rows)
    else:
        pipeline.run(lambda: connection.exec_driver_sql(sql, rows))


def update_rows(connection: Connection, table: Table, names: list[str], rows: list[tuple],
                pipeline: Pipeline | None = None) -> None:
    """UPDATE the rows named by the first value of each tuple (`names[0]` is "id"); through `pipeline`
    as `insert_rows`."""
    if not rows:
        return
    if names[0] != "id":
        raise ValueError("update_rows needs the id as the first column")
    target = _quote(connection, table.name)
    sets = ", ".join(f'"{n}" = t."{n}"' for n in names[1:])
    if _through_temp(connection, table, names, rows,
                     lambda temp: f'UPDATE {target} SET {sets} FROM "{temp}" AS t WHERE {target}.id = t.id'):
        return
    sets = ", ".join(f"{_quote(connection, n)} = %s" for n in names[1:])
    _run(connection, pipeline, f"UPDATE {target} SET {sets} WHERE id = %s", [(*row[1:], row[0]) for row in rows])


def _through_temp(connection: Connection, table: Table, names: list[str], rows: list[tuple], statement) -> bool:
    """PostgreSQL, big batches: COPY `rows` into a temporary table and run `statement(temp)` on it;
    False when that is not the way here (the caller sends the rows by executemany)."""
    if not is_postgres(connection) or len(rows) < COPY_FROM:
        return False
    temp = _temp(connection, table, names, rows)
    if temp is None:
        return False
    connection.exec_driver_sql(statement(temp))
    return True


def insert_records(connection: Connection, table: Table, records: list[dict],
                   pipeline: Pipeline | None = None) -> None:
    """INSERT rows given as dicts (missing keys are NULL)."""
    if records:
        names = [c.name for c in table.columns]
        insert_rows(connection, table, names, [tuple(map(record.get, names)) for record in records], pipeline)


def log_rows(connection: Connection, change_log: Table, rows: list[tuple], logged_at=None,
             pipeline: Pipeline | None = None) -> None:
    """Write change-log entries, value tuples in the order of `LOG_COLUMNS` (positions from
    `allocate`), stamped with the server's clock for pruning by age (`logged_at`: read from it
    before, `server_now`)."""
    if rows:
        if logged_at is None:
            logged_at = server_now(connection)
        insert_rows(connection, change_log, [*LOG_COLUMNS, "logged_at"], [(*row, logged_at) for row in rows],
                    pipeline)


def log_entries(connection: Connection, change_log: Table, entries: list[dict]) -> None:
    """`log_rows` for entries given as dicts with the keys of `LOG_COLUMNS` (missing keys are NULL)."""
    log_rows(connection, change_log, [tuple(map(entry.get, LOG_COLUMNS)) for entry in entries])
