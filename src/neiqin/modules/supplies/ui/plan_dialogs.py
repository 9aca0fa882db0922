"""Purchase plans in the supplies tab: the list with its steps (submit, approve, return, print,
export), the plan editor started from the suggestion, and the receiving inspection."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neiqin.core.errors import QT_TRANSLATE_NOOP, NeiqinError
from neiqin.modules.supplies import plans, printing, receiving, rules
from neiqin.modules.supplies.schemas import (
    PlanInput,
    PlanLineInput,
    PlanView,
    ReceivingInput,
    ReceivingLineInput,
)
from neiqin.modules.supplies.ui.common import fill, money, qty, table, tr_s
from neiqin.ui.context import UiContext
from neiqin.ui.editor import RecordEditor
from neiqin.ui.pdf_preview import PdfPreview
from neiqin.ui.tasks import show_task_error


class PlanEditor(RecordEditor):
    """A new plan filled with the suggestion, or a draft; quantities and prices are edited in the table."""

    def __init__(self, ctx: UiContext, plan: PlanView | None, parent: QWidget | None = None) -> None:
        super().__init__(parent, QCoreApplication.translate("supplies", "Purchase plan"), "supplies.plan_editor")
        self.ctx, self.plan = ctx, plan
        self.add_field("title", QCoreApplication.translate("supplies", "Title"), QLineEdit(), required=True)
        self.table = table("supplies.plan_lines", [QCoreApplication.translate("supplies", "Item"), QCoreApplication.translate("supplies", "Stock"), QCoreApplication.translate("supplies", "Minimum"), QCoreApplication.translate("supplies", "Monthly usage"),
                                                   QCoreApplication.translate("supplies", "Quantity"), QCoreApplication.translate("supplies", "Unit price"), QCoreApplication.translate("supplies", "Supplier")])
        self.form.addRow(QCoreApplication.translate("supplies", "Lines"), self.table)
        self.rows: list[tuple[str, str]] = []  # (item id, label)
        if plan is None:
            with ctx.db.read() as session:
                suggestions = plans.suggest(session, ctx.actor, ctx_now())
            self.fields["title"].widget.setText(QCoreApplication.translate("supplies", "Office supplies purchase"))
            data = [[f"{s.name} {s.spec}", qty(s.stock), qty(s.minimum_stock), qty(s.monthly_usage), qty(s.quantity),
                     money(s.unit_price), s.supplier] for s in suggestions]
            self.rows = [(s.item_id, s.name) for s in suggestions]
        else:
            self.fields["title"].widget.setText(plan.title)
            data = [[f"{line.name} {line.spec}", qty(line.stock_then), "", qty(line.monthly_usage), qty(line.quantity),
                     money(line.unit_price), line.supplier] for line in plan.lines]
            self.rows = [(line.item_id, line.name) for line in plan.lines]
        fill(self.table, data, numeric={1, 2, 3, 4, 5}, editable={4, 5, 6})
        self.resize(820, 520)

    def set_quantity(self, row: int, value: str) -> None:
        self.table.item(row, 4).setText(value)

    def save(self) -> PlanView:
        lines = []
        for row, (item_id, _name) in enumerate(self.rows):
            quantity = self.table.item(row, 4).text().strip()
            if quantity in ("", "0"):
                continue  # a suggestion the clerk does not want
            lines.append(PlanLineInput(item_id, quantity, self.table.item(row, 5).text().strip() or None,
                                       self.table.item(row, 6).text().strip()))
        data = PlanInput(self.fields["title"].widget.text(), tuple(lines))
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            if self.plan is None:
                return plans.create_plan(uow, data)
            return plans.update_plan(uow, self.plan.id, data)


def ctx_now():
    from datetime import datetime

    return datetime.now().astimezone()


class ReceiveDialog(RecordEditor):
    """Inspection of goods of an approved plan: received, rejected with reason, checks, price."""

    HEADERS = (QT_TRANSLATE_NOOP("supplies", "Item"), QT_TRANSLATE_NOOP("supplies", "Still expected"),
               QT_TRANSLATE_NOOP("supplies", "Received"), QT_TRANSLATE_NOOP("supplies", "Rejected"),
               QT_TRANSLATE_NOOP("supplies", "Reason for rejecting"), QT_TRANSLATE_NOOP("supplies", "Spec OK"),
               QT_TRANSLATE_NOOP("supplies", "Quality OK"), QT_TRANSLATE_NOOP("supplies", "Unit price"))

    def __init__(self, ctx: UiContext, plan: PlanView, parent: QWidget | None = None) -> None:
        super().__init__(parent, QCoreApplication.translate("supplies", "Receiving inspection of {number}").format(number=plan.number),
                         "supplies.receive_dialog")
        self.ctx, self.plan = ctx, plan
        self.add_field("inspector", QCoreApplication.translate("supplies", "Inspector"), QLineEdit(ctx.actor.display_name), required=True)
        self.add_field("supplier", QCoreApplication.translate("supplies", "Supplier"), QLineEdit())
        self.lines = [line for line in plan.lines if line.open_quantity > 0]
        self.table = table("supplies.receive_lines", [tr_s(h) for h in self.HEADERS])
        fill(self.table, [[f"{line.name} {line.spec}", qty(line.open_quantity), qty(line.open_quantity), "0", "",
                           "", "", money(line.unit_price)] for line in self.lines],
             numeric={1, 2, 3, 7}, editable={2, 3, 4, 7})
        for row in range(len(self.lines)):
            for column in (5, 6):
                check = self.table.item(row, column)
                check.setFlags(check.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                check.setCheckState(Qt.CheckState.Checked)
        self.form.addRow(QCoreApplication.translate("supplies", "Lines"), self.table)
        self.resize(900, 480)

    def set_line(self, row: int, received: str, rejected: str = "0", reason: str = "", spec_ok: bool = True,
                 quality_ok: bool = True) -> None:
        self.table.item(row, 2).setText(received)
        self.table.item(row, 3).setText(rejected)
        self.table.item(row, 4).setText(reason)
        for column, ok in ((5, spec_ok), (6, quality_ok)):
            self.table.item(row, column).setCheckState(Qt.CheckState.Checked if ok else Qt.CheckState.Unchecked)

    def save(self):
        lines = []
        for row, line in enumerate(self.lines):
            received = self.table.item(row, 2).text().strip()
            if received in ("", "0"):
                continue
            lines.append(ReceivingLineInput(
                line.id, received, self.table.item(row, 3).text().strip() or "0", self.table.item(row, 4).text(),
                self.table.item(row, 5).checkState() == Qt.CheckState.Checked,
                self.table.item(row, 6).checkState() == Qt.CheckState.Checked,
                self.table.item(row, 7).text().strip() or None))
        data = ReceivingInput(self.plan.id, self.fields["inspector"].widget.text(), tuple(lines),
                              supplier=self.fields["supplier"].widget.text())
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return receiving.receive(uow, data)


class PlansDialog(QDialog):
    """The purchase plans with their steps."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supplies.plans")
        self.setWindowTitle(QCoreApplication.translate("supplies", "Purchase plans"))
        self.ctx = ctx
        self.last_dialog: QDialog | None = None
        self.last_pdf: Path | None = None
        self.ask_reason = lambda title: QInputDialog.getText(self, title, QCoreApplication.translate("supplies", "Reason"))
        self.status = QComboBox(objectName="supplies.plan_status")
        self.status.addItem(QCoreApplication.translate("supplies", "All statuses"), "")
        for code, title in rules.PLAN_STATES.items():
            self.status.addItem(tr_s(title), code)
        self.status.currentIndexChanged.connect(self.reload)
        self.table = table("supplies.plan_list", [QCoreApplication.translate("supplies", "Number"), QCoreApplication.translate("supplies", "Date"), QCoreApplication.translate("supplies", "Title"), QCoreApplication.translate("supplies", "Status"), QCoreApplication.translate("supplies", "Amount")])
        self.table.itemSelectionChanged.connect(self._update)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, title, slot in (("new", QCoreApplication.translate("supplies", "New from suggestion"), self.new_plan), ("edit", QCoreApplication.translate("supplies", "Edit"), self.edit),
                                 ("submit", QCoreApplication.translate("supplies", "Submit for approval"), lambda: self.step("submit")),
                                 ("approve", QCoreApplication.translate("supplies", "Approve"), lambda: self.step("approve")),
                                 ("return", QCoreApplication.translate("supplies", "Return for correction"), lambda: self.step("return")),
                                 ("receive", QCoreApplication.translate("supplies", "Receive…"), self.receive), ("print", QCoreApplication.translate("supplies", "Print"), self.print_plan)):
            button = QPushButton(title, objectName=f"supplies.plan_{key}")
            button.clicked.connect(lambda _c=False, slot=slot: slot())
            buttons.addWidget(button)
            self.buttons[key] = button
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(900, 520)
        self.reload()

    def reload(self, *_args) -> None:
        status = self.status.currentData()
        with self.ctx.db.read() as session:
            self.plans = plans.list_plans(session, self.ctx.actor, (status,) if status else ())
        fill(self.table, [[p.number, p.plan_date.isoformat(), p.title, tr_s(rules.PLAN_STATES[p.status]),
                           money(p.total_amount)] for p in self.plans], numeric={4})
        self._update()

    def select(self, plan_id: str) -> None:
        for row, plan in enumerate(self.plans):
            if plan.id == plan_id:
                self.table.selectRow(row)

    def current(self) -> PlanView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.plans[rows[0].row()] if rows else None

    def _update(self) -> None:
        plan = self.current()
        status = plan.status if plan else None
        can = self.ctx.actor.can
        self.buttons["new"].setEnabled(can("supplies.plan"))
        self.buttons["edit"].setEnabled(status == rules.DRAFT and can("supplies.plan"))
        for code in ("submit", "approve", "return"):
            action = rules.PLAN_ACTIONS[code]
            self.buttons[code].setEnabled(status in action.sources and can(action.permission))
        self.buttons["receive"].setEnabled(status == rules.APPROVED and can("supplies.receive"))
        self.buttons["print"].setEnabled(plan is not None)

    def _open(self, dialog: QDialog) -> QDialog:
        self.last_dialog = dialog
        plan = self.current()
        dialog.accepted.connect(lambda: self._after(dialog, plan))
        dialog.open()
        return dialog

    def _after(self, dialog, plan: PlanView | None) -> None:
        self.reload()
        plan_id = plan.id if isinstance(dialog, ReceiveDialog) and plan else getattr(dialog.result_value, "id", None)
        if plan_id:
            self.select(plan_id)

    def new_plan(self) -> QDialog:
        return self._open(PlanEditor(self.ctx, None, self))

    def edit(self) -> QDialog | None:
        plan = self.current()
        return self._open(PlanEditor(self.ctx, plan, self)) if plan else None

    def receive(self) -> QDialog | None:
        plan = self.current()
        return self._open(ReceiveDialog(self.ctx, plan, self)) if plan else None

    def step(self, code: str) -> None:
        plan = self.current()
        if plan is None:
            return
        comment = ""
        if rules.PLAN_ACTIONS[code].needs_comment:
            comment, ok = self.ask_reason(tr_s(rules.PLAN_ACTIONS[code].title))
            if not ok:
                return
        try:
            with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
                plans.plan_action(uow, plan.id, code, comment)
        except NeiqinError as error:
            show_task_error(self, error, tr_s(rules.PLAN_ACTIONS[code].title))
            return
        self.reload()
        self.select(plan.id)

    def print_plan(self) -> Path | None:
        plan = self.current()
        if plan is None:
            return None
        folder = Path(tempfile.mkdtemp(prefix="neiqin-"))
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            self.last_pdf = printing.render_purchase_plan(uow, plan, folder / f"{plan.number}.pdf")
        open_file(self.last_pdf, self)
        return self.last_pdf


def open_file(path: Path, parent: QWidget | None = None) -> PdfPreview:
    """Show a printed form in the program's preview, with Print (system dialog) and Save PDF."""
    preview = PdfPreview(path, path.stem, parent, object_name="supplies.preview")
    preview.open()
    return preview
