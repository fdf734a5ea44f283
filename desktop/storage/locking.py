"""One writer per database: an OS lock on ``<database>.lock`` next to it.

The lock is an ``flock`` (``msvcrt.locking`` on Windows) on a small file that
is never deleted, so the operating system releases it the moment the holding
process exits, however it exits (SIGKILL, a power cut, a crash). Inside one
process the lock is shared and counted: several ``Database`` objects on the
same file (tests, the demo builder) count as one instance. A forked child
never keeps its parent's lock: the descriptor is closed in the child right
after ``fork`` (``os.register_at_fork``), so worker processes that outlive a
killed app cannot keep the database locked.

Threading: acquire and release from any thread; the registry is guarded.
"""
from __future__ import annotations

import errno
import os
import socket
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

LOCK_SUFFIX = ".lock"
"""The lock file is the database's name plus this."""
WAIT_POLL_SECONDS = 0.2
"""How often a waiting instance tries the lock again."""
INFO_OFFSET = 1
"""Byte where the holder's description starts (byte 0 is the one locked on Windows)."""


class LockHeld(Exception):
    """Another process holds the database's lock; ``holder`` describes it."""

    def __init__(self, path: Path, holder: str) -> None:
        self.path = path
        self.holder = holder
        super().__init__(f"{path} is locked by {holder or 'another process'}")


@dataclass
class _Held:
    fd: int
    count: int


_held: dict[str, _Held] = {}
_guard = threading.Lock()


def lock_path(db_path: Path) -> Path:
    """``cafe.sqlite`` -> ``cafe.sqlite.lock`` (same folder)."""
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False
    except OSError as exc:  # a file system without locks: one writer cannot be promised
        if exc.errno in (errno.ENOLCK, errno.EOPNOTSUPP):
            return True
        raise


def _describe_self() -> str:
    return f"process {os.getpid()} on {socket.gethostname()} since {time.strftime('%Y-%m-%d %H:%M')}"


def holder(db_path: Path) -> str:
    """Who holds the lock, as written by the holder ("" when unknown)."""
    try:
        with open(lock_path(db_path), "rb") as fh:
            fh.seek(INFO_OFFSET)
            return fh.read(200).decode("utf-8", "replace").strip("\x00 \n")
    except OSError:
        return ""


def acquire(db_path: Path, wait: float = 0.0) -> None:
    """Take the writer lock for ``db_path`` (a resolved file path), waiting up to
    ``wait`` seconds for another process to let go. Raises :class:`LockHeld`
    when it does not. Re-entrant inside a process (counted)."""
    key = str(lock_path(db_path))
    with _guard:
        held = _held.get(key)
        if held is not None:
            held.count += 1
            return
    fd = os.open(key, os.O_RDWR | os.O_CREAT, 0o644)
    deadline = time.monotonic() + max(0.0, wait)
    try:
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise LockHeld(db_path, holder(db_path))
            time.sleep(WAIT_POLL_SECONDS)
    except BaseException:
        os.close(fd)
        raise
    with _guard:
        if key in _held:  # another thread of this process won the race meanwhile
            os.close(fd)
            _held[key].count += 1
            return
        _held[key] = _Held(fd, 1)
    try:
        info = _describe_self().encode()
        os.ftruncate(fd, INFO_OFFSET)
        os.lseek(fd, INFO_OFFSET, os.SEEK_SET)
        os.write(fd, info)
    except OSError:
        pass  # the description is a courtesy; the lock is what counts


def release(db_path: Path) -> None:
    """Give back one hold of the lock; the last one unlocks the file."""
    key = str(lock_path(db_path))
    with _guard:
        held = _held.get(key)
        if held is None:
            return
        held.count -= 1
        if held.count > 0:
            return
        del _held[key]
    try:
        os.ftruncate(held.fd, INFO_OFFSET)
    except OSError:
        pass
    os.close(held.fd)  # closing the descriptor releases flock / msvcrt locks


def is_held_here(db_path: Path) -> bool:
    """True when this process holds the lock for ``db_path``."""
    with _guard:
        return str(lock_path(db_path)) in _held


def _forget_in_child() -> None:
    """After fork: the child is not the database's writer; close its copies."""
    global _guard
    _guard = threading.Lock()
    for held in _held.values():
        try:
            os.close(held.fd)
        except OSError:
            pass
    _held.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_in_child)
