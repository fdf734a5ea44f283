"""The reviews table: a QAbstractTableModel over the DataFrame that
``services.reviews.list_reviews`` returns. Filtering happens in the service;
sorting happens in a QSortFilterProxyModel on ``SORT_ROLE``."""
from __future__ import annotations

from typing import Any

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

from desktop.core.sources import source_label
from desktop.ui import palette
from desktop.ui.models.columns import (
    CENTER,
    RAW_ROLE,
    SORT_ROLE,
    Column,
    Row,
    date_sort_key,
    format_date,
    format_decimal,
    is_missing,
    number_or,
    stars,
    text_or_empty,
)
from desktop.ui.models.sorted_rows import PreparedRows, SortedRowsMixin, SortSpec, prepare_rows

translate = QCoreApplication.translate
CONTEXT = "ReviewsModel"
SNIPPET_CHARS = 160
"""How much of a review the table shows before the tooltip and detail pane take over."""


def sentiment_label(score: Any) -> str:
    if is_missing(score):
        return ""
    if score >= palette.SENTIMENT_POSITIVE_FROM:
        return translate("ReviewsModel", "Positive")
    if score < palette.SENTIMENT_NEGATIVE_BELOW:
        return translate("ReviewsModel", "Negative")
    return translate("ReviewsModel", "Mixed")


def sentiment_color(score: Any) -> QColor | None:
    if is_missing(score):
        return None
    if score >= palette.SENTIMENT_POSITIVE_FROM:
        return QColor(palette.POSITIVE)
    if score < palette.SENTIMENT_NEGATIVE_BELOW:
        return QColor(palette.NEGATIVE)
    return QColor(palette.NEUTRAL)


def review_text(row: Row) -> str:
    title, text = text_or_empty(row.get("title")), text_or_empty(row.get("text"))
    return f"{title} — {text}" if title and text else title or text


def _snippet(row: Row) -> str:
    text = " ".join(review_text(row).split())
    return text if len(text) <= SNIPPET_CHARS else text[: SNIPPET_CHARS - 1] + "…"


def _full_text_tooltip(row: Row) -> str | None:
    text = review_text(row)
    if not text:
        return None
    # Rich text so Qt wraps long reviews instead of drawing one endless line.
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f"<p style='white-space:pre-wrap'>{escaped}</p>"


def rating_display(row: Row) -> str:
    """Stars, or for a source without stars (Facebook) whether they recommend."""
    rating = row.get("rating")
    if not is_missing(rating):
        return stars(rating)
    recommended = row.get("recommended")
    if is_missing(recommended):
        return ""
    # Plain words: emoji fonts are missing on many desktops and would draw boxes.
    return translate("ReviewsModel", "Recommends") if recommended else translate(
        "ReviewsModel", "Doesn't recommend")


def _rating_sort(row: Row) -> float:
    """Recommends sorts with 4.5 stars and doesn't with 1.5, so a sort mixes them sensibly."""
    rating = row.get("rating")
    if not is_missing(rating):
        return float(rating)
    recommended = row.get("recommended")
    return -1.0 if is_missing(recommended) else (4.5 if recommended else 1.5)


def _rating_colour(row: Row) -> QColor:
    if not is_missing(row.get("rating")):
        return QColor(palette.STAR)
    return QColor(palette.POSITIVE if row.get("recommended") else palette.NEGATIVE)


def _rating_tooltip(row: Row) -> str | None:
    rating = row.get("rating")
    return None if is_missing(rating) else translate("ReviewsModel", "%1 out of 5").replace("%1", f"{float(rating):g}")


def _sentiment_display(row: Row) -> str:
    score = row.get("sentiment")
    return "" if is_missing(score) else f"● {format_decimal(float(score), signed=True)}"


def _sentiment_tooltip(row: Row) -> str | None:
    score = row.get("sentiment")
    return None if is_missing(score) else f"{sentiment_label(score)} ({format_decimal(float(score), signed=True)})"


COLUMNS: tuple[Column, ...] = (
    Column("created_at", QT_TRANSLATE_NOOP("ReviewsModel", "Date"), lambda r: format_date(r.get("created_at")),
           lambda r: date_sort_key(r.get("created_at")),
           tooltip=lambda r: format_date(r.get("created_at"), with_time=True) or None, width=108),
    Column("source", QT_TRANSLATE_NOOP("ReviewsModel", "Source"), lambda r: source_label(r.get("source")),
           lambda r: text_or_empty(r.get("source")).lower(), width=95),
    Column("rating", QT_TRANSLATE_NOOP("ReviewsModel", "Rating"), rating_display, _rating_sort,
           tooltip=_rating_tooltip, foreground=_rating_colour, width=124),
    Column("sentiment", QT_TRANSLATE_NOOP("ReviewsModel", "Sentiment"), _sentiment_display, lambda r: number_or(r.get("sentiment"), -2.0),
           foreground=lambda r: sentiment_color(r.get("sentiment")), tooltip=_sentiment_tooltip,
           alignment=CENTER, width=90),
    Column("author", QT_TRANSLATE_NOOP("ReviewsModel", "Author"), lambda r: text_or_empty(r.get("author")),
           lambda r: text_or_empty(r.get("author")).lower(), width=120),
    Column("text", QT_TRANSLATE_NOOP("ReviewsModel", "Review"), _snippet, lambda r: review_text(r).lower(), tooltip=_full_text_tooltip),
    Column("reply_text", QT_TRANSLATE_NOOP("ReviewsModel", "Reply"), lambda r: "" if is_missing(r.get("reply_text")) else "✓",
           lambda r: 0 if is_missing(r.get("reply_text")) else 1, alignment=CENTER,
           tooltip=lambda r: None if is_missing(r.get("reply_text")) else translate("ReviewsModel", "You replied to this review"),
           foreground=lambda r: QColor(palette.POSITIVE), width=60),
)


def frame_rows(frame: pd.DataFrame | None) -> list[Row]:
    """The model's rows for a ``list_reviews`` frame: one dict per review
    (pure pandas; call it on the worker thread for a big frame)."""
    return [] if frame is None or frame.empty else frame.to_dict("records")


class ReviewsModel(SortedRowsMixin, QAbstractTableModel):
    """Read-only model over a reviews DataFrame (GUI thread only). Sorts
    itself (see ``sorted_rows``): show it through ``ForwardingSortProxy``;
    ``prepare(frame, spec)`` does the expensive part on a worker thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self.columns = COLUMNS
        self._init_sorting()

    @staticmethod
    def prepare(frame: pd.DataFrame | None, spec: tuple[Any, SortSpec]) -> PreparedRows:
        """Rows of ``frame`` sorted as ``spec`` (from ``sort_spec()``) says;
        pure Python, for the worker thread. Hand the result to ``set_prepared``."""
        columns, sort = spec
        return prepare_rows(frame_rows(frame), columns, sort)

    def set_frame(self, frame: pd.DataFrame | None) -> None:
        """Replace the rows with ``frame`` (columns as ``list_reviews`` returns
        them), sorted by the current sort, on this thread."""
        self._set_loaded(frame_rows(frame))

    def row_data(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def review_ids(self) -> list[int]:
        return [int(r["id"]) for r in self._rows]

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    # Qt API -----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
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

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("ReviewsModel", self.columns[section].header)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self.columns[section].alignment.value)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
