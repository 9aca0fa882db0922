"""Multi-row INSERT statements for MariaDB with the values written as SQL literals here.

PyMySQL's executemany already sends one multi-row INSERT per megabyte, but it escapes every value
through a generic per-value dispatch that cost a MariaDB push more than half of its time. Here each
column is turned into literals in one pass, with the same escaping as PyMySQL (its translation
table for text: backslash, quotes, NUL, CR, LF and Ctrl-Z escaped; the connection is utf8mb4), and
each statement is sent from a second thread while the next one is written. A server in
NO_BACKSLASH_ESCAPES mode, or a value of a type not listed here, leaves the rows to the driver.
"""

from __future__ import annotations

import re
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date, datetime

from sqlalchemy import Connection

#: the statement size PyMySQL's executemany aims at (max_allowed_packet is at least 4 MB)
MAX_STATEMENT = 1_000_000
_STEP = 500  # rows written as literals at a time
_NO_BACKSLASH_ESCAPES = 512  # pymysql.constants.SERVER_STATUS
_ESCAPES = {0: "\\0", ord("\\"): "\\\\", ord("\n"): "\\n", ord("\r"): "\\r", 26: "\\Z", ord('"'): '\\"',
            ord("'"): "\\'"}
_SPECIAL = re.compile("[\\x00\\n\\r\\x1a\"'\\\\]")
_NONE = type(None)


def _text(value: str) -> str:
    return "'" + value.translate(_ESCAPES) + "'"


def _moment(value: datetime) -> str:
    return "'" + value.isoformat(" ") + "'" if value.tzinfo is None else _unknown(value)


def _unknown(value) -> str:
    raise TypeError(type(value).__name__)


_LITERALS = {str: _text, _NONE: lambda _v: "NULL", bool: lambda v: "1" if v else "0", int: int.__repr__,
             datetime: _moment, date: lambda v: "'" + v.isoformat() + "'"}


def _column(values: list) -> list[str]:
    types = set(map(type, values))
    if types <= {str, _NONE}:
        if _SPECIAL.search("".join([v for v in values if v is not None])) is None:  # nothing to escape
            return ["NULL" if v is None else "'" + v + "'" for v in values]
        return ["NULL" if v is None else "'" + v.translate(_ESCAPES) + "'" for v in values]
    if types <= {int, _NONE}:
        return ["NULL" if v is None else str(v) for v in values]
    if types <= {datetime, _NONE} and all(v.tzinfo is None for v in values if v is not None):
        return ["NULL" if v is None else "'" + v.isoformat(" ") + "'" for v in values]
    return [_LITERALS.get(type(v), _unknown)(v) for v in values]


def _literals(rows: list[tuple]) -> list[str]:
    """One "(…)" per row; TypeError when a value is not covered."""
    columns = [_column(list(values)) for values in zip(*rows, strict=True)]
    return ["(" + ",".join(row) + ")" for row in zip(*columns, strict=True)]


def mariadb_insert(connection: Connection, head: str, rows: list[tuple]) -> int:
    """Send `head` ("INSERT INTO t (a, b) VALUES ") with `rows` as literals, a megabyte a statement;
    returns how many rows (from the first) were sent: the rest, from a value not covered on, and
    all of them when the driver must escape, are left to the caller. Each statement runs on a
    second thread while the next one is written here (the server's work hides that of writing)."""
    driver = connection.connection.driver_connection
    if getattr(driver, "server_status", _NO_BACKSLASH_ESCAPES) & _NO_BACKSLASH_ESCAPES:
        return 0
    done = 0
    with ThreadPoolExecutor(1, thread_name_prefix="neiqin-insert") as sender:
        running: Future | None = None
        tuples: list[str] = []
        size = len(head)
        for start in range(0, len(rows), _STEP):
            try:
                written = _literals(rows[start:start + _STEP])
            except TypeError:
                break
            for literal in written:
                if size + len(literal) > MAX_STATEMENT and tuples:
                    running = _send_after(sender, running, connection, head + ",".join(tuples))
                    tuples, size = [], len(head)
                tuples.append(literal)
                size += len(literal) + 1
            done = start + len(written)
        if tuples:
            running = _send_after(sender, running, connection, head + ",".join(tuples))
        if running is not None:
            running.result()
    return done


def _send_after(sender: ThreadPoolExecutor, running: Future | None, connection: Connection, sql: str) -> Future:
    """Send `sql` once the statement before it finished (its error raised here)."""
    if running is not None:
        running.result()
    # without parameters the driver takes the statement as it is (no % formatting of the values)
    return sender.submit(connection.exec_driver_sql, sql, execution_options={"no_parameters": True})
