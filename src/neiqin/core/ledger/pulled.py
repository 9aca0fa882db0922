"""A ledger's balance cache kept in step with movement rows written from outside the ledger (a
sync pull, a catch-up reload), touching only the balances of the keys those rows concern.

Rebuilding the whole cache after every pulled batch made an initial load quadratic. Instead, the
rows are compared with what the database holds before they are written: a movement new here adds
its quantity to its (item, location) balance (summed in SQL once the rows are written); a movement
already here and unchanged (an office's own rows coming back with their server version) changes
nothing; one whose item, location, quantity, time or deletion changed has its old and new keys
summed again from the ledger. Values compare as stored, read before and after the write.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import Connection

#: the movement columns a balance depends on, the id first
COLUMNS = ("id", "item_id", "location", "quantity", "moved_at", "deleted_at")
Key = tuple[str, str]


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _stored(connection: Connection, movement: str, ids: list[str]) -> dict[str, tuple]:
    """The balance columns of the rows with these ids, as stored here (rows not here are left out)."""
    names = ", ".join(_quote(c) for c in COLUMNS)
    found = connection.exec_driver_sql(
        f"SELECT {names} FROM {_quote(movement)} WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(ids),))
    return {row[0]: tuple(row[1:]) for row in found}


def recount(connection: Connection, movement: str, balance: str, keys: Iterable[Key]) -> None:
    """Sum these keys' balances again from the ledger (a key without live movements has none)."""
    keys = [tuple(k) for k in keys]
    if not keys:
        return
    connection.exec_driver_sql(f"DELETE FROM {_quote(balance)} WHERE item_id = ? AND location = ?", keys)
    connection.exec_driver_sql(
        f"INSERT INTO {_quote(balance)} (item_id, location, quantity, last_moved_at) "
        f"SELECT item_id, location, sum(quantity), max(moved_at) FROM {_quote(movement)} "
        "WHERE item_id = ? AND location = ? AND deleted_at IS NULL GROUP BY item_id, location", keys)


def add(connection: Connection, movement: str, balance: str, ids: list[str]) -> None:
    """Add the live movements with these ids (new here) to their cached balances, in SQL."""
    if not ids:
        return
    connection.exec_driver_sql(
        f"INSERT INTO {_quote(balance)} (item_id, location, quantity, last_moved_at) "
        f"SELECT item_id, location, sum(quantity), max(moved_at) FROM {_quote(movement)} "
        "WHERE id IN (SELECT value FROM json_each(?)) AND deleted_at IS NULL GROUP BY item_id, location "
        "ON CONFLICT(item_id, location) DO UPDATE SET quantity = quantity + excluded.quantity, "
        "last_moved_at = max(coalesce(last_moved_at, excluded.last_moved_at), excluded.last_moved_at)",
        (json.dumps(ids),))


def follow(connection: Connection, movement: str, balance: str, columns: Sequence[str],
           values: Sequence[Sequence[Any]]) -> Callable[[], None]:
    """Call before `values` (rows of `movement` in `columns` order) are written; the function
    returned, called after they were written in the same transaction, updates the balances."""
    ident = columns.index("id")
    before = _stored(connection, movement, [row[ident] for row in values])
    fresh = [row[ident] for row in values if row[ident] not in before]

    def finish() -> None:
        add(connection, movement, balance, fresh)
        if not before:
            return
        again: set[Key] = set()
        after = _stored(connection, movement, list(before))  # compared as stored, whatever came in
        for row_id, old in before.items():
            new = after.get(row_id, old)
            if new != old:
                again.update(((old[0], old[1]), (new[0], new[1])))
        recount(connection, movement, balance, sorted(again))  # whole sums: after the additions
    return finish
