"""The first run walked by keyboard alone, the settings it saves, that it
never comes back; every page reached by its shortcut; Ctrl+F, F5 and F1."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktop.core.errors import UserError
from desktop.services import Services
from desktop.services.settings import (
    FIRST_RUN_KEY,
    NAME_MAX_CHARS,
    BusinessProfile,
    first_run_due,
    profile,
    save_profile,
)
from desktop.ui.main_window import PAGES, MainWindow
from desktop.ui.menus import GO_SHORTCUTS, shortcut_list
from desktop.ui.style import apply_style
from desktop.ui.welcome import WHERE_TO_FIND, default_currency, default_region

WAIT_MS = 15_000


def _first_run_window(qtbot, services: Services, tmp_path: Path) -> MainWindow:
    apply_style(QApplication.instance())
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, db_name="cafe.sqlite", settings=settings, first_run=True)
    window.reporter.show_dialogs = False
    window.show()
    return window


def _close(window: MainWindow) -> None:
    window.close()
    window.shutdown()
    QApplication.processEvents()


def test_profile_is_validated_before_anything_is_written(services: Services) -> None:
    assert NAME_MAX_CHARS == 120
    saved = save_profile(services.settings, BusinessProfile("  Café  Aurora ", ("Porto", "porto", " Lisboa "),
                                                            "eur", "pt", "pt"))
    assert saved == BusinessProfile("Café Aurora", ("Porto", "Lisboa"), "EUR", "PT", "pt")
    with pytest.raises(UserError, match="currency"):
        save_profile(services.settings, BusinessProfile("Other", (), "EURO", "PT", "pt"))
    with pytest.raises(UserError, match="language"):
        save_profile(services.settings, BusinessProfile("Other", (), "EUR", "PT", "xx"))
    assert profile(services.settings) == saved  # unchanged by the failed saves


def test_first_run_is_due_only_on_an_empty_database_never_marked(services: Services) -> None:
    assert first_run_due(services.settings, has_data=False)
    assert not first_run_due(services.settings, has_data=True)
    services.settings.set(FIRST_RUN_KEY, "done")
    assert not first_run_due(services.settings, has_data=False)


def test_the_window_shows_no_welcome_unless_asked(window: MainWindow) -> None:
    QApplication.processEvents()
    assert window.welcome_dialog is None


def test_the_first_run_by_keyboard_alone(qtbot, services: Services, tmp_path: Path) -> None:
    window = _first_run_window(qtbot, services, tmp_path)
    try:
        qtbot.waitUntil(lambda: window.welcome_dialog is not None and window.welcome_dialog.isVisible(),
                        timeout=WAIT_MS)
        dialog = window.welcome_dialog
        assert str(services.db_path) in dialog.path_label.text()
        assert dialog.step() == 0
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)  # Enter is Next, not the demo
        assert dialog.step() == 1 and dialog.name_edit.hasFocus()
        qtbot.keyClicks(dialog.name_edit, "The Corner Cafe")  # QTest types ASCII only
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Tab)
        assert dialog.currency_combo.hasFocus() or dialog.currency_combo.lineEdit().hasFocus()
        dialog.currency_combo.lineEdit().selectAll()
        qtbot.keyClicks(dialog.currency_combo.lineEdit(), "GBP")
        qtbot.keyClick(dialog.currency_combo.lineEdit(), Qt.Key.Key_Tab)
        assert dialog.region_combo.hasFocus()
        qtbot.keyClicks(dialog.region_combo, "Italy")  # (Space would open the list)
        dialog.next_button.setFocus()
        qtbot.keyClick(dialog.next_button, Qt.Key.Key_Space)
        assert dialog.step() == 2
        assert dialog.formats_tree.topLevelItemCount() == len(WHERE_TO_FIND)
        dialog.finish_button.setFocus()
        qtbot.keyClick(dialog.finish_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: window.welcome_dialog is None, timeout=WAIT_MS)
    finally:
        _close(window)
    saved = profile(services.settings)
    assert saved.name == "The Corner Cafe" and saved.currency == "GBP" and saved.region == "IT"
    assert services.settings.get(FIRST_RUN_KEY) == "done"


def test_escape_skips_and_the_welcome_never_comes_back(qtbot, services: Services, tmp_path: Path) -> None:
    window = _first_run_window(qtbot, services, tmp_path)
    try:
        qtbot.waitUntil(lambda: window.welcome_dialog is not None, timeout=WAIT_MS)
        qtbot.keyClick(window.welcome_dialog, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: window.welcome_dialog is None, timeout=WAIT_MS)
    finally:
        _close(window)
    assert services.settings.get(FIRST_RUN_KEY) == "done"
    assert profile(services.settings).name == ""  # skipping saves nothing else
    again = _first_run_window(qtbot, services, tmp_path)
    try:
        qtbot.waitUntil(lambda: again.overview_page.week is not None, timeout=WAIT_MS)
        again.runner.shutdown()  # the first-run check has answered by now
        QApplication.processEvents()
        assert again.welcome_dialog is None
    finally:
        _close(again)


def test_locale_defaults() -> None:
    from PySide6.QtCore import QLocale

    assert default_region(QLocale("it_IT")) == "IT"
    assert default_currency(QLocale("sv_SE")) == "SEK"


def test_every_page_by_its_shortcut(qtbot, seeded_window: MainWindow) -> None:
    assert len(GO_SHORTCUTS) == len(PAGES)
    for i, key in enumerate(PAGES):
        qtbot.keyClick(seeded_window, Qt.Key(Qt.Key.Key_1 + i), Qt.KeyboardModifier.ControlModifier)
        assert seeded_window.current_page() == key
    keys = [s.keys for s in shortcut_list(seeded_window.actions)]
    for expected in ("Ctrl+1", "Ctrl+6", "Ctrl+F", "F5", "F1", "Ctrl+I, Ctrl+O"):
        assert expected in keys


def test_ctrl_f_searches_the_reviews_and_f5_refreshes(qtbot, seeded_window: MainWindow) -> None:
    page = seeded_window.reviews_page
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):  # the page loads when shown
        qtbot.keyClick(seeded_window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(seeded_window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filter_bar.search_edit.hasFocus()
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        qtbot.keyClicks(page.filter_bar.search_edit, "croissant")
    assert page.model.rowCount() == 1
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        qtbot.keyClick(seeded_window, Qt.Key.Key_F5)
    qtbot.keyClick(seeded_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert not seeded_window.focus_search()  # the Overview has no search box


def test_f1_opens_the_guide_with_the_shortcuts_and_the_data_file(qtbot, seeded_window: MainWindow) -> None:
    qtbot.keyClick(seeded_window, Qt.Key.Key_F1)
    guide = seeded_window.guide_dialog
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    assert "Ctrl+1" in text and "F5" in text
    assert str(seeded_window.ctx.services.db_path) in text
    guide.close()


def test_the_sidebar_is_named_for_screen_readers(window: MainWindow) -> None:
    assert window.sidebar.accessibleName() == "Pages"
    for i in range(window.sidebar.count()):
        item = window.sidebar.item(i)
        assert item.toolTip().endswith(f"(Ctrl+{i + 1})")
