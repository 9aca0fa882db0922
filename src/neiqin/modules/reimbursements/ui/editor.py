"""The claim editor: who claims (a clerk may choose a colleague), department, date, and the lines
entered from one entry row (date, category, purpose, amount, invoice number, travel days); Enter
moves through the row and adds the line, Delete removes the selected line, Ctrl+S saves. A line
that looks claimed before is shown and saved only when the person confirms it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from neiqin.core.errors import ValidationError
from neiqin.modules.reimbursements import service
from neiqin.modules.reimbursements.duplicates import DuplicatesFound
from neiqin.modules.reimbursements.rules import CATEGORIES, capitals
from neiqin.modules.reimbursements.schemas import ClaimInput, ClaimView, LineInput
from neiqin.modules.reimbursements.ui.common import (
    category_title,
    duplicate_text,
    fill_table,
    make_table,
    money,
)
from neiqin.ui.context import UiContext
from neiqin.ui.editor import RecordEditor
from neiqin.ui.messages import confirm
from neiqin.ui.widgets.date_edit import DateEdit
from neiqin.ui.widgets.money_edit import MoneyEdit


@dataclass
class DraftLine:
    expense_date: date
    category: str
    purpose: str
    amount: Decimal
    invoice_number: str
    days: int | None


class ClaimLines(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, today=date.today) -> None:
        super().__init__(parent)
        self.setObjectName("reimbursements.lines")
        self.lines: list[DraftLine] = []
        self.expense_date = DateEdit(value=today())
        self.expense_date.setObjectName("reimbursements.line.date")
        self.category = QComboBox(objectName="reimbursements.line.category")
        for code in CATEGORIES:
            self.category.addItem(category_title(code), code)
        self.purpose = QLineEdit(objectName="reimbursements.line.purpose")
        self.purpose.setPlaceholderText(self.tr("What for, with whom, where"))
        self.amount = MoneyEdit()
        self.amount.setObjectName("reimbursements.line.amount")
        self.invoice = QLineEdit(objectName="reimbursements.line.invoice")
        self.days = QSpinBox(objectName="reimbursements.line.days")
        self.days.setRange(0, 366)
        self.days.setSpecialValueText(" ")
        self.add_button = QPushButton(self.tr("Add line"), objectName="reimbursements.line.add")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_from_entry)
        self.error = QLabel(objectName="reimbursements.line.error")
        self.error.setStyleSheet("color: #a50e0e;")
        self.error.hide()
        self.table = make_table("reimbursements.lines.table",
                                [self.tr("Date"), self.tr("Category"), self.tr("Purpose"), self.tr("Invoice no."),
                                 self.tr("Days"), self.tr("Amount")], 2)
        self.total = QLabel(objectName="reimbursements.lines.total")
        self.entry = [self.expense_date, self.category, self.purpose, self.amount, self.invoice, self.days]
        grid = QGridLayout()
        titles = (self.tr("Date"), self.tr("Category"), self.tr("Purpose"), self.tr("Amount"), self.tr("Invoice no."),
                  self.tr("Travel days"))
        for column, (title, widget) in enumerate(zip(titles, self.entry, strict=True)):
            caption = QLabel(title)
            caption.setBuddy(widget)
            grid.addWidget(caption, 0, column)
            grid.addWidget(widget, 1, column)
            widget.installEventFilter(self)
        grid.setColumnStretch(2, 3)
        grid.addWidget(self.add_button, 1, len(self.entry))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total, 0, Qt.AlignmentFlag.AlignRight)
        self.table.installEventFilter(self)
        self._refresh()

    @Slot()
    def add_from_entry(self) -> bool:
        self.error.hide()
        purpose = self.purpose.text().strip()
        if not purpose:
            return self._fail(self.tr("Write what the expense was for."), self.purpose)
        amount = self.amount.value()
        if amount is None or amount <= 0:
            return self._fail(self.tr("Enter the amount (yuan, more than 0, at most two decimals)."), self.amount)
        category = self.category.currentData()
        days = self.days.value() or None
        if category == "travel" and days is None:
            return self._fail(self.tr("Give the number of travel days."), self.days)
        self.lines.append(DraftLine(self.expense_date.value(), category, purpose, amount,
                                    self.invoice.text().strip(), days))
        self.purpose.clear()
        self.amount.setValue(None)
        self.invoice.clear()
        self.days.setValue(0)
        self._refresh()
        self.changed.emit()
        self.purpose.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _fail(self, text: str, widget: QWidget) -> bool:
        self.error.setText(text)
        self.error.show()
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            del self.lines[row]
        if rows:
            self._refresh()
            self.changed.emit()

    def set_lines(self, lines: list[DraftLine]) -> None:
        self.lines = list(lines)
        self._refresh()

    def _refresh(self) -> None:
        fill_table(self.table, [(li.expense_date.isoformat(), category_title(li.category), li.purpose,
                                 li.invoice_number, li.days or "", f"{li.amount:,.2f}") for li in self.lines],
                   right=(4, 5))
        total = sum((li.amount for li in self.lines), Decimal("0"))
        self.total.setText(self.tr("{count} lines, total {total} ({capitals})").format(
            count=len(self.lines), total=money(total), capitals=capitals(total)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        if watched is self.table and event.key() == Qt.Key.Key_Delete:
            self.remove_selected()
            return True
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and watched in self.entry:
            index = self.entry.index(watched)
            if index == len(self.entry) - 1:
                self.add_from_entry()
            else:
                self.entry[index + 1].setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)


class ClaimEditor(RecordEditor):
    def __init__(self, ctx: UiContext, claim: ClaimView | None, parent: QWidget | None = None) -> None:
        super().__init__(parent, "", "reimbursements.editor")
        self.setWindowTitle(self.tr("Expense claim {number}").format(number=claim.number) if claim
                            else self.tr("New expense claim"))
        self.ctx, self.claim = ctx, claim
        with ctx.db.read() as session:
            self.people = service.people(session, ctx.actor)
        claimant = QComboBox()
        for person in self.people:
            claimant.addItem(f"{person.name}（{person.department}）" if person.department else person.name, person.id)
        claimant.setCurrentIndex(max(0, claimant.findData(ctx.actor.user_id)))
        claimant.currentIndexChanged.connect(self._on_claimant)
        self.add_field("claimant", self.tr("Claimant"), claimant, required=True)
        self.add_field("department", self.tr("Department"), QLineEdit(), required=True)
        self.add_field("claim_date", self.tr("Claim date"), DateEdit())
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setMaximumHeight(50)
        self.add_field("notes", self.tr("Notes"), notes)
        reasons = [self.tr("Line {line} was returned: {reason}").format(line=li.line_no, reason=li.return_reason)
                   for li in (claim.lines if claim else ()) if li.return_reason]
        if reasons:
            returned = QLabel("\n".join(reasons), objectName="reimbursements.editor.returned")
            returned.setWordWrap(True)
            returned.setStyleSheet("color: #8a5300;")
            self.form.addRow(returned)
        self.lines = ClaimLines(self)
        self.lines.changed.connect(lambda: setattr(self, "_dirty", True))
        self.form.addRow(self.lines)
        self._on_claimant()
        self.resize(900, 620)
        if claim is not None:
            self.load(self._fill)

    @Slot()
    def _on_claimant(self, _index: int = 0) -> None:
        chosen = self.fields["claimant"].widget.currentData()
        person = next((p for p in self.people if p.id == chosen), None)
        if person is not None and person.department:
            self.fields["department"].widget.setText(person.department)

    def _fill(self) -> None:
        claim = self.claim
        combo = self.fields["claimant"].widget
        if combo.findData(claim.claimant_id) < 0:
            combo.addItem(claim.claimant_name, claim.claimant_id)
        combo.setCurrentIndex(combo.findData(claim.claimant_id))
        self.fields["department"].widget.setText(claim.department)
        self.fields["claim_date"].widget.setValue(claim.claim_date)
        self.fields["notes"].widget.setPlainText(claim.notes)
        self.lines.set_lines([DraftLine(li.expense_date, li.category, li.purpose, li.amount, li.invoice_number,
                                        li.days) for li in claim.lines])

    def claim_input(self) -> ClaimInput:
        values = self.values()
        return ClaimInput(tuple(LineInput(li.expense_date, li.category, li.purpose, li.amount, li.invoice_number,
                                          li.days) for li in self.lines.lines),
                          values["claimant"], values["department"], values["claim_date"], values["notes"])

    def confirm_duplicates(self, error: DuplicatesFound) -> bool:
        """Ask whether lines that look claimed before are kept (tests answer for the user)."""
        text = "\n".join(duplicate_text(hit) for hit in error.hits)
        return confirm(self, self.tr("These receipts may have been claimed before:\n{lines}\n\nSave the claim "
                                     "anyway?").format(lines=text), self.windowTitle())

    def save(self) -> ClaimView:
        data = self.claim_input()
        try:
            return self._write(data, False)
        except DuplicatesFound as error:
            if not self.confirm_duplicates(error):
                raise ValidationError(error.message, field="lines", **error.params) from None
            return self._write(data, True)

    def _write(self, data: ClaimInput, confirmed: bool) -> ClaimView:
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            if self.claim is None:
                return service.create_claim(uow, data, confirm_duplicates=confirmed)
            return service.update_claim(uow, self.claim.id, data, self.claim.updated_at, confirm_duplicates=confirmed)
