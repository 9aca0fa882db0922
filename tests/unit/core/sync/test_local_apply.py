"""Pulled rows written into the local database: multi-row upserts of any batch size, whatever
SQLite's limit of bound values, insert new rows and replace existing ones in order, and the
table's capture triggers are back afterwards, recording nothing of what was pulled."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import text

from neiqin.core.sync import capture, local_apply
from neiqin.core.sync.catalog import sync_tables
from neiqin.core.sync.server import Rows

COLUMNS = ("id", "code", "name", "name_key", "customer_type", "phone", "credit_limit", "server_version")


def _rows(count: int, start: int, version: int) -> list[tuple]:
    return [(f"c-{i:05d}", f"P-{i:05d}", f"拉取客户{i}", f"lq{i}", "enterprise", None if i % 3 else f"0{i}'\"",
             i * 100 if i % 2 else None, version) for i in range(start, start + count)]


@pytest.mark.parametrize(("count", "limit"), [(1, None), (499, None), (1234, None), (1234, 100), (7, 8)])
def test_pulled_rows_are_inserted_and_replaced_in_any_batch_size(db, count, limit):
    table = sync_tables()["customer"]
    with db.engine.begin() as connection:
        capture.install(connection, "branch-x", None)
    before_triggers = _triggers(db)
    first, second = _rows(count, 0, 1), _rows(count, count // 2, 2)  # half of them again, changed
    second = [(*row[:2], row[2] + "改", *row[3:]) for row in second]
    with db.engine.begin() as connection:
        if limit is not None:
            connection.connection.driver_connection.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, limit)
        connection.exec_driver_sql(f"UPDATE {capture.CONTEXT} SET applying = 1")
        queued = connection.execute(text(f"SELECT count(*) FROM {capture.OUTBOX}")).scalar_one()
        local_apply.write_rows(connection, table, Rows(COLUMNS, first))
        local_apply.write_rows(connection, table, Rows(COLUMNS, second))
        connection.exec_driver_sql(f"UPDATE {capture.CONTEXT} SET applying = 0")
        assert connection.execute(text(f"SELECT count(*) FROM {capture.OUTBOX}")).scalar_one() == queued
        listed = ", ".join(COLUMNS)
        stored = {r[0]: tuple(r) for r in connection.execute(text(
            f"SELECT {listed} FROM customer WHERE id LIKE 'c-%'"))}
    expected = {row[0]: row for row in first} | {row[0]: row for row in second}
    assert stored == expected
    assert _triggers(db) == before_triggers


def _triggers(db) -> dict[str, str]:
    with db.engine.connect() as connection:
        return dict(connection.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'customer'")).all())
