"""Issues, loss reports and counts in the supplies tab: lists with their approval steps, the issue
slip PDF, and the count entry with the book-equals-physical result."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neiqin.core.errors import NeiqinError
from neiqin.modules.supplies import counts, issues, losses, printing, rules
from neiqin.modules.supplies import counts as kernel
from neiqin.modules.supplies.schemas import CountView
from neiqin.modules.supplies.ui.common import fill, money, qty, table, tr_s
from neiqin.modules.supplies.ui.issue_dialog import HandOutDialog
from neiqin.modules.supplies.ui.plan_dialogs import open_file
from neiqin.ui.context import UiContext
from neiqin.ui.tasks import show_task_error


class _ListDialog(QDialog):
    def __init__(self, ctx: UiContext, name: str, title: str, headers: list[str], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.ctx = ctx
        self.rows: list = []
        self.last_dialog: QDialog | None = None
        self.last_pdf: Path | None = None
        self.ask_reason = lambda caption: QInputDialog.getText(self, caption, QCoreApplication.translate("supplies", "Reason"))
        self.table = table(f"{name}_list", headers)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.button_row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        self.top = QVBoxLayout()
        layout.addLayout(self.top)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.button_row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(900, 520)

    def add_button(self, key: str, title: str, slot) -> QPushButton:
        button = QPushButton(title, objectName=f"{self.objectName()}_{key}")
        button.clicked.connect(lambda _c=False: slot())
        self.button_row.addWidget(button)
        self.buttons[key] = button
        return button

    def current(self):
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def select(self, record_id: str) -> None:
        for row, record in enumerate(self.rows):
            if record.id == record_id:
                self.table.selectRow(row)

    def run(self, title: str, work) -> bool:
        try:
            with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
                work(uow)
        except NeiqinError as error:
            show_task_error(self, error, title)
            return False
        current = self.current()
        self.reload()
        if current is not None:
            self.select(current.id)
        return True

    def update_buttons(self) -> None:
        pass


class IssuesDialog(_ListDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "supplies.issues", QCoreApplication.translate("supplies", "Issue and return slips"),
                         [QCoreApplication.translate("supplies", "Number"), QCoreApplication.translate("supplies", "Date"), QCoreApplication.translate("supplies", "Department"), QCoreApplication.translate("supplies", "Recipient"), QCoreApplication.translate("supplies", "Status"), QCoreApplication.translate("supplies", "Amount"),
                          QCoreApplication.translate("supplies", "Signed")], parent)
        self.add_button("approve", QCoreApplication.translate("supplies", "Approve over standard"), lambda: self.step("approve"))
        self.add_button("reject", QCoreApplication.translate("supplies", "Reject"), lambda: self.step("reject"))
        self.add_button("hand_out", QCoreApplication.translate("supplies", "Hand out…"), self.hand_out)
        self.add_button("print", QCoreApplication.translate("supplies", "Print slip"), self.print_slip)
        self.reload()

    def reload(self) -> None:
        with self.ctx.db.read() as session:
            self.rows = issues.list_issues(session, self.ctx.actor)
        fill(self.table, [[i.number, i.issued_on.isoformat(), i.department, i.recipient_name,
                           tr_s(rules.ISSUE_STATES[i.status]), money(i.total_amount),
                           QCoreApplication.translate("supplies", "on screen") if i.signature_sha256 else (QCoreApplication.translate("supplies", "on paper") if i.sign_mode == "paper"
                                                                       else "")] for i in self.rows], numeric={5})
        self.update_buttons()

    def update_buttons(self) -> None:
        issue = self.current()
        status = issue.status if issue else None
        for code in ("approve", "reject", "hand_out"):
            action = rules.ISSUE_ACTIONS[code]
            self.buttons[code].setEnabled(status in action.sources and self.ctx.actor.can(action.permission))
        self.buttons["print"].setEnabled(issue is not None)

    def step(self, code: str) -> None:
        issue = self.current()
        comment = ""
        if issue is None:
            return
        if code == "reject" or code == "approve":
            comment, ok = self.ask_reason(tr_s(rules.ISSUE_ACTIONS[code].title))
            if not ok:
                return
        self.run(tr_s(rules.ISSUE_ACTIONS[code].title), lambda uow: issues.issue_action(uow, issue.id, code, comment))

    def hand_out(self) -> QDialog | None:
        issue = self.current()
        if issue is None:
            return None
        dialog = HandOutDialog(self.ctx, issue, self)
        dialog.accepted.connect(self.reload)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def print_slip(self) -> Path | None:
        issue = self.current()
        if issue is None:
            return None
        self.last_pdf = slip_pdf(self.ctx, issue.id)
        open_file(self.last_pdf, self)
        return self.last_pdf


def slip_pdf(ctx: UiContext, issue_id: str, folder: Path | None = None) -> Path:
    folder = folder or Path(tempfile.mkdtemp(prefix="neiqin-"))
    with ctx.db.unit_of_work(ctx.actor) as uow:
        view = issues.get_issue(uow.session, ctx.actor, issue_id)
        return printing.render_issue_slip(uow, view, folder / f"{view.number}.pdf")


class LossesDialog(_ListDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "supplies.losses", QCoreApplication.translate("supplies", "Loss and damage reports"),
                         [QCoreApplication.translate("supplies", "Number"), QCoreApplication.translate("supplies", "Date"), QCoreApplication.translate("supplies", "Item"), QCoreApplication.translate("supplies", "Quantity"), QCoreApplication.translate("supplies", "Kind"), QCoreApplication.translate("supplies", "Person"),
                          QCoreApplication.translate("supplies", "Compensation"), QCoreApplication.translate("supplies", "Status")], parent)
        self.add_button("approve", QCoreApplication.translate("supplies", "Approve"), lambda: self.step("approve"))
        self.add_button("reject", QCoreApplication.translate("supplies", "Reject"), lambda: self.step("reject"))
        self.reload()

    def reload(self) -> None:
        with self.ctx.db.read() as session:
            self.rows = losses.list_losses(session, self.ctx.actor)
        fill(self.table, [[r.number, r.reported_on.isoformat(), r.item_name, qty(r.quantity),
                           tr_s(rules.LOSS_KINDS[r.kind]), r.person_name, money(r.compensation),
                           tr_s(rules.LOSS_STATES[r.status])] for r in self.rows], numeric={3, 6})
        self.update_buttons()

    def update_buttons(self) -> None:
        report = self.current()
        for code in ("approve", "reject"):
            action = rules.LOSS_ACTIONS[code]
            self.buttons[code].setEnabled(report is not None and report.status in action.sources
                                          and self.ctx.actor.can(action.permission))

    def step(self, code: str) -> None:
        report = self.current()
        if report is None:
            return
        comment, ok = self.ask_reason(tr_s(rules.LOSS_ACTIONS[code].title))
        if ok:
            self.run(tr_s(rules.LOSS_ACTIONS[code].title), lambda uow: losses.loss_action(uow, report.id, code, comment))


class CountDialog(_ListDialog):
    """The open count (or the last one): counted quantities and reasons typed in the table."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "supplies.count", QCoreApplication.translate("supplies", "Supplies count"),
                         [QCoreApplication.translate("supplies", "Code"), QCoreApplication.translate("supplies", "Name"), QCoreApplication.translate("supplies", "Specification"), QCoreApplication.translate("supplies", "Unit"), QCoreApplication.translate("supplies", "Book"), QCoreApplication.translate("supplies", "Counted"),
                          QCoreApplication.translate("supplies", "Variance"), QCoreApplication.translate("supplies", "Reason")], parent)
        self.result = QLabel(objectName="supplies.count_result")
        self.top.addWidget(self.result)
        self.add_button("start", QCoreApplication.translate("supplies", "Start count"), self.start)
        self.add_button("save", QCoreApplication.translate("supplies", "Save counted quantities"), self.save_counts)
        self.add_button("submit", QCoreApplication.translate("supplies", "Submit"), lambda: self.run(QCoreApplication.translate("supplies", "Submit"),
                                                                  lambda uow: counts.submit_count(uow, self.count.id)))
        self.add_button("approve", QCoreApplication.translate("supplies", "Approve"), lambda: self.run(
            QCoreApplication.translate("supplies", "Approve"), lambda uow: counts.approve_count(uow, self.count.id)))
        self.add_button("print", QCoreApplication.translate("supplies", "Print count sheet"), self.print_sheet)
        self.count: CountView | None = None
        self.reload()

    def reload(self) -> None:
        with self.ctx.db.read() as session:
            listed = counts.list_counts(session, self.ctx.actor)
        self.count = listed[0] if listed else None
        self.rows = list(self.count.lines) if self.count else []
        hide_book = self.count is not None and self.count.blind and self.count.status == kernel.COUNTING
        fill(self.table, [[line.code, line.name, line.spec, line.unit, "" if hide_book else qty(line.book_quantity),
                           qty(line.counted_quantity), qty(line.variance), ""] for line in self.rows],
             numeric={4, 5, 6}, editable={5} if self._counting() else set())
        for row, line in enumerate(self.rows):
            reasons = QComboBox(objectName=f"supplies.count_reason_{row}")
            reasons.addItem("", "")
            for code, title in kernel.REASONS.items():
                reasons.addItem(tr_counts(title), code)
            reasons.setCurrentIndex(max(0, reasons.findData(line.reason)))
            reasons.setEnabled(self._counting())
            self.table.setCellWidget(row, 7, reasons)
        self._show_result()
        self.update_buttons()

    def _counting(self) -> bool:
        return self.count is not None and self.count.status == kernel.COUNTING

    def _show_result(self) -> None:
        count = self.count
        if count is None:
            self.result.setText(QCoreApplication.translate("supplies", "No count yet. Start one: the book quantities are frozen now."))
            return
        state = tr_counts(kernel.STATUS_TITLES[count.status])
        counted = [line for line in count.lines if line.counted_quantity is not None]
        if len(counted) < len(count.lines):
            verdict = QCoreApplication.translate("supplies", "{left} of {total} items still to count.").format(left=len(count.lines) - len(counted),
                                                                            total=len(count.lines))
        elif count.book_equals_physical:
            verdict = QCoreApplication.translate("supplies", "Book equals physical.")
        else:
            verdict = QCoreApplication.translate("supplies", "{n} item(s) differ from the book.").format(n=sum(1 for line in counted if line.variance))
        self.result.setText(f"{count.number} {count.title} — {state}. {verdict}")

    def update_buttons(self) -> None:
        status = self.count.status if self.count else None
        can = self.ctx.actor.can
        self.buttons["start"].setEnabled(status not in (kernel.COUNTING, kernel.SUBMITTED) and can("supplies.count"))
        self.buttons["save"].setEnabled(status == kernel.COUNTING and can("supplies.count"))
        self.buttons["submit"].setEnabled(status == kernel.COUNTING and can("supplies.count"))
        self.buttons["approve"].setEnabled(status == kernel.SUBMITTED and can("supplies.approve_count"))
        self.buttons["print"].setEnabled(self.count is not None)

    def start(self) -> None:
        self.run(QCoreApplication.translate("supplies", "Start count"), lambda uow: counts.start_count(uow, "", self.ctx.actor.display_name))

    def set_counted(self, row: int, quantity: str, reason: str = "") -> None:
        self.table.item(row, 5).setText(quantity)
        widget = self.table.cellWidget(row, 7)
        widget.setCurrentIndex(max(0, widget.findData(reason)))

    def save_counts(self) -> bool:
        def work(uow) -> None:
            for row, line in enumerate(self.rows):
                text = self.table.item(row, 5).text().strip()
                if not text:
                    continue
                reason = self.table.cellWidget(row, 7).currentData() or None
                counts.enter_count(uow, self.count.id, line.id, text, reason,
                                   correct=line.counted_quantity is not None)
        return self.run(QCoreApplication.translate("supplies", "Save counted quantities"), work)

    def print_sheet(self) -> Path | None:
        if self.count is None:
            return None
        folder = Path(tempfile.mkdtemp(prefix="neiqin-"))
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            self.last_pdf = printing.render_count(uow, self.count, folder / f"{self.count.number}.pdf")
        open_file(self.last_pdf, self)
        return self.last_pdf


def tr_counts(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("counts", text)
