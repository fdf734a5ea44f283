"""Starting the GUI: QApplication, style, translations, logging, database, window.

``run_gui`` is what ``python -m desktop`` calls; ``create_application`` is
shared with tests and tools that need the styled application without a window."""
from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.errors import UserError
from desktop.core.version import app_version
from desktop.ui.errors import ErrorReporter, setup_logging
from desktop.ui.resources import TRANSLATIONS_DIR, icon
from desktop.ui.style import apply_style
from desktop.ui.ui_keys import SERVER_URL_KEY, THEME_KEY, UI_LANGUAGE_KEY, ui_languages

ORGANIZATION = "Regulars"
APPLICATION = "Regulars"
DESKTOP_FILE = "regulars"
"""The Linux menu entry's name (resources/packaging/linux/regulars.desktop, installed by the .deb)."""
log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The one QApplication, styled and translated (reuses an existing one)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(app_version())
    app.setDesktopFileName(DESKTOP_FILE)  # Wayland docks match the window to regulars.desktop
    app.setWindowIcon(icon("app"))
    chosen = chosen_locale(QSettings())
    if chosen is not None:  # dates and month names in the chosen language too
        QLocale.setDefault(chosen)
    install_translators(app, chosen)
    apply_style(app, str(QSettings().value(THEME_KEY, "") or ""))
    return app


def chosen_locale(settings: QSettings) -> QLocale | None:
    """The language the owner picked in Settings, or None for the computer's own."""
    code = str(settings.value(UI_LANGUAGE_KEY, "") or "")
    return QLocale(code) if code in ui_languages() else None


def install_translators(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Load Qt's own and our translations for ``locale`` when they exist. Ours
    fall back to English, whose file holds only the counted phrases ("1 new
    review", "2 new reviews"): the source texts say "%Ln new review(s)"."""
    locale = locale or QLocale.system()
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), ("regulars", str(TRANSLATIONS_DIR))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder) or (
                name == "regulars" and translator.load("regulars_en", folder)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def _install_excepthook(reporter: ErrorReporter) -> None:
    """An exception escaping a slot is a bug: log it and apologise, do not crash."""
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        reporter.report(error.with_traceback(tb))

    sys.excepthook = hook


def run_gui(db_path: str | None, startup_probe: bool = False) -> int:
    """Open the database (default one when ``db_path`` is None), show the window,
    run the event loop; returns the exit code.

    ``startup_probe``: print ``startup: N ms`` once the window is usable and quit
    (see ``desktop.ui.startup_probe``)."""
    from desktop.core.startup import mark

    mark("Qt imported")
    from desktop.ui.qt_imports import install_fast_feature_check

    install_fast_feature_check()  # before the heavy imports: PySide6 re-reads each module's source
    from desktop.services import Services
    from desktop.services.paths import default_db_path
    from desktop.services.security import ACCESS_AUTO
    from desktop.ui.dialogs.encryption_dialog import ask_passphrase
    from desktop.ui.main_window import MainWindow

    mark("app modules imported")
    app = create_application()
    setup_logging()
    mark("QApplication ready")
    server = "" if db_path else str(QSettings().value(SERVER_URL_KEY, "") or "")
    file_name = Path(str(db_path or default_db_path())).name
    try:
        # the writer when free, else read-only (another window has it open)
        services = Services.open(db_path or server or None, access=ACCESS_AUTO,
                                 ask=lambda wrong: ask_passphrase(file_name, wrong))
    except UserError as exc:
        if not server:
            QMessageBox.critical(None, QCoreApplication.translate("Application", "Cannot open the database"),
                                 str(exc))
            return 1
        # the shared server (from Settings) is out of reach: the owner still gets a window
        QMessageBox.warning(None, QCoreApplication.translate("Application", "Cannot reach the shared server"),
                            QCoreApplication.translate(
                                "Application", "%1\n\nRegulars opens the data file on this computer instead. "
                                "Check the address in File > Settings > Shared server, or leave it empty "
                                "to always use the file.").replace("%1", str(exc)))
        try:
            services = Services.open(None, access=ACCESS_AUTO, ask=lambda wrong: ask_passphrase(file_name, wrong))
        except UserError as exc2:
            QMessageBox.critical(None, QCoreApplication.translate("Application", "Cannot open the database"),
                                 str(exc2))
            return 1
    except Exception as exc:  # noqa: BLE001 - a bug, but the owner still needs a message
        ErrorReporter().show_bug(exc, "opening the database")
        QMessageBox.critical(None, QCoreApplication.translate("Application", "Cannot open the database"),
                             QCoreApplication.translate("Application", "Regulars could not open its database. "
                                                        "The details were written to the log file."))
        return 1
    mark("database open")
    db_name = Path(str(services.db_path or db_path or (server if services.on_server else "") or "")).name
    window = MainWindow(services, db_name=db_name, first_run=True)
    _install_excepthook(window.reporter)
    mark("window built")
    window.show()
    probe = None
    if startup_probe:
        from desktop.ui.startup_probe import StartupProbe

        probe = StartupProbe(window, window.runner, page=getattr(window, "stack", None) and window.stack.currentWidget())
    try:
        return app.exec()
    finally:
        window.shutdown()
        services.close()
