"""Small pieces the reimbursements dialogs and views share: translation, titles, tables."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.modules.reimbursements import statemachine as sm
from neiqin.modules.reimbursements.rules import CATEGORIES, money_text
from neiqin.modules.reimbursements.schemas import BudgetLine, DuplicateHit, ReviewInfo

CONTEXT = "reimbursements"


def tr_r(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def state_title(status: str) -> str:
    return tr_r(sm.STATES.get(status, status))


def category_title(code: str) -> str:
    return tr_r(CATEGORIES.get(code, code))


def money(amount: Decimal | None) -> str:
    return money_text(amount)


def make_table(object_name: str, headers: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def fill_table(table: QTableWidget, rows: list[tuple], right: tuple[int, ...] = ()) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem("" if value is None else str(value))
            if column in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, column, item)


NO_BUDGET = QT_TRANSLATE_NOOP("reimbursements", "{category}: {claimed} claimed, no approved budget")
REMAINING = QT_TRANSLATE_NOOP("reimbursements", "{category}: {claimed} claimed, {remaining} of {budget} remaining")
OVER = QT_TRANSLATE_NOOP("reimbursements", "over budget")
SAME_INVOICE = QT_TRANSLATE_NOOP("reimbursements", "Line {line}: the invoice number is also on {number} line "
                                                   "{other_line}")
SAME_AMOUNT = QT_TRANSLATE_NOOP("reimbursements", "Line {line}: same amount and date as {number} line {other_line}")
THIS_CLAIM = QT_TRANSLATE_NOOP("reimbursements", "this claim")
NO_RECEIPT = QT_TRANSLATE_NOOP("reimbursements", "No receipt scan on line(s) {lines}")


def budget_text(line: BudgetLine) -> str:
    category, claimed = category_title(line.category), money(line.claimed)
    if line.remaining is None:
        return tr_r(NO_BUDGET).format(category=category, claimed=claimed)
    text = tr_r(REMAINING).format(category=category, claimed=claimed, remaining=money(line.remaining),
                                  budget=money(line.budget))
    return f"⚠ {text} — {tr_r(OVER)}" if line.over else text


def duplicate_text(hit: DuplicateHit) -> str:
    text = tr_r(SAME_INVOICE if hit.reason == "invoice" else SAME_AMOUNT)
    return text.format(line=hit.line_no, number=hit.other_number or tr_r(THIS_CLAIM), other_line=hit.other_line_no)


def review_lines(info: ReviewInfo) -> list[str]:
    """The computed checks in words, one per line (budget, standards, duplicates, receipts)."""
    out = [budget_text(line) for line in info.budget]
    for result in info.standards:
        mark = "✔" if result.ok else "✘"
        out.append(f"{mark} {tr_r(result.message).format(**result.params)}")
    out += [f"⚠ {duplicate_text(hit)}" for hit in info.duplicates]
    if info.lines_without_receipt:
        out.append("⚠ " + tr_r(NO_RECEIPT).format(
            lines=", ".join(str(n) for n in info.lines_without_receipt)))
    return out
