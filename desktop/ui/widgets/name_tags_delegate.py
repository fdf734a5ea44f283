"""Draws a customer's name with their tags on a second, quieter line below it.

A laptop screen (1366 px) leaves a separate Tags column too narrow to read
("big spender…") once the customer's card is open beside the table; under the
name, the tags get the name column's whole width, the way a mail client shows
a sender above the subject. Rows without tags show the name alone, centred.
GUI thread only (it paints)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QWidget

from desktop.ui import palette
from desktop.ui.models.columns import RAW_ROLE
from desktop.ui.widgets.delegates import KeepColourDelegate

TAGS_FONT_SCALE = 0.88
"""The tags line's font size as a share of the name's: smaller, still readable."""
ROW_PADDING = 12
"""Pixels above and below the two lines together."""


def two_line_height(font: QFont) -> int:
    """The row height (pixels) that holds a name line and a tags line in ``font``."""
    return QFontMetrics(font).height() + QFontMetrics(tags_font(font)).height() + ROW_PADDING


def tags_font(font: QFont) -> QFont:
    small = QFont(font)
    if font.pointSizeF() > 0:
        small.setPointSizeF(font.pointSizeF() * TAGS_FONT_SCALE)
    else:
        small.setPixelSize(max(8, round(font.pixelSize() * TAGS_FONT_SCALE)))
    return small


class NameTagsDelegate(KeepColourDelegate):
    """The name (DisplayRole) on top, ``index.data(tags_role)`` muted below, each elided to the cell."""

    def __init__(self, tags_role: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tags_role = tags_role

    def second_line(self, index: QModelIndex | QPersistentModelIndex) -> str:
        """The quieter line under the name ("" for none); subclasses may draw something else there."""
        return str(index.data(self._tags_role) or "")

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        tags = self.second_line(index)
        if not tags:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        name, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)  # background, focus
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget).adjusted(3, 0, -3, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        name_metrics, small = QFontMetrics(opt.font), tags_font(opt.font)
        small_metrics = QFontMetrics(small)
        top = rect.top() + (rect.height() - name_metrics.height() - small_metrics.height()) // 2
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(role))
        painter.drawText(QRect(rect.left(), top, rect.width(), name_metrics.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         name_metrics.elidedText(name, Qt.TextElideMode.ElideRight, rect.width()))
        painter.setFont(small)
        painter.setPen(opt.palette.color(role) if selected else QColor(palette.colour("MUTED")))
        painter.drawText(QRect(rect.left(), top + name_metrics.height(), rect.width(), small_metrics.height()),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         small_metrics.elidedText(str(tags), Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        tags = self.second_line(index)
        if not tags:
            return hint
        width = max(QFontMetrics(option.font).horizontalAdvance(str(index.data() or "")),
                    QFontMetrics(tags_font(option.font)).horizontalAdvance(str(tags))) + 12
        return QSize(max(hint.width(), width), max(hint.height(), two_line_height(option.font)))


class RowLineDelegate(NameTagsDelegate):
    """A name with a quieter line below made from its whole row: ``line(row)`` for the row dict a
    ``RowsModel`` gives under ``RAW_ROLE`` ("Google" under a review's author, "e-mail, RU" under a
    recipient); the name alone when the line is empty."""

    def __init__(self, line: Callable[[dict], str], parent: QWidget | None = None) -> None:
        super().__init__(RAW_ROLE, parent)
        self._line = line

    def second_line(self, index: QModelIndex | QPersistentModelIndex) -> str:
        row = index.data(RAW_ROLE)
        return self._line(row) if isinstance(row, dict) else ""
