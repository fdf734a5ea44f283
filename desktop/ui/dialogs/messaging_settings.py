"""Sending settings: the frequency cap, quiet hours, the hold-out, how you
sign, the language messages use when a customer's is unknown, and your own
mail server for sending (optional; the password is never stored, it is
asked when you send). Kept in the database with the café's data. Loads
and saves through the operation runner; emits ``saved``."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.messaging.model import LANGUAGES
from desktop.messaging.smtp import SECURITY, SmtpSettings
from desktop.ui.dialogs.settings_dialog import language_name


class MessagingSettingsDialog(QDialog):
    saved = Signal()
    loaded = Signal()

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._settings: Any = None
        self._setup_ui()
        messaging = ctx.services.messaging
        ctx.runner.run(lambda progress, cancel: messaging.settings(), label=self.tr("Loading settings"),
                       on_success=self._on_loaded)

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Sending settings"))
        self.setMinimumWidth(560)
        outer = QVBoxLayout(self)
        rules = QGroupBox(self.tr("Respecting your customers"), self)
        form = QFormLayout(rules)
        self.cap_spin = QSpinBox(rules)
        self.cap_spin.setRange(1, 365)
        self.cap_spin.setSuffix(self.tr(" days"))
        form.addRow(self.tr("At most one message per customer every"), self.cap_spin)
        self.quiet_start = QTimeEdit(rules)
        self.quiet_end = QTimeEdit(rules)
        for edit in (self.quiet_start, self.quiet_end):
            edit.setDisplayFormat("HH:mm")
        form.addRow(self.tr("Quiet hours from"), self.quiet_start)
        form.addRow(self.tr("until"), self.quiet_end)
        self.holdout_spin = QSpinBox(rules)
        self.holdout_spin.setRange(0, 50)
        self.holdout_spin.setSuffix(" %")
        form.addRow(self.tr("Hold out, to measure each campaign"), self.holdout_spin)
        note = QLabel(self.tr("Customers who did not come back after three messages in a row are written to "
                              "four times less often."), rules)
        note.setObjectName("Muted")
        note.setWordWrap(True)
        form.addRow(note)
        outer.addWidget(rules)
        words = QGroupBox(self.tr("Your messages"), self)
        form = QFormLayout(words)
        self.signature_edit = QLineEdit(words)
        self.signature_edit.setPlaceholderText(self.tr("e.g. Ana and the team at Café Aurora"))
        form.addRow(self.tr("Sign as"), self.signature_edit)
        self.language_combo = QComboBox(words)
        for code in LANGUAGES:
            self.language_combo.addItem(language_name(code), code)
        form.addRow(self.tr("When a customer's language is unknown, write in"), self.language_combo)
        outer.addWidget(words)
        smtp = QGroupBox(self.tr("Sending from your own mail account (optional)"), self)
        form = QFormLayout(smtp)
        self.host_edit = QLineEdit(smtp)
        self.host_edit.setPlaceholderText(self.tr("e.g. smtp.example.com; empty: export only"))
        self.port_spin = QSpinBox(smtp)
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(587)
        self.security_combo = QComboBox(smtp)
        for code, label in zip(SECURITY, (self.tr("STARTTLS (port 587)"), self.tr("TLS (port 465)"),
                                          self.tr("None (only a server on this computer)"))):
            self.security_combo.addItem(label, code)
        self.user_edit = QLineEdit(smtp)
        self.sender_edit = QLineEdit(smtp)
        self.sender_edit.setPlaceholderText(self.tr("e.g. hello@yourcafe.com"))
        form.addRow(self.tr("Mail server"), self.host_edit)
        form.addRow(self.tr("Port"), self.port_spin)
        form.addRow(self.tr("Security"), self.security_combo)
        form.addRow(self.tr("User name"), self.user_edit)
        form.addRow(self.tr("From address"), self.sender_edit)
        password = QLabel(self.tr("Your password is never stored: Regulars asks for it each time you send."), smtp)
        password.setObjectName("Muted")
        password.setWordWrap(True)
        form.addRow(password)
        outer.addWidget(smtp)
        self.problem_label = QLabel("", self)
        self.problem_label.setObjectName("Problem")
        self.problem_label.setWordWrap(True)
        outer.addWidget(self.problem_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

    def _on_loaded(self, settings: Any) -> None:
        self._settings = settings
        self.cap_spin.setValue(settings.cap_days)
        self.quiet_start.setTime(QTime(settings.quiet_start.hour, settings.quiet_start.minute))
        self.quiet_end.setTime(QTime(settings.quiet_end.hour, settings.quiet_end.minute))
        self.holdout_spin.setValue(round(100 * settings.holdout_share))
        self.signature_edit.setText(settings.signature)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(settings.business_language), 0))
        if settings.smtp is not None:
            self.host_edit.setText(settings.smtp.host)
            self.port_spin.setValue(settings.smtp.port)
            self.security_combo.setCurrentIndex(max(self.security_combo.findData(settings.smtp.security), 0))
            self.user_edit.setText(settings.smtp.user)
            self.sender_edit.setText(settings.smtp.sender)
        self.loaded.emit()

    def values(self) -> Any:
        from datetime import time

        start, end = self.quiet_start.time(), self.quiet_end.time()
        host = self.host_edit.text().strip()
        smtp = SmtpSettings(host, self.port_spin.value(), str(self.security_combo.currentData()),
                            self.user_edit.text().strip(), self.sender_edit.text().strip()) if host else None
        return replace(self._settings, cap_days=self.cap_spin.value(), quiet_start=time(start.hour(), start.minute()),
                       quiet_end=time(end.hour(), end.minute()), holdout_share=self.holdout_spin.value() / 100,
                       signature=self.signature_edit.text().strip(),
                       business_language=str(self.language_combo.currentData()), smtp=smtp)

    def _on_save_clicked(self) -> None:
        if self._settings is None:
            return
        values, messaging = self.values(), self._ctx.services.messaging
        self._ctx.runner.run(lambda progress, cancel: messaging.save_settings(values), label=self.tr("Saving settings"),
                             write=True, on_success=self._on_saved, on_failure=self._on_failed)

    def _on_saved(self, _result: Any) -> None:
        self.saved.emit()
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self.problem_label.setText(str(error))
        else:
            self._ctx.runner.reporter.report(error, self.tr("Saving settings"))
