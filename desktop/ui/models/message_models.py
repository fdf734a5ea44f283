"""Table models of the Messages page: campaign recipients (in and out, with
why), the reply inbox, past campaigns with their outcome, and the message
log. One small model class over row dicts; each table is a list of column
definitions built once (GUI thread only)."""
from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from desktop.core.sources import source_label
from desktop.ui import palette
from desktop.ui.message_words import campaign_label, reason_text, urgency_label, verdict_text, word
from desktop.ui.models.customers_model import segment_label, tier_label
from desktop.ui.models.sorted_rows import SortedRowsMixin
from desktop.ui.models.columns import (
    CENTER,
    RAW_ROLE,
    RIGHT,
    SORT_ROLE,
    Column,
    Row,
    date_sort_key,
    format_count,
    format_date,
    stars,
    text_or_empty,
)

CONTEXT = "MessageModels"
URGENCY_ORDER = {"urgent": 0, "high": 1, "normal": 2, "low": 3}
URGENCY_COLOURS = {"urgent": "NEGATIVE", "high": "CAUTION", "normal": "TEXT", "low": "MUTED"}
"""Urgency -> palette colour name (looked up when drawn, so it follows the theme)."""


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class RowsModel(SortedRowsMixin, QAbstractTableModel):
    """Read-only rows (dicts) shown through ``columns``; ``RAW_ROLE`` gives the row.
    Sorts itself (see ``sorted_rows``): show it through ``ForwardingSortProxy``."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows: list[Row] = []
        self._init_sorting()

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Replace the rows, sorted by the current sort (on this thread: for
        many rows, sort them with ``prepare_rows`` in the worker and call
        ``set_prepared``)."""
        self._set_loaded(list(rows))

    def row_data(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == SORT_ROLE:
            return column.sort_key(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.alignment.value)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            return column.foreground(row)
        if role == RAW_ROLE:
            return row
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return translate(self.columns[section].header)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self.columns[section].alignment.value)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def _why(row: Row) -> str:
    return "; ".join(reason_text(r) for r in row.get("reasons", ()))


def status_text(row: Row) -> str:
    if row["included"]:
        return QCoreApplication.translate("MessageModels", "Gets a message")
    return QCoreApplication.translate("MessageModels", "Left out")


def _standing(r: dict) -> str:
    """Segment and tier as the Customers page words them: "At risk · Regular"."""
    return " · ".join(x for x in (segment_label(r.get("segment")), tier_label(r.get("tier"))) if x)


def sent_as(r: dict) -> str:
    """The draft's channel and language: "e-mail, RU" (empty for someone left out)."""
    return ", ".join(x for x in (word(r["channel"]) if r.get("channel") else "", (r.get("language") or "").upper()) if x)


RECIPIENT_COLUMNS: tuple[Column, ...] = (
    Column("name", QT_TRANSLATE_NOOP("MessageModels", "Customer"), lambda r: text_or_empty(r.get("name")) or "—",
           lambda r: text_or_empty(r.get("name")).lower(), width=150),
    Column("status", QT_TRANSLATE_NOOP("MessageModels", "Status"), status_text, lambda r: 0 if r["included"] else 1,
           foreground=lambda r: QColor(palette.POSITIVE if r["included"] else palette.MUTED), width=130),
    # channel and language in one column ("e-mail, RU") and segment with tier in another, so the
    # reasons keep their room on a laptop screen
    Column("channel", QT_TRANSLATE_NOOP("MessageModels", "Sent as"), sent_as, lambda r: sent_as(r).lower(), width=90),
    # the Customers page's words for the same segment and tier ("At risk · Regular")
    Column("segment", QT_TRANSLATE_NOOP("MessageModels", "Segment"), _standing, lambda r: _standing(r).lower(),
           tooltip=_standing, width=110),
    Column("why", QT_TRANSLATE_NOOP("MessageModels", "Why"), _why, lambda r: _why(r).lower(), tooltip=_why),
)

INBOX_COLUMNS: tuple[Column, ...] = (
    Column("urgency", QT_TRANSLATE_NOOP("MessageModels", "Urgency"), lambda r: urgency_label(r["urgency"]),
           # more urgent = larger, so the table's first (descending) sort shows the most urgent first
           lambda r: (-URGENCY_ORDER.get(r["urgency"], 9), r["score"]),
           foreground=lambda r: QColor(palette.colour(URGENCY_COLOURS.get(r["urgency"], "TEXT"))), width=86),
    Column("rating", QT_TRANSLATE_NOOP("MessageModels", "Rating"), lambda r: stars(r.get("rating")),
           lambda r: r.get("rating") or 0, foreground=lambda r: QColor(palette.STAR), width=100),
    Column("author", QT_TRANSLATE_NOOP("MessageModels", "Author"), lambda r: text_or_empty(r.get("author")),
           lambda r: text_or_empty(r.get("author")).lower(), width=120),
    Column("source", QT_TRANSLATE_NOOP("MessageModels", "Site"), lambda r: source_label(r.get("source")),
           lambda r: r.get("source") or "", width=90),
    Column("created_at", QT_TRANSLATE_NOOP("MessageModels", "Posted"), lambda r: format_date(r.get("created_at")),
           lambda r: date_sort_key(r.get("created_at")), width=108),
    Column("why", QT_TRANSLATE_NOOP("MessageModels", "Why it ranks here"), _why, lambda r: _why(r).lower(), tooltip=_why),
)


def _came_back(n: int, returned: int) -> str:
    """"9 of 27 came back (33%)"."""
    if not n:
        return "—"
    return QCoreApplication.translate("MessageModels", "%1 of %2 came back (%3%)").replace(
        "%1", format_count(returned)).replace(
        "%2", format_count(n)).replace("%3", str(round(100 * returned / n)))


RUN_COLUMNS: tuple[Column, ...] = (
    Column("created_at", QT_TRANSLATE_NOOP("MessageModels", "Date"), lambda r: format_date(r["created_at"]),
           lambda r: date_sort_key(r["created_at"]), width=120),
    Column("campaign", QT_TRANSLATE_NOOP("MessageModels", "Campaign"), lambda r: campaign_label(r["campaign"]),
           lambda r: r["campaign"], width=230),
    Column("contacted", QT_TRANSLATE_NOOP("MessageModels", "Contacted"),
           lambda r: _came_back(r["contacted"], r["contacted_returned"]), lambda r: r["contacted"], alignment=RIGHT, width=200),
    Column("holdout", QT_TRANSLATE_NOOP("MessageModels", "Held out"),
           lambda r: _came_back(r["holdout"], r["holdout_returned"]), lambda r: r["holdout"], alignment=RIGHT, width=200),
    Column("verdict", QT_TRANSLATE_NOOP("MessageModels", "Result"), lambda r: verdict_text(r["verdict"], r["closes"]),
           lambda r: r["verdict"], tooltip=lambda r: r.get("interval")),
)

LOG_COLUMNS: tuple[Column, ...] = (
    Column("sent_at", QT_TRANSLATE_NOOP("MessageModels", "Sent"), lambda r: format_date(r["sent_at"], with_time=True),
           lambda r: date_sort_key(r["sent_at"]), width=150),
    Column("name", QT_TRANSLATE_NOOP("MessageModels", "Customer"), lambda r: text_or_empty(r.get("name")),
           lambda r: text_or_empty(r.get("name")).lower(), width=170),
    Column("campaign", QT_TRANSLATE_NOOP("MessageModels", "Campaign"), lambda r: campaign_label(r["campaign"]),
           lambda r: r["campaign"], width=200),
    Column("channel", QT_TRANSLATE_NOOP("MessageModels", "Channel"), lambda r: word(r["channel"]),
           lambda r: r["channel"], width=70),
    Column("address", QT_TRANSLATE_NOOP("MessageModels", "To"), lambda r: r["address"], lambda r: r["address"]),
)
