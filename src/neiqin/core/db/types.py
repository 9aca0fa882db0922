"""Column types shared by every slice."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, DateTime, String
from sqlalchemy.types import TypeDecorator

from neiqin.core.money import from_fen, to_fen


class Money(TypeDecorator[Decimal]):
    """Decimal yuan in Python, integer fen in the database."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return to_fen(Decimal(value))

    def process_result_value(self, value, dialect):
        return None if value is None else from_fen(int(value))


QTY_SCALE = 1000


class Quantity(TypeDecorator[Decimal]):
    """Decimal quantity in Python, integer thousandths in the database (exact, sums in SQL)."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        return int(Decimal(value) * QTY_SCALE)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return (Decimal(int(value)) / QTY_SCALE).normalize()


class UtcDateTime(TypeDecorator[datetime]):
    """Times stored as naive UTC, returned as aware UTC datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, str):
            value = datetime.fromisoformat(value)
        return value.replace(tzinfo=UTC)


def IdColumnType() -> String:  # noqa: N802 - reads as a type
    return String(36)


def utcnow() -> datetime:
    return datetime.now(UTC)
