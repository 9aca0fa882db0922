"""Editable lists inside the meeting editor: the people asked (users ticked, guests typed) and
small tables of rows (agenda, checklist) with Add and Remove."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from neiqin.modules.minutes.schemas import AttendeeInput


class RowsEditor(QWidget):
    """A table of text cells (and check cells) with Add and Remove; `value()` is the list of rows."""

    value_changed = Signal()

    def __init__(self, object_name: str, headers: list[str], checks: tuple[int, ...] = (),
                 stretch: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.checks = checks
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName(f"{object_name}.table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(110)
        self.table.itemChanged.connect(lambda _item: self.value_changed.emit())
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName(f"{object_name}.add")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName(f"{object_name}.remove")
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def add_row(self, *values) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for column in range(self.table.columnCount()):
            value = values[column] if column < len(values) else None
            item = QTableWidgetItem()
            if column in self.checks:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            else:
                item.setText("" if value is None else str(value))
            self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self.table.setCurrentCell(row, 0)
        self.value_changed.emit()
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.value_changed.emit()

    def value(self) -> list[tuple]:
        rows = []
        for row in range(self.table.rowCount()):
            values = []
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                if column in self.checks:
                    values.append(item is not None and item.checkState() == Qt.CheckState.Checked)
                else:
                    values.append(item.text().strip() if item is not None else "")
            if any(v for i, v in enumerate(values) if i not in self.checks):
                rows.append(tuple(values))
        return rows


class PeopleEditor(QWidget):
    """The users of the program ticked in a list, and guests (name, organisation, contact)."""

    value_changed = Signal()

    def __init__(self, users: list[tuple[str, str, str]], object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.users = QListWidget()
        self.users.setObjectName(f"{object_name}.users")
        for user_id, name, department in users:
            item = QListWidgetItem(f"{name}（{department}）" if department else name)
            item.setData(Qt.ItemDataRole.UserRole, user_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.users.addItem(item)
        self.users.setMaximumHeight(130)
        self.users.itemChanged.connect(lambda _item: self.value_changed.emit())
        self.guests = RowsEditor(f"{object_name}.guests", [self.tr("Guest"), self.tr("Organisation"),
                                                          self.tr("Phone or e-mail")], stretch=1)
        self.guests.table.setMinimumHeight(80)
        self.guests.add_button.setText(self.tr("Add guest"))
        self.guests.value_changed.connect(self.value_changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.users, 2)
        layout.addWidget(self.guests, 3)

    def set_checked(self, user_ids) -> None:
        wanted = set(user_ids)
        for row in range(self.users.count()):
            item = self.users.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in wanted
                               else Qt.CheckState.Unchecked)

    def checked(self) -> list[str]:
        return [self.users.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.users.count())
                if self.users.item(r).checkState() == Qt.CheckState.Checked]

    def set_value(self, attendees) -> None:
        self.set_checked([a.user_id for a in attendees if a.user_id])
        for attendee in attendees:
            if not attendee.user_id:
                self.guests.add_row(attendee.name, attendee.organisation, attendee.contact)

    def value(self) -> tuple[AttendeeInput, ...]:
        people = [AttendeeInput(user_id) for user_id in self.checked()]
        people += [AttendeeInput(None, name, organisation, contact) for name, organisation, contact
                   in self.guests.value()]
        return tuple(people)
