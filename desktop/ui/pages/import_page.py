"""The Import page: a big drop zone, the history of imports and the customer
merges they made, each with Undo."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.records import Changed, ImportBatchInfo
from desktop.services.customers import MergeInfo
from desktop.ui.context import UiContext
from desktop.ui.pages.on_demand import OnDemand
from desktop.ui.models.batches_model import COLUMNS as BATCH_COLUMNS, BatchesModel
from desktop.ui.models.columns import SORT_ROLE, format_count, format_date
from desktop.ui.models.merges_model import MergesModel, source_name
from desktop.ui.resources import icon
from desktop.ui.widgets.delegates import KeepColourDelegate
from desktop.ui.widgets.drop_zone import DropZone
from desktop.ui.widgets.fit_columns import ColumnFitter
from desktop.ui.widgets.tables import header_width

DROP_ZONE_HEIGHT = 230
UNDO_COLUMN_WIDTH = 96
HISTORY_FILE_SHARE = 0.15
"""The import history's file name keeps at least this share of the table's width ..."""
HISTORY_MIN_WIDTH = 64
"""... while the kind, format and count columns give way down to this (pixels): "25 781" still fits."""


class ImportPage(QWidget):
    """Emits ``loaded`` after the history has been shown (tests wait on it)."""

    loaded = Signal()
    HISTORY_TAB, MERGES_TAB = 0, 1

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._generation = 0
        self.model = BatchesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.merges_model = MergesModel(self)
        self.merges_proxy = QSortFilterProxyModel(self)
        self.merges_proxy.setSourceModel(self.merges_model)
        self.merges_proxy.setSortRole(SORT_ROLE)
        self.on_demand = OnDemand(self, self.refresh)  # loads when shown (see on_demand)
        self._setup_ui()
        ctx.signals.data_changed.connect(self._on_data_changed)

    def refresh(self) -> None:
        self.on_demand.fresh()
        self._generation += 1
        generation, imports, customers = self._generation, self._ctx.services.imports, self._ctx.services.customers
        self._ctx.runner.run(lambda progress, cancel: (imports.list_batches(), customers.list_merges()),
                             label=self.tr("Loading import history"),
                             on_success=lambda loaded: self._on_batches_loaded(generation, *loaded))

    def undo(self, batch: ImportBatchInfo) -> None:
        """Ask, then remove everything this import added (a serialised write)."""
        if not self.confirm_undo(batch):
            return
        imports = self._ctx.services.imports
        self._ctx.runner.run(lambda progress, cancel: imports.undo_batch(batch.id),
                             label=self.tr("Undoing import"), write=True,
                             on_success=self._ctx.signals.broadcast)

    def confirm_undo(self, batch: ImportBatchInfo) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Undo import?"),
            self.tr("Remove the %1 rows that “%2” added on %3?\n\nRows that were already there stay.")
            .replace("%1", str(batch.inserted)).replace("%2", batch.file_name)
            .replace("%3", format_date(batch.created_at)))
        return answer == QMessageBox.StandardButton.Yes

    def undo_merge(self, merge: MergeInfo) -> None:
        """Ask, then split a merged customer back into two (a serialised write)."""
        if not self.confirm_undo_merge(merge):
            return
        customers = self._ctx.services.customers
        self._ctx.runner.run(lambda progress, cancel: customers.undo_merge(merge.id),
                             label=self.tr("Undoing merge"), write=True,
                             on_success=lambda result: self._ctx.signals.broadcast(result.changed))

    def confirm_undo_merge(self, merge: MergeInfo) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Undo merge?"),
            self.tr("Split “%1” back into two customers?\n\nThe %2 record becomes a customer of its own "
                    "again, and the values it changed go back to what they were.")
            .replace("%1", merge.kept_name or self.tr("this customer"))
            .replace("%2", source_name(merge.source)))
        return answer == QMessageBox.StandardButton.Yes

    def merge_undo_button(self, row: int) -> QPushButton | None:
        """The Undo button shown in ``row`` of the merges (view order)."""
        widget = self.merges_table.indexWidget(self.merges_proxy.index(row, self.merges_model.undo_column))
        return widget if isinstance(widget, QPushButton) else None

    def undo_button(self, row: int) -> QPushButton | None:
        """The Undo button shown in ``row`` of the history (view order)."""
        widget = self.table.indexWidget(self.proxy.index(row, self.model.undo_column))
        return widget if isinstance(widget, QPushButton) else None

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 16)
        layout.setSpacing(12)
        title = QLabel(self.tr("Import"), self)
        title.setObjectName("PageTitle")
        layout.addWidget(title)
        self.drop_zone = DropZone(
            self.tr("Drop files here to import them"),
            self.tr("Google and Tripadvisor review exports, your till's customer and order exports, "
                    "or any spreadsheet (CSV, Excel, JSON). Importing the same file twice changes nothing."),
            self)
        self.drop_zone.setFixedHeight(DROP_ZONE_HEIGHT)
        self.drop_zone.choose_clicked.connect(self._ctx.signals.choose_files_requested)
        layout.addWidget(self.drop_zone)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        layout.addSpacing(4)
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._build_history(), self.tr("Import history"))
        self.tabs.addTab(self._build_merges(), self.tr("Customer merges"))

    def _build_history(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 10, 0, 0)
        self.table = QTableView(tab)
        self.table.setModel(self.proxy)
        self._style_table(self.table, self.model.undo_column)
        # columns sized to their contents once per load, then fitted: sized to their contents for
        # good, the counts' long Russian headers ("Добавлено", "Пропущено") left the file name
        # no room at all on a 1366 px laptop and the Undo buttons scrolled out of sight
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.model.undo_column, QHeaderView.ResizeMode.Fixed)
        self.history_fitter = ColumnFitter(self.table, 0, tuple(
            i for i, column in enumerate(BATCH_COLUMNS)
            if column.key in ("kind", "format", "inserted", "duplicates", "updated", "rejected")),
            min_share=HISTORY_FILE_SHARE, min_width=HISTORY_MIN_WIDTH)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.proxy.layoutChanged.connect(self._place_undo_buttons)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.tr("Nothing imported yet. Files you import will be listed here, "
                                          "and each import can be undone."), tab)
        self.empty_label.setObjectName("Muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty_label.setContentsMargins(0, 24, 0, 0)
        layout.addWidget(self.empty_label, 1)
        return tab

    def _build_merges(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 10, 0, 0)
        intro = QLabel(self.tr("When a customer in one file has the same e-mail or phone as a customer from "
                               "another system, Regulars keeps one customer. Undo a merge if they are "
                               "really two people."), tab)
        intro.setObjectName("Muted")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.merges_table = QTableView(tab)
        self.merges_table.setModel(self.merges_proxy)
        self._style_table(self.merges_table, self.merges_model.undo_column)
        self.merges_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.merges_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.merges_table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
        self.merges_proxy.layoutChanged.connect(self._place_merge_buttons)
        layout.addWidget(self.merges_table, 1)
        self.merges_empty_label = QLabel(self.tr("No customers have been merged. Merges happen when you import "
                                                 "customer lists from more than one system."), tab)
        self.merges_empty_label.setObjectName("Muted")
        self.merges_empty_label.setWordWrap(True)
        self.merges_empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.merges_empty_label.setContentsMargins(0, 24, 0, 0)
        layout.addWidget(self.merges_empty_label, 1)
        return tab

    @staticmethod
    def _style_table(table: QTableView, undo_column: int) -> None:
        table.setItemDelegate(KeepColourDelegate(table))
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(38)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(undo_column, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(undo_column, UNDO_COLUMN_WIDTH)

    def _on_data_changed(self, changed: Changed) -> None:
        if changed.batches or changed.reviews or changed.customers or changed.orders:
            self.on_demand.request()

    def _on_batches_loaded(self, generation: int, batches: list[ImportBatchInfo], merges: list[MergeInfo]) -> None:
        if generation != self._generation:
            return
        self.model.set_batches(batches)
        for column in range(self.model.columnCount()):
            if column not in (0, self.model.undo_column):  # the header's text in its drawn (bold) weight too
                self.table.resizeColumnToContents(column)
                self.table.setColumnWidth(column, max(self.table.columnWidth(column), header_width(self.table, column)))
        self.history_fitter.remember()
        self._place_undo_buttons()
        self.table.setVisible(bool(batches))
        self.empty_label.setVisible(not batches)
        self.merges_model.set_merges(merges, {b.id: b.file_name for b in batches})
        self._place_merge_buttons()
        self.merges_table.setVisible(bool(merges))
        self.merges_empty_label.setVisible(not merges)
        standing = sum(1 for m in merges if m.undone_at is None)
        self.tabs.setTabText(self.MERGES_TAB, self.tr("Customer merges (%1)").replace("%1", format_count(standing))
                             if standing else self.tr("Customer merges"))
        self.loaded.emit()

    def _place_merge_buttons(self) -> None:
        for row in range(self.merges_proxy.rowCount()):
            index = self.merges_proxy.index(row, self.merges_model.undo_column)
            merge = self.merges_model.merge(self.merges_proxy.mapToSource(index).row())
            if merge is None:
                continue
            button = QPushButton(icon("undo"), self.tr("Undo"), self.merges_table)
            button.setProperty("flat", True)
            button.setEnabled(merge.undone_at is None and not self._ctx.read_only)
            button.setToolTip(self.tr("Make these two customers again") if button.isEnabled()
                              else self.tr("Already undone"))
            button.clicked.connect(lambda _=False, m=merge: self.undo_merge(m))
            self.merges_table.setIndexWidget(index, button)

    def _place_undo_buttons(self) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, self.model.undo_column)
            batch: Any = self.model.batch(self.proxy.mapToSource(index).row())
            if batch is None:
                continue
            button = QPushButton(icon("undo"), self.tr("Undo"), self.table)
            button.setProperty("flat", True)
            button.setEnabled(batch.undone_at is None and batch.inserted > 0 and not self._ctx.read_only)
            button.setToolTip(self.tr("Remove what this import added") if button.isEnabled()
                              else self.tr("Already undone"))
            button.clicked.connect(lambda _=False, b=batch: self.undo(b))
            self.table.setIndexWidget(index, button)
