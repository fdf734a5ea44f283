"""``--startup-probe``: how long the owner waits for a usable window.

The probe watches the main window after ``show()`` and decides it is usable
when all of these hold at once:

- the window is on screen (its native window is exposed) and has painted;
- the page in front has its data: it emitted its ``loaded`` signal (the
  Reviews page: list, trend and totals), or, for a page without one, every
  background load started with the window has finished;
- nothing more paints for :data:`SETTLE_MS` (the figure is taken when it
  became usable, not after this wait).

Pages not in front do not load until they are shown (see
``desktop.ui.pages.on_demand``); background work started with the window
(the stored report, counts) goes on off the GUI thread; with
``REGULARS_STARTUP_PHASES=1`` the probe waits for it too and prints, to
stderr, when each phase of the start ended, "all background loads done"
last.

It then prints one line, ``startup: N ms``, counted from the operating system
creating the process (see ``desktop.core.startup``), and quits the event loop
with exit code 0. If the window is not usable within :data:`PROBE_TIMEOUT_MS`
it prints ``startup: timed out after N ms`` and exits with code 1.

GUI thread only.
"""
from __future__ import annotations

import os
import sys
from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.startup import PHASES_ENV, mark, marks, process_age
from desktop.ui.operation import OperationRunner

PROBE_TIMEOUT_MS = 60_000
"""Give up (exit code 1) when the window is not usable this long after it was shown."""
SETTLE_MS = 20
"""How long nothing may paint, once usable, before the probe believes it (about one
frame at 60 Hz). The figure reported is the moment it became usable, not this wait."""


def startup_line(age_seconds: float) -> str:
    """The probe's output: ``startup: N ms`` with N rounded to whole milliseconds."""
    return f"startup: {round(age_seconds * 1000)} ms"


def _loaded_signal(page: QWidget | None) -> SignalInstance | None:
    signal = getattr(page, "loaded", None)
    return signal if isinstance(signal, SignalInstance) else None


class StartupProbe(QObject):
    """Reports once, then quits the application. Keep a reference while it runs.

    ``page`` is the page in front when the window opens (None: wait for every
    background load instead). ``report`` receives the line (default: stdout)
    and ``quit`` the exit code (default: leave the application's event loop)."""

    def __init__(self, window: QWidget, runner: OperationRunner, page: QWidget | None = None,
                 report: Callable[[str], None] | None = None,
                 quit: Callable[[int], None] | None = None) -> None:  # noqa: A002
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._report = report or self._print
        self._quit = quit or self._exit_application
        self._phases = os.environ.get(PHASES_ENV) == "1"
        self._paints = 0
        self._page_loaded = False
        self._candidate: tuple[int, float] | None = None  # (paint count, process age) when usable
        self._usable_at: float | None = None
        self._done = False
        self.exit_code: int | None = None
        loaded = _loaded_signal(page)
        self._waits_for_page = loaded is not None
        if loaded is not None:
            loaded.connect(self._on_page_loaded)
        window.installEventFilter(self)
        runner.busy_changed.connect(self._on_runner_busy_changed)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._on_settled)
        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(self._on_timeout)
        self._timeout.start(PROBE_TIMEOUT_MS)
        QTimer.singleShot(0, self._consider)

    # Qt ---------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._window and event.type() == QEvent.Type.Paint:
            if not self._paints:
                mark("window painted (its data may still be loading)")
            self._paints += 1
            QTimer.singleShot(0, self._consider)  # runs once this paint is done
        return False

    # Internals --------------------------------------------------------------

    def _data_ready(self) -> bool:
        return self._page_loaded if self._waits_for_page else not self._runner.is_busy()

    def _usable(self) -> bool:
        handle = self._window.windowHandle()
        return (self._window.isVisible() and handle is not None and handle.isExposed()
                and self._paints > 0 and self._data_ready())

    def _consider(self) -> None:
        """Usable now? Remember when, then wait SETTLE_MS for anything still to paint."""
        if self._done or self._usable_at is not None or not self._usable():
            return
        if self._candidate is None or self._candidate[0] != self._paints:
            self._candidate = (self._paints, process_age()[0])
        self._settle.start()

    def _on_settled(self) -> None:
        if self._done or self._usable_at is not None:
            return
        if self._candidate is not None and self._candidate[0] == self._paints and self._usable():
            self._usable_at = self._candidate[1]
            mark("usable: the page in front shows its data" if self._waits_for_page else "usable",
                 self._usable_at)
            self._finish_when_due()
        else:
            self._consider()

    def _finish_when_due(self) -> None:
        """Report now, or (phases asked for) once the background loads are done too."""
        if self._usable_at is None or self._done:
            return
        if self._phases and self._runner.is_busy():
            return  # _on_runner_busy_changed calls again
        if self._phases and sys.stderr is not None:
            if self._waits_for_page:
                mark("all background loads done")
            for label, age, cpu in marks():
                print(f"  {round(age * 1000):6d} ms  (CPU {round(cpu * 1000):5d} ms)  {label}",
                      file=sys.stderr, flush=True)
        self._stop(startup_line(self._usable_at), 0)

    def _on_page_loaded(self) -> None:
        self._page_loaded = True
        QTimer.singleShot(0, self._consider)

    def _on_runner_busy_changed(self, busy: bool) -> None:
        if busy:
            if not self._waits_for_page:
                self._candidate = None
                self._settle.stop()
        else:
            QTimer.singleShot(0, self._consider)
            QTimer.singleShot(0, self._finish_when_due)

    def _on_timeout(self) -> None:
        if not self._done:
            self._stop(f"startup: timed out after {round(process_age()[0] * 1000)} ms", 1)

    def _stop(self, line: str, code: int) -> None:
        self._done = True
        self.exit_code = code
        self._settle.stop()
        self._timeout.stop()
        self._report(line)
        self._quit(code)

    @staticmethod
    def _exit_application(code: int) -> None:
        app = QApplication.instance()
        if app is not None:
            app.exit(code)

    @staticmethod
    def _print(line: str) -> None:
        # The windowed Windows build has no stdout (sys.stdout is None): print then
        # writes nothing, and regulars-cli.exe is the one to run the probe with.
        print(line, flush=True)
