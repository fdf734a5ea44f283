"""Worker processes that never outlive the app.

Large analyses run on all cores in worker processes of our own: each is a
fresh interpreter (``python -m desktop --regulars-worker``, or the frozen
app's console executable with that flag) that inherits nothing of the app
(no open SQLite connection, no Qt state, no threads forked mid-work) and
talks to the app only through its stdin and stdout pipes. When the app ends,
however it ends (SIGKILL included, which no cleanup handler sees), the pipes
close and the worker exits at once; a watchdog thread also ends a worker
busy with a job as soon as the app's process is gone. There is no
multiprocessing machinery (no resource tracker, no semaphores) to outlive it.

This module sits at the package root, beside ``__main__``, and imports only
what a worker needs (the engine, the stored-row builder), so a worker starts
in a few tens of milliseconds.

Threading: a ``WorkerPool`` belongs to the thread that made it; ``map``
yields results in job order.
"""
from __future__ import annotations

import os
import pickle
import struct
import subprocess
import sys
import threading
import time
import traceback
from collections import deque
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Iterator, Sequence

from desktop.analysis.engine import analyze
from desktop.storage.keys import text_hash
from desktop.storage.rows import AnalysisRows, analysis_rows

WORKER_FLAG = "--regulars-worker"
"""The command-line flag that turns the app's executable into a worker."""
APP_PID_ENV = "REGULARS_APP_PID"
"""Environment variable that tells a worker which process is the app."""
WATCHDOG_SECONDS = 0.5
"""How often a busy worker checks that the app's process is still alive."""
STOP_SECONDS = 5.0
"""How long a worker may take to finish after its pipe closed before it is killed."""
_HEADER = struct.Struct(">Q")


def analyze_chunk(job: tuple[Sequence[tuple[int, str, int | None, str | None]],
                             dict[str, list[str]], str]) -> AnalysisRows:
    """Analyse one chunk of (review id, text, rating, language) and turn it
    into the rows to store, stamped with the effective version. Runs in a
    worker (or in-process for small jobs). Plain tuples travel back to the
    app far cheaper than analysis objects, and the app only writes them."""
    items, terms, version = job
    extra = terms if any(terms.values()) else None
    return analysis_rows(
        [(rid, text_hash(text, rating), analyze(text, lang=lang, rating=rating, extra_terms=extra))
         for rid, text, rating, lang in items], engine_version=version)


TASKS: dict[str, Callable[[Any], Any]] = {"analyze": analyze_chunk}
"""What a worker can be asked to do, by name."""


# -- the app's side -----------------------------------------------------------

def worker_command() -> tuple[list[str], dict[str, str]]:
    """The command line and environment that start one worker."""
    env = {**os.environ, APP_PID_ENV: str(os.getpid())}
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable)
        # the windowed app has no console streams on Windows: use its console twin
        cli = exe.with_name("regulars-cli" + exe.suffix)
        return [str(cli if cli.exists() else exe), WORKER_FLAG], env
    root = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    return [sys.executable, "-m", "desktop", WORKER_FLAG], env


def _send(stream: BinaryIO, obj: object) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)))
    stream.write(data)
    stream.flush()


def _receive(stream: BinaryIO) -> object | None:
    """The next message, or None when the other side is gone."""
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        return None
    (size,) = _HEADER.unpack(header)
    data = stream.read(size)
    if len(data) < size:
        return None
    return pickle.loads(data)  # noqa: S301 - our own child process, over our own pipe


class WorkerError(RuntimeError):
    """A worker failed (a bug, reported with the worker's traceback) or vanished."""


class WorkerPool:
    """``workers`` worker processes; ``map`` hands them jobs one at a time
    each and yields the results in job order. Use as a context manager:
    leaving it normally lets the workers finish, leaving it by an exception
    (a cancel) kills them."""

    def __init__(self, workers: int) -> None:
        command, env = worker_command()
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
        self._procs: list[subprocess.Popen] = []
        try:
            for _ in range(max(1, workers)):
                self._procs.append(subprocess.Popen(
                    command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                    env=env, creationflags=flags, close_fds=True))
        except BaseException:
            self.close(kill=True)
            raise

    @property
    def pids(self) -> list[int]:
        return [p.pid for p in self._procs]

    def map(self, task: str, jobs: Iterable[object]) -> Iterator[object]:
        pending = iter(jobs)
        in_flight: deque[subprocess.Popen] = deque()

        def give(proc: subprocess.Popen) -> None:
            for job in pending:
                try:
                    _send(proc.stdin, (task, job))
                except (BrokenPipeError, OSError) as exc:
                    raise WorkerError("an analysis worker stopped unexpectedly") from exc
                in_flight.append(proc)
                return

        for proc in self._procs:
            give(proc)
        while in_flight:
            proc = in_flight.popleft()
            reply = _receive(proc.stdout)
            if reply is None:
                raise WorkerError("an analysis worker stopped unexpectedly")
            status, value = reply
            if status != "ok":
                raise WorkerError(f"an analysis worker failed:\n{value}")
            give(proc)
            yield value

    def close(self, kill: bool = False) -> None:
        """Stop the workers: close their pipes (they exit at once when idle);
        ``kill`` (or a worker that does not stop within ``STOP_SECONDS``) ends
        them by force."""
        for proc in self._procs:
            if kill:
                proc.kill()
            for stream in (proc.stdin, proc.stdout):
                try:
                    if stream:
                        stream.close()
                except OSError:
                    pass
        deadline = time.monotonic() + STOP_SECONDS
        for proc in self._procs:
            try:
                proc.wait(max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        self._procs = []

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, kind: type | None, *_rest: object) -> None:
        self.close(kill=kind is not None)


# -- the worker's side --------------------------------------------------------

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
    except PermissionError:  # exists, owned by someone else
        return True
    try:  # a killed app not yet reaped by its own parent is a zombie: gone for our purpose
        with open(f"/proc/{pid}/stat", "rb") as fh:
            return fh.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except OSError:
        return True


def _watch(app_pid: int) -> None:
    while True:
        time.sleep(WATCHDOG_SECONDS)
        if not parent_alive(app_pid):
            os._exit(0)  # the app is gone: nothing to report to, nothing to clean up


def serve() -> int:
    """A worker's life: read a job from stdin, do it, write the result to
    stdout, until stdin closes (the app is done, or gone)."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must never corrupt the pipe
    app_pid = int(os.environ.get(APP_PID_ENV) or os.getppid())
    threading.Thread(target=_watch, args=(app_pid,), daemon=True, name="regulars-app-watchdog").start()
    while True:
        message = _receive(stdin)
        if message is None:
            return 0
        task, job = message
        try:
            reply: tuple[str, object] = ("ok", TASKS[task](job))
        except Exception:  # noqa: BLE001 - reported to the app, which logs it as a bug
            reply = ("error", traceback.format_exc())
        try:
            _send(stdout, reply)
        except (BrokenPipeError, OSError):
            return 0
