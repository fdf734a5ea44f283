"""Use cases that tie importers, analysis and storage together. Never imports PySide6."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.services.analysis import AnalysisService
from desktop.services.backups import BackupService
from desktop.services.customers import CustomerService
from desktop.services.import_results import (
    FileImportResult,
    ImportOutcome,
    ImportPreview,
)
from desktop.services.imports import ImportService
from desktop.services.insights import InsightFilter, InsightsService
from desktop.services.locations import LocationsService
from desktop.services.messaging import MessagingService
from desktop.services.overview import OverviewService
from desktop.services.paths import default_db_path
from desktop.services.replies import ReplyService
from desktop.services.reviews import ReviewFilter, ReviewService
from desktop.services.security import SecurityService, open_database
from desktop.services.settings import SettingsService
from desktop.services.terms import TermsService
from desktop.storage.database import Database

__all__ = ["Services", "ReviewFilter", "InsightFilter", "ImportOutcome", "ImportPreview", "FileImportResult"]


class Services:
    """Every service over one open database. Thread-safe in the sense that each
    call opens its own session; writes should still go through one worker."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.analysis = AnalysisService(db)
        self.reviews = ReviewService(db)
        self.settings = SettingsService(db)
        self.customers = CustomerService(db)
        self.terms = TermsService(db)
        self.imports = ImportService(db, self.analysis, self.settings)
        self.messaging = MessagingService(db)
        self.replies = ReplyService(db)
        self.insights = InsightsService(db)
        self.locations = LocationsService(db, self.insights)
        self.backups = BackupService(db, self.settings)
        self.security = SecurityService(db)
        self.overview = OverviewService(self)  # last: it reads the services above
        self.imports.after_change.append(
            lambda _changed, progress, cancel: self.customers.refresh(progress, cancel))

    @classmethod
    def open(cls, db_path: str | Path | None = None, **how: Any) -> Services:
        """Open (create, migrate) the database at ``db_path`` or the default one.
        ``how``: ``passphrase``, ``ask``, ``access`` and ``wait`` as for
        ``services.security.open_database``."""
        return cls(open_database(db_path or default_db_path(), **how))

    @property
    def read_only(self) -> bool:
        """True when another Regulars instance is this database's writer."""
        return self.security.read_only

    @property
    def db_path(self) -> Path | None:
        return self.db.path

    @property
    def on_server(self) -> bool:
        """True on a PostgreSQL server (no file: backups, encryption and the data folder do not apply)."""
        return self.db.path is None

    def close(self) -> None:
        self.db.close()
