"""File > Settings…: the business name and the phone region, kept in the
database (they belong to the café's data file, not to this computer), the
window's language and the import preview choice (this computer's QSettings),
on a second tab the owner's own dishes and staff names with suggestions
read from the reviews, and on a third the shared PostgreSQL server
(``server_settings``, this computer's QSettings).

Loads and saves through the operation runner; emits ``saved`` after a save.
When the names changed, the save is followed by a background re-analysis of
the reviews (a serialised write) that broadcasts ``data_changed`` when done.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.core.records import Changed
from desktop.services import formats
from desktop.ui.style import DARK, LIGHT, SYSTEM, ThemeController
from desktop.ui.ui_keys import DONT_ASK_KEY, THEME_KEY, UI_LANGUAGE_KEY, language_name, region_label, ui_languages
from desktop.ui.context import UiContext
from desktop.ui.dialogs.server_settings import ServerSettings
from desktop.ui.operation import Operation
from desktop.ui.widgets.terms_editor import TermsEditor

BUSINESS_NAME_KEY = "business_name"
"""Settings key of the business name (the demo data writes the same key)."""
NAME_MAX_CHARS = 120
TERMS_CHANGED = Changed(reviews=True, analysis=True)
"""Broadcast after the reviews were re-read with new dish or staff names."""


def same_terms(a: dict[str, list[str]], b: dict[str, list[str]]) -> bool:
    """Equal lists, ignoring order, case and spacing (the service normalises the same way)."""
    def norm(terms: dict[str, list[str]]) -> dict[str, set[str]]:
        return {kind: {" ".join(n.split()).lower() for n in names} for kind, names in terms.items()}
    return norm(a) == norm(b)


class SettingsDialog(QDialog):
    saved = Signal()
    loaded = Signal()
    suggestions_loaded = Signal()
    reanalysis_started = Signal(object)  # Operation, runs on after the dialog closed
    BUSINESS_TAB, TERMS_TAB, SERVER_TAB = 0, 1, 2

    def __init__(self, ctx: UiContext, ui_settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ui_settings = ui_settings
        self._loaded_terms: dict[str, list[str]] | None = None  # None until loaded: never save unseen lists
        self._pending: list[Operation] = []  # loads whose callbacks must not outlive the dialog
        self._setup_ui()
        settings, terms = ctx.services.settings, ctx.services.terms
        self._track(ctx.runner.run(
            lambda progress, cancel: (settings.get(BUSINESS_NAME_KEY) or "", settings.default_region(), terms.get()),
            label=self.tr("Loading settings"), on_success=self._on_settings_loaded))
        self._track(ctx.runner.run(lambda progress, cancel: terms.propose(),
                                   label=self.tr("Looking for names in your reviews"),
                                   on_success=self._on_suggestions_loaded, on_failure=self._on_suggestions_failed))

    def business_name(self) -> str:
        return self.name_edit.text().strip()

    def region(self) -> str:
        return str(self.region_combo.currentData() or "")

    def set_region(self, code: str) -> None:
        self.region_combo.setCurrentIndex(max(self.region_combo.findData(code or ""), 0))

    def ui_language(self) -> str:
        """The window language picked ("" = the computer's own)."""
        return str(self.language_combo.currentData() or "")

    def theme(self) -> str:
        """The Theme picked: SYSTEM, LIGHT or DARK (shown at once; kept on Save, undone on Cancel)."""
        return str(self.theme_combo.currentData() or SYSTEM)

    def terms_changed(self) -> bool:
        """True when the owner changed the dish or staff lists since they were loaded."""
        return self._loaded_terms is not None and not same_terms(self.terms_editor.terms(), self._loaded_terms)

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
        settings, name, region = self._ctx.services.settings, self.business_name(), self.region()
        terms_service = self._ctx.services.terms
        new_terms = self.terms_editor.terms() if self.terms_changed() else None

        def work(progress: Any, cancel: Any) -> bool:
            settings.set(BUSINESS_NAME_KEY, name)
            settings.set_default_region(region or None)
            if new_terms is None:
                return False
            for kind, names in new_terms.items():
                terms_service.set(kind, names)
            return True

        if self._ui_settings is not None:
            try:
                self.server_settings.save()  # this computer's choice: the address, never a password
            except UserError as exc:
                self.tabs.setCurrentIndex(self.SERVER_TAB)
                self.error_label.setText(str(exc))
                self.error_label.show()
                return
            self._ui_settings.setValue(DONT_ASK_KEY, "false" if self.preview_check.isChecked() else "true")
            self._ui_settings.setValue(UI_LANGUAGE_KEY, self.ui_language())
            self._ui_settings.setValue(THEME_KEY, self.theme())
            self._loaded_theme = self.theme()
        self.buttons.setEnabled(False)
        self._ctx.runner.run(work, label=self.tr("Saving settings"), write=True,
                             on_success=self._on_settings_saved, on_failure=self._on_save_failed)

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

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(620)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(22, 18, 22, 14)
        outer.setSpacing(12)
        self.tabs = QTabWidget(self)
        outer.addWidget(self.tabs, 1)
        business = QWidget(self.tabs)
        layout = QVBoxLayout(business)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.setSpacing(12)
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(NAME_MAX_CHARS)
        self.name_edit.setPlaceholderText(self.tr("e.g. The Corner Café"))
        form.addRow(self.tr("Business name"), self.name_edit)
        self.region_combo = QComboBox(self)
        self.region_combo.setEditable(False)
        self.region_combo.setMaxVisibleItems(16)
        self.region_combo.addItem(self.tr("Not set (numbers must start with +)"), "")
        for label, code in sorted((region_label(c), c) for c in formats.phone_regions()):
            self.region_combo.addItem(label, code)
        form.addRow(self.tr("Phone numbers are from"), self.region_combo)
        note = QLabel(self.tr("Phone numbers in your files written without a country code (like 07700 900123) "
                              "are read as numbers of this country, so the same customer is recognised across "
                              "your till, your mailing list and your booking system."), self)
        note.setObjectName("Muted")
        note.setWordWrap(True)
        form.addRow(note)
        # The window's language belongs to this computer (QSettings), not to the café's data.
        self.language_combo = QComboBox(self)
        self.language_combo.addItem(self.tr("Same as this computer"), "")
        for code in ui_languages():
            self.language_combo.addItem(language_name(code), code)
        chosen = str(self._ui_settings.value(UI_LANGUAGE_KEY, "") or "") if self._ui_settings is not None else ""
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(chosen), 0))
        self._loaded_language = self.ui_language()
        self.language_note = QLabel(self.tr("Regulars will speak this language the next time it starts."), self)
        self.language_note.setObjectName("Muted")
        self.language_note.setWordWrap(True)
        self.language_note.hide()
        self.language_combo.currentIndexChanged.connect(
            lambda _i: self.language_note.setVisible(self.ui_language() != self._loaded_language))
        self.theme_combo = QComboBox(self)
        for key, text in ((SYSTEM, self.tr("Same as this computer")), (LIGHT, self.tr("Light")), (DARK, self.tr("Dark"))):
            self.theme_combo.addItem(text, key)
        chosen = str(self._ui_settings.value(THEME_KEY, "") or "") if self._ui_settings is not None else ""
        self.theme_combo.setCurrentIndex(max(self.theme_combo.findData(chosen), 0))
        self._loaded_theme = self.theme()
        self.theme_combo.currentIndexChanged.connect(lambda _i: self._use_theme(self.theme()))
        if self._ui_settings is not None:
            form.addRow(self.tr("Language of the window"), self.language_combo)
            form.addRow(self.language_note)
            form.addRow(self.tr("Light or dark"), self.theme_combo)
        layout.addLayout(form)
        self.preview_check = QCheckBox(self.tr("Always show the import preview, even for files Regulars "
                                               "recognises"), self)
        self.preview_check.setChecked(self._ui_settings is None or str(
            self._ui_settings.value(DONT_ASK_KEY, "false")).lower() != "true")
        self.preview_check.setVisible(self._ui_settings is not None)
        layout.addSpacing(6)
        layout.addWidget(self.preview_check)
        layout.addStretch(1)
        self.tabs.addTab(business, self.tr("Your business"))
        names_page = QWidget(self.tabs)
        names_layout = QVBoxLayout(names_page)
        names_layout.setContentsMargins(14, 14, 14, 14)
        self.terms_editor = TermsEditor(names_page)
        self.terms_editor.setEnabled(False)  # until the lists are loaded
        self.terms_editor.set_suggestions(None)
        names_layout.addWidget(self.terms_editor)
        self.tabs.addTab(names_page, self.tr("Your dishes and staff"))
        self.server_settings = ServerSettings(self._ctx, self._ui_settings, self.tabs)
        if self._ui_settings is not None:  # the server is this computer's choice, kept in QSettings
            self.tabs.addTab(self.server_settings, self.tr("Shared server"))
        self.error_label = QLabel("", self)
        self.error_label.setObjectName("Problem")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        outer.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

    def _use_theme(self, choice: str) -> None:
        app = QApplication.instance()
        if self._ui_settings is not None and isinstance(app, QApplication):
            ThemeController.of(app).set_choice(choice)

    def _on_settings_loaded(self, values: tuple[str, str | None, dict[str, list[str]]]) -> None:
        name, region, terms = values
        if not self.name_edit.isModified():
            self.name_edit.setText(name)
        self.set_region(region or "")
        self._loaded_terms = terms
        self.terms_editor.set_terms(terms)
        self.terms_editor.setEnabled(True)
        self.loaded.emit()

    def _on_suggestions_loaded(self, suggestions: list[tuple[str, int]]) -> None:
        self.terms_editor.set_suggestions(suggestions)
        self.suggestions_loaded.emit()

    def _on_suggestions_failed(self, error: BaseException) -> None:
        self.terms_editor.set_suggestions([])  # suggestions are a help, not a reason to stop
        if not isinstance(error, UserError):
            self._ctx.runner.reporter.report(error, self.tr("Suggestions from your reviews"))
        self.suggestions_loaded.emit()

    def _on_settings_saved(self, terms_saved: Any) -> None:
        self.buttons.setEnabled(True)
        if terms_saved:
            self._loaded_terms = self.terms_editor.terms()
            self._start_reanalysis()
        self.saved.emit()
        super().accept()

    def _on_save_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(error, UserError):
            self._ctx.runner.reporter.report(error, self.tr("Settings"))
            return
        self.error_label.setText(str(error))
        self.error_label.show()
