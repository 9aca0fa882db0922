"""Excel lists: column specs, fast export, templates, and all-or-nothing validated import.

    columns = [ExcelColumn("name", "客户名称", "Name", required=True, max_length=200), ...]
    export_rows(path, "客户", columns, rows, progress)
    rows = read_rows(path, columns, progress)  # raises ValidationErrors listing every bad cell
"""

from neiqin.core.excel.columns import CellError, ExcelColumn
from neiqin.core.excel.reader import MAX_FILE_BYTES, MAX_ROWS, ROW_KEY, read_rows, row_error, row_errors
from neiqin.core.excel.writer import export_rows, write_template

__all__ = ["CellError", "ExcelColumn", "MAX_FILE_BYTES", "MAX_ROWS", "ROW_KEY", "export_rows", "read_rows",
           "row_error", "row_errors", "write_template"]
