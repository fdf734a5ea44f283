"""Size a splitter's side pane (a card, a draft, a review) by the window's width.

``QSplitter.setSizes`` before the window is shown is only a ratio: the side
pane then takes the same share on a 1366 px laptop as on a 1920 px screen, and
on the laptop the list beside it loses the room its columns need (the tags
under the customers' names elided to "много тратит, newsletter, …", the
inbox's reasons out of sight). ``SidePaneSizer`` gives the side pane
``share`` of the splitter's width, never less than ``min_width`` nor more than
``max_width`` pixels, each time the splitter is resized, until the owner drags
the handle: from then on their sizes stay (the splitter's own behaviour).

GUI thread only.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QSplitter


def side_width(total: int, share: float, min_width: int, max_width: int) -> int:
    """The side pane's width (pixels) for a splitter ``total`` pixels wide: ``share`` of it,
    kept between ``min_width`` and ``max_width``, and never more than the whole."""
    return max(0, min(total, max(min_width, min(max_width, int(total * share)))))


class SidePaneSizer(QObject):
    """Keeps ``splitter``'s widget ``side`` (0 or its last) at ``side_width(...)``."""

    def __init__(self, splitter: QSplitter, side: int, share: float, min_width: int, max_width: int) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._side = side
        self._share, self._min, self._max = share, min_width, max_width
        self.owner_moved = False
        splitter.splitterMoved.connect(self._on_splitter_moved)
        splitter.installEventFilter(self)

    def fit(self) -> None:
        """Apply the width now (does nothing once the owner dragged the handle)."""
        if self.owner_moved or self._splitter.count() != 2:
            return
        total = self._splitter.width() - self._splitter.handleWidth()
        if total <= 0:
            return
        side = side_width(total, self._share, self._min, self._max)
        sizes = [total - side, side] if self._side else [side, total - side]
        self._splitter.setSizes(sizes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._splitter and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        self.owner_moved = True
