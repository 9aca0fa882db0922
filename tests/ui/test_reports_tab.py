"""The reports tab: a monthly sales report and the KPI report built in the background and shown
with the hand-checked figures of the fixed data set; files, preview and targets."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate

from neiqin.app.reporting import collect_kpis
from neiqin.modules.reports import service
from neiqin.modules.reports.ui.tab import ReportsTab
from neiqin.ui.context import UiContext
from tests.unit.reports.conftest import make_sales_world

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def world(db, admin, clerk, reviewer):
    return make_sales_world(db, admin, clerk, reviewer)


def make_tab(qtbot, db, actor, runner) -> ReportsTab:
    tab = ReportsTab(UiContext(db=db, actor=actor, runner=runner), kpis=collect_kpis(),
                     today=lambda: date(2026, 10, 31))
    qtbot.addWidget(tab)
    qtbot.waitUntil(lambda: not tab.loading, timeout=10000)
    return tab


def _column(model, column):
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_monthly_report_on_screen(qtbot, qtmodeltester, db, clerk, runner, world):
    tab = make_tab(qtbot, db, clerk, runner)  # opens on the month of "today": October 2026
    assert tab.current_kind() == "monthly" and tab.report.period.label == "2026-10"
    cells = [[tab.summary.item(row, column).text() for column in range(5)] for row in range(5)]
    assert cells[0] == ["¥420.00", "¥340.00", "+23.5%", "¥50.00", "+740.0%"]
    assert cells[1][:3] == ["37", "40", "-7.5%"]  # volume
    assert cells[2][:2] == ["¥130.00", "¥140.00"] and cells[3][0] == "40.6%" and cells[4][0] == "3"
    model, table, chart = tab.breakdowns["customer"]
    qtmodeltester.check(model, force_py=True)
    assert _column(model, 0) == ["北京甲机械有限公司", "上海乙电子有限公司"]
    assert _column(model, 3) == ["¥320.00", "¥100.00"] and _column(model, 4) == ["76.2%", "23.8%"]
    assert _column(model, 8) == ["+700.0%", "-66.7%"]
    assert "北京甲机械有限公司 +¥280.00 (+700.0%)" in tab.movers.toPlainText()
    assert len(chart.chart().series()) == 1 and chart.chart().series()[0].barSets()[0].at(0) == 100.0
    trend = tab.trend.chart().series()[0].barSets()
    assert len(trend) == 2 and trend[0].count() == 31 and trend[0].at(4) == 220.0 and trend[1].at(9) == 300.0
    region_model = tab.breakdowns["region"][0]
    assert _column(region_model, 0) == ["华北", "华东"]


def test_another_period_and_an_empty_one(qtbot, db, clerk, runner, world):
    tab = make_tab(qtbot, db, clerk, runner)
    tab.kind.setCurrentIndex(tab.kind.findData("weekly"))
    tab.day.setValue(date(2026, 10, 7))
    tab.run()
    qtbot.waitUntil(lambda: not tab.loading and tab.report.period.kind == "weekly", timeout=10000)
    assert tab.summary.item(0, 0).text() == "¥220.00" and tab.summary.item(0, 1).text() == "¥40.00"
    tab.kind.setCurrentIndex(tab.kind.findData("monthly"))
    tab.month.setDate(QDate(2024, 3, 1))
    tab.run()
    qtbot.waitUntil(lambda: not tab.loading and tab.report.period.label == "2024-03", timeout=10000)
    assert "No sales in 2024-03-01 – 2024-03-31" in tab.status.text()
    assert tab.breakdowns["customer"][0].rowCount() == 0


def test_files_and_preview(qtbot, db, clerk, runner, world, tmp_path):
    tab = make_tab(qtbot, db, clerk, runner)
    tab.export_xlsx(tmp_path / "m.xlsx")
    qtbot.waitUntil(lambda: tab.last_written == [tmp_path / "m.xlsx"], timeout=10000)
    assert load_workbook(tmp_path / "m.xlsx")["汇总"]["B2"].value == 420
    tab.save_pdf(tmp_path / "m.pdf")
    qtbot.waitUntil(lambda: tab.last_written == [tmp_path / "m.pdf"], timeout=10000)
    tab.preview()
    qtbot.waitUntil(lambda: tab.last_dialog is not None, timeout=10000)
    assert tab.last_dialog.page_count == 3
    tab.last_dialog.close()


def test_kpi_report_and_targets(qtbot, qtmodeltester, db, reviewer, runner, world):
    tab = make_tab(qtbot, db, reviewer, runner)
    tab.kind.setCurrentIndex(tab.kind.findData("kpi"))
    assert tab.targets_button.isVisibleTo(tab)
    tab.month.setDate(QDate.currentDate())  # the transitions and customers are from today
    tab.run()
    qtbot.waitUntil(lambda: not tab.loading and hasattr(tab.report, "clerks"), timeout=10000)
    qtmodeltester.check(tab.kpi_model, force_py=True)
    rows = {(tab.kpi_model.data(tab.kpi_model.index(r, 0)), tab.kpi_model.data(tab.kpi_model.index(r, 1))):
            [tab.kpi_model.data(tab.kpi_model.index(r, c)) for c in (2, 3, 4, 5)]
            for r in range(tab.kpi_model.rowCount())}
    assert rows[("王芳", "Order accuracy")] == ["85.7%", "≥ 95%", "not met", "6 / 7"]
    assert rows[("All clerks", "Customer information completeness")] == ["50.0%", "≥ 90%", "not met", "2 / 4"]
    tab.edit_targets({"orders.accuracy": 85.0})
    qtbot.waitUntil(lambda: not tab.loading and tab.kpi_model.rowCount() and any(
        tab.kpi_model.data(tab.kpi_model.index(r, 3)) == "≥ 85%" for r in range(tab.kpi_model.rowCount())),
        timeout=10000)
    with db.read() as session:
        assert service.kpi_targets(session, collect_kpis())["orders.accuracy"] == 85.0


def test_a_clerk_cannot_change_targets(qtbot, db, clerk, runner, world):
    tab = make_tab(qtbot, db, clerk, runner)
    tab.kind.setCurrentIndex(tab.kind.findData("kpi"))
    assert not tab.targets_button.isVisibleTo(tab)
