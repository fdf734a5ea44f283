"""File > Encryption…: encrypt the database with a passphrase, change it, or
store the data unencrypted again; and the passphrase prompt at start.

The passphrase goes from the text field to the service and nowhere else:
not to QSettings, not to the log (the fields are cleared once used).
Encrypting rewrites the whole file, so it runs as a serialised write.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.security import MIN_PASSPHRASE_LENGTH
from desktop.ui.context import UiContext
from desktop.ui.operation import Operation

translate = QCoreApplication.translate


def ask_passphrase(file_name: str, wrong: bool, parent: QWidget | None = None) -> str | None:
    """Ask for the passphrase of the encrypted ``file_name`` (modal, before the
    window opens); None when the owner cancels."""
    if wrong:
        text = translate("Passphrase", "That passphrase does not open “%1”. Capital letters count. "
                                       "Try again:").replace("%1", file_name)
    else:
        text = translate("Passphrase", "Your data in “%1” is encrypted. Type its passphrase:").replace("%1", file_name)
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(translate("Passphrase", "Regulars — passphrase"))
    dialog.setLabelText(text)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setOkButtonText(translate("Passphrase", "Open"))
    dialog.setMinimumWidth(420)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.textValue() or None


class EncryptionDialog(QDialog):
    """Non-blocking (``open()``); emits ``changed(encrypted)`` after a change."""

    changed = Signal(bool)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._op: Operation | None = None
        self._read_only = bool(getattr(ctx.services, "read_only", False))
        self._setup_ui()
        self._show_state()

    # Public -----------------------------------------------------------------

    def encrypt(self) -> Operation | None:
        """Encrypt with (or change to) the passphrase typed twice."""
        first, again = self.new_edit.text(), self.again_edit.text()
        if len(first) < MIN_PASSPHRASE_LENGTH:
            self._say(self.tr("Choose a passphrase of at least %1 characters.").replace("%1", str(MIN_PASSPHRASE_LENGTH)),
                      bad=True)
            return None
        if first != again:
            self._say(self.tr("The two passphrases are not the same."), bad=True)
            return None
        security = self._ctx.services.security
        self.new_edit.clear()
        self.again_edit.clear()
        return self._run(lambda progress, cancel: security.encrypt(first), self.tr("Encrypting your data"))

    def decrypt(self, confirm: bool = True) -> Operation | None:
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Store your data unencrypted?"),
                self.tr("Anyone who can open this computer's files will be able to read your reviews and "
                        "customers. Continue?"))
            if answer != QMessageBox.StandardButton.Yes:
                return None
        security = self._ctx.services.security
        return self._run(lambda progress, cancel: security.decrypt(), self.tr("Removing the encryption"))

    # UI ---------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Encryption"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        self.state_label = QLabel("", self)
        self.state_label.setWordWrap(True)
        self.state_label.setObjectName("DropTitle")
        layout.addWidget(self.state_label)
        self.explain_label = QLabel("", self)
        self.explain_label.setWordWrap(True)
        layout.addWidget(self.explain_label)
        form = QFormLayout()
        self.new_edit = QLineEdit(self)
        self.new_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.again_edit = QLineEdit(self)
        self.again_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("New passphrase"), self.new_edit)
        form.addRow(self.tr("The same again"), self.again_edit)
        layout.addLayout(form)
        warning = QLabel(self.tr("Write the passphrase down somewhere safe. Without it nobody can open your "
                                 "data, not even Regulars. Your backups are encrypted with it too."), self)
        warning.setWordWrap(True)
        warning.setObjectName("Problem")
        layout.addWidget(warning)
        self.message_label = QLabel("", self)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setWordWrap(True)
        layout.addWidget(self.message_label)
        buttons = QHBoxLayout()
        self.decrypt_button = QPushButton(self.tr("Remove the encryption…"), self)
        self.decrypt_button.clicked.connect(lambda: self.decrypt())
        buttons.addWidget(self.decrypt_button)
        buttons.addStretch(1)
        self.encrypt_button = QPushButton("", self)
        self.encrypt_button.setProperty("primary", True)
        self.encrypt_button.clicked.connect(self.encrypt)
        buttons.addWidget(self.encrypt_button)
        close_button = QPushButton(self.tr("Close"), self)
        close_button.clicked.connect(self.accept)
        buttons.addWidget(close_button)
        layout.addLayout(buttons)

    def _show_state(self) -> None:
        encrypted = bool(self._ctx.services.security.encrypted)
        if encrypted:
            self.state_label.setText(self.tr("Your data is encrypted"))
            self.explain_label.setText(self.tr("Regulars asks for the passphrase each time it opens. "
                                               "You can choose a new one here."))
            self.encrypt_button.setText(self.tr("Change the passphrase"))
        else:
            self.state_label.setText(self.tr("Your data is not encrypted"))
            self.explain_label.setText(self.tr("Anyone who can open this computer's files can read your reviews "
                                               "and customers. Encrypt them with a passphrase that only you know."))
            self.encrypt_button.setText(self.tr("Encrypt"))
        busy = self._op is not None and not self._op.done
        for widget in (self.new_edit, self.again_edit, self.encrypt_button):
            widget.setEnabled(not self._read_only and not busy)
        self.decrypt_button.setVisible(encrypted)
        self.decrypt_button.setEnabled(not self._read_only and not busy)
        if self._read_only:
            self._say(self.tr("This window is read-only: change the encryption in the window that has your "
                              "data open."))

    def _run(self, fn: Any, label: str) -> Operation:
        self._say(self.tr("Working… this rewrites the whole file and can take a minute."))
        self._op = self._ctx.runner.run(fn, label=label, write=True, on_success=self._on_done,
                                        on_failure=self._on_failed)
        self._show_state()
        return self._op

    def _on_done(self, _converted: Any) -> None:
        encrypted = bool(self._ctx.services.security.encrypted)
        self._op = None
        self._show_state()
        self._say(self.tr("Done: your data and its backups are encrypted.") if encrypted
                  else self.tr("Done: your data and its backups are stored unencrypted."))
        self.changed.emit(encrypted)

    def _on_failed(self, error: BaseException) -> None:
        self._op = None
        self._show_state()
        self._say(str(error), bad=True)
        self._ctx.runner.reporter.report(error, self.tr("Encryption"))

    def _say(self, text: str, bad: bool = False) -> None:
        self.message_label.setObjectName("Problem" if bad else "")
        self.message_label.setText(text)
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
