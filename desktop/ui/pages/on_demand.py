"""Load a page when it is shown, not while it is hidden.

Every page (and the Messages page's tabs) owns one :class:`OnDemand`. A page
asks it to ``request()`` a load when its data changed: in front, the page
loads at once; behind another page, it only marks itself stale and loads
when it is next shown. So the page in front loads first and alone, and an
import no longer makes the hidden pages read 100,000 reviews, draft a reply
for each of them and plan a campaign over every order while the owner
watches the import's progress.

"Shown" means visible within its window (``isVisibleTo(window())``): the
current page of the stack counts as shown before the window itself is
shown, so the page the window opens on starts loading while the window is
being built.

GUI thread only.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class OnDemand(QObject):
    """Runs ``load`` for ``widget`` now when the widget is shown, else when it
    is next shown. ``load`` starts the page's background read (it must not
    block); it is never called from here while the widget is hidden."""

    def __init__(self, widget: QWidget, load: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget = widget
        self._load = load
        self.stale = False
        """True when data changed while the widget was hidden: it loads when shown."""
        widget.installEventFilter(self)

    def showing(self) -> bool:
        """Whether the widget is in front within its window (or will be when the window shows)."""
        return self._widget.isVisibleTo(self._widget.window())

    def request(self, load: Callable[[], None] | None = None) -> bool:
        """Load now if the widget is showing (with ``load`` when given, a
        narrower reload than the full one), else mark it stale so the full
        load runs when it is shown. True when something was started."""
        if self.showing():
            (load or self.load)()
            return True
        self.stale = True
        return False

    def load(self) -> None:
        """Load now, shown or not (F5, a filter the owner changed, a test); clears the stale mark."""
        self.stale = False
        self._load()

    def fresh(self) -> None:
        """The page loaded by another way (its own ``refresh``): nothing is due at the next show."""
        self.stale = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._widget and event.type() == QEvent.Type.Show and self.stale:
            self.load()
        return False


__all__ = ["OnDemand"]
