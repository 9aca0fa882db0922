"""The list view of every module: SQL sort by clicking a header, column widths and order
remembered in QSettings under the view's objectName, Enter/double-click opens, the right-click
menu shows the toolbar's own actions, statuses painted as tags with their text."""

from __future__ import annotations

import hashlib

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from neiqin.ui.table_model import SqlTableModel
from neiqin.ui.widgets.status_tag import paint_tag, tag_size


class StatusDelegate(QStyledItemDelegate):
    """Paints a status cell as a coloured tag carrying the status title."""

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else QWidget().style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        tone = index.data(SqlTableModel.ToneRole)
        paint_tag(painter, option.rect.adjusted(2, 1, -2, -1), text, tone, option.font)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        return tag_size(option.fontMetrics, text) + QSize(8, 4)


class TableView(QTableView):
    activated_id = Signal(str)
    #: the current record changed (its id, or None)
    current_id_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, object_name: str = "table",
                 settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._settings = settings if settings is not None else QSettings()
        self._actions: list[QAction | None] = []
        self._kept_ids: list[str] = []
        self._kept_current: str | None = None
        self._delegate = StatusDelegate(self)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)
        self.doubleClicked.connect(self._on_double_click)
        self._save_timer = QTimer(self, singleShot=True, interval=300)
        self._save_timer.timeout.connect(self.save_state)
        header.sectionResized.connect(lambda *_: self._save_timer.start())
        header.sectionMoved.connect(lambda *_: self._save_timer.start())
        header.sortIndicatorChanged.connect(lambda *_: self._save_timer.start())

    # -- model -----------------------------------------------------------------------------------------
    def setModel(self, model: SqlTableModel) -> None:  # noqa: N802 - Qt override
        self.setSortingEnabled(False)
        super().setModel(model)
        for number, column in enumerate(model.query.columns):
            self.setItemDelegateForColumn(number, self._delegate if column.kind == "status" else None)
        model.modelAboutToBeReset.connect(self._keep_selection)
        model.modelReset.connect(self._restore_selection)
        self.selectionModel().currentRowChanged.connect(self._on_current_row)
        section, order = model.sort_column()
        self.horizontalHeader().setSortIndicator(section, order)
        self.setSortingEnabled(True)  # sorts by the indicator: same as the model's, so no re-query
        if not self.restore_state():
            self.resizeColumnsToContents()

    def model(self) -> SqlTableModel:
        return super().model()

    # -- settings ----------------------------------------------------------------------------------------
    def _settings_key(self) -> str:
        # a changed column set starts from the defaults instead of restoring a mismatched layout
        keys = ",".join(c.key for c in self.model().query.columns)
        return f"tables/{self.objectName()}/{hashlib.sha1(keys.encode()).hexdigest()[:8]}"

    @Slot()
    def save_state(self) -> None:
        if self.model() is not None:
            self._settings.setValue(self._settings_key(), self.horizontalHeader().saveState())

    def restore_state(self) -> bool:
        state = self._settings.value(self._settings_key())
        return bool(state) and self.horizontalHeader().restoreState(state)

    # -- records ------------------------------------------------------------------------------------------
    def current_id(self) -> str | None:
        index = self.currentIndex()
        return self.model().row_id(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.selectionModel().selectedRows())
        return [record_id for record_id in (self.model().row_id(r) for r in rows) if record_id]

    def select_id(self, record_id: str) -> bool:
        """Make `record_id` the current, selected row if it is loaded; False otherwise."""
        row = self.model().row_of(record_id)
        if row is None:
            return False
        index = self.model().index(row, 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index)
        return True

    @Slot()
    def _keep_selection(self) -> None:
        self._kept_ids = self.selected_ids()
        self._kept_current = self.current_id()

    @Slot()
    def _restore_selection(self) -> None:
        model, selection = self.model(), self.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for record_id in self._kept_ids:
            row = model.row_of(record_id)
            if row is not None:
                selection.select(model.index(row, 0), flags)
        current = model.row_of(self._kept_current) if self._kept_current else None
        if current is not None:
            selection.setCurrentIndex(model.index(current, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        elif self._kept_current is not None:
            self.current_id_changed.emit(None)
        self._kept_ids, self._kept_current = [], None

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row(self, current: QModelIndex, previous: QModelIndex) -> None:
        if current.row() != previous.row() or not previous.isValid():
            self.current_id_changed.emit(self.model().row_id(current.row()) if current.isValid() else None)

    # -- opening and the menu ---------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_id():
            self.activated_id.emit(self.current_id())
            event.accept()
            return
        super().keyPressEvent(event)

    @Slot(QModelIndex)
    def _on_double_click(self, index: QModelIndex) -> None:
        record_id = self.model().row_id(index.row())
        if record_id:
            self.activated_id.emit(record_id)

    def set_actions(self, actions: list[QAction | None]) -> None:
        """The actions of the right-click menu (None: a separator) — the toolbar's own QActions."""
        self._actions = list(actions)

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName(f"{self.objectName()}.menu")
        for action in self._actions:
            if action is None:
                menu.addSeparator()
            elif action.isVisible():
                menu.addAction(action)
        return menu

    @Slot(QPoint)
    def _show_menu(self, position: QPoint) -> None:
        index = self.indexAt(position)
        if index.isValid() and not self.selectionModel().isRowSelected(index.row(), QModelIndex()):
            self.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        menu = self.context_menu()
        if not menu.isEmpty():
            menu.exec(self.viewport().mapToGlobal(position))
        menu.deleteLater()
