"""The report PDFs: letterhead, summary, charts, tables and page numbers through core.pdf."""

from __future__ import annotations

from pathlib import Path

from neiqin.core.pdf import Column, FormDocument, Letterhead
from neiqin.modules.reports import charts, texts
from neiqin.modules.reports.schemas import DIMENSIONS, MOVER_DIMENSIONS, KpiReport, SalesReport

#: rows per breakdown table and bars per ranking chart in the PDF (the Excel file has every row)
TABLE_ROWS = 20
CHART_BARS = 10


def _identity(text: str) -> str:
    return text


def render_sales_pdf(report: SalesReport, path: Path, letterhead: Letterhead) -> Path:
    title = texts.TITLES[report.period.kind]
    doc = FormDocument(path, title, report.period.label, letterhead, qr_text="",
                       printed_at=report.generated_at, subject=texts.period_words(report.period))
    doc.add_key_values([("统计期间", report.period.range_text), ("制表人", report.generated_by),
                        ("上期（环比）", report.previous_period.range_text),
                        ("去年同期（同比）", report.last_year_period.range_text)], columns=2)
    columns = [Column("指标", 1.2), Column("本期", 1.5, numeric=True), Column("上期", 1.5, numeric=True),
               Column("环比", 1.1, numeric=True), Column("去年同期", 1.5, numeric=True), Column("同比", 1.1, numeric=True)]
    rows = [[name, texts.metric_text(report.totals, key), texts.metric_text(report.previous, key),
             texts.metric_change(report.totals, report.previous, key), texts.metric_text(report.last_year, key),
             texts.metric_change(report.totals, report.last_year, key)] for key, name in texts.METRICS]
    doc.add_heading("一、销售概况")
    doc.add_table(columns, rows)
    if report.totals.uncosted_amount:
        doc.add_paragraph(f"其中 {texts.money(report.totals.uncosted_amount)} 的销售额所属产品未登记成本，未计入毛利。",
                          "small")
    doc.add_flowable(charts.trend_chart(
        "销售额走势（按月）" if report.period.trend_by_month() else "销售额走势（按日）",
        [point.label for point in report.trend], [float(point.current.amount) for point in report.trend],
        [float(point.previous.amount) for point in report.trend], "本期", "上期"))
    doc.add_heading("二、波动原因")
    sentences = [texts.mover_sentence(report, dimension, basis) for basis in ("previous", "last_year")
                 for dimension in MOVER_DIMENSIONS]
    for sentence in [s for s in sentences if s] or ["本期与上期、去年同期均无销售变动。"]:
        doc.add_paragraph(sentence)
    for number, dimension in enumerate(DIMENSIONS, start=3):
        _breakdown(doc, report, dimension, number)
    doc.add_paragraph(texts.SCOPE, "small")
    return doc.build()


_NUMERALS = "一二三四五六七八九十"


def _breakdown(doc: FormDocument, report: SalesReport, dimension: str, number: int) -> None:
    rows = [row for row in report.breakdowns[dimension] if row.current.amount or row.previous.amount]
    name = texts.DIMENSION_TITLES[dimension]
    doc.add_heading(f"{_NUMERALS[number - 1]}、按{name}")
    if not rows:
        doc.add_paragraph("本期无销售。", "small")
        return
    top = [row for row in rows if row.current.amount > 0][:CHART_BARS]
    if top:
        doc.add_flowable(charts.ranking_chart(f"销售额前 {len(top)} 名（{name}）",
                                              [texts.label(dimension, row.label) for row in top],
                                              [float(row.current.amount) for row in top]))
    columns = [Column(name, 2.4)]
    if dimension in texts.EXTRA_TITLES:
        columns.append(Column(texts.EXTRA_TITLES[dimension], 1.0))
    columns += [Column("销售额", 1.5, numeric=True), Column("占比", 0.8, numeric=True),
                Column("毛利", 1.4, numeric=True), Column("订单数", 0.8, numeric=True),
                Column("环比", 1.0, numeric=True), Column("同比", 1.0, numeric=True)]
    body = []
    for row in rows[:TABLE_ROWS]:
        line = [texts.label(dimension, row.label) + (f"（{row.code}）" if row.code and dimension == "product" else "")]
        if dimension in texts.EXTRA_TITLES:
            line.append(row.extra)
        line += [texts.money(row.current.amount), texts.percent(row.share), texts.money(row.current.gross_profit),
                 f"{row.current.orders:,}", texts.metric_change(row.current, row.previous, "amount"),
                 texts.metric_change(row.current, row.last_year, "amount")]
        body.append(line)
    doc.add_table(columns, body)
    if len(rows) > TABLE_ROWS:
        doc.add_paragraph(f"另有 {len(rows) - TABLE_ROWS} 个{name}未列出（Excel 文件中有全部明细）。", "small")


def render_kpi_pdf(report: KpiReport, path: Path, letterhead: Letterhead, translate=_identity) -> Path:
    doc = FormDocument(path, texts.KPI_TITLE, report.period.label, letterhead, qr_text="",
                       printed_at=report.generated_at, subject=texts.period_words(report.period))
    doc.add_key_values([("考核期间", report.period.range_text), ("制表人", report.generated_by)], columns=2)
    clerks = [row for row in report.clerks if row.clerk_id]
    overall = report.clerks[0] if report.clerks else None
    if overall is not None:
        percent_lines = [n for n, line in enumerate(overall.lines) if line.unit == "percent"]
        if percent_lines:
            series = [(row.name or "全体", [_value(row.lines[n]) for n in percent_lines])
                      for row in ([overall, *clerks] if len(clerks) <= 5 else [overall])]
            doc.add_flowable(charts.target_chart("指标达成情况（百分比指标）",
                                                 [translate(overall.lines[n].title) for n in percent_lines],
                                                 series, [overall.lines[n].target for n in percent_lines], "目标"))
    columns = [Column("指标", 2.6), Column("实际", 1.1, numeric=True), Column("目标", 1.1, numeric=True),
               Column("结果", 0.9, align="center"), Column("依据", 1.4, numeric=True)]
    for row in report.clerks:
        doc.add_heading(f"{row.name}" if row.clerk_id else "全体内勤")
        doc.add_table(columns, [[translate(line.title), texts.kpi_value(line), texts.kpi_target(line),
                                 texts.kpi_met(line), texts.kpi_basis(line)] for line in row.lines])
    doc.add_paragraph("说明：百分比指标的依据为“达标数 / 总数”，时长指标的依据为“合计时长 / 件数”；"
                      "“—”表示本期没有可计算的业务。", "small")
    return doc.build()


def _value(line) -> float:
    return float(line.value.value) if line.value.value is not None and not line.error else 0.0
