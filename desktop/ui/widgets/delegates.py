"""Item delegates shared by the tables."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem


class KeepColourDelegate(QStyledItemDelegate):
    """Keeps a cell's own text colour (stars, sentiment) on a selected row,
    where the style would otherwise paint every cell in the highlight colour."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        colour = index.data(Qt.ItemDataRole.ForegroundRole)
        if colour is not None and option.state & QStyle.StateFlag.State_Selected:
            brush = colour if isinstance(colour, QBrush) else QBrush(QColor(colour))
            option.palette.setBrush(QPalette.ColorRole.HighlightedText, brush)
