"""No process of the app outlives it: analysis workers end when the app is
killed mid-analysis (SIGKILL: no cleanup handler runs)."""
from __future__ import annotations

import dataclasses
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.services import Services
from desktop.services.analysis import PARALLEL_THRESHOLD
from desktop.workers import WATCHDOG_SECONDS, parent_alive

ROOT = Path(__file__).resolve().parents[2]
LINUX = sys.platform.startswith("linux")


def test_parent_alive_tells_a_live_process_from_a_gone_one():
    assert parent_alive(os.getpid())
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    assert not parent_alive(child.pid)


def _children(pid: int) -> set[int]:
    """Every live descendant of ``pid`` (Linux /proc)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as fh:
                    fields = fh.read().rsplit(b")", 1)[1].split()
                if fields[0] != b"Z":
                    parents[int(entry)] = int(fields[1])
            except OSError:
                continue
    found, frontier = set(), {pid}
    while frontier:
        frontier = {p for p, pp in parents.items() if pp in frontier} - found
        found |= frontier
    return found


def _alive(pids: set[int]) -> set[int]:
    return {p for p in pids if Path(f"/proc/{p}").exists() and parent_alive(p)}


@pytest.fixture(scope="module")
def big_db(tmp_path_factory) -> Path:
    from desktop.demo import generate
    from desktop.storage import repositories as repo

    path = tmp_path_factory.mktemp("workers") / "big.sqlite"
    services = Services.open(path)
    base = [r for r in generate().reviews if r.text]
    n = max(8 * PARALLEL_THRESHOLD, 24_000)
    with services.db.session() as s:
        repo.insert_reviews(s, None, [dataclasses.replace(base[i % len(base)], external_id=f"w-{i}")
                                      for i in range(n)])
    services.close()
    return path


@pytest.mark.skipif(not LINUX or (os.cpu_count() or 1) < 2, reason="needs /proc and two cores")
@pytest.mark.parametrize("delay", [0.0, 0.4, 1.2])
def test_killing_the_app_mid_analysis_leaves_no_worker_behind(big_db, tmp_path, delay):
    db = tmp_path / "copy.sqlite"
    db.write_bytes(big_db.read_bytes())
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen([sys.executable, "-m", "desktop", "analyze", "--db", str(db)], cwd=ROOT,
                           env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        workers: set[int] = set()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(workers) < 2:  # the pool has started
            workers |= _children(app.pid)
            time.sleep(0.05)
        assert app.poll() is None, "the analysis finished before the workers could be seen"
        assert workers, "no worker process was started"
        time.sleep(delay)
        workers |= _children(app.pid)
        os.kill(app.pid, signal.SIGKILL)
        app.wait()
        deadline = time.monotonic() + 10 * WATCHDOG_SECONDS + 5
        while _alive(workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(workers), f"processes outlived the app: {_alive(workers)}"
    finally:
        if app.poll() is None:
            app.kill()
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        analysed = con.execute("SELECT count(*) FROM review_analysis").fetchone()[0]
        orphans = con.execute("SELECT count(*) FROM review_aspects a LEFT JOIN review_analysis r "
                              "ON r.review_id = a.review_id WHERE r.review_id IS NULL").fetchone()[0]
    finally:
        con.close()
    assert orphans == 0 and analysed >= 0


def test_pool_keeps_job_order_reports_failures_and_stops_its_workers():
    from desktop.workers import WorkerError, WorkerPool

    jobs = [([(i, f"Great coffee number {i}", 5, "en")], {"dish": [], "staff": []}, "v") for i in range(7)]
    with WorkerPool(2) as pool:
        pids = pool.pids
        rows = list(pool.map("analyze", jobs))
    assert [r.review_ids for r in rows] == [[i] for i in range(7)]
    assert all(r.analysis[0][1] == "v" for r in rows)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(parent_alive(p) for p in pids):
        time.sleep(0.05)
    assert not any(parent_alive(p) for p in pids)
    with pytest.raises(WorkerError, match="failed"):
        with WorkerPool(1) as pool:
            list(pool.map("analyze", [("not", "a job")]))
