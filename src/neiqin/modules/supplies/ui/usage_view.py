"""The usage ledger (领用台账) and the usage statistics: the lines of a period by person and
department with cost, the top items, and each department's monthly cost as a chart; Excel export."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from neiqin.modules.supplies import excel, service, usage
from neiqin.modules.supplies.schemas import UsageFilter, UsageStatistics
from neiqin.modules.supplies.ui.common import fill, money, qty, table
from neiqin.ui.context import UiContext
from neiqin.ui.widgets.date_range import DateRangeEdit


class UsageDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None, today=date.today) -> None:
        super().__init__(parent)
        self.setObjectName("supplies.usage")
        self.setWindowTitle(QCoreApplication.translate("supplies", "Usage ledger and statistics"))
        self.ctx = ctx
        self.dates = DateRangeEdit(object_name="supplies.usage_dates", today=today)
        first = today().replace(day=1)
        self.dates.set_range((first - timedelta(days=150)).replace(day=1), today())
        self.department = QComboBox(objectName="supplies.usage_department")
        self.department.addItem(QCoreApplication.translate("supplies", "All departments"), "")
        with ctx.db.read() as session:
            for name in service.departments(session):
                self.department.addItem(name, name)
        self.dates.range_changed.connect(lambda *_: self.reload())
        self.department.currentIndexChanged.connect(lambda *_: self.reload())
        export = QPushButton(QCoreApplication.translate("supplies", "Export to Excel…"), objectName="supplies.usage_export")
        export.clicked.connect(lambda: self.export())
        bar = QHBoxLayout()
        bar.addWidget(QLabel(QCoreApplication.translate("supplies", "Period")))
        bar.addWidget(self.dates)
        bar.addWidget(QLabel(QCoreApplication.translate("supplies", "Department")))
        bar.addWidget(self.department)
        bar.addStretch(1)
        bar.addWidget(export)
        self.ledger = table("supplies.usage_ledger", [QCoreApplication.translate("supplies", "Date"), QCoreApplication.translate("supplies", "Number"), QCoreApplication.translate("supplies", "Department"), QCoreApplication.translate("supplies", "Recipient"),
                                                     QCoreApplication.translate("supplies", "Item"), QCoreApplication.translate("supplies", "Quantity"), QCoreApplication.translate("supplies", "Unit cost"), QCoreApplication.translate("supplies", "Amount"),
                                                     QCoreApplication.translate("supplies", "Signed")])
        self.totals = table("supplies.usage_totals", [QCoreApplication.translate("supplies", "Department / person"), QCoreApplication.translate("supplies", "Quantity"), QCoreApplication.translate("supplies", "Amount")])
        self.top = table("supplies.usage_top", [QCoreApplication.translate("supplies", "Item"), QCoreApplication.translate("supplies", "Quantity"), QCoreApplication.translate("supplies", "Amount")])
        self.chart_view = QChartView(objectName="supplies.usage_chart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.summary = QLabel(objectName="supplies.usage_summary")
        tabs = QTabWidget(objectName="supplies.usage_tabs")
        tabs.addTab(self.ledger, QCoreApplication.translate("supplies", "Usage ledger"))
        tabs.addTab(self.totals, QCoreApplication.translate("supplies", "By department and person"))
        stats = QWidget()
        stats_layout = QHBoxLayout(stats)
        stats_layout.addWidget(self.top, 2)
        stats_layout.addWidget(self.chart_view, 3)
        tabs.addTab(stats, QCoreApplication.translate("supplies", "Statistics"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.summary)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(1100, 640)
        self.reload()

    def filters(self) -> UsageFilter:
        start, end = self.dates.value()
        return UsageFilter(start, end, self.department.currentData() or "")

    def reload(self) -> None:
        filters = self.filters()
        with self.ctx.db.read() as session:
            self.rows = usage.usage_rows(session, self.ctx.actor, filters)
            self.stats = usage.statistics(session, self.ctx.actor, filters)
        fill(self.ledger, [[r.issued_on.isoformat(), r.number, r.department, r.recipient_name, f"{r.name} {r.spec}",
                            qty(r.quantity), money(r.unit_cost), money(r.amount), QCoreApplication.translate("supplies", "yes") if r.signed else ""]
                           for r in self.rows], numeric={5, 6, 7})
        people = [[f"{t.key}", qty(t.quantity), money(t.amount)] for t in self.stats.by_department]
        people += [[f"　{t.key}", qty(t.quantity), money(t.amount)] for t in self.stats.by_person]
        fill(self.totals, people, numeric={1, 2})
        fill(self.top, [[t.key, qty(t.quantity), money(t.amount)] for t in self.stats.top_items], numeric={1, 2})
        self.chart_view.setChart(trend_chart(self.stats))
        self.summary.setText(QCoreApplication.translate("supplies", "{count} lines, cost {amount}").format(count=len(self.rows),
                                                                       amount=money(self.stats.total_amount)))

    def export(self, path: Path | None = None) -> int:
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("supplies", "Export to Excel"), "领用台账.xlsx",
                                                  QCoreApplication.translate("supplies", "Excel workbook (*.xlsx)"))
            if not name:
                return 0
            path = Path(name)
        filters = self.filters()
        values = {"date_from": filters.date_from, "date_to": filters.date_to, "department": filters.department}
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return excel.export_usage(uow, path, {k: v for k, v in values.items() if v})


def trend_chart(stats: UsageStatistics) -> QChart:
    """Each department's cost per month: bars per month, one set per department."""
    chart = QChart()
    chart.setTitle(QCoreApplication.translate("supplies", "Cost per department and month"))
    series = QBarSeries()
    top = 0.0
    for department, months in stats.trend.items():
        bars = QBarSet(department)
        for month in stats.months:
            value = float(months.get(month, 0))  # chart coordinates only; amounts stay Decimal elsewhere
            bars.append(value)
            top = max(top, value)
        series.append(bars)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append(stats.months)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_x)
    axis_y = QValueAxis()
    axis_y.setRange(0, top * 1.1 if top else 1)
    axis_y.setLabelFormat("%.0f")
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_y)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart
