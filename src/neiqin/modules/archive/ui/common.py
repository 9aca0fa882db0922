"""Small pieces the archive's tabs share: translation of the slice's marked words, tables, choices,
running a service call with its error shown, and the PDF preview."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from neiqin.core.errors import NeiqinError
from neiqin.ui.formats import format_date, format_datetime
from neiqin.ui.pdf_preview import PdfPreview
from neiqin.ui.tasks import show_task_error

__all__ = ["format_date", "format_datetime"]


def tr_archive(text: str) -> str:
    """A word marked with QT_TRANSLATE_NOOP("archive", …) in the slice (states, levels, kinds)."""
    return QCoreApplication.translate("archive", text)


def choice_combo(object_name: str, choices: Mapping[str, str], first: tuple[str, Any] | None = None) -> QComboBox:
    combo = QComboBox(objectName=object_name)
    if first is not None:
        combo.addItem(*first)
    for code, title in choices.items():
        combo.addItem(tr_archive(title), code)
    return combo


def select_data(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def make_table(object_name: str, headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fill_table(table: QTableWidget, rows: list[tuple], ids: list[str] | None = None) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem("" if value is None else str(value))
            if ids is not None and column == 0:
                item.setData(Qt.ItemDataRole.UserRole, ids[row])
            table.setItem(row, column, item)


def selected_row_id(table: QTableWidget) -> str | None:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def attempt(parent: QWidget, title: str, action: Callable[[], Any]) -> Any | None:
    """Run one user action; a refusal is shown in words and None returned."""
    try:
        return action()
    except NeiqinError as error:
        show_task_error(parent, error, title)
        return None


def preview_pdf(parent: QWidget, title: str, render: Callable[[Path], Path], name: str) -> PdfPreview | None:
    folder = Path(tempfile.mkdtemp(prefix="neiqin-"))
    path = attempt(parent, title, lambda: render(folder / f"{name}.pdf"))
    if path is None:
        return None
    dialog = PdfPreview(path, title, parent, object_name="archive.preview")
    dialog.open()
    return dialog
