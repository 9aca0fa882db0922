"""Date input: calendar popup, yyyy-MM-dd, optionally empty (shown blank; Delete clears)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

#: the sentinel below every real date that stands for "no date"
EMPTY = QDate(1900, 1, 1)


class DateEdit(QDateEdit):
    #: the date changed (datetime.date, or None when empty)
    value_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, allow_empty: bool = False,
                 value: date | None = None) -> None:
        super().__init__(parent)
        self.allow_empty = allow_empty
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        if allow_empty:
            self.setMinimumDate(EMPTY)
            self.setSpecialValueText(" ")
        self.setValue(value if value is not None or allow_empty else date.today())
        self.dateChanged.connect(lambda _d: self.value_changed.emit(self.value()))

    def value(self) -> date | None:
        current = self.date()
        if self.allow_empty and current == EMPTY:
            return None
        return date(current.year(), current.month(), current.day())

    def setValue(self, value: date | None) -> None:  # noqa: N802 - Qt style
        if value is None:
            if not self.allow_empty:
                raise ValueError("this date cannot be empty")
            self.setDate(EMPTY)
        else:
            self.setDate(QDate(value.year, value.month, value.day))

    def clear(self) -> None:
        if self.allow_empty:
            self.setValue(None)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if self.allow_empty and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and \
                event.modifiers() == Qt.KeyboardModifier.NoModifier and self.currentSectionIndex() == 0 \
                and self.lineEdit().selectedText() == self.lineEdit().text():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)
