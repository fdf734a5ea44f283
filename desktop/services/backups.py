"""Backups as the owner sees them: made on start (at most daily), before
migrations (by the storage layer), before imports and before a restore;
rotated (the newest ``keep`` of each reason); listed with their check;
restored by id.

Threading: every method blocks; run them in a worker (the window's write
worker for ``backup_now``/``before_import``/``restore``). Making and restoring
backups is the writer's job: a read-only instance lists them only.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from desktop.core.errors import UserError
from desktop.core.records import Changed
from desktop.services.settings import SettingsService
from desktop.storage import backups as files
from desktop.storage.backups import BackupInfo
from desktop.storage.database import Database

KEEP_KEY = "backups/keep"
"""Business setting (in the database): backups kept of each reason."""
KEEP_MIN, KEEP_MAX = 1, 100
DAILY_INTERVAL = timedelta(hours=24)
"""A start-up backup is made when the newest daily one is older than this."""
EVERYTHING = Changed(reviews=True, customers=True, orders=True, analysis=True)

__all__ = ["BackupInfo", "BackupService", "KEEP_KEY", "DAILY_INTERVAL"]


class BackupService:
    def __init__(self, db: Database, settings: SettingsService | None = None) -> None:
        self._db = db
        self._settings = settings or SettingsService(db)

    @property
    def available(self) -> bool:
        """Backups need a database file (not a server URL)."""
        return self._db.path is not None

    @property
    def folder(self) -> Path | None:
        return files.backup_dir(self._db.path) if self._db.path else None

    def list(self) -> list[BackupInfo]:
        """Every backup of this database, newest first."""
        return files.list_backups(self._db.path) if self._db.path else []

    def keep(self) -> int:
        """Backups kept of each reason (KEEP_KEY, default ``storage.backups.KEEP_DEFAULT``)."""
        try:
            value = int(self._settings.get(KEEP_KEY) or files.KEEP_DEFAULT)
        except ValueError:
            value = files.KEEP_DEFAULT
        return max(KEEP_MIN, min(KEEP_MAX, value))

    def set_keep(self, n: int) -> int:
        """Keep ``n`` backups of each reason from now on (older ones go at the next backup)."""
        if not KEEP_MIN <= int(n) <= KEEP_MAX:
            raise UserError(f"Keep between {KEEP_MIN} and {KEEP_MAX} backups of each kind.")
        self._settings.set(KEEP_KEY, str(int(n)))
        return int(n)

    def backup_now(self, reason: str = files.MANUAL) -> BackupInfo:
        """Make a backup now, check it, then drop the oldest beyond ``keep``."""
        self._require_writer()
        info = self._db.backup(reason)
        files.prune(self._db.path, self.keep())  # type: ignore[arg-type]
        return info

    def daily(self, now: datetime | None = None) -> BackupInfo | None:
        """The start-up backup: made when the newest daily one is older than
        DAILY_INTERVAL (or there is none); None when not due or not possible
        (read-only, no file, an empty new database)."""
        if not self._can_back_up():
            return None
        now = now or datetime.now()
        last = next((b for b in self.list() if b.reason == files.DAILY), None)
        if last is not None and now - last.created < DAILY_INTERVAL:
            return None
        return self.backup_now(files.DAILY)

    def before_import(self) -> BackupInfo | None:
        """The backup made before an import writes anything (one per import,
        however many files it has); None when not possible (read-only, no
        file, an empty new database)."""
        if not self._can_back_up():
            return None
        return self.backup_now(files.BEFORE_IMPORT)

    def restore(self, ident: str) -> Changed:
        """Restore the backup ``ident`` (its id or file name), after backing up
        the current state ("before-restore"). Raises UserError for an unknown,
        damaged or too new backup, or when this instance is read-only."""
        self._require_writer()
        info = files.find_backup(self._db.path, ident)  # type: ignore[arg-type]
        if info is None:
            raise UserError(f"There is no backup {ident}; 'backups' lists them.")
        self._db.restore(info)
        files.prune(self._db.path, self.keep())  # type: ignore[arg-type]
        return EVERYTHING

    def check(self, ident: str) -> tuple[bool, str]:
        """Check a backup again now: (passed, problem)."""
        info = files.find_backup(self._db.path, ident) if self._db.path else None
        if info is None:
            raise UserError(f"There is no backup {ident}; 'backups' lists them.")
        return self._db.check_backup(info)

    def _can_back_up(self) -> bool:
        path = self._db.path
        return (path is not None and self._db.is_writer and not self._db.read_only
                and path.exists() and path.stat().st_size > 0)

    def _require_writer(self) -> None:
        if self._db.path is None:
            raise UserError("Backups need a database file, not a server URL.")
        if self._db.read_only or not self._db.is_writer:
            raise UserError(f"{self._db.path.name} is open in another Regulars window or command: "
                            "backups can be made and restored only there.")
