"""The dialog of each step of the approval chain: the computed checks (remaining budget, standards,
duplicates, receipts), the step's own facts (paper approval and its scan, the first-review
checklist, payment, the reasons per returned line) and the comment."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from neiqin.modules.reimbursements import approval, service
from neiqin.modules.reimbursements import statemachine as sm
from neiqin.modules.reimbursements.schemas import ClaimView, ReviewInfo
from neiqin.modules.reimbursements.ui.common import category_title, make_table, money, review_lines, tr_r
from neiqin.ui.context import UiContext
from neiqin.ui.editor import RecordEditor
from neiqin.ui.widgets.date_edit import DateEdit


class ScanPicker(QWidget):
    """A file path typed or chosen with "Scan…"; `value()` is the path text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.path = QLineEdit(objectName="reimbursements.step.paper_scan_path")
        self.textChanged = self.path.textChanged
        browse = QPushButton(self.tr("Scan…"), objectName="reimbursements.step.scan_browse")
        browse.setAutoDefault(False)
        browse.clicked.connect(self._browse)
        layout.addWidget(self.path, 1)
        layout.addWidget(browse)

    def value(self) -> str:
        return self.path.text().strip()

    def _browse(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(self, self.tr("Scan of the signed paper"), "",
                                                    self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"))
        if name:
            self.path.setText(name)


class StepDialog(RecordEditor):
    """One step (`submit`, `approve`, `check`, `final`, `pay`, `return`, `cancel`) of one claim."""

    def __init__(self, ctx: UiContext, claim: ClaimView, code: str, info: ReviewInfo | None = None,
                 parent: QWidget | None = None, today=date.today) -> None:
        action = sm.ACTIONS[code]
        title = f"{tr_r(action.title)} — {claim.number}"
        super().__init__(parent, title, f"reimbursements.step.{code}")
        self.ctx, self.claim, self.code = ctx, claim, code
        summary = QLabel(QCoreApplication.translate("StepDialog", "{claimant} ({department}), {count} lines, total "
                                                                  "{total}").format(
            claimant=claim.claimant_name, department=claim.department, count=len(claim.lines),
            total=money(claim.total_amount)))
        summary.setObjectName("reimbursements.step.summary")
        self.form.addRow(summary)
        self.check_labels: list[QLabel] = []
        if info is not None and code not in ("submit", "cancel"):
            box = QGroupBox(self.tr("Checks"))
            box.setObjectName("reimbursements.step.checks")
            box_layout = QVBoxLayout(box)
            for text in review_lines(info):
                label = QLabel(text)
                label.setWordWrap(True)
                self.check_labels.append(label)
                box_layout.addWidget(label)
            self.form.addRow(box)
        if code == "approve":
            self._paper_fields()
        elif code == "check":
            for key, text in sm.CHECKLIST.items():
                self.add_field(f"check.{key}", "", QCheckBox(tr_r(text)))
        elif code == "pay":
            self.add_field("paid_on", self.tr("Paid on"), DateEdit(value=today()), required=True)
            method = QComboBox()
            for key, text in sm.PAY_METHODS.items():
                method.addItem(tr_r(text), key)
            self.add_field("method", self.tr("Payment method"), method, required=True)
        elif code == "return":
            self._line_reasons()
        comment = QPlainTextEdit()
        comment.setTabChangesFocus(True)
        comment.setMaximumHeight(80)
        self.add_field("comment", self.tr("Reason") if action.needs_comment else self.tr("Comment"), comment,
                       required=action.needs_comment)
        self.save_button.setText(tr_r(action.title))
        self.resize(620, 420)

    def _paper_fields(self) -> None:
        self.add_field("paper_by", self.tr("Approved on paper by"), QLineEdit())
        self.add_field("paper_on", self.tr("Paper approval date"), DateEdit(allow_empty=True))
        picker = ScanPicker(self)
        self.scan_path = picker.path
        self.add_field("paper_scan", self.tr("Scan of the signed paper"), picker)

    def _line_reasons(self) -> None:
        self.reasons = make_table("reimbursements.step.line_reasons",
                                  [self.tr("No."), self.tr("Category"), self.tr("Purpose"), self.tr("Amount"),
                                   self.tr("Reason for this line")], 4)
        self.reasons.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.reasons.setRowCount(len(self.claim.lines))
        for row, line in enumerate(self.claim.lines):
            values = (str(line.line_no), category_title(line.category), line.purpose, f"{line.amount:,.2f}")
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.reasons.setItem(row, column, item)
            self.reasons.setItem(row, 4, QTableWidgetItem(line.return_reason))
        self.reasons.setMinimumHeight(120)
        self.form.addRow(self.reasons)

    def set_line_reason(self, line_no: int, reason: str) -> None:
        row = next(i for i, line in enumerate(self.claim.lines) if line.line_no == line_no)
        self.reasons.item(row, 4).setText(reason)

    def facts(self) -> dict:
        values = self.values()
        data: dict = {"comment": values.get("comment", "")}
        if self.code == "check":
            data["checklist"] = {key: values[f"check.{key}"] for key in sm.CHECKLIST}
        elif self.code == "pay":
            data["paid_on"] = values["paid_on"].isoformat() if values["paid_on"] else ""
            data["method"] = values["method"]
        elif self.code == "return":
            data["lines"] = {self.reasons.item(row, 0).text(): self.reasons.item(row, 4).text().strip()
                             for row in range(self.reasons.rowCount())
                             if self.reasons.item(row, 4) and self.reasons.item(row, 4).text().strip()}
        return data

    def save(self) -> ClaimView:
        data = self.facts()
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            if self.code == "approve":
                values = self.values()
                scan = values["paper_scan"]
                if values["paper_by"] or scan:
                    sha = service.store_scan(uow, self.claim.id, scan) if scan else ""
                    data["paper"] = {"by": values["paper_by"], "on": values["paper_on"] or date.today(),
                                     "sha256": sha}
            return approval.transition(uow, self.claim.id, self.code, **data)
