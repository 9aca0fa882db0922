"""A from/to date range with presets (today, this week, this month, last month, this year)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Signal, Slot
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from neiqin.ui.widgets.date_edit import DateEdit

PRESETS = ("all", "today", "this_week", "this_month", "last_month", "this_year", "custom")


def preset_range(preset: str, today: date) -> tuple[date | None, date | None]:
    if preset == "today":
        return today, today
    if preset == "this_week":  # Monday to Sunday, the Chinese office week
        start = today - timedelta(days=today.weekday())
        return start, start + timedelta(days=6)
    if preset == "this_month":
        start = today.replace(day=1)
        following = (start + timedelta(days=32)).replace(day=1)
        return start, following - timedelta(days=1)
    if preset == "last_month":
        end = today.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    if preset == "this_year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if preset == "all":
        return None, None
    raise ValueError(f"unknown preset {preset!r}")


def _t(text: str) -> str:
    return QCoreApplication.translate("DateRangeEdit", text)


class DateRangeEdit(QWidget):
    #: (from, to), each a date or None
    range_changed = Signal(object, object)

    def __init__(self, parent: QWidget | None = None, object_name: str = "date_range",
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._today = today
        self.preset = QComboBox()
        self.preset.setObjectName(f"{object_name}.preset")
        titles = {"all": _t("All dates"), "today": _t("Today"), "this_week": _t("This week"),
                  "this_month": _t("This month"), "last_month": _t("Last month"),
                  "this_year": _t("This year"), "custom": _t("Custom")}
        for key in PRESETS:
            self.preset.addItem(titles[key], key)
        self.start = DateEdit(allow_empty=True)
        self.start.setObjectName(f"{object_name}.from")
        self.end = DateEdit(allow_empty=True)
        self.end.setObjectName(f"{object_name}.to")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preset)
        layout.addWidget(self.start)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.end)
        self.preset.currentIndexChanged.connect(self._on_preset)
        self.start.value_changed.connect(self._on_date_edited)
        self.end.value_changed.connect(self._on_date_edited)

    def value(self) -> tuple[date | None, date | None]:
        return self.start.value(), self.end.value()

    def set_range(self, start: date | None, end: date | None) -> None:
        self._set_dates(start, end)
        self._select_preset("custom" if start or end else "all")
        self.range_changed.emit(start, end)

    def set_preset(self, preset: str) -> None:
        self.preset.setCurrentIndex(PRESETS.index(preset))

    def _select_preset(self, preset: str) -> None:
        with QSignalBlocker(self.preset):
            self.preset.setCurrentIndex(PRESETS.index(preset))

    def _set_dates(self, start: date | None, end: date | None) -> None:
        with QSignalBlocker(self.start), QSignalBlocker(self.end):
            self.start.setValue(start)
            self.end.setValue(end)

    @Slot(int)
    def _on_preset(self, _index: int) -> None:
        preset = self.preset.currentData()
        if preset == "custom":
            return
        start, end = preset_range(preset, self._today())
        self._set_dates(start, end)
        self.range_changed.emit(start, end)

    @Slot(object)
    def _on_date_edited(self, _value) -> None:
        start, end = self.value()
        if start and end and start > end:  # keep the range valid: the other end follows
            if self.sender() is self.start:
                end = start
            else:
                start = end
            self._set_dates(start, end)
        self._select_preset("custom" if start or end else "all")
        self.range_changed.emit(start, end)
