"""File > Settings…: the business name and the phone region, kept in the
database (they belong to the café's data file, not to this computer).

Loads and saves through the operation runner; emits ``saved`` after a save.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.services import formats
from desktop.ui.context import UiContext

BUSINESS_NAME_KEY = "business_name"
"""Settings key of the business name (the demo data writes the same key)."""
NAME_MAX_CHARS = 120
DONT_ASK_KEY = "import/dont_ask_for_recognised"
"""QSettings (this computer): import recognised, clean files without the preview."""


def region_label(code: str) -> str:
    """"United Kingdom (GB)"; the bare code when Qt does not know the country."""
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return f"{QLocale.territoryToString(territory)} ({code})"


class SettingsDialog(QDialog):
    saved = Signal()
    loaded = Signal()

    def __init__(self, ctx: UiContext, ui_settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ui_settings = ui_settings
        self._setup_ui()
        settings = ctx.services.settings
        ctx.runner.run(lambda progress, cancel: (settings.get(BUSINESS_NAME_KEY) or "", settings.default_region()),
                       label=self.tr("Loading settings"), on_success=self._on_settings_loaded)

    def business_name(self) -> str:
        return self.name_edit.text().strip()

    def region(self) -> str:
        return str(self.region_combo.currentData() or "")

    def set_region(self, code: str) -> None:
        self.region_combo.setCurrentIndex(max(self.region_combo.findData(code or ""), 0))

    def accept(self) -> None:
        settings, name, region = self._ctx.services.settings, self.business_name(), self.region()

        def work(progress: Any, cancel: Any) -> None:
            settings.set(BUSINESS_NAME_KEY, name)
            settings.set_default_region(region or None)

        if self._ui_settings is not None:
            self._ui_settings.setValue(DONT_ASK_KEY, "false" if self.preview_check.isChecked() else "true")
        self.buttons.setEnabled(False)
        self._ctx.runner.run(work, label=self.tr("Saving settings"), write=True,
                             on_success=self._on_settings_saved, on_failure=self._on_save_failed)

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 14)
        layout.setSpacing(12)
        title = QLabel(self.tr("Your business"), self)
        title.setObjectName("DropTitle")
        layout.addWidget(title)
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
        layout.addLayout(form)
        note = QLabel(self.tr("Phone numbers in your files written without a country code (like 07700 900123) "
                              "are read as numbers of this country, so the same customer is recognised across "
                              "your till, your mailing list and your booking system."), self)
        note.setObjectName("Muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.preview_check = QCheckBox(self.tr("Always show the import preview, even for files Regulars "
                                               "recognises"), self)
        self.preview_check.setChecked(self._ui_settings is None or str(
            self._ui_settings.value(DONT_ASK_KEY, "false")).lower() != "true")
        self.preview_check.setVisible(self._ui_settings is not None)
        layout.addSpacing(6)
        layout.addWidget(self.preview_check)
        self.error_label = QLabel("", self)
        self.error_label.setObjectName("Problem")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _on_settings_loaded(self, values: tuple[str, str | None]) -> None:
        name, region = values
        if not self.name_edit.isModified():
            self.name_edit.setText(name)
        self.set_region(region or "")
        self.loaded.emit()

    def _on_settings_saved(self, _result: Any) -> None:
        self.buttons.setEnabled(True)
        self.saved.emit()
        super().accept()

    def _on_save_failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(error, UserError):
            self._ctx.runner.reporter.report(error, self.tr("Settings"))
            return
        self.error_label.setText(str(error))
        self.error_label.show()
