"""Admin ▸ Hand over a leaving clerk's work: choose who leaves and who takes over, see what moves
(customers, orders under way, open action items — the modules' parts), then move it all in one
step; an administrator may deactivate the leaving clerk in the same step. Counting and moving run
in the background (the task runner), the window stays responsive."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from neiqin.core import handover
from neiqin.core.auth import service as auth
from neiqin.core.errors import NeiqinError
from neiqin.ui.context import UiContext
from neiqin.ui.tasks import show_task_error


def _title(text: str) -> str:
    return QCoreApplication.translate("handover", text)


def hand_over(context: UiContext, from_user_id: str, to_user_id: str, deactivate: bool) -> dict[str, int]:
    """Move the work, and deactivate the leaving clerk when asked, in one unit of work."""
    with context.db.unit_of_work(context.actor) as uow:
        moved = handover.run(uow, context.handover_parts, from_user_id, to_user_id)
        if deactivate:
            auth.set_active(uow, from_user_id, False)
    return moved


class HandoverDialog(QDialog):
    def __init__(self, context: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        context.actor.require(handover.PERMISSION)
        self.setObjectName("handover")
        self.resize(560, 380)
        self._context = context
        self.moved: dict[str, int] | None = None
        self.lines: list[handover.HandoverLine] = []
        #: counting what the chosen clerk holds / handing over, in the background
        self.loading = self.running = False
        with context.db.read() as session:
            self.users = handover.users(session)
        self.leaving, self.receiving = QComboBox(), QComboBox()
        self.leaving.setObjectName("handover.from")
        self.receiving.setObjectName("handover.to")
        for user_id, name, active in self.users:
            self.leaving.addItem(name if active else f"{name} ✕", user_id)
        self.leaving.currentIndexChanged.connect(self._leaving_changed)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("handover.table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.deactivate = QCheckBox()
        self.deactivate.setObjectName("handover.deactivate")
        self.deactivate.setVisible(context.actor.can("users.manage"))  # deactivating is an administrator's
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        self.leaving_label, self.receiving_label = QLabel(), QLabel()
        self.form = QFormLayout()
        self.form.addRow(self.leaving_label, self.leaving)
        self.form.addRow(self.receiving_label, self.receiving)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.deactivate)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._leaving_changed()

    def choose(self, from_user_id: str, to_user_id: str | None = None) -> None:
        self.leaving.setCurrentIndex(self.leaving.findData(from_user_id))
        if to_user_id is not None:
            self.receiving.setCurrentIndex(self.receiving.findData(to_user_id))

    def _leaving_changed(self) -> None:
        leaving = self.leaving.currentData()
        self.receiving.clear()
        for user_id, name, active in self.users:
            if active and user_id != leaving:
                self.receiving.addItem(name, user_id)
        self._show_lines([])
        if leaving is not None:  # what they hold, counted in the background
            self.loading = True
            self._context.runner.submit(self._plan, leaving, kind="read", title=self.windowTitle(),
                                        on_done=lambda lines, who=leaving: self._planned(who, lines),
                                        on_error=self._failed)
        self._update()

    def _plan(self, leaving: str) -> list[handover.HandoverLine]:
        with self._context.db.read() as session:
            return handover.plan(session, self._context.actor, self._context.handover_parts, leaving)

    def _planned(self, leaving: str, lines: list[handover.HandoverLine]) -> None:
        if leaving == self.leaving.currentData():  # not an answer for an earlier choice
            self.loading = False
            self._show_lines(lines)
            self._update()

    def _show_lines(self, lines: list[handover.HandoverLine]) -> None:
        self.lines = lines
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            self.table.setItem(row, 0, QTableWidgetItem(_title(line.title)))
            count = QTableWidgetItem(f"{line.count:,}")
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, count)
        self.table.resizeColumnsToContents()

    def _failed(self, error: NeiqinError) -> None:
        self.loading = self.running = False
        self._update()
        show_task_error(self, error, self.windowTitle())

    def _update(self) -> None:
        name = self.leaving.currentText().rstrip(" ✕")
        self.deactivate.setText(self.tr("Deactivate {name}: they can no longer sign in").format(name=name))
        ok = self.receiving.count() > 0 and self.leaving.currentData() is not None and not self.running
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def run(self) -> bool:
        """Hand over in the background; the dialog closes when it is done, stays open with the
        reason when refused. False when nothing was started."""
        if self.running or self.leaving.currentData() is None or self.receiving.currentData() is None:
            return False
        self.running = True
        self._update()
        names = self.leaving.currentText().rstrip(" ✕"), self.receiving.currentText()
        self._context.runner.submit(hand_over, self._context, self.leaving.currentData(),
                                    self.receiving.currentData(),
                                    not self.deactivate.isHidden() and self.deactivate.isChecked(),
                                    kind="write", title=self.windowTitle(),
                                    on_done=lambda moved: self._done(moved, *names), on_error=self._failed)
        return True

    def _done(self, moved: dict[str, int], from_name: str, to_name: str) -> None:
        self.running = False
        self.moved = moved
        self._context.show_message(self.tr("Handed over {count} record(s) from {from_name} to {to_name}.").format(
            count=sum(moved.values()), from_name=from_name, to_name=to_name))
        self.accept()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hand over a leaving clerk's work"))
        self.leaving_label.setText(self.tr("Leaving clerk"))
        self.receiving_label.setText(self.tr("Takes over"))
        self.table.setHorizontalHeaderLabels([self.tr("Work"), self.tr("Records")])
        self.note.setText(self.tr("Everything listed moves in one step, each record with its own entry in the audit "
                                  "trail. Claims they filed stay theirs."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Hand over"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
