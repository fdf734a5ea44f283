"""The main window: sidebar navigation, pages, menu, toolbar, drag and drop
import with progress and Cancel in the status bar."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, QSize, Qt
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.core.records import Changed
from desktop.services import ImportOutcome
from desktop.services.overview import has_data
from desktop.services.settings import first_run_due
from desktop.ui.context import AppSignals, UiContext
from desktop.ui.dialogs.backups_dialog import BackupsDialog
from desktop.ui.dialogs.encryption_dialog import EncryptionDialog
from desktop.ui.dialogs.import_preview import (
    ImportPlan,
    ImportPreviewDialog,
    accept_when_clean,
)
from desktop.ui.dialogs.settings_dialog import SettingsDialog
from desktop.ui.errors import ErrorReporter
from desktop.ui.help import GuideDialog
from desktop.ui.import_summary import ImportSummaryDialog, added_phrase
from desktop.ui.operation import Operation, OperationRunner
from desktop.ui.pages.customers import CustomersPage
from desktop.ui.pages.import_page import ImportPage
from desktop.ui.pages.insights import InsightsPage
from desktop.ui.pages.messages import MessagesPage
from desktop.ui.navigation import open_demo_window, open_target
from desktop.ui.pages.overview import OverviewPage, Target
from desktop.ui.pages.reviews import ReviewsPage
from desktop.ui.menus import GO_SHORTCUTS, PAGE_NAMES, build_menus, shortcut_list
from desktop.ui.resources import ICONS_DIR, icon
from desktop.ui.style import when_theme_changes
from desktop.ui.welcome import WelcomeDialog
from desktop.ui.ui_keys import DONT_ASK_KEY, GEOMETRY_KEY, PAGE_KEY, STATE_KEY

SIDEBAR_WIDTH = 184
DEFAULT_SIZE = QSize(1280, 800)
LARGEST_FIRST_SIZE = QSize(1680, 1050)
FIRST_SIZE_SHARE = 0.85
"""On first start the window takes this share of the screen, between the two sizes."""
PAGES = ("overview", "reviews", "insights", "customers", "messages", "import")
IMPORT_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Exports (*.csv *.tsv *.txt *.xlsx *.xls *.json *.zip);;All files (*)")
EVERYTHING_CHANGED = Changed(reviews=True, customers=True, orders=True, analysis=True)
ANALYSIS_CHANGED = Changed(reviews=True, analysis=True)
log = logging.getLogger(__name__)


def combine_outcomes(outcomes: list[ImportOutcome]) -> ImportOutcome:
    """One outcome for several ``import_files`` calls (one per previewed file)."""
    changed = [o.changed for o in outcomes]
    return ImportOutcome(
        results=tuple(r for o in outcomes for r in o.results),
        errors=tuple(e for o in outcomes for e in o.errors),
        changed=Changed(reviews=any(c.reviews for c in changed), customers=any(c.customers for c in changed),
                        orders=any(c.orders for c in changed), analysis=any(c.analysis for c in changed),
                        batches=tuple(b for c in changed for b in c.batches)))


def local_files(mime: Any) -> list[str]:
    """The local file paths in a drag's mime data (URLs that are not files are ignored)."""
    if mime is None or not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


class MainWindow(QMainWindow):
    """The window. ``first_run``: offer the welcome on a new, empty database
    (the app passes True; tests leave it off unless they walk the first run)."""

    def __init__(self, services: Any, db_name: str = "", settings: QSettings | None = None,
                 parent: QWidget | None = None, first_run: bool = False) -> None:
        super().__init__(parent)
        self.settings = settings or QSettings()
        self.reporter = ErrorReporter(self)
        self.runner = OperationRunner(self.reporter, self)
        self.signals = AppSignals(self)
        self.ctx = UiContext(services, self.runner, self.signals)
        self.import_operation: Operation | None = None
        self.last_summary: ImportSummaryDialog | None = None
        self.preview_dialog: ImportPreviewDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.backups_dialog: BackupsDialog | None = None
        self.encryption_dialog: EncryptionDialog | None = None
        self.guide_dialog: GuideDialog | None = None
        self.welcome_dialog: WelcomeDialog | None = None
        self.read_only = bool(getattr(services, "read_only", False))
        self._db_name = db_name
        self._setup_ui()
        self._restore_state()
        self.signals.choose_files_requested.connect(self._on_choose_files_triggered)
        self.signals.import_requested.connect(self.request_import)
        self._load_pages()
        when_theme_changes(self._on_theme_changed)
        self.analysis_operation: Operation | None = None
        self.daily_backup()
        self.update_analysis()
        if first_run:
            self.check_first_run()

    # Public -----------------------------------------------------------------

    def _load_pages(self) -> None:
        """The page in front loads now; the others when the owner opens them
        (``pages.on_demand``): at start their work (the Insights report, the
        Messages drafts: seconds of CPU on a large database) would slow the
        first page the owner sees."""
        for page in (self.overview_page, self.reviews_page, self.customers_page, self.import_page,
                     self.insights_page, self.messages_page):
            page.on_demand.request()

    def daily_backup(self) -> Operation | None:
        """The start-up backup (at most one a day), in the background before
        anything else is written; a failure is told in the status bar."""
        if self.read_only:
            return None
        backups = self.ctx.services.backups

        def failed(error: BaseException) -> None:
            log.warning("the daily backup failed", exc_info=error)
            self.statusBar().showMessage(self.tr("Today's backup could not be made: %1").replace("%1", str(error)),
                                         15000)

        return self.runner.run(lambda progress, cancel: backups.daily(), label=self.tr("Backing up"),
                               write=True, on_failure=failed)

    def update_analysis(self) -> Operation | None:
        """Analyse, in the background, the reviews this version of Regulars has
        not analysed yet: after an upgrade that improved the analysis, or
        reviews added by the command line. Stored results are shown meanwhile;
        the pages refresh when it is done. Nothing is written when nothing is due."""
        if self.read_only:
            return None
        analysis = self.ctx.services.analysis

        def work(progress: Any, cancel: Any) -> int:
            if not analysis.pending_count():
                return 0
            return analysis.analyze_pending(progress, cancel)

        op = self.runner.run(work, label=self.tr("Updating the analysis of your reviews"), write=True,
                             on_success=self._on_analysis_updated, on_failure=self._on_analysis_update_failed)
        self._show_analysis_progress(op)
        self.analysis_operation = op
        op.finished.connect(lambda: setattr(self, "analysis_operation", None))
        return op

    def _show_analysis_progress(self, op: Operation) -> None:
        """A re-analysis in the background says how far it is in the status bar."""
        op.progressed.connect(lambda fraction, _message: self.statusBar().showMessage(
            self.tr("Reading your reviews again with the latest analysis… %1%")
            .replace("%1", str(int(max(0.0, min(1.0, fraction)) * 100)))))

    def request_import(self, paths: list[str]) -> ImportPreviewDialog | None:
        """Preview ``paths`` before anything is written; importing starts when
        the owner accepts the preview (or at once, when they asked not to be
        asked for recognised formats and every file is clean)."""
        paths = [p for p in paths if p]
        if not paths:
            return None
        if self.read_only:
            self.statusBar().showMessage(self.tr("This window is read-only: import in the window that has your "
                                                 "data open."), 8000)
            return None
        if self.import_operation is not None:
            self.statusBar().showMessage(self.tr("An import is already running; please wait for it."), 5000)
            return None
        if self.preview_dialog is not None:  # one preview at a time
            self.preview_dialog.raise_()
            return self.preview_dialog
        dont_ask = str(self.settings.value(DONT_ASK_KEY, "false")).lower() == "true"
        dialog = ImportPreviewDialog(self.ctx, paths, dont_ask=dont_ask, parent=self)
        # one preview at a time, so the slots find it in self.preview_dialog
        self.preview_dialog = dialog
        dialog.accepted.connect(self._on_preview_accepted)
        dialog.finished.connect(self._on_preview_finished)
        dialog.dont_ask_toggled.connect(self._on_preview_dont_ask_toggled)
        if dont_ask:
            self.status_label.setText(self.tr("Reading %1…").replace("%1", Path(paths[0]).name))
            dialog.ready.connect(self._on_preview_ready)
        else:
            dialog.open()
        return dialog

    def start_import(self, paths: list[str], plans: list[ImportPlan] | None = None) -> Operation | None:
        """Import ``paths`` in the background; progress and Cancel show in the
        status bar. With ``plans`` (from the preview) each file is read the way
        the owner confirmed; without, the files are read as recognised."""
        paths = [p for p in paths if p]
        if not paths:
            return None
        if self.import_operation is not None:
            self.statusBar().showMessage(self.tr("An import is already running; please wait for it."), 5000)
            return None
        if len(paths) == 1:
            label = self.tr("Importing %1…").replace("%1", Path(paths[0]).name)
        else:
            label = self.tr("Importing %1 files…").replace("%1", str(len(paths)))
        imports, backups = self.ctx.services.imports, self.ctx.services.backups
        self.settings.setValue("import/last_dir", str(Path(paths[0]).parent))

        backing_up = self.tr("Backing up your data first…")  # tr() here, on the GUI thread
        no_backup = self.tr("Nothing was imported: Regulars could not back up your data first (%1).")

        def work(progress: Any, cancel: Any) -> ImportOutcome:
            progress(0.0, backing_up)
            try:
                backups.before_import()
            except OSError as exc:  # a full disk: better no import than one without a way back
                raise UserError(no_backup.replace("%1", exc.strerror or str(exc))) from None
            if plans is None:
                return imports.import_files(list(paths), progress, cancel)
            outcomes, n = [], max(len(plans), 1)
            for i, plan in enumerate(plans):
                outcomes.append(imports.import_files(
                    [plan.path], lambda f, m, i=i: progress((i + f) / n, m), cancel, kind=plan.kind,
                    fmt=plan.fmt, skip_rejected=plan.skip_rejected, options=plan.options))
            return combine_outcomes(outcomes)

        op = self.runner.run(
            work,
            label=self.tr("Import"), write=True,
            on_success=self._on_import_succeeded, on_cancelled=self._on_import_cancelled,
            on_failure=self._on_import_failed, on_progress=self._on_import_progressed)
        op.finished.connect(self._on_import_finished)
        self.import_operation = op
        self.status_label.setText(label)
        self.progress_bar.setValue(0)
        for widget in (self.progress_bar, self.cancel_button):
            widget.show()
        self.cancel_button.setEnabled(True)
        return op

    def show_page(self, key: str) -> None:
        self.sidebar.setCurrentRow(PAGES.index(key))

    def open_target(self, target: Target) -> None:
        """Switch to the page a card leads to and select its item there (``ui.navigation``)."""
        open_target(self, target)

    def open_demo(self) -> bool:
        """Open the demo café in a window (and process) of its own."""
        ok = open_demo_window()
        self.statusBar().showMessage(self.tr("Opening the demo café in a new window…") if ok
                                     else self.tr("The demo café could not be opened."), 8000)
        return ok

    def current_page(self) -> str:
        return PAGES[self.stack.currentIndex()]

    def focus_search(self) -> bool:
        """Ctrl+F: put the cursor in this page's search box (False when the page has none)."""
        edits = {"reviews": self.reviews_page.filter_bar.search_edit, "customers": self.customers_page.search_edit}
        edit = edits.get(self.current_page())
        if edit is None or not edit.isVisible():
            self.statusBar().showMessage(self.tr("This page has no search box."), 3000)
            return False
        edit.setFocus()
        edit.selectAll()
        return True

    def refresh_current_page(self) -> None:
        """F5: read the current page's data again (in the background)."""
        page = self.stack.currentWidget()
        if self.current_page() == "messages":
            self.messages_page.refresh()
            self.messages_page.inbox.refresh()
        elif hasattr(page, "refresh"):
            page.refresh()

    def show_guide(self) -> GuideDialog:
        """F1: the short guide (modeless, one at a time)."""
        if self.guide_dialog is None:
            path = str(getattr(self.ctx.services, "db_path", "") or self._db_name)
            self.guide_dialog = GuideDialog(path, shortcut_list(self.actions), self)
        self.guide_dialog.show()
        self.guide_dialog.raise_()
        return self.guide_dialog

    def show_welcome(self) -> WelcomeDialog | None:
        """The first-run welcome (also from Help > Welcome…); None in a read-only window."""
        if self.read_only:
            return None
        if self.welcome_dialog is None:
            path = str(getattr(self.ctx.services, "db_path", "") or self._db_name)
            self.welcome_dialog = WelcomeDialog(self.ctx, self.settings, path, self)
            self.welcome_dialog.demo_requested.connect(self.open_demo)
            self.welcome_dialog.import_requested.connect(self._on_choose_files_triggered)
            self.welcome_dialog.finished_first_run.connect(
                lambda: self.signals.broadcast(Changed(customers=True)))
            self.welcome_dialog.finished.connect(self._on_welcome_finished)
        self.welcome_dialog.open()
        return self.welcome_dialog

    def check_first_run(self) -> Operation | None:
        """Show the welcome when this database is new and empty and its welcome
        was never completed or skipped (read in the background)."""
        if self.read_only:
            return None
        services = self.ctx.services
        return self.runner.run(lambda progress, cancel: first_run_due(services.settings, has_data(services)),
                               label=self.tr("Starting"),
                               on_success=lambda due: self.show_welcome() if due else None)

    def shutdown(self) -> None:
        """Stop background work and wait for it; safe to call twice."""
        self.runner.shutdown()

    # Drag and drop ----------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if local_files(event.mimeData()):
            event.acceptProposedAction()
            self._set_drop_highlight(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:  # noqa: N802
        if local_files(event.mimeData()):
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802
        self._set_drop_highlight(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        self._set_drop_highlight(False)
        paths = local_files(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.request_import(paths)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.setValue(STATE_KEY, self.saveState())
        self.settings.setValue(PAGE_KEY, self.current_page())
        self.shutdown()
        super().closeEvent(event)

    # UI ---------------------------------------------------------------------

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Regulars — %1").replace("%1", self._db_name) if self._db_name
                            else self.tr("Regulars"))
        if self.read_only:
            self.setWindowTitle(self.tr("%1 (read-only)").replace("%1", self.windowTitle()))
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self.setMinimumSize(980, 600)

        self.actions = build_menus(self, PAGES)
        self.import_action, self.settings_action = self.actions["import"], self.actions["settings"]
        self.backups_action, self.encryption_action = self.actions["backups"], self.actions["encryption"]

        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("MainToolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(18, 18))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.import_action)
        self.addToolBar(toolbar)

        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.read_only_banner = QLabel(self.tr("Open in another window: read-only. Importing and changes are "
                                               "off here; close the other window and open Regulars again to "
                                               "make changes."), central)
        self.read_only_banner.setObjectName("ReadOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        self.read_only_banner.setVisible(self.read_only)
        outer.addWidget(self.read_only_banner)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        outer.addLayout(row, 1)
        row.addWidget(self._build_sidebar(central))
        self.stack = QStackedWidget(central)
        self.reviews_page = ReviewsPage(self.ctx, self.stack)
        self.import_page = ImportPage(self.ctx, self.stack)
        self.insights_page = InsightsPage(self.ctx, self.stack)
        self.messages_page = MessagesPage(self.ctx, self.stack)
        self.customers_page = CustomersPage(self.ctx, self.stack)
        self.overview_page = OverviewPage(self.ctx, self.stack)
        self.overview_page.open_requested.connect(self.open_target)
        self.overview_page.import_requested.connect(self._on_choose_files_triggered)
        self.overview_page.demo_requested.connect(self.open_demo)
        for page in (self.overview_page, self.reviews_page, self.insights_page, self.customers_page,
                     self.messages_page, self.import_page):
            self.stack.addWidget(page)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)

        self.status_label = QLabel("", self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # shows file names
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setFixedWidth(220)
        self.progress_bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        self.statusBar().addWidget(self.status_label, 1)
        self.statusBar().addPermanentWidget(self.progress_bar)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.progress_bar.hide()
        self.cancel_button.hide()
        if self.read_only:
            self.import_action.setEnabled(False)
            self.setAcceptDrops(False)

    def _build_sidebar(self, parent: QWidget) -> QWidget:
        frame = QFrame(parent)
        frame.setObjectName("SidebarFrame")
        frame.setFixedWidth(SIDEBAR_WIDTH)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        brand = QLabel(frame)
        brand.setObjectName("Brand")
        brand.setText(f"<img src='{ICONS_DIR / 'app.svg'}' width='26' height='26' style='vertical-align:middle'>"
                      f"&nbsp;&nbsp;{self.tr('Regulars')}")
        layout.addWidget(brand)
        self.sidebar = QListWidget(frame)
        self.sidebar.setObjectName("Sidebar")
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sidebar.setAccessibleName(self.tr("Pages"))
        for i, key in enumerate(PAGES):
            item = QListWidgetItem(icon(key), self.tr(PAGE_NAMES[i]), self.sidebar)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(self.tr("%1 (%2)").replace("%1", self.tr(PAGE_NAMES[i]))
                            .replace("%2", QKeySequence(GO_SHORTCUTS[i]).toString(
                                QKeySequence.SequenceFormat.NativeText)))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr(PAGE_NAMES[i]))
        layout.addWidget(self.sidebar, 1)
        return frame

    def _restore_state(self) -> None:
        geometry = self.settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self._fit_to_screen()
        state = self.settings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)
        page = str(self.settings.value(PAGE_KEY, "overview"))
        self.show_page(page if page in PAGES else "overview")

    def _fit_to_screen(self) -> None:
        """First start: the default size, shrunk to fit small laptop screens."""
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is None:
            self.resize(DEFAULT_SIZE)
            return
        share = QSize(int(screen.width() * FIRST_SIZE_SHARE), int(screen.height() * FIRST_SIZE_SHARE))
        size = share.expandedTo(DEFAULT_SIZE).boundedTo(LARGEST_FIRST_SIZE)
        size = size.boundedTo(QSize(int(screen.width() * 0.96), int(screen.height() * 0.92)))
        self.resize(size)
        self.move(screen.center() - self.rect().center())

    def _set_drop_highlight(self, active: bool) -> None:
        for zone in (self.reviews_page.drop_zone, self.import_page.drop_zone, self.customers_page.drop_zone):
            zone.set_active(active)

    # Slots ------------------------------------------------------------------

    def _on_choose_files_triggered(self) -> None:
        start = str(self.settings.value("import/last_dir", str(Path.home())))
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import files"), start, self.tr(IMPORT_FILTER))
        if paths:
            self.request_import(paths)

    def _on_preview_ready(self) -> None:
        if self.preview_dialog is not None:
            self.status_label.clear()
            accept_when_clean(self.preview_dialog)

    def _on_preview_accepted(self) -> None:
        if self.preview_dialog is not None:
            plans = self.preview_dialog.plans()
            self.start_import([p.path for p in plans], plans)

    def _on_preview_finished(self) -> None:
        dialog, self.preview_dialog = self.preview_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    def _on_preview_dont_ask_toggled(self, on: bool) -> None:
        self.settings.setValue(DONT_ASK_KEY, "true" if on else "false")

    def _on_settings_triggered(self) -> None:
        if self.settings_dialog is None:
            self.settings_dialog = SettingsDialog(self.ctx, self.settings, self)
            self.settings_dialog.finished.connect(self._on_settings_finished)
            self.settings_dialog.saved.connect(
                lambda: self.statusBar().showMessage(self.tr("Settings saved."), 4000))
            self.settings_dialog.reanalysis_started.connect(self._show_analysis_progress)
        self.settings_dialog.open()

    def _on_backups_triggered(self) -> None:
        if self.backups_dialog is None:
            self.backups_dialog = BackupsDialog(self.ctx, self)
            self.backups_dialog.finished.connect(self._on_backups_finished)
            self.backups_dialog.restored.connect(
                lambda: self.statusBar().showMessage(self.tr("Backup restored."), 8000))
        self.backups_dialog.open()

    def _on_backups_finished(self) -> None:
        if self.backups_dialog is not None:
            self.backups_dialog.deleteLater()
            self.backups_dialog = None

    def _on_encryption_triggered(self) -> None:
        if self.encryption_dialog is None:
            self.encryption_dialog = EncryptionDialog(self.ctx, self)
            self.encryption_dialog.finished.connect(self._on_encryption_finished)
        self.encryption_dialog.open()

    def _on_encryption_finished(self) -> None:
        if self.encryption_dialog is not None:
            self.encryption_dialog.deleteLater()
            self.encryption_dialog = None

    def _on_welcome_finished(self) -> None:
        if self.welcome_dialog is not None:
            self.welcome_dialog.deleteLater()
            self.welcome_dialog = None

    def _on_settings_finished(self) -> None:
        if self.settings_dialog is not None:
            self.settings_dialog.deleteLater()
            self.settings_dialog = None

    def _on_theme_changed(self, _dark: bool) -> None:
        """Light <-> dark: the stylesheet already switched; charts and rich text draw again."""
        self._load_pages()

    def _on_cancel_clicked(self) -> None:
        if self.import_operation is not None:
            self.import_operation.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("Cancelling…"))

    def _on_import_progressed(self, fraction: float, message: str) -> None:
        self.progress_bar.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        if message and self.cancel_button.isEnabled():
            self.status_label.setText(message)

    def _on_analysis_update_failed(self, error: BaseException) -> None:
        """Best effort: the stored results stay on screen and the next start
        (or import) tries again, so no dialog at start-up; the log keeps why."""
        log.warning("updating the stored analysis failed", exc_info=error)
        self.statusBar().showMessage(
            self.tr("The analysis of your reviews could not be updated now; Regulars will try again next time."),
            10000)

    def _on_analysis_updated(self, count: int) -> None:
        if count:
            self.statusBar().showMessage(self.tr("%Ln review(s) read again with the latest analysis.", "", count), 8000)
            self.signals.broadcast(ANALYSIS_CHANGED)

    def _on_import_succeeded(self, outcome: Any) -> None:
        added = sum(r.inserted for r in outcome.results)
        phrase = added_phrase(outcome) or self.tr("nothing new")
        self.statusBar().showMessage(self.tr("Import finished: %1").replace("%1", phrase), 8000)
        self.signals.broadcast(outcome.changed)
        if added and outcome.changed.reviews and self.current_page() != "import":
            self.show_page("reviews")
        self.last_summary = ImportSummaryDialog(outcome, self)
        self.last_summary.open()

    def _on_import_cancelled(self) -> None:
        self.statusBar().showMessage(
            self.tr("Import cancelled. The file being read when you pressed Cancel was not imported."), 8000)
        # Files finished before Cancel stay imported, so let every page look again.
        self.signals.broadcast(EVERYTHING_CHANGED)

    def _on_import_failed(self, error: BaseException) -> None:
        self.statusBar().showMessage(self.tr("Import failed."), 8000)
        self.reporter.report(error, self.tr("Import"))
        self.signals.broadcast(EVERYTHING_CHANGED)

    def _on_import_finished(self) -> None:
        self.import_operation = None
        self.status_label.clear()
        self.progress_bar.hide()
        self.cancel_button.hide()

    def _on_about_triggered(self) -> None:
        QMessageBox.about(self, self.tr("About Regulars"), self.tr(
            "<h3>Regulars</h3><p>Understand your reviews and know your regulars.</p>"
            "<p>Everything stays on this computer: your files are read here and nothing is uploaded.</p>"))
