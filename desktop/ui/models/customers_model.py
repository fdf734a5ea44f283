"""The customers table: a QAbstractTableModel over the overview DataFrame
(``services.customer_metrics.OVERVIEW_COLUMNS``). Filtering happens in pandas
before ``set_frame``; sorting happens here, on numpy keys built once per
column, so 50,000 rows sort without a Python comparison per row."""
from __future__ import annotations

from typing import Any, Callable

import numpy as np
import pandas as pd
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from desktop.ui import palette
from desktop.ui.models.columns import LEFT, RAW_ROLE, RIGHT, SORT_ROLE, format_count, format_date, format_decimal

translate = QCoreApplication.translate
CONTEXT = "CustomersModel"
ID_ROLE = Qt.ItemDataRole.UserRole + 3
TAGS_ROLE = Qt.ItemDataRole.UserRole + 4
"""On the name column: the customer's tags as one line of text (drawn under the name)."""

SEGMENT_LABELS = {
    "new": QT_TRANSLATE_NOOP("CustomersModel", "New"),
    "regular": QT_TRANSLATE_NOOP("CustomersModel", "Regular"),
    "at-risk": QT_TRANSLATE_NOOP("CustomersModel", "At risk"),
    "lapsed": QT_TRANSLATE_NOOP("CustomersModel", "Lapsed"),
    "one-off": QT_TRANSLATE_NOOP("CustomersModel", "One-off"),
}
SEGMENT_ORDER = {"new": 1, "regular": 2, "at-risk": 3, "lapsed": 4, "one-off": 5}
SEGMENT_COLOURS = {"at-risk": "CAUTION", "lapsed": "NEGATIVE", "new": "ACCENT", "regular": "POSITIVE"}
"""Segment -> palette colour name (looked up when drawn, so it follows the theme)."""
DEFAULT_TIER_LABELS = {
    "Regular": QT_TRANSLATE_NOOP("CustomersModel", "Regular"),
    "Gold": QT_TRANSLATE_NOOP("CustomersModel", "Gold"),
    "VIP": QT_TRANSLATE_NOOP("CustomersModel", "VIP"),
}
"""The café-default tier names are shown in the window's language; names the owner chose are shown as written."""
TAG_LABELS = {
    "vegetarian": QT_TRANSLATE_NOOP("CustomersModel", "vegetarian"),
    "vegan": QT_TRANSLATE_NOOP("CustomersModel", "vegan"),
    "gluten-free": QT_TRANSLATE_NOOP("CustomersModel", "gluten-free"),
    "halal": QT_TRANSLATE_NOOP("CustomersModel", "halal"),
    "kosher": QT_TRANSLATE_NOOP("CustomersModel", "kosher"),
    "dairy-free": QT_TRANSLATE_NOOP("CustomersModel", "dairy-free"),
    "big-spender": QT_TRANSLATE_NOOP("CustomersModel", "big spender"),
    "birthday-this-month": QT_TRANSLATE_NOOP("CustomersModel", "birthday this month"),
}


def segment_label(code: Any) -> str:
    return translate(CONTEXT, SEGMENT_LABELS[code]) if isinstance(code, str) and code in SEGMENT_LABELS else ""


def tier_label(name: Any) -> str:
    if not isinstance(name, str):
        return ""
    return translate(CONTEXT, DEFAULT_TIER_LABELS[name]) if name in DEFAULT_TIER_LABELS else name


def tag_label(tag: str) -> str:
    return translate(CONTEXT, TAG_LABELS[tag]) if tag in TAG_LABELS else tag


def money_text(amount: float, currency: str | None) -> str:
    text = format_decimal(float(amount), 2)
    symbol = {"EUR": "€", "GBP": "£", "USD": "$"}.get((currency or "").upper(), "")
    return f"{symbol}{text}" if symbol else (f"{text} {currency}" if currency else text)


class _Column:
    def __init__(self, key: str, header: str, display: Callable[[pd.DataFrame, int], str],
                 sort_key: Callable[[pd.DataFrame], np.ndarray], alignment: Any = LEFT, width: int | None = None,
                 colour: Callable[[pd.DataFrame, int], Any] | None = None) -> None:
        self.key, self.header, self.display, self.sort_key = key, header, display, sort_key
        self.alignment, self.width, self.colour = alignment, width, colour


def _text(frame: pd.DataFrame, col: str) -> np.ndarray:
    return frame[col].fillna("").astype(str).str.casefold().to_numpy()


def _date_keys(frame: pd.DataFrame, col: str) -> np.ndarray:
    values = pd.to_datetime(frame[col])
    out = values.to_numpy(dtype="datetime64[ns]").astype("int64").astype("float64")
    out[values.isna().to_numpy()] = -1e18
    return out


def _name(frame: pd.DataFrame, i: int) -> str:
    row = frame.iloc[i]
    for col in ("name", "email", "phone"):
        value = row[col]
        if isinstance(value, str) and value:
            return value
    return translate(CONTEXT, "(no name)")


COLUMNS: tuple[_Column, ...] = (
    _Column("name", QT_TRANSLATE_NOOP("CustomersModel", "Name"), _name,
            lambda f: (f["name"].fillna(f["email"]).fillna(f["phone"]).fillna("~")).astype(str).str.casefold()
            .to_numpy(), width=140),
    _Column("tier", QT_TRANSLATE_NOOP("CustomersModel", "Tier"), lambda f, i: tier_label(f["tier"].iat[i]),
            lambda f: f["tier_rank"].to_numpy(dtype="float64"), width=68),
    _Column("segment", QT_TRANSLATE_NOOP("CustomersModel", "Segment"),
            lambda f, i: segment_label(f["segment"].iat[i]),
            lambda f: f["segment"].map(SEGMENT_ORDER).fillna(9).to_numpy(dtype="float64"), width=80,
            colour=lambda f, i: palette.colour(SEGMENT_COLOURS[s]) if (s := f["segment"].iat[i]) in SEGMENT_COLOURS else None),
    _Column("last_visit", QT_TRANSLATE_NOOP("CustomersModel", "Last visit"),
            lambda f, i: format_date(f["last_visit"].iat[i]), lambda f: _date_keys(f, "last_visit"), width=100),
    _Column("visits", QT_TRANSLATE_NOOP("CustomersModel", "Visits"), lambda f, i: format_count(int(f["visits"].iat[i])),
            lambda f: f["visits"].to_numpy(dtype="float64"), alignment=RIGHT, width=54),
    _Column("spend", QT_TRANSLATE_NOOP("CustomersModel", "Spend"),
            lambda f, i: format_count(int(round(float(f["spend"].iat[i])))),
            lambda f: f["spend"].to_numpy(dtype="float64"), alignment=RIGHT, width=62),
    _Column("tags", QT_TRANSLATE_NOOP("CustomersModel", "Tags"),
            lambda f, i: ", ".join(tag_label(t) for t in f["tags"].iat[i]),
            lambda f: f["tags"].map(lambda t: ", ".join(t)).str.casefold().to_numpy()),
)


class CustomersModel(QAbstractTableModel):
    """Read-only, sortable model over an overview frame (GUI thread only)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = COLUMNS
        self._frame = pd.DataFrame()
        self._order = np.zeros(0, np.int64)
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._keys: dict[int, np.ndarray] = {}

    def set_frame(self, frame: pd.DataFrame | None) -> None:
        """Show ``frame`` (already filtered), keeping the current sort."""
        self.beginResetModel()
        self._frame = (frame if frame is not None else pd.DataFrame()).reset_index(drop=True)
        self._keys = {}
        self._order = np.arange(len(self._frame))
        if self._sort is not None and len(self._frame):
            self._order = self._sorted(*self._sort)
        self.endResetModel()

    def customer_id(self, row: int) -> int | None:
        if 0 <= row < len(self._order):
            return int(self._frame["id"].iat[int(self._order[row])])
        return None

    def row_of(self, customer_id: int) -> int | None:
        if not len(self._frame):
            return None
        hits = np.flatnonzero(self._frame["id"].to_numpy()[self._order] == customer_id)
        return int(hits[0]) if len(hits) else None

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    # Qt API -----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._order)):
            return None
        i, column = int(self._order[index.row()]), self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(self._frame, i)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment.value)
        if role == TAGS_ROLE and column.key == "name":
            return self._tags_text(i) or None
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "name":
            return "\n".join(x for x in (column.display(self._frame, i), self._tags_text(i)) if x)
        if role == Qt.ItemDataRole.ToolTipRole and column.key == "tags":
            return column.display(self._frame, i) or None
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(self._frame, i)
            return QColor(colour) if colour else None
        if role == SORT_ROLE:
            return float(self._key(index.column())[i]) if column.key not in ("name", "tags") else str(
                self._key(index.column())[i])
        if role == ID_ROLE:
            return int(self._frame["id"].iat[i])
        if role == RAW_ROLE:
            return self._frame.iloc[i].to_dict()
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return translate(CONTEXT, self.columns[section].header)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self.columns[section].alignment.value)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        old_order = self._order
        self._sort = (column, order)
        self._order = self._sorted(column, order) if len(self._frame) else self._order
        if len(old_order):  # keep the selection on the same customers
            where = np.empty(len(self._order), np.int64)
            where[self._order] = np.arange(len(self._order))
            old = self.persistentIndexList()
            new = [self.index(int(where[old_order[ix.row()]]), ix.column()) for ix in old]
            self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # Helpers ----------------------------------------------------------------

    def _tags_text(self, i: int) -> str:
        return self.columns[self.column_index("tags")].display(self._frame, i)

    def _key(self, column: int) -> np.ndarray:
        if column not in self._keys:
            self._keys[column] = self.columns[column].sort_key(self._frame)
        return self._keys[column]

    def _sorted(self, column: int, order: Qt.SortOrder) -> np.ndarray:
        keys = self._key(column)
        idx = np.argsort(keys, kind="stable")
        return idx[::-1].copy() if order == Qt.SortOrder.DescendingOrder else idx
