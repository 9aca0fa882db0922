"""Issuing supplies at the desk: the recipient (a user or any name) and department, the items with
their standard left, approval over the standard, and the recipient's signature on the pad (or on
the printed slip). Also the dialog that takes unused items back."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from neiqin.core.errors import NeiqinError
from neiqin.modules.supplies import issues, rules, service
from neiqin.modules.supplies.schemas import IssueInput, IssueLineInput, IssueView, ReturnInput
from neiqin.modules.supplies.ui.common import fill, qty, table
from neiqin.ui.context import UiContext
from neiqin.ui.editor import RecordEditor
from neiqin.ui.i18n import translate_error
from neiqin.ui.widgets.signature_pad import SignaturePad


class IssueDialog(RecordEditor):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None, item_id: str | None = None) -> None:
        super().__init__(parent, QCoreApplication.translate("supplies", "Issue office supplies"), "supplies.issue_dialog")
        self.ctx = ctx
        self.lines: list[tuple[str, Decimal]] = []
        with ctx.db.read() as session:
            self.users = service.recipients(session, ctx.actor)
            self.items = {item.id: item for item in service.list_items(session, ctx.actor)}
            departments = service.departments(session)
        self.recipient = QComboBox(objectName="supplies.recipient")
        self.recipient.setEditable(True)
        for user in self.users:
            self.recipient.addItem(user.display_name, user.id)
        self.recipient.setCurrentIndex(-1)
        self.recipient.currentIndexChanged.connect(self._on_user)
        self.add_field("recipient_name", QCoreApplication.translate("supplies", "Recipient"), self.recipient, required=True)
        self.department = QComboBox(objectName="supplies.department")
        self.department.setEditable(True)
        self.department.addItems(departments)
        self.department.setCurrentIndex(-1)
        self.add_field("department", QCoreApplication.translate("supplies", "Department"), self.department, required=True)
        self.add_field("purpose", QCoreApplication.translate("supplies", "Purpose"), QLineEdit())
        self.item = QComboBox(objectName="supplies.issue_item")
        for item in self.items.values():
            self.item.addItem(f"{item.label}（{QCoreApplication.translate('supplies', 'stock')} {qty(item.stock)} {item.unit}）", item.id)
        if item_id:
            self.item.setCurrentIndex(max(0, self.item.findData(item_id)))
        self.quantity = QLineEdit("1", objectName="supplies.issue_quantity")
        add = QPushButton(QCoreApplication.translate("supplies", "Add"), objectName="supplies.issue_add")
        add.clicked.connect(self.add_current)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.item, 3)
        layout.addWidget(self.quantity, 1)
        layout.addWidget(add)
        self.form.addRow(QCoreApplication.translate("supplies", "Item"), row)
        self.table = table("supplies.issue_lines", [QCoreApplication.translate("supplies", "Item"), QCoreApplication.translate("supplies", "Quantity"), QCoreApplication.translate("supplies", "Standard left")])
        self.form.addRow(QCoreApplication.translate("supplies", "Lines"), self.table)
        self.standard_note = QLabel(objectName="supplies.standard_note")
        self.standard_note.setWordWrap(True)
        self.form.addRow("", self.standard_note)
        self.approve = QCheckBox(QCoreApplication.translate("supplies", "I approve the issue over the standard"), objectName="supplies.approve_over")
        self.approve.setEnabled(ctx.actor.can("supplies.approve_over_standard"))
        if not self.approve.isEnabled():
            self.approve.setToolTip(QCoreApplication.translate("supplies", "Only a department head may approve; ask for approval instead."))
        self.request = QCheckBox(QCoreApplication.translate("supplies", "Over the standard: ask a department head to approve"),
                                 objectName="supplies.request_approval")
        self.form.addRow("", self.approve)
        self.form.addRow("", self.request)
        self.paper = QCheckBox(QCoreApplication.translate("supplies", "The recipient signs the printed slip instead"), objectName="supplies.sign_paper")
        self.form.addRow("", self.paper)
        self.pad = SignaturePad()
        self.pad.setObjectName("supplies.signature")
        clear = QPushButton(QCoreApplication.translate("supplies", "Clear signature"), objectName="supplies.signature_clear")
        clear.clicked.connect(self.pad.clear)
        self.form.addRow(QCoreApplication.translate("supplies", "Recipient's signature"), self.pad)
        self.form.addRow("", clear)
        self.paper.toggled.connect(lambda on: self.pad.setEnabled(not on))
        self.resize(720, 720)

    def _on_user(self, index: int) -> None:
        user_id = self.recipient.itemData(index) if index >= 0 else None
        user = next((u for u in self.users if u.id == user_id), None)
        if user is not None and user.department:
            self.department.setCurrentText(user.department)

    def user_id(self) -> str | None:
        index = self.recipient.findText(self.recipient.currentText())
        return self.recipient.itemData(index) if index >= 0 else None

    def add_line(self, item_id: str, quantity) -> None:
        self.lines = [line for line in self.lines if line[0] != item_id] + [(item_id, quantity)]
        self._show_lines()

    def add_current(self) -> None:
        if self.item.currentData():
            self.add_line(self.item.currentData(), self.quantity.text().strip())

    def _input(self, **kw) -> IssueInput:
        return IssueInput(self.recipient.currentText().strip(), self.department.currentText().strip(),
                          tuple(IssueLineInput(item_id, q) for item_id, q in self.lines), self.user_id(),
                          self.fields["purpose"].widget.text(), **kw)

    def _show_lines(self) -> None:
        checks = {}
        try:
            with self.ctx.db.read() as session:
                checks = {c.item_id: c for c in issues.check_standards(session, self.ctx.actor, self._input())}
        except NeiqinError as error:
            self.standard_note.setText(translate_error(error))
        rows, over = [], []
        for item_id, quantity in self.lines:
            check = checks.get(item_id)
            left = QCoreApplication.translate("supplies", "no limit") if check is None or check.left is None else qty(check.left)
            if check is not None and check.over:
                over.append(self.items[item_id].name)
                left = f"{left} ⚠"
            rows.append([self.items[item_id].label, quantity, left])
        fill(self.table, rows, numeric={1, 2})
        self.standard_note.setText(QCoreApplication.translate("supplies", "Over the issue standard: {names}").format(names="、".join(over))
                                   if over else "")

    def save(self) -> IssueView:
        data = self._input(approve_over_standard=self.approve.isChecked(), request_approval=self.request.isChecked(),
                           sign_on_paper=self.paper.isChecked())
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return issues.create_issue(uow, data, None if self.paper.isChecked() else self.pad.png_bytes())


class HandOutDialog(RecordEditor):
    """An approved over-standard issue handed out: the recipient signs now."""

    def __init__(self, ctx: UiContext, issue: IssueView, parent: QWidget | None = None) -> None:
        super().__init__(parent, QCoreApplication.translate("supplies", "Hand out {number}").format(number=issue.number), "supplies.hand_out")
        self.ctx, self.issue = ctx, issue
        self.form.addRow(QCoreApplication.translate("supplies", "Recipient"), QLabel(f"{issue.department} {issue.recipient_name}"))
        self.paper = QCheckBox(QCoreApplication.translate("supplies", "The recipient signs the printed slip instead"), objectName="supplies.sign_paper")
        self.form.addRow("", self.paper)
        self.pad = SignaturePad()
        self.pad.setObjectName("supplies.signature")
        self.form.addRow(QCoreApplication.translate("supplies", "Recipient's signature"), self.pad)

    def save(self) -> IssueView:
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return issues.hand_out(uow, self.issue.id, self.pad.png_bytes(), self.paper.isChecked())


class ReturnDialog(RecordEditor):
    """Unused items given back: the handed-out issue, then the quantity of each line."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, QCoreApplication.translate("supplies", "Return unused supplies"), "supplies.return_dialog")
        self.ctx = ctx
        with ctx.db.read() as session:
            self.issues = [i for i in issues.list_issues(session, ctx.actor, (rules.ISSUED,), limit=300)
                           if i.kind == "issue"]
        self.issue = QComboBox(objectName="supplies.return_issue")
        for view in self.issues:
            self.issue.addItem(f"{view.number} {view.issued_on} {view.department} {view.recipient_name}", view.id)
        self.issue.currentIndexChanged.connect(self._show)
        self.add_field("issue_id", QCoreApplication.translate("supplies", "Issue slip"), self.issue, required=True)
        self.table = table("supplies.return_lines", [QCoreApplication.translate("supplies", "Item"), QCoreApplication.translate("supplies", "Issued"), QCoreApplication.translate("supplies", "Returned so far"),
                                                     QCoreApplication.translate("supplies", "Return now")])
        self.form.addRow(QCoreApplication.translate("supplies", "Lines"), self.table)
        self.add_field("note", QCoreApplication.translate("supplies", "Note"), QLineEdit())
        self._show()
        self.resize(640, 420)

    def current(self) -> IssueView | None:
        return next((i for i in self.issues if i.id == self.issue.currentData()), None)

    def _show(self, *_args) -> None:
        view = self.current()
        rows = [[f"{line.name} {line.spec}", qty(line.quantity), qty(line.returned_quantity), ""]
                for line in (view.lines if view else ())]
        fill(self.table, rows, numeric={1, 2, 3}, editable={3})

    def set_return(self, row: int, quantity: str) -> None:
        self.table.item(row, 3).setText(quantity)

    def save(self) -> IssueView:
        view = self.current()
        if view is None:
            return None
        lines = tuple((line.id, self.table.item(row, 3).text().strip() or "0")
                      for row, line in enumerate(view.lines))
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return issues.create_return(uow, ReturnInput(view.id, lines, self.fields["note"].widget.text()))
