"""The menu catalogue: every item seen in orders with its tags (meat, fish,
dairy, gluten, nuts, alcohol, vegan, vegetarian, ...), suggested from the
name in any supported language and corrected by the owner. Each change is
saved at once; "Back to suggested" forgets the owner's choice for an item."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.context import UiContext
from desktop.ui.models.columns import SORT_ROLE
from desktop.ui.models.menu_model import MenuModel


class MenuDialog(QDialog):
    """Emits ``loaded`` once the items are shown and ``saved`` after each stored change."""

    loaded = Signal()
    saved = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Menu and its tags"))
        self.resize(1220, 620)
        self.model = MenuModel(self)
        self.model.tags_edited.connect(self._on_tags_edited)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(0)
        self._setup_ui()
        self.reload()

    def reload(self) -> None:
        services = self._ctx.services.customers
        self._ctx.runner.run(lambda _p, _c: services.menu(), label=self.tr("Loading the menu"),
                             on_success=self._on_loaded)

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The items your orders name. Tags are suggested from each name; tick or untick to "
                               "correct them (your choice, in bold, wins). Offers use these tags to leave out "
                               "customers whose diet or allergies they do not suit."), self)
        intro.setWordWrap(True)
        intro.setObjectName("Muted")
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search items"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        row.addWidget(self.search, 1)
        self.reset_button = QPushButton(self.tr("Back to suggested"), self)
        self.reset_button.setEnabled(False)
        self.reset_button.clicked.connect(self._on_reset_clicked)
        row.addWidget(self.reset_button)
        layout.addLayout(row)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        bold_font = QFont(header.font())
        bold_font.setWeight(QFont.Weight.DemiBold)  # the stylesheet draws headers at weight 600
        bold = QFontMetrics(bold_font)
        for col in range(1, self.model.columnCount()):  # each tag column as wide as its name, no wider
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            self.table.setColumnWidth(col, max(bold.horizontalAdvance(title) + 26, 44))
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.reset_button.setEnabled(self._selected() is not None and self._selected().owner is not None))
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.tr("No items yet: import an orders file whose lines name what was sold."),
                                  self)
        self.empty_label.setObjectName("Muted")
        self.empty_label.hide()
        layout.addWidget(self.empty_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def _on_loaded(self, items: Any) -> None:
        self.model.set_items(items)
        self.empty_label.setVisible(not items)
        self.loaded.emit()

    def _on_tags_edited(self, item_id: int, tags: frozenset) -> None:
        self._save(item_id, tags)

    def _on_reset_clicked(self) -> None:
        item = self._selected()
        if item is not None:
            self._save(item.id, None)

    def _save(self, item_id: int, tags: frozenset | None) -> None:
        services = self._ctx.services.customers

        def done(changed: Any) -> None:
            self._ctx.signals.broadcast(changed)
            self.saved.emit()
            if tags is None:
                self.reload()

        self._ctx.runner.run(lambda _p, _c: services.set_menu_tags(item_id, tags), label=self.tr("Saving tags"),
                             write=True, on_success=done)
