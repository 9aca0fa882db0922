"""MariaDB multi-row INSERTs with the values written as literals: every value comes back from the
server exactly as given — quotes, backslashes, NUL, line breaks, Ctrl-Z, percent signs, Chinese
text, NULL, yes/no, the largest numbers, times with and without microseconds, dates — also when
the rows are split over several statements; a value the literals do not cover is left to the
driver, and a server in NO_BACKSLASH_ESCAPES mode gets the driver's escaping too."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from neiqin.core.sync import server_literals
from tests.integration.sync_servers import server_database

pytestmark = pytest.mark.server

TEXTS = ["plain", "", "it's", 'say "hi"', "back\\slash", "end\\", "nul\x00byte", "line\nbreak", "cr\rlf",
         "ctrl\x1az", "50% %s %(x)s", "北京市朝阳区", "\\'; DROP TABLE t; --", "😀 emoji", "tab\there"]


def rows():
    out = []
    for n, value in enumerate(TEXTS):
        out.append((n, value, None if n % 3 == 0 else n % 2 == 0, [0, -1, 2**63 - 1, -(2**63)][n % 4],
                    datetime(2026, 3, n + 1, 8, 30, 5, 123456 if n % 2 else 0), date(2026, 4, n + 1)))
    out.append((99, None, None, None, None, None))
    return out


@pytest.fixture
def engine():
    with server_database("mariadb") as url:
        made = create_engine(url, poolclass=NullPool)
        yield made
        made.dispose()


def written(engine, data, *, mode: str | None = None, size: int | None = None) -> tuple[int, list[tuple]]:
    head = "INSERT INTO t (n, s, b, i, at, d) VALUES "
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE t (n INT PRIMARY KEY, s LONGTEXT, b BOOLEAN, i BIGINT, "
                                   "at DATETIME(6), d DATE) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin")
        if mode is not None:
            connection.exec_driver_sql(f"SET SESSION sql_mode = '{mode}'")
        previous = server_literals.MAX_STATEMENT
        server_literals.MAX_STATEMENT = size or previous
        try:
            sent = server_literals.mariadb_insert(connection, head, data)
        finally:
            server_literals.MAX_STATEMENT = previous
        if data[sent:]:  # what the literals did not cover goes by the driver, as `insert_rows` does
            connection.exec_driver_sql(head + "(%s, %s, %s, %s, %s, %s)", data[sent:])
        back = [tuple(r) for r in connection.exec_driver_sql("SELECT n, s, b, i, at, d FROM t ORDER BY n")]
        connection.exec_driver_sql("DROP TABLE t")
    return sent, back


def expected(data):
    return [(n, s, None if b is None else int(b), i, at, d) for n, s, b, i, at, d in data]


def test_every_value_comes_back_as_given_in_one_statement_or_many(engine):
    data = rows()
    for size in (None, 200):  # 200 bytes: about one row per statement
        sent, back = written(engine, data, size=size)
        assert sent == len(data)
        assert back == expected(data)


def test_values_the_literals_do_not_cover_are_left_to_the_driver(engine):
    data = [(n, f"r{n}", True, n, datetime(2026, 1, 1), date(2026, 1, 1)) for n in range(1200)]
    data[700] = (700, "y", False, 2.0, None, None)  # a float: from its group of rows on, the driver
    sent, back = written(engine, data, size=2000)
    assert sent == 500
    assert back == [(n, s, int(b), int(i), at, d) for n, s, b, i, at, d in data]


def test_a_server_without_backslash_escapes_gets_the_drivers_escaping(engine):
    data = rows()
    sent, back = written(engine, data, mode="NO_BACKSLASH_ESCAPES")
    assert sent == 0
    assert back == expected(data)
