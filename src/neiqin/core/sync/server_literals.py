"""Multi-row INSERT statements for MariaDB with the values written as SQL literals here.

PyMySQL's executemany already sends one multi-row INSERT per megabyte, but it escapes every value
through a generic per-value dispatch that cost a MariaDB push more than half of its time. Here the
values are written with the same escaping as PyMySQL (its translation table for text: backslash,
quotes, NUL, CR, LF and Ctrl-Z escaped; the connection is utf8mb4): each column is looked at once,
and a column of one plain type (text with nothing to escape, whole numbers, times without a time
zone, dates, yes/no) goes into the rows as it is, by one format per row that C code fills in; only
the others are written value by value. The statements go from a second thread while the next one
is written (`Pipeline`, which a push keeps for all of its writes). A server in
NO_BACKSLASH_ESCAPES mode, or a value of a type not listed here, leaves the rows to the driver.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection

#: the statement size PyMySQL's executemany aims at (max_allowed_packet is at least 4 MB)
MAX_STATEMENT = 1_000_000
_STEP = 500  # rows written as literals at a time
_NO_BACKSLASH_ESCAPES = 512  # pymysql.constants.SERVER_STATUS
_ESCAPES = {0: "\\0", ord("\\"): "\\\\", ord("\n"): "\\n", ord("\r"): "\\r", 26: "\\Z", ord('"'): '\\"',
            ord("'"): "\\'"}
_NONE = type(None)
_NULLS, _TEXTS, _INTS, _MOMENTS, _DAYS, _BOOLS = {_NONE}, {str}, {int}, {datetime}, {date}, {bool}


def _plain(text: str) -> bool:
    """Nothing in `text` to escape (a few substring searches beat one regular expression)."""
    return not ("'" in text or "\\" in text or '"' in text or "\n" in text or "\r" in text or "\x00" in text
                or "\x1a" in text)


def _text(value: str) -> str:
    return "'" + value.translate(_ESCAPES) + "'"


def _moment(value: datetime) -> str:
    return "'" + value.isoformat(" ") + "'" if value.tzinfo is None else _unknown(value)


def _unknown(value) -> str:
    raise TypeError(type(value).__name__)


_LITERALS = {str: _text, _NONE: lambda _v: "NULL", bool: lambda v: "1" if v else "0", int: int.__repr__,
             datetime: _moment, date: lambda v: "'" + v.isoformat() + "'"}


def _column(values: Sequence) -> list[str]:
    """The literals of a column, value by value."""
    types = set(map(type, values))
    if types <= {str, _NONE}:
        if _plain("".join([v for v in values if v is not None])):
            return ["NULL" if v is None else "'" + v + "'" for v in values]
        return ["NULL" if v is None else "'" + v.translate(_ESCAPES) + "'" for v in values]
    if types <= {int, _NONE}:
        return ["NULL" if v is None else str(v) for v in values]
    if types <= {datetime, _NONE} and all(v.tzinfo is None for v in values if v is not None):
        return ["NULL" if v is None else "'" + v.isoformat(" ") + "'" for v in values]
    return [_LITERALS.get(type(v), _unknown)(v) for v in values]


def _moments(values: Sequence[datetime]) -> list[str] | None:
    """Times without a time zone as text (isoformat(" "), as PyMySQL writes them), each distinct
    time written once; None when one has a time zone."""
    found = set(values)
    if not all([v.tzinfo is None for v in found]):
        return None
    if len(found) * 2 > len(values):
        return [v.isoformat(" ") for v in values]
    written = {v: v.isoformat(" ") for v in found}
    return list(map(written.__getitem__, values))


def _field(values: Sequence, filled: list[Sequence]) -> str:
    """The row format's part for one column; what fills it in is appended to `filled`."""
    types = set(map(type, values))
    if types == _NULLS:
        return "NULL"
    if types == _TEXTS:
        if _plain("".join(values)):
            filled.append(values)
            return "'%s'"
    elif types == _INTS:
        filled.append(values)
        return "%s"
    elif types == _BOOLS:
        filled.append(values)
        return "%d"  # True / False as 1 / 0
    elif types == _MOMENTS:
        written = _moments(values)
        if written is not None:
            filled.append(written)
            return "'%s'"
    elif types == _DAYS:
        filled.append(values)
        return "'%s'"  # str() of a date is its isoformat()
    filled.append(_column(values))
    return "%s"


def _literals(rows: Sequence[tuple]) -> list[str]:
    """One "(…)" per row; TypeError when a value is not covered. The row format holds no "%" but
    its own fields: values are put in as they are, never read as formats themselves."""
    filled: list[Sequence] = []
    row = "(" + ",".join([_field(values, filled) for values in zip(*rows, strict=True)]) + ")"
    if not filled:
        return [row] * len(rows)
    return list(map(row.__mod__, zip(*filled, strict=True)))


def text_list(connection: Connection, values: Sequence[str]) -> str | None:
    """`values` (texts) as a list of literals for `IN (…)`; None when the driver must escape them
    (NO_BACKSLASH_ESCAPES) or one is not a text."""
    if _no_backslash_escapes(connection) or set(map(type, values)) != _TEXTS:
        return None
    if _plain("".join(values)):
        return "'" + "','".join(values) + "'"
    return ",".join([_text(v) for v in values])


def _no_backslash_escapes(connection: Connection) -> bool:
    driver = connection.connection.driver_connection
    return bool(getattr(driver, "server_status", _NO_BACKSLASH_ESCAPES) & _NO_BACKSLASH_ESCAPES)


class Pipeline:
    """Statements run one after the other on a second thread while the next one is made here.
    At most one runs at a time, in the order given; its error is raised by the next `run`,
    `wait` or `close`, and nothing given after a failed statement runs. While one is open, the
    connection is used only through it (or after `wait`)."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self._sender = ThreadPoolExecutor(1, thread_name_prefix="neiqin-insert")
        self._running: Future | None = None

    def run(self, work: Callable[[], Any]) -> None:
        """Run `work` (which uses the connection) once what runs now finished."""
        self.wait()
        self._running = self._sender.submit(work)

    def send(self, sql: str) -> None:
        # without parameters the driver takes the statement as it is (no % formatting of the values)
        self.run(lambda: self.connection.exec_driver_sql(sql, execution_options={"no_parameters": True}))

    def wait(self) -> None:
        running, self._running = self._running, None
        if running is not None:
            running.result()

    def abandon(self) -> None:
        """End the thread once the statement running now finished, without raising its error (the
        caller's block failed already)."""
        self._sender.shutdown(wait=True)

    def close(self) -> None:
        """Wait for the last statement (its error raised here) and end the thread."""
        try:
            self.wait()
        finally:
            self._sender.shutdown(wait=True)


@contextmanager
def pipelined(connection: Connection, on: bool = True) -> Iterator[Pipeline | None]:
    """A `Pipeline` for the block (None when not `on`), closed at its end; when the block fails,
    its error is raised once the statement running then has finished."""
    if not on:
        yield None
        return
    pipeline = Pipeline(connection)
    try:
        yield pipeline
    except BaseException:
        pipeline.abandon()
        raise
    pipeline.close()


def mariadb_insert(connection: Connection, head: str, rows: list[tuple], pipeline: Pipeline | None = None) -> int:
    """Send `head` ("INSERT INTO t (a, b) VALUES ") with `rows` as literals, a megabyte a statement;
    returns how many rows (from the first) were sent: the rest, from a value not covered on, and
    all of them when the driver must escape, are left to the caller. Each statement runs on the
    `pipeline` (one of its own when not given) while the next one is written here (the server's
    work hides that of writing); the last may still be running on return when `pipeline` is given."""
    if _no_backslash_escapes(connection):
        return 0
    with pipelined(connection, pipeline is None) as own:
        sender = pipeline or own
        assert sender is not None
        done = 0
        tuples: list[str] = []
        size = len(head)
        for start in range(0, len(rows), _STEP):
            try:
                written = _literals(rows[start:start + _STEP])
            except TypeError:
                break
            for literal in written:
                if size + len(literal) > MAX_STATEMENT and tuples:
                    sender.send(head + ",".join(tuples))
                    tuples, size = [], len(head)
                tuples.append(literal)
                size += len(literal) + 1
            done = start + len(written)
        if tuples:
            sender.send(head + ",".join(tuples))
    return done
