"""Per-key balance rebuilds and the cache following rows written from outside the ledger, on tables of
their own in a real SQLite file: the result always equals a full rebuild from the ledger."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sqlalchemy import text
from sqlalchemy.orm import DeclarativeBase, Session

from neiqin.core.db.base import Synced
from neiqin.core.db.engine import sqlite_engine
from neiqin.core.ledger.movements import BalanceColumns, Ledger, MovementColumns


class KeysBase(DeclarativeBase):
    pass


class Move(MovementColumns, Synced, KeysBase):
    __tablename__ = "keys_move"


class Balance(BalanceColumns, KeysBase):
    __tablename__ = "keys_balance"


LEDGER = Ledger(Move, Balance)
COLUMNS = ("id", "branch_id", "item_id", "location", "kind", "quantity", "moved_at", "deleted_at")
T0 = datetime(2026, 5, 1, 8, 0)


def _engine(tmp_path):
    engine = sqlite_engine(tmp_path / "keys.db")
    KeysBase.metadata.create_all(engine)
    return engine


def _cache(connection) -> list[tuple]:
    return connection.execute(text("SELECT item_id, location, quantity, last_moved_at FROM keys_balance "
                                   "ORDER BY item_id, location")).all()


def _expected(connection) -> list[tuple]:
    """Every (item, location) with live movements: their sum and latest time, from the ledger."""
    return connection.execute(text("SELECT item_id, location, sum(quantity), max(moved_at) FROM keys_move "
                                   "WHERE deleted_at IS NULL GROUP BY item_id, location "
                                   "ORDER BY item_id, location")).all()


def _write(connection, rows: list[tuple]) -> None:
    names = ", ".join(COLUMNS)
    updates = ", ".join(f"{c} = excluded.{c}" for c in COLUMNS if c != "id")
    connection.exec_driver_sql(f"INSERT INTO keys_move ({names}) VALUES ({', '.join('?' * len(COLUMNS))}) "
                               f"ON CONFLICT(id) DO UPDATE SET {updates}", rows)


def test_rebuild_keys_puts_right_only_the_keys_given(tmp_path):
    engine = _engine(tmp_path)
    with engine.begin() as connection:
        _write(connection, [(f"m{n}", None, f"i{n % 4}", "", "receipt", 1000 * (n + 1),
                             (T0 + timedelta(minutes=n)).strftime("%Y-%m-%d %H:%M:%S.%f"), None) for n in range(12)])
        LEDGER.rebuild(Session(bind=connection))
        right = _expected(connection)
        assert _cache(connection) == right
        connection.exec_driver_sql("UPDATE keys_balance SET quantity = 7")
        LEDGER.rebuild_keys(connection, [("i1", ""), ("i3", "")])
        cached = {(r[0], r[1]): r for r in _cache(connection)}
        assert cached[("i1", "")] == right[1] and cached[("i3", "")] == right[3]
        assert cached[("i0", "")][2] == 7 and cached[("i2", "")][2] == 7  # the others left as they were
    engine.dispose()


def test_following_random_batches_equals_a_full_rebuild(tmp_path):
    engine = _engine(tmp_path)
    rng = random.Random(11)
    stored: dict[str, tuple] = {}
    with engine.begin() as connection:
        for round_ in range(40):
            batch: dict[str, tuple] = {}
            for _ in range(rng.randint(1, 25)):
                if stored and rng.random() < 0.3:  # a row already here comes again, maybe changed
                    row_id = rng.choice(sorted(stored))
                    old = list(stored[row_id])
                    change = rng.choice(("same", "delete", "location", "quantity", "item", "undelete"))
                    if change == "delete":
                        old[7] = "2026-06-01 00:00:00.000000"
                    elif change == "undelete":
                        old[7] = None
                    elif change == "location":
                        old[3] = rng.choice(("", "A", "B"))
                    elif change == "quantity":
                        old[5] = rng.randint(-9, 30) * 1000
                    elif change == "item":
                        old[2] = f"i{rng.randint(0, round_ // 4 + 1)}"  # items first seen in later rounds
                    batch[row_id] = tuple(old)
                else:
                    row_id = f"m{round_:03d}-{len(batch):03d}"
                    moved = (T0 + timedelta(hours=rng.randint(0, 900))).strftime("%Y-%m-%d %H:%M:%S.%f")
                    batch[row_id] = (row_id, None, f"i{rng.randint(0, round_ // 4 + 1)}", rng.choice(("", "A", "B")),
                                     "receipt", rng.randint(-9, 30) * 1000,
                                     moved, None if rng.random() < 0.9 else "2026-06-02 00:00:00.000000")
            rows = list(batch.values())
            written = LEDGER.follow_rows(connection, COLUMNS, rows)
            _write(connection, rows)
            written()
            stored.update(batch)
            assert _cache(connection) == _expected(connection), round_
    engine.dispose()
