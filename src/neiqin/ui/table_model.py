"""A lazy table model over a `ListQuery`: pages of rows are read from SQL as the view scrolls
(canFetchMore/fetchMore), sorting and filtering re-query SQL, the count and totals are one SQL
aggregate (run in the background when a task runner is given). Never loads all rows."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from neiqin.core.db.session import Database
from neiqin.core.listing import Column, ListQuery, ListRow, ListState
from neiqin.ui.formats import format_value

if TYPE_CHECKING:
    from neiqin.ui.tasks import TaskRunner

_ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    "right": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
    "center": Qt.AlignmentFlag.AlignCenter,
}


class SqlTableModel(QAbstractTableModel):
    IdRole = Qt.ItemDataRole.UserRole + 1
    SortRole = Qt.ItemDataRole.UserRole + 2  # the raw value (Decimal, date, status code…)
    ToneRole = Qt.ItemDataRole.UserRole + 3  # status columns: the tag colour
    PAGE_SIZE = 200

    #: count and totals of the current state are known (`total_count`, `totals`)
    summary_changed = Signal()
    #: search text, filters or sort changed (before the rows are re-read)
    state_changed = Signal()

    def __init__(self, db: Database, query: ListQuery, parent=None, *, runner: TaskRunner | None = None,
                 state: ListState | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.db = db
        self.query = query
        self._runner = runner
        self._state = state.copy() if state else ListState()
        self._page_size = page_size
        self._rows: list[ListRow] = []
        self._row_of: dict[str, int] = {}
        self._more = False
        self._count: int | None = None
        self._totals: dict[str, Decimal | int] = {}
        self._generation = 0
        self._changing = False
        self._summary_task = None
        self._reload(0)

    # -- state ---------------------------------------------------------------------------------------
    @property
    def state(self) -> ListState:
        return self._state.copy()

    def set_state(self, state: ListState) -> None:
        self._state = state.copy()
        self.state_changed.emit()
        self._reload(0)

    def set_text(self, text: str) -> None:
        if text == self._state.text:
            return
        self._state.text = text
        self.state_changed.emit()
        self._reload(0)

    def set_filter(self, key: str, value: Any) -> None:
        if key not in self.query.filters:
            raise KeyError(f"unknown filter {key!r}")
        if self._state.filters.get(key) == value:
            return
        self._state.filters[key] = value
        self.state_changed.emit()
        self._reload(0)

    def set_include_deleted(self, include: bool) -> None:
        if include != self._state.include_deleted:
            self._state.include_deleted = include
            self.state_changed.emit()
            self._reload(0)

    def refresh(self) -> None:
        """Re-read as many rows as were loaded (the scroll position and, in a TableView, the
        selection survive) and the count/totals."""
        self._reload(len(self._rows))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.query.columns) or not self.query.columns[column].sortable:
            return
        key = self.query.columns[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        current, current_descending = self.query.sort_of(self._state)
        if current is not None and current.key == key and current_descending == descending:
            return
        self._state.sort_key, self._state.descending = key, descending
        self.state_changed.emit()
        self._reload(0)

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        """The column and order the rows are sorted by (-1 when by id)."""
        column, descending = self.query.sort_of(self._state)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        return (self.query.index_of(column.key) if column else -1), order

    # -- reading -------------------------------------------------------------------------------------
    def _read_page(self, offset: int, limit: int) -> list[ListRow]:
        with self.db.read() as session:
            return self.query.page(session, self._state, offset, limit)

    def _reload(self, keep_rows: int) -> None:
        limit = max(self._page_size, keep_rows)
        rows = self._read_page(0, limit)
        self.beginResetModel()
        self._rows = rows
        self._row_of = {row.id: number for number, row in enumerate(rows)}
        self._more = len(rows) == limit
        # listeners of the change signals (views, testers) may call fetchMore while they are emitted;
        # inserting rows inside a change notification confuses them, so those calls wait
        self._changing = True
        try:
            self.endResetModel()
        finally:
            self._changing = False
        self._update_summary()

    def _update_summary(self) -> None:
        self._generation += 1
        generation, state = self._generation, self._state.copy()
        self._count = None

        def summary():
            with self.db.read() as session:
                return self.query.summary(session, state)

        def apply(result) -> None:
            if generation == self._generation:
                self._count, self._totals = result
                self.summary_changed.emit()

        if self._runner is None:
            apply(summary())
            return
        if self._summary_task is not None:
            self._summary_task.cancel()  # typing on: a count not started yet is skipped
        self._summary_task = self._runner.submit(summary, title="count", kind="read", on_done=apply)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or not self._more or self._changing:
            return
        rows = self._read_page(len(self._rows), self._page_size)
        self._more = len(rows) == self._page_size
        rows = [row for row in rows if row.id not in self._row_of]  # a row added meanwhile
        if not rows:
            return
        first = len(self._rows)
        self._changing = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            for number, row in enumerate(rows, first):
                self._rows.append(row)
                self._row_of[row.id] = number
            self.endInsertRows()
        finally:
            self._changing = False

    # -- access --------------------------------------------------------------------------------------
    @property
    def loaded_rows(self) -> int:
        return len(self._rows)

    @property
    def total_count(self) -> int | None:
        """Rows matching the current state (None while being counted in the background)."""
        return self._count

    @property
    def totals(self) -> dict[str, Decimal | int]:
        return dict(self._totals)

    def formatted_totals(self) -> list[tuple[str, str]]:
        """(translated column title, formatted total) of every total column."""
        return [(self.column_title(c), format_value(c.kind, self._totals.get(c.key), context=self.query.context))
                for c in self.query.total_columns if c.key in self._totals]

    def column_title(self, column: Column) -> str:
        return QCoreApplication.translate(self.query.context, column.title)

    def row_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: str) -> int | None:
        return self._row_of.get(record_id)

    def row_values(self, row: int) -> dict[str, Any]:
        values = self._rows[row].values
        return {column.key: value for column, value in zip(self.query.columns, values, strict=True)}

    def values_of(self, record_id: str) -> dict[str, Any] | None:
        row = self._row_of.get(record_id)
        return None if row is None else self.row_values(row)

    # -- Qt model --------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.query.columns)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = self.query.columns[index.column()]
        row = self._rows[index.row()]
        value = row.values[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return format_value(column.kind, value, column.status_titles, self.query.context)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_ALIGN[column.alignment].value)
        if role == self.IdRole:
            return row.id
        if role == self.SortRole:
            return value
        if role == self.ToneRole and column.kind == "status":
            return (column.status_tones or {}).get(value, "neutral")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.query.columns):
            return None
        column = self.query.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_title(column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_ALIGN[column.alignment].value)
        return None
