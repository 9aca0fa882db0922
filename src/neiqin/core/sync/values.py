"""Column values between the SQLite outbox (JSON), Python and the server; canonical row checksums."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import BigInteger, Boolean, Column, Date, DateTime, Integer, MetaData, String, Table, Text
from sqlalchemy.dialects import mysql

from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.core.sync.catalog import raw_type
from neiqin.core.sync.errors import ProtocolError

#: the biggest text value accepted in one column, and one pushed row as JSON
MAX_TEXT = 1_000_000
MAX_ROW_BYTES = 4_000_000
INT64 = (-(2**63), 2**63 - 1)


def _bad(table: str, column: str, value: Any, reason: str) -> ProtocolError:
    shown = repr(value)
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    return ProtocolError(QT_TRANSLATE_NOOP("sync", "Refused change for {table}.{column} = {value}: {reason}"),
                         table=table, column=column, value=shown, reason=reason)


def _boolean(table, name, kind, value):
    if isinstance(value, bool) or value in (0, 1):
        return bool(value)
    raise _bad(table, name, value, "not a yes/no value")


def _integer(table, name, kind, value):
    if isinstance(value, bool) or not isinstance(value, int):
        raise _bad(table, name, value, "not a whole number")
    if not INT64[0] <= value <= INT64[1]:
        raise _bad(table, name, value, "number out of range")
    return value


def _moment(table, name, kind, value):
    if not isinstance(value, str):
        raise _bad(table, name, value, "not a date or time")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise _bad(table, name, value, "not a date or time") from None
    if isinstance(kind, DateTime):
        return parsed if parsed.tzinfo is None else parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed.date()


def _text(table, name, kind, value):
    if not isinstance(value, str):
        raise _bad(table, name, value, "not text")
    if "\x00" in value:
        raise _bad(table, name, value, "contains a NUL character")
    limit = kind.length or MAX_TEXT
    if len(value) > limit:
        raise _bad(table, name, value, f"longer than {limit} characters")
    return value


def _unsupported(table, name, kind, value):
    raise _bad(table, name, value, f"unsupported column type {type(kind).__name__}")


_DECODERS: dict[int, tuple] = {}


def _decoder(column: Column):
    found = _DECODERS.get(id(column))
    if found is None or found[0] is not column:
        kind = raw_type(column)
        if isinstance(kind, Boolean):
            fn = _boolean
        elif isinstance(kind, Integer | BigInteger):
            fn = _integer
        elif isinstance(kind, DateTime | Date):
            fn = _moment
        elif isinstance(kind, String | Text):
            fn = _text
        else:
            fn = _unsupported
        found = _DECODERS[id(column)] = (column, fn, kind)
    return found


def decode(table: str, column: Column, value: Any) -> Any:
    """A JSON value from the outbox as the Python value of the column's storage type."""
    if value is None:
        return None
    _column, fn, kind = _decoder(column)
    return fn(table, column.name, kind, value)


def decoders(columns: dict[str, Column]) -> dict[str, tuple[Any, Any, int | None]]:
    """Column name → (decode function, storage type, text limit) for `columns`, made once per column
    set; the limit (None for other types) lets a caller take well-formed text without a call."""
    found = _SETS.get(id(columns))
    if found is None or found[0] is not columns:
        out = {}
        for name, column in columns.items():
            _column, fn, kind = _decoder(column)
            out[name] = (fn, kind, (kind.length or MAX_TEXT) if fn is _text else None)
        found = _SETS[id(columns)] = (columns, out)
    return found[1]


_SETS: dict[int, tuple] = {}


def to_json(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    return value


def local_form(dialect: str, quoted: str, column: Column) -> str:
    """A server column in a driver-level SELECT (pyformat parameters), as SQLite stores it: times as
    text with microseconds (SQLAlchemy's SQLite format), dates as ISO text, yes/no as 0/1."""
    kind = column.type
    postgres = dialect == "postgresql"
    if isinstance(kind, DateTime):
        return f"to_char({quoted}, 'YYYY-MM-DD HH24:MI:SS.US')" if postgres else \
            f"DATE_FORMAT({quoted}, '%%Y-%%m-%%d %%H:%%i:%%s.%%f')"
    if isinstance(kind, Date):
        return f"to_char({quoted}, 'YYYY-MM-DD')" if postgres else f"DATE_FORMAT({quoted}, '%%Y-%%m-%%d')"
    if isinstance(kind, Boolean) and postgres:
        return f"CAST({quoted} AS integer)"
    return quoted


def canonical(value: Any) -> str | None:
    """One spelling per value on every database (checksums compare SQLite with the server)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return value.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def row_digest(rows) -> tuple[int, str]:
    """(count, sha256) over rows already sorted by id, each a sequence of values."""
    digest = hashlib.sha256()
    count = 0
    for row in rows:
        count += 1
        digest.update(json.dumps([canonical(v) for v in row], ensure_ascii=False).encode())
        digest.update(b"\n")
    return count, digest.hexdigest()


def server_type(column: Column):
    """The column's storage type as created on the server (microsecond times on MariaDB)."""
    kind = raw_type(column)
    if isinstance(kind, DateTime):
        return DateTime().with_variant(mysql.DATETIME(fsp=6), "mysql", "mariadb")
    if isinstance(kind, Text):
        return Text().with_variant(mysql.LONGTEXT(), "mysql", "mariadb")
    if isinstance(kind, String):
        return String(kind.length)
    if isinstance(kind, Boolean):
        return Boolean(create_constraint=False)
    return type(kind)()


def raw_copy(table: Table, metadata: MetaData, columns: tuple[str, ...] | None = None, *,
             server: bool = False, extra: tuple[Column, ...] = ()) -> Table:
    """`table` with its storage types (no TypeDecorator), no foreign keys and no unique constraints."""
    names = columns or tuple(c.name for c in table.columns)
    cols = [Column(name, server_type(table.c[name]) if server else raw_type(table.c[name]),
                   primary_key=table.c[name].primary_key, autoincrement=False)
            for name in names]
    return Table(table.name, metadata, *cols, *extra)
