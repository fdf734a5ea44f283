"""The import history table: one row per ``ImportBatchInfo``, newest first."""
from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.core.records import ImportBatchInfo
from desktop.ui import palette
from desktop.ui.models.columns import CENTER, RAW_ROLE, RIGHT, SORT_ROLE, Column, date_sort_key, format_count, format_date
from desktop.ui.richtext import tooltip_text

translate = QCoreApplication.translate
CONTEXT = "BatchesModel"


def _status(b: ImportBatchInfo) -> str:
    if b.undone_at is not None:
        return translate("BatchesModel", "Undone %1").replace("%1", format_date(b.undone_at))
    return translate("BatchesModel", "Imported")


def _kind(b: ImportBatchInfo) -> str:
    return {"reviews": translate("BatchesModel", "Reviews"), "customers": translate("BatchesModel", "Customers"),
            "orders": translate("BatchesModel", "Orders")}.get(b.kind, b.kind.title())


def _format_name(b: ImportBatchInfo) -> str:
    return b.format.replace("_", " ").title()


COLUMNS: tuple[Column, ...] = (
    Column("file_name", QT_TRANSLATE_NOOP("BatchesModel", "File"), lambda b: b.file_name, lambda b: b.file_name.lower(),
           tooltip=lambda b: tooltip_text(b.file_name)),
    Column("kind", QT_TRANSLATE_NOOP("BatchesModel", "Contains"), _kind, lambda b: b.kind),
    Column("format", QT_TRANSLATE_NOOP("BatchesModel", "Format"), _format_name, lambda b: b.format),
    Column("created_at", QT_TRANSLATE_NOOP("BatchesModel", "Imported on"), lambda b: format_date(b.created_at, with_time=True),
           lambda b: date_sort_key(b.created_at)),
    Column("inserted", QT_TRANSLATE_NOOP("BatchesModel", "Added"), lambda b: format_count(b.inserted), lambda b: b.inserted, alignment=RIGHT),
    Column("duplicates", QT_TRANSLATE_NOOP("BatchesModel", "Already there"), lambda b: format_count(b.duplicates), lambda b: b.duplicates, alignment=RIGHT,
           tooltip=lambda b: translate("BatchesModel", "Rows that were already in Regulars and were skipped")),
    Column("updated", QT_TRANSLATE_NOOP("BatchesModel", "Updated"), lambda b: format_count(b.updated), lambda b: b.updated,
           alignment=RIGHT,
           tooltip=lambda b: translate("BatchesModel", "Stored rows this file changed (undone with it)")),
    Column("rejected", QT_TRANSLATE_NOOP("BatchesModel", "Skipped"), lambda b: format_count(b.rejected), lambda b: b.rejected, alignment=RIGHT,
           tooltip=lambda b: translate("BatchesModel", "Rows that could not be read"),
           foreground=lambda b: QColor(palette.NEGATIVE) if b.rejected else None),
    Column("status", QT_TRANSLATE_NOOP("BatchesModel", "Status"), _status, lambda b: 1 if b.undone_at else 0, alignment=CENTER,
           foreground=lambda b: QColor(palette.MUTED) if b.undone_at else QColor(palette.POSITIVE)),
)
UNDO_COLUMN_HEADER = QT_TRANSLATE_NOOP("BatchesModel", "Undo")


class BatchesModel(QAbstractTableModel):
    """Read-only model over a list of import batches (GUI thread only).
    The last column is empty: the view puts an Undo button there."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._batches: list[ImportBatchInfo] = []

    def set_batches(self, batches: Sequence[ImportBatchInfo]) -> None:
        self.beginResetModel()
        self._batches = list(batches)
        self.endResetModel()

    def batch(self, row: int) -> ImportBatchInfo | None:
        return self._batches[row] if 0 <= row < len(self._batches) else None

    @property
    def undo_column(self) -> int:
        return len(COLUMNS)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._batches)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS) + 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._batches)):
            return None
        batch = self._batches[index.row()]
        if role == RAW_ROLE:
            return batch
        if index.column() >= len(COLUMNS):
            return None
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(batch)
        if role == SORT_ROLE:
            return column.sort_key(batch)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment.value)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(batch)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            return column.foreground(batch)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not (0 <= section <= len(COLUMNS)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("BatchesModel", COLUMNS[section].header if section < len(COLUMNS) else UNDO_COLUMN_HEADER)
        if role == Qt.ItemDataRole.TextAlignmentRole and section < len(COLUMNS):
            return int(COLUMNS[section].alignment.value)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
