"""The longest GIL holds of the after-import customer refresh and the rating-drop report.

The window's GUI thread stalls when another thread of its process holds Python's global
lock in one long C call (a pandas constructor over a million rows). This runs each job
in a thread of its own while a watcher thread asks for the lock every ``TICK_MS``: a
wake-up late by more than ``LATE_MS`` means the job held the lock that long, and the
job's stack at that moment (the line of the call that just returned) is recorded. The
collector's full passes are off meanwhile, as in the window while work runs (bulkwork).

    python tests/benchmarks/bench_gil_holds.py DB [--job refresh|report|both]

DB: a database with reviews and orders (the bench's ``app-large.sqlite``); it is copied
first, so the refresh's writes never touch it. Prints the longest holds per job and
asserts nothing; without DB it prints SKIPPED.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

TICK_MS = 2
"""How often the watcher asks for the lock."""
LATE_MS = 30
"""A wake-up later than this is a hold worth recording."""
SHOWN = 8
"""Longest holds printed per job."""


def _where(frame) -> str:  # noqa: ANN001 - a frame object
    parts = traceback.extract_stack(frame)[-4:]
    return " <- ".join(f"{os.path.basename(x.filename)}:{x.lineno}:{x.name}" for x in reversed(parts))


def watch(job) -> tuple[float, list[tuple[float, str]]]:  # noqa: ANN001 - a callable
    """Run ``job()`` in a thread; seconds it took and the holds (ms, stack) seen."""
    holds: list[tuple[float, str]] = []
    done = threading.Event()
    worker = threading.Thread(target=lambda: (job(), done.set()), daemon=True)

    def watcher() -> None:
        prev = time.perf_counter()
        while not done.is_set():
            time.sleep(TICK_MS / 1000)
            now = time.perf_counter()
            late = (now - prev) * 1000 - TICK_MS
            if late > LATE_MS and worker.ident in sys._current_frames():
                holds.append((late, _where(sys._current_frames()[worker.ident])))
            prev = now

    w = threading.Thread(target=watcher, daemon=True)
    start = time.perf_counter()
    w.start()
    worker.start()
    worker.join()
    secs = time.perf_counter() - start
    done.set()
    w.join()
    return secs, holds


def _cold_report(db) -> object:  # noqa: ANN001 - a Database
    """The report computed as the window does after an import: the reviews read again, no
    report kept from before (neither in memory nor stored)."""
    from desktop.core.progress import no_progress
    from desktop.services.insights import InsightFilter, InsightsService

    return InsightsService(db)._compute(InsightFilter(), "en", no_progress, None)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", nargs="?")
    ap.add_argument("--job", default="both", choices=["refresh", "report", "both"])
    args = ap.parse_args(argv)
    if not args.db or not Path(args.db).exists():
        print("SKIPPED: give a database with reviews and orders (the bench's app-large.sqlite)")
        return 0
    from desktop.services import Services
    from desktop.services.bulkwork import young_collections_only
    from desktop.services.customer_refresh import refresh_customers

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "copy.sqlite"
        shutil.copyfile(args.db, db)
        services = Services.open(db)
        try:
            with young_collections_only():  # as the window while work runs: no full collector passes
                jobs = {"refresh": lambda: refresh_customers(services.db),
                        "report": lambda: _cold_report(services.db)}
                for name, job in jobs.items():
                    if args.job not in (name, "both"):
                        continue
                    job()  # warm: the first run reads and caches what a window would have read already
                    secs, holds = watch(job)
                    worst = max((h for h, _ in holds), default=0.0)
                    print(f"{name}: {secs:.2f} s, holds over {LATE_MS} ms: {len(holds)}, longest {worst:.0f} ms")
                    for ms, where in sorted(holds, reverse=True)[:SHOWN]:
                        print(f"  {ms:5.0f} ms  {where}")
        finally:
            services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
