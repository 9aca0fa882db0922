"""Validated Excel import: read every row, convert and check every cell, and report all problems
at once (row, column, reason) before anything is imported."""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError, ValidationErrors
from neiqin.core.excel.columns import CellError, ExcelColumn, convert
from neiqin.core.excel.progress import as_progress

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024  # a "zip bomb" guard: what the file unpacks to
MAX_ROWS = 100_000
MAX_REPORTED = 500  # problems listed; the count says if there were more
ROW_KEY = "_row"  # each returned dict carries the Excel row number under this key


def _normalise(header: Any) -> str:
    text = "" if header is None else str(header)
    return text.strip().rstrip("*＊").strip().lower()


def _file_error(message: str, **params) -> ValidationError:
    return ValidationError(message, field="file", **params)


def _check_file(path: Path) -> None:
    if not path.is_file():
        raise _file_error(QT_TRANSLATE_NOOP("errors", "The file {path} does not exist."), path=str(path))
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise _file_error(QT_TRANSLATE_NOOP("errors", "The file is too large ({size} MB; at most {limit} MB)."),
                          size=round(size / 1024 / 1024, 1), limit=MAX_FILE_BYTES // 1024 // 1024)
    if size == 0 or not zipfile.is_zipfile(path):
        raise _file_error(QT_TRANSLATE_NOOP(
            "errors", "{name} is not an Excel workbook (.xlsx). Save it as .xlsx and try again."), name=path.name)
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
            raise _file_error(QT_TRANSLATE_NOOP(
                "errors", "{name} is not an Excel workbook (.xlsx). Save it as .xlsx and try again."), name=path.name)
        if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED_BYTES:
            raise _file_error(QT_TRANSLATE_NOOP("errors", "The file is too large when unpacked."))


def _open(path: Path):
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise _file_error(QT_TRANSLATE_NOOP("errors", "{name} cannot be read as an Excel workbook: {reason}"),
                          name=path.name, reason=str(exc) or type(exc).__name__) from None


def _map_headers(header_row, columns: Sequence[ExcelColumn]) -> dict[int, ExcelColumn]:
    by_name: dict[str, ExcelColumn] = {}
    for column in columns:
        by_name[_normalise(column.header_zh)] = column
        by_name[_normalise(column.header_en)] = column
    mapping: dict[int, ExcelColumn] = {}
    seen: dict[str, str] = {}
    for index, value in enumerate(header_row):
        column = by_name.get(_normalise(value))
        if column is None:
            continue
        if column.key in seen:
            raise _file_error(QT_TRANSLATE_NOOP("errors", "The column {column} appears twice (“{first}” and “{second}”)."),
                              column=column.header_zh, first=seen[column.key], second=str(value).strip())
        seen[column.key] = str(value).strip()
        mapping[index] = column
    missing = [c.header_zh for c in columns if c.required and c.key not in seen]
    if missing:
        raise _file_error(QT_TRANSLATE_NOOP("errors", "Required columns are missing: {columns}. Use the template."),
                          columns="、".join(missing))
    return mapping


def _is_formula(cell) -> bool:
    if getattr(cell, "data_type", None) == "f":
        return True
    value = getattr(cell, "value", None)
    return isinstance(value, str) and value.lstrip().startswith("=") and len(value.strip()) > 1


def read_rows(path: Path, columns: Sequence[ExcelColumn], progress=None,
              errors: list[ValidationError] | None = None) -> list[dict[str, Any]]:
    """The rows of the first sheet as dicts keyed by column key (plus `ROW_KEY`). Columns are found
    by their Chinese or English header; every row is checked before returning, and any problem
    raises ValidationErrors (CellError items with row and column) so nothing is imported.

    With an `errors` list the cell problems are added to it instead and only the good rows are
    returned, so a service can add its own checks (duplicates) to one report and raise it with
    `row_errors(errors)`. Problems of the file as a whole are raised either way."""
    collect = errors is not None
    path = Path(path)
    report = as_progress(progress)
    _check_file(path)
    workbook = _open(path)
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise _file_error(QT_TRANSLATE_NOOP("errors", "The workbook has no sheet."))
        rows = sheet.iter_rows()
        header = next(rows, None)
        if header is None or all(c.value is None or str(c.value).strip() == "" for c in header):
            raise _file_error(QT_TRANSLATE_NOOP("errors", "The sheet is empty: the first row must hold the column names."))
        mapping = _map_headers([c.value for c in header], columns)
        total = max((sheet.max_row or 1) - 1, 0)
        report(0, total)
        out: list[dict[str, Any]] = []
        found: list[ValidationError] = []
        seen = 0
        for number, cells in enumerate(rows, start=2):
            values = {}
            empty = True
            row_problems: list[CellError] = []
            for index, column in mapping.items():
                cell = cells[index] if index < len(cells) else None
                if cell is None:
                    raw = None
                elif _is_formula(cell):
                    row_problems.append(CellError(QT_TRANSLATE_NOOP(
                        "errors", "Row {row}, {column}: formulas are not accepted; enter the value itself."),
                        row=number, column=column.header_zh))
                    empty = False
                    continue
                else:
                    raw = cell.value
                if raw is not None and not (isinstance(raw, str) and not raw.strip()):
                    empty = False
                try:
                    values[column.key] = convert(raw, column, number)
                except CellError as exc:
                    row_problems.append(exc)
            if empty:
                continue
            seen += 1
            if seen > MAX_ROWS:
                raise _file_error(QT_TRANSLATE_NOOP("errors", "The sheet has more than {limit} rows; split the file."),
                                  limit=MAX_ROWS)
            values[ROW_KEY] = number
            if row_problems:
                found.extend(row_problems)
            else:
                out.append(values)
            if number % 500 == 0:
                report(number - 1, max(total, number - 1))
        if not out and not found:
            raise _file_error(QT_TRANSLATE_NOOP("errors", "The sheet has column names but no rows."))
        report(total, total)
        if collect:
            errors.extend(found)
        else:
            row_errors(found)
        return out
    finally:
        workbook.close()


class _TruncatedErrors(ValidationErrors):
    def __init__(self, errors: list[ValidationError], count: int) -> None:
        super().__init__(errors)
        self.total = count
        self.params = {**self.params, "count": count}
        self.args = (self.render(),)


def row_error(exc: ValidationError, row: int, columns: Sequence[ExcelColumn]) -> CellError:
    """A service's ValidationError about one imported row as a CellError naming the column."""
    header = next((c.header_zh for c in columns if c.key == exc.field), exc.field or "")
    return CellError(QT_TRANSLATE_NOOP("errors", "Row {row}, {column}: {reason}"), row=row, column=header,
                     reason=exc.render())


def row_errors(errors: list[ValidationError]) -> None:
    """Raise the collected problems of an import, if any (nothing was written)."""
    if errors:
        raise ValidationErrors(errors[:MAX_REPORTED]) if len(errors) <= MAX_REPORTED \
            else _TruncatedErrors(errors[:MAX_REPORTED], len(errors))
