"""Settings > Your dishes and staff: the owner's own names, suggestions from the
reviews, and the re-analysis that follows a change."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.core.records import Changed
from desktop.ui.dialogs.settings_dialog import TERMS_CHANGED, SettingsDialog
from desktop.ui.main_window import MainWindow

WAIT_MS = 10_000
NAMED_ROWS = 8


@pytest.fixture
def named_window(seeded_window: MainWindow, tmp_path: Path) -> MainWindow:
    """The seeded window plus reviews that keep mentioning a dish and a waiter."""
    lines = ["id,date,stars,reviewer,comment"]
    for i in range(NAMED_ROWS):
        lines.append(f"{i},2026-05-0{1 + i},5,P{i},\"We had the shakshuka with Marco, and the cardamom bun was gone\"")
    path = tmp_path / "named.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    services = seeded_window.ctx.services
    services.imports.import_files([str(path)])
    assert services.analysis.pending_count() == 0
    return seeded_window


def open_dialog(qtbot, window: MainWindow) -> SettingsDialog:
    """File > Settings…, on the dishes and staff tab, once lists and suggestions are in.
    (Both loads answer through queued signals, so nothing arrives before we listen.)"""
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    with qtbot.waitSignals([dialog.loaded, dialog.suggestions_loaded], timeout=WAIT_MS):
        pass
    dialog.tabs.setCurrentIndex(dialog.TERMS_TAB)
    return dialog


def save(qtbot, dialog: SettingsDialog) -> None:
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_adding_a_staff_name_saves_and_rereads_the_reviews(qtbot, named_window: MainWindow) -> None:
    services = named_window.ctx.services
    dialog = open_dialog(qtbot, named_window)
    assert dialog.tabs.tabText(dialog.TERMS_TAB) == "Your dishes and staff"
    assert dialog.terms_editor.terms() == {"dish": [], "staff": []}
    staff = dialog.terms_editor.staff
    assert not staff.add_button.isEnabled()
    qtbot.keyClicks(staff.name_edit, "  Tiago ")
    qtbot.keyClick(staff.name_edit, Qt.Key.Key_Return)  # adds the name, does not press Save
    assert dialog.isVisible()
    assert staff.names() == ["Tiago"] and staff.name_edit.text() == ""
    qtbot.keyClicks(staff.name_edit, "tiago")  # already there: selected, not added twice
    qtbot.mouseClick(staff.add_button, Qt.MouseButton.LeftButton)
    assert staff.names() == ["Tiago"]
    assert dialog.terms_changed()

    with qtbot.waitSignal(named_window.ctx.signals.data_changed, timeout=WAIT_MS,
                          check_params_cb=lambda changed: changed == TERMS_CHANGED) as broadcast:
        save(qtbot, dialog)
        assert services.terms.get()["staff"] == ["Tiago"]  # saved before the re-analysis ends
    assert broadcast.args == [Changed(reviews=True, analysis=True)]
    assert services.terms.get() == {"dish": [], "staff": ["Tiago"]}
    assert services.analysis.pending_count() == 0
    qtbot.waitUntil(lambda: named_window.settings_dialog is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not named_window.ctx.runner.is_busy(), timeout=WAIT_MS)

    dialog = open_dialog(qtbot, named_window)  # opens again with the saved list; removing works too
    staff = dialog.terms_editor.staff
    assert staff.names() == ["Tiago"]
    staff.list.setCurrentRow(0)
    qtbot.mouseClick(staff.remove_button, Qt.MouseButton.LeftButton)
    assert staff.names() == []
    with qtbot.waitSignal(named_window.ctx.signals.data_changed, timeout=WAIT_MS):
        save(qtbot, dialog)
    assert services.terms.get() == {"dish": [], "staff": []}
    assert services.analysis.pending_count() == 0


def test_suggestions_from_reviews_can_be_added_as_dish_or_staff(qtbot, named_window: MainWindow) -> None:
    services = named_window.ctx.services
    dialog = open_dialog(qtbot, named_window)
    editor = dialog.terms_editor
    suggested = dict(editor.suggestions())
    assert suggested.get("marco") == NAMED_ROWS, suggested
    assert suggested.get("cardamom bun") == NAMED_ROWS, suggested
    assert not editor.add_staff_button.isEnabled()
    assert editor.select_suggestion("marco")
    qtbot.mouseClick(editor.add_staff_button, Qt.MouseButton.LeftButton)
    assert editor.select_suggestion("cardamom bun")
    qtbot.mouseClick(editor.add_dish_button, Qt.MouseButton.LeftButton)
    assert editor.terms() == {"dish": ["Cardamom bun"], "staff": ["Marco"]}
    remaining = [term for term, _ in editor.suggestions()]
    assert "marco" not in remaining and "cardamom bun" not in remaining

    with qtbot.waitSignal(named_window.ctx.signals.data_changed, timeout=WAIT_MS):
        save(qtbot, dialog)
    assert services.terms.get() == {"dish": ["Cardamom bun"], "staff": ["Marco"]}
    assert services.analysis.pending_count() == 0


def test_cancel_or_unchanged_lists_save_nothing_and_do_not_reanalyse(qtbot, named_window: MainWindow) -> None:
    services = named_window.ctx.services
    services.terms.set("dish", ["Shakshuka"])
    services.analysis.analyze_pending()
    broadcasts: list[Changed] = []
    named_window.ctx.signals.data_changed.connect(broadcasts.append)
    dialog = open_dialog(qtbot, named_window)
    dialog.terms_editor.staff.add_name("Tiago")
    dialog.reject()
    assert services.terms.get() == {"dish": ["Shakshuka"], "staff": []}
    qtbot.waitUntil(lambda: named_window.settings_dialog is None, timeout=WAIT_MS)

    dialog = open_dialog(qtbot, named_window)
    assert dialog.terms_editor.dishes.names() == ["Shakshuka"]
    dialog.terms_editor.dishes.add_name("shakshuka")  # the same name: no change
    assert not dialog.terms_changed()
    with qtbot.assertNotEmitted(dialog.reanalysis_started):
        save(qtbot, dialog)
    qtbot.waitUntil(lambda: not named_window.ctx.runner.is_busy(), timeout=WAIT_MS)
    assert TERMS_CHANGED not in broadcasts
    assert services.analysis.pending_count() == 0
