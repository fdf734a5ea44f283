"""Running one file through every importer entry point and judging what came
out (shared by test_bad_input.py and the by-hand nasty_run.py).

The contract checked: only a result or a UserError/FileReadError whose
message is one line naming the file (and the row, for a rejected row); no
call longer than the time limit; a refused import or any preview leaves the
database exactly as it was (full dump compared); nothing is written outside
the database's own files (the file's folder, the database folder and the
temporary folder are compared before and after).
"""
from __future__ import annotations

import signal
import tempfile
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from integrity_tools import check_database, dump

from desktop import importers
from desktop.core.errors import UserError

CALL_SECONDS = 60.0
"""Longest any entry point may take on one nasty file (a hang otherwise)."""
DB_FILES = {"-wal", "-shm", ".lock"}
ENTRY_POINTS = ("sniff", "iter_file", "read_file", "preview", "import_files")


class Hang(BaseException):
    """Raised by the time limit; a BaseException so that the importers'
    own "anything unexpected becomes a FileReadError" cannot swallow it."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    def fire(_signum: int, _frame: Any) -> None:
        raise Hang(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass
class Verdict:
    name: str
    outcomes: dict[str, str] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def summary(self) -> str:
        kinds = {v.split(":", 1)[0] for v in self.outcomes.values()}
        return "read" if kinds == {"ok"} else "refused" if kinds == {"refused"} else "+".join(sorted(kinds))


def listing(*folders: Path) -> set[str]:
    out: set[str] = set()
    for folder in folders:
        if folder.is_dir():
            for p in folder.rglob("*"):
                try:
                    if p.is_symlink() or p.is_file() or p.is_dir():
                        out.add(str(p))
                except OSError:
                    pass
    return out


def _message_ok(message: str, names: tuple[str, ...]) -> str | None:
    if "\n" in message or "\r" in message:
        return "the message spans several lines"
    if not any(n in message for n in names):
        return f"the message does not name the file: {message[:160]}"
    return None


def exercise(path: Path, services: Any, db_path: Path, watch: tuple[Path, ...] = (),
             seconds: float = CALL_SECONDS, entries: tuple[str, ...] = ENTRY_POINTS) -> Verdict:
    """Every entry point (or those in ``entries``) on ``path``; the verdict
    lists any broken promise."""
    verdict = Verdict(path.name)
    names = (path.name,)
    before_files = listing(*watch)
    tmp = Path(tempfile.gettempdir())
    before_tmp = listing(tmp)
    calls: dict[str, Callable[[], Any]] = {
        "sniff": lambda: importers.sniff(path),
        "iter_file": lambda: sum(len(c.records) for c in importers.iter_file(path, chunk_rows=2000)),
        "read_file": lambda: importers.read_file(path),
        "preview": lambda: services.imports.preview(str(path)),
        "import_files": lambda: services.imports.import_files([str(path)]),
    }
    started = time.monotonic()
    for entry, call in calls.items():
        if entry not in entries:
            continue
        dumped = dump(db_path)
        try:
            with time_limit(seconds):
                result = call()
        except Hang as exc:
            verdict.outcomes[entry] = "HANG"
            verdict.failures.append(f"{entry}: {exc}")
            continue
        except UserError as exc:
            verdict.outcomes[entry] = f"refused: {exc}"
            problem = _message_ok(str(exc), names)
            if problem:
                verdict.failures.append(f"{entry}: {problem}")
            if dump(db_path) != dumped:
                verdict.failures.append(f"{entry}: refused, yet the database changed")
            continue
        except Exception as exc:  # noqa: BLE001 - a crash is the finding
            verdict.outcomes[entry] = f"CRASH {type(exc).__name__}"
            verdict.failures.append(f"{entry}: crashed with {type(exc).__name__}: {str(exc)[:200]}")
            continue
        verdict.outcomes[entry] = "ok"
        if entry == "preview" and dump(db_path) != dumped:
            verdict.failures.append("preview changed the database")
        if entry == "read_file":
            for pf in result:
                for rej in pf.rejected:
                    if str(rej.row) not in rej.reason:
                        verdict.failures.append(f"a rejection does not name its row: {rej.reason[:120]}")
                        break
        if entry == "import_files":
            if result.errors and not result.results:
                verdict.outcomes[entry] = f"refused: {result.errors[0][1]}"
                problem = _message_ok(result.errors[0][1], names)
                if problem:
                    verdict.failures.append(f"import_files: {problem}")
                if dump(db_path) != dumped:
                    verdict.failures.append("import_files: refused, yet the database changed")
            problems = check_database(db_path)
            if problems:
                verdict.failures.append(f"import_files left {problems}")
    verdict.seconds = time.monotonic() - started
    written = {p for p in listing(*watch) - before_files if not _database_file(p, db_path)}
    if written:
        verdict.failures.append(f"wrote outside the database: {sorted(written)[:5]}")
    leaked = listing(tmp) - before_tmp
    if leaked:
        verdict.failures.append(f"left temporary files: {sorted(leaked)[:5]}")
    return verdict


def _database_file(p: str, db_path: Path) -> bool:
    path = Path(p)
    if path.parent == db_path.parent / "backups" or path == db_path.parent / "backups":
        return True
    return path.name == db_path.name or any(path.name == db_path.name + s for s in DB_FILES)
