"""The detail pane of a module tab: the selected record in sub-tabs (lines, timeline,
attachments, history…) that the slice adds. Only the visible sub-tab is filled, when it becomes
visible, so moving through a list does not run every sub-tab's queries."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QWidget


class RecordView(Protocol):
    def show_record(self, record_id: str | None) -> None: ...


class DetailPane(QStackedWidget):
    def __init__(self, parent: QWidget | None = None, object_name: str = "detail") -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._placeholder = QLabel(QCoreApplication.translate("DetailPane", "Select a record to see its details."))
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self._placeholder.setObjectName(f"{object_name}.placeholder")
        self.tabs = QTabWidget()
        self.tabs.setObjectName(f"{object_name}.tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.addWidget(self._placeholder)
        self.addWidget(self.tabs)
        self._record_id: str | None = None
        self._shown: dict[int, str | None] = {}  # id(widget) → the record it shows

    @property
    def record_id(self) -> str | None:
        return self._record_id

    def add_tab(self, title: str, widget: QWidget) -> int:
        """`widget` may implement `show_record(record_id | None)`; it is called when it is the
        visible sub-tab and the record changes."""
        return self.tabs.addTab(widget, title)

    def show_record(self, record_id: str | None) -> None:
        self._record_id = record_id
        self.setCurrentWidget(self.tabs if record_id and self.tabs.count() else self._placeholder)
        self._fill(self.tabs.currentWidget())

    def _fill(self, widget: QWidget | None) -> None:
        if widget is None or not hasattr(widget, "show_record"):
            return
        if self._shown.get(id(widget), "\0") != self._record_id:
            self._shown[id(widget)] = self._record_id
            widget.show_record(self._record_id)

    def refresh(self) -> None:
        """Re-read the visible sub-tab (after the record changed)."""
        self._shown.clear()
        self._fill(self.tabs.currentWidget())

    @Slot(int)
    def _on_tab_changed(self, _index: int) -> None:
        self._fill(self.tabs.currentWidget())
