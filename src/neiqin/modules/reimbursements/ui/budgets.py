"""Budgets (费用预算) and standards: the usage of a year as a table and a bar chart, proposing and
approving budgets, the usage report (PDF) and its Excel export; the standards per category."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from neiqin.core.errors import NeiqinError
from neiqin.modules.reimbursements import budgets, listing, printing, service
from neiqin.modules.reimbursements.rules import CATEGORIES
from neiqin.modules.reimbursements.schemas import Standard, UsageRow
from neiqin.modules.reimbursements.ui.common import category_title, fill_table, make_table, money
from neiqin.ui.context import UiContext
from neiqin.ui.editor import RecordEditor
from neiqin.ui.pdf_preview import PdfPreview
from neiqin.ui.tasks import show_task_error
from neiqin.ui.widgets.money_edit import MoneyEdit


class BudgetDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None, today=date.today) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reimbursements.budgets")
        self.setWindowTitle(self.tr("Expense budgets"))
        self.rows: list[UsageRow] = []
        with ctx.db.read() as session:
            self.own_department = service.department_of(session, ctx.actor.user_id) or ""
        self.last_dialog: QWidget | None = None
        self.year = QSpinBox(objectName="reimbursements.budgets.year")
        self.year.setRange(2000, 2100)
        self.year.setValue(today().year)
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.table = make_table("reimbursements.budgets.table",
                                [self.tr("Department"), self.tr("Category"), self.tr("Budget"), self.tr("Used"),
                                 self.tr("Pending"), self.tr("Remaining"), self.tr("Used %"), self.tr("Approval")], 7)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.chart = QChart()
        self.chart.setObjectName("reimbursements.budgets.chart")
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setObjectName("reimbursements.budgets.chart_view")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(320)
        self.chart_department = QComboBox(objectName="reimbursements.budgets.chart_department")
        self.chart_department.currentIndexChanged.connect(lambda _i: self._draw_chart())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addWidget(QLabel(self.tr("Chart of")))
        top.addWidget(self.chart_department)
        top.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.propose_button = QPushButton(self.tr("Propose budget…"), objectName="reimbursements.budgets.propose")
        self.approve_button = QPushButton(self.tr("Approve budget"), objectName="reimbursements.budgets.approve")
        self.report_button = QPushButton(self.tr("Usage report"), objectName="reimbursements.budgets.report")
        for button, slot in ((self.propose_button, self.propose), (self.approve_button, self.approve_selected),
                             (self.report_button, self.preview_report)):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, slot=slot: slot())
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.propose_button.setEnabled(ctx.actor.can("reimbursements.budget.edit"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.chart_view, 1)
        layout.addWidget(buttons)
        self.resize(960, 820)
        self.reload()

    def reload(self) -> None:
        with self.ctx.db.read() as session:
            self.rows = budgets.budget_usage(session, self.ctx.actor, self.year.value())
        fill_table(self.table, [
            (r.department, category_title(r.category), money(r.budget), money(r.used), money(r.pending),
             money(r.remaining), f"{r.percent}%" if r.percent is not None else self.tr("no budget"),
             self.tr("new amount awaiting approval") if r.awaiting_approval else "") for r in self.rows],
            right=(2, 3, 4, 5, 6))
        chosen = self.chart_department.currentText()
        names = sorted({r.department for r in self.rows})
        self.chart_department.blockSignals(True)
        self.chart_department.clear()
        self.chart_department.addItems(names)
        own = chosen if chosen in names else self.own_department if self.own_department in names else ""
        if own:
            self.chart_department.setCurrentText(own)
        self.chart_department.blockSignals(False)
        self._draw_chart()
        self._update_buttons()

    def _draw_chart(self) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        budget_set, used_set = QBarSet(self.tr("Budget")), QBarSet(self.tr("Used"))
        department = self.chart_department.currentText()
        rows = [r for r in self.rows if r.department == department]
        for row in rows:
            budget_set.append(float(row.budget))
            used_set.append(float(row.used))
        series = QBarSeries()
        series.append(budget_set)
        series.append(used_set)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([category_title(r.category) for r in rows])
        values = QValueAxis()
        values.setLabelFormat("%.0f")
        values.setMin(0)
        top = max([float(r.budget) for r in rows] + [float(r.used) for r in rows] + [1.0])
        values.setMax(top * 1.1)
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.chart.setTitle(self.tr("{department}: budget and used amount, {year}").format(
            department=department, year=self.year.value()))

    def selected_row(self) -> UsageRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _update_buttons(self) -> None:
        row = self.selected_row()
        can = self.ctx.actor.can("reimbursements.budget.approve")
        self.approve_button.setEnabled(bool(can and row is not None and row.awaiting_approval))

    def propose(self) -> RecordEditor:
        dialog = ProposeBudgetDialog(self.ctx, self.year.value(), self.selected_row(), self)
        dialog.accepted.connect(self.reload)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def approve_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.budget_id is None:
            return
        try:
            with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
                budgets.approve_budget(uow, row.budget_id)
        except NeiqinError as error:
            show_task_error(self, error, self.tr("Approve budget"))
            return
        self.reload()

    def preview_report(self) -> PdfPreview | None:
        folder = Path(tempfile.mkdtemp(prefix="neiqin-"))
        try:
            with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
                path = printing.print_usage(uow, str(self.year.value()), folder / f"budget-{self.year.value()}.pdf")
        except NeiqinError as error:
            show_task_error(self, error, self.tr("Usage report"))
            return None
        preview = PdfPreview(path, self.tr("Budget usage {year}").format(year=self.year.value()), self,
                             object_name="reimbursements.budget_preview")
        self.last_dialog = preview
        preview.open()
        return preview

    def export(self, path: Path) -> int:
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return listing.export_budget_usage(uow, path, {"year": str(self.year.value())})


class ProposeBudgetDialog(RecordEditor):
    def __init__(self, ctx: UiContext, year: int, row: UsageRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent, QCoreApplication.translate("ProposeBudgetDialog", "Propose budget"),
                         "reimbursements.budget_editor")
        self.ctx, self.year = ctx, year
        department = QComboBox()
        department.setEditable(True)
        with ctx.db.read() as session:
            department.addItems(budgets.departments(session))
        category = QComboBox()
        for code in CATEGORIES:
            category.addItem(category_title(code), code)
        amount = MoneyEdit()
        if row is not None:
            department.setCurrentText(row.department)
            category.setCurrentIndex(category.findData(row.category))
            amount.setValue(row.budget)
        self.add_field("department", self.tr("Department"), department, required=True)
        self.add_field("category", self.tr("Category"), category, required=True)
        self.add_field("amount", self.tr("Budget for {year}").format(year=year), amount, required=True)
        self.add_field("note", self.tr("Note"), QLineEdit())

    def save(self):
        values = self.values()
        department = self.fields["department"].widget.currentText()
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return budgets.propose_budget(uow, department, values["category"], self.year, values["amount"],
                                          values["note"])


class StandardsDialog(RecordEditor):
    """The company standards per category: yuan per travel day, yuan per receipt."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, QCoreApplication.translate("StandardsDialog", "Reimbursement standards"),
                         "reimbursements.standards")
        self.ctx = ctx
        with ctx.db.read() as session:
            current = service.get_standards(session, ctx.actor)
        hint = QLabel(self.tr("Empty means no limit. First review refuses lines over these amounts."))
        hint.setWordWrap(True)
        self.form.addRow(hint)
        for code in CATEGORIES:
            per_day, per_line = MoneyEdit(), MoneyEdit()
            per_day.setValue(current[code].per_day)
            per_line.setValue(current[code].per_line)
            self.add_field(f"{code}.per_day", self.tr("{category}: per day").format(category=category_title(code)),
                           per_day)
            self.add_field(f"{code}.per_line",
                           self.tr("{category}: per receipt").format(category=category_title(code)), per_line)
        self.save_button.setEnabled(ctx.actor.can("reimbursements.standards"))

    def save(self) -> dict[str, Standard]:
        values = self.values()
        standards = {code: Standard(code, values[f"{code}.per_day"] or None, values[f"{code}.per_line"] or None)
                     for code in CATEGORIES}
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return service.set_standards(uow, standards)

