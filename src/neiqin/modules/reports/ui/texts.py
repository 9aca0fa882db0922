"""The words of the reports tab (translated, context "ReportsTab") and how figures are shown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from neiqin.core.errors import QT_TRANSLATE_NOOP
from neiqin.modules.reports.schemas import Figures, Mover, SalesReport, change_percent
from neiqin.ui.formats import format_money, format_qty

KIND_TITLES = {
    "daily": QT_TRANSLATE_NOOP("ReportsTab", "Daily sales report"),
    "weekly": QT_TRANSLATE_NOOP("ReportsTab", "Weekly sales report"),
    "monthly": QT_TRANSLATE_NOOP("ReportsTab", "Monthly sales report"),
    "custom": QT_TRANSLATE_NOOP("ReportsTab", "Sales of a custom period"),
    "kpi": QT_TRANSLATE_NOOP("ReportsTab", "KPI report"),
}
METRIC_TITLES = (
    ("amount", QT_TRANSLATE_NOOP("ReportsTab", "Sales amount")),
    ("quantity", QT_TRANSLATE_NOOP("ReportsTab", "Volume")),
    ("gross_profit", QT_TRANSLATE_NOOP("ReportsTab", "Gross profit")),
    ("margin", QT_TRANSLATE_NOOP("ReportsTab", "Gross margin")),
    ("orders", QT_TRANSLATE_NOOP("ReportsTab", "Orders")),
)
DIMENSION_TITLES = {
    "customer": QT_TRANSLATE_NOOP("ReportsTab", "By customer"),
    "region": QT_TRANSLATE_NOOP("ReportsTab", "By region"),
    "product": QT_TRANSLATE_NOOP("ReportsTab", "By product"),
    "category": QT_TRANSLATE_NOOP("ReportsTab", "By category"),
    "salesperson": QT_TRANSLATE_NOOP("ReportsTab", "By salesperson"),
}
MOVER_TITLES = {
    "customer": QT_TRANSLATE_NOOP("ReportsTab", "Customers"),
    "region": QT_TRANSLATE_NOOP("ReportsTab", "Regions"),
    "product": QT_TRANSLATE_NOOP("ReportsTab", "Products"),
    "salesperson": QT_TRANSLATE_NOOP("ReportsTab", "Salespeople"),
}
EXTRA_TITLES = {"customer": QT_TRANSLATE_NOOP("ReportsTab", "Region"),
                "product": QT_TRANSLATE_NOOP("ReportsTab", "Category")}
BLANKS = {
    "customer": QT_TRANSLATE_NOOP("ReportsTab", "(unknown customer)"),
    "region": QT_TRANSLATE_NOOP("ReportsTab", "(no region)"),
    "product": QT_TRANSLATE_NOOP("ReportsTab", "(unknown product)"),
    "category": QT_TRANSLATE_NOOP("ReportsTab", "(no category)"),
    "salesperson": QT_TRANSLATE_NOOP("ReportsTab", "(none)"),
}

POINTS = QT_TRANSLATE_NOOP("ReportsTab", "{points} points")
NEW = QT_TRANSLATE_NOOP("ReportsTab", "new")
UP = QT_TRANSLATE_NOOP("ReportsTab", "up most: {names}")
DOWN = QT_TRANSLATE_NOOP("ReportsTab", "down most: {names}")
VS_PREVIOUS = QT_TRANSLATE_NOOP("ReportsTab", "{what} vs previous period")
VS_LAST_YEAR = QT_TRANSLATE_NOOP("ReportsTab", "{what} vs same period last year")


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportsTab", text)


def _metric(figures: Figures, key: str):
    return figures.margin if key == "margin" else getattr(figures, key)


def metric_text(figures: Figures, key: str) -> str:
    value = _metric(figures, key)
    if key in ("amount", "gross_profit"):
        return format_money(value)
    if key == "quantity":
        return format_qty(value)
    if key == "margin":
        return "—" if value is None else f"{value:.1f}%"
    return f"{value:,}"


def metric_change(current: Figures, before: Figures, key: str) -> str:
    if key == "margin":
        now, then = current.margin, before.margin
        return "—" if now is None or then is None else tr(POINTS).format(points=f"{now - then:+.1f}")
    value = change_percent(_metric(current, key), _metric(before, key))
    return "—" if value is None else f"{value:+.1f}%"


def _mover(mover: Mover, blank: str) -> str:
    change = tr(NEW) if mover.percent is None else f"{mover.percent:+.1f}%"
    sign = "+" if mover.delta > 0 else "-"
    return f"{mover.label or blank} {sign}{format_money(abs(mover.delta))} ({change})"


def mover_text(report: SalesReport, dimension: str, basis: str) -> str:
    """“Customers vs previous period: up most … ; down most …”, empty when nothing moved."""
    rises, falls = report.movers_of(dimension, basis)
    if not rises and not falls:
        return ""
    blank = tr(BLANKS[dimension])
    parts = []
    if rises:
        parts.append(tr(UP).format(names=", ".join(_mover(m, blank) for m in rises)))
    if falls:
        parts.append(tr(DOWN).format(names=", ".join(_mover(m, blank) for m in falls)))
    head = tr(VS_PREVIOUS) if basis == "previous" else tr(VS_LAST_YEAR)
    return head.format(what=tr(MOVER_TITLES[dimension])) + ": " + "; ".join(parts)
