"""File > Settings…, in tabs: your business (name, locations, currency,
phone region, the language messages are written in), your dishes and staff
(with suggestions read from the reviews), the loyalty tiers, sending rules
(frequency cap, quiet hours, hold-out, signature), backups and encryption
(how many to keep; buttons to the backup list and the encryption dialog),
and, for this computer (QSettings), the window's language, theme, import
preview and the shared server (``server_settings``). Everything else is kept
in the database with the café's data.

Loads in one background read and saves in one serialised write, after every
value was checked (a refused value is shown next to its field, with Save
disabled, and nothing is stored). Emits ``saved`` after a save. Changed
tiers are recorded by the service (who moved tier) and broadcast; changed
dish or staff names start a background re-analysis of the reviews that
broadcasts ``data_changed`` when done. A read-only window shows the settings
with Save disabled.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.core.records import Changed
from desktop.services import settings as settings_service
from desktop.ui.context import UiContext
from desktop.ui.dialogs.server_settings import ServerSettings
from desktop.ui.dialogs.settings_tabs import BackupsTab, BusinessTab, SendingTab, WindowTab
from desktop.ui.dialogs.settings_tiers_tab import TiersTab
from desktop.ui.operation import Operation
from desktop.ui.style import ThemeController
from desktop.ui.ui_keys import language_name, region_label  # noqa: F401  (imported from here by others)
from desktop.ui.widgets.terms_editor import TermsEditor

BUSINESS_NAME_KEY = settings_service.BUSINESS_NAME_KEY
"""Settings key of the business name (the demo data writes the same key)."""
NAME_MAX_CHARS = settings_service.NAME_MAX_CHARS
TERMS_CHANGED = Changed(reviews=True, analysis=True)
"""Broadcast after the reviews were re-read with new dish or staff names."""


def same_terms(a: dict[str, list[str]], b: dict[str, list[str]]) -> bool:
    """Equal lists, ignoring order, case and spacing (the service normalises the same way)."""
    def norm(terms: dict[str, list[str]]) -> dict[str, set[str]]:
        return {kind: {" ".join(n.split()).lower() for n in names} for kind, names in terms.items()}
    return norm(a) == norm(b)


@dataclass(frozen=True)
class _Loaded:
    profile: settings_service.BusinessProfile
    terms: dict[str, list[str]]
    tiers: tuple
    sending: Any
    keep: int


class SettingsDialog(QDialog):
    saved = Signal()
    loaded = Signal()
    suggestions_loaded = Signal()
    reanalysis_started = Signal(object)  # Operation, runs on after the dialog closed
    BUSINESS_TAB, TERMS_TAB, TIERS_TAB, SENDING_TAB, BACKUPS_TAB, WINDOW_TAB, SERVER_TAB = range(7)
    """Tab indices; the window and server tabs exist only with this computer's QSettings."""

    def __init__(self, ctx: UiContext, ui_settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ui_settings = ui_settings
        self._loaded: _Loaded | None = None  # None until loaded: never save unseen values
        self._saving = False
        self._pending: list[Operation] = []  # loads whose callbacks must not outlive the dialog
        self._child: QDialog | None = None  # the backups or encryption dialog opened from here
        self._setup_ui()
        services = ctx.services

        def load(progress: Any, cancel: Any) -> _Loaded:
            return _Loaded(settings_service.profile(services.settings), services.terms.get(),
                           services.customers.tiers(), services.messaging.settings(), services.backups.keep())

        self._track(ctx.runner.run(load, label=self.tr("Loading settings"), on_success=self._on_settings_loaded))
        self._track(ctx.runner.run(lambda progress, cancel: services.terms.propose(),
                                   label=self.tr("Looking for names in your reviews"),
                                   on_success=self._on_suggestions_loaded, on_failure=self._on_suggestions_failed))

    # Public -----------------------------------------------------------------

    def business_name(self) -> str:
        return self.name_edit.text().strip()

    def region(self) -> str:
        return self.business_tab.region()

    def set_region(self, code: str) -> None:
        self.business_tab.set_region(code)

    def ui_language(self) -> str:
        """The window language picked ("" = the computer's own)."""
        return self.window_tab.ui_language()

    def theme(self) -> str:
        """The Theme picked: SYSTEM, LIGHT or DARK (shown at once; kept on Save, undone on Cancel)."""
        return self.window_tab.theme()

    def terms_changed(self) -> bool:
        """True when the owner changed the dish or staff lists since they were loaded."""
        return self._loaded is not None and not same_terms(self.terms_editor.terms(), self._loaded.terms)

    def problem(self) -> str:
        """The first refused value on any tab ("" when everything can be saved)."""
        return next((tab.problem() for tab in self._checked_tabs() if tab.problem()), "")

    def done(self, result: int) -> None:
        for op in self._pending:  # the dialog may be deleted before a slow load answers
            if not op.done:
                op.on_success = op.on_failure = op.on_cancelled = None
                op.cancel()
        self._pending.clear()
        if result != QDialog.DialogCode.Accepted and self.theme() != self._loaded_theme:
            self._use_theme(self._loaded_theme)  # Cancel puts the window back as it was
        super().done(result)

    def accept(self) -> None:
        if self._loaded is None or self._ctx.read_only or self.problem():
            self._update_save()
            return
        services = self._ctx.services
        profile = self.business_tab.profile()
        sending = self.sending_tab.settings(profile.language)
        keep = self.backups_tab.keep_spin.value()
        keep_changed = keep != self._loaded.keep and not services.on_server
        tiers = self.tiers_tab.rules() if self.tiers_tab.changed() else None
        new_terms = self.terms_editor.terms() if self.terms_changed() else None

        def work(progress: Any, cancel: Any) -> tuple[bool, Changed | None]:
            # check everything first: a refused value leaves every setting as it was
            checked = settings_service.check_tiers(tiers) if tiers is not None else None
            settings_service.check_sending_rules(sending.cap_days, sending.quiet_start, sending.quiet_end)
            settings_service.normalise_currency(profile.currency)
            if profile.region:
                settings_service.normalise_region(profile.region)
            settings_service.save_profile(services.settings, profile)
            services.messaging.save_settings(sending)
            if keep_changed:
                services.backups.set_keep(keep)
            changed = services.customers.set_tiers(checked) if checked is not None else None
            if new_terms is not None:
                for kind, names in new_terms.items():
                    services.terms.set(kind, names)
            return new_terms is not None, changed

        if self._ui_settings is not None:
            try:
                self.server_settings.save()  # this computer's choice: the address, never a password
            except UserError as exc:
                self.tabs.setCurrentIndex(self.SERVER_TAB)
                self.error_label.setText(str(exc))
                self.error_label.show()
                return
            self.window_tab.save(self._ui_settings)
            self._loaded_theme = self.theme()
        self._saving = True
        self._update_save()
        self._ctx.runner.run(work, label=self.tr("Saving settings"), write=True,
                             on_success=self._on_settings_saved, on_failure=self._on_save_failed)

    # UI ---------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(680)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(22, 18, 22, 14)
        outer.setSpacing(12)
        self.tabs = QTabWidget(self)
        self.tabs.setUsesScrollButtons(True)
        outer.addWidget(self.tabs, 1)
        self.business_tab = BusinessTab(self.tabs)
        self.name_edit, self.region_combo = self.business_tab.name_edit, self.business_tab.region_combo
        self.tabs.addTab(self.business_tab, self.tr("Your business"))
        names_page = QWidget(self.tabs)
        names_layout = QVBoxLayout(names_page)
        names_layout.setContentsMargins(14, 14, 14, 14)
        self.terms_editor = TermsEditor(names_page)
        self.terms_editor.setEnabled(False)  # until the lists are loaded
        self.terms_editor.set_suggestions(None)
        names_layout.addWidget(self.terms_editor)
        self.tabs.addTab(names_page, self.tr("Your dishes and staff"))
        self.tiers_tab = TiersTab(self.tabs)
        self.tabs.addTab(self.tiers_tab, self.tr("Tiers"))
        self.sending_tab = SendingTab(self.tabs)
        self.tabs.addTab(self.sending_tab, self.tr("Messages"))
        self.backups_tab = BackupsTab(bool(getattr(self._ctx.services, "on_server", False)), self.tabs)
        self.backups_tab.backups_requested.connect(self._on_backups_requested)
        self.backups_tab.encryption_requested.connect(self._on_encryption_requested)
        self.tabs.addTab(self.backups_tab, self.tr("Backups"))
        self.window_tab = WindowTab(self._ui_settings, self.tabs)
        self.language_combo, self.language_note = self.window_tab.language_combo, self.window_tab.language_note
        self.theme_combo, self.preview_check = self.window_tab.theme_combo, self.window_tab.preview_check
        self._loaded_theme = self.theme()
        self.theme_combo.currentIndexChanged.connect(lambda _i: self._use_theme(self.theme()))
        self.server_settings = ServerSettings(self._ctx, self._ui_settings, self.tabs)
        if self._ui_settings is not None:  # this computer's choices, kept in QSettings
            self.tabs.addTab(self.window_tab, self.tr("This computer"))
            self.tabs.addTab(self.server_settings, self.tr("Shared server"))
        else:
            self.window_tab.hide()
        for tab in self._checked_tabs():
            tab.setEnabled(False)  # until loaded
            tab.problem_changed.connect(self._update_save)
        self.read_only_label = QLabel(self.tr("This window is read-only: change the settings in the window that "
                                              "has your data open."), self)
        self.read_only_label.setObjectName("Muted")
        self.read_only_label.setWordWrap(True)
        self.read_only_label.setVisible(self._ctx.read_only)
        outer.addWidget(self.read_only_label)
        self.error_label = QLabel("", self)
        self.error_label.setObjectName("Problem")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        outer.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        # every tab's name in view: no scroll arrows hiding the last tabs, in any language
        self.setMinimumWidth(max(680, self.tabs.tabBar().sizeHint().width() + 2 * 22 + 8))
        self._update_save()

    def _checked_tabs(self) -> tuple[Any, ...]:
        return (self.business_tab, self.tiers_tab, self.sending_tab, self.backups_tab)

    def _update_save(self) -> None:
        """Save only once everything is loaded, in a window that may write, with no refused value."""
        self.save_button.setEnabled(self._loaded is not None and not self._ctx.read_only and not self._saving
                                    and not self.problem())
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(not self._saving)

    def _use_theme(self, choice: str) -> None:
        app = QApplication.instance()
        if self._ui_settings is not None and isinstance(app, QApplication):
            ThemeController.of(app).set_choice(choice)

    def _track(self, op: Operation) -> Operation:
        self._pending = [o for o in self._pending if not o.done] + [op]
        return op

    def _start_reanalysis(self) -> Operation:
        """Re-read every review with the new names. The callbacks capture only the
        app-level signals, not this dialog, which is usually gone by then."""
        analysis, signals = self._ctx.services.analysis, self._ctx.signals
        op = self._ctx.runner.run(
            lambda progress, cancel: analysis.analyze_pending(progress, cancel),
            label=self.tr("Re-reading your reviews with your dishes and staff"), write=True,
            on_success=lambda _count: signals.broadcast(TERMS_CHANGED),
            on_cancelled=lambda: signals.broadcast(TERMS_CHANGED))
        self.reanalysis_started.emit(op)
        return op

    # Slots ------------------------------------------------------------------

    def _on_settings_loaded(self, values: _Loaded) -> None:
        self._loaded = values
        self.business_tab.set_profile(values.profile)
        self.terms_editor.set_terms(values.terms)
        self.terms_editor.setEnabled(True)
        self.tiers_tab.set_rules(values.tiers)
        self.sending_tab.set_settings(values.sending)
        self.backups_tab.keep_spin.setValue(values.keep)
        for tab in self._checked_tabs():
            tab.setEnabled(True)
        self._update_save()
        self.loaded.emit()

    def _on_suggestions_loaded(self, suggestions: list[tuple[str, int]]) -> None:
        self.terms_editor.set_suggestions(suggestions)
        self.suggestions_loaded.emit()

    def _on_suggestions_failed(self, error: BaseException) -> None:
        self.terms_editor.set_suggestions([])  # suggestions are a help, not a reason to stop
        if not isinstance(error, UserError):
            self._ctx.runner.reporter.report(error, self.tr("Suggestions from your reviews"))
        self.suggestions_loaded.emit()

    def _on_backups_requested(self) -> None:
        from desktop.ui.dialogs.backups_dialog import BackupsDialog
        self._open_child(BackupsDialog(self._ctx, self))

    def _on_encryption_requested(self) -> None:
        from desktop.ui.dialogs.encryption_dialog import EncryptionDialog
        self._open_child(EncryptionDialog(self._ctx, self))

    def _open_child(self, dialog: QDialog) -> None:
        if self._child is not None:
            self._child.close()
        self._child = dialog
        dialog.finished.connect(lambda _r: self._on_child_finished(dialog))
        dialog.open()

    def _on_child_finished(self, dialog: QDialog) -> None:
        """The backup list may have changed how many are kept: show it, unless edited here."""
        if self._child is dialog:
            self._child = None
        dialog.deleteLater()
        if self._loaded is None or self.backups_tab.keep_spin.value() != self._loaded.keep:
            return
        backups = self._ctx.services.backups
        self._track(self._ctx.runner.run(lambda progress, cancel: backups.keep(), label=self.tr("Loading settings"),
                                         on_success=self._on_keep_reloaded))

    def _on_keep_reloaded(self, keep: int) -> None:
        if self._loaded is not None and self.backups_tab.keep_spin.value() == self._loaded.keep:
            self._loaded = replace(self._loaded, keep=keep)
            self.backups_tab.keep_spin.setValue(keep)

    def _on_settings_saved(self, result: tuple[bool, Changed | None]) -> None:
        terms_saved, tiers_changed = result
        self._saving = False
        self._update_save()
        if tiers_changed is not None:
            self._ctx.signals.broadcast(tiers_changed)
        if terms_saved:
            self._start_reanalysis()
        self.saved.emit()
        super().accept()

    def _on_save_failed(self, error: BaseException) -> None:
        self._saving = False
        self._update_save()
        if not isinstance(error, UserError):
            self._ctx.runner.reporter.report(error, self.tr("Settings"))
            return
        self.error_label.setText(str(error))
        self.error_label.show()
