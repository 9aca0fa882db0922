"""MariaDB row literals (`server_literals._literals`) are exactly what PyMySQL writes for each
value, whichever way a column is written: one plain type without NULLs (text, whole numbers,
yes/no, times with repeated or distinct values, dates), with NULLs, mixed, or needing escapes."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pymysql.converters
import pytest

from neiqin.core.sync import server_literals

SPECIAL = ["it's", 'say "hi"', "back\\slash", "nul\x00byte", "line\nbreak", "cr\rlf", "ctrl\x1az",
           "50% %s %(x)s %d", "北京市朝阳区", "😀", ""]


def driver(row: tuple) -> str:
    return "(" + ",".join(pymysql.converters.escape_item(v, "utf8mb4") for v in row) + ")"


def columns(n: int, seed: int) -> list[list]:
    rnd = random.Random(seed)
    start = datetime(2026, 1, 1, 8, 0, 0)
    one_time = start + timedelta(microseconds=123456)
    plain = [f"v{i}" for i in range(n)]
    return [
        plain,  # text, nothing to escape
        [rnd.choice(SPECIAL) for _ in range(n)],  # text to escape
        [None if i % 3 == 0 else rnd.choice(SPECIAL + plain) for i in range(n)],  # text and NULL
        [rnd.randint(-(2**63), 2**63 - 1) for _ in range(n)],  # whole numbers
        [None if i % 2 else i for i in range(n)],
        [i % 2 == 0 for i in range(n)],  # yes/no
        [None if i % 4 == 0 else i % 3 == 0 for i in range(n)],
        [one_time] * n,  # one time for all rows
        [start + timedelta(seconds=i, microseconds=0 if i % 2 else i) for i in range(n)],  # distinct times
        [None if i % 5 == 0 else one_time for i in range(n)],
        [date(2026, 4, 1) + timedelta(days=i) for i in range(n)],
        [None if i % 2 else date(2026, 4, 1) for i in range(n)],
        [None] * n,
        [rnd.choice([1, "x", None, True, date(2026, 1, 1), one_time]) for _ in range(n)],  # mixed
    ]


@pytest.mark.parametrize("n", [1, 2, 7, 500])
def test_rows_are_written_as_the_driver_writes_them(n):
    rows = list(zip(*columns(n, n), strict=True))
    assert server_literals._literals(rows) == [driver(row) for row in rows]


def test_every_column_alone_and_no_placeholders_in_a_row_of_nulls():
    for column in columns(50, 3):
        rows = [(value,) for value in column]
        assert server_literals._literals(rows) == [driver(row) for row in rows]
    assert server_literals._literals([(None, None)] * 3) == ["(NULL,NULL)"] * 3


def test_values_not_covered_are_refused():
    aware = datetime(2026, 1, 1, tzinfo=UTC)
    for bad in ([aware, aware], [1.5, 2.5], [aware, None], [b"x", b"y"]):
        with pytest.raises(TypeError):
            server_literals._literals([(1, value) for value in bad])


def test_text_lists_for_in():
    class Fake:  # a connection whose driver uses backslash escapes
        class connection:
            class driver_connection:
                server_status = 0

    assert server_literals.text_list(Fake, ["a", "b"]) == "'a','b'"
    assert server_literals.text_list(Fake, ["a'b", "c\\"]) == "'a\\'b','c\\\\'"
    assert server_literals.text_list(Fake, ["a", 1]) is None
    Fake.connection.driver_connection.server_status = 512  # NO_BACKSLASH_ESCAPES
    assert server_literals.text_list(Fake, ["a"]) is None
