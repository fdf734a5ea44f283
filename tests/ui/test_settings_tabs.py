"""File > Settings in tabs: every tab is there, each control shows the stored
value and saves it, refused values are named next to their field with Save
disabled, Cancel changes nothing, a read-only window cannot save."""
from __future__ import annotations

from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTime

from desktop.customers.tiers import DEFAULT_TIERS, TierRule
from desktop.services import Services
from desktop.services import settings as settings_service
from desktop.services.settings import BusinessProfile, check_tiers, tier_order_problem
from desktop.ui.dialogs.settings_dialog import SettingsDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.ui_keys import DONT_ASK_KEY, UI_LANGUAGE_KEY

WAIT_MS = 10_000
TAB_NAMES = ["Your business", "Your dishes and staff", "Tiers", "Messages", "Backups", "This computer",
             "Shared server"]


def open_dialog(qtbot, window: MainWindow) -> SettingsDialog:
    window.settings_action.trigger()
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    with qtbot.waitSignal(dialog.loaded, timeout=WAIT_MS):
        pass
    return dialog


def save(qtbot, dialog: SettingsDialog) -> None:
    assert dialog.save_button.isEnabled(), dialog.problem()
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.save_button.click()


def test_every_tab_is_there_in_order(qtbot, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == TAB_NAMES
    for index, name in zip((dialog.BUSINESS_TAB, dialog.TIERS_TAB, dialog.SENDING_TAB, dialog.BACKUPS_TAB,
                            dialog.WINDOW_TAB, dialog.SERVER_TAB),
                           ("Your business", "Tiers", "Messages", "Backups", "This computer", "Shared server")):
        assert dialog.tabs.tabText(index) == name
    dialog.reject()


def test_each_control_loads_the_stored_value_and_saves_it(qtbot, window: MainWindow) -> None:
    services = window.ctx.services
    settings_service.save_profile(services.settings, BusinessProfile("Café Aurora", ("Porto", "Braga"), "EUR", "PT",
                                                                     "pt"))
    services.backups.set_keep(7)
    dialog = open_dialog(qtbot, window)
    business, sending, tiers = dialog.business_tab, dialog.sending_tab, dialog.tiers_tab
    assert business.name_edit.text() == "Café Aurora"
    assert business.locations_edit.toPlainText() == "Porto\nBraga"
    assert business.currency_edit.text() == "EUR" and business.region() == "PT"
    assert business.language_combo.currentData() == "pt"
    assert dialog.backups_tab.keep_spin.value() == 7
    stored = services.messaging.settings()
    assert sending.cap_spin.value() == stored.cap_days
    assert sending.quiet_start.time() == QTime(stored.quiet_start.hour, stored.quiet_start.minute)
    assert tiers.rules() == list(DEFAULT_TIERS)  # translated default names still save as stored

    business.name_edit.setText("Café Aurora Dois")
    business.locations_edit.setPlainText("Porto\nLisboa\n")
    business.currency_edit.setText("GBP")
    business.set_region("GB")
    business.language_combo.setCurrentIndex(business.language_combo.findData("it"))
    sending.cap_spin.setValue(21)
    sending.quiet_start.setTime(QTime(22, 30))
    sending.quiet_end.setTime(QTime(8, 0))  # overnight is fine
    sending.holdout_spin.setValue(20)
    sending.signature_edit.setText("Ana")
    dialog.backups_tab.keep_spin.setValue(12)
    tiers._cell(2, 1).setValue(25)  # VIP: 25 visits
    changes = []
    window.ctx.signals.data_changed.connect(changes.append)
    save(qtbot, dialog)

    profile = settings_service.profile(services.settings)
    assert profile == BusinessProfile("Café Aurora Dois", ("Porto", "Lisboa"), "GBP", "GB", "it")
    after = services.messaging.settings()
    assert (after.cap_days, after.quiet_start, after.quiet_end) == (21, time(22, 30), time(8, 0))
    assert (after.holdout_share, after.signature, after.business_language) == (0.2, "Ana", "it")
    assert services.backups.keep() == 12
    assert services.customers.tiers()[2] == TierRule("VIP", 60, 25, 180.0)
    assert any(c.customers for c in changes)  # pages that show tiers refresh


def test_this_computer_tab_saves_to_qsettings(qtbot, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("it"))
    dialog.preview_check.setChecked(False)
    save(qtbot, dialog)
    assert window.settings.value(UI_LANGUAGE_KEY) == "it"
    assert window.settings.value(DONT_ASK_KEY) == "true"


def test_cancel_changes_nothing(qtbot, window: MainWindow) -> None:
    services = window.ctx.services
    before = (settings_service.profile(services.settings), services.messaging.settings(),
              services.customers.tiers(), services.backups.keep())
    dialog = open_dialog(qtbot, window)
    dialog.business_tab.name_edit.setText("Somewhere else")
    dialog.sending_tab.cap_spin.setValue(99)
    dialog.backups_tab.keep_spin.setValue(3)
    dialog.tiers_tab._cell(0, 0).setText("Friends")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ru"))
    dialog.buttons.rejected.emit()
    assert (settings_service.profile(services.settings), services.messaging.settings(),
            services.customers.tiers(), services.backups.keep()) == before
    assert not window.settings.value(UI_LANGUAGE_KEY, "")


@pytest.mark.parametrize("case", ["cap", "quiet", "tier_order", "tier_name", "currency"])
def test_a_bad_value_is_named_next_to_its_field_and_save_is_disabled(qtbot, window: MainWindow, case: str) -> None:
    dialog = open_dialog(qtbot, window)
    assert dialog.save_button.isEnabled()
    if case == "cap":
        dialog.sending_tab.cap_spin.setValue(-3)  # the box stops at 0, which is refused
        label, expected = dialog.sending_tab.cap_problem, "at least one day"
    elif case == "quiet":
        dialog.sending_tab.quiet_start.setTime(QTime(9, 0))
        dialog.sending_tab.quiet_end.setTime(QTime(9, 0))
        label, expected = dialog.sending_tab.quiet_problem, "same time"
    elif case == "tier_order":
        dialog.tiers_tab._cell(1, 1).setValue(2)  # Gold: 2 visits, below Regular's 3
        label, expected = dialog.tiers_tab.tiers_problem, "must ask for more visits than"
    elif case == "tier_name":
        dialog.tiers_tab._cell(1, 0).setText(" ")
        label, expected = dialog.tiers_tab.tiers_problem, "needs a name"
    else:
        dialog.business_tab.currency_edit.setText("EU")
        dialog.business_tab._check()
        label, expected = dialog.business_tab.currency_problem, "three letters"
    assert not label.isHidden() and expected in label.text()
    assert not dialog.save_button.isEnabled()
    dialog.accept()  # even asked directly, nothing is written
    assert dialog.isVisible()
    dialog.reject()


def test_a_fixed_value_enables_save_again(qtbot, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window)
    dialog.sending_tab.quiet_end.setTime(dialog.sending_tab.quiet_start.time())
    assert not dialog.save_button.isEnabled()
    dialog.sending_tab.quiet_end.setTime(QTime(7, 0))
    assert dialog.sending_tab.quiet_problem.isHidden() and dialog.save_button.isEnabled()
    dialog.reject()


def test_a_read_only_window_cannot_save(qtbot, services: Services, tmp_path: Path, monkeypatch) -> None:
    from tests.ui.conftest import _make_window

    monkeypatch.setattr(type(services), "read_only", property(lambda self: True))
    gen = _make_window(qtbot, services, tmp_path)
    window = next(gen)
    try:
        dialog = open_dialog(qtbot, window)
        assert not dialog.save_button.isEnabled()
        assert not dialog.read_only_label.isHidden()
        dialog.reject()
    finally:
        gen.close()


def test_tier_order_check_is_shared_with_the_command_line(window: MainWindow) -> None:
    low_high = [TierRule("Regular", 60, 5, None), TierRule("Gold", 60, 4, None)]
    problem = tier_order_problem(low_high)
    assert problem is not None and (problem.index, problem.kind) == (1, "visits")
    assert tier_order_problem([TierRule("Regular", 60, 5, None), TierRule("Gold", 30, 4, None)]) is None
    with pytest.raises(Exception, match="more visits"):
        check_tiers(low_high)
    with pytest.raises(Exception, match="more visits"):
        window.ctx.services.customers.set_tiers(low_high)  # what `tiers set` calls
    assert window.ctx.services.customers.tiers() == DEFAULT_TIERS
