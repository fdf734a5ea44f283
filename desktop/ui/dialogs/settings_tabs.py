"""The tabs of File > Settings that hold plain fields: your business (the
profile kept in the database), sending rules (frequency cap, quiet hours,
hold-out, signature), backups and encryption, and this computer's window
(language, theme, import preview).

Each tab shows a problem next to the field it is about and emits
``problem_changed`` when its validity changes; ``problem()`` is "" when the
tab can be saved. Tabs never load or save: ``SettingsDialog`` does, through
the operation runner. GUI thread only.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import time
from typing import Any

from PySide6.QtCore import QSettings, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.services import formats
from desktop.services.backups import KEEP_MAX, KEEP_MIN
from desktop.services.settings import (
    BUSINESS_LANGUAGES,
    CURRENCY_RE,
    MAX_CAP_DAYS,
    MAX_LOCATIONS,
    MIN_CAP_DAYS,
    NAME_MAX_CHARS,
    BusinessProfile,
    quiet_hours_problem,
)
from desktop.ui.style import DARK, LIGHT, SYSTEM
from desktop.ui.ui_keys import DONT_ASK_KEY, THEME_KEY, UI_LANGUAGE_KEY, language_name, region_label, ui_languages


def _muted(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("Muted")
    label.setWordWrap(True)
    return label


def _problem(parent: QWidget) -> QLabel:
    """A red line under a field, hidden while the field is fine."""
    label = QLabel("", parent)
    label.setObjectName("Problem")
    label.setWordWrap(True)
    label.hide()
    return label


def _show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class _Tab(QWidget):
    problem_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._problem = ""

    def problem(self) -> str:
        """"" when this tab can be saved, else the first problem shown on it."""
        return self._problem

    def _set_problem(self, text: str) -> None:
        if text != self._problem:
            self._problem = text
            self.problem_changed.emit()

    @staticmethod
    def _form(page: QWidget) -> tuple[QVBoxLayout, QFormLayout]:
        layout = QVBoxLayout(page)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.setSpacing(10)
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        layout.addLayout(form)
        return layout, form


class BusinessTab(_Tab):
    """Name, locations (one a line), currency, phone region and the language
    messages are written in when a customer's is unknown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout, form = self._form(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(NAME_MAX_CHARS)
        self.name_edit.setPlaceholderText(self.tr("e.g. The Corner Café"))
        form.addRow(self.tr("Business name"), self.name_edit)
        self.locations_edit = QPlainTextEdit(self)
        self.locations_edit.setPlaceholderText(self.tr("One a line, e.g.\nHigh Street\nStation Road"))
        self.locations_edit.setTabChangesFocus(True)
        self.locations_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        form.addRow(self.tr("Locations"), self.locations_edit)
        self.locations_problem = _problem(self)
        form.addRow(self.locations_problem)
        self.currency_edit = QLineEdit(self)
        self.currency_edit.setMaxLength(3)
        self.currency_edit.setPlaceholderText(self.tr("e.g. EUR"))
        self.currency_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("MMMMMM") + 24)
        form.addRow(self.tr("Currency"), self.currency_edit)
        self.currency_problem = _problem(self)
        form.addRow(self.currency_problem)
        self.region_combo = QComboBox(self)
        self.region_combo.setMaxVisibleItems(16)
        self.region_combo.addItem(self.tr("Not set (numbers must start with +)"), "")
        for label, code in sorted((region_label(c), c) for c in formats.phone_regions()):
            self.region_combo.addItem(label, code)
        form.addRow(self.tr("Phone numbers are from"), self.region_combo)
        form.addRow(_muted(self.tr("Phone numbers in your files written without a country code (like 07700 900123) "
                                   "are read as numbers of this country, so the same customer is recognised across "
                                   "your till, your mailing list and your booking system."), self))
        self.language_combo = QComboBox(self)
        for code in BUSINESS_LANGUAGES:
            self.language_combo.addItem(language_name(code), code)
        form.addRow(self.tr("Messages are written in"), self.language_combo)
        form.addRow(_muted(self.tr("…when a customer's or reviewer's own language is not known."), self))
        layout.addStretch(1)
        self.locations_edit.textChanged.connect(self._check)
        self.currency_edit.textEdited.connect(self._on_currency_edited)

    def set_profile(self, value: BusinessProfile) -> None:
        if not self.name_edit.isModified():
            self.name_edit.setText(value.name)
        self.locations_edit.setPlainText("\n".join(value.locations))
        self.currency_edit.setText(value.currency)
        self.set_region(value.region)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(value.language), 0))
        self._check()

    def profile(self) -> BusinessProfile:
        """The profile as shown (the service trims and de-duplicates on save)."""
        return BusinessProfile(name=self.name_edit.text().strip(), locations=tuple(self._locations()),
                               currency=self.currency_edit.text().strip().upper(), region=self.region(),
                               language=str(self.language_combo.currentData() or "en"))

    def region(self) -> str:
        return str(self.region_combo.currentData() or "")

    def set_region(self, code: str) -> None:
        self.region_combo.setCurrentIndex(max(self.region_combo.findData(code or ""), 0))

    def _locations(self) -> list[str]:
        return [x for x in (" ".join(line.split()) for line in self.locations_edit.toPlainText().splitlines()) if x]

    def _on_currency_edited(self, text: str) -> None:
        if text != text.upper():
            pos = self.currency_edit.cursorPosition()
            self.currency_edit.setText(text.upper())
            self.currency_edit.setCursorPosition(pos)
        self._check()

    def _check(self) -> None:
        currency = self.currency_edit.text().strip().upper()
        currency_text = "" if not currency or CURRENCY_RE.match(currency) else self.tr(
            "A currency is three letters, such as EUR, GBP or SEK (or leave it empty).")
        count = len({x.casefold() for x in self._locations()})
        locations_text = "" if count <= MAX_LOCATIONS else self.tr(
            "Regulars keeps at most %1 locations; there are %2.").replace("%1", str(MAX_LOCATIONS)).replace(
            "%2", str(count))
        _show(self.currency_problem, currency_text)
        _show(self.locations_problem, locations_text)
        self._set_problem(locations_text or currency_text)


class SendingTab(_Tab):
    """The frequency cap, quiet hours, hold-out and signature. The mail
    server stays in Messages > Sending settings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: Any = None  # services.messaging.MessagingSettings, once loaded
        layout, form = self._form(self)
        self.cap_spin = QSpinBox(self)
        self.cap_spin.setRange(0, MAX_CAP_DAYS)  # 0 is shown and refused with a reason, not silently bumped
        self.cap_spin.setSuffix(self.tr(" days"))
        form.addRow(self.tr("At most one message per customer every"), self.cap_spin)
        self.cap_problem = _problem(self)
        form.addRow(self.cap_problem)
        self.quiet_start = QTimeEdit(self)
        self.quiet_end = QTimeEdit(self)
        for edit in (self.quiet_start, self.quiet_end):
            edit.setDisplayFormat("HH:mm")
        form.addRow(self.tr("Quiet hours from"), self.quiet_start)
        form.addRow(self.tr("until"), self.quiet_end)
        self.quiet_problem = _problem(self)
        form.addRow(self.quiet_problem)
        form.addRow(_muted(self.tr("Nothing is sent in quiet hours. They may run overnight, such as 21:00 until "
                                   "09:00."), self))
        self.holdout_spin = QSpinBox(self)
        self.holdout_spin.setRange(0, 50)
        self.holdout_spin.setSuffix(" %")
        form.addRow(self.tr("Hold out, to measure each campaign"), self.holdout_spin)
        self.signature_edit = QLineEdit(self)
        self.signature_edit.setPlaceholderText(self.tr("e.g. Ana and the team at Café Aurora"))
        form.addRow(self.tr("Sign as"), self.signature_edit)
        form.addRow(_muted(self.tr("Customers who did not come back after three messages in a row are written to "
                                   "four times less often. Your own mail server is set on the Messages page, "
                                   "under Sending settings."), self))
        layout.addStretch(1)
        self.cap_spin.valueChanged.connect(self._check)
        self.quiet_start.timeChanged.connect(self._check)
        self.quiet_end.timeChanged.connect(self._check)

    def set_settings(self, settings: Any) -> None:
        self._loaded = settings
        self.cap_spin.setValue(settings.cap_days)
        self.quiet_start.setTime(QTime(settings.quiet_start.hour, settings.quiet_start.minute))
        self.quiet_end.setTime(QTime(settings.quiet_end.hour, settings.quiet_end.minute))
        self.holdout_spin.setValue(round(100 * settings.holdout_share))
        self.signature_edit.setText(settings.signature)
        self._check()

    def loaded(self) -> bool:
        return self._loaded is not None

    def settings(self, business_language: str) -> Any:
        """The loaded settings with this tab's values; the mail server is kept
        as stored, the business language comes from the business tab."""
        start, end = self.quiet_start.time(), self.quiet_end.time()
        return replace(self._loaded, cap_days=self.cap_spin.value(), quiet_start=time(start.hour(), start.minute()),
                       quiet_end=time(end.hour(), end.minute()), holdout_share=self.holdout_spin.value() / 100,
                       signature=self.signature_edit.text().strip(), business_language=business_language)

    def _check(self) -> None:
        cap_text = "" if self.cap_spin.value() >= MIN_CAP_DAYS else self.tr(
            "Leave at least one day between two messages to the same customer.")
        start, end = self.quiet_start.time(), self.quiet_end.time()
        quiet_text = self.tr("Quiet hours cannot start and end at the same time.") if quiet_hours_problem(
            time(start.hour(), start.minute()), time(end.hour(), end.minute())) else ""
        _show(self.cap_problem, cap_text)
        _show(self.quiet_problem, quiet_text)
        self._set_problem(cap_text or quiet_text)


class BackupsTab(_Tab):
    """How many backups of each kind to keep, and the buttons to the backup
    list and to encryption (disabled, with the reason, on a shared server)."""

    backups_requested = Signal()
    encryption_requested = Signal()

    def __init__(self, on_server: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout, form = self._form(self)
        self.keep_spin = QSpinBox(self)
        self.keep_spin.setRange(KEEP_MIN, KEEP_MAX)
        form.addRow(self.tr("Backups kept of each kind"), self.keep_spin)
        form.addRow(_muted(self.tr("Regulars makes a backup every day it opens, and before an import or an "
                                   "upgrade; the oldest beyond this number are removed."), self))
        self.backups_button = QPushButton(self.tr("See and restore backups…"), self)
        self.encryption_button = QPushButton(self.tr("Encryption…"), self)
        self.backups_button.clicked.connect(self.backups_requested)
        self.encryption_button.clicked.connect(self.encryption_requested)
        layout.addSpacing(6)
        for button in (self.backups_button, self.encryption_button):
            button.setEnabled(not on_server)
            layout.addWidget(button, 0)
        self.server_note = _muted(self.tr("Your data is on a shared server: back it up and protect it on the "
                                          "server (ask whoever runs it)."), self)
        self.server_note.setVisible(on_server)
        self.keep_spin.setEnabled(not on_server)
        layout.addWidget(self.server_note)
        layout.addStretch(1)


class WindowTab(_Tab):
    """This computer's choices (QSettings): the window's language, light or
    dark, and whether recognised files skip the import preview."""

    def __init__(self, ui_settings: QSettings | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout, form = self._form(self)

        def value(key: str, default: str) -> str:
            return str(ui_settings.value(key, default) or "") if ui_settings is not None else default

        self.language_combo = QComboBox(self)
        self.language_combo.addItem(self.tr("Same as this computer"), "")
        for code in ui_languages():
            self.language_combo.addItem(language_name(code), code)
        chosen = value(UI_LANGUAGE_KEY, "")
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(chosen), 0))
        self.loaded_language = self.ui_language()
        form.addRow(self.tr("Language of the window"), self.language_combo)
        self.language_note = _muted(self.tr("Regulars will speak this language the next time it starts."), self)
        self.language_note.hide()
        form.addRow(self.language_note)
        self.language_combo.currentIndexChanged.connect(
            lambda _i: self.language_note.setVisible(self.ui_language() != self.loaded_language))
        self.theme_combo = QComboBox(self)
        for key, text in ((SYSTEM, self.tr("Same as this computer")), (LIGHT, self.tr("Light")), (DARK, self.tr("Dark"))):
            self.theme_combo.addItem(text, key)
        chosen = value(THEME_KEY, "")
        self.theme_combo.setCurrentIndex(max(self.theme_combo.findData(chosen), 0))
        form.addRow(self.tr("Light or dark"), self.theme_combo)
        self.preview_check = QCheckBox(self.tr("Always show the import preview, even for files Regulars "
                                               "recognises"), self)
        self.preview_check.setChecked(value(DONT_ASK_KEY, "false").lower() != "true")
        layout.addSpacing(6)
        layout.addWidget(self.preview_check)
        layout.addWidget(_muted(self.tr("These choices belong to this computer; everything else in Settings is "
                                        "kept with your data."), self))
        layout.addStretch(1)

    def ui_language(self) -> str:
        return str(self.language_combo.currentData() or "")

    def theme(self) -> str:
        return str(self.theme_combo.currentData() or SYSTEM)

    def save(self, ui_settings: QSettings) -> None:
        ui_settings.setValue(DONT_ASK_KEY, "false" if self.preview_check.isChecked() else "true")
        ui_settings.setValue(UI_LANGUAGE_KEY, self.ui_language())
        ui_settings.setValue(THEME_KEY, self.theme())
