"""The Import page: a big drop zone and the history of imports, each with Undo."""
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
    QVBoxLayout,
    QWidget,
)

from desktop.core.records import Changed, ImportBatchInfo
from desktop.ui.context import UiContext
from desktop.ui.models.batches_model import BatchesModel
from desktop.ui.models.columns import SORT_ROLE
from desktop.ui.resources import icon
from desktop.ui.widgets.delegates import KeepColourDelegate
from desktop.ui.widgets.drop_zone import DropZone

DROP_ZONE_HEIGHT = 230
UNDO_COLUMN_WIDTH = 96


class ImportPage(QWidget):
    """Emits ``loaded`` after the history has been shown (tests wait on it)."""

    loaded = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._generation = 0
        self.model = BatchesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self._setup_ui()
        ctx.signals.data_changed.connect(self._on_data_changed)

    def refresh(self) -> None:
        self._generation += 1
        generation, imports = self._generation, self._ctx.services.imports
        self._ctx.runner.run(lambda progress, cancel: imports.list_batches(),
                             label=self.tr("Loading import history"),
                             on_success=lambda batches: self._on_batches_loaded(generation, batches))

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
            .replace("%3", batch.created_at.strftime("%d %b %Y")))
        return answer == QMessageBox.StandardButton.Yes

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

        history = QLabel(self.tr("Import history"), self)
        history.setObjectName("CardTitle")
        layout.addSpacing(6)
        layout.addWidget(history)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(KeepColourDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(38)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.model.undo_column, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(self.model.undo_column, UNDO_COLUMN_WIDTH)
        self.proxy.layoutChanged.connect(self._place_undo_buttons)
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(self.tr("Nothing imported yet. Files you import will be listed here, "
                                          "and each import can be undone."), self)
        self.empty_label.setObjectName("Muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.empty_label.setContentsMargins(0, 24, 0, 0)
        layout.addWidget(self.empty_label, 1)

    def _on_data_changed(self, changed: Changed) -> None:
        if changed.batches or changed.reviews or changed.customers or changed.orders:
            self.refresh()

    def _on_batches_loaded(self, generation: int, batches: list[ImportBatchInfo]) -> None:
        if generation != self._generation:
            return
        self.model.set_batches(batches)
        self._place_undo_buttons()
        self.table.setVisible(bool(batches))
        self.empty_label.setVisible(not batches)
        self.loaded.emit()

    def _place_undo_buttons(self) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, self.model.undo_column)
            batch: Any = self.model.batch(self.proxy.mapToSource(index).row())
            if batch is None:
                continue
            button = QPushButton(icon("undo"), self.tr("Undo"), self.table)
            button.setProperty("flat", True)
            button.setEnabled(batch.undone_at is None and batch.inserted > 0)
            button.setToolTip(self.tr("Remove what this import added") if button.isEnabled()
                              else self.tr("Already undone"))
            button.clicked.connect(lambda _=False, b=batch: self.undo(b))
            self.table.setIndexWidget(index, button)
