"""Worker processes that never outlive the app.

Large analyses run on all cores in a process pool. The pool is started with
the ``spawn`` method (a fresh interpreter per worker: nothing of the app is
inherited, no open SQLite connection, no Qt state, no threads of the parent
forked in the middle of their work), and every worker runs a small watchdog
that ends it as soon as the app's process is gone, whatever killed the app
(SIGKILL included, which no cleanup handler can see).

This module sits at the package root, beside ``__main__``, and imports only
what a worker needs (the engine, the stored-row builder): a spawned worker
imports the module of the function it runs, and ``desktop.services`` would
bring SQLAlchemy and pandas into every worker (half a second each).

Threading: ``worker_pool`` may be called from any thread; the pool belongs to
the caller, who shuts it down.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from typing import Sequence

from desktop.analysis.engine import analyze
from desktop.storage.keys import text_hash
from desktop.storage.rows import AnalysisRows, analysis_rows

START_METHOD = "spawn"
"""How worker processes start: ``spawn`` on every platform (the only method
that inherits nothing from the app, and the one frozen builds support)."""
WATCHDOG_SECONDS = 0.5
"""How often a worker checks that the app's process is still alive."""


def parent_alive(pid: int) -> bool:
    """True while process ``pid`` exists (and is not a zombie on Linux)."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        synchronize, wait_timeout = 0x00100000, 0x00000102
        handle = ctypes.windll.kernel32.OpenProcess(synchronize, False, pid)
        if not handle:
            return False
        try:
            return ctypes.windll.kernel32.WaitForSingleObject(handle, 0) == wait_timeout
        finally:
            ctypes.windll.kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else (cannot be our app, but be safe)
        return True
    try:  # a killed parent not yet reaped by its own parent is a zombie: gone for our purpose
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except OSError:
        return True


def _watch(app_pid: int, start_ppid: int) -> None:
    while True:
        time.sleep(WATCHDOG_SECONDS)
        if os.getppid() != start_ppid or not parent_alive(app_pid):
            os._exit(0)  # the app is gone: nothing to report to, nothing to clean up


def _worker_init(app_pid: int) -> None:
    """Runs first in every worker: end this process when the app ends."""
    threading.Thread(target=_watch, args=(app_pid, os.getppid()), daemon=True,
                     name="regulars-parent-watchdog").start()


def worker_pool(workers: int) -> ProcessPoolExecutor:
    """A process pool of ``workers`` processes that die with the app."""
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(START_METHOD),
                               initializer=_worker_init, initargs=(os.getpid(),))


def analyze_chunk(job: tuple[Sequence[tuple[int, str, int | None, str | None]],
                             dict[str, list[str]], str]) -> AnalysisRows:
    """Runs in a worker (or in-process for small jobs): analyse one chunk of
    (review id, text, rating, language) and turn it into the rows to store,
    stamped with the effective version. Plain tuples travel back to the app
    far cheaper than analysis objects, and the app only writes them."""
    items, terms, version = job
    extra = terms if any(terms.values()) else None
    return analysis_rows(
        [(rid, text_hash(text, rating), analyze(text, lang=lang, rating=rating, extra_terms=extra))
         for rid, text, rating, lang in items], engine_version=version)
