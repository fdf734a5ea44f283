"""The app by keyboard alone, with nothing but key presses (``qtbot.keyClick``
and ``keyClicks``): the first-run welcome ending in an import, an import by
its shortcut with the preview accepted by Enter, and every page reached by
Ctrl+1..6, where the focus lands inside the page, Tab reaches the page's main
control and Enter, Space or the arrow keys act on it. The one thing that is
not a key press is the system's own file chooser, which the tests answer."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from desktop.services import Services
from desktop.ui.keyboard_focus import focus_lost_in
from desktop.ui.main_window import PAGES, MainWindow
from desktop.ui.style import apply_style
from tests.ui.conftest import write_google_csv

WAIT_MS = 20_000
MAX_TABS = 25
"""Tab presses within which a page's main control must be reached."""


def _answer_file_chooser(monkeypatch, paths: list[str]) -> list[int]:
    """The system's file chooser answers ``paths``; returns the list of times it was asked."""
    asked: list[int] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (asked.append(1), (paths, ""))[1])
    return asked


def _focused() -> QWidget | None:
    return QApplication.focusWidget()


def _tab_until(qtbot, window: MainWindow, found: Callable[[QWidget | None], bool]) -> QWidget:
    """Press Tab until ``found(focus widget)``; fails after MAX_TABS presses."""
    for _ in range(MAX_TABS):
        if found(_focused()):
            return _focused()  # type: ignore[return-value]
        qtbot.keyClick(_focused() or window, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached the control; focus ended on {_focused()!r}")


def _accept_preview_by_enter(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.preview_dialog is not None and window.preview_dialog.isVisible(), timeout=WAIT_MS)
    dialog = window.preview_dialog
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=WAIT_MS)
    qtbot.keyClick(_focused() or dialog, Qt.Key.Key_Return)  # Import is the preview's default button
    qtbot.waitUntil(lambda: window.last_summary is not None and window.last_summary.isVisible(), timeout=WAIT_MS)
    qtbot.keyClick(window.last_summary, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.last_summary.isVisible(), timeout=WAIT_MS)


def test_the_first_run_ends_in_an_import_by_keyboard_alone(qtbot, services: Services, tmp_path: Path,
                                                           monkeypatch) -> None:
    csv = write_google_csv(tmp_path / "google_reviews.csv", rows=6)
    asked = _answer_file_chooser(monkeypatch, [str(csv)])
    apply_style(QApplication.instance())
    window = MainWindow(services, db_name="cafe.sqlite",
                        settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat), first_run=True)
    window.reporter.show_dialogs = False
    window.show()
    try:
        qtbot.waitUntil(lambda: window.welcome_dialog is not None and window.welcome_dialog.isVisible(),
                        timeout=WAIT_MS)
        welcome = window.welcome_dialog
        qtbot.keyClick(_focused() or welcome, Qt.Key.Key_Return)  # Next
        assert welcome.step() == 1 and welcome.name_edit.hasFocus()
        qtbot.keyClicks(welcome.name_edit, "Bar Roma")
        qtbot.keyClick(welcome.name_edit, Qt.Key.Key_Return)  # Enter in the name is Next too
        assert welcome.step() == 2 and welcome.import_button.hasFocus()
        qtbot.keyClick(_focused(), Qt.Key.Key_Return)  # "Import my files…", the last step's default
        qtbot.waitUntil(lambda: asked == [1], timeout=WAIT_MS)
        _accept_preview_by_enter(qtbot, window)
        assert services.reviews.summary().total == 6
        assert window.current_page() == "reviews"  # new reviews: the window shows them
    finally:
        window.close()
        window.shutdown()
        QApplication.processEvents()


def test_an_import_by_its_shortcut_and_enter(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    csv = write_google_csv(tmp_path / "more_reviews.csv", rows=5)
    asked = _answer_file_chooser(monkeypatch, [str(csv)])
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert asked == [1]
    _accept_preview_by_enter(qtbot, window)
    assert window.ctx.services.reviews.summary().total == 5
    page = window.stack.currentWidget()  # back in the window (on the new reviews), the focus is in the page
    # (the offscreen platform activates no window after a dialog: the window's own focus widget
    # is the one that has the focus when it is active again)
    qtbot.waitUntil(lambda: not focus_lost_in(page) and page.isAncestorOf(window.focusWidget()), timeout=WAIT_MS)


def _go(qtbot, window: MainWindow, key: str, focus: bool = True) -> QWidget:
    """Ctrl+<n> to page ``key``, then wait until it has loaded and (``focus``) the focus is inside it."""
    page = getattr(window, f"{key}_page")
    qtbot.keyClick(_focused() or window, Qt.Key(Qt.Key.Key_1 + PAGES.index(key)), Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == key
    qtbot.waitUntil(lambda: not page.on_demand.stale and (not focus or not focus_lost_in(page)), timeout=WAIT_MS)
    if focus:
        assert page.isAncestorOf(_focused()), (key, _focused())
    return page


def test_every_page_by_keyboard_alone(qtbot, seeded_window: MainWindow, monkeypatch) -> None:
    window = seeded_window
    window.resize(1366, 768)
    asked = _answer_file_chooser(monkeypatch, [])
    for key in PAGES:
        _go(qtbot, window, key)  # each page once: the focus lands inside it, whichever page came before

    overview = _go(qtbot, window, "overview")
    card = _tab_until(qtbot, window, lambda w: w is not None and w.objectName() == "Card" and overview.isAncestorOf(w))
    qtbot.keyClick(card, Qt.Key.Key_Return)  # a card opens the page that explains it
    assert window.current_page() != "overview"

    reviews = _go(qtbot, window, "reviews")
    qtbot.waitUntil(lambda: reviews.table.isVisible() and reviews.table.model().rowCount() > 0, timeout=WAIT_MS)
    _tab_until(qtbot, window, lambda w: w is reviews.table)
    qtbot.keyClick(reviews.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: reviews.table.selectionModel().hasSelection(), timeout=WAIT_MS)
    assert "Select a review" not in reviews.detail.toPlainText()  # the review is shown in full
    qtbot.keyClick(reviews.table, Qt.Key.Key_Tab)
    assert _focused() is not reviews.table  # Tab leaves the table (arrows move within it)

    insights = _go(qtbot, window, "insights")
    _tab_until(qtbot, window, lambda w: w is not None and insights.isAncestorOf(w))

    messages = _go(qtbot, window, "messages")
    inbox = messages.inbox
    tab_bar = messages.tabs.tabBar()
    _tab_until(qtbot, window, lambda w: w is tab_bar)
    towards = Qt.Key.Key_Right if messages.tabs.indexOf(inbox) > messages.tabs.currentIndex() else Qt.Key.Key_Left
    for _ in range(messages.tabs.count()):
        if messages.tabs.currentWidget() is not inbox:
            qtbot.keyClick(tab_bar, towards)  # the arrow keys choose the tab
    assert messages.tabs.currentWidget() is inbox
    qtbot.waitUntil(lambda: inbox.table.model() is not None and inbox.table.model().rowCount() > 0, timeout=WAIT_MS)
    _tab_until(qtbot, window, lambda w: w is inbox.table)
    qtbot.keyClick(inbox.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: inbox.table.selectionModel().hasSelection(), timeout=WAIT_MS)
    assert "Select a review" not in inbox.review_view.toPlainText()

    customers = _go(qtbot, window, "customers")  # no customers yet: the empty state invites an import
    button = _tab_until(qtbot, window, lambda w: w is not None and customers.isAncestorOf(w)
                        and getattr(w, "text", lambda: "")() == "Choose files…")
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert asked == [1]

    import_page = _go(qtbot, window, "import")
    button = _tab_until(qtbot, window, lambda w: w is import_page.drop_zone.choose_button)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert asked == [1, 1]
