"""The main window's import flow: choosing files (Ctrl+I, the Overview's
welcome), dropping them on the window, the preview before anything is
written, the import itself in the background with progress and Cancel in the
status bar, and what the window does with its outcome.

``ImportFlow`` is a mixin of ``MainWindow`` (it uses the window's settings,
runner, signals, status bar widgets and pages, listed below); everything here
runs on the GUI thread, the import itself on the runner's write worker.
Its strings keep the "MainWindow" translation context they always had
(``translate("MainWindow", ...)``, as ``ui.menus`` does), so moving them here
changed no translation."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDropEvent
from PySide6.QtWidgets import QFileDialog, QLabel, QProgressBar, QPushButton

from desktop.core.errors import UserError, error_message
from desktop.core.records import Changed
from desktop.services import ImportOutcome
from desktop.ui.context import AppSignals, UiContext
from desktop.ui.dialogs.import_preview import ImportPlan, ImportPreviewDialog, accept_when_clean
from desktop.ui.errors import ErrorReporter
from desktop.ui.import_summary import ImportSummaryDialog, added_phrase, problem_text
from desktop.ui.messages_text import message_text
from desktop.ui.operation import Operation, OperationRunner
from desktop.ui.ui_keys import DONT_ASK_KEY

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from desktop.ui.pages.customers import CustomersPage
    from desktop.ui.pages.import_page import ImportPage
    from desktop.ui.pages.reviews import ReviewsPage

translate = QCoreApplication.translate
IMPORT_FILTER = QT_TRANSLATE_NOOP("MainWindow", "Exports (*.csv *.tsv *.txt *.xlsx *.xls *.json *.zip);;All files (*)")
EVERYTHING_CHANGED = Changed(reviews=True, customers=True, orders=True, analysis=True)


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


class ImportFlow:
    """Import by file chooser or drag and drop, previewed, then in the background.
    Mixed into ``MainWindow`` ahead of ``QMainWindow`` (its drag and drop
    handlers override the window's); GUI thread only."""

    # provided by MainWindow
    settings: QSettings
    ctx: UiContext
    runner: OperationRunner
    signals: AppSignals
    reporter: ErrorReporter
    read_only: bool
    import_operation: Operation | None
    preview_dialog: ImportPreviewDialog | None
    last_summary: ImportSummaryDialog | None
    status_label: QLabel
    progress_bar: QProgressBar
    cancel_button: QPushButton
    reviews_page: ReviewsPage
    import_page: ImportPage
    customers_page: CustomersPage

    if TYPE_CHECKING:
        def statusBar(self) -> QStatusBar: ...  # noqa: N802
        def show_page(self, key: str) -> None: ...
        def current_page(self) -> str: ...
        def _focus_after_dialog(self) -> None: ...

    def request_import(self, paths: list[str]) -> ImportPreviewDialog | None:
        """Preview ``paths`` before anything is written; importing starts when
        the owner accepts the preview (or at once, when they asked not to be
        asked for recognised formats and every file is clean)."""
        paths = [p for p in paths if p]
        if not paths:
            return None
        if self.read_only:
            self.statusBar().showMessage(translate("MainWindow", "This window is read-only: import in the window that "
                                                               "has your data open."), 8000)
            return None
        if self.import_operation is not None:
            self.statusBar().showMessage(translate("MainWindow", "An import is already running; please wait for it."),
                                         5000)
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
            self.status_label.setText(translate("MainWindow", "Reading %1…").replace("%1", Path(paths[0]).name))
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
            self.statusBar().showMessage(translate("MainWindow", "An import is already running; please wait for it."),
                                         5000)
            return None
        if len(paths) == 1:
            label = translate("MainWindow", "Importing %1…").replace("%1", Path(paths[0]).name)
        else:
            label = translate("MainWindow", "Importing %1 files…").replace("%1", str(len(paths)))
        imports, backups = self.ctx.services.imports, self.ctx.services.backups
        self.settings.setValue("import/last_dir", str(Path(paths[0]).parent))

        backing_up = translate("MainWindow", "Backing up your data first…")  # tr() here, on the GUI thread
        no_backup = translate("MainWindow", "Nothing was imported: Regulars could not back up your data first (%1).")

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
            label=translate("MainWindow", "Import"), write=True,
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

    def _set_drop_highlight(self, active: bool) -> None:
        for zone in (self.reviews_page.drop_zone, self.import_page.drop_zone, self.customers_page.drop_zone):
            zone.set_active(active)

    # Slots ------------------------------------------------------------------

    def _on_choose_files_triggered(self) -> None:
        start = str(self.settings.value("import/last_dir", str(Path.home())))
        paths, _ = QFileDialog.getOpenFileNames(self, translate("MainWindow", "Import files"), start,
                                                translate("MainWindow", IMPORT_FILTER))
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

    def _on_cancel_clicked(self) -> None:
        if self.import_operation is not None:
            self.import_operation.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(translate("MainWindow", "Cancelling…"))

    def _on_import_progressed(self, fraction: float, message: str) -> None:
        self.progress_bar.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        if message and self.cancel_button.isEnabled():
            self.status_label.setText(message)

    def _on_import_succeeded(self, outcome: Any) -> None:
        added = sum(r.inserted for r in outcome.results)
        phrase = added_phrase(outcome) or translate("MainWindow", "nothing new")
        if outcome.errors and not outcome.results:
            path, problem = outcome.errors[0]
            self.statusBar().showMessage(
                translate("MainWindow", "“%1” could not be imported: %2")
                .replace("%1", Path(path).name).replace("%2", problem_text(path, problem)), 8000)
        else:
            self.statusBar().showMessage(translate("MainWindow", "Import finished: %1").replace("%1", phrase), 8000)
        self.signals.broadcast(outcome.changed)
        if added and outcome.changed.reviews and self.current_page() != "import":
            self.show_page("reviews")
        self.last_summary = ImportSummaryDialog(outcome, self)
        # closed, it gives the focus back to what had it, perhaps the page that was loading then
        self.last_summary.finished.connect(lambda _result: QTimer.singleShot(0, self._focus_after_dialog))
        self.last_summary.open()

    def _on_import_cancelled(self) -> None:
        self.statusBar().showMessage(
            translate("MainWindow", "Import cancelled. The file being read when you pressed Cancel was not "
                                    "imported."), 8000)
        # Files finished before Cancel stay imported, so let every page look again.
        self.signals.broadcast(EVERYTHING_CHANGED)

    def _on_import_failed(self, error: BaseException) -> None:
        if isinstance(error, UserError):
            self.statusBar().showMessage(translate("MainWindow", "Import failed: %1")
                                         .replace("%1", message_text(error_message(error))), 8000)
        else:
            self.statusBar().showMessage(translate("MainWindow", "Import failed."), 8000)
        self.reporter.report(error, translate("MainWindow", "Import"))
        self.signals.broadcast(EVERYTHING_CHANGED)

    def _on_import_finished(self) -> None:
        self.import_operation = None
        self.status_label.clear()
        self.progress_bar.hide()
        self.cancel_button.hide()
