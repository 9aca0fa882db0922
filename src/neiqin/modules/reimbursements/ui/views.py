"""Sub-tabs of the claim detail pane: the claim with its lines and computed checks, the receipts,
and the timeline of the approval chain."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from neiqin.modules.reimbursements import approval, service
from neiqin.modules.reimbursements import statemachine as sm
from neiqin.modules.reimbursements.duplicates import parse_note
from neiqin.modules.reimbursements.rules import capitals
from neiqin.modules.reimbursements.schemas import ClaimView
from neiqin.modules.reimbursements.ui.common import (
    category_title,
    duplicate_text,
    fill_table,
    make_table,
    money,
    review_lines,
    state_title,
    tr_r,
)
from neiqin.ui.context import UiContext
from neiqin.ui.widgets.status_tag import StatusTag


class ClaimOverview(QWidget):
    """Status, facts, total in figures and capitals, the lines, and the checks a reviewer sees."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reimbursements.overview")
        self.claim: ClaimView | None = None
        self.status = StatusTag()
        self.status.setObjectName("reimbursements.overview.status")
        facts = QFormLayout()
        self.labels: dict[str, QLabel] = {}
        for key, title in (("number", self.tr("Number")), ("claimant", self.tr("Claimant")),
                           ("entered", self.tr("Entered by")), ("date", self.tr("Claim date")),
                           ("total", self.tr("Total")), ("paid", self.tr("Paid")), ("notes", self.tr("Notes"))):
            label = QLabel()
            label.setObjectName(f"reimbursements.overview.{key}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key] = label
            facts.addRow(title, label)
        self.lines = make_table("reimbursements.overview.lines",
                                [self.tr("No."), self.tr("Date"), self.tr("Category"), self.tr("Purpose"),
                                 self.tr("Invoice no."), self.tr("Amount"), self.tr("Receipts"), self.tr("Remarks")],
                                3)
        self.checks = QLabel()
        self.checks.setObjectName("reimbursements.overview.checks")
        self.checks.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(facts)
        layout.addWidget(self.lines, 1)
        layout.addWidget(QLabel(self.tr("Checks (budget, standards, duplicates, receipts)")))
        layout.addWidget(self.checks)

    def show_record(self, record_id: str | None) -> None:
        if record_id is None:
            self.claim = None
            return
        with self.ctx.db.read() as session:
            self.claim = claim = service.get_claim(session, self.ctx.actor, record_id)
            info = approval.review_info(session, self.ctx.actor, record_id)
        self.status.set_status(state_title(claim.status), sm.STATE_TONES.get(claim.status, "neutral"))
        flags = []
        if claim.over_budget:
            flags.append(self.tr("over budget"))
        if claim.has_duplicates:
            flags.append(self.tr("possible duplicate"))
        self.labels["number"].setText(claim.number + (f"  ⚠ {', '.join(flags)}" if flags else ""))
        self.labels["claimant"].setText(f"{claim.claimant_name}（{claim.department}）")
        self.labels["entered"].setText(claim.entered_by_name)
        self.labels["date"].setText(claim.claim_date.isoformat())
        self.labels["total"].setText(f"{money(claim.total_amount)}  {capitals(claim.total_amount)}")
        paid = ""
        if claim.paid_on:
            paid = f"{claim.paid_on.isoformat()} {tr_r(sm.PAY_METHODS.get(claim.paid_method, claim.paid_method))}"
        self.labels["paid"].setText(paid)
        self.labels["notes"].setText(claim.notes)
        rows = []
        for line in claim.lines:
            remarks = [duplicate_text(hit) for hit in parse_note(line.line_no, line.duplicate_note)]
            if line.return_reason:
                remarks.insert(0, self.tr("Returned: {reason}").format(reason=line.return_reason))
            purpose = line.purpose + (self.tr(" ({days} days)").format(days=line.days) if line.days else "")
            rows.append((line.line_no, line.expense_date.isoformat(), category_title(line.category), purpose,
                         line.invoice_number, f"{line.amount:,.2f}", len(line.receipts), "；".join(remarks)))
        fill_table(self.lines, rows, right=(5, 6))
        self.checks.setText("\n".join(review_lines(info)))


class ReceiptsView(QWidget):
    """The receipt scans of every line; a double-click opens one with the system viewer."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reimbursements.receipts")
        self.claim: ClaimView | None = None
        self.table = make_table("reimbursements.receipts.table",
                                [self.tr("Line"), self.tr("File"), self.tr("Size (KB)")], 1)
        self.table.cellDoubleClicked.connect(lambda row, _column: self.open_receipt(row))
        self.open_button = QPushButton(self.tr("Open"), objectName="reimbursements.receipts.open")
        self.open_button.clicked.connect(lambda: self.open_receipt(self.table.currentRow()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignRight)
        self.receipts: list[tuple[int, str]] = []

    def show_record(self, record_id: str | None) -> None:
        self.receipts = []
        if record_id is None:
            self.table.setRowCount(0)
            return
        with self.ctx.db.read() as session:
            self.claim = service.get_claim(session, self.ctx.actor, record_id)
        rows = []
        for line in self.claim.lines:
            for receipt in line.receipts:
                self.receipts.append((line.line_no, receipt.sha256))
                rows.append((line.line_no, receipt.filename, f"{receipt.size / 1024:,.1f}"))
        fill_table(self.table, rows, right=(2,))

    def receipt_file(self, row: int) -> Path | None:
        if self.claim is None or not 0 <= row < len(self.receipts) or self.ctx.db.path is None:
            return None
        with self.ctx.db.read() as session:
            return service.receipt_path(session, self.ctx.actor, self.ctx.db.path, self.claim.id,
                                        self.receipts[row][1])

    def open_receipt(self, row: int) -> None:
        path = self.receipt_file(row)
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class TimelineView(QWidget):
    """Every step: when, who, what, the state after it, comment and facts."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reimbursements.timeline")
        self.table = make_table("reimbursements.timeline.table",
                                [self.tr("When"), self.tr("Who"), self.tr("Step"), self.tr("State"),
                                 self.tr("Comment and details")], 4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def describe(self, extra: dict) -> str:
        parts = []
        if "paper" in extra:
            parts.append(self.tr("approved on paper by {by} on {on}").format(**extra["paper"]))
        if "checklist" in extra:
            parts.append(self.tr("checklist complete"))
        if "over_budget" in extra:
            parts.append(self.tr("over budget: {what}").format(what=", ".join(
                f"{category_title(k)} {v}" for k, v in extra["over_budget"].items())))
        if "lines" in extra:
            parts += [self.tr("line {line}: {reason}").format(line=k, reason=v) for k, v in extra["lines"].items()]
        if "paid_on" in extra:
            parts.append(f"{extra['paid_on']} {tr_r(sm.PAY_METHODS.get(extra.get('method'), ''))}")
        return "；".join(parts)

    def show_record(self, record_id: str | None) -> None:
        if record_id is None:
            self.table.setRowCount(0)
            return
        with self.ctx.db.read() as session:
            steps = service.timeline(session, self.ctx.actor, record_id)
        rows = []
        for step in steps:
            details = "；".join(p for p in (step.comment, self.describe(step.extra)) if p)
            rows.append((step.at.astimezone().strftime("%Y-%m-%d %H:%M"), step.actor_name,
                         tr_r(service.action_title(step.action)), state_title(step.to_state), details))
        fill_table(self.table, rows)
