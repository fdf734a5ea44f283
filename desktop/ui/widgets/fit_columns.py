"""Keep a table's columns inside its width, so nothing scrolls sideways.

A table with one stretching column (the reasons, the tags) scrolls sideways
on a laptop screen once its other columns, sized for the language's words
("Получит сообщение", "Под угрозой"), leave the stretching one no room. The
fitter remembers each shrinkable column's preferred width (what the page set,
or what the owner dragged it to) and, whenever the table's width changes,
shrinks those in proportion (never below ``min_width``, default
``MIN_COLUMN_WIDTH``) until the
stretching column keeps at least ``min_share`` of the width (default
``STRETCH_MIN_SHARE``). Numbers and dates are never shrinkable (an elided
amount is a wrong amount), names and labels are; texts
that no longer fit are elided ("Под угро…") and their full text stays in the
tooltip where the model gives one. A column the owner drags wider stays as
wide (the table may then scroll, as they asked). GUI thread only.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QTableView

STRETCH_MIN_SHARE = 0.3
"""The stretching column keeps at least this share of the table's width ..."""
STRETCH_MIN_WIDTH = 120
"""... and at least this many pixels, where the table is that wide."""
MIN_COLUMN_WIDTH = 48
"""No other column is squeezed below this (pixels): an elided word still shows its start."""


class ColumnFitter(QObject):
    """Fits ``table``'s columns to its viewport; column ``stretch`` takes the rest.

    Call ``remember()`` after setting the preferred widths (and again after
    ``resizeColumnToContents``)."""

    def __init__(self, table: QTableView, stretch: int, shrinkable: tuple[int, ...],
                 min_share: float = STRETCH_MIN_SHARE, min_width: int = MIN_COLUMN_WIDTH) -> None:
        super().__init__(table)
        self._table = table
        self._stretch = stretch
        self._shrinkable = set(shrinkable)
        self._min_share = min_share
        self._min_width = min_width
        self._preferred: dict[int, int] = {}
        self._fixed = 0
        self._fitting = False
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._on_section_resized)

    def remember(self) -> None:
        """Take the columns' current widths as their preferred ones, and fit."""
        header = self._table.horizontalHeader()
        self._preferred = {i: header.sectionSize(i) for i in range(header.count())
                           if i != self._stretch and not header.isSectionHidden(i)}
        self._fixed = sum(w for i, w in self._preferred.items() if i not in self._shrinkable)
        self.fit()

    def fit(self) -> None:
        """Shrink the other columns in proportion where the stretching one would get too little."""
        if not self._preferred:
            return
        available = self._table.viewport().width()
        keep = min(max(int(available * self._min_share), STRETCH_MIN_WIDTH), available)
        widths = dict(self._preferred)
        room = available - keep - self._fixed
        free = {c for c in self._preferred if c in self._shrinkable}
        while free:  # shrink in proportion; a column at its floor stays there and the others give more
            total = sum(self._preferred[c] for c in free)
            scale = min(1.0, max(room, 0) / total) if total else 1.0
            floored = {c for c in free if min(self._preferred[c] * scale, self._preferred[c]) < self._min_width}
            if not floored:
                for c in free:
                    widths[c] = int(self._preferred[c] * scale)
                break
            for c in floored:
                widths[c] = min(self._min_width, self._preferred[c])
                room -= widths[c]
            free -= floored
        self._fitting = True
        try:
            for column, width in widths.items():
                self._table.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _on_section_resized(self, column: int, _old: int, new: int) -> None:
        if not self._fitting and column in self._preferred:  # the owner dragged it: their width now
            self._preferred[column] = new
