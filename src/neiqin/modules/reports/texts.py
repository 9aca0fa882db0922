"""Chinese words and number formats of the printed and exported reports (PDF and Excel are in
简体中文, as every printed form)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from neiqin.modules.reports.periods import Period
from neiqin.modules.reports.schemas import Figures, KpiLine, Mover, SalesReport, change_percent

TITLES = {"daily": "销售日报", "weekly": "销售周报", "monthly": "销售月报", "custom": "销售统计报表"}
KPI_TITLE = "考核指标报表"
DIMENSION_TITLES = {"customer": "客户", "region": "地区", "product": "产品", "category": "产品类别",
                    "salesperson": "业务员"}
EXTRA_TITLES = {"customer": "地区", "product": "类别"}
BLANK = {"customer": "（未知客户）", "region": "（未填地区）", "product": "（未知产品）", "category": "（未分类）",
         "salesperson": "（未指定）"}
BASIS = {"previous": "环比", "last_year": "同比"}
SCOPE = "统计口径：订单日期在期间内、已审核通过及以后状态（不含已取消、已拒绝）的订单明细；毛利 = 销售额 − 数量 × 产品成本。"
UNITS = {"percent": "%", "hours": "小时", "days": "天"}
METRICS = (("amount", "销售额"), ("quantity", "销售量"), ("gross_profit", "毛利"), ("margin", "毛利率"),
           ("orders", "订单数"))

Translate = Callable[[str], str]


def money(value: Decimal | None) -> str:
    return "" if value is None else f"¥{value:,.2f}"


def quantity(value: Decimal) -> str:
    text = format(Decimal(value).normalize(), "f")
    whole, _, fraction = text.partition(".")
    return f"{int(whole):,}" + (f".{fraction}" if fraction else "") if whole.lstrip("-").isdigit() else text


def percent(value: Decimal | float | None, signed: bool = False) -> str:
    if value is None:
        return "—"
    return f"{value:+.1f}%" if signed else f"{value:.1f}%"


def metric(figures: Figures, name: str):
    return figures.margin if name == "margin" else getattr(figures, name)


def metric_text(figures: Figures, name: str) -> str:
    value = metric(figures, name)
    if name in ("amount", "gross_profit"):
        return money(value)
    if name == "quantity":
        return quantity(value)
    if name == "margin":
        return percent(value)
    return f"{value:,}"


def metric_change(current: Figures, before: Figures, name: str) -> str:
    if name == "margin":
        now, then = current.margin, before.margin
        return "—" if now is None or then is None else f"{now - then:+.1f} 个百分点"
    return percent(change_percent(metric(current, name), metric(before, name)), signed=True)


def label(dimension: str, text: str) -> str:
    return text or BLANK[dimension]


def period_words(period: Period) -> str:
    return f"{period.label}（{period.range_text}）" if period.kind != "custom" else period.range_text


def mover_sentence(report: SalesReport, dimension: str, basis: str) -> str:
    """One sentence naming the largest rises and falls, e.g. “客户（环比）：增长最多 …；下降最多 …”."""
    rises, falls = report.movers_of(dimension, basis)
    if not rises and not falls:
        return ""

    def item(mover: Mover) -> str:
        change = percent(mover.percent, signed=True) if mover.percent is not None else "新增"
        return f"{label(dimension, mover.label)} {'+' if mover.delta > 0 else '−'}{money(abs(mover.delta))}（{change}）"

    parts = []
    if rises:
        parts.append("增长最多：" + "、".join(item(m) for m in rises))
    if falls:
        parts.append("下降最多：" + "、".join(item(m) for m in falls))
    return f"{DIMENSION_TITLES[dimension]}（{BASIS[basis]}）：" + "；".join(parts) + "。"


def kpi_value(line: KpiLine) -> str:
    value = line.value.value
    if line.error:
        return "计算失败"
    if value is None:
        return "—"
    return f"{value:.1f}%" if line.unit == "percent" else f"{value:.1f} {UNITS.get(line.unit, '')}"


def kpi_target(line: KpiLine) -> str:
    sign = "≥" if line.better == "higher" else "≤"
    return f"{sign} {line.target:g}{'%' if line.unit == 'percent' else ' ' + UNITS.get(line.unit, '')}"


def kpi_basis(line: KpiLine) -> str:
    value = line.value
    if not value.denominator:
        return value.detail
    if line.unit == "percent":
        return f"{value.numerator:g} / {value.denominator:g}"
    return f"{value.numerator:g} {UNITS.get(line.unit, '')} / {value.denominator:g}"


def kpi_met(line: KpiLine) -> str:
    return {True: "达标", False: "未达标", None: "—"}[line.met]
