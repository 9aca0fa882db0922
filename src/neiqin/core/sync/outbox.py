"""Reading the outbox for a push: whole local transactions in order, each change with its values.

The triggers (`capture`) record an insert without its values, an update with the previous values
of the changed columns and a delete with the whole previous row. The values a change made are the
row as it was right after it: the row as it is now with the previous values of every later change
of that row put back, newest first (a later delete brings the whole row back). The queue and the
rows are read in one read transaction, so they agree. Outbox rows written by earlier releases carry
their new values and are taken as they are.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, text

from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.core.sync.batch_checks import collector_paused
from neiqin.core.sync.capture import OUTBOX, change_id
from neiqin.core.sync.catalog import SyncTable
from neiqin.core.sync.errors import ProtocolError
from neiqin.core.sync.protocol import Change, parse_json

_COLUMNS = "seq, tx, table_name, row_id, op, hlc, base_version, old, new, change_id"
_TAIL = 500  # outbox rows read at a time to complete the last local transaction of a batch
#: later updates and deletes of the rows of a batch (the partial index `ix_sync_outbox_later`)
_LATER = text(f"SELECT table_name, row_id, op, old FROM {OUTBOX} WHERE op != 'insert' AND seq > :last AND row_id IN "
              f"(SELECT row_id FROM {OUTBOX} WHERE seq > :after AND seq <= :last) ORDER BY seq DESC")
Key = tuple[str, str]


def _fetch(connection: Connection, query: str, params: tuple) -> list[tuple]:
    """Plain tuples from the driver, in the connection's transaction (a push reads tens of thousands
    of rows: result rows made by SQLAlchemy cost a third of the read)."""
    cursor = connection.connection.driver_connection.cursor()
    try:
        return cursor.execute(query, params).fetchall()
    finally:
        cursor.close()


def _queued(connection: Connection, after: int, limit: int) -> list[tuple]:
    query = f"SELECT {_COLUMNS} FROM {OUTBOX} WHERE seq > ? ORDER BY seq LIMIT ?"
    rows = _fetch(connection, query, (after, limit))
    if not rows:
        return rows
    last_tx = rows[-1][1]
    while True:  # complete the last local transaction
        more = _fetch(connection, query, (rows[-1][0], _TAIL))
        tail = []
        for row in more:
            if row[1] != last_tx:
                break
            tail.append(row)
        rows.extend(tail)
        if len(tail) < len(more) or not more:
            return rows


def _current(connection: Connection, tables: dict[str, SyncTable], names: set[str], after: int,
             last: int) -> dict[Key, dict[str, Any]]:
    """The rows of the batch as they are now (sent columns), by (table, id)."""
    out: dict[Key, dict[str, Any]] = {}
    for name in names:
        table = tables.get(name)
        if table is None:  # refused by the server's checks
            continue
        columns = table.sent_columns
        listed = ", ".join(f'"{c}"' for c in columns)
        found = _fetch(connection, f'SELECT {listed} FROM "{name}" WHERE id IN (SELECT row_id FROM {OUTBOX} '
                               f"WHERE seq > ? AND seq <= ? AND table_name = ?)", (after, last, name))
        index = columns.index("id")
        out.update(((name, values[index]), dict(zip(columns, values, strict=True))) for values in found)
    return out


def _after_batch(connection: Connection, rows: list[tuple], after: int, last: int, tables: dict[str, SyncTable],
                 names: set[str]) -> dict[Key, dict[str, Any] | None]:
    """Each row of the batch as it was right after the batch's last change of it (None: absent)."""
    states: dict[Key, dict[str, Any] | None] = _current(connection, tables, names, after, last)
    for row in rows:
        states.setdefault((row[2], row[3]), None)  # not here now: a later delete may bring it back
    later: dict[Key, list] = defaultdict(list)
    for table_name, row_id, op, old in connection.execute(_LATER, {"after": after, "last": last}):
        later[(table_name, row_id)].append((op, old))
    for key, changes in later.items():
        if key not in states:
            continue
        for op, old in changes:  # newest first
            values = _values(key[0], old)
            state = states[key]
            states[key] = dict(values) if op == "delete" else ({**state, **values} if state is not None else None)
    return states


def _values(table: str, raw: str | None) -> dict[str, Any]:
    return parse_json(table, raw) or {}


def read_changes(connection: Connection, tables: dict[str, SyncTable], after: int, limit: int) -> list[Change]:
    """The outbox after `after`: at least `limit` changes (fewer at the end), whole transactions."""
    with collector_paused():
        return _read(connection, tables, after, limit)


def _read(connection: Connection, tables: dict[str, SyncTable], after: int, limit: int) -> list[Change]:
    rows = _queued(connection, after, limit)
    if not rows:
        return []
    wanted = {r[2] for r in rows if r[8] is None and r[4] != "delete" and r[2] in tables}
    states = _after_batch(connection, rows, rows[0][0] - 1, rows[-1][0], tables, wanted) if wanted else {}
    changes: list[Change] = []
    for seq, tx, name, row_id, op, hlc, base_version, old, new, stored_id in reversed(rows):  # newest first
        old = None if old is None else parse_json(name, old)
        new = None if new is None else parse_json(name, new)
        key = (name, row_id)
        state = states.get(key)
        if new is None and op != "delete" and name in tables:
            if state is None:
                raise ProtocolError(QT_TRANSLATE_NOOP(
                    "sync", "Row {row} of {table} waits to be sent but is missing here: it was removed outside "
                            "Neiqin. Restore the database from a backup."), table=name, row=row_id)
            # the state is replaced below, never changed in place: an insert can take it as it is
            new = state if op == "insert" else {c: state.get(c) for c in (old or ())}
        changes.append(Change(seq, tx, name, row_id, op, hlc, base_version, old, new, change_id(stored_id, seq)))
        if op == "insert":  # step the row back over this change
            states[key] = None
        elif op == "delete":
            states[key] = dict(old or {})
        elif state is not None:
            states[key] = {**state, **(old or {})}
    changes.reverse()
    return changes
