"""The house look for read-only, sortable tables over a ``RowsModel``."""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from desktop.ui.models.columns import SORT_ROLE
from desktop.ui.models.message_models import RowsModel


def configure_table(table: QTableView, model: RowsModel, stretch: str) -> QSortFilterProxyModel:
    """The house look for a read-only, sortable table over ``model``."""
    proxy = QSortFilterProxyModel(table)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
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
    for i, column in enumerate(model.columns):
        if column.width:
            table.setColumnWidth(i, column.width)
    table.horizontalHeader().setSectionResizeMode(model.column_index(stretch), QHeaderView.ResizeMode.Stretch)
    return proxy
