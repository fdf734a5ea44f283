"""The Overview's "Your locations side by side" panel: every location of the
group with its reviews, stars, the last 90 days against the 90 before,
customers and open drops (``LocationsService.compare``, loaded in the
background through the operation runner). Hidden for a single café.

GUI thread only; emits ``loaded`` after every answer (tests wait on it) and
``location_opened(name)`` when a location's row is clicked."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop.services.locations import LocationComparison
from desktop.ui.context import UiContext
from desktop.ui.models.columns import format_date
from desktop.ui.models.locations_model import LocationsModel

MIN_LOCATIONS_SHOWN = 2
"""The panel shows from this many locations (one café has nothing to compare)."""


class LocationsPanel(QFrame):
    loaded = Signal()
    location_opened = Signal(str)  # a location's row was clicked: see it on the Insights page

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._generation = 0
        self.comparison: LocationComparison | None = None
        self._setup_ui()
        self.hide()

    def refresh(self) -> None:
        """Compare the locations again in the background; shown when there are several."""
        self._generation += 1
        generation, service = self._generation, self._ctx.services.locations
        self._ctx.runner.run(lambda progress, cancel: service.compare(progress=progress, cancel=cancel),
                             label=self.tr("Comparing your locations"),
                             on_success=lambda c: self._on_compared(generation, c),
                             on_failure=lambda e: self._on_failed(generation, e))

    def _setup_ui(self) -> None:
        self.setObjectName("Card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        title = QLabel(self.tr("Your locations side by side"), self)
        title.setObjectName("CardTitle")
        layout.addWidget(title)
        self.caption = QLabel("", self)
        self.caption.setObjectName("Muted")
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        self.model = LocationsModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(self.table.focusPolicy().NoFocus)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setCursor(Qt.CursorShape.PointingHandCursor)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.clicked.connect(self._on_table_clicked)
        layout.addWidget(self.table)

    def _on_table_clicked(self, index: QModelIndex) -> None:
        row = self.model.location(index.row())
        if row is not None and row.name is not None:
            self.location_opened.emit(row.name)

    def _on_compared(self, generation: int, comparison: LocationComparison) -> None:
        if generation != self._generation:
            return
        self.comparison = comparison
        self.model.set_locations(comparison.locations)
        named = [x for x in comparison.locations if x.name is not None]
        if comparison.recent and comparison.before:
            self.caption.setText(self.tr("The last 90 days (%1 to %2) against the 90 before. Open the "
                                         "Insights page and choose a location to see why its rating moved.")
                                 .replace("%1", format_date(comparison.recent[0]))
                                 .replace("%2", format_date(comparison.recent[1])))
        rows = self.model.rowCount()
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height()
                                  + sum(self.table.rowHeight(r) for r in range(rows)) + 2 * self.table.frameWidth() + 2)
        self.setVisible(len(named) >= MIN_LOCATIONS_SHOWN)
        self.loaded.emit()

    def _on_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._ctx.runner.reporter.report(error, self.tr("Comparing your locations"))
        self.loaded.emit()
