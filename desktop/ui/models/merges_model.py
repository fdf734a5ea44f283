"""Customer merges: who was folded into whom, matched on what, what changed,
by which import. One row per ``MergeInfo``, newest first; the last column is
empty for the view's Undo button. GUI thread only."""
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
)
from PySide6.QtGui import QColor

from desktop.ui import palette
from desktop.ui.models.columns import (
    CENTER,
    RAW_ROLE,
    SORT_ROLE,
    Column,
    date_sort_key,
    format_date,
)
from desktop.ui.models.preview_models import field_label
from desktop.ui.richtext import tooltip_text

translate = QCoreApplication.translate
SOURCE_NAMES = {"square": "Square", "shopify": "Shopify", "mailchimp": "Mailchimp", "brevo": "Brevo",
                "loyverse": "Loyverse", "thefork": "TheFork", "toast": "Toast", "sumup": "SumUp",
                "zettle": "Zettle", "lightspeed": "Lightspeed",
                "generic": QT_TRANSLATE_NOOP("MergesModel", "Spreadsheet")}


def source_name(source: str) -> str:
    if source == "generic":
        return translate("MergesModel", SOURCE_NAMES[source])
    return SOURCE_NAMES.get(source, source.replace("_", " ").title())


def _merged(m: Any) -> str:
    who = m.email or m.phone or m.external_id or ""
    return translate("MergesModel", "%1: %2").replace("%1", source_name(m.source)).replace("%2", who).strip(": ")


def _matched(m: Any) -> str:
    if m.matched_on == "email":
        return translate("MergesModel", "Same e-mail")
    if m.matched_on == "phone":
        return translate("MergesModel", "Same phone")
    return m.matched_on


def _matched_tooltip(m: Any) -> str:
    return (m.email if m.matched_on == "email" else m.phone) or ""


def _changes(m: Any) -> str:
    if not m.fields_changed:
        return translate("MergesModel", "nothing")
    labels = [field_label(f) for f in m.fields_changed]
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + translate("MergesModel", " and ") + labels[-1]


def _changes_tooltip(m: Any) -> str:
    lines = [translate("MergesModel", "%1: %2 → %3").replace("%1", field_label(f))
             .replace("%2", "—" if old in (None, "") else str(old)).replace("%3", "—" if new in (None, "") else str(new))
             for f, (old, new) in m.fields_changed.items()]
    if m.note:
        lines.append(m.note)
    return "\n".join(lines)


def _status(m: Any) -> str:
    if m.undone_at is not None:
        return translate("MergesModel", "Undone %1").replace("%1", format_date(m.undone_at))
    return translate("MergesModel", "Merged")


class MergesModel(QAbstractTableModel):
    """Read-only; ``set_merges(merges, batch_names)`` with {batch id: file name}."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._merges: list[Any] = []
        self._batch_names: dict[int, str] = {}
        self._columns: tuple[Column, ...] = (
            Column("kept", QT_TRANSLATE_NOOP("MergesModel", "Customer"), lambda m: m.kept_name or "",
                   lambda m: (m.kept_name or "").lower()),
            Column("merged", QT_TRANSLATE_NOOP("MergesModel", "Merged in"), _merged, lambda m: _merged(m).lower(),
                   tooltip=_merged),
            Column("matched_on", QT_TRANSLATE_NOOP("MergesModel", "Because"), _matched, lambda m: m.matched_on,
                   tooltip=_matched_tooltip),
            Column("changes", QT_TRANSLATE_NOOP("MergesModel", "What changed"), _changes,
                   lambda m: len(m.fields_changed), tooltip=_changes_tooltip),
            Column("batch", QT_TRANSLATE_NOOP("MergesModel", "Import"), self._batch, lambda m: self._batch(m).lower(),
                   tooltip=self._batch),
            Column("created_at", QT_TRANSLATE_NOOP("MergesModel", "When"),
                   lambda m: format_date(m.created_at, with_time=True), lambda m: date_sort_key(m.created_at)),
            Column("status", QT_TRANSLATE_NOOP("MergesModel", "Status"), _status, lambda m: 1 if m.undone_at else 0,
                   alignment=CENTER,
                   foreground=lambda m: QColor(palette.MUTED) if m.undone_at else QColor(palette.ACCENT)),
        )

    def set_merges(self, merges: Sequence[Any], batch_names: dict[int, str] | None = None) -> None:
        self.beginResetModel()
        self._merges = list(merges)
        self._batch_names = dict(batch_names or {})
        self.endResetModel()

    def merge(self, row: int) -> Any:
        return self._merges[row] if 0 <= row < len(self._merges) else None

    @property
    def undo_column(self) -> int:
        return len(self._columns)

    def _batch(self, m: Any) -> str:
        if m.batch_id is None:
            return ""
        return self._batch_names.get(m.batch_id) or translate("MergesModel", "Import %1").replace("%1", str(m.batch_id))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._merges)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns) + 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._merges)):
            return None
        merge = self._merges[index.row()]
        if role == RAW_ROLE:
            return merge
        if index.column() >= len(self._columns):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(merge)
        if role == SORT_ROLE:
            return column.sort_key(merge)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment.value)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return tooltip_text(column.tooltip(merge) or None)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            return column.foreground(merge)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if 0 <= section < len(self._columns):
            return translate("MergesModel", self._columns[section].header)
        if section == len(self._columns):
            return translate("MergesModel", "Undo")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
