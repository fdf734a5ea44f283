"""The locations side by side (Overview): one row per ``LocationSummary``,
in the order the service gives (by name, reviews without a location last).
GUI thread only."""
from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.services.locations import LocationSummary
from desktop.ui import palette
from desktop.ui.models.columns import RAW_ROLE, RIGHT, SORT_ROLE, Column, format_count, format_decimal

translate = QCoreApplication.translate
CONTEXT = "LocationsModel"
CHANGE_SHOWN_FROM = 0.05
"""A change in stars smaller than this is shown without a colour (noise at café sizes)."""


def _stars(x: float | None) -> str:
    return "–" if x is None else format_decimal(x)


def _name(x: LocationSummary) -> str:
    return x.name if x.name is not None else translate("LocationsModel", "No location")


def _change_colour(x: LocationSummary) -> QColor | None:
    if x.change is None or abs(x.change) < CHANGE_SHOWN_FROM:
        return None
    return QColor(palette.POSITIVE if x.change > 0 else palette.NEGATIVE)


def _num(x: float | None) -> float:
    return -1e9 if x is None else float(x)


COLUMNS: tuple[Column, ...] = (
    Column("name", QT_TRANSLATE_NOOP("LocationsModel", "Location"), _name,
           lambda x: (x.name or "\uffff").casefold(),
           tooltip=lambda x: translate("OverviewPage", "See why on the Insights page") if x.name else None),
    Column("reviews", QT_TRANSLATE_NOOP("LocationsModel", "Reviews"), lambda x: format_count(x.reviews),
           lambda x: x.reviews, alignment=RIGHT),
    Column("average", QT_TRANSLATE_NOOP("LocationsModel", "Average"), lambda x: _stars(x.average),
           lambda x: _num(x.average), alignment=RIGHT,
           tooltip=lambda x: translate("LocationsModel", "Average stars of all its reviews")),
    Column("rating", QT_TRANSLATE_NOOP("LocationsModel", "Last 90 days"), lambda x: _stars(x.rating),
           lambda x: _num(x.rating), alignment=RIGHT),
    Column("rating_before", QT_TRANSLATE_NOOP("LocationsModel", "90 days before"),
           lambda x: _stars(x.rating_before), lambda x: _num(x.rating_before), alignment=RIGHT),
    Column("change", QT_TRANSLATE_NOOP("LocationsModel", "Change"),
           lambda x: "–" if x.change is None else format_decimal(x.change, signed=True),
           lambda x: _num(x.change), alignment=RIGHT, foreground=_change_colour),
    Column("customers", QT_TRANSLATE_NOOP("LocationsModel", "Customers"), lambda x: format_count(x.customers),
           lambda x: x.customers, alignment=RIGHT,
           tooltip=lambda x: translate("LocationsModel", "Customers who ordered there at least once")),
    Column("drops", QT_TRANSLATE_NOOP("LocationsModel", "Open drops"),
           lambda x: "–" if x.drops is None else format_count(x.drops), lambda x: _num(x.drops), alignment=RIGHT,
           tooltip=lambda x: translate("LocationsModel", "Rating drops still going on: see why on the Insights page"),
           foreground=lambda x: QColor(palette.NEGATIVE) if x.drops else None),
)


class LocationsModel(QAbstractTableModel):
    """Read-only model over the compared locations."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LocationSummary] = []

    def set_locations(self, rows: Sequence[LocationSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def location(self, row: int) -> LocationSummary | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or index.column() >= len(COLUMNS):
            return None
        row, column = self._rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == SORT_ROLE:
            return column.sort_key(row)
        if role == RAW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment.value)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            return column.foreground(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(COLUMNS)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate(CONTEXT, COLUMNS[section].header)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(COLUMNS[section].alignment.value)
        return None
