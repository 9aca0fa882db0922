"""The reports tab (报表): a sales report of a day, week, month or custom period, or the KPI
report of a month — figures, charts and breakdowns on screen, with Preview/Print, Save PDF and
Excel export. Reports are built in the background; the window never waits for them."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from neiqin.core.errors import NeiqinError
from neiqin.modules.reports import service
from neiqin.modules.reports.schemas import DIMENSIONS, MOVER_DIMENSIONS, KpiReport, SalesReport
from neiqin.modules.reports.ui import charts
from neiqin.modules.reports.ui.models import BreakdownModel, KpiModel
from neiqin.modules.reports.ui.targets import TargetsDialog
from neiqin.modules.reports.ui.texts import (
    BLANKS,
    DIMENSION_TITLES,
    EXTRA_TITLES,
    KIND_TITLES,
    METRIC_TITLES,
    metric_change,
    metric_text,
    mover_text,
)
from neiqin.ui.context import UiContext
from neiqin.ui.pdf_preview import PdfPreview
from neiqin.ui.tasks import show_task_error
from neiqin.ui.widgets.date_edit import DateEdit

RANKING_BARS = 10


class ReportsTab(QWidget):
    def __init__(self, ctx: UiContext, kpis: Sequence = (), print_translate: Callable[[str], str] | None = None,
                 parent: QWidget | None = None, today: Callable[[], date] = date.today) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kpis = list(kpis)
        self.print_translate = print_translate or (lambda text: text)
        self._today = today
        self.report: SalesReport | KpiReport | None = None
        self.loading = False
        self._summary_stale = False  # set by the background build of a sales report
        self.last_written: list[Path] = []
        self.last_dialog: QWidget | None = None
        self._temp = tempfile.TemporaryDirectory(prefix="neiqin-report-")
        self.setObjectName("reports")
        self._build_bar()
        self._build_sales_page()
        self._build_kpi_page()
        self.status = QLabel(objectName="reports.status")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.bar)
        layout.addWidget(self.status)
        layout.addWidget(self.pages, 1)
        self._kind_changed()
        self.run()

    # ------------------------------------------------------------------ building the widgets

    def _build_bar(self) -> None:
        self.kind = QComboBox(objectName="reports.kind")
        for key in ("daily", "weekly", "monthly", "custom", "kpi"):
            self.kind.addItem(tr(KIND_TITLES[key]), key)
        self.kind.setCurrentIndex(2)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        today = self._today()
        self.day = DateEdit(value=today)
        self.day.setObjectName("reports.day")
        self.month = QDateEdit(QDate(today.year, today.month, 1), objectName="reports.month")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        self.since = DateEdit(value=today.replace(day=1))
        self.since.setObjectName("reports.since")
        self.until = DateEdit(value=today)
        self.until.setObjectName("reports.until")
        self.dash = QLabel("–")
        self.run_button = QPushButton(self.tr("Show"), objectName="reports.run")
        self.run_button.clicked.connect(self.run)
        self.preview_button = QPushButton(self.tr("Preview and print…"), objectName="reports.preview")
        self.preview_button.clicked.connect(self.preview)
        self.pdf_button = QPushButton(self.tr("Save PDF…"), objectName="reports.save_pdf")
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.xlsx_button = QPushButton(self.tr("Export to Excel…"), objectName="reports.export")
        self.xlsx_button.clicked.connect(lambda: self.export_xlsx())
        self.targets_button = QPushButton(self.tr("Targets…"), objectName="reports.targets_button")
        self.targets_button.clicked.connect(lambda: self.edit_targets())
        self.bar = QHBoxLayout()
        for widget in (QLabel(self.tr("Report:")), self.kind, self.day, self.month, self.since, self.dash, self.until,
                       self.run_button):
            self.bar.addWidget(widget)
        self.bar.addStretch(1)
        for widget in (self.targets_button, self.preview_button, self.pdf_button, self.xlsx_button):
            self.bar.addWidget(widget)

    def _build_sales_page(self) -> None:
        self.summary = QTableWidget(len(METRIC_TITLES), 5, objectName="reports.summary")
        self.summary.setHorizontalHeaderLabels([self.tr("This period"), self.tr("Previous period"),
                                                self.tr("vs previous"), self.tr("Same period last year"),
                                                self.tr("vs last year")])
        self.summary.setVerticalHeaderLabels([tr(title) for _key, title in METRIC_TITLES])
        self.summary.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.summary.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.summary.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.summary.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary.setFixedHeight(self.summary.horizontalHeader().sizeHint().height()
                                    + len(METRIC_TITLES) * (self.summary.fontMetrics().height() + 10) + 4)
        self.movers = QTextBrowser(objectName="reports.movers")
        self.movers.setFrameShape(QTextBrowser.Shape.NoFrame)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addWidget(self.movers, 1)
        self.trend = charts.chart_view("reports.trend")
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(left)
        top.addWidget(self.trend)
        top.setSizes([560, 640])
        self.dimensions = QTabWidget(objectName="reports.dimensions")
        self.breakdowns: dict[str, tuple[BreakdownModel, QTableView, object]] = {}
        for dimension in DIMENSIONS:
            model = BreakdownModel(tr(EXTRA_TITLES.get(dimension, "")) if dimension in EXTRA_TITLES else "",
                                   tr(BLANKS[dimension]), self)
            table = QTableView(objectName=f"reports.table.{dimension}")
            table.setModel(model)
            table.setAlternatingRowColors(True)
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setStretchLastSection(True)
            chart = charts.chart_view(f"reports.chart.{dimension}")
            split = QSplitter(Qt.Orientation.Horizontal)
            split.addWidget(chart)
            split.addWidget(table)
            split.setSizes([420, 780])
            self.dimensions.addTab(split, tr(DIMENSION_TITLES[dimension]))
            self.breakdowns[dimension] = (model, table, chart)
        self.sales_page = QSplitter(Qt.Orientation.Vertical, objectName="reports.sales")
        self.sales_page.addWidget(top)
        self.sales_page.addWidget(self.dimensions)
        self.sales_page.setSizes([360, 440])

    def _build_kpi_page(self) -> None:
        self.kpi_chart = charts.chart_view("reports.kpi_chart")
        self.kpi_model = KpiModel(self)
        self.kpi_table = QTableView(objectName="reports.kpi_table")
        self.kpi_table.setModel(self.kpi_model)
        self.kpi_table.verticalHeader().setVisible(False)
        self.kpi_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.kpi_page = QSplitter(Qt.Orientation.Vertical, objectName="reports.kpis")
        self.kpi_page.addWidget(self.kpi_chart)
        self.kpi_page.addWidget(self.kpi_table)
        self.pages = QStackedWidget(objectName="reports.pages")
        self.pages.addWidget(self.sales_page)
        self.pages.addWidget(self.kpi_page)

    # ------------------------------------------------------------------ choosing and running

    def current_kind(self) -> str:
        return self.kind.currentData()

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        self.day.setVisible(kind in ("daily", "weekly"))
        self.month.setVisible(kind in ("monthly", "kpi"))
        for widget in (self.since, self.dash, self.until):
            widget.setVisible(kind == "custom")
        self.targets_button.setVisible(kind == "kpi" and self.ctx.actor.can("reports.targets"))
        self.pages.setCurrentWidget(self.kpi_page if kind == "kpi" else self.sales_page)

    def period(self) -> service.Period:
        kind = self.current_kind()
        if kind in ("monthly", "kpi"):
            month = self.month.date()
            return service.parse_period("monthly", f"{month.year()}-{month.month():02d}")
        if kind == "custom":
            return service.parse_period("custom", since=self.since.value(), until=self.until.value())
        return service.parse_period(kind, self.day.value().isoformat())

    def _build(self, kind: str, period: service.Period):
        with self.ctx.db.read() as session:
            if kind == "kpi":
                return service.kpi_report(session, self.ctx.actor, self.kpis, period)
            self._summary_stale = service.summary_stale(session)
            return service.sales_report(session, self.ctx.actor, period)

    def _refresh_summary(self) -> int:
        with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
            return service.refresh_summary(uow.session, limit=1)

    def _catch_up(self, changed: int = 1) -> None:
        """A product's cost or category changed: the report was right but read the slower way;
        the sales summary catches up in the background, one product per transaction so that
        nobody's save waits long."""
        if changed:
            self.ctx.runner.submit(self._refresh_summary, title=self.tr("Report"), kind="write",
                                   on_done=self._catch_up, on_error=lambda _error: None)  # tried again next time

    def run(self) -> None:
        """Build the chosen report in the background (a second click while one runs is ignored)."""
        if self.loading:
            return
        try:
            period = self.period()
        except NeiqinError as error:
            show_task_error(self, error)
            return
        self.loading = True
        self.run_button.setEnabled(False)
        self.status.setText(self.tr("Building the report…"))
        self.ctx.runner.submit(self._build, self.current_kind(), period, title=self.tr("Report"), kind="read",
                               on_done=self._shown, on_error=self._failed)

    def _failed(self, error: NeiqinError) -> None:
        self.loading = False
        self.run_button.setEnabled(True)
        self.status.setText(self.tr("The report could not be built."))
        show_task_error(self, error)

    def _shown(self, report) -> None:
        self.loading = False
        self.run_button.setEnabled(True)
        self.report = report
        if isinstance(report, KpiReport):
            self._show_kpis(report)
        else:
            self._show_sales(report)
            if self._summary_stale:
                self._summary_stale = False
                self._catch_up()

    # ------------------------------------------------------------------ showing

    def _show_sales(self, report: SalesReport) -> None:
        self.pages.setCurrentWidget(self.sales_page)
        if report.totals.orders:
            self.status.setText(self.tr("{title} {period}: {amount} from {orders} orders.").format(
                title=tr(KIND_TITLES[report.period.kind]), period=report.period.range_text,
                amount=metric_text(report.totals, "amount"), orders=report.totals.orders))
        else:
            self.status.setText(self.tr("No sales in {period}. Choose another period above.").format(
                period=report.period.range_text))
        for row, (key, _title) in enumerate(METRIC_TITLES):
            cells = [metric_text(report.totals, key), metric_text(report.previous, key),
                     metric_change(report.totals, report.previous, key), metric_text(report.last_year, key),
                     metric_change(report.totals, report.last_year, key)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.summary.setItem(row, column, item)
        by_month = report.period.trend_by_month()
        charts.show_trend(self.trend, self.tr("Sales by month") if by_month else self.tr("Sales by day"),
                          [p.label for p in report.trend], [float(p.current.amount) for p in report.trend],
                          [float(p.previous.amount) for p in report.trend], self.tr("This period"),
                          self.tr("Previous period"))
        lines = [mover_text(report, dimension, basis) for basis in ("previous", "last_year")
                 for dimension in MOVER_DIMENSIONS]
        self.movers.setPlainText("\n".join(line for line in lines if line)
                                 or self.tr("No changes against the previous period or last year."))
        for dimension, (model, table, chart) in self.breakdowns.items():
            model.set_rows(report.breakdowns[dimension])
            table.resizeColumnsToContents()
            top = [row for row in model.rows if row.current.amount > 0][:RANKING_BARS]
            charts.show_ranking(chart, self.tr("Top {count} by amount").format(count=len(top)),
                                [row.label or model.blank for row in top], [float(row.current.amount) for row in top])

    def _show_kpis(self, report: KpiReport) -> None:
        self.pages.setCurrentWidget(self.kpi_page)
        self.status.setText(self.tr("KPIs of {period} against their targets.").format(
            period=report.period.range_text))
        self.kpi_model.set_report(report.clerks)
        self.kpi_table.resizeColumnsToContents()
        overall = report.clerks[0] if report.clerks else None
        if overall is None:
            return
        percent = [n for n, line in enumerate(overall.lines) if line.unit == "percent"]
        rows = report.clerks if len(report.clerks) <= 6 else report.clerks[:1]
        charts.show_targets(self.kpi_chart, self.tr("Indicators against target (percent)"),
                            [QCoreApplication.translate("kpi", overall.lines[n].title) for n in percent],
                            [(row.name or self.tr("All clerks"),
                              [row.lines[n].value.value or 0 for n in percent]) for row in rows],
                            [overall.lines[n].target for n in percent], self.tr("Target"))

    # ------------------------------------------------------------------ files

    def _write(self, pdf: Path | None, xlsx: Path | None):
        report = self.report
        with self.ctx.db.read() as session:
            if isinstance(report, KpiReport):
                return service.write_kpis(session, self.ctx.actor, report, self.ctx.db.path, pdf, xlsx,
                                          self.print_translate)
            return service.write_sales(session, self.ctx.actor, report, self.ctx.db.path, pdf, xlsx)

    def _file_name(self, suffix: str) -> str:
        period = self.report.period
        kind = "kpi" if isinstance(self.report, KpiReport) else period.kind
        return f"{kind}-{period.label.replace(' – ', '_')}{suffix}"

    def _need_report(self) -> bool:
        if self.report is None:
            self.status.setText(self.tr("Show a report first."))
            return False
        return True

    def save_pdf(self, path: Path | None = None) -> None:
        if not self._need_report():
            return
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), self._file_name(".pdf"),
                                                        self.tr("PDF (*.pdf)"))
            if not name:
                return
            path = Path(name)
        self._submit_write(Path(path), None)

    def export_xlsx(self, path: Path | None = None) -> None:
        if not self._need_report():
            return
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"), self._file_name(".xlsx"),
                                                        self.tr("Excel (*.xlsx)"))
            if not name:
                return
            path = Path(name)
        self._submit_write(None, Path(path))

    def _submit_write(self, pdf: Path | None, xlsx: Path | None, then: Callable | None = None) -> None:
        def done(written) -> None:
            self.last_written = list(written)
            if then is not None:
                then(written[0])
            else:
                self.status.setText(self.tr("Written: {files}").format(files=", ".join(str(p) for p in written)))

        self.ctx.runner.submit(self._write, pdf, xlsx, title=self.tr("Writing the report"), kind="read",
                               on_done=done, on_error=lambda error: show_task_error(self, error))

    def preview(self) -> None:
        """The PDF in the preview, with Print (the system dialog) and Save."""
        if not self._need_report():
            return
        target = Path(self._temp.name) / self._file_name(".pdf")
        self._submit_write(target, None, then=self._open_preview)

    def _open_preview(self, path: Path) -> None:
        dialog = PdfPreview(path, self.tr("Report preview"), self, object_name="reports.preview_dialog")
        self.last_dialog = dialog
        dialog.open()

    def edit_targets(self, values: dict[str, float] | None = None) -> None:
        with self.ctx.db.read() as session:
            current = service.kpi_targets(session, self.kpis)
        if values is None:
            dialog = TargetsDialog(self.kpis, current, self)
            self.last_dialog = dialog
            if dialog.exec() != TargetsDialog.DialogCode.Accepted:
                return
            values = dialog.values()

        def save():
            with self.ctx.db.unit_of_work(self.ctx.actor) as uow:
                return service.set_targets(uow, self.kpis, values)

        self.ctx.runner.submit(save, title=self.tr("KPI targets"), kind="write", on_done=lambda _t: self.run(),
                               on_error=lambda error: show_task_error(self, error))


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportsTab", text)
