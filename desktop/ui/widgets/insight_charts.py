"""The Insights page's two charts: the weekly rating with drops shaded and
suspicious bursts marked, and the horizontal bars of a drop's causes.
Widgets only: they are given plain values and emit what was clicked."""
from __future__ import annotations

import math
from datetime import date, datetime, timedelta
from typing import Sequence

import pandas as pd
from PySide6.QtCharts import (
    QAreaSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from desktop.ui import palette

MAX_BARS = 8
"""The cause chart shows at most this many causes (the list below shows all)."""


def _msecs(when: datetime | date) -> float:
    if not isinstance(when, datetime):
        when = datetime(when.year, when.month, when.day)
    return float(QDateTime(when).toMSecsSinceEpoch())


def _style_axis(axis, font_family: str) -> None:
    axis.setLabelsColor(QColor(palette.MUTED))
    axis.setLabelsFont(QFont(font_family, 8))
    axis.setLinePenColor(QColor(palette.BORDER))
    axis.setGridLineColor(QColor(palette.GRID))
    axis.setTruncateLabels(False)


class InsightTrendChart(QChartView):
    """Weekly average stars; each drop a shaded band, each burst a marker."""

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(0, 4, 0, 0))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().hide()
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(150)
        self.bands = 0
        self.markers = 0

    def set_data(self, trend: pd.DataFrame, drops: Sequence[tuple[date, date]],
                 bursts: Sequence[tuple[date, float]], selected: int | None = None) -> None:
        chart = self.chart()
        for series in list(chart.series()):
            chart.removeSeries(series)
            series.deleteLater()
        for axis in list(chart.axes()):
            chart.removeAxis(axis)
            axis.deleteLater()
        self.bands, self.markers = len(drops), len(bursts)
        if trend is None or trend.empty:
            return
        x_axis = QDateTimeAxis()
        x_axis.setFormat("MMM yy")
        first = pd.Timestamp(trend["period_start"].min()).to_pydatetime()
        last = pd.Timestamp(trend["period_start"].max()).to_pydatetime() + timedelta(days=7)
        x_axis.setRange(QDateTime(first), QDateTime(last))
        x_axis.setTickCount(8)
        y_axis = QValueAxis()
        y_axis.setRange(1.0, 5.0)
        y_axis.setTickCount(5)
        y_axis.setLabelFormat("%.0f")
        for axis in (x_axis, y_axis):
            _style_axis(axis, self.font().family())
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for k, (start, end) in enumerate(drops):
            upper = QLineSeries()
            for x in (_msecs(start), _msecs(end + timedelta(days=1))):
                upper.append(x, 5.0)
            lower = QLineSeries()
            for x in (_msecs(start), _msecs(end + timedelta(days=1))):
                lower.append(x, 1.0)
            band = QAreaSeries(upper, lower)
            upper.setParent(band)
            lower.setParent(band)
            color = QColor(palette.DROP_FILL)
            if selected is not None and k != selected:
                color.setAlpha(110)
            band.setBrush(QBrush(color))
            band.setPen(QPen(Qt.PenStyle.NoPen))
            chart.addSeries(band)
            band.attachAxis(x_axis)
            band.attachAxis(y_axis)
        for column, color, width in (("avg_rating", palette.SECONDARY_LINE, 1.2), ("avg_without_suspects", palette.ACCENT, 2.2)):
            line = QLineSeries()
            for start, value in zip(trend["period_start"], trend[column]):
                if value is not None and not (isinstance(value, float) and math.isnan(value)):
                    line.append(_msecs(pd.Timestamp(start).to_pydatetime() + timedelta(days=3)), float(value))
            line.setPen(QPen(QColor(color), width))
            chart.addSeries(line)
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
        if bursts:
            dots = QScatterSeries()
            dots.setMarkerSize(11)
            dots.setColor(QColor(palette.BURST))
            dots.setBorderColor(QColor(palette.BURST))
            for when, rating in bursts:
                dots.append(_msecs(when), rating)
            chart.addSeries(dots)
            dots.attachAxis(x_axis)
            dots.attachAxis(y_axis)


class CauseBarChart(QChartView):
    """Horizontal bars: the share of the drop each cause explains. Emits
    ``cause_clicked(index)`` with the cause's index in the list given."""

    cause_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        chart = QChart()
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().hide()
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(140)
        self.labels: list[str] = []

    def set_causes(self, labels: Sequence[str], shares: Sequence[float]) -> None:
        chart = self.chart()
        for series in list(chart.series()):
            chart.removeSeries(series)
            series.deleteLater()
        for axis in list(chart.axes()):
            chart.removeAxis(axis)
            axis.deleteLater()
        labels, shares = list(labels)[:MAX_BARS], list(shares)[:MAX_BARS]
        self.labels = labels
        if not labels:
            return
        bars = QBarSet("")
        bars.setColor(QColor(palette.NEGATIVE))
        bars.setBorderColor(QColor(palette.NEGATIVE))
        # the largest cause on top: horizontal bar charts draw the first category at the bottom
        for share in reversed(shares):
            bars.append(round(100 * share))
        series = QHorizontalBarSeries()
        series.append(bars)
        series.setBarWidth(0.6)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value %")
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        bars.setLabelColor(QColor(palette.TEXT))
        bars.clicked.connect(lambda i: self.cause_clicked.emit(len(labels) - 1 - i))
        chart.addSeries(series)
        y_axis = QBarCategoryAxis()
        y_axis.append(list(reversed(labels)))
        x_axis = QValueAxis()
        # room for the largest bar's label beyond its end, on a scale of whole tens
        top = min(100, 20 * math.ceil((100 * max(shares) + 12) / 20))
        x_axis.setRange(0, top)
        x_axis.setLabelFormat("%d%%")
        x_axis.setTickCount(top // 20 + 1)
        for axis in (x_axis, y_axis):
            _style_axis(axis, self.font().family())
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
