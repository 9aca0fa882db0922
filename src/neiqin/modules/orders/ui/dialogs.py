"""Dialogs of the state actions: the facts each step needs (how the customer confirmed, the
departments and their notes, carrier and tracking number…), and the review with its computed
checks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neiqin.core.errors import QT_TRANSLATE_NOOP, ValidationError
from neiqin.modules.orders import service
from neiqin.modules.orders.schemas import ActionState, OrderView, ReviewChecks
from neiqin.modules.orders.statemachine import CHANNELS, DEPARTMENTS, STATES
from neiqin.ui.context import UiContext
from neiqin.ui.editor import RecordEditor
from neiqin.ui.widgets.date_edit import DateEdit

CHANNEL_TITLES = {"phone": QT_TRANSLATE_NOOP("orders", "Phone"), "email": QT_TRANSLATE_NOOP("orders", "Email"),
                  "fax": QT_TRANSLATE_NOOP("orders", "Fax"), "wechat": QT_TRANSLATE_NOOP("orders", "WeChat"),
                  "visit": QT_TRANSLATE_NOOP("orders", "Visit")}
DEPARTMENT_TITLES = {"production": QT_TRANSLATE_NOOP("orders", "Production"),
                     "purchasing": QT_TRANSLATE_NOOP("orders", "Purchasing"),
                     "logistics": QT_TRANSLATE_NOOP("orders", "Logistics"),
                     "finance": QT_TRANSLATE_NOOP("orders", "Finance")}
OUTCOME_MARKS = {"ok": "✔", "warning": "⚠", "failed": "✘", "unknown": "？"}


def tr_orders(text: str) -> str:
    return QCoreApplication.translate("orders", text)


class ActionDialog(RecordEditor):
    """One state action of one order: its facts and comment, then `service.transition`."""

    def __init__(self, ctx: UiContext, order: OrderView, action: ActionState, parent: QWidget | None = None,
                 today=None) -> None:
        super().__init__(parent, f"{tr_orders(action.title)} — {order.display_number}", f"orders.action.{action.code}")
        self.ctx, self.order, self.action = ctx, order, action
        today = today or date.today()
        for name in action.fields:
            if name == "channel":
                combo = QComboBox()
                for code in CHANNELS:
                    combo.addItem(tr_orders(CHANNEL_TITLES[code]), code)
                self.add_field("channel", self.tr("Confirmed by"), combo, required=True)
            elif name in ("confirmed_on", "eta", "delivered_on"):
                edit = DateEdit(allow_empty=True)
                edit.setValue(today if name != "eta" else None)
                title = {"confirmed_on": self.tr("Confirmed on"), "eta": self.tr("Expected arrival"),
                         "delivered_on": self.tr("Delivered on")}[name]
                self.add_field(name, title, edit, required=True)
            elif name == "departments":
                for department in DEPARTMENTS[:3]:
                    self.add_field(f"department.{department}",
                                   self.tr("Note to {department}").format(
                                       department=tr_orders(DEPARTMENT_TITLES[department])), QLineEdit())
            elif name == "confirmed_by":
                edit = QLineEdit(order.contact)
                self.add_field(name, self.tr("Customer's person"), edit, required=True)
            elif name == "carrier":
                self.add_field(name, self.tr("Carrier"), QLineEdit(), required=True)
            elif name == "tracking_number":
                self.add_field(name, self.tr("Tracking number"), QLineEdit(), required=True)
        comment = QPlainTextEdit()
        comment.setTabChangesFocus(True)
        comment.setMaximumHeight(80)
        self.add_field("comment", self.tr("Reason") if action.needs_comment else self.tr("Comment"), comment,
                       required=action.needs_comment)
        self.save_button.setText(tr_orders(action.title))
        self.resize(480, 200)

    def facts(self) -> dict:
        values = self.values()
        data: dict = {"comment": values.pop("comment", "")}
        departments = {}
        for key, value in values.items():
            if key.startswith("department."):
                if value:
                    departments[key.split(".", 1)[1]] = value
            elif value not in (None, ""):
                data[key] = value.isoformat() if hasattr(value, "isoformat") else value
        if "departments" in self.action.fields:
            data["departments"] = departments
        return data

    def save(self) -> OrderView:
        data = self.facts()
        try:
            with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
                return service.transition(uow, self.order.id, self.action.code, **data)
        except ValidationError as error:
            if error.field == "departments":
                error.field = f"department.{DEPARTMENTS[0]}"
            raise


class ReviewDialog(RecordEditor):
    """The review: computed checks and what is missing; approve, return with notes, or reject with a
    reason; an approval made on paper is recorded with who signed, when and the scan."""

    def __init__(self, ctx: UiContext, order: OrderView, checks: ReviewChecks, parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("ReviewDialog", "Review {number}").format(number=order.display_number)
        super().__init__(parent, title, "orders.review")
        self.ctx, self.order, self.checks = ctx, order, checks
        box = QGroupBox(self.tr("Checks"))
        box.setObjectName("orders.review.checks")
        checks_layout = QVBoxLayout(box)
        self.check_labels: dict[str, QLabel] = {}
        for check in checks.checks:
            detail = tr_orders(check.detail).format(**check.params) if check.params else tr_orders(check.detail)
            label = QLabel(f"{OUTCOME_MARKS[check.outcome]} {tr_orders(check.title)}：{detail}")
            label.setObjectName(f"orders.review.check.{check.code}")
            label.setWordWrap(True)
            self.check_labels[check.code] = label
            checks_layout.addWidget(label)
        for problem in checks.problems:
            text = QCoreApplication.translate("errors", problem.message).format(**problem.params)
            checks_layout.addWidget(QLabel(f"  • {text}"))
        self.form.addRow(box)
        self.paper_by = self.add_field("paper_by", self.tr("Approved on paper by"), QLineEdit())
        self.paper_on = self.add_field("paper_on", self.tr("Paper approval date"), DateEdit(allow_empty=True))
        scan_row = QWidget()
        scan_layout = QHBoxLayout(scan_row)
        scan_layout.setContentsMargins(0, 0, 0, 0)
        self.scan_path = QLineEdit()
        self.scan_path.setObjectName("orders.review.scan")
        browse = QPushButton(self.tr("Scan…"))
        browse.setObjectName("orders.review.scan_browse")
        browse.clicked.connect(self._browse)
        scan_layout.addWidget(self.scan_path, 1)
        scan_layout.addWidget(browse)
        self.form.addRow(self.tr("Scan of the paper"), scan_row)
        comment = QPlainTextEdit()
        comment.setTabChangesFocus(True)
        comment.setMaximumHeight(80)
        self.add_field("comment", self.tr("Notes / reason"), comment)
        self.save_button.setText(tr_orders("Approve"))
        self.return_button = QPushButton(tr_orders("Return for correction"))
        self.return_button.setObjectName("orders.review.return")
        self.reject_button = QPushButton(tr_orders("Reject"))
        self.reject_button.setObjectName("orders.review.reject")
        for button, code in ((self.return_button, "return"), (self.reject_button, "reject")):
            button.setAutoDefault(False)
            self.buttons.addButton(button, self.buttons.ButtonRole.ActionRole)
            button.clicked.connect(lambda _c=False, code=code: self.decide(code))
        self.decision = "approve"
        self.resize(560, 480)

    def _browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Scan of the paper approval"), "",
                                                    self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif)"))
        if name:
            self.scan_path.setText(name)

    def decide(self, decision: str) -> None:
        self.decision = decision
        self.submit()
        self.decision = "approve"

    def save(self) -> OrderView:
        values = self.values()
        data: dict = {"comment": values["comment"]}
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            if self.decision == "approve" and (values["paper_by"] or self.scan_path.text().strip()):
                sha = ""
                if self.scan_path.text().strip():
                    sha = service.store_scan(uow, self.order.id, self.scan_path.text().strip())
                data["paper"] = {"by": values["paper_by"], "on": values["paper_on"], "sha256": sha}
            return service.transition(uow, self.order.id, self.decision, **data)


def state_title(status: str) -> str:
    return tr_orders(STATES.get(status, status))


__all__ = ["ActionDialog", "ReviewDialog", "state_title"]
