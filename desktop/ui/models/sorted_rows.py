"""Row lists that sort themselves, so a table over 100,000 rows never sorts on
the GUI thread through ``QSortFilterProxyModel``.

A sorting proxy compares rows by calling the model's ``data()`` twice per
comparison: about 2 x n x log2(n) calls through Qt, 7 million for 200,000
reviews, tens of seconds during which the window is frozen (the bench's
"longest stall" step measured 102 s). Here a sort computes each row's key
once, in Python, and orders the rows with one stable ``sorted``; and a page
can do that on its worker thread (:func:`prepare_rows`) and hand the model
the finished order (``set_prepared``), so the GUI thread only swaps lists.

:class:`SortedRowsMixin` gives a ``QAbstractTableModel`` over row dicts this
behaviour; :class:`ForwardingSortProxy` is the view-side proxy that forwards
the header's sort requests to the model instead of sorting itself.

``prepare_rows`` is pure Python (safe on any thread); everything else: GUI
thread only.
"""
from __future__ import annotations

import queue
import sys
import threading
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, QSortFilterProxyModel, Qt

from desktop.ui.models.columns import SORT_ROLE, Row

RELEASE_IN_BACKGROUND_ROWS = 5_000
"""From this many rows, the rows a model stops showing are let go of on a
background thread (see :func:`release_in_background`)."""
SortSpec = tuple[int, Qt.SortOrder] | None
"""(column, order) the rows are shown in, or None for the order they came in."""


@dataclass(frozen=True)
class PreparedRows:
    """Rows in the order they came (``loaded``) and in the order shown (``shown``),
    sorted by ``sort``: what a worker thread hands the model."""

    loaded: list[Row]
    shown: list[Row]
    sort: SortSpec


def _fallback_key(value: Any) -> tuple[int, Any]:
    """Orders keys of mixed types (numbers before text, missing first), as a
    last resort when a column's keys cannot be compared with each other."""
    if value is None:
        return (0, 0.0)
    if isinstance(value, (int, float)):
        return (1, float(value))
    return (2, str(value))


def sort_rows(rows: Sequence[Row], key: Callable[[Row], Any], descending: bool) -> list[Row]:
    """``rows`` ordered by ``key`` (computed once per row), in the order
    ``QSortFilterProxyModel`` gives: ascending keeps rows with equal keys in
    the order they came, descending is exactly the ascending order reversed.
    Pure Python; any thread."""
    keys = [key(r) for r in rows]
    try:
        order = sorted(range(len(rows)), key=keys.__getitem__)
    except TypeError:  # e.g. None beside text: compare by kind first
        safe = [_fallback_key(k) for k in keys]
        order = sorted(range(len(rows)), key=safe.__getitem__)
    if descending:
        order.reverse()
    return [rows[i] for i in order]


def prepare_rows(rows: Sequence[Row], columns: Sequence[Any], sort: SortSpec) -> PreparedRows:
    """The rows sorted as ``sort`` says by ``columns[column].sort_key``: call it
    on the worker thread that loaded the rows (pure Python, touches no Qt object)."""
    loaded = list(rows)
    if sort is None or not 0 <= sort[0] < len(columns):
        return PreparedRows(loaded, loaded, None)
    column, order = sort
    shown = sort_rows(loaded, columns[column].sort_key, order == Qt.SortOrder.DescendingOrder)
    return PreparedRows(loaded, shown, sort)


_graveyard: queue.SimpleQueue[tuple[list, ...]] = queue.SimpleQueue()
_graveyard_lock = threading.Lock()
_graveyard_thread: threading.Thread | None = None
ONLY_OURS = 3
"""``sys.getrefcount`` of a list the graveyard alone holds (the queued tuple,
the loop variable, the call's argument)."""


def _bury() -> None:
    while True:
        lists = _graveyard.get()
        for rows in lists:
            if sys.getrefcount(rows) <= ONLY_OURS:
                while rows:  # one row at a time: the GIL changes hands in between
                    rows.pop()
        del lists, rows


def release_in_background(*lists: list) -> None:
    """Let go of row lists the model no longer shows on a background thread,
    one row at a time. Dropping 100,000 row dicts at once on the GUI thread
    frees them in one C call with the GIL held (a tenth of a second and
    more); emptied piece by piece, the window keeps running. A list someone
    else still holds is left alone (only our reference is dropped)."""
    global _graveyard_thread
    with _graveyard_lock:
        if _graveyard_thread is None:
            _graveyard_thread = threading.Thread(target=_bury, name="regulars-rows-release", daemon=True)
            _graveyard_thread.start()
    _graveyard.put(lists)


class SortedRowsMixin:
    """For a ``QAbstractTableModel`` whose rows are dicts in ``self._rows`` and
    whose ``self.columns`` have a row-level ``sort_key``: ``sort()`` reorders
    ``self._rows`` itself (keys computed once per row), keeps the selection on
    the same rows, and remembers the sort so that new rows arrive sorted.
    Call ``_init_sorting()`` in ``__init__``. GUI thread only."""

    _rows: list[Row]
    _loaded: list[Row]
    _sort: SortSpec
    columns: Sequence[Any]

    def _init_sorting(self) -> None:
        self._loaded = []
        self._sort = None

    def sort_spec(self) -> tuple[Sequence[Any], SortSpec]:
        """(columns, current sort): what :func:`prepare_rows` needs on a worker thread."""
        return self.columns, self._sort

    def set_prepared(self, prepared: PreparedRows) -> None:
        """Show rows a worker already sorted (a model reset; no sorting here
        unless the owner changed the sort while they were loading)."""
        if prepared.sort != self._sort:
            prepared = prepare_rows(prepared.loaded, self.columns, self._sort)
        self.beginResetModel()  # type: ignore[attr-defined]
        old = (self._loaded, self._rows)
        self._loaded, self._rows = prepared.loaded, prepared.shown
        self.endResetModel()  # type: ignore[attr-defined]
        if len(old[0]) >= RELEASE_IN_BACKGROUND_ROWS:
            release_in_background(*old)
        del old

    def _set_loaded(self, rows: list[Row]) -> None:
        """Replace the rows (a reset), sorted by the current sort."""
        self.set_prepared(prepare_rows(rows, self.columns, self._sort))

    def find_row(self, key: str, value: Any) -> int | None:
        """The shown row whose ``key`` equals ``value`` (a scan of plain dicts), or None."""
        return next((i for i, r in enumerate(self._rows) if r.get(key) == value), None)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # noqa: D102
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()  # type: ignore[attr-defined]
        old_rows = self._rows
        self._sort = (column, order)
        self._rows = sort_rows(self._loaded, self.columns[column].sort_key,
                               order == Qt.SortOrder.DescendingOrder)
        old = self.persistentIndexList()  # type: ignore[attr-defined]
        if old:  # keep the selection on the same rows
            where = {id(r): i for i, r in enumerate(self._rows)}
            new = [self.index(where[id(old_rows[ix.row()])], ix.column())  # type: ignore[attr-defined]
                   if 0 <= ix.row() < len(old_rows) else QModelIndex() for ix in old]
            self.changePersistentIndexList(old, new)  # type: ignore[attr-defined]
        self.layoutChanged.emit()  # type: ignore[attr-defined]


class ForwardingSortProxy(QIdentityProxyModel):
    """The view's model: rows exactly as the source has them; a click on a
    header asks the source to sort (a model that sorts itself, or a filter
    proxy, which then sorts by ``SORT_ROLE``). GUI thread only."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # noqa: D102
        source = self.sourceModel()
        if source is None:
            return
        if isinstance(source, QSortFilterProxyModel):
            inner = source.sourceModel()
            if isinstance(inner, SortedRowsMixin):  # a filter over a self-sorting model
                inner.sort(column, order)  # the filter keeps the order it is given
                return
            source.setSortRole(SORT_ROLE)
        source.sort(column, order)
