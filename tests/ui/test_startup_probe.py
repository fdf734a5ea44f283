"""``--startup-probe``: the window opens, one line ``startup: N ms`` is
printed, the app exits 0; and the process-age clock behind it is honest."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.core import startup
from desktop.ui.startup_probe import PROBE_TIMEOUT_MS, SETTLE_MS, StartupProbe, startup_line

ROOT = Path(__file__).resolve().parents[2]
LINE = re.compile(r"^startup: (\d+) ms$")


def isolated_env(home: Path) -> dict[str, str]:
    """An environment whose settings, data and log folders are inside ``home``."""
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / "config"), "XDG_DATA_HOME": str(home / "data"),
            "XDG_STATE_HOME": str(home / "state"), "XDG_CACHE_HOME": str(home / "cache")}


def test_the_probe_opens_the_window_prints_one_line_and_exits_0(tmp_path):
    """From the source tree, on an empty database (the first start of a new owner)."""
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-m", "desktop", "--db", str(tmp_path / "cafe.sqlite"),
                          "--startup-probe"], cwd=ROOT, env=isolated_env(tmp_path),
                         capture_output=True, text=True, timeout=120)
    wall_ms = (time.perf_counter() - started) * 1000
    assert out.returncode == 0, out.stderr
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 1 and LINE.match(lines[0]), out.stdout
    ms = int(LINE.match(lines[0]).group(1))
    assert 50 < ms < wall_ms  # counted from process creation, so less than the whole run
    assert (tmp_path / "cafe.sqlite").exists()  # the real start-up: the database was created


def test_startup_line_rounds_to_whole_milliseconds():
    assert startup_line(0.8124) == "startup: 812 ms"
    assert startup_line(1.2) == "startup: 1200 ms"
    assert SETTLE_MS < 50 and PROBE_TIMEOUT_MS >= 30_000


def test_process_age_counts_from_process_creation_on_this_os():
    age, origin = startup.process_age()
    if sys.platform.startswith("linux") or sys.platform == "win32":
        assert origin == "process creation"
    # at least as old as this module's first import, and not absurdly old for a test run
    assert age >= time.perf_counter() - startup._IMPORTED_MONO - 0.011
    assert age < 3600


def test_process_age_of_a_fresh_process_includes_the_interpreter_start():
    code = ("import time; t = time.perf_counter()\n"
            "from desktop.core import startup\n"
            "age, origin = startup.process_age()\n"
            "print(age, time.perf_counter() - t, origin)\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    age, since_first_line, *_ = out.stdout.split()
    assert float(age) > float(since_first_line)  # the interpreter had started before our first line


class _Page(QWidget):
    loaded = Signal()


def _window(qtbot):
    window = QWidget()
    window.resize(300, 200)
    qtbot.addWidget(window)
    return window


def test_the_probe_waits_for_the_page_in_front_not_for_background_work(qtbot):
    from desktop.ui.operation import OperationRunner

    window, page, lines, codes = _window(qtbot), _Page(), [], []
    runner = OperationRunner(parent=window)
    release = threading.Event()
    runner.run(lambda p, c: release.wait(10), label="a hidden page's report")
    probe = StartupProbe(window, runner, page=page, report=lines.append, quit=codes.append)
    window.show()
    qtbot.wait(100)
    assert lines == []  # painted, but the page has no data yet
    page.loaded.emit()
    qtbot.waitUntil(lambda: bool(lines), timeout=5000)
    assert LINE.match(lines[0]) and codes == [0] and probe.exit_code == 0 and runner.is_busy()
    release.set()
    runner.shutdown()


def test_without_a_page_signal_the_probe_waits_for_every_background_load(qtbot):
    from desktop.ui.operation import OperationRunner

    window, lines, codes = _window(qtbot), [], []
    runner = OperationRunner(parent=window)
    release = threading.Event()
    runner.run(lambda p, c: release.wait(10), label="loading")
    StartupProbe(window, runner, page=None, report=lines.append, quit=codes.append)
    window.show()
    qtbot.wait(150)
    assert lines == []
    release.set()
    qtbot.waitUntil(lambda: bool(lines), timeout=5000)
    assert LINE.match(lines[0]) and codes == [0]
    runner.shutdown()


def test_phases_are_printed_in_order_when_asked(tmp_path):
    env = {**isolated_env(tmp_path), "REGULARS_STARTUP_PHASES": "1"}
    out = subprocess.run([sys.executable, "-m", "desktop", "--db", str(tmp_path / "cafe.sqlite"),
                          "--startup-probe"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    ms = int(LINE.match(out.stdout.strip()).group(1))
    phases = [re.match(r"^\s+(\d+) ms  \(CPU\s+(\d+) ms\)  (.+)$", line) for line in out.stderr.splitlines()
              if "(CPU" in line]
    labels = [m.group(3) for m in phases]
    assert labels[:6] == ["interpreter started", "Qt imported", "app modules imported", "QApplication ready",
                          "database open", "window built"]
    assert labels[-1] == "all background loads done" and labels[-2].startswith("usable")
    times = [int(m.group(1)) for m in phases]
    assert times[:-1] == sorted(times[:-1]) and times[-2] == ms
