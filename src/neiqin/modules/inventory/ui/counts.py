"""Count plans (weekly/monthly by category or location) and count sessions: start a count from a
plan or for a scope, open a session to count it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neiqin.core.errors import NeiqinError
from neiqin.modules.inventory import service_counts
from neiqin.modules.inventory.schemas import FREQUENCIES, SCOPES, STATUS_TITLES, CountStart, PlanInput
from neiqin.modules.inventory.ui.common import current_id, error_text, fill, make_table, tr
from neiqin.modules.inventory.ui.count_session import CountSessionDialog
from neiqin.ui.formats import format_date, format_datetime


class PlanEditor(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("inventory.plan_editor")
        self.setWindowTitle(QCoreApplication.translate("inventory", "New count plan"))
        self.name = QLineEdit()
        self.name.setObjectName("inventory.plan.name")
        self.frequency = QComboBox()
        self.frequency.setObjectName("inventory.plan.frequency")
        for code, title in FREQUENCIES.items():
            self.frequency.addItem(tr(title), code)
        self.scope_kind = QComboBox()
        self.scope_kind.setObjectName("inventory.plan.scope_kind")
        for code, title in SCOPES.items():
            self.scope_kind.addItem(tr(title), code)
        self.scope_value = QComboBox()
        self.scope_value.setObjectName("inventory.plan.scope_value")
        self.scope_value.setEditable(True)
        self.blind = QCheckBox(QCoreApplication.translate("inventory", "Blind count (book quantity hidden)"))
        self.blind.setObjectName("inventory.plan.blind")
        self.blind.setChecked(True)
        self.error = QLabel()
        self.error.setObjectName("inventory.plan.error")
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("inventory", "Name") + " *", self.name)
        form.addRow(QCoreApplication.translate("inventory", "Frequency"), self.frequency)
        form.addRow(QCoreApplication.translate("inventory", "Count"), self.scope_kind)
        form.addRow(QCoreApplication.translate("inventory", "Category or location"), self.scope_value)
        form.addRow("", self.blind)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("inventory.plan.save")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.result_value = None

    def save(self) -> None:
        data = PlanInput(
            self.name.text(),
            self.frequency.currentData(),
            self.scope_kind.currentData(),
            self.scope_value.currentText(),
            self.blind.isChecked(),
        )
        try:
            with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
                self.result_value = service_counts.create_plan(uow, data)
        except NeiqinError as error:
            self.error.setText(error_text(error))
            return
        self.accept()


class CountsDialog(QDialog):
    """Plans above, sessions below."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("inventory.counts")
        self.setWindowTitle(QCoreApplication.translate("inventory", "Inventory counts"))
        self.resize(980, 640)
        self.plans = make_table(
            "inventory.plans",
            [
                QCoreApplication.translate("inventory", "Plan"),
                QCoreApplication.translate("inventory", "Frequency"),
                QCoreApplication.translate("inventory", "Count"),
                QCoreApplication.translate("inventory", "Next due"),
            ],
        )
        self.sessions = make_table(
            "inventory.sessions",
            [
                QCoreApplication.translate("inventory", "Number"),
                QCoreApplication.translate("inventory", "Count"),
                QCoreApplication.translate("inventory", "Status"),
                QCoreApplication.translate("inventory", "Started"),
                QCoreApplication.translate("inventory", "Counter"),
                QCoreApplication.translate("inventory", "Count accuracy"),
            ],
        )
        self.sessions.doubleClicked.connect(lambda _index: self.open_session())
        self.message = QLabel()
        self.message.setObjectName("inventory.counts.message")
        plan_buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, title, slot, permission in (
            (
                "new_plan",
                QCoreApplication.translate("inventory", "New count plan…"),
                self.new_plan,
                "inventory.count",
            ),
            (
                "start_plan",
                QCoreApplication.translate("inventory", "Start count from plan"),
                self.start_from_plan,
                "inventory.count",
            ),
            (
                "start_all",
                QCoreApplication.translate("inventory", "Count all products"),
                self.start_all,
                "inventory.count",
            ),
            ("open", QCoreApplication.translate("inventory", "Open count"), self.open_session, None),
        ):
            button = QPushButton(title)
            button.setObjectName(f"inventory.counts.{key}")
            button.setEnabled(permission is None or ctx.actor.can(permission))
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            plan_buttons.addWidget(button)
            self.buttons[key] = button
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(QCoreApplication.translate("inventory", "Count plans")))
        layout.addWidget(self.plans, 1)
        layout.addLayout(plan_buttons)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(QCoreApplication.translate("inventory", "Count sessions")))
        layout.addWidget(self.sessions, 2)
        self.last_dialog: QDialog | None = None
        self.reload()

    def reload(self) -> None:
        today = date.today()
        with self.ctx.db.read() as session:
            plans = service_counts.plans(session, self.ctx.actor)
            views = [
                service_counts.get_count(session, self.ctx.actor, cid, with_lines=False)
                for cid in service_counts.count_ids(session)
            ]
        fill(
            self.plans,
            [
                [
                    p.name,
                    tr(FREQUENCIES[p.frequency]),
                    tr(SCOPES[p.scope_kind]) + (f"：{p.scope_value}" if p.scope_value else ""),
                    format_date(p.next_due) + (" ⚠" if p.is_due(today) else ""),
                ]
                for p in plans
            ],
            [p.id for p in plans],
        )
        fill(
            self.sessions,
            [
                [
                    v.number,
                    v.title,
                    self.translate_status(v.status),
                    format_datetime(v.started_at),
                    v.counter_name,
                    f"{v.line_accuracy * 100:.1f}%" if v.line_accuracy is not None else "",
                ]
                for v in views
            ],
            [v.id for v in views],
            numeric=(5,),
        )

    @staticmethod
    def translate_status(status: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("counts", STATUS_TITLES[status])

    def new_plan(self) -> None:
        self.last_dialog = PlanEditor(self.ctx, self)
        self.last_dialog.accepted.connect(self.reload)
        self.last_dialog.open()

    def _start(self, data: CountStart) -> str | None:
        try:
            with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
                view = service_counts.start_count(uow, data)
        except NeiqinError as error:
            self.message.setText(error_text(error))
            return None
        self.reload()
        self.open_session(view.id)
        return view.id

    def start_from_plan(self) -> str | None:
        plan_id = current_id(self.plans)
        if plan_id is None:
            self.message.setText(QCoreApplication.translate("inventory", "Select a plan first."))
            return None
        return self._start(CountStart(plan_id=plan_id))

    def start_all(self) -> str | None:
        return self._start(
            CountStart(title=QCoreApplication.translate("inventory", "Full count"), scope_kind="all")
        )

    def open_session(self, count_id: str | None = None) -> None:
        count_id = count_id or current_id(self.sessions)
        if count_id is None:
            return
        self.last_dialog = CountSessionDialog(self.ctx, count_id, self)
        self.last_dialog.finished.connect(lambda _result: self.reload())
        self.last_dialog.open()
