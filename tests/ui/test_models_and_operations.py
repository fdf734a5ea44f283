"""Table models pass Qt's model tester; the operation helper reports on the GUI thread
and tells user errors from bugs."""
from __future__ import annotations

import logging
import threading
from datetime import datetime

import pandas as pd
import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt, QThread

from desktop.core.errors import Cancelled, UserError
from desktop.core.records import ImportBatchInfo
from desktop.ui.errors import ErrorReporter
from desktop.ui.models.batches_model import BatchesModel
from desktop.ui.models.columns import SORT_ROLE
from desktop.ui.models.reviews_model import ReviewsModel
from desktop.ui.operation import OperationRunner

WAIT_MS = 5_000


def reviews_frame() -> pd.DataFrame:
    return pd.DataFrame({
        "id": [1, 2, 3],
        "created_at": pd.to_datetime(["2026-01-05 10:00", "2026-03-01 12:30", None]),
        "source": ["google", "tripadvisor", "google"],
        "location": [None, "Main St", None],
        "author": ["Ana", None, "Ben"],
        "rating": [5.0, float("nan"), 2.0],
        "sentiment": [0.8, float("nan"), -0.6],
        "language": ["en", None, "en"],
        "title": [None, "Nice", None],
        "text": ["Lovely flat white " * 20, None, "Cold eggs"],
        "reply_text": ["Thanks!", None, None],
    })


@pytest.fixture
def runner(qtbot):
    reporter = ErrorReporter()
    reporter.show_dialogs = False
    runner = OperationRunner(reporter)
    yield runner
    runner.shutdown()


def test_reviews_model_passes_model_tester(qtmodeltester) -> None:
    model = ReviewsModel()
    model.set_frame(reviews_frame())
    qtmodeltester.check(model)
    model.set_frame(pd.DataFrame())
    qtmodeltester.check(model)


def test_reviews_model_shows_stars_tooltips_and_sorts_raw_values() -> None:
    model = ReviewsModel()
    model.set_frame(reviews_frame())
    rating, text, date = (model.column_index(k) for k in ("rating", "text", "created_at"))
    assert model.index(0, rating).data() == "★★★★★"
    assert model.index(1, rating).data() == ""  # no stars, not zero stars
    assert model.index(0, text).data().endswith("…")
    assert "Lovely flat white" in model.index(0, text).data(Qt.ItemDataRole.ToolTipRole)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(date, Qt.SortOrder.DescendingOrder)
    assert [proxy.index(r, 0).data() for r in range(3)] == ["1 Mar 2026", "5 Jan 2026", ""]
    proxy.sort(rating, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, rating).data() == "★★★★★"


def test_batches_model_passes_model_tester(qtmodeltester) -> None:
    model = BatchesModel()
    model.set_batches([
        ImportBatchInfo(1, "google.csv", "abc", "reviews", "outscraper", 10, 8, 2, 0, datetime(2026, 5, 1)),
        ImportBatchInfo(2, "guests.xlsx", "def", "customers", "square_customers", 5, 5, 0, 1,
                        datetime(2026, 5, 2), undone_at=datetime(2026, 5, 3), updated=3),
    ])
    qtmodeltester.check(model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert model.index(1, headers.index("Status")).data().startswith("Undone")
    assert model.index(1, headers.index("Updated")).data() == "3"


def test_operation_reports_success_and_progress_on_gui_thread(qtbot, runner: OperationRunner) -> None:
    gui_thread = QThread.currentThread()
    seen: dict[str, object] = {}

    def work(progress, cancel):
        seen["worker_thread"] = QThread.currentThread()
        progress(0.5, "half way")
        return 42

    def on_progress(fraction: float, message: str) -> None:
        seen["progress_thread"] = QThread.currentThread()
        seen["progress"] = (fraction, message)

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy, timeout=WAIT_MS):
        runner.run(work, label="answer", on_success=lambda r: seen.update(result=r, thread=QThread.currentThread()),
                   on_progress=on_progress)
    assert seen["result"] == 42
    assert seen["thread"] is gui_thread and seen["progress_thread"] is gui_thread
    assert seen["worker_thread"] is not gui_thread
    assert seen["progress"] == (0.5, "half way")


def test_user_error_gets_a_clear_message(qtbot, runner: OperationRunner) -> None:
    def work(progress, cancel):
        raise UserError("menu.csv: the file has no header row")

    with qtbot.waitSignal(runner.reporter.user_error_shown, timeout=WAIT_MS) as blocker:
        runner.run(work, label="Import")
    assert blocker.args == ["menu.csv: the file has no header row"]


def test_bug_is_logged_with_traceback_and_apologised_for(qtbot, runner: OperationRunner, caplog) -> None:
    def work(progress, cancel):
        raise ZeroDivisionError("boom")

    with caplog.at_level(logging.ERROR, logger="desktop"), \
            qtbot.waitSignal(runner.reporter.bug_shown, timeout=WAIT_MS) as blocker:
        runner.run(work, label="Import")
    assert "Sorry" in blocker.args[0] and "regulars.log" in blocker.args[0]
    assert any("ZeroDivisionError" in r.getMessage() or (r.exc_info and r.exc_info[0] is ZeroDivisionError)
               for r in caplog.records)


def test_cancel_token_reaches_the_worker(qtbot, runner: OperationRunner) -> None:
    started, outcome = threading.Event(), []

    def work(progress, cancel):
        started.set()
        while not cancel.cancelled:
            threading.Event().wait(0.01)
        raise Cancelled()

    op = runner.run(work, label="long", on_cancelled=lambda: outcome.append("cancelled"),
                    on_success=lambda r: outcome.append("success"))
    assert started.wait(WAIT_MS / 1000)
    op.cancel()
    qtbot.waitUntil(lambda: outcome == ["cancelled"], timeout=WAIT_MS)


def test_writes_are_serialised(qtbot, runner: OperationRunner) -> None:
    active, overlaps, lock = [0], [], threading.Lock()

    def write(progress, cancel):
        with lock:
            active[0] += 1
            overlaps.append(active[0])
        threading.Event().wait(0.02)
        with lock:
            active[0] -= 1

    done = []
    for _ in range(4):
        runner.run(write, label="write", write=True, on_success=lambda r: done.append(r))
    qtbot.waitUntil(lambda: len(done) == 4, timeout=WAIT_MS)
    assert max(overlaps) == 1


def test_shutdown_waits_for_running_work(qtbot) -> None:
    runner = OperationRunner(ErrorReporter())
    started, finished, queued = threading.Event(), threading.Event(), []

    def slow(progress, cancel):
        started.set()
        threading.Event().wait(0.2)
        finished.set()

    runner.run(slow, label="slow", write=True)
    runner.run(lambda progress, cancel: queued.append("ran"), label="queued", write=True)
    assert started.wait(WAIT_MS / 1000)
    runner.shutdown()
    assert finished.is_set()
    assert queued == []  # cancelled before it started: never ran


def test_many_signal_emits_do_not_wear_out_true(qtbot, runner: OperationRunner) -> None:
    """PySide6 6.12 drops a reference to True on every emit; the runner's
    progress path must survive an import that reports progress per row."""
    import sys

    before = sys.getrefcount(True)

    def chatty(progress, cancel):
        for i in range(20_000):
            progress(i / 20_000, "")
        return None

    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy, timeout=20_000):
        runner.run(chatty, label="chatty")
    assert sys.getrefcount(True) >= before - 100
