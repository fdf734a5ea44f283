"""Importing files: read with the importers, write one transaction per file,
record the batch, then analyse what is new.

Threading: ``import_files`` runs in a worker thread (or the CLI's main
thread); it opens its own sessions and returns plain records.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from desktop import importers
from desktop.core.errors import Cancelled, UserError
from desktop.core.progress import CancelToken, ProgressFn, check_cancel, no_progress
from desktop.core.records import (
    Changed,
    CustomerRecord,
    ImportBatchInfo,
    ImportKind,
    ImportResult,
    OrderRecord,
    ParsedFile,
    ReviewRecord,
)
from desktop.services.analysis import AnalysisService
from desktop.storage import repositories as repo
from desktop.storage.database import Database


@dataclass(frozen=True)
class ImportOutcome:
    results: tuple[ImportResult, ...]
    errors: tuple[tuple[str, str], ...]  # (file, one-line problem) for files not read at all
    changed: Changed


def file_hash(path: Path) -> str:
    """SHA-256 of a file, or of every file under a folder (names and contents)."""
    h = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for f in files:
        if path.is_dir():
            h.update(str(f.relative_to(path)).encode())
        with open(f, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    return h.hexdigest()


class ImportService:
    def __init__(self, db: Database, analysis: AnalysisService) -> None:
        self._db = db
        self._analysis = analysis

    def import_files(self, paths: Sequence[str], progress: ProgressFn = no_progress,
                     cancel: CancelToken | None = None, kind: str | None = None,
                     fmt: str | None = None, skip_rejected: bool = True) -> ImportOutcome:
        """Import each file in its own transaction. A file that cannot be read
        is reported in ``errors`` and leaves the database as it was. With
        ``skip_rejected=False`` a file with rejected rows writes nothing.
        Raises ``Cancelled`` when cancelled (the file in progress is rolled back)."""
        results: list[ImportResult] = []
        errors: list[tuple[str, str]] = []
        n = max(len(paths), 1)
        import_kind = ImportKind(kind) if kind else None
        for i, raw in enumerate(paths):
            check_cancel(cancel)
            path = Path(raw)

            def file_progress(frac: float, msg: str, i: int = i) -> None:
                progress((i + 0.8 * frac) / n, msg)

            progress(i / n, f"Reading {path.name}")
            try:
                parsed = importers.read_file(path, kind=import_kind, fmt=fmt,
                                             progress=file_progress, cancel=cancel)
                digest = file_hash(path)
            except Cancelled:
                raise
            except UserError as exc:
                errors.append((str(path), str(exc)))
                continue
            except OSError as exc:
                errors.append((str(path), f"{path}: {exc.strerror or exc}"))
                continue
            for part in parsed:
                check_cancel(cancel)
                results.append(self._store(part, digest, skip_rejected))
        changed = Changed(
            reviews=any(r.kind == ImportKind.REVIEWS.value and r.inserted for r in results),
            customers=any(r.kind == ImportKind.CUSTOMERS.value and r.inserted for r in results),
            orders=any(r.kind == ImportKind.ORDERS.value and r.inserted for r in results),
            batches=tuple(r.batch_id for r in results if r.batch_id is not None))
        if changed.reviews:
            self._analysis.analyze_pending(
                lambda f, m: progress(0.8 + 0.2 * f, m), cancel)
            changed = Changed(**{**changed.__dict__, "analysis": True})
        progress(1.0, "Import finished")
        return ImportOutcome(tuple(results), tuple(errors), changed)

    def _store(self, part: ParsedFile, digest: str, skip_rejected: bool) -> ImportResult:
        name = Path(part.path).name
        base = dict(file=part.path, kind=part.kind.value, format=part.format,
                    rows_read=part.rows_read, rejected=part.rejected)
        if part.rejected and not skip_rejected:
            return ImportResult(inserted=0, duplicates=0, batch_id=None, **base)
        with self._db.session() as s:
            batch_id = repo.create_batch(s, name, digest, part.kind.value, part.format,
                                         part.rows_read, len(part.rejected))
            records = part.records
            if part.kind is ImportKind.REVIEWS:
                inserted, dupes = repo.insert_reviews(
                    s, batch_id, [r for r in records if isinstance(r, ReviewRecord)])
            elif part.kind is ImportKind.CUSTOMERS:
                inserted, dupes = repo.insert_customers(
                    s, batch_id, [r for r in records if isinstance(r, CustomerRecord)])
            else:
                inserted, dupes = repo.insert_orders(
                    s, batch_id, [r for r in records if isinstance(r, OrderRecord)])
            if inserted == 0:
                s.rollback()  # a re-import that adds nothing leaves no empty batch behind
                return ImportResult(inserted=0, duplicates=dupes, batch_id=None, **base)
            repo.finish_batch(s, batch_id, inserted, dupes)
        return ImportResult(inserted=inserted, duplicates=dupes, batch_id=batch_id, **base)

    def list_batches(self) -> list[ImportBatchInfo]:
        with self._db.session() as s:
            return repo.list_batches(s)

    def undo_batch(self, batch_id: int) -> Changed:
        """Remove every row a batch inserted; raises UserError for an unknown or undone batch."""
        with self._db.session() as s:
            info = repo.get_batch(s, batch_id)
            if info is None:
                raise UserError(f"There is no import batch {batch_id}.")
            if info.undone_at is not None:
                raise UserError(f"Import batch {batch_id} ({info.file_name}) was already undone.")
            repo.undo_batch(s, batch_id)
            if info.kind == ImportKind.REVIEWS.value:
                repo.recompute_trends(s)
        return Changed(reviews=info.kind == "reviews", customers=info.kind == "customers",
                       orders=info.kind == "orders", batches=(batch_id,))
