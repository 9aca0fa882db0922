"""Excel export with openpyxl write-only mode (fast and flat in memory for 100k rows)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from neiqin.core.errors import storage_error
from neiqin.core.excel.columns import ExcelColumn, export_value
from neiqin.core.excel.progress import as_progress

if TYPE_CHECKING:
    from openpyxl import Workbook

# openpyxl is imported when a file is written, not at start-up (it costs a few hundred ms)

MONEY_FORMAT = "#,##0.00"
DATE_FORMAT = "yyyy-mm-dd"

def _bold():
    from openpyxl.styles import Font

    return Font(bold=True)


def _required_fill():
    from openpyxl.styles import PatternFill

    return PatternFill("solid", fgColor="FFF2CC")


_SHEET_TITLE_BAD = str.maketrans({c: "_" for c in "[]:*?/\\"})


def _sheet_title(title: str) -> str:
    return (title.translate(_SHEET_TITLE_BAD) or "Sheet")[:31]


def _setup_sheet(workbook: Workbook, title: str, columns: Sequence[ExcelColumn], language: str,
                 mark_required: bool = False):
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(_sheet_title(title))
    sheet.freeze_panes = "A2"
    for index, column in enumerate(columns, start=1):
        width = column.width or max(10, min(50, 2 * len(column.header(language)) + 4))
        sheet.column_dimensions[get_column_letter(index)].width = width
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column.header(language))
        cell.font = _bold()
        if mark_required and column.required:
            cell.fill = _required_fill()
        header.append(cell)
    sheet.append(header)
    return sheet


def _save_atomically(workbook: Workbook, path: Path) -> Path:
    """Write beside the target and rename: a cancelled or failed export leaves no half file."""
    path = Path(path)
    try:
        handle, temp = tempfile.mkstemp(suffix=".xlsx.part", dir=path.parent)
    except OSError as exc:
        raise (storage_error(exc, str(path.parent)) or exc) from exc
    os.close(handle)
    try:
        workbook.save(temp)
        os.replace(temp, path)
    except BaseException as exc:
        Path(temp).unlink(missing_ok=True)
        problem = storage_error(exc, str(path)) if isinstance(exc, OSError) else None
        if problem is not None:
            raise problem from exc
        raise
    return path


def export_rows(path: Path, sheet_title: str, columns: Sequence[ExcelColumn], rows: Iterable[Any],
                progress=None, total: int | None = None, language: str = "zh") -> int:
    """Write `rows` (mappings or objects with the columns' keys) to a new .xlsx; returns the row
    count. Money as numbers with a format, dates as dates, never a formula."""
    from openpyxl import Workbook

    report = as_progress(progress)
    workbook = Workbook(write_only=True)
    sheet = _setup_sheet(workbook, sheet_title, columns, language)
    styled = {}
    for index, column in enumerate(columns):
        if column.kind in ("money", "decimal"):
            styled[index] = MONEY_FORMAT if column.kind == "money" else "0.####"
        elif column.kind == "date":
            styled[index] = DATE_FORMAT
    try:
        count = _write_rows(sheet, columns, rows, styled, report, total or 0)
    except BaseException as exc:
        _discard(sheet)
        problem = storage_error(exc, str(path)) if isinstance(exc, OSError) else None
        if problem is not None:
            raise problem from exc
        raise
    _save_atomically(workbook, path)
    return count


def _discard(sheet) -> None:
    """Close a write-only sheet of an abandoned export and remove its temporary file."""
    try:
        sheet.close()
    except Exception:  # noqa: BLE001 - the export failed already; this is cleanup only
        pass
    temp = getattr(getattr(sheet, "_writer", None), "out", None)
    if isinstance(temp, str):
        Path(temp).unlink(missing_ok=True)


def _write_rows(sheet, columns, rows, styled, report, expected: int) -> int:
    from openpyxl.cell import WriteOnlyCell

    plain = list(enumerate(columns))
    keys = [column.key for column in columns]
    count = 0
    report(0, expected)
    for row in rows:
        if isinstance(row, Mapping):
            raw = [row.get(key) for key in keys]
        else:
            raw = [getattr(row, key, None) for key in keys]
        values = []
        for index, column in plain:
            value = export_value(raw[index], column)
            if value is not None and index in styled:
                if isinstance(value, Decimal):
                    value = float(value) if column.kind == "money" else value
                if isinstance(value, datetime):
                    value = value.replace(tzinfo=None)
                if isinstance(value, float | int | Decimal | date):
                    cell = WriteOnlyCell(sheet, value=value)
                    cell.number_format = styled[index]
                    value = cell
            values.append(value)
        sheet.append(values)
        count += 1
        if count % 1000 == 0:
            report(count, max(expected, count))
    report(count, max(expected, count))
    return count


def write_template(path: Path, columns: Sequence[ExcelColumn], sheet_title: str = "导入模板",
                   language: str = "zh") -> Path:
    """An empty sheet with the headers (required ones shaded) and a sheet explaining each column."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    _setup_sheet(workbook, sheet_title, columns, language, mark_required=True)
    notes = workbook.create_sheet("说明" if language != "en" else "Notes")
    kinds_zh = {"text": "文本", "int": "整数", "money": "金额", "decimal": "数字", "date": "日期 YYYY-MM-DD",
                "bool": "是/否", "choice": "选项"}
    header = [WriteOnlyCell(notes, value=v) for v in
              (("列名", "Column", "必填", "类型", "说明") if language != "en"
               else ("列名", "Column", "Required", "Type", "Notes"))]
    for cell in header:
        cell.font = _bold()
    notes.append(header)
    for column in columns:
        detail = ""
        if column.kind == "choice":
            detail = "、".join(column.choice_map().values())
        elif column.max_length:
            detail = f"≤ {column.max_length}"
        notes.append([column.header_zh, column.header_en, "是" if column.required else "",
                      kinds_zh.get(column.kind, column.kind), detail])
    return _save_atomically(workbook, path)
