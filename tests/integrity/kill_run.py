"""Crash safety, by hand: SIGKILL the real CLI at random moments of an
import, an analysis and a migration, then check what it left.

    python tests/integrity/kill_run.py --kills 200            # the README's figures
    python tests/integrity/kill_run.py --kills 9 --reviews 4000 --json   # the suite's short run

Each kill starts from a prepared database (copied), runs ``python -m desktop``
in a subprocess (``import`` of a generated review log; ``analyze`` of reviews
not analysed yet; ``batches`` on a database two schema revisions old, which
migrates it), kills it at a uniformly random moment of its measured duration,
and checks: the file opens and passes ``PRAGMA integrity_check``, every
import batch is whole or absent, no analysis row without its review and no
aspect or sentence row without an analysis row, the schema is the old or the
new one, every backup that says it is ok opens and passes its check, the
writer lock was released, and no process of the app outlives the kill by
more than ``LEFTOVER_GRACE`` seconds (this process is made the child
subreaper, so orphaned workers become its children and are seen; they are
killed after the check). Every ``REDO_EVERY``-th kill the command is then run
again to the end, which must succeed. Linux only (``/proc``).
"""
from __future__ import annotations

import argparse
import ctypes
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path[:0] = [str(HERE), str(ROOT)]

from integrity_tools import check_database, downgrade, make_reviews_csv, revision  # noqa: E402

LEFTOVER_GRACE = 5.0
"""Seconds the app's processes get to be gone after the kill."""
REDO_EVERY = 10
"""Every this many kills the interrupted command is run again to completion."""
OLD_REVISION = "0003"
SCENARIOS = ("import", "analyze", "migrate")
PR_SET_CHILD_SUBREAPER = 36


def become_subreaper() -> bool:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def processes() -> dict[int, int]:
    """pid -> parent pid of every live (non-zombie) process."""
    out: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read().decode("utf-8", "replace")
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2:].split()
        if fields and fields[0] != "Z":
            out[int(entry)] = int(fields[1])
    return out


def descendants(root: int, table: dict[int, int] | None = None) -> set[int]:
    table = table if table is not None else processes()
    found, frontier = set(), {root}
    while frontier:
        frontier = {pid for pid, ppid in table.items() if ppid in frontier} - found
        found |= frontier
    return found


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return fh.read().replace(b"\0", b" ").decode("utf-8", "replace").strip()[:160]
    except OSError:
        return "?"


def reap() -> None:
    """Collect the exit status of every finished child (zombies of orphans too)."""
    while True:
        try:
            pid, _status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def run_to_end(command: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    """Run a command uninterrupted; its output goes through files, not pipes."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.run(command, env=env, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                              timeout=900)
        out.seek(0)
        err.seek(0)
        return subprocess.CompletedProcess(command, proc.returncode, out.read().decode("utf-8", "replace"),
                                           err.read().decode("utf-8", "replace"))


class Harness:
    def __init__(self, work: Path, reviews: int, seed: int) -> None:
        self.work = work
        self.rnd = random.Random(seed)
        self.big = make_reviews_csv(work / "big_review_log.csv", reviews, seed=seed, start_id=1)
        self.small = make_reviews_csv(work / "earlier_reviews.csv", 300, seed=seed + 1, start_id=10_000_000)
        self.reviews = reviews
        self.bases: dict[str, Path] = {}
        self.durations: dict[str, float] = {}
        self.env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
        self.leftover_commands: list[str] = []

    # -- preparing -----------------------------------------------------------------

    def prepare(self) -> None:
        from desktop.services import Services

        base = self.work / "base_import" / "cafe.sqlite"
        base.parent.mkdir()
        s = Services.open(base)
        s.imports.import_files([str(self.small)])
        s.close()
        self.bases["import"] = base

        full = self.work / "base_full" / "cafe.sqlite"
        full.parent.mkdir()
        shutil.copy2(base, full)
        s = Services.open(full)
        s.imports.import_files([str(self.big)])
        s.close()

        analyze = self.work / "base_analyze" / "cafe.sqlite"
        analyze.parent.mkdir()
        shutil.copy2(full, analyze)
        con = sqlite3.connect(analyze)
        con.execute("PRAGMA foreign_keys=OFF")
        for table in ("review_aspects", "review_sentences", "review_analysis"):
            con.execute(f"DELETE FROM {table}")
        con.commit()
        con.execute("VACUUM")
        con.close()
        self.bases["analyze"] = analyze

        migrate = self.work / "base_migrate" / "cafe.sqlite"
        migrate.parent.mkdir()
        shutil.copy2(full, migrate)
        downgrade(migrate, OLD_REVISION)
        self.bases["migrate"] = migrate

    def command(self, scenario: str, db: Path) -> list[str]:
        base = [sys.executable, "-m", "desktop"]
        if scenario == "import":
            return base + ["import", str(self.big), "--db", str(db)]
        if scenario == "analyze":
            return base + ["analyze", "--db", str(db)]
        return base + ["batches", "--db", str(db)]

    def fresh(self, scenario: str, name: str) -> Path:
        folder = self.work / name
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir()
        db = folder / "cafe.sqlite"
        shutil.copy2(self.bases[scenario], db)
        return db

    def calibrate(self) -> None:
        for scenario in SCENARIOS:
            db = self.fresh(scenario, f"calibrate-{scenario}")
            start = time.monotonic()
            out = run_to_end(self.command(scenario, db), self.env, self.work)
            self.durations[scenario] = time.monotonic() - start
            if out.returncode != 0:
                raise SystemExit(f"{scenario} does not run to the end: {out.stderr[-800:]}")
            problems = self.check(scenario, db)
            if problems:
                raise SystemExit(f"{scenario} leaves problems even without a kill: {problems}")

    # -- one kill ------------------------------------------------------------------

    def kill_once(self, index: int, scenario: str) -> dict:
        db = self.fresh(scenario, f"kill-{index % 4}")
        delay = self.rnd.uniform(0.02, 1.05 * self.durations[scenario])
        # stderr to a file, never a pipe: orphaned workers would hold a pipe open forever
        log = db.with_name("stderr.txt")
        with open(log, "wb") as err:
            proc = subprocess.Popen(self.command(scenario, db), env=self.env, cwd=self.work,
                                    stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err)
        seen: set[int] = set()
        deadline = time.monotonic() + delay
        while time.monotonic() < deadline and proc.poll() is None:
            seen |= descendants(proc.pid)
            time.sleep(min(0.05, max(0.0, deadline - time.monotonic())))
        finished = proc.poll() is not None
        if not finished:
            seen |= descendants(proc.pid)
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        stderr = log.read_text(encoding="utf-8", errors="replace")
        leftovers, lived = self.wait_for_leftovers(seen)
        result = {"index": index, "scenario": scenario, "delay": round(delay, 3), "killed": not finished,
                  "leftovers": sorted(leftovers), "leftover_seconds": round(lived, 2),
                  "workers_seen": len(seen)}
        problems = self.check(scenario, db)
        if finished and proc.returncode != 0:
            problems.append(f"finished with exit status {proc.returncode}: {stderr[-300:]}")
        problems += self.reopen(db)
        if not problems and index % REDO_EVERY == REDO_EVERY - 1:
            redo = run_to_end(self.command(scenario, db), self.env, self.work)
            if redo.returncode != 0:
                problems.append(f"running it again failed: {redo.stderr[-300:]}")
            problems += self.check(scenario, db, complete=True)
            result["redone"] = True
        result["problems"] = problems
        return result

    def wait_for_leftovers(self, seen: set[int]) -> tuple[set[int], float]:
        """Processes of the killed app still alive after LEFTOVER_GRACE
        seconds (killed then), and how long the last one lived."""
        start = time.monotonic()
        alive: set[int] = set()
        while True:
            reap()
            table = processes()
            ours = {pid for pid, ppid in table.items() if ppid == os.getpid()}
            alive = (seen & set(table)) | ours
            if not alive or time.monotonic() - start > LEFTOVER_GRACE:
                break
            time.sleep(0.1)
        lived = time.monotonic() - start
        if alive and lived > LEFTOVER_GRACE:
            self.leftover_commands.extend(_cmdline(pid) for pid in alive)
        for pid in alive:
            try:
                os.kill(pid, signal.SIGKILL)  # processes this run started, by id
            except ProcessLookupError:
                pass
        time.sleep(0.05)
        reap()
        return (alive if lived > LEFTOVER_GRACE else set()), (lived if alive else 0.0)

    # -- checks --------------------------------------------------------------------

    def check(self, scenario: str, db: Path, complete: bool = False) -> list[str]:
        problems = check_database(db)
        con = sqlite3.connect(db)
        try:
            rows = con.execute("SELECT inserted FROM import_batches WHERE file_name=?",
                               (self.big.name,)).fetchall()
            if scenario == "import" and rows not in ([], [(self.reviews,)]):
                problems.append(f"the big file's batch is partial: {rows}")
            if complete and scenario == "import" and rows != [(self.reviews,)]:
                problems.append("the import did not complete when run again")
            if complete and scenario in ("import", "analyze"):
                pending = con.execute("SELECT count(*) FROM reviews WHERE id NOT IN "
                                      "(SELECT review_id FROM review_analysis)").fetchone()[0]
                if pending:
                    problems.append(f"{pending} reviews left unanalysed after running it again")
        finally:
            con.close()
        rev = revision(db)
        from desktop.storage.database import head_revision

        allowed = {head_revision(), OLD_REVISION} if scenario == "migrate" else {head_revision()}
        if rev not in allowed:
            problems.append(f"schema revision {rev!r}, expected one of {sorted(allowed)}")
        problems += self.check_backups(db)
        return problems

    def check_backups(self, db: Path) -> list[str]:
        from desktop.storage import backups

        problems = []
        for info in backups.list_backups(db):
            if info.ok:
                ok, _rev, problem = backups.check_file(info.path, None)
                if not ok:
                    problems.append(f"backup {info.id} says ok but fails its check: {problem}")
            elif info.ok is None:
                problems.append(f"backup {info.id} has no note (a backup made half way looks whole)")
        return problems

    def reopen(self, db: Path) -> list[str]:
        """The app opens the file again as its writer (the lock died with the process)."""
        from desktop.storage.database import Database, DatabaseInUse

        try:
            Database.open(db).close()
        except DatabaseInUse as exc:
            return [f"the writer lock outlived the killed process: {exc}"]
        except Exception as exc:  # noqa: BLE001 - anything is a finding here
            return [f"the app cannot open the database again: {type(exc).__name__}: {exc}"]
        return []


def summarise(results: list[dict], durations: dict[str, float], reviews: int, seconds: float) -> dict:
    by = {}
    for scenario in SCENARIOS:
        mine = [r for r in results if r["scenario"] == scenario]
        by[scenario] = {
            "runs": len(mine), "killed": sum(r["killed"] for r in mine),
            "finished_before_kill": sum(not r["killed"] for r in mine),
            "with_problems": sum(bool(r["problems"]) for r in mine),
            "with_leftover_processes": sum(bool(r["leftovers"]) for r in mine),
            "redone": sum(bool(r.get("redone")) for r in mine),
            "seconds_uninterrupted": round(durations.get(scenario, 0.0), 2),
        }
    return {"reviews": reviews, "runs": len(results), "killed": sum(r["killed"] for r in results),
            "problems": [f"#{r['index']} {r['scenario']} at {r['delay']}s: {p}" for r in results
                         for p in r["problems"]],
            "leftovers": [f"#{r['index']} {r['scenario']} at {r['delay']}s: {len(r['leftovers'])} process(es) "
                          f"still alive after {LEFTOVER_GRACE:g} s" for r in results if r["leftovers"]],
            "max_workers_seen": max((r["workers_seen"] for r in results), default=0),
            "scenarios": by, "seconds": round(seconds, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=200, help="runs to kill (default 200)")
    parser.add_argument("--reviews", type=int, default=30_000, help="reviews in the generated log")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)
    if not Path("/proc/self/stat").exists():
        print("SKIPPED: needs Linux /proc")
        return 0
    subreaper = become_subreaper()
    work = Path(tempfile.mkdtemp(prefix="regulars-kill-"))
    start = time.monotonic()
    try:
        harness = Harness(work, args.reviews, args.seed)
        harness.prepare()
        harness.calibrate()
        results = []
        for i in range(args.kills):
            results.append(harness.kill_once(i, SCENARIOS[i % len(SCENARIOS)]))
            if not args.json:
                r = results[-1]
                print(f"{i + 1:4}/{args.kills} {r['scenario']:8} at {r['delay']:6.2f}s "
                      f"{'killed' if r['killed'] else 'finished'}"
                      + (f"  LEFTOVER {len(r['leftovers'])}" if r["leftovers"] else "")
                      + (f"  PROBLEMS {r['problems']}" if r["problems"] else ""), flush=True)
        summary = summarise(results, harness.durations, args.reviews, time.monotonic() - start)
        summary["subreaper"] = subreaper
        summary["leftover_commands"] = sorted(set(harness.leftover_commands))[:10]
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(summary))
    else:
        print(json.dumps(summary, indent=2))
    return 1 if summary["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
