"""The minutes editor: attendance of each attendee, the discussion under each agenda item, the
decisions (决议事项) and other matters. Only a draft is edited; the service refuses anything else."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from neiqin.modules.minutes import record
from neiqin.modules.minutes.schemas import ATTENDANCE, DecisionInput, MeetingView, MinutesInput
from neiqin.modules.minutes.ui.common import tr
from neiqin.ui.context import UiContext
from neiqin.ui.editor import RecordEditor


class AttendanceTable(QTableWidget):
    value_changed = Signal()

    def __init__(self, meeting: MeetingView, parent: QWidget | None = None) -> None:
        super().__init__(len(meeting.attendees), 3, parent)
        self.setObjectName("minutes.minutes_editor.attendance")
        self.setHorizontalHeaderLabels([self.tr("Attendee"), self.tr("Attendance"), self.tr("Leave reason")])
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.combos: dict[str, QComboBox] = {}
        for row, attendee in enumerate(meeting.attendees):
            name = f"{attendee.name}（{attendee.organisation}）" if attendee.organisation else attendee.name
            self.setItem(row, 0, QTableWidgetItem(name))
            combo = QComboBox()
            combo.setObjectName(f"minutes.minutes_editor.attendance.{row}")
            combo.addItem("", "")
            for code, text in ATTENDANCE.items():
                combo.addItem(tr(text), code)
            combo.setCurrentIndex(max(0, combo.findData(attendee.attendance or "")))
            combo.currentIndexChanged.connect(lambda _i: self.value_changed.emit())
            self.setCellWidget(row, 1, combo)
            self.setItem(row, 2, QTableWidgetItem(attendee.leave_reason))
            self.combos[attendee.id] = combo
        self.resizeColumnToContents(0)
        self.setColumnWidth(1, 120)
        self.setMinimumHeight(min(260, 40 + 30 * len(meeting.attendees)))

    def set_all(self, code: str) -> None:
        for combo in self.combos.values():
            if not combo.currentData():
                combo.setCurrentIndex(combo.findData(code))

    def value(self) -> dict[str, str]:
        return {attendee_id: combo.currentData() or "" for attendee_id, combo in self.combos.items()}


class DecisionsTable(QWidget):
    """The decisions, each with the agenda item it belongs to; existing ones keep their id."""

    value_changed = Signal()

    def __init__(self, meeting: MeetingView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("minutes.minutes_editor.decisions")
        self.agenda = [(a.id, f"{a.seq}. {a.topic}") for a in meeting.agenda]
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("minutes.minutes_editor.decisions.table")
        self.table.setHorizontalHeaderLabels([self.tr("Decision"), self.tr("Agenda item")])
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 200)
        self.table.setMinimumHeight(130)
        self.table.itemChanged.connect(lambda _item: self.value_changed.emit())
        add = QPushButton(self.tr("Add decision"))
        add.setObjectName("minutes.minutes_editor.decisions.add")
        add.clicked.connect(lambda: self.add_decision(""))
        remove = QPushButton(self.tr("Remove"))
        remove.setObjectName("minutes.minutes_editor.decisions.remove")
        remove.clicked.connect(self.remove_current)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        for decision in meeting.decisions:
            self.add_decision(decision.text, decision.agenda_item_id, decision.id)

    def add_decision(self, text: str, agenda_item_id: str | None = None, decision_id: str | None = None) -> int:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        item = QTableWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, decision_id)
        self.table.setItem(row, 0, item)
        combo = QComboBox()
        combo.addItem("", None)
        for agenda_id, title in self.agenda:
            combo.addItem(title, agenda_id)
        combo.setCurrentIndex(max(0, combo.findData(agenda_item_id)) if agenda_item_id else 0)
        combo.currentIndexChanged.connect(lambda _i: self.value_changed.emit())
        self.table.setCellWidget(row, 1, combo)
        self.table.blockSignals(False)
        self.table.setCurrentCell(row, 0)
        self.value_changed.emit()
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.value_changed.emit()

    def value(self) -> tuple[DecisionInput, ...]:
        out = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            text = item.text().strip() if item is not None else ""
            decision_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
            if text or decision_id:
                out.append(DecisionInput(text, self.table.cellWidget(row, 1).currentData(), decision_id))
        return tuple(out)


class MinutesEditor(RecordEditor):
    def __init__(self, ctx: UiContext, meeting: MeetingView, parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("MinutesEditor", "Minutes of {number} {title}").format(
            number=meeting.number, title=meeting.title)
        super().__init__(parent, title, "minutes.minutes_editor")
        self.ctx, self.meeting = ctx, meeting
        self.attendance = AttendanceTable(meeting)
        self.add_field("attendance", self.tr("Attendance"), self.attendance)
        everyone = QPushButton(self.tr("Everyone else present"))
        everyone.setObjectName("minutes.minutes_editor.all_present")
        everyone.setAutoDefault(False)
        everyone.clicked.connect(lambda: self.attendance.set_all("present"))
        self.form.addRow("", everyone)
        self.discussions: dict[str, QPlainTextEdit] = {}
        for item in meeting.agenda:
            edit = QPlainTextEdit(item.discussion)
            edit.setObjectName(f"minutes.minutes_editor.discussion.{item.seq}")
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(70)
            presenter = f"（{item.presenter}）" if item.presenter else ""
            self.add_field(f"discussion.{item.id}", f"{item.seq}. {item.topic}{presenter}", edit)
            self.discussions[item.id] = edit
        self.decisions = DecisionsTable(meeting)
        self.add_field("decisions", self.tr("Decisions"), self.decisions)
        notes = QPlainTextEdit(meeting.minutes_notes)
        notes.setTabChangesFocus(True)
        notes.setMaximumHeight(60)
        self.add_field("notes", self.tr("Other matters"), notes)
        self.mark_clean()
        self.resize(820, 820)

    def data(self) -> MinutesInput:
        values = self.values()
        return MinutesInput(attendance=self.attendance.value(),
                            discussion={item_id: edit.toPlainText() for item_id, edit in self.discussions.items()},
                            decisions=self.decisions.value(), notes=values["notes"])

    def save(self) -> MeetingView:
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return record.save_minutes(uow, self.meeting.id, self.data(), self.meeting.updated_at)
