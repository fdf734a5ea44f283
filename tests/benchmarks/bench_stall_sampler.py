"""Who keeps the window waiting: the bench's stall step with a stack sampler.

Runs ``longest stall of the window while an import runs`` (desktop/ui/bench_steps.py)
on a work folder that ``python -m desktop bench`` filled (it needs ``app-large.sqlite``
and ``takeout/``), with a second heartbeat on the GUI thread and a sampler thread that,
whenever that heartbeat is late by more than ``LATE_MS``, records every other thread's
Python stack (``sys._current_frames()``) every ``SAMPLE_MS``. For each stall longer
than ``REPORT_MS`` it prints the most frequent stacks of the GUI thread and of the
others: the GUI thread idle in the event loop while another thread sits in one pandas
call is GIL contention.

    python tests/benchmarks/bench_stall_sampler.py WORK [--size small|large] [--watchdog]
                                                   [--switch-interval SECONDS]
    python tests/benchmarks/bench_stall_sampler.py - --idle 30   # the floor: an idle event loop

The sampler needs the lock itself, so it sees the other threads only once the holder
lets go. ``--watchdog`` adds a second view that does not: ``faulthandler``'s C watchdog,
re-armed at every heartbeat, dumps every thread's stack *during* a stall once the GUI
thread has missed its beat for ``WATCHDOG_MS`` (the threads that are not waiting are
the ones holding or wanting the lock).

A benchmark: prints figures, asserts nothing. Without a work folder it prints SKIPPED.
"""
from __future__ import annotations

import argparse
import collections
import faulthandler
import os
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

SAMPLE_MS = 10
"""Interval of the sampler while the GUI thread is late."""
LATE_MS = 30
"""The heartbeat is 'late' (a stall is under way) once its last tick is this old."""
REPORT_MS = 80
"""Stalls shorter than this are counted, not printed."""
STACK_DEPTH = 6
"""Innermost frames kept per stack."""
WATCHDOG_MS = 60
"""With ``--watchdog``: a GUI thread this late has every thread's stack dumped."""
IDLE_FRAMES = ("threading.py", "queue.py", "selectors.py", "workers.py\", line 90", "bench_steps.py")
"""Stacks whose innermost frame is one of these are threads waiting, not working."""


def _stack(frame) -> str:  # noqa: ANN001 - a frame object
    parts = traceback.extract_stack(frame)[-STACK_DEPTH:]
    return " <- ".join(f"{os.path.basename(x.filename)}:{x.lineno}:{x.name}" for x in reversed(parts))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("work", nargs="?")
    ap.add_argument("--size", default="small")
    ap.add_argument("--watchdog", action="store_true",
                    help="the faulthandler view only (the Python sampler competes for the lock itself)")
    ap.add_argument("--idle", type=float, metavar="SECONDS",
                    help="the floor instead: the longest heartbeat gap of an idle event loop (no window, no work)")
    ap.add_argument("--switch-interval", type=float,
                    help="sys.setswitchinterval for the run (seconds; Python's default 0.005)")
    args = ap.parse_args(argv)
    if args.idle:
        return _idle_floor(args.idle)
    if not args.work or not (Path(args.work) / "app-large.sqlite").exists():
        print("SKIPPED: give a work folder `python -m desktop bench --work DIR` filled (app-large.sqlite)")
        return 0
    from desktop.bench import steps  # noqa: F401 - registers the steps
    from desktop.bench.data import SIZES
    from desktop.ui import bench_steps

    app = bench_steps._app()  # noqa: F841 - the QApplication must live while the step runs
    from PySide6.QtCore import QTimer

    last = [time.perf_counter()]
    loop_start: list[float] = []  # the first tick: the event loop runs; the import starts 0.5 s later

    dump = tempfile.TemporaryFile("w+") if args.watchdog else None

    def beat() -> None:
        last[0] = time.perf_counter()
        if not loop_start:
            loop_start.append(last[0])
        if dump is not None:
            faulthandler.dump_traceback_later(WATCHDOG_MS / 1000, file=dump)

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(beat)
    timer.start()
    main_id = threading.get_ident()
    stalls: list[dict] = []
    done = threading.Event()

    def sample() -> None:
        current: dict | None = None
        me = threading.get_ident()
        while not done.is_set():
            time.sleep(SAMPLE_MS / 1000)
            now = time.perf_counter()
            if now - last[0] > LATE_MS / 1000:
                if current is None:
                    current = {"start": last[0], "main": collections.Counter(),
                               "other": collections.Counter(), "n": 0}
                current["n"] += 1
                for tid, frame in sys._current_frames().items():
                    if tid != me:
                        (current["main"] if tid == main_id else current["other"])[_stack(frame)] += 1
            elif current is not None:
                current["ms"] = (now - current["start"]) * 1000
                stalls.append(current)
                current = None

    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)
    sampler = threading.Thread(target=sample, daemon=True)
    if not args.watchdog:
        sampler.start()
    out = bench_steps.stall(Path(args.work), SIZES[args.size])
    done.set()
    if sampler.is_alive():
        sampler.join()
    if dump is not None:
        faulthandler.cancel_dump_traceback_later()
    print(f"step: {out}")
    begun = loop_start[0] + 0.5 if loop_start else 0.0
    stalls = [s for s in stalls if s["start"] >= begun]  # opening the window is another step's
    long = [s for s in stalls if s["ms"] > REPORT_MS]
    print(f"stalls over {LATE_MS} ms: {len(stalls)}; over {REPORT_MS} ms: {len(long)}")
    for s in sorted(long, key=lambda s: -s["ms"]):
        print(f"=== stall {s['ms']:.0f} ms, {s['n']} samples")
        for k, v in s["main"].most_common(2):
            print(f"  GUI   {v:3d} {k}")
        for k, v in s["other"].most_common(4):
            print(f"  other {v:3d} {k}")
    if dump is not None:
        dump.seek(0)
        _print_dumps(dump.read(), main_id)
    return 0


def _idle_floor(seconds: float) -> int:
    """The longest gap between the ticks of a ``HEARTBEAT_MS`` timer in an idle
    event loop: what the machine's own scheduling costs, with no GIL contention."""
    from desktop.ui import bench_steps

    app = bench_steps._app()  # noqa: F841 - the QApplication must live while the step runs
    from PySide6.QtCore import QElapsedTimer, QTimer

    clock, last, worst = QElapsedTimer(), [0], [0]
    clock.start()

    def beat() -> None:
        now = clock.elapsed()
        worst[0] = max(worst[0], now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(bench_steps.HEARTBEAT_MS)
    timer.timeout.connect(beat)
    timer.start()
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    print(f"idle event loop, {seconds:.0f} s: longest gap {worst[0]} ms (heartbeat {bench_steps.HEARTBEAT_MS} ms)")
    return 0


def _print_dumps(text: str, main_id: int) -> None:
    """The working threads' innermost frames, counted over every watchdog dump."""
    dumps = [d for d in text.split("Timeout (") if "Thread" in d]
    counted: collections.Counter = collections.Counter()
    gui: collections.Counter = collections.Counter()
    for d in dumps:
        for block in d.split("Thread 0x")[1:]:
            head, *frames = block.strip().splitlines()
            frames = [f.strip() for f in frames if f.strip().startswith("File")]
            stack = " <- ".join(f.replace('File "', "").split("/")[-1] for f in frames[:STACK_DEPTH])
            if int(head.split()[0], 16) == main_id:
                gui[stack] += 1  # in the event loop (app.exec) only, or in a Python slot of the window
            elif frames and not any(idle in frames[0] for idle in IDLE_FRAMES):
                counted[stack] += 1
    print(f"watchdog: {len(dumps)} dumps of a GUI thread late by {WATCHDOG_MS} ms; the GUI thread:")
    for stack, n in gui.most_common(6):
        print(f"  {n:3d} {stack}")
    print("working threads:")
    for stack, n in counted.most_common(12):
        print(f"  {n:3d} {stack}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
