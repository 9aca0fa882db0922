"""How values are shown (UI-GUIDE "Formats"): dates 2026-11-22, date-times 2026-11-22 14:05 in
local time, money ¥12,345.60, quantities without trailing zeros, statuses by their title."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from neiqin.core.money import format_money


def format_date(value: date | datetime | str | None) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    if isinstance(value, datetime):
        value = _local(value).date()
    return value.strftime("%Y-%m-%d")


def _local(value: datetime) -> datetime:
    # naive date-times from the database are UTC (core.db.types.UtcDateTime)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone()


def format_datetime(value: datetime | str | None) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if not isinstance(value, datetime):
        return format_date(value)
    return _local(value).strftime("%Y-%m-%d %H:%M")


def format_qty(value: Decimal | int | float | str | None) -> str:
    """12.500 → 12.5, 3.000 → 3, 1E+2 → 100; negative kept."""
    if value is None or value == "":
        return ""
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    if number == number.to_integral_value():
        return str(int(number))
    return format(number.normalize(), "f")


def format_int(value: int | None) -> str:
    return "" if value is None else str(int(value))


def format_bool(value: Any) -> str:
    if value is None:
        return ""
    if value:
        return QCoreApplication.translate("formats", "Yes")
    return QCoreApplication.translate("formats", "No")


def status_title(value: Any, titles: Mapping[str, str] | None, context: str) -> str:
    """The translated title of a status value (the English title is translated in `context`)."""
    if value is None:
        return ""
    title = (titles or {}).get(value)
    return QCoreApplication.translate(context, title) if title else str(value)


def format_value(kind: str, value: Any, status_titles: Mapping[str, str] | None = None,
                 context: str = "lists") -> str:
    if value is None:
        return ""
    if kind == "money":
        return format_money(value if isinstance(value, Decimal) else Decimal(str(value)))
    if kind == "date":
        return format_date(value)
    if kind == "datetime":
        return format_datetime(value)
    if kind == "qty":
        return format_qty(value)
    if kind == "int":
        return format_int(value)
    if kind == "bool":
        return format_bool(value)
    if kind == "status":
        return status_title(value, status_titles, context)
    return str(value)
