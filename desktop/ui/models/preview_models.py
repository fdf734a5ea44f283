"""Models of the import preview: the editable column mapping and the first
records as they will be stored. GUI thread only."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from desktop.ui import palette
from desktop.ui.models.columns import SORT_ROLE, format_date, is_missing
from desktop.ui.richtext import tooltip_text

translate = QCoreApplication.translate
IGNORE = ""
"""The mapping's value for a column that is not imported."""
MAX_CELL_CHARS = 80
"""Longer values are cut in the preview table; the tooltip has the whole text."""

FIELD_LABELS: dict[str, str] = {
    "created_at": QT_TRANSLATE_NOOP("ImportFields", "Date"),
    "time": QT_TRANSLATE_NOOP("ImportFields", "Time"),
    "rating": QT_TRANSLATE_NOOP("ImportFields", "Rating"),
    "text": QT_TRANSLATE_NOOP("ImportFields", "Review text"),
    "author": QT_TRANSLATE_NOOP("ImportFields", "Reviewer"),
    "source": QT_TRANSLATE_NOOP("ImportFields", "Platform"),
    "external_id": QT_TRANSLATE_NOOP("ImportFields", "ID"),
    "title": QT_TRANSLATE_NOOP("ImportFields", "Title"),
    "language": QT_TRANSLATE_NOOP("ImportFields", "Language"),
    "reply_text": QT_TRANSLATE_NOOP("ImportFields", "Your reply"),
    "reply_at": QT_TRANSLATE_NOOP("ImportFields", "Reply date"),
    "location": QT_TRANSLATE_NOOP("ImportFields", "Location"),
    "recommended": QT_TRANSLATE_NOOP("ImportFields", "Recommends"),
    "name": QT_TRANSLATE_NOOP("ImportFields", "Name"),
    "first_name": QT_TRANSLATE_NOOP("ImportFields", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportFields", "Last name"),
    "email": QT_TRANSLATE_NOOP("ImportFields", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ImportFields", "Phone"),
    "birthday": QT_TRANSLATE_NOOP("ImportFields", "Birthday"),
    "accepts_email": QT_TRANSLATE_NOOP("ImportFields", "E-mail consent"),
    "accepts_sms": QT_TRANSLATE_NOOP("ImportFields", "SMS consent"),
    "order_id": QT_TRANSLATE_NOOP("ImportFields", "Order number"),
    "ordered_at": QT_TRANSLATE_NOOP("ImportFields", "Order date"),
    "total": QT_TRANSLATE_NOOP("ImportFields", "Total"),
    "item": QT_TRANSLATE_NOOP("ImportFields", "Item"),
    "quantity": QT_TRANSLATE_NOOP("ImportFields", "Quantity"),
    "unit_price": QT_TRANSLATE_NOOP("ImportFields", "Unit price"),
    "line_total": QT_TRANSLATE_NOOP("ImportFields", "Line total"),
    "category": QT_TRANSLATE_NOOP("ImportFields", "Category"),
    "customer_id": QT_TRANSLATE_NOOP("ImportFields", "Customer ID"),
    "customer_name": QT_TRANSLATE_NOOP("ImportFields", "Customer name"),
    "customer_email": QT_TRANSLATE_NOOP("ImportFields", "Customer e-mail"),
    "customer_phone": QT_TRANSLATE_NOOP("ImportFields", "Customer phone"),
    "currency": QT_TRANSLATE_NOOP("ImportFields", "Currency"),
    "status": QT_TRANSLATE_NOOP("ImportFields", "Status"),
    "staff": QT_TRANSLATE_NOOP("ImportFields", "Staff"),
    "description": QT_TRANSLATE_NOOP("ImportFields", "Description"),
    "notes": QT_TRANSLATE_NOOP("ImportFields", "Notes"),
    "tags": QT_TRANSLATE_NOOP("ImportFields", "Tags"),
}

ACTIONS: dict[str, tuple[str, str]] = {
    "new": (QT_TRANSLATE_NOOP("ImportPreview", "New"), "POSITIVE"),
    "duplicate": (QT_TRANSLATE_NOOP("ImportPreview", "Already there"), "MUTED"),
    "merged": (QT_TRANSLATE_NOOP("ImportPreview", "Joins a customer"), "ACCENT"),
    "updated": (QT_TRANSLATE_NOOP("ImportPreview", "Updates the stored one"), "ACCENT"),
    "blocked": (QT_TRANSLATE_NOOP("ImportPreview", "Not imported"), "NEGATIVE"),
}
HIDDEN_KEYS = {"action", "merged_into", "rating_raw", "rating_scale", "original_text", "translated_text"}
"""Record keys that are bookkeeping rather than something the owner typed."""


def field_label(name: str) -> str:
    """The owner-facing name of a field ("created_at" -> "Date")."""
    if not name:
        return translate("ImportFields", "(ignore)")
    label = FIELD_LABELS.get(name)
    return translate("ImportFields", label) if label else name.replace("_", " ").capitalize()


class MappingModel(QAbstractTableModel):
    """Source column -> field. The field column is editable (EditRole takes a
    field name, "" to ignore the column); ``mapping_edited`` carries the whole
    {column: field} mapping after every change by the owner."""

    mapping_edited = Signal(dict)
    SOURCE, FIELD, SAMPLE = 0, 1, 2
    HEADERS = (QT_TRANSLATE_NOOP("MappingModel", "Column in your file"),
               QT_TRANSLATE_NOOP("MappingModel", "Goes into"),
               QT_TRANSLATE_NOOP("MappingModel", "Example"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._fields: list[str] = []
        self._mapping: dict[str, str] = {}
        self._samples: dict[str, str] = {}

    def set_mapping(self, headers: Sequence[str], mapping: dict[str, str], fields: Sequence[str],
                    samples: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self._headers = [h for h in headers if h] or list(mapping)
        self._mapping = {h: mapping.get(h, IGNORE) for h in self._headers}
        self._fields = list(fields)
        self._samples = dict(samples or {})
        self.endResetModel()

    def set_samples(self, samples: dict[str, str]) -> None:
        """New example values (after a re-read), without resetting the combos."""
        if samples == self._samples:
            return
        self._samples = dict(samples)
        if self._headers:
            self.dataChanged.emit(self.index(0, self.SAMPLE), self.index(len(self._headers) - 1, self.SAMPLE),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])

    def mapping(self) -> dict[str, str]:
        """{column: field}; "" for ignored columns."""
        return dict(self._mapping)

    def fields(self) -> list[str]:
        """The choices for the field column, "" (ignore) first."""
        return [IGNORE, *self._fields]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._headers)):
            return None
        header = self._headers[index.row()]
        field = self._mapping.get(header, IGNORE)
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == self.SOURCE:
                return header
            if column == self.FIELD:
                return field_label(field)
            if column == self.SAMPLE:
                return self._samples.get(header, "")
        if role == Qt.ItemDataRole.EditRole and column == self.FIELD:
            return field
        if role == Qt.ItemDataRole.ForegroundRole and (column == self.SAMPLE or (column == self.FIELD and not field)):
            return QColor(palette.MUTED)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SAMPLE:
            return tooltip_text(self._samples.get(header))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.SOURCE:
            return tooltip_text(header)
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != self.FIELD
                or not (0 <= index.row() < len(self._headers))):
            return False
        value = str(value or "")
        if value and value not in self._fields:
            return False
        header = self._headers[index.row()]
        if self._mapping.get(header, IGNORE) == value:
            return True
        self._mapping[header] = value
        changed = [index]
        if value:  # a field comes from one column: the column that had it lets go
            for row, other in enumerate(self._headers):
                if other != header and self._mapping.get(other) == value:
                    self._mapping[other] = IGNORE
                    changed.append(self.index(row, self.FIELD))
        for idx in changed:
            self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        self.mapping_edited.emit(self.mapping())
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return translate("MappingModel", self.HEADERS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == self.FIELD:
            flags |= Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsSelectable
        return flags


def cell_text(value: Any) -> str:
    """A stored value as the preview shows it (dates in words, lists joined)."""
    if is_missing(value) or value == "":
        return ""
    if isinstance(value, bool):
        return translate("ImportPreview", "yes") if value else translate("ImportPreview", "no")
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        try:
            from datetime import datetime

            when = datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            return format_date(when, with_time=bool(when.hour or when.minute))
    if isinstance(value, (list, tuple)):
        return ", ".join(cell_text(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {cell_text(v)}" for k, v in value.items())
    return str(value)


class PreviewRecordsModel(QAbstractTableModel):
    """The first records of a file as they will be stored: what happens to
    each (new, already there, ...) then the fields that have a value."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[dict] = []
        self._keys: list[str] = []

    def set_records(self, records: Sequence[dict], order: Sequence[str] = ()) -> None:
        """Show ``records``; ``order`` puts these keys first (the kind's fields)."""
        self.beginResetModel()
        self._records = [dict(r) for r in records]
        present = [k for r in self._records for k in r if k not in HIDDEN_KEYS]
        present = list(dict.fromkeys(present))
        filled = [k for k in present if any(cell_text(r.get(k)) for r in self._records)]
        ordered = [k for k in order if k in filled] + [k for k in filled if k not in order]
        self._keys = ["action", *ordered] if any("action" in r for r in self._records) else ordered
        self.endResetModel()

    def column_keys(self) -> list[str]:
        return list(self._keys)

    def record(self, row: int) -> dict | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._records)) \
                or not (0 <= index.column() < len(self._keys)):
            return None
        record, key = self._records[index.row()], self._keys[index.column()]
        value = record.get(key)
        if key == "action":
            label, colour = ACTIONS.get(str(value), (str(value or ""), "TEXT"))
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("ImportPreview", label)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(palette.colour(colour))
            if role == SORT_ROLE:
                return str(value or "")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            text = cell_text(value)
            return text if len(text) <= MAX_CELL_CHARS else text[: MAX_CELL_CHARS - 1] + "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            text = cell_text(value)
            return tooltip_text(text) if len(text) > MAX_CELL_CHARS else None
        if role == SORT_ROLE:
            return cell_text(value).lower()
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if 0 <= section < len(self._records) else None
        if not (0 <= section < len(self._keys)):
            return None
        key = self._keys[section]
        return translate("ImportPreview", "What happens") if key == "action" else field_label(key)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
