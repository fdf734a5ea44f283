"""``--startup-probe``: how long the owner waits for a usable window.

The probe watches the main window after ``show()`` and decides it is usable
when all of these hold at once:

- the window is on screen (its native window is exposed) and has painted,
- the background loads started while building it have finished (the Reviews
  page's list, trend and totals, the Insights page's report, the check for
  reviews that need analysing: all of them, even for pages not in front,
  because until then they compete with the page in front for the CPU),
- nothing more paints for :data:`SETTLE_MS` after that (the figure is taken
  when it became usable, not after this wait).

It then prints one line, ``startup: N ms``, counted from the operating system
creating the process (see ``desktop.core.startup``), and quits the event loop
with exit code 0. With ``REGULARS_STARTUP_PHASES=1`` it first prints, to
stderr, when each phase of the start ended (imports, QApplication, database,
window). If the window is not usable within :data:`PROBE_TIMEOUT_MS`
it prints ``startup: timed out after N ms`` and exits with code 1.

GUI thread only.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

import os
import sys

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


class StartupProbe(QObject):
    """Reports once, then quits the application. Keep a reference while it runs."""

    def __init__(self, window: QWidget, runner: OperationRunner,
                 report: Callable[[str], None] | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._report = report or self._print
        self._paints = 0
        self._candidate: tuple[int, float] | None = None  # (paint count, process age) when usable
        self._done = False
        self.exit_code: int | None = None
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

    def _usable(self) -> bool:
        handle = self._window.windowHandle()
        return (self._window.isVisible() and handle is not None and handle.isExposed()
                and self._paints > 0 and not self._runner.is_busy())

    def _consider(self) -> None:
        """Usable now? Remember when, then wait SETTLE_MS for anything still to paint."""
        if self._done or not self._usable():
            return
        if self._candidate is None or self._candidate[0] != self._paints:
            self._candidate = (self._paints, process_age()[0])
        self._settle.start()

    def _on_settled(self) -> None:
        if self._done:
            return
        if self._candidate is not None and self._candidate[0] == self._paints and self._usable():
            if os.environ.get(PHASES_ENV) == "1" and sys.stderr is not None:
                for label, age in marks() + [("usable", self._candidate[1])]:
                    print(f"  {round(age * 1000):6d} ms  {label}", file=sys.stderr)
            self._stop(startup_line(self._candidate[1]), 0)
        else:
            self._consider()

    def _on_runner_busy_changed(self, busy: bool) -> None:
        if busy:
            self._candidate = None
            self._settle.stop()
        else:
            QTimer.singleShot(0, self._consider)

    def _on_timeout(self) -> None:
        if not self._done:
            self._stop(f"startup: timed out after {round(process_age()[0] * 1000)} ms", 1)

    def _stop(self, line: str, code: int) -> None:
        self._done = True
        self.exit_code = code
        self._settle.stop()
        self._timeout.stop()
        self._report(line)
        app = QApplication.instance()
        if app is not None:
            app.exit(code)

    @staticmethod
    def _print(line: str) -> None:
        # The windowed Windows build has no stdout (sys.stdout is None): print then
        # writes nothing, and regulars-cli.exe is the one to run the probe with.
        print(line, flush=True)
