"""Pages load when shown: a hidden page marks itself stale on a data change
and loads once when it comes to the front (desktop.ui.pages.on_demand)."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStackedWidget

from desktop.core.records import Changed
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.on_demand import OnDemand
from tests.ui.conftest import show_page

WAIT_MS = 10_000


def test_a_hidden_widget_loads_once_when_shown_and_a_shown_one_at_once(qtbot) -> None:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    front, back = QLabel("front", stack), QLabel("back", stack)
    stack.addWidget(front)
    stack.addWidget(back)
    loads: list[str] = []
    front_demand = OnDemand(front, lambda: loads.append("front"))
    back_demand = OnDemand(back, lambda: loads.append("back"))
    stack.show()
    assert front_demand.request() and loads == ["front"]
    assert not back_demand.request() and back_demand.stale and loads == ["front"]
    assert not back_demand.request()  # two changes while hidden: still one load when shown
    stack.setCurrentWidget(back)
    assert loads == ["front", "back"] and not back_demand.stale
    stack.setCurrentWidget(front)
    stack.setCurrentWidget(back)  # shown again with nothing changed: nothing to read
    assert loads == ["front", "back"]
    assert back_demand.request(lambda: loads.append("narrow"))  # in front: the narrower reload
    assert loads == ["front", "back", "narrow"]


def test_a_page_refreshed_while_hidden_does_not_load_again_when_shown(qtbot) -> None:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    front, back = QLabel("front", stack), QLabel("back", stack)
    stack.addWidget(front)
    stack.addWidget(back)
    loads: list[str] = []
    demand = OnDemand(back, lambda: loads.append("back"))
    stack.show()
    demand.request()
    demand.fresh()  # e.g. a card on the Overview set a filter, which reloaded the page
    stack.setCurrentWidget(back)
    assert loads == []


def test_the_window_loads_only_the_page_in_front(qtbot, seeded_window: MainWindow) -> None:
    window = seeded_window
    assert window.current_page() == "overview"
    insights, reviews = window.insights_page, window.reviews_page
    assert insights.report is None and reviews.model.rowCount() == 0  # never loaded while hidden
    with qtbot.waitSignal(window.overview_page.loaded, timeout=WAIT_MS):
        window.signals.broadcast(Changed(reviews=True, analysis=True))
    assert insights.on_demand.stale and reviews.on_demand.stale and insights.report is None
    show_page(qtbot, window, "insights")
    assert insights.report is not None and not insights.on_demand.stale
    show_page(qtbot, window, "reviews")
    assert reviews.model.rowCount() == 8
