"""The one way the UI runs service calls in the background.

``OperationRunner.run(fn, ...)`` calls ``fn(progress, cancel)`` on a worker
thread and reports back on the GUI thread:

- ``on_progress(fraction, message)`` for every progress call (queued signal),
- ``on_success(result)`` when ``fn`` returns,
- ``on_cancelled()`` when ``fn`` raised ``Cancelled``,
- ``on_failure(exc)`` when it raised anything else; without ``on_failure`` the
  runner reports it itself: a ``UserError`` as a clear message, anything else
  as a bug (traceback to the log file, short apology naming the log path).

Writes (``write=True``) go through a pool with one thread, so they are
serialised; reads use a small pool of their own. ``shutdown()`` cancels
everything and waits for the workers (call it on close and in test fixtures).
Only plain values cross back to the GUI thread: whatever ``fn`` returns.

While any operation runs, the garbage collector makes no full passes (see
``desktop.services.bulkwork``): a full pass walks every object of the
process with the GIL held, and with the pages' data in memory (100,000
reviews) that froze the window for up to a second at a time while an import
ran. The young generations are still collected; the full passes come back
when the runner is idle.
"""
from __future__ import annotations

import contextlib
import logging
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from desktop.core.errors import Cancelled, UserError
from desktop.core.progress import CancelFlag, CancelToken, ProgressFn
from desktop.services.bulkwork import young_collections_only
from desktop.ui.errors import ErrorReporter, mark_logged

log = logging.getLogger(__name__)

Work = Callable[[ProgressFn, CancelToken], Any]
READ_THREADS = 2
"""Reads may overlap; two is plenty for one window and keeps SQLite calm."""


class Operation(QObject):
    """One background call. Lives in the GUI thread; the worker only emits its
    signals, so every slot below runs on the GUI thread (queued connections)."""

    progressed = Signal(float, str)
    finished = Signal()
    _worker_progressed = Signal(float, str)
    _worker_done = Signal(object, object)  # (result, exception or None)

    def __init__(self, label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.cancel_token = CancelFlag()
        self.done = False
        self.on_success: Callable[[Any], None] | None = None
        self.on_failure: Callable[[BaseException], None] | None = None
        self.on_cancelled: Callable[[], None] | None = None
        self._worker_progressed.connect(self._on_worker_progressed, Qt.ConnectionType.QueuedConnection)
        self._worker_done.connect(self._on_worker_done, Qt.ConnectionType.QueuedConnection)
        self._reporter: ErrorReporter | None = None
        # A plain callback, not a signal connection to a lambda that captures
        # this object: such cycles crash shiboken when the runner is freed.
        self._on_done: Callable[[Operation], None] | None = None

    def cancel(self) -> None:
        """Ask the work to stop at its next safe point (GUI thread)."""
        self.cancel_token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.cancel_token.cancelled

    @Slot(float, str)
    def _on_worker_progressed(self, fraction: float, message: str) -> None:
        if not self.done:
            self.progressed.emit(fraction, message)

    @Slot(object, object)
    def _on_worker_done(self, result: Any, error: BaseException | None) -> None:
        self.done = True
        try:
            if error is None:
                if self.on_success is not None:
                    self.on_success(result)
            elif isinstance(error, Cancelled):
                if self.on_cancelled is not None:
                    self.on_cancelled()
            elif self.on_failure is not None:
                self.on_failure(error)
            elif self._reporter is not None:
                self._reporter.report(error, self.label)
        except Exception as exc:  # a bug in a callback must not kill the event loop
            log.exception("callback of operation %r failed", self.label)
            if self._reporter is not None:
                self._reporter.report(exc, self.label)
        finally:
            self.finished.emit()
            if self._on_done is not None:
                self._on_done(self)


class _Job(QRunnable):
    """Runs on a pool thread; touches nothing but the operation's signals."""

    def __init__(self, op: Operation, fn: Work) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._op = op
        self._fn = fn

    def run(self) -> None:
        op = self._op
        if op.cancel_token.cancelled:
            op._worker_done.emit(None, Cancelled())
            return

        def progress(fraction: float, message: str = "") -> None:
            op._worker_progressed.emit(float(fraction), str(message))

        try:
            result = self._fn(progress, op.cancel_token)
        except BaseException as exc:  # noqa: BLE001 - reported on the GUI thread
            if not isinstance(exc, (Cancelled, UserError)):
                log.error("operation %r failed", op.label, exc_info=exc)
                mark_logged(exc)
            op._worker_done.emit(None, exc)
        else:
            op._worker_done.emit(result, None)


class OperationRunner(QObject):
    """Starts operations and keeps them alive until their callbacks ran."""

    busy_changed = Signal(bool)
    operation_started = Signal(object)  # Operation

    def __init__(self, reporter: ErrorReporter | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reporter = reporter or ErrorReporter()
        self._read_pool = QThreadPool(self)
        self._read_pool.setMaxThreadCount(READ_THREADS)
        self._write_pool = QThreadPool(self)
        self._write_pool.setMaxThreadCount(1)
        self._running: set[Operation] = set()
        self._closed = False
        self._no_full_gc = contextlib.ExitStack()  # entered while busy
        self.busy_changed.connect(self._on_busy_changed)

    def run(
        self,
        fn: Work,
        *,
        label: str,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        on_progress: Callable[[float, str], None] | None = None,
        write: bool = False,
    ) -> Operation:
        """Run ``fn(progress, cancel)`` in the background (call from the GUI thread).

        ``write=True`` queues it behind every other write. Returns the
        ``Operation``, whose ``cancel()`` asks the work to stop.
        """
        op = Operation(label, self)
        op.on_success, op.on_failure, op.on_cancelled = on_success, on_failure, on_cancelled
        op._reporter = self.reporter
        if on_progress is not None:
            op.progressed.connect(on_progress)
        if self._closed:
            op.cancel()
        was_busy = bool(self._running)
        self._running.add(op)
        op._on_done = self._on_operation_finished
        self.operation_started.emit(op)
        if not was_busy:
            self.busy_changed.emit(True)
        (self._write_pool if write else self._read_pool).start(_Job(op, fn))
        return op

    def is_busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every worker returned (their callbacks still need the event loop)."""
        ok_read = self._read_pool.waitForDone(msecs)
        ok_write = self._write_pool.waitForDone(msecs)
        return ok_read and ok_write

    def shutdown(self, msecs: int = 30_000) -> None:
        """Cancel everything, refuse new work and wait for the workers (GUI thread)."""
        self._closed = True
        for op in list(self._running):
            op.cancel()
            op.on_success = op.on_failure = op.on_cancelled = None
        # Queued jobs still start, see the cancelled token and report at once.
        self.wait(msecs)
        self._no_full_gc.close()  # their callbacks may never run now: give the collector back

    def _on_busy_changed(self, busy: bool) -> None:
        if busy:
            self._no_full_gc.enter_context(young_collections_only())
        else:
            self._no_full_gc.close()

    def _on_operation_finished(self, op: Operation) -> None:
        op._on_done = None
        self._running.discard(op)
        op.deleteLater()
        if not self._running:
            self.busy_changed.emit(False)
