"""The main window driven like a person would: open, drop a file, filter, cancel, undo."""
from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.core.records import ImportBatchInfo
from desktop.ui.dialogs.import_preview import ImportPreviewDialog
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import show_page

WAIT_MS = 10_000


def drop_files(window: MainWindow, paths: list[Path]) -> None:
    """Drag ``paths`` over the window and drop them, as a file manager would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    centre = window.rect().center()
    enter = QDragEnterEvent(centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(centre), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, drop)
    assert drop.isAccepted()


def drop_and_preview(qtbot, window: MainWindow, paths: list[Path]) -> ImportPreviewDialog:
    """Drop ``paths`` and wait until the import preview has read every file."""
    drop_files(window, paths)
    dialog = window.preview_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.is_ready, timeout=WAIT_MS)
    return dialog


def drop_and_import(qtbot, window: MainWindow, paths: list[Path]) -> None:
    """Drop ``paths`` and press "Import" in the preview, as an owner would."""
    dialog = drop_and_preview(qtbot, window, paths)
    assert dialog.import_button.isEnabled(), dialog.hint_label.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


def test_opens_on_empty_database(qtbot, window: MainWindow) -> None:
    assert window.windowTitle() == "Regulars — cafe.sqlite"
    assert window.current_page() == "overview"
    assert window.overview_page.is_empty_state()
    assert window.reviews_page.on_demand.stale and window.import_page.on_demand.stale  # they load when shown
    show_page(qtbot, window, "reviews")
    assert window.reviews_page.is_empty_state()
    assert window.reviews_page.drop_zone.isVisibleTo(window.reviews_page)
    show_page(qtbot, window, "import")
    assert window.import_page.model.rowCount() == 0
    assert window.import_page.empty_label.isVisibleTo(window.import_page)


def test_opens_on_seeded_database(qtbot, seeded_window: MainWindow) -> None:
    page = seeded_window.reviews_page
    show_page(qtbot, seeded_window, "reviews")
    assert not page.is_empty_state()
    assert page.model.rowCount() == 8
    assert page.total_card.value() == "8"
    assert page.trend_chart.points > 0
    assert page.unanswered_card.value() == "5"  # 3 of the 8 rows carry an owner reply
    # newest first, stars drawn as text
    first = page.proxy.index(0, page.model.column_index("rating")).data()
    assert set(first) <= {"★", "☆"} and len(first) == 5
    page.table.selectRow(0)
    assert "Guest r7" in page.detail.toPlainText()


def test_drop_csv_imports_and_shows_rows(qtbot, window: MainWindow, reviews_csv: Path) -> None:
    page = window.reviews_page
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        drop_and_import(qtbot, window, [reviews_csv])
        assert window.progress_bar.isVisible() and window.cancel_button.isVisible()
    qtbot.waitUntil(lambda: page.model.rowCount() == 8, timeout=WAIT_MS)
    assert not page.is_empty_state()
    summary = window.last_summary
    assert summary is not None and summary.isVisible()
    assert "8" in summary.headline()
    assert reviews_csv.name in summary.browser.toPlainText()
    assert not window.cancel_button.isVisible()
    summary.accept()
    show_page(qtbot, window, "import")
    qtbot.waitUntil(lambda: window.import_page.model.rowCount() == 1, timeout=WAIT_MS)


def test_dropping_the_same_file_twice_adds_nothing(qtbot, seeded_window: MainWindow, reviews_csv: Path) -> None:
    show_page(qtbot, seeded_window, "reviews")
    dialog = drop_and_preview(qtbot, seeded_window, [reviews_csv])
    assert dialog.state().preview.new == 0 and dialog.state().preview.duplicates == 8
    assert "8" in dialog.panel().counts_label.text() and "already there" in dialog.panel().counts_label.text()
    assert not dialog.import_button.isEnabled()
    assert "already in Regulars" in dialog.hint_label.text()
    dialog.reject()
    assert seeded_window.reviews_page.model.rowCount() == 8
    assert seeded_window.ctx.services.imports.list_batches()[0].inserted == 8


def test_unreadable_file_is_named_in_the_preview(qtbot, window: MainWindow, tmp_path: Path) -> None:
    junk = tmp_path / "takings.csv"
    junk.write_bytes(b"\x00\x01\x02 not a spreadsheet \xff\xfe")
    show_page(qtbot, window, "reviews")
    dialog = drop_and_preview(qtbot, window, [junk])
    text = dialog.panel().message_label.text()
    assert "takings.csv" in text and "binary" in text
    assert dialog.panel().message_label.isVisible()
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    assert window.last_summary is None
    assert window.reviews_page.is_empty_state()


def test_non_file_drops_are_refused(window: MainWindow) -> None:
    mime = QMimeData()
    mime.setText("just some text")
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert not enter.isAccepted()


def test_filter_text_narrows_rows(qtbot, seeded_window: MainWindow) -> None:
    page = seeded_window.reviews_page
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        qtbot.keyClicks(page.filter_bar.search_edit, "croissant")
    assert page.model.rowCount() == 1
    assert "croissant" in page.model.row_data(0)["text"].lower()
    assert page.total_card.value() == "1"
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.filter_bar.search_edit.clear()
    assert page.model.rowCount() == 8


def test_rating_filter_narrows_rows(qtbot, seeded_window: MainWindow) -> None:
    page = seeded_window.reviews_page
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.filter_bar.min_combo.setCurrentIndex(page.filter_bar.min_combo.findData(5))
    assert page.model.rowCount() == 3
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.filter_bar.search_edit.setText("no such words anywhere")
    assert page.model.rowCount() == 0
    assert not page.is_empty_state()  # a filter that matches nothing is not "no reviews yet"
    assert page.no_match_label.isVisibleTo(page)


def test_cancel_before_the_import_runs_writes_nothing(qtbot, window: MainWindow, reviews_csv: Path) -> None:
    # Hold the single write worker so the import waits in the queue, then cancel it.
    release = threading.Event()
    window.runner.run(lambda progress, cancel: release.wait(WAIT_MS / 1000), label="blocker", write=True)
    cancelled = []
    op = window.start_import([str(reviews_csv)])
    assert op is not None
    op.on_cancelled = lambda inner=op.on_cancelled: (cancelled.append(True), inner())
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert not window.cancel_button.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: bool(cancelled) and not window.runner.is_busy(), timeout=WAIT_MS)
    assert "cancelled" in window.statusBar().currentMessage().lower()
    assert window.last_summary is None
    assert window.ctx.services.reviews.summary(window.reviews_page.filter_bar.current_filter()).total == 0
    assert window.import_operation is None and not window.progress_bar.isVisible()


def test_undo_batch_removes_rows(qtbot, seeded_window: MainWindow, monkeypatch) -> None:
    page, imports = seeded_window.reviews_page, seeded_window.import_page
    show_page(qtbot, seeded_window, "import")
    assert imports.model.rowCount() == 1
    asked: list[ImportBatchInfo] = []
    monkeypatch.setattr(imports, "confirm_undo", lambda batch: asked.append(batch) or True)
    button = imports.undo_button(0)
    assert button is not None and button.isEnabled()
    with qtbot.waitSignal(imports.loaded, timeout=WAIT_MS):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].inserted == 8
    assert page.on_demand.stale  # the hidden Reviews page reads again only when shown
    show_page(qtbot, seeded_window, "reviews")
    assert page.model.rowCount() == 0
    assert page.is_empty_state()
    qtbot.waitUntil(lambda: imports.model.batch(0) is not None and imports.model.batch(0).undone_at is not None,
                    timeout=WAIT_MS)
    assert not imports.undo_button(0).isEnabled()


def test_geometry_is_remembered(qtbot, window: MainWindow) -> None:
    window.resize(1100, 700)
    window.show_page("import")
    window.close()
    assert window.settings.value("window/geometry") is not None
    assert window.settings.value("window/page") == "import"


class _GatedImports:
    """The real import service, paused at its first progress report until the test says go."""

    def __init__(self, real) -> None:
        self.real, self.reached, self.go = real, threading.Event(), threading.Event()

    def import_files(self, paths, progress, cancel, **kwargs):
        def gated(fraction: float, message: str) -> None:
            progress(fraction, message)
            if not self.reached.is_set():
                self.reached.set()
                self.go.wait(WAIT_MS / 1000)
        return self.real.import_files(paths, gated, cancel, **kwargs)

    def __getattr__(self, name: str):
        return getattr(self.real, name)


def test_cancel_during_an_import_rolls_the_file_back(qtbot, window: MainWindow, reviews_csv: Path) -> None:
    services = window.ctx.services
    gate = _GatedImports(services.imports)
    services.imports = gate
    try:
        drop_and_import(qtbot, window, [reviews_csv])
        assert gate.reached.wait(WAIT_MS / 1000)
        qtbot.waitUntil(lambda: window.progress_bar.isVisible(), timeout=WAIT_MS)
        qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
        gate.go.set()
        qtbot.waitUntil(lambda: window.import_operation is None, timeout=WAIT_MS)
    finally:
        gate.go.set()
        services.imports = gate.real
    assert "cancelled" in window.statusBar().currentMessage().lower()
    assert services.reviews.summary(window.reviews_page.filter_bar.current_filter()).total == 0
    assert services.imports.list_batches() == []


def test_a_failing_load_is_reported_not_swallowed(qtbot, window: MainWindow, monkeypatch) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr(window.ctx.services.reviews, "list_reviews", broken)
    with qtbot.waitSignal(window.reporter.bug_shown, timeout=WAIT_MS):
        window.reviews_page.refresh()


def test_reviews_analysed_by_an_older_version_are_read_again_in_the_background(
        qtbot, seeded_services, tmp_path) -> None:
    """After an upgrade that improved the analysis, opening the window brings
    the stored results up to date without the owner asking, and the pages
    refresh; when nothing is due, nothing is written."""
    from sqlalchemy import text

    with seeded_services.db.session() as s:
        s.execute(text("UPDATE review_analysis SET engine_version = 'old'"))
    assert seeded_services.analysis.pending_count() == 8
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(seeded_services, settings=settings)
    window.reporter.show_dialogs = False
    changes = []
    window.signals.data_changed.connect(changes.append)
    op = window.analysis_operation
    assert op is not None
    qtbot.waitUntil(lambda: window.analysis_operation is None, timeout=10_000)
    assert seeded_services.analysis.pending_count() == 0
    assert changes and changes[-1].analysis and changes[-1].reviews
    assert "8 reviews were read again" in window.statusBar().currentMessage()
    # nothing due: the next window's check writes nothing and says nothing
    window2 = MainWindow(seeded_services, settings=settings)
    window2.reporter.show_dialogs = False
    quiet = []
    window2.signals.data_changed.connect(quiet.append)
    qtbot.waitUntil(lambda: window2.analysis_operation is None, timeout=10_000)
    assert quiet == []
    for w in (window, window2):
        w.shutdown()
        w.deleteLater()


def test_a_failed_background_update_says_so_quietly_and_keeps_the_results(qtbot, seeded_services, tmp_path,
                                                                          monkeypatch) -> None:
    """No error dialog at start-up for a best-effort refresh (say another
    Regulars holds the database): a status-bar line, the log, and the stored
    results stay."""
    from desktop.core.errors import UserError

    def locked(*_args, **_kwargs):
        raise UserError("database is locked")

    monkeypatch.setattr(seeded_services.analysis, "pending_count", locked)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(seeded_services, settings=settings)
    window.reporter.show_dialogs = False
    shown = []
    window.reporter.user_error_shown.connect(shown.append)
    window.reporter.bug_shown.connect(shown.append)
    qtbot.waitUntil(lambda: window.analysis_operation is None, timeout=10_000)
    assert shown == []
    assert "could not be updated" in window.statusBar().currentMessage()
    window.shutdown()
    window.deleteLater()
