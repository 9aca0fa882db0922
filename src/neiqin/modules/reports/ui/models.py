"""Table models of the reports tab: a breakdown (customers, products …) and the KPI lines."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.modules.reports.schemas import BreakdownRow, ClerkKpis, KpiLine, change_percent
from neiqin.ui.formats import format_money, format_qty

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
GOOD, BAD = QColor("#1e7d32"), QColor("#b3261e")

#: the words of the tables, marked for extraction (shown through _tr)
_WORDS = (
    QT_TRANSLATE_NOOP("ReportsTab", " days"),
    QT_TRANSLATE_NOOP("ReportsTab", " hours"),
    QT_TRANSLATE_NOOP("ReportsTab", "All clerks"),
    QT_TRANSLATE_NOOP("ReportsTab", "Amount"),
    QT_TRANSLATE_NOOP("ReportsTab", "Code"),
    QT_TRANSLATE_NOOP("ReportsTab", "Gross profit"),
    QT_TRANSLATE_NOOP("ReportsTab", "Name"),
    QT_TRANSLATE_NOOP("ReportsTab", "Orders"),
    QT_TRANSLATE_NOOP("ReportsTab", "Quantity"),
    QT_TRANSLATE_NOOP("ReportsTab", "Share"),
    QT_TRANSLATE_NOOP("ReportsTab", "failed"),
    QT_TRANSLATE_NOOP("ReportsTab", "met"),
    QT_TRANSLATE_NOOP("ReportsTab", "not met"),
    QT_TRANSLATE_NOOP("ReportsTab", "vs last year"),
    QT_TRANSLATE_NOOP("ReportsTab", "vs previous"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportsTab", text)


def signed_percent(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:+.1f}%"


class BreakdownModel(QAbstractTableModel):
    """One row per key: name, code, region/category, amount, share, quantity, gross profit,
    orders, change against the previous period and last year. Sorted by amount (as built)."""

    def __init__(self, extra_title: str = "", blank: str = "", parent=None) -> None:
        super().__init__(parent)
        self.rows: list[BreakdownRow] = []
        self.extra_title = extra_title
        self.blank = blank

    def set_rows(self, rows: Sequence[BreakdownRow]) -> None:
        self.beginResetModel()
        self.rows = [row for row in rows if row.current.amount or row.previous.amount]
        self.endResetModel()

    def _columns(self) -> list[tuple[str, Callable[[BreakdownRow], str], bool]]:
        columns = [(_tr("Name"), lambda r: r.label or self.blank, False), (_tr("Code"), lambda r: r.code, False)]
        if self.extra_title:
            columns.append((self.extra_title, lambda r: r.extra, False))
        return columns + [
            (_tr("Amount"), lambda r: format_money(r.current.amount), True),
            (_tr("Share"), lambda r: "" if r.share is None else f"{r.share:.1f}%", True),
            (_tr("Quantity"), lambda r: format_qty(r.current.quantity), True),
            (_tr("Gross profit"), lambda r: format_money(r.current.gross_profit), True),
            (_tr("Orders"), lambda r: f"{r.current.orders:,}", True),
            (_tr("vs previous"), lambda r: signed_percent(change_percent(r.current.amount, r.previous.amount)), True),
            (_tr("vs last year"), lambda r: signed_percent(change_percent(r.current.amount, r.last_year.amount)),
             True),
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._columns())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        _title, value, numeric = self._columns()[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return value(self.rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and numeric:
            return RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < self.columnCount():
            return self._columns()[section][0]
        return None


class KpiModel(QAbstractTableModel):
    """Clerk, indicator, value, target, met, basis — one row per clerk and indicator."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[ClerkKpis, KpiLine]] = []

    def set_report(self, clerks: Sequence[ClerkKpis]) -> None:
        self.beginResetModel()
        self.rows = [(clerk, line) for clerk in clerks for line in clerk.lines]
        self.endResetModel()

    HEADERS = (QT_TRANSLATE_NOOP("ReportsTab", "Clerk"), QT_TRANSLATE_NOOP("ReportsTab", "Indicator"),
               QT_TRANSLATE_NOOP("ReportsTab", "Value"), QT_TRANSLATE_NOOP("ReportsTab", "Target"),
               QT_TRANSLATE_NOOP("ReportsTab", "Result"), QT_TRANSLATE_NOOP("ReportsTab", "Basis"))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.HEADERS)

    def _text(self, clerk: ClerkKpis, line: KpiLine, column: int) -> str:
        if column == 0:
            return clerk.name or _tr("All clerks")
        if column == 1:
            return QCoreApplication.translate("kpi", line.title)
        if column == 2:
            return value_text(line)
        if column == 3:
            return target_text(line)
        if column == 4:
            return {True: _tr("met"), False: _tr("not met"), None: "—"}[line.met]
        value = line.value
        return f"{value.numerator:g} / {value.denominator:g}" if value.denominator else value.detail

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        clerk, line = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(clerk, line, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (1, 2):
            return line.error or None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 4 and line.met is not None:
            return QBrush(GOOD if line.met else BAD)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (2, 3, 5):
            return RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.HEADERS):
            return _tr(self.HEADERS[section])
        return None


def unit_text(unit: str) -> str:
    return {"percent": "%", "hours": _tr(" hours"), "days": _tr(" days")}.get(unit, "")


def value_text(line: KpiLine) -> str:
    if line.error:
        return _tr("failed")
    if line.value.value is None:
        return "—"
    return f"{line.value.value:.1f}{unit_text(line.unit)}"


def target_text(line: KpiLine) -> str:
    return f"{'≥' if line.better == 'higher' else '≤'} {line.target:g}{unit_text(line.unit)}"
