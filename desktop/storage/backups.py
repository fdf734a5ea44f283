"""Backup files of a database: made with SQLite's online backup API, checked,
rotated, listed and restored.

Backups of ``<folder>/cafe.sqlite`` live in ``<folder>/backups/`` as
``cafe-<YYYYmmdd-HHMMSS>-<reason>.sqlite`` with a ``.json`` note beside each
(when, why, size, whether it passed ``PRAGMA integrity_check``, the schema
revision, whether it is encrypted). A backup is written under a temporary
name, fsynced and checked, then renamed into place, so a crash while one is
made never leaves a half backup that looks whole. The backup API copies one
consistent snapshot (one read transaction) while the app keeps running: WAL
content is included, writers are not blocked. A backup of an encrypted
database is encrypted with the same passphrase (SQLCipher's backup between
two connections with the same key).

Threading: a plain blocking module; call from a worker thread. Making and
restoring backups is the writer's job (the lock holder, see ``locking``).
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Callable

from desktop.storage import encryption

BACKUP_DIR_NAME = "backups"
DAILY, BEFORE_IMPORT, BEFORE_MIGRATION, BEFORE_RESTORE, BEFORE_ENCRYPTION, MANUAL = (
    "daily", "before-import", "before-migration", "before-restore", "before-encryption", "manual")
REASONS = (DAILY, BEFORE_IMPORT, BEFORE_MIGRATION, BEFORE_RESTORE, BEFORE_ENCRYPTION, MANUAL)
KEEP_DEFAULT = 10
"""Backups kept of each reason (the newest ones); before-migration backups are all kept."""
KEEP_ALL = frozenset({BEFORE_MIGRATION})
STAMP_FORMAT = "%Y%m%d-%H%M%S"
PARTIAL_SUFFIX = ".partial"
NOTE_SUFFIX = ".json"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z-]+)\.sqlite$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file. ``id`` is its stamp (``20261206-213000``, with ``-2`` when
    two were made in the same second): stable, so ``restore ID`` always means
    the same file. ``ok`` is the integrity check made when it was written (None
    when the note is missing); ``revision`` the schema revision it holds."""

    id: str
    path: Path
    created: datetime
    reason: str
    size: int
    ok: bool | None
    revision: str | None
    encrypted: bool
    problem: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "time": self.created.isoformat(timespec="seconds"), "reason": self.reason,
                "size": self.size, "ok": self.ok, "revision": self.revision, "encrypted": self.encrypted,
                "file": str(self.path), "problem": self.problem}


def backup_dir(db_path: Path) -> Path:
    """Where the backups of ``db_path`` are kept."""
    return db_path.parent / BACKUP_DIR_NAME


def _note_path(path: Path) -> Path:
    return path.with_name(path.name + NOTE_SUFFIX)


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of ``db_path``, newest first (a missing folder: none)."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    out: list[BackupInfo] = []
    for path in folder.glob("*.sqlite"):
        m = _NAME.match(path.name)
        if not m or m["stem"] != db_path.stem or m["reason"] not in REASONS:
            continue
        try:
            created = datetime.strptime(m["stamp"], STAMP_FORMAT)
            size = path.stat().st_size
        except (ValueError, OSError):
            continue
        note: dict[str, Any] = {}
        try:
            note = json.loads(_note_path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass
        ident = m["stamp"] + (f"-{m['n']}" if m["n"] else "")
        out.append(BackupInfo(id=ident, path=path, created=created, reason=m["reason"], size=size,
                              ok=note.get("ok"), revision=note.get("revision"),
                              encrypted=encryption.is_encrypted(path), problem=note.get("problem", "")))
    out.sort(key=lambda b: (b.created, _sequence(b.id)), reverse=True)
    return out


def _sequence(ident: str) -> int:
    parts = ident.split("-")
    return int(parts[2]) if len(parts) == 3 else 1


def find_backup(db_path: Path, ident: str) -> BackupInfo | None:
    """The backup whose id (or file name) is ``ident``."""
    for info in list_backups(db_path):
        if ident in (info.id, info.path.name):
            return info
    return None


def check_file(path: Path, passphrase: str | None) -> tuple[bool, str | None, str]:
    """(passed ``PRAGMA integrity_check``, schema revision, problem) for a
    database file; never raises for a bad file."""
    try:
        conn = encryption.connect(path, passphrase)
    except Exception as exc:  # noqa: BLE001 - a wrong key or a damaged file is a failed check
        return False, None, str(exc)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        ok = [r[0] for r in rows] == ["ok"]
        revision = None
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        except Exception:  # noqa: BLE001 - an empty database has no version table
            pass
        return ok, revision, "" if ok else "; ".join(str(r[0]) for r in rows[:3])
    except Exception as exc:  # noqa: BLE001
        return False, None, str(exc)
    finally:
        conn.close()


def make_backup(db_path: Path, reason: str, passphrase: str | None,
                connect: Callable[[], Any] | None = None, now: datetime | None = None) -> BackupInfo:
    """Back up ``db_path`` now, check the copy and return it. ``connect`` gives
    a raw DB-API connection to the live database (the app's own, keyed);
    without it one is opened here. Raises OSError when the copy cannot be
    written (a full disk); the live database is never touched."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    _remove_partials(folder, db_path.stem)
    stamp = (now or datetime.now()).strftime(STAMP_FORMAT)
    existing = {b.id for b in list_backups(db_path)}
    ident, n = stamp, 1
    while ident in existing:
        n += 1
        ident = f"{stamp}-{n}"
    target = folder / f"{db_path.stem}-{ident}-{reason}.sqlite"
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    source = connect() if connect is not None else encryption.connect(db_path, passphrase)
    try:
        dest = encryption.connect(partial, passphrase) if passphrase is not None else _plain(partial)
        try:
            source.backup(dest)  # all pages in one step: one consistent snapshot
        finally:
            dest.close()
    except BaseException:
        _unlink(partial)
        raise
    finally:
        source.close()
    encryption.fsync(partial)
    ok, revision, problem = check_file(partial, passphrase)
    os.replace(partial, target)
    encryption.fsync_dir(folder)
    note = {"reason": reason, "created": stamp, "ok": ok, "revision": revision, "problem": problem,
            "database": db_path.name}
    _write_note(target, note)
    info = find_backup(db_path, target.name)
    assert info is not None
    return info


def _plain(path: Path) -> Any:
    import sqlite3

    return sqlite3.connect(str(path))


def _write_note(path: Path, note: dict[str, Any]) -> None:
    tmp = _note_path(path).with_name(_note_path(path).name + PARTIAL_SUFFIX)
    tmp.write_text(json.dumps(note), encoding="utf-8")
    os.replace(tmp, _note_path(path))


def _remove_partials(folder: Path, stem: str) -> None:
    """Half-written backups of a process that died while making them."""
    for path in folder.glob(f"{stem}-*{PARTIAL_SUFFIX}"):
        _unlink(path)


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def delete_backup(info: BackupInfo) -> None:
    _unlink(info.path)
    _unlink(_note_path(info.path))


def prune(db_path: Path, keep: int = KEEP_DEFAULT) -> list[BackupInfo]:
    """Delete all but the newest ``keep`` backups of each reason (every
    before-migration backup stays). Returns the ones deleted."""
    keep = max(1, int(keep))
    seen: dict[str, int] = {}
    gone: list[BackupInfo] = []
    for info in list_backups(db_path):  # newest first
        seen[info.reason] = seen.get(info.reason, 0) + 1
        if info.reason not in KEEP_ALL and seen[info.reason] > keep:
            delete_backup(info)
            gone.append(info)
    return gone


def restore_into(backup: Path, passphrase: str | None, live: Any) -> None:
    """Copy ``backup`` over the live database through ``live`` (a raw DB-API
    connection to it, keyed): the backup API writes the pages in one
    transaction of the live database, so readers see the old or the new
    content, never a mix, and a crash half way leaves the old one."""
    source = encryption.connect(backup, passphrase)
    try:
        source.backup(live)
    finally:
        source.close()


def replace_encrypted(db_path: Path, passphrase: str | None, new_passphrase: str | None) -> int:
    """Re-key every backup of ``db_path`` from ``passphrase`` to ``new_passphrase``
    (None: plain), so backups are always as encrypted as the database. A
    backup that does not open with ``passphrase`` is left as it is. Returns
    how many were converted."""
    done = 0
    for info in list_backups(db_path):
        if info.encrypted != (passphrase is not None):
            continue
        tmp = info.path.with_name(info.path.name + PARTIAL_SUFFIX)
        _unlink(tmp)
        try:
            encryption.export(info.path, passphrase, tmp, new_passphrase)
        except Exception:  # noqa: BLE001 - a damaged or foreign backup stays as it was
            _unlink(tmp)
            continue
        os.replace(tmp, info.path)
        done += 1
    return done
