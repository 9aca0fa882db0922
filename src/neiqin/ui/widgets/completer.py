"""A completer for customers and products: the slice's `lookup(text) -> [(id, label)]` searches
by name, code and pinyin initials in SQL, so the popup shows what it returns unfiltered."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

Lookup = Callable[[str], list[tuple[str, str]]]

IdRole = Qt.ItemDataRole.UserRole + 1


class RecordCompleter(QCompleter):
    #: a record was chosen from the popup: its id
    chosen = Signal(str)
    DELAY_MS = 120

    def __init__(self, line_edit: QLineEdit, lookup: Lookup, min_chars: int = 1) -> None:
        super().__init__(line_edit)
        self._lookup = lookup
        self._min_chars = min_chars
        self._line_edit = line_edit
        self._items = QStandardItemModel(self)
        self.chosen_id: str | None = None
        self.setModel(self._items)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(12)
        line_edit.setCompleter(self)
        self._timer = QTimer(self, singleShot=True, interval=self.DELAY_MS)
        self._timer.timeout.connect(self.update_now)
        line_edit.textEdited.connect(self._on_edited)
        self.activated[QModelIndex].connect(self._on_activated)

    @Slot(str)
    def _on_edited(self, _text: str) -> None:
        self.chosen_id = None  # typing again: the previous choice no longer holds
        self._timer.start()

    @Slot()
    def update_now(self) -> None:
        """Ask `lookup` for the line edit's text and show the popup with the results."""
        self._timer.stop()
        text = self._line_edit.text().strip()
        self._items.clear()
        if len(text) < self._min_chars:
            self.popup().hide()
            return
        for record_id, label in self._lookup(text):
            item = QStandardItem(label)
            item.setData(record_id, IdRole)
            item.setEditable(False)
            self._items.appendRow(item)
        if self._items.rowCount():
            self.complete()
        else:
            self.popup().hide()

    def results(self) -> list[tuple[str, str]]:
        return [(self._items.item(r).data(IdRole), self._items.item(r).text()) for r in range(self._items.rowCount())]

    def choose_row(self, row: int) -> None:
        self._on_activated(self._items.index(row, 0))

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        record_id = index.data(IdRole)
        self.chosen_id = record_id
        self._line_edit.setText(index.data(Qt.ItemDataRole.DisplayRole))
        self.popup().hide()
        self.chosen.emit(record_id)

    def set_current(self, record_id: str | None, label: str = "") -> None:
        """Show an existing choice (editing a record) without a lookup."""
        self.chosen_id = record_id
        self._line_edit.setText(label)


__all__ = ["Lookup", "RecordCompleter"]
