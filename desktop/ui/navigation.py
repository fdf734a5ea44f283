"""Where the Overview's cards lead: switch the main window to a page and
select the card's item there. A page still loading selects the item when its
answer arrives. Also the demo café, opened in a process of its own so the
owner's database is never mixed with it.

GUI thread only."""
from __future__ import annotations

import html
import sys
from typing import Any

from PySide6.QtCore import QProcess, Qt
from PySide6.QtWidgets import QListWidget

from desktop.ui.pages.overview import Target


def _select_row(widget: QListWidget, row: int) -> bool:
    """Select ``row`` of a list; False when the list does not have it (yet)."""
    if not 0 <= row < widget.count():
        return False
    widget.setCurrentRow(row)
    return True


def _select_text(widget: QListWidget, sentence: str) -> bool:
    """Select the list row whose tooltip is ``sentence`` (a drop's own
    sentence: it names the drop whatever filter the page has on). The
    tooltip may hold the sentence as is or escaped in a paragraph."""
    wanted = {sentence, f"<p>{html.escape(sentence)}</p>"}
    for row in range(widget.count()):
        if widget.item(row).toolTip() in wanted:
            widget.setCurrentRow(row)
            return True
    return False


def _select_when_loaded(loaded: Any, select: Any) -> None:
    """Run ``select()`` now; when it finds nothing (the page is still
    loading), once more when the page's ``loaded`` signal next fires."""
    if not select():
        loaded.connect(lambda: select(), Qt.ConnectionType.SingleShotConnection)


def open_target(window: Any, target: Target) -> None:
    """Switch to the page a card leads to and select its item there where
    the page can (a review in the Inbox, a drop, a customer, a segment).
    A page still loading selects the item when its answer arrives."""
    window.show_page(target.page)
    messages, insights, customers = window.messages_page, window.insights_page, window.customers_page
    if target.kind in ("review", "inbox"):
        messages.tabs.setCurrentWidget(messages.inbox)
        if target.kind == "review":
            _select_when_loaded(messages.inbox.loaded, lambda: messages.inbox.select_review(int(target.value)))
    elif target.kind == "campaigns":
        messages.tabs.setCurrentWidget(messages.campaigns)
    elif target.kind == "drop" and target.value is not None:
        _select_when_loaded(insights.loaded, lambda: _select_text(insights.drop_list, str(target.value)))
    elif target.kind == "bursts":
        insights.burst_list.setFocus()
        _select_when_loaded(insights.loaded, lambda: _select_row(insights.burst_list, 0))
    elif target.kind == "customer":
        _select_when_loaded(customers.loaded, lambda: customers.select_customer(int(target.value)))
    elif target.kind == "location":  # the Insights page keeps to the location chosen on the Overview
        combo = insights.location_combo

        def choose() -> bool:
            found = combo.findData(target.value)
            if found >= 0:
                combo.setCurrentIndex(found)
            return found >= 0

        _select_when_loaded(insights.loaded, choose)
    elif target.kind == "segment":
        combo = customers.segment_combo
        combo.setCurrentIndex(max(combo.findData(target.value), 0))


def open_demo_window() -> bool:
    """Start ``python -m desktop --demo`` (or the frozen app with ``--demo``)
    detached; True when it started."""
    args = ["--demo"] if getattr(sys, "frozen", False) else ["-m", "desktop", "--demo"]
    started = QProcess.startDetached(sys.executable, args)  # (ok, pid) in PySide6
    return bool(started[0] if isinstance(started, tuple) else started)
