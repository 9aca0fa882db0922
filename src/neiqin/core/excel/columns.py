"""Column specs of an Excel list and the conversion of one cell value to Python."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError
from neiqin.core.money import parse_money

KINDS = ("text", "int", "money", "decimal", "date", "bool", "choice")
TRUE_WORDS = {"1", "true", "yes", "y", "是", "有", "启用", "啟用", "√", "✓"}
FALSE_WORDS = {"0", "false", "no", "n", "否", "无", "無", "停用", "×"}
MAX_INT = 2**53


@dataclass(frozen=True)
class ExcelColumn:
    key: str
    header_zh: str
    header_en: str
    kind: str = "text"
    required: bool = False
    max_length: int | None = None
    #: for kind "choice": value → text written on export (accepted on import, like the value)
    choices: Mapping[str, str] | Sequence[str] | None = None
    width: int | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r}")

    def header(self, language: str = "zh") -> str:
        return self.header_en if language == "en" else self.header_zh

    def choice_map(self) -> dict[str, str]:
        if self.choices is None:
            return {}
        if isinstance(self.choices, Mapping):
            return dict(self.choices)
        return {value: value for value in self.choices}


class CellError(ValidationError):
    """A problem of one cell (or row) of an imported sheet: row number as Excel shows it, column
    header, reason."""

    def __init__(self, message: str, /, row: int, column: str = "", **params: Any) -> None:
        self.row = row
        self.column = column
        super().__init__(message, field=column or None, row=row, column=column, **params)


def _cell_error(message: str, row: int, column: ExcelColumn, **params) -> CellError:
    return CellError(message, row=row, column=column.header_zh, **params)


def _number_text(value: float | int) -> str:
    """A phone number or code typed as a number: 13901234567, not 13901234567.0 or 1.39e10."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def convert(value: Any, column: ExcelColumn, row: int) -> Any:
    """The Python value of a cell, or None for an empty cell; raises CellError."""
    if isinstance(value, str):
        value = value.strip()
        if value == "":
            value = None
    if value is None:
        if column.required:
            raise _cell_error(QT_TRANSLATE_NOOP("errors", "Row {row}, {column}: a value is required."), row, column)
        return None
    kind = column.kind
    if kind == "text":
        text = value if isinstance(value, str) else _number_text(value) if isinstance(value, int | float) \
            else value.isoformat() if isinstance(value, date) else str(value)
        if column.max_length is not None and len(text) > column.max_length:
            raise _cell_error(QT_TRANSLATE_NOOP(
                "errors", "Row {row}, {column}: the text is too long ({length} characters, at most {limit})."),
                row, column, length=len(text), limit=column.max_length)
        return text
    if kind == "int":
        try:
            if isinstance(value, bool):
                raise ValueError
            number = Decimal(str(value).replace(",", "")) if not isinstance(value, int) else Decimal(value)
            if number != number.to_integral_value() or abs(number) > MAX_INT:
                raise ValueError
            return int(number)
        except (ValueError, InvalidOperation):
            raise _cell_error(QT_TRANSLATE_NOOP("errors", "Row {row}, {column}: “{value}” is not a whole number."),
                              row, column, value=value) from None
    if kind in ("money", "decimal"):
        if isinstance(value, bool | datetime | date):
            raise _cell_error(QT_TRANSLATE_NOOP("errors", "Row {row}, {column}: “{value}” is not a number."),
                              row, column, value=value)
        if kind == "money":
            if isinstance(value, float):
                value = round(value, 6)  # 0.1+0.2 style float noise from Excel
            try:
                return parse_money(value, column.header_zh)
            except ValidationError as exc:
                raise _cell_error(QT_TRANSLATE_NOOP("errors", "Row {row}, {column}: {reason}"), row, column,
                                  reason=exc.render()) from None
        try:
            number = Decimal(repr(value)) if isinstance(value, float) else Decimal(str(value).replace(",", ""))
            if not number.is_finite():
                raise InvalidOperation
            return number
        except InvalidOperation:
            raise _cell_error(QT_TRANSLATE_NOOP("errors", "Row {row}, {column}: “{value}” is not a number."),
                              row, column, value=value) from None
    if kind == "date":
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        text = str(value).replace("/", "-").replace(".", "-").replace("年", "-").replace("月", "-").rstrip("日")
        try:
            parts = [int(p) for p in text.split("-")]
            return date(*parts) if len(parts) == 3 else date.fromisoformat(text)
        except (ValueError, TypeError):
            raise _cell_error(QT_TRANSLATE_NOOP("errors", "Row {row}, {column}: “{value}” is not a date (YYYY-MM-DD)."),
                              row, column, value=value) from None
    if kind == "bool":
        if isinstance(value, bool):
            return value
        word = _number_text(value).lower() if isinstance(value, int | float) else str(value).lower()
        if word in TRUE_WORDS:
            return True
        if word in FALSE_WORDS:
            return False
        raise _cell_error(QT_TRANSLATE_NOOP("errors", "Row {row}, {column}: “{value}” is not yes or no (是/否)."),
                          row, column, value=value)
    # choice
    text = _number_text(value) if isinstance(value, int | float) else str(value)
    for key, label in column.choice_map().items():
        if text.lower() in (key.lower(), label.lower()):
            return key
    raise _cell_error(QT_TRANSLATE_NOOP("errors", "Row {row}, {column}: “{value}” is not one of {choices}."),
                      row, column, value=value, choices="、".join(column.choice_map().values()))


def export_value(value: Any, column: ExcelColumn) -> Any:
    """The cell value written for a Python value: choices as their text, booleans as 是/否,
    and text that a spreadsheet would run as a formula made inert with a leading apostrophe."""
    if value is None:
        return None
    if column.kind == "choice":
        value = column.choice_map().get(value, value)
    elif column.kind == "bool":
        return "是" if value else "否"
    if isinstance(value, str):
        if value[:1] in ("=", "+", "-", "@", "\t", "\r"):
            return "'" + value
        return value
    return value
