"""The report workbooks: data sheets with numbers (not text) and native Excel charts (openpyxl)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from neiqin.core.errors import storage_error
from neiqin.modules.reports import texts
from neiqin.modules.reports.schemas import (
    DIMENSIONS,
    MOVER_DIMENSIONS,
    KpiReport,
    SalesReport,
    change_percent,
)

MONEY = "#,##0.00"
CHART_BARS = 10


def _save(workbook, path: Path) -> Path:
    """Written beside the target and renamed: a failed export leaves no half file."""
    path = Path(path)
    try:
        handle, temp = tempfile.mkstemp(suffix=".xlsx.part", dir=path.parent)
        os.close(handle)
    except OSError as exc:
        raise (storage_error(exc, str(path.parent)) or exc) from exc
    try:
        workbook.save(temp)
        os.replace(temp, path)
    except BaseException as exc:
        Path(temp).unlink(missing_ok=True)
        problem = storage_error(exc, str(path)) if isinstance(exc, OSError) else None
        if problem is not None:
            raise problem from exc
        raise
    return path


def _sheet(workbook, title: str, header: list[str], widths: list[int]):
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(title)
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    return sheet


def _formats(sheet, columns: dict[int, str], first: int = 2) -> None:
    for row in sheet.iter_rows(min_row=first):
        for cell in row:
            if cell.column in columns:
                cell.number_format = columns[cell.column]


def _number(value):
    return None if value is None else float(value)


def write_sales_xlsx(report: SalesReport, path: Path) -> Path:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference

    book = Workbook()
    book.remove(book.active)
    summary = _sheet(book, "汇总", ["指标", "本期", "上期", "环比(%)", "去年同期", "同比(%)"], [12, 18, 18, 10, 18, 10])
    for key, name in texts.METRICS:
        now, before, year = (texts.metric(f, key) for f in (report.totals, report.previous, report.last_year))
        if key == "margin":
            row = [name, _number(now), _number(before),
                   None if now is None or before is None else float(now - before), _number(year),
                   None if now is None or year is None else float(now - year)]
        else:
            row = [name, now, before, _number(change_percent(now, before)), year, _number(change_percent(now, year))]
        summary.append(row)
    _formats(summary, {2: MONEY, 3: MONEY, 5: MONEY}, 2)
    summary.append([])
    summary.append(["统计期间", texts.period_words(report.period)])
    summary.append(["上期", texts.period_words(report.previous_period)])
    summary.append(["去年同期", texts.period_words(report.last_year_period)])
    summary.append(["制表人", report.generated_by])
    summary.append([])
    summary.append(["波动原因"])
    for basis in ("previous", "last_year"):
        for dimension in MOVER_DIMENSIONS:
            sentence = texts.mover_sentence(report, dimension, basis)
            if sentence:
                summary.append([sentence])
    summary.append([texts.SCOPE])

    trend = _sheet(book, "走势", ["日期" if not report.period.trend_by_month() else "月份", "本期销售额", "上期销售额",
                                 "本期毛利", "本期订单数"], [12, 16, 16, 16, 12])
    for point in report.trend:
        trend.append([point.label, point.current.amount, point.previous.amount, point.current.gross_profit,
                      point.current.orders])
    _formats(trend, {2: MONEY, 3: MONEY, 4: MONEY})
    if report.trend:
        chart = BarChart()
        chart.title, chart.y_axis.title = "销售额走势", "销售额（元）"
        chart.add_data(Reference(trend, min_col=2, max_col=3, min_row=1, max_row=len(report.trend) + 1),
                       titles_from_data=True)
        chart.set_categories(Reference(trend, min_col=1, min_row=2, max_row=len(report.trend) + 1))
        chart.width, chart.height = 24, 10
        trend.add_chart(chart, "G2")

    for dimension in DIMENSIONS:
        _dimension_sheet(book, report, dimension, BarChart, Reference)
    return _save(book, path)


def _dimension_sheet(book, report: SalesReport, dimension: str, bar_chart, reference) -> None:
    name = texts.DIMENSION_TITLES[dimension]
    extra = texts.EXTRA_TITLES.get(dimension)
    header = [name, "编码"] + ([extra] if extra else []) + ["销售额", "销售量", "毛利", "订单数", "占比(%)",
                                                           "上期销售额", "环比(%)", "去年同期销售额", "同比(%)"]
    sheet = _sheet(book, f"按{name}", header, [30, 12] + ([10] if extra else []) + [16, 12, 16, 10, 10, 16, 10, 16, 10])
    offset = 1 if extra else 0
    rows = [row for row in report.breakdowns[dimension] if row.current.amount or row.previous.amount]
    for row in rows:
        sheet.append([texts.label(dimension, row.label), row.code] + ([row.extra] if extra else []) + [
            row.current.amount, row.current.quantity, row.current.gross_profit, row.current.orders,
            _number(row.share), row.previous.amount, _number(change_percent(row.current.amount, row.previous.amount)),
            row.last_year.amount, _number(change_percent(row.current.amount, row.last_year.amount))])
    _formats(sheet, {3 + offset: MONEY, 5 + offset: MONEY, 8 + offset: MONEY, 10 + offset: MONEY})
    top = sum(1 for row in rows[:CHART_BARS] if row.current.amount > 0)
    if top:
        chart = bar_chart()
        chart.type = "bar"
        chart.title = f"销售额前 {top} 名（{name}）"
        chart.add_data(reference(sheet, min_col=3 + offset, min_row=1, max_row=top + 1), titles_from_data=True)
        chart.set_categories(reference(sheet, min_col=1, min_row=2, max_row=top + 1))
        chart.y_axis.title = "销售额（元）"
        chart.x_axis.scaling.orientation = "maxMin"  # the largest on top, as in the list
        chart.width, chart.height = 20, 4 + top * 0.8
        sheet.add_chart(chart, "O2")


def write_kpi_xlsx(report: KpiReport, path: Path, translate=lambda text: text) -> Path:
    from openpyxl import Workbook
    from openpyxl.chart import BarChart, Reference

    book = Workbook()
    book.remove(book.active)
    sheet = _sheet(book, "考核指标", ["内勤", "指标", "实际", "单位", "目标", "结果", "分子", "分母"],
                   [14, 30, 10, 8, 10, 10, 10, 10])
    for row in report.clerks:
        for line in row.lines:
            sheet.append([row.name or "全体内勤", translate(line.title),
                          None if line.value.value is None or line.error else round(float(line.value.value), 2),
                          texts.UNITS.get(line.unit, ""), line.target, texts.kpi_met(line),
                          line.value.numerator, line.value.denominator])
    chart_sheet = _sheet(book, "达成图", ["指标", "全体实际(%)", "目标(%)"], [30, 14, 12])
    overall = report.clerks[0] if report.clerks else None
    lines = [line for line in (overall.lines if overall else ()) if line.unit == "percent"]
    for line in lines:
        chart_sheet.append([translate(line.title),
                            None if line.value.value is None or line.error else round(float(line.value.value), 2),
                            line.target])
    if lines:
        chart = BarChart()
        chart.title, chart.y_axis.title = "指标达成情况", "%"
        chart.add_data(Reference(chart_sheet, min_col=2, max_col=3, min_row=1, max_row=len(lines) + 1),
                       titles_from_data=True)
        chart.set_categories(Reference(chart_sheet, min_col=1, min_row=2, max_row=len(lines) + 1))
        chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 100
        chart.width, chart.height = 22, 10
        chart_sheet.add_chart(chart, "E2")
    sheet.append([])
    sheet.append([f"考核期间：{texts.period_words(report.period)}", "", "", "", "", "", "", ""])
    return _save(book, path)
