"""The Overview page driven like a person: the demo café's week as cards,
each card (clicked, or Enter) opening the page that explains it with the
item selected; the welcome card on an empty database."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.services import Services
from desktop.services.demo import build_demo
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.overview import CARD_COLUMNS, STALE_AFTER_DAYS, Card
from desktop.ui.style import apply_style

WAIT_MS = 30_000


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("overview_ui") / "demo.sqlite"
    build_demo(path)
    return path


@pytest.fixture
def demo_window(qtbot: QtBot, demo_path: Path, tmp_path: Path):
    services = Services.open(demo_path)
    apply_style(QApplication.instance())
    window = MainWindow(services, db_name="demo", settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    window.reporter.show_dialogs = False
    page = window.overview_page
    window.show()
    qtbot.waitUntil(lambda: page.week is not None and not page.week.pending, timeout=WAIT_MS)
    yield window
    window.close()
    window.shutdown()
    QApplication.processEvents()
    services.close()


def test_constants() -> None:
    assert CARD_COLUMNS == 3 and STALE_AFTER_DAYS == 2


def test_the_demo_week_fills_every_card(demo_window: MainWindow) -> None:
    page = demo_window.overview_page
    assert demo_window.current_page() == "overview"
    assert not page.is_empty_state()
    week = page.week
    cards = page.cards
    assert cards["reviews"].value_label.text() == str(week.reviews_week)
    assert "★" in cards["rating"].value_label.text()
    assert cards["waiting"].value_label.text() == f"{week.waiting:,}"
    assert week.urgent.snippet in cards["waiting"].caption_label.text()
    assert week.drop.sentence in cards["drop"].caption_label.text()
    assert cards["bursts"].value_label.text() == str(week.bursts)
    for card in cards.values():  # nothing left saying "Looking…", every card named for screen readers
        assert card.value_label.text() and card.value_label.text() != "Looking…"
        assert card.accessibleName().startswith(card.title_label.text())
        assert card.toolTip()


def test_the_waiting_card_opens_the_most_urgent_review_in_the_inbox(qtbot, demo_window: MainWindow) -> None:
    page, inbox = demo_window.overview_page, demo_window.messages_page.inbox
    qtbot.mouseClick(page.cards["waiting"], Qt.MouseButton.LeftButton)
    assert demo_window.current_page() == "messages"
    assert demo_window.messages_page.tabs.currentWidget() is inbox
    qtbot.waitUntil(lambda: inbox.selected() is not None, timeout=WAIT_MS)
    assert inbox.selected()["review_id"] == page.week.urgent.review_id


def test_the_drop_card_opens_that_drop_by_keyboard(qtbot, demo_window: MainWindow) -> None:
    page, insights = demo_window.overview_page, demo_window.insights_page
    page.cards["drop"].setFocus()
    qtbot.keyClick(page.cards["drop"], Qt.Key.Key_Return)
    assert demo_window.current_page() == "insights"
    qtbot.waitUntil(lambda: insights.drop_list.currentItem() is not None, timeout=WAIT_MS)
    from html import escape

    assert insights.drop_list.currentItem().toolTip() in (page.week.drop.sentence,
                                                          f"<p>{escape(page.week.drop.sentence)}</p>")


def test_the_people_cards_open_the_customers_page(qtbot, demo_window: MainWindow) -> None:
    page, customers = demo_window.overview_page, demo_window.customers_page
    week = page.week
    people = week.birthdays or week.at_risk or week.lapsed
    key = "birthdays" if week.birthdays else "at_risk" if week.at_risk else "lapsed"
    assert people, "the demo café has someone to name"
    qtbot.keyClick(page.cards[key], Qt.Key.Key_Space)
    assert demo_window.current_page() == "customers"
    qtbot.waitUntil(lambda: bool(customers.table.selectionModel().selectedRows()), timeout=WAIT_MS)
    assert people[0].name in page.cards[key].caption_label.text()


def test_review_text_on_a_card_is_plain_text(demo_window: MainWindow) -> None:
    for card in demo_window.overview_page.findChildren(Card):
        for label in (card.title_label, card.value_label, card.caption_label):
            assert label.textFormat() == Qt.TextFormat.PlainText


def test_an_empty_database_gets_a_welcome(qtbot, window: MainWindow, monkeypatch) -> None:
    page = window.overview_page
    assert page.is_empty_state()
    assert page.import_button.isVisibleTo(page) and page.demo_button.isVisibleTo(page)
    asked = []
    monkeypatch.setattr(window, "_on_choose_files_triggered", lambda: asked.append("import"))
    page.import_requested.disconnect()
    page.import_requested.connect(window._on_choose_files_triggered)
    qtbot.keyClick(page.import_button, Qt.Key.Key_Space)
    assert asked == ["import"]


def test_an_import_turns_the_welcome_into_the_week(qtbot, window: MainWindow, reviews_csv: Path) -> None:
    page = window.overview_page
    assert page.is_empty_state()
    window.start_import([str(reviews_csv)])
    qtbot.waitUntil(lambda: page.week is not None and page.week.status == "ok" and not page.week.pending,
                    timeout=WAIT_MS)
    assert not page.is_empty_state()
    assert page.week.reviews_total == 8
    if window.last_summary is not None:
        window.last_summary.accept()


def test_the_week_comes_from_the_services_bundle_off_the_gui_thread(qtbot, demo_path: Path, tmp_path: Path) -> None:
    """The page shows its skeleton (every title, "…" values) before any answer,
    and asks ``Services.overview`` for the week on a worker thread."""
    import threading

    from desktop.services.overview import OverviewService
    from desktop.ui.pages.overview import SKELETON_VALUE

    services = Services.open(demo_path)
    assert isinstance(services.overview, OverviewService)
    threads: list[threading.Thread] = []
    real_week = services.overview.week

    def week(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_week(*args, **kwargs)

    services.overview.week = week  # type: ignore[method-assign]
    window = MainWindow(services, db_name="demo", settings=QSettings(str(tmp_path / "ui.ini"),
                                                                     QSettings.Format.IniFormat))
    window.reporter.show_dialogs = False
    page = window.overview_page
    try:
        assert page.week is None  # no answer yet: the skeleton is what shows
        assert page.stack.currentWidget() is page.cards_view and not page.is_empty_state()
        for card in page.cards.values():
            assert card.title_label.text() and card.value_label.text() == SKELETON_VALUE
        qtbot.waitUntil(lambda: page.week is not None and not page.week.pending, timeout=WAIT_MS)
        assert threads and all(t is not threading.main_thread() for t in threads)
        assert all(card.value_label.text() != SKELETON_VALUE for card in page.cards.values())
    finally:
        window.close()
        window.shutdown()
        QApplication.processEvents()
        services.close()


@pytest.mark.parametrize("lang, english", [("ru", "Nov"), ("it", "Nov")])
def test_every_date_on_the_overview_is_in_the_window_language(qtbot, demo_path: Path, tmp_path: Path,
                                                              lang: str, english: str) -> None:
    """The week's day, the birthdays and the locations panel's span are written
    by the window's locale ("15 нояб. 2026", "15 nov 2026", "7 декабря"), never in English."""
    from PySide6.QtCore import QDate, QLocale

    from desktop.ui.pages.overview import day_month

    before = QLocale()
    QLocale.setDefault(QLocale(lang))
    services = Services.open(demo_path)
    window = MainWindow(services, db_name="demo", settings=QSettings(str(tmp_path / "ui.ini"),
                                                                     QSettings.Format.IniFormat))
    window.reporter.show_dialogs = False
    page = window.overview_page
    try:
        window.show()
        qtbot.waitUntil(lambda: page.week is not None and not page.week.pending, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: page.locations_panel.comparison is not None, timeout=WAIT_MS)
        week, locale = page.week, QLocale(lang)
        as_of = locale.toString(QDate(week.as_of.year, week.as_of.month, week.as_of.day), "dd MMM yyyy")
        assert as_of in page.subtitle.text() and as_of in page.cards["reviews"].caption_label.text()
        assert week.birthdays, "the demo café has birthdays ahead"
        first = week.birthdays[0].day
        month = locale.monthName(first.month, QLocale.FormatType.LongFormat)[:3].lower()
        assert day_month(first) in page.cards["birthdays"].caption_label.text()
        assert month in day_month(first).lower() and str(first.day) in day_month(first)
        start, end = page.locations_panel.comparison.recent
        assert locale.toString(QDate(end.year, end.month, end.day), "dd MMM yyyy") in page.locations_panel.caption.text()
        shown = " ".join([page.subtitle.text(), page.locations_panel.caption.text()]
                         + [c.caption_label.text() for c in page.cards.values()])
        for name in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", english, "Dec"):
            assert f" {name} 20" not in shown and f"{name}ember" not in shown
    finally:
        window.close()
        window.shutdown()
        QApplication.processEvents()
        services.close()
        QLocale.setDefault(before)
