"""The "Shared server" tab of File > Settings: the address of a PostgreSQL
server that several laptops share, a "Test connection" button (the
connection is tried off the GUI thread, through the operation runner), and
what is saved: the address without its password, in this computer's
QSettings, used the next time Regulars starts.

GUI thread only; the test connection runs in a worker and answers here."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.core.errors import UserError
from desktop.services.server import SERVER_URL_EXAMPLE, ServerCheck, clean_server_url, test_connection
from desktop.ui.context import UiContext
from desktop.ui.ui_keys import SERVER_URL_KEY

SERVER_URL_MAX_CHARS = 500


class ServerSettings(QWidget):
    """Edits the shared server's address; ``save()`` writes it to QSettings."""

    tested = Signal(bool)  # the test connection answered: True when it connected

    def __init__(self, ctx: UiContext, ui_settings: QSettings | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ui_settings = ui_settings
        self._loaded = str(ui_settings.value(SERVER_URL_KEY, "") or "") if ui_settings is not None else ""
        self._setup_ui()

    def url(self) -> str:
        return self.url_edit.text().strip()

    def changed(self) -> bool:
        return self.url() != self._loaded

    def save(self) -> str:
        """Validate and store the address (its password left out) in QSettings;
        returns what was stored. UserError, storing nothing, for an address
        that is not a PostgreSQL server's."""
        cleaned, _had_password = clean_server_url(self.url())
        if self._ui_settings is not None and cleaned != self._loaded:
            self._ui_settings.setValue(SERVER_URL_KEY, cleaned)
            self._loaded = cleaned
        return cleaned

    def test(self) -> Any:
        """Try the address in the background; the result shows under the field."""
        url = self.url()
        if not url:
            self._show(self.tr("Type the server's address first."), problem=True)
            return None
        self.test_button.setEnabled(False)
        self._show(self.tr("Connecting…"), problem=False)
        return self._ctx.runner.run(lambda progress, cancel: test_connection(url),
                                    label=self.tr("Testing the connection"),
                                    on_success=self._on_test_succeeded, on_failure=self._on_test_failed)

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.setSpacing(10)
        intro = QLabel(self.tr("A group with several laptops can keep its data on one PostgreSQL server "
                               "that all of them open. Leave the address empty to keep your data in the "
                               "file on this computer."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.url_edit = QLineEdit(self._loaded, self)
        self.url_edit.setMaxLength(SERVER_URL_MAX_CHARS)
        self.url_edit.setPlaceholderText(SERVER_URL_EXAMPLE)
        self.url_edit.setAccessibleName(self.tr("Server address"))
        self.url_edit.textChanged.connect(self._on_url_edit_changed)
        row.addWidget(self.url_edit, 1)
        self.test_button = QPushButton(self.tr("Test connection"), self)
        self.test_button.clicked.connect(self.test)
        row.addWidget(self.test_button)
        layout.addLayout(row)
        self.result_label = QLabel("", self)
        self.result_label.setWordWrap(True)
        self.result_label.hide()
        layout.addWidget(self.result_label)
        note = QLabel(self.tr("The password is never saved: Regulars reads it from the PGPASSWORD "
                              "environment variable or the .pgpass file of this computer. The server "
                              "is used the next time Regulars starts; backups and encryption are then "
                              "the server's job."), self)
        note.setObjectName("Muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.restart_label = QLabel(self.tr("Regulars will open this the next time it starts."), self)
        self.restart_label.setObjectName("Muted")
        self.restart_label.hide()
        layout.addWidget(self.restart_label)
        layout.addStretch(1)

    def _show(self, text: str, problem: bool) -> None:
        self.result_label.setObjectName("Problem" if problem else "Muted")
        self.result_label.style().unpolish(self.result_label)
        self.result_label.style().polish(self.result_label)
        self.result_label.setText(text)
        self.result_label.show()

    def _on_url_edit_changed(self, _text: str) -> None:
        self.restart_label.setVisible(self.changed())
        self.result_label.hide()

    def _on_test_succeeded(self, check: ServerCheck) -> None:
        self.test_button.setEnabled(True)
        if check.revision is None:
            text = self.tr("Connected to %1 (%2). The database is empty: Regulars will set it up "
                           "at the next start.")
        else:
            text = self.tr("Connected to %1 (%2). Regulars' data is there.")
        self._show(text.replace("%1", check.where).replace("%2", check.version), problem=False)
        self.tested.emit(True)

    def _on_test_failed(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        if not isinstance(error, UserError):
            self._ctx.runner.reporter.report(error, self.tr("Test connection"))
        self._show(str(error), problem=True)
        self.tested.emit(False)
