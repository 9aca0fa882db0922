"""The report charts drawn for the PDF with reportlab.graphics (the same charts the tab shows).

Texts are drawn in runs of the CJK and the Latin face (as every printed form), so names with
digits and Latin letters print whole."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from neiqin.core.pdf.fonts import LATIN_FONT_NAME, register_font, runs, string_width

CURRENT = colors.HexColor("#2f6db5")
PREVIOUS = colors.HexColor("#b8c4d2")
TARGET = colors.HexColor("#d9822b")
SERIES = (CURRENT, colors.HexColor("#3a9d5d"), colors.HexColor("#8e5cb5"), colors.HexColor("#c0392b"),
          colors.HexColor("#16a2b8"), colors.HexColor("#7f8c8d"), PREVIOUS)
INK = colors.HexColor("#1a1a1a")


def _text(drawing: Drawing, x: float, y: float, text: str, size: float = 7, anchor: str = "start") -> None:
    """One line in mixed fonts; `anchor` start, middle or end of `x`."""
    width = string_width(text, size)
    x -= width / 2 if anchor == "middle" else width if anchor == "end" else 0
    for font, piece in runs(text):
        drawing.add(String(x, y, piece, fontName=font, fontSize=size, fillColor=INK))
        x += pdfmetrics.stringWidth(piece, font, size)


def _drawing(width: float, height: float, title: str) -> Drawing:
    register_font()
    drawing = Drawing(width, height, initialFontName=LATIN_FONT_NAME)
    _text(drawing, width / 2, height - 10, title, 9, "middle")
    return drawing


def _legend(drawing: Drawing, items: Sequence[tuple], x: float, y: float) -> None:
    """Coloured squares with their names, in a row from `x` leftwards to the right edge."""
    for colour, name in items:
        drawing.add(Rect(x, y - 1, 7, 7, fillColor=colour, strokeColor=None))
        _text(drawing, x + 10, y, name)
        x += 10 + string_width(name, 7) + 12


def _value_axis(axis) -> None:
    axis.valueMin = 0
    axis.labels.fontName, axis.labels.fontSize = LATIN_FONT_NAME, 7
    axis.labelTextFormat = _compact


def _compact(value: float) -> str:
    return f"{value:,.0f}"


def _short(text: str, limit: int = 14) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _tick(label: str, index: int, count: int) -> str:
    """Day labels shortened to MM-DD, every few days when there are many."""
    text = label[5:] if len(label) == 10 else label
    step = 1 if count <= 16 else 3 if count <= 45 else 7
    return text if index % step == 0 else ""


def trend_chart(title: str, labels: Sequence[str], current: Sequence[float], previous: Sequence[float],
                current_name: str, previous_name: str, width: float = 180 * mm, height: float = 62 * mm) -> Drawing:
    """Bars of the period's amounts per day (or month) beside the previous period's."""
    drawing = _drawing(width, height, title)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 48, 24, width - 60, height - 52
    chart.data = [list(current) or [0], list(previous) or [0]]
    chart.categoryAxis.categoryNames = [_tick(label, n, len(labels)) for n, label in enumerate(labels)] or [""]
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = LATIN_FONT_NAME, 6.5
    _value_axis(chart.valueAxis)
    chart.bars[0].fillColor, chart.bars[1].fillColor = CURRENT, PREVIOUS
    chart.bars.strokeWidth = 0
    chart.groupSpacing, chart.barSpacing = 1.5, 0
    drawing.add(chart)
    _legend(drawing, [(CURRENT, current_name), (PREVIOUS, previous_name)], 48, height - 24)
    return drawing


def ranking_chart(title: str, labels: Sequence[str], values: Sequence[float], width: float = 180 * mm,
                  height: float | None = None) -> Drawing:
    """Horizontal bars of the largest keys (customers, products …), the largest on top."""
    count = max(len(labels), 1)
    height = height or (40 + 13 * count)
    drawing = _drawing(width, height, title)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 150, 16, width - 170, height - 36
    chart.data = [list(reversed(values)) or [0]]
    chart.categoryAxis.categoryNames = [str(n) for n in range(count)]
    chart.categoryAxis.visibleLabels = 0
    _value_axis(chart.valueAxis)
    chart.bars[0].fillColor = CURRENT
    chart.bars.strokeWidth = 0
    drawing.add(chart)
    step = chart.height / count
    for index, label in enumerate(reversed(labels)):
        _text(drawing, chart.x - 4, chart.y + step * (index + 0.5) - 2.5, _short(label, 18), 7, "end")
    return drawing


def target_chart(title: str, labels: Sequence[str], series: Sequence[tuple[str, Sequence[float]]],
                 target: Sequence[float], target_name: str, width: float = 180 * mm,
                 height: float = 72 * mm) -> Drawing:
    """Grouped bars per indicator (one series per clerk) with the target as the last bar."""
    drawing = _drawing(width, height, title)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 34, 30, width - 46, height - 66
    chart.data = [list(values) for _name, values in series] + [list(target)]
    chart.categoryAxis.categoryNames = [str(n) for n in range(len(labels))] or [""]
    chart.categoryAxis.visibleLabels = 0
    _value_axis(chart.valueAxis)
    chart.valueAxis.valueMax, chart.valueAxis.valueStep = 100, 20
    for index in range(len(series)):
        chart.bars[index].fillColor = SERIES[index % len(SERIES)]
    chart.bars[len(series)].fillColor = TARGET
    chart.bars.strokeWidth = 0
    drawing.add(chart)
    step = chart.width / max(len(labels), 1)
    for index, label in enumerate(labels):
        _text(drawing, chart.x + step * (index + 0.5), chart.y - 12, _short(label, 10), 7, "middle")
    items = [(SERIES[n % len(SERIES)], _short(name, 8)) for n, (name, _v) in enumerate(series)]
    _legend(drawing, [*items, (TARGET, target_name)], 34, height - 24)
    return drawing
