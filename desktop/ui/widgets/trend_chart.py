"""Rating over time: average stars as a line, review counts as soft bars
behind it on a second axis, both over a date axis, with a week/month toggle."""
from __future__ import annotations

import math
from html import escape
from datetime import datetime, timedelta

import pandas as pd
from PySide6.QtCharts import QAreaSeries, QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDateTime, QMargins, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui import palette
from desktop.ui.style import when_theme_changes

PERIODS = ("week", "month")
BAR_WIDTH = 0.7
"""Share of a period a count bar covers, so neighbouring bars stay apart."""
MIN_RATING_AXIS, MAX_RATING_AXIS = 1.0, 5.0
COUNT_HEADROOM = 1.8
"""Count axis runs to this times the largest count, so bars stay low under the line."""


def _msecs(when: datetime) -> float:
    return float(QDateTime(when).toMSecsSinceEpoch())


def _period_end(start: datetime, period: str) -> datetime:
    if period == "week":
        return start + timedelta(days=7)
    return (pd.Timestamp(start) + pd.offsets.MonthBegin(1)).to_pydatetime()


class TrendChart(QFrame):
    """A card with the chart. Emits ``period_changed("week"|"month")``;
    the page fetches the data and calls ``set_trend``."""

    period_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self._period = "week"
        self._setup_ui()

    @property
    def period(self) -> str:
        return self._period

    def set_trend(self, frame: pd.DataFrame, period: str) -> None:
        """Show ``frame`` (columns period_start, reviews, avg_rating)."""
        self._period = period
        chart = self.view.chart()
        for series in list(chart.series()):
            chart.removeSeries(series)
            series.deleteLater()
        for axis in list(chart.axes()):
            chart.removeAxis(axis)
            axis.deleteLater()
        self.points = 0 if frame is None else len(frame)
        if frame is None or frame.empty:
            return
        frame = frame.sort_values("period_start")
        bars = QLineSeries()
        rating = QLineSeries()
        rating.setName(self.tr("Average rating"))
        max_count = 1
        for start, count, avg in zip(frame["period_start"], frame["reviews"], frame["avg_rating"]):
            start = pd.Timestamp(start).to_pydatetime()
            end = _period_end(start, period)
            pad = (end - start) * (1 - BAR_WIDTH) / 2
            left, right = _msecs(start + pad), _msecs(end - pad)
            count = int(count) if not pd.isna(count) else 0
            max_count = max(max_count, count)
            for x, y in ((left, 0), (left, count), (right, count), (right, 0)):
                bars.append(x, y)
            if avg is not None and not (isinstance(avg, float) and math.isnan(avg)):
                rating.append(_msecs(start + (end - start) / 2), float(avg))
        area = QAreaSeries(bars)
        bars.setParent(area)
        area.setName(self.tr("Reviews"))
        area.setBrush(QBrush(QColor(palette.BAR)))
        area.setPen(QPen(Qt.PenStyle.NoPen))
        pen = QPen(QColor(palette.ACCENT), 2.4)
        rating.setPen(pen)
        rating.setPointsVisible(len(frame) <= 40)
        chart.addSeries(area)
        chart.addSeries(rating)

        x_axis = QDateTimeAxis()
        x_axis.setFormat("MMM yyyy" if period == "month" else "d MMM yy")
        first = pd.Timestamp(frame["period_start"].iloc[0]).to_pydatetime()
        last = _period_end(pd.Timestamp(frame["period_start"].iloc[-1]).to_pydatetime(), period)
        x_axis.setRange(QDateTime(first), QDateTime(last))
        x_axis.setTickCount(min(8, max(2, len(frame) + 1)))
        y_rating = QValueAxis()
        y_rating.setRange(MIN_RATING_AXIS, MAX_RATING_AXIS)
        y_rating.setTickCount(5)
        y_rating.setLabelFormat("%.0f")
        y_count = QValueAxis()
        y_count.setRange(0, math.ceil(max_count * COUNT_HEADROOM))
        y_count.setLabelFormat("%d")
        y_count.setTickCount(5)
        y_count.applyNiceNumbers()
        y_count.setGridLineVisible(False)
        for axis in (x_axis, y_rating, y_count):
            axis.setTruncateLabels(False)  # QtCharts elides "100" to "…" on narrow windows
            axis.setLabelsColor(QColor(palette.MUTED))
            axis.setLabelsFont(QFont(self.font().family(), 8))
            axis.setLinePenColor(QColor(palette.BORDER))
            axis.setGridLineColor(QColor(palette.GRID))
        for axis, title in ((y_rating, self.tr("Stars")), (y_count, self.tr("Reviews"))):
            axis.setTitleText(title)
            axis.setTitleFont(QFont(self.font().family(), 8))
            axis.setTitleBrush(QBrush(QColor(palette.MUTED)))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_rating, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(y_count, Qt.AlignmentFlag.AlignRight)
        area.attachAxis(x_axis)
        area.attachAxis(y_count)
        rating.attachAxis(x_axis)
        rating.attachAxis(y_rating)

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 6)
        layout.setSpacing(0)
        header = QHBoxLayout()
        title = QLabel(self.tr("Rating over time"), self)
        title.setObjectName("CardTitle")
        header.addWidget(title)
        header.addSpacing(16)
        self._keys: list[tuple[QLabel, str, str, str]] = []
        for colour, text, shape in (("ACCENT", self.tr("Average stars"), "━"),
                                    ("BAR", self.tr("Number of reviews"), "■")):
            key = QLabel(self)
            self._keys.append((key, colour, text, shape))
            header.addWidget(key)
            header.addSpacing(10)
        self._paint_keys()
        when_theme_changes(self._paint_keys)
        header.addStretch(1)
        self.period_group = QButtonGroup(self)
        self.period_group.setExclusive(True)
        for key, text in (("week", self.tr("Weekly")), ("month", self.tr("Monthly"))):
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setChecked(key == self._period)
            button.setProperty("flat", True)
            button.setProperty("period", key)
            button.setMinimumWidth(button.fontMetrics().horizontalAdvance(text) + 36)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.period_group.addButton(button)
            header.addWidget(button)
        self.period_group.buttonClicked.connect(self._on_period_clicked)
        layout.addLayout(header)

        chart = QChart()
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(0, 4, 0, 0))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().hide()  # the header carries the key; the plot keeps the height
        self.view = QChartView(chart, self)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(130)
        self.view.setStyleSheet("background: transparent;")
        layout.addWidget(self.view, 1)
        self.points = 0

    def _paint_keys(self, _dark: bool = False) -> None:
        """The key's swatches in the scheme's colours (again after a theme switch)."""
        for key, colour, text, shape in self._keys:
            key.setText(f"<span style='color:{palette.colour(colour)};font-size:11pt'>{shape}</span>&nbsp;"
                        f"<span style='color:{palette.MUTED}'>{escape(text)}</span>")

    def _on_period_clicked(self, button: QPushButton) -> None:
        period = str(button.property("period"))
        if period != self._period:
            self._period = period
            self.period_changed.emit(period)
