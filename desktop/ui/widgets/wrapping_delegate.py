"""Rows as tall as their words in a tree: QTreeView asks its delegate for a row's
height without the column's width, so word-wrapped text comes back one line
high and is cut ("takeout.google.com: scegli solo …"). This delegate measures
the text in the column's current width; ``wrap_rows(tree)`` installs it and
measures again whenever a column is resized. GUI thread only.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

def text_width(view: QTreeView, column: int) -> int:
    """The pixels an item's text gets in ``column``: the column less the style's text margins
    (QCommonStyle keeps PM_FocusFrameHMargin + 1 on each side)."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return view.columnWidth(column) - 2 * margin


class WrappingDelegate(QStyledItemDelegate):
    """Word-wrapped items whose height fits their text in the view's column width."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        width = text_width(self._view, index.column())
        text = str(index.data() or "")
        if width <= 0 or not text:
            return hint
        style = self._view.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameVMargin, None, self._view) * 2
        rect = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text)
        return QSize(hint.width(), max(hint.height(), rect.height() + margin + 2))


def wrap_rows(tree: QTreeView) -> WrappingDelegate:
    """Wrap ``tree``'s items onto as many lines as they need, re-measured when a column resizes."""
    tree.setWordWrap(True)
    tree.setTextElideMode(Qt.TextElideMode.ElideNone)
    tree.setUniformRowHeights(False)
    delegate = WrappingDelegate(tree)
    tree.setItemDelegate(delegate)
    tree.header().sectionResized.connect(lambda *_: tree.doItemsLayout())
    return delegate
