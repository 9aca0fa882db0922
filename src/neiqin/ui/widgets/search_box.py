"""The search box of every list: emits `search_changed(text)` 150 ms after the last keystroke
(search as you type without a query per key), at once on Enter; Esc clears; Ctrl+F focuses it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit, QWidget


class SearchBox(QLineEdit):
    search_changed = Signal(str)
    DEBOUNCE_MS = 150

    def __init__(self, parent: QWidget | None = None, object_name: str = "search",
                 placeholder: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(placeholder or QCoreApplication.translate("SearchBox", "Search (Ctrl+F)"))
        self._emitted = ""
        self._timer = QTimer(self, singleShot=True, interval=self.DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.textChanged.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self._emit)

    def install_shortcut(self, parent: QWidget) -> QShortcut:
        """Ctrl+F anywhere in `parent` focuses the box and selects its text."""
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), parent)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.focus_and_select)
        return shortcut

    @Slot()
    def focus_and_select(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    @Slot()
    def _emit(self) -> None:
        self._timer.stop()
        text = self.text().strip()
        if text != self._emitted:
            self._emitted = text
            self.search_changed.emit(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            self._emit()
            event.accept()
            return
        super().keyPressEvent(event)
