"""Importing files: read with the importers, write one transaction per file,
record the batch, then analyse what is new.

Threading: ``import_files`` runs in a worker thread (or the CLI's main
thread); it opens its own sessions and returns plain records.
"""
from __future__ import annotations

import contextlib
import hashlib
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence

from desktop import importers
from desktop.core.errors import Cancelled, FileReadError, UserError, error_message
from desktop.core.messages import Message, as_message
from desktop.core.progress import CancelToken, ProgressFn, check_cancel, no_progress
from desktop.core.records import (
    Changed,
    CustomerRecord,
    ImportBatchInfo,
    ImportKind,
    ImportResult,
    OrderRecord,
    Rejection,
    ReviewRecord,
)
from desktop.importers import ParsedChunk, ReadOptions
from desktop.services.analysis import AnalysisService
from desktop.services.bulkwork import collect_young, young_collections_only
from desktop.services.import_results import (
    FileImportResult,
    ImportOutcome,
    ImportPreview,
    PartPreview,
    ambiguous_date_columns,
    record_dict,
)
from desktop.services.settings import SettingsService
from desktop.storage import repositories as repo
from desktop.storage.database import Database

IMPORT_CHUNK_ROWS = 5000
"""Rows the importers hand over at a time; bounds memory whatever the file's size."""
PREVIEW_ROWS = 20
"""Records shown in an import preview."""
def file_hash(path: Path) -> str:
    """SHA-256 of a file, or of every file under a folder (names and contents).
    Pipes and devices (a link to /dev/zero) are never read: they would block
    or never end (FileReadError for one given as the file itself)."""
    h = hashlib.sha256()
    if not path.is_dir() and path.exists() and not path.is_file():
        raise FileReadError(str(path), Message("read.not_regular"))
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for f in files:
        if path.is_dir():
            h.update(str(f.relative_to(path)).encode())
        with open(f, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    return h.hexdigest()


class ImportService:
    def __init__(self, db: Database, analysis: AnalysisService,
                 settings: SettingsService | None = None) -> None:
        self._db = db
        self._analysis = analysis
        self._settings = settings or SettingsService(db)
        self.after_change: list[Callable[[Changed, ProgressFn, CancelToken | None], None]] = []
        """Called after an import or undo that changed something, in its thread,
        with what changed: derived data (the customers' links, suggestions and
        tiers) is brought up to date there."""

    def _after(self, changed: Changed, progress: ProgressFn, cancel: CancelToken | None) -> None:
        if changed.reviews or changed.customers or changed.orders:
            for hook in self.after_change:
                hook(changed, progress, cancel)

    def read_options(self, options: ReadOptions | None = None) -> ReadOptions:
        """The caller's options, with the business's phone region when they give none."""
        options = options or ReadOptions()
        if options.default_region is None:
            region = self._settings.default_region()
            if region:
                options = replace(options, default_region=region)
        return options

    # -- preview ------------------------------------------------------------

    def preview(self, path: str, kind: str | None = None, fmt: str | None = None,
                options: ReadOptions | None = None, skip_rejected: bool = True,
                progress: ProgressFn = no_progress, cancel: CancelToken | None = None,
                sample: int = PREVIEW_ROWS) -> ImportPreview:
        """Read ``path`` and dry-run the import: nothing is written (the very
        insert path runs in a transaction that is rolled back). Raises
        UserError (FileReadError) when the file cannot be read, Cancelled when
        cancelled. Run it in a worker thread: it reads the whole file, chunk by
        chunk, so memory stays bounded whatever the file's size."""
        options = self.read_options(options)
        import_kind = ImportKind(kind) if kind else None
        fmt_name, kind_name, confidence, mapping, headers = self._recognise(
            path, import_kind, fmt, options)
        digest = file_hash(Path(path))
        parts: list[PartPreview] = []
        skipped: list[str] = []
        with self._db.session() as s, young_collections_only():
            try:
                with contextlib.closing(importers.iter_file(
                        path, kind=import_kind, fmt=fmt, options=options, cancel=cancel,
                        progress=lambda f, m: progress(0.95 * f, m),
                        chunk_rows=IMPORT_CHUNK_ROWS)) as chunks:
                    stream = iter(chunks)
                    for first in stream:
                        if first.error is not None:
                            skipped.append(first.error)
                            continue
                        try:
                            result, records = self._write_stream(
                                s, first, stream, digest, skip_rejected, cancel, sample=sample)
                        except _PartFailed as exc:
                            skipped.append(exc.problem)
                            continue
                        parts.append(PartPreview(
                            file=result.file, kind=result.kind, format=result.format,
                            rows_read=result.rows_read, new=result.inserted,
                            duplicates=result.duplicates, merged=result.merged,
                            updated=result.updated, rejected=result.rejected,
                            warnings=result.warnings, blocked=result.blocked, records=records))
            finally:
                s.rollback()  # the dry run: nothing of the above is kept
        if skipped and parts:
            parts[0] = replace(parts[0], warnings=parts[0].warnings
                               + tuple(Message("import.skipped", detail=p) for p in skipped))
        many = len(parts) > 1
        rejected = tuple(Rejection(r.row, Message("file.rejected", file=Path(p.file).name, detail=as_message(r.reason))
                                   if many else r.reason)
                         for p in parts for r in p.rejected)
        warnings = tuple(dict.fromkeys(w for p in parts for w in p.warnings))
        first = parts[0] if parts else None
        progress(1.0, "Preview ready")
        return ImportPreview(
            file=str(path),
            format=first.format if first else fmt_name,
            kind=first.kind if first else kind_name,
            confidence=confidence,
            columns={header: field for field, header in mapping.items()},
            headers=headers,
            fields=_field_names(first.kind if first else kind_name),
            warnings=warnings,
            ambiguous_dates=ambiguous_date_columns(warnings),
            records=tuple(r for p in parts for r in p.records)[:sample],
            rows_read=sum(p.rows_read for p in parts),
            new=sum(p.new for p in parts),
            duplicates=sum(p.duplicates for p in parts),
            merged=sum(p.merged for p in parts),
            updated=sum(p.updated for p in parts),
            rejected=rejected,
            parts=tuple(parts),
            options=options,
            strict=not skip_rejected,
        )

    def _recognise(self, path: str, kind: ImportKind | None, fmt: str | None,
                   options: ReadOptions) -> tuple[str, str, float, dict[str, str], tuple[str, ...]]:
        """(format, kind, confidence, {field: column}, headers) as the importers see the file."""
        try:
            rec = importers.sniff(path, kind=kind, options=options)
        except FileReadError:
            if not fmt:
                raise
            # a forced format (perhaps with a column mapping) may still read it
            return fmt, kind.value if kind else "", 1.0, {}, ()
        if not fmt or fmt == rec.format:
            confidence = 1.0 if fmt else rec.confidence  # the caller said which format it is
            return rec.format, rec.kind.value, confidence, dict(rec.mapping), rec.headers
        mapping: dict[str, str] = {}
        kind_name = kind.value if kind else rec.kind.value
        try:  # the forced format's own mapping of these headers
            from desktop.importers.api import recognise

            _prof, cmap, k, _conf, _name = recognise(list(rec.headers), kind, fmt, options, str(path))
            mapping, kind_name = cmap.named(), k.value
        except Exception:  # noqa: BLE001 - read_file reports the real problem next
            pass
        return fmt, kind_name, 1.0, mapping, rec.headers

    # -- import -------------------------------------------------------------

    def import_files(self, paths: Sequence[str], progress: ProgressFn = no_progress,
                     cancel: CancelToken | None = None, kind: str | None = None,
                     fmt: str | None = None, skip_rejected: bool = True,
                     options: ReadOptions | None = None, analyze: bool = True) -> ImportOutcome:
        """Import each file in its own transaction. A file that cannot be read
        is reported in ``errors`` and leaves the database as it was. With
        ``skip_rejected=False`` a file with rejected rows writes nothing (its
        result has ``blocked=True`` and no batch). ``options`` (day/month
        order, column mapping, phone region; the business's region when none)
        go to the importers. With ``analyze=False`` new reviews are stored
        unanalysed (the next ``analyze_pending``, e.g. when the window opens,
        reads them). Raises ``Cancelled`` when cancelled (the file in progress
        is rolled back)."""
        options = self.read_options(options)
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
                digest = file_hash(path)
                with young_collections_only(), contextlib.closing(importers.iter_file(
                        path, kind=import_kind, fmt=fmt, progress=file_progress, cancel=cancel,
                        options=options, chunk_rows=IMPORT_CHUNK_ROWS)) as chunks:
                    results.extend(self._store_stream(chunks, digest, skip_rejected, cancel))
            except Cancelled:
                raise
            except UserError as exc:
                errors.append((str(path), error_message(exc)))
                continue
            except OSError as exc:
                errors.append((str(path), Message("file.rejected", file=str(path), detail=exc.strerror or str(exc))))
                continue
        changed = Changed(
            reviews=any(r.kind == ImportKind.REVIEWS.value and (r.inserted or getattr(r, "updated", 0))
                        for r in results),
            customers=any(r.kind in (ImportKind.CUSTOMERS.value, ImportKind.ORDERS.value) and r.batch_id
                          for r in results),
            orders=any(r.kind == ImportKind.ORDERS.value and r.inserted for r in results),
            batches=tuple(r.batch_id for r in results if r.batch_id is not None))
        stored_reviews = any(r.kind == ImportKind.REVIEWS.value and not getattr(r, "blocked", False)
                             for r in results)
        if analyze and stored_reviews and (changed.reviews or self._analysis.pending_count()):
            # new reviews, or known ones edited since (their analysis was dropped)
            analysed = self._analysis.analyze_pending(
                lambda f, m: progress(0.8 + 0.2 * f, m), cancel)
            changed = Changed(**{**changed.__dict__, "analysis": True,
                                 "reviews": changed.reviews or analysed > 0})
        self._after(changed, lambda f, m: progress(0.97 + 0.03 * f, m), cancel)
        progress(1.0, "Import finished")
        return ImportOutcome(tuple(results), tuple(errors), changed)

    def _store_stream(self, chunks: Iterator[ParsedChunk], digest: str, skip_rejected: bool,
                      cancel: CancelToken | None) -> list[FileImportResult]:
        """Store every logical file of an ``iter_file`` stream, each in ONE
        transaction of its own, chunk by chunk: memory holds one chunk, never
        the file. A file inside a folder/ZIP that fails part way is rolled
        back and named in the first result's warnings ("Skipped ..."), as
        ``read_file`` did; an error or ``Cancelled`` on a single file
        propagates after rolling its transaction back."""
        results: list[FileImportResult] = []
        skipped: list[str] = []
        stream = iter(chunks)
        for first in stream:
            if first.error is not None:
                skipped.append(first.error)
                continue
            try:
                results.append(self._store_file(first, stream, digest, skip_rejected, cancel))
            except _PartFailed as exc:
                skipped.append(exc.problem)
        if skipped and results:
            results[0] = replace(results[0], warnings=results[0].warnings
                                 + tuple(Message("import.skipped", detail=s) for s in skipped))
        return results

    def _store_file(self, chunk: ParsedChunk, stream: Iterator[ParsedChunk], digest: str,
                    skip_rejected: bool, cancel: CancelToken | None) -> FileImportResult:
        """One logical file in ONE transaction of its own, committed at the end."""
        with self._db.session() as s:
            result, _ = self._write_stream(s, chunk, stream, digest, skip_rejected, cancel)
        return result

    def _write_stream(self, s: Any, chunk: ParsedChunk, stream: Iterator[ParsedChunk],
                      digest: str, skip_rejected: bool, cancel: CancelToken | None,
                      sample: int = 0) -> tuple[FileImportResult, tuple[dict, ...]]:
        """The single write path shared by the import (which commits) and its
        preview (which rolls back): one logical file, its chunks from ``chunk``
        to the final one, in the caller's transaction. The batch is created at
        the first chunk; dedupe sees the earlier chunks' rows because they are
        in the same transaction. Strict mode stops writing at the first rejected
        row and reads on only to report every rejection. Returns the result and
        the first ``sample`` records as plain dicts with what happens to each."""
        name = Path(chunk.path).name
        rejected: list[Rejection] = []
        warnings: list[str] = []
        samples: list[dict] = []
        inserted = dupes = merged = updated = 0
        notes: list[str] = []
        blocked = False
        batch_id: int | None = None
        while True:
            if chunk.error is not None:
                raise _PartFailed(chunk.error)  # the caller rolls this file back
            check_cancel(cancel)
            rejected.extend(chunk.rejected)
            warnings.extend(chunk.warnings)
            if chunk.rejected and not skip_rejected and not blocked:
                blocked = True
                s.rollback()  # nothing of a strict file with rejections is kept
                batch_id = None
            want = max(0, sample - len(samples))
            if blocked:
                samples.extend(record_dict(r, ("blocked", None)) for r in chunk.records[:want])
            elif chunk.records:
                if batch_id is None:
                    batch_id = repo.create_batch(s, name, digest, chunk.kind.value, chunk.format,
                                                 chunk.rows_read, 0)
                i, d, m, u, n, outcomes = self._write_records(s, chunk.kind, batch_id,
                                                              chunk.records, want > 0)
                inserted, dupes, merged, updated = inserted + i, dupes + d, merged + m, updated + u
                notes.extend(n)
                samples.extend(record_dict(r, o) for r, o in zip(chunk.records[:want], outcomes))
            if chunk.final:
                break
            collect_young()  # the automatic collector is paused (bulkwork)
            chunk = next(stream)
        base = dict(file=chunk.path, kind=chunk.kind.value, format=chunk.format,
                    rows_read=chunk.rows_read, rejected=tuple(rejected))
        if blocked:
            note = (f"Nothing was imported from {name}: {len(rejected)} row(s) were rejected "
                    f"and strict mode writes a file completely or not at all.")
            return (FileImportResult(inserted=0, duplicates=0, batch_id=None, blocked=True,
                                     warnings=tuple(warnings) + (note,), **base), tuple(samples))
        keep = bool(inserted or merged or updated)
        if batch_id is not None:
            if keep:
                repo.finish_batch(s, batch_id, inserted, dupes, rows_read=chunk.rows_read,
                                  rejected=len(rejected), updated=updated)
            else:
                # a re-import that changes nothing leaves no empty batch behind
                # (anything it changed in place belongs to its batch, kept above)
                repo.delete_batch(s, batch_id)
        return (FileImportResult(inserted=inserted, duplicates=dupes, merged=merged,
                                 updated=updated, batch_id=batch_id if keep else None,
                                 warnings=tuple(warnings) + _summarise(notes), **base),
                tuple(samples))

    @staticmethod
    def _write_records(s: Any, kind: ImportKind, batch_id: int, records: Sequence[object],
                       with_outcomes: bool = False
                       ) -> tuple[int, int, int, int, tuple[str, ...], tuple]:
        """Insert one chunk's records: (inserted, duplicates, merged, updated,
        notes, outcomes), outcomes being one (action, customer id) per record
        when asked for (the preview's "What happens" column)."""
        if kind is ImportKind.CUSTOMERS:
            report = repo.store_customers(s, batch_id, [r for r in records if isinstance(r, CustomerRecord)])
            # a stored customer whose consent the file changed is updated, not a duplicate
            return (report.inserted, report.duplicates - report.updated, report.merged,
                    report.updated, tuple(report.notes), tuple(report.outcomes))
        if kind is ImportKind.REVIEWS:
            stored = repo.store_reviews(s, batch_id, [r for r in records if isinstance(r, ReviewRecord)])
            return (stored.inserted, stored.duplicates, 0, stored.updated, stored.notes,
                    stored.outcomes if with_outcomes else ())
        rows = [r for r in records if isinstance(r, OrderRecord)]
        outcomes = repo.classify_records(s, "orders", rows) if with_outcomes else ()
        stored_orders = repo.store_orders(s, batch_id, rows)
        return (stored_orders.inserted, stored_orders.duplicates, 0, 0, stored_orders.notes,
                tuple(outcomes))

    # -- batches ------------------------------------------------------------

    def list_batches(self) -> list[ImportBatchInfo]:
        with self._db.session() as s:
            return repo.list_batches(s)

    def undo_batch(self, batch_id: int) -> Changed:
        """Remove every row a batch inserted, give the rows it changed in
        place their old values back (an edited review its old text; those are
        analysed again) and undo the customer merges it made (the kept
        customers get their old values back; people other files merged into
        its customers are kept as customers of their own). Raises UserError
        for an unknown or undone batch."""
        with self._db.session() as s:
            info = repo.get_batch(s, batch_id)
            if info is None:
                raise UserError(Message("import.no_batch", batch=batch_id))
            if info.undone_at is not None:
                raise UserError(Message("import.already_undone", batch=batch_id, file=info.file_name))
            removed = repo.undo_batch(s, batch_id)
            if info.kind == ImportKind.REVIEWS.value:
                repo.recompute_trends(s)
        if removed.get("restored"):
            self._analysis.analyze_pending()  # the old texts are read again
        changed = Changed(reviews=info.kind == "reviews", customers=info.kind in ("customers", "orders"),
                          orders=info.kind in ("orders", "customers"),
                          analysis=bool(removed.get("restored")), batches=(batch_id,))
        self._after(changed, no_progress, None)
        return changed


MAX_NOTES = 20
"""Notes of one kind listed one by one in a file's warnings; the rest are counted."""


def _summarise(notes: Sequence[str]) -> tuple[str, ...]:
    """Storage's notes, the first ``MAX_NOTES`` in full and then a count."""
    if len(notes) <= MAX_NOTES:
        return tuple(notes)
    return tuple(notes[:MAX_NOTES]) + (Message("import.more_notes", count=len(notes) - MAX_NOTES),)


class _PartFailed(Exception):
    """A file inside a folder/ZIP failed part way (its transaction is rolled back)."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def _field_names(kind: str) -> tuple[str, ...]:
    """The fields a column of a ``kind`` file can be mapped to (for the mapping editor)."""
    return tuple(importers.field_names(ImportKind(kind)))
