"""Customer merges on the Import page (listed, undone) and the Settings dialog."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.ui.dialogs.settings_dialog import (
    BUSINESS_NAME_KEY,
    SettingsDialog,
    region_label,
)
from desktop.ui.main_window import MainWindow
from desktop.ui.models.merges_model import MergesModel

WAIT_MS = 10_000

SQUARE_CSV = (
    "Reference ID,First Name,Last Name,Email Address,Phone Number,Nickname,Company Name,"
    "Street Address 1,Street Address 2,City,State,Postal Code,Birthday,Memo,Square Customer ID,"
    "Creation Source,First Visit,Last Visit,Transaction Count,Lifetime Spend,"
    "Email Subscription Status,Instant Profile,Blocked from online booking\n"
    ",Tom,Baker,,(562) 555-0199,,,,,,,,,Oat milk,MQ0TOM,Directory,2024-05-01,2025-10-02,3,"
    "$31.50,,No,No\n"
    ",Una,Ortiz,una@example.com,,,,,,,,,,,MQ0UNA,Directory,2024-06-01,2025-09-09,1,$4.00,"
    "unsubscribed,No,No\n")
SHOPIFY_CSV = (
    "Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,"
    "Default Address Address1,Default Address Address2,Default Address City,"
    "Default Address Province Code,Default Address Country Code,Default Address Zip,"
    "Default Address Phone,Phone,Accepts SMS Marketing,Total Spent,Total Orders,Note,Tax Exempt,Tags\n"
    "'7210448301122,Tom,Baker,tom@example.com,yes,,1 Main St,,Portland,OR,US,97201,"
    "'+15625550199,'+15625550199,yes,150.00,3,,no,\"regular\"\n"
    "'7210448301133,Una,Ortiz,una@example.com,yes,,,,,,,,,,no,20.00,1,,no,\n")


@pytest.fixture
def merged_window(qtbot, window: MainWindow, tmp_path: Path) -> MainWindow:
    services = window.ctx.services
    services.settings.set_default_region("US")
    for name, text in (("square_customers.csv", SQUARE_CSV), ("customers_export.csv", SHOPIFY_CSV)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert not services.imports.import_files([str(path)]).errors
    with qtbot.waitSignal(window.import_page.loaded, timeout=WAIT_MS):
        window.import_page.refresh()
    return window


def test_merges_are_listed_and_can_be_undone(qtbot, qtmodeltester, merged_window: MainWindow, monkeypatch) -> None:
    page = merged_window.import_page
    merged_window.show_page("import")
    page.tabs.setCurrentIndex(page.MERGES_TAB)
    model: MergesModel = page.merges_model
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    assert page.tabs.tabText(page.MERGES_TAB) == "Customer merges (2)"
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    assert set(rows) == {"Tom Baker", "Una Ortiz"}
    assert model.index(rows["Tom Baker"], 2).data() == "Same phone"
    assert model.index(rows["Una Ortiz"], 2).data() == "Same e-mail"
    assert "Shopify" in model.index(rows["Una Ortiz"], 1).data()
    assert model.index(rows["Una Ortiz"], 4).data() == "customers_export.csv"
    assert page.merges_table.isVisibleTo(page) and not page.merges_empty_label.isVisibleTo(page)

    asked = []
    monkeypatch.setattr(page, "confirm_undo_merge", lambda merge: asked.append(merge) or True)
    view_row = next(r for r in range(page.merges_proxy.rowCount())
                    if page.merges_proxy.index(r, 0).data() == "Una Ortiz")
    button = page.merge_undo_button(view_row)
    assert button is not None and button.isEnabled()
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].kept_name == "Una Ortiz"
    merges = merged_window.ctx.services.customers.list_merges()
    assert [m.undone_at is not None for m in merges if m.kept_name == "Una Ortiz"] == [True]
    qtbot.waitUntil(lambda: page.tabs.tabText(page.MERGES_TAB) == "Customer merges (1)", timeout=WAIT_MS)
    view_row = next(r for r in range(page.merges_proxy.rowCount())
                    if page.merges_proxy.index(r, 0).data() == "Una Ortiz")
    assert not page.merge_undo_button(view_row).isEnabled()
    assert page.merges_proxy.index(view_row, 6).data().startswith("Undone")


def test_no_merges_says_so(window: MainWindow) -> None:
    page = window.import_page
    window.show_page("import")
    page.tabs.setCurrentIndex(page.MERGES_TAB)
    assert page.merges_model.rowCount() == 0
    assert page.merges_empty_label.isVisibleTo(page)
    assert page.tabs.tabText(page.MERGES_TAB) == "Customer merges"


def test_settings_dialog_saves_name_and_region(qtbot, window: MainWindow) -> None:
    services = window.ctx.services
    services.settings.set(BUSINESS_NAME_KEY, "Old name")
    assert window.settings_action.text() == "&Settings…"
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitUntil(lambda: dialog.name_edit.text() == "Old name", timeout=WAIT_MS)
    assert dialog.region() == ""
    assert dialog.preview_check.isChecked()  # the preview is on until the owner says otherwise
    dialog.preview_check.setChecked(False)
    dialog.name_edit.setText("The Corner Café")
    dialog.set_region("IE")
    assert dialog.region_combo.currentText() == region_label("IE")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert services.settings.get(BUSINESS_NAME_KEY) == "The Corner Café"
    assert services.settings.default_region() == "IE"
    assert window.settings.value("import/dont_ask_for_recognised") == "true"
    qtbot.waitUntil(lambda: window.settings_dialog is None, timeout=WAIT_MS)
    window.settings_action.trigger()  # opens again with what was saved
    dialog = window.settings_dialog
    qtbot.waitUntil(lambda: dialog.region() == "IE", timeout=WAIT_MS)
    assert not dialog.preview_check.isChecked()
    dialog.set_region("")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.accept()
    assert services.settings.default_region() is None


def test_settings_dialog_picks_the_window_language(qtbot, window: MainWindow, tmp_path, monkeypatch) -> None:
    """The window language is this computer's choice (QSettings), offered for
    English and every shipped translation, applied at the next start."""
    from desktop.ui import application, ui_keys

    (tmp_path / "regulars_de.qm").write_bytes(b"")
    monkeypatch.setattr(ui_keys, "TRANSLATIONS_DIR", tmp_path)  # the shared keys live below the dialogs
    assert application.ui_languages() == ["en", "de"]
    window.settings_action.trigger()
    dialog = window.settings_dialog
    qtbot.waitUntil(dialog.terms_editor.isEnabled, timeout=WAIT_MS)  # loaded
    codes = [dialog.language_combo.itemData(i) for i in range(dialog.language_combo.count())]
    assert codes == ["", "en", "de"]  # "" = the computer's own language
    assert dialog.language_combo.itemText(2) == "Deutsch"
    assert dialog.ui_language() == "" and dialog.language_note.isHidden()
    dialog.language_combo.setCurrentIndex(2)
    assert not dialog.language_note.isHidden()  # says it applies at the next start
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.accept()
    assert window.settings.value(application.UI_LANGUAGE_KEY) == "de"
    assert application.chosen_locale(window.settings).language() == application.QLocale.Language.German
    window.settings.setValue(application.UI_LANGUAGE_KEY, "xx")  # no such translation: the computer's own
    assert application.chosen_locale(window.settings) is None
