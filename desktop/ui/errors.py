"""User errors versus bugs, as the owner sees them.

A ``UserError`` (a file we cannot read, a column we cannot map) is shown as is,
in the window's language when it carries a coded message.
Anything else is a bug: its traceback goes to the log file in the user data
folder and the owner sees a short apology that names that file.
"""
from __future__ import annotations

import logging
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.core.errors import UserError, error_message
from desktop.ui.messages_text import message_text

LOG_FILE_NAME = "regulars.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3

LOGGED_ATTR = "_regulars_logged"
log = logging.getLogger(__name__)


def mark_logged(error: BaseException) -> None:
    """Note that ``error``'s traceback is in the log, so it is written once."""
    try:
        setattr(error, LOGGED_ATTR, True)
    except AttributeError:  # some built-in exceptions refuse new attributes
        pass


def log_path() -> Path:
    """Where tracebacks go: ``regulars.log`` in the app's log folder (services.paths)."""
    from desktop.services.paths import log_dir

    return log_dir() / LOG_FILE_NAME


def setup_logging(path: Path | None = None) -> Path:
    """Send warnings and errors of the ``desktop`` package to a rotating log file."""
    path = path or log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger("desktop")
    if not any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        handler = RotatingFileHandler(path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
        root.setLevel(logging.INFO)
    return path


class ErrorReporter(QObject):
    """Shows failures to the owner (GUI thread). Dialogs are window-modal and
    non-blocking (``open()``), so tests and the event loop keep running."""

    user_error_shown = Signal(str)
    bug_shown = Signal(str)

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__()
        self.parent_widget = parent_widget
        self.show_dialogs = True
        self._dialogs: list[QMessageBox] = []

    def report(self, error: BaseException, context: str = "") -> None:
        if isinstance(error, UserError):
            self.show_user_error(message_text(error_message(error)), context)
        else:
            self.show_bug(error, context)

    def show_user_error(self, message: str, context: str = "") -> None:
        title = context or QCoreApplication.translate("ErrorReporter", "Something needs your attention")
        self.user_error_shown.emit(message)
        self._show(QMessageBox.Icon.Warning, title, message)

    def show_bug(self, error: BaseException, context: str = "") -> None:
        if not getattr(error, LOGGED_ATTR, False):
            text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
            log.error("unexpected error%s\n%s", f" in {context}" if context else "", text)
            mark_logged(error)
        message = QCoreApplication.translate("ErrorReporter", 
            "Sorry, something went wrong on our side. Your data has not been changed.\n\n"
            "The details were written to:\n{path}"
        ).format(path=log_path())
        self.bug_shown.emit(message)
        self._show(QMessageBox.Icon.Critical, QCoreApplication.translate("ErrorReporter", "Sorry, something went wrong"), message)

    def _show(self, icon: QMessageBox.Icon, title: str, message: str) -> None:
        if not self.show_dialogs or QApplication.instance() is None:
            return
        box = QMessageBox(icon, title, message, QMessageBox.StandardButton.Ok, self.parent_widget)
        box.setTextFormat(Qt.TextFormat.PlainText)  # messages quote file names and cells: data, not markup
        box.finished.connect(lambda _=0, b=box: self._forget(b))
        self._dialogs.append(box)
        box.open()

    def _forget(self, box: QMessageBox) -> None:
        if box in self._dialogs:
            self._dialogs.remove(box)
        box.deleteLater()
