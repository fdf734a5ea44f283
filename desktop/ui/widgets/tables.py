"""The house look for read-only, sortable tables over a ``RowsModel``."""
from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.ui.models.columns import format_date
from desktop.ui.models.message_models import RowsModel
from desktop.ui.models.sorted_rows import ForwardingSortProxy

HEADER_PADDING = 28
"""Room for the sort arrow and margins beside a header's text."""
DATE_KEYS = ("created_at", "sent_at")


def header_width(table: QTableView, column: int) -> int:
    """Pixels column ``column``'s header needs for its text, sort arrow and margins, measured
    in the weight the stylesheet draws headers in (600: a plain-weight measure cut
    "Опубликован" short). GUI thread."""
    font = QFont(table.horizontalHeader().font())
    font.setWeight(QFont.Weight.DemiBold)
    title = str(table.model().headerData(column, Qt.Orientation.Horizontal))
    return QFontMetrics(font).horizontalAdvance(title) + HEADER_PADDING


def configure_table(table: QTableView, model: RowsModel, stretch: str) -> ForwardingSortProxy:
    """The house look for a read-only, sortable table over ``model``. The model
    sorts itself when a header is clicked (the proxy forwards the request), so
    a long list never sorts through Qt on the GUI thread."""
    proxy = ForwardingSortProxy(table)
    proxy.setSourceModel(model)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(30)
    table.horizontalHeader().setHighlightSections(False)
    metrics = table.horizontalHeader().fontMetrics()
    # dates are as long as the language's month abbreviations ("15 нояб. 2026")
    def widest(with_time: bool) -> int:
        return max(metrics.horizontalAdvance(format_date(datetime(2026, month, 28, 23, 59), with_time=with_time))
                   for month in range(1, 13))

    for i, column in enumerate(model.columns):
        if column.width:
            width = max(column.width, header_width(table, i))
            if column.key in DATE_KEYS:
                width = max(width, widest(column.key == "sent_at") + HEADER_PADDING)
            table.setColumnWidth(i, width)
    table.horizontalHeader().setSectionResizeMode(model.column_index(stretch), QHeaderView.ResizeMode.Stretch)
    return proxy
