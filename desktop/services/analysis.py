"""Analysing stored reviews: only new, changed or outdated ones, in chunks,
on all cores for large sets.

Threading: call from a worker thread; uses its own sessions. Results are
saved chunk by chunk, so a cancel keeps what was already analysed. Worker
processes (``desktop.workers``) start fresh, inherit nothing and end when
the app ends, however it ends.
"""
from __future__ import annotations

import contextlib
import os

from desktop.core.progress import CancelToken, ProgressFn, check_cancel, no_progress
from desktop.services.terms import TermsService, effective_version
from desktop.storage import repositories as repo
from desktop.storage.database import Database
from desktop.workers import WorkerPool, analyze_chunk

CHUNK = 1000
PARALLEL_THRESHOLD = 3000  # below this, starting worker processes costs more than it saves


def review_text(title: str | None, text: str | None) -> str:
    """The text the engine reads: the title carries sentiment too ("Disappointing")."""
    parts = [p.strip() for p in (title, text) if p and p.strip()]
    return ". ".join(parts)


class AnalysisService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def pending_count(self) -> int:
        version = effective_version(TermsService(self._db).get())
        with self._db.session() as s:
            return len(repo.pending_analysis(s, version))

    def analyze_pending(self, progress: ProgressFn = no_progress,
                        cancel: CancelToken | None = None, workers: int | None = None) -> int:
        """Analyse every review not yet analysed by this engine version (with
        the owner's current dish and staff names) and refresh the stored
        trends. Returns how many reviews were analysed."""
        terms = TermsService(self._db).get()
        version = effective_version(terms)
        with self._db.session() as s:
            pending = repo.pending_analysis(s, version)
        items = [(rid, review_text(title, text), rating, lang)
                 for rid, title, text, rating, lang in pending]
        total = len(items)
        done = 0
        chunks = [items[i:i + CHUNK] for i in range(0, total, CHUNK)]
        workers = min(workers or os.cpu_count() or 1, len(chunks))
        jobs = [(chunk, terms, version) for chunk in chunks]
        with contextlib.ExitStack() as stack:
            if total >= PARALLEL_THRESHOLD and workers > 1:
                results = stack.enter_context(WorkerPool(workers)).map("analyze", jobs)
            else:
                results = map(analyze_chunk, jobs)
            for chunk, rows in zip(chunks, results):
                check_cancel(cancel)
                with self._db.session() as s:
                    repo.save_analysis_rows(s, rows)
                done += len(chunk)
                progress(done / total, f"Analysed {done:,} of {total:,} reviews")
        with self._db.session() as s:
            repo.recompute_trends(s)
        return done
