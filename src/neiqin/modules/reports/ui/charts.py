"""The report charts in the tab (QtCharts): the same charts the PDF draws."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter

CURRENT, PREVIOUS, TARGET = QColor("#2f6db5"), QColor("#b8c4d2"), QColor("#d9822b")
SERIES = (CURRENT, QColor("#3a9d5d"), QColor("#8e5cb5"), QColor("#c0392b"), QColor("#16a2b8"), QColor("#7f8c8d"))


def chart_view(object_name: str) -> QChartView:
    chart = QChart()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    view = QChartView(chart)
    view.setObjectName(object_name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def _reset(view: QChartView, title: str) -> QChart:
    chart = view.chart()
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    chart.setTitle(title)
    return chart


def _value_axis(values: Sequence[float] = (), maximum: float | None = None) -> QValueAxis:
    """From 0 to a round number above the largest value, with round ticks."""
    axis = QValueAxis()
    axis.setLabelFormat("%.0f")
    axis.setRange(0, maximum if maximum is not None else max([*values, 1.0]))
    if maximum is None:
        axis.applyNiceNumbers()
    axis.setTickCount(min(axis.tickCount(), 6))
    if maximum is None:
        axis.applyNiceNumbers()
    return axis


def _tick(label: str, index: int) -> str:
    """MM-DD for a day; categories must stay distinct, so the index keeps hidden labels apart."""
    return (label[5:] if len(label) == 10 else label) + "\u200b" * index


def show_trend(view: QChartView, title: str, labels: Sequence[str], current: Sequence[float],
               previous: Sequence[float], current_name: str, previous_name: str) -> None:
    chart = _reset(view, title)
    series = QBarSeries()
    for name, values, colour in ((current_name, current, CURRENT), (previous_name, previous, PREVIOUS)):
        bar = QBarSet(name)
        bar.setColor(colour)
        bar.append([float(v) for v in values])
        series.append(bar)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append([_tick(label, n) for n, label in enumerate(labels)])
    if len(labels) > 16:  # too narrow for every label: the axis names the first and last day instead
        axis_x.setLabelsVisible(False)
        axis_x.setTitleText(f"{labels[0]} – {labels[-1]}")
    axis_y = _value_axis([*current, *previous])
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    chart.legend().setVisible(True)


def show_ranking(view: QChartView, title: str, labels: Sequence[str], values: Sequence[float]) -> None:
    """Horizontal bars, the largest on top."""
    chart = _reset(view, title)
    series = QHorizontalBarSeries()
    bar = QBarSet(title)
    bar.setColor(CURRENT)
    bar.append([float(v) for v in reversed(values)])
    series.append(bar)
    chart.addSeries(series)
    axis_y = QBarCategoryAxis()
    axis_y.append([label if len(label) <= 18 else label[:17] + "…" for label in reversed(labels)])
    axis_x = _value_axis(values)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_y)
    series.attachAxis(axis_x)
    chart.legend().setVisible(False)


def show_targets(view: QChartView, title: str, labels: Sequence[str],
                 series_values: Sequence[tuple[str, Sequence[float]]], target: Sequence[float],
                 target_name: str) -> None:
    chart = _reset(view, title)
    series = QBarSeries()
    for index, (name, values) in enumerate([*series_values, (target_name, target)]):
        bar = QBarSet(name)
        bar.setColor(TARGET if index == len(series_values) else SERIES[index % len(SERIES)])
        bar.append([float(v) for v in values])
        series.append(bar)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append(list(labels))
    axis_y = _value_axis(maximum=100)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    chart.legend().setVisible(True)
