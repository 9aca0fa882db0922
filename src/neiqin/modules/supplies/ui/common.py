"""Small Qt helpers of the supplies tab: translation in the slice's context, quantity text,
read-only table items."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem


def tr_s(text: str) -> str:
    """Text marked elsewhere with QT_TRANSLATE_NOOP("supplies", ...), in the current language."""
    return QCoreApplication.translate("supplies", text)


def qty(value: Decimal | None) -> str:
    if value is None:
        return ""
    return format(value.normalize(), "f")


def money(value: Decimal | None) -> str:
    return "" if value is None else f"{value:,.2f}"


def cell(value, numeric: bool = False, editable: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem("" if value is None else str(value))
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if numeric:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def table(object_name: str, headers: list[str]) -> QTableWidget:
    widget = QTableWidget(0, len(headers))
    widget.setObjectName(object_name)
    widget.setHorizontalHeaderLabels(headers)
    widget.verticalHeader().setVisible(False)
    widget.horizontalHeader().setStretchLastSection(True)
    widget.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    return widget


def fill(widget: QTableWidget, rows: list[list], numeric: set[int] = frozenset(), editable: set[int] = frozenset()):
    widget.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            widget.setItem(r, c, cell(value, c in numeric, c in editable))
    widget.resizeColumnsToContents()
