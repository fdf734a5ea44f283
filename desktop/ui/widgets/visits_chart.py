"""A customer's visits per month as small bars: their rhythm at a glance
(a regular's even row, a lapsed regular's bars stopping)."""
from __future__ import annotations

from datetime import date
from typing import Sequence

from PySide6.QtCore import QDate, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.ui import palette
from desktop.ui.models.columns import words_locale

MONTHS_SHOWN = 18
"""The chart shows the last 18 months (the demo café's whole history)."""
LABEL_EVERY = 3


class VisitsChart(QWidget):
    """Bars of visits per month; ``set_months`` gives (first day, visits, spend)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._months: list[tuple[date, int, float]] = []
        self.setMinimumHeight(96)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_months(self, months: Sequence[tuple[date, int, float]]) -> None:
        self._months = list(months)[-MONTHS_SHOWN:]
        total = sum(v for _, v, _ in self._months)
        tip = "\n".join(f"{words_locale().toString(QDate(m.year, m.month, 1), 'MMM yyyy')}: {v}"
                        for m, v, _ in self._months)
        self.setToolTip(tip if total else "")
        self.update()

    def months(self) -> list[tuple[date, int, float]]:
        return list(self._months)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 104)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.rect().adjusted(4, 4, -4, -4)
        metrics = self.fontMetrics()
        label_h = metrics.height() + 2
        chart = QRectF(rect.left(), rect.top() + label_h, rect.width(), rect.height() - 2 * label_h)
        p.setPen(QColor(palette.BORDER))
        p.drawLine(chart.bottomLeft(), chart.bottomRight())
        if not self._months:
            p.setPen(QColor(palette.MUTED))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No visits recorded yet"))
            return
        top = max(max(v for _, v, _ in self._months), 1)
        n = len(self._months)
        slot = chart.width() / n
        locale = words_locale()
        for i, (month, visits, _spend) in enumerate(self._months):
            h = chart.height() * visits / top
            bar = QRectF(chart.left() + i * slot + slot * 0.15, chart.bottom() - h, slot * 0.7, h)
            p.fillRect(bar, QColor(palette.ACCENT if visits else palette.BAR))
            if visits and (visits == top or i == n - 1):
                p.setPen(QColor(palette.MUTED))
                box = QRectF(bar.left() - 6, bar.top() - label_h, bar.width() + 12, label_h)
                box.moveRight(min(box.right(), rect.right()))
                p.drawText(box, Qt.AlignmentFlag.AlignCenter, str(visits))
            if (n - 1 - i) % LABEL_EVERY == 0:
                p.setPen(QColor(palette.MUTED))
                text = locale.toString(QDate(month.year, month.month, 1), "MMM")
                box = QRectF(chart.left() + i * slot - slot, chart.bottom() + 2, slot * 3, label_h)
                box.moveRight(min(box.right(), rect.right()))
                p.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
