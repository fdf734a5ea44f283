"""Analysing stored reviews: only new, changed or outdated ones, in chunks,
on all cores for large sets.

Threading: call from a worker thread; uses its own sessions. Results are
saved chunk by chunk, so a cancel keeps what was already analysed.
"""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from typing import Sequence

from desktop.analysis.engine import analyze
from desktop.core.progress import CancelToken, ProgressFn, check_cancel, no_progress
from desktop.services.terms import TermsService, effective_version
from desktop.storage import repositories as repo
from desktop.storage.database import Database
from desktop.storage.keys import text_hash

CHUNK = 1000
PARALLEL_THRESHOLD = 3000  # below this, starting worker processes costs more than it saves


def review_text(title: str | None, text: str | None) -> str:
    """The text the engine reads: the title carries sentiment too ("Disappointing")."""
    parts = [p.strip() for p in (title, text) if p and p.strip()]
    return ". ".join(parts)


def _analyze_chunk(job: tuple[Sequence[tuple[int, str, int | None, str | None]],
                                dict[str, list[str]], str]) -> repo.AnalysisRows:
    """Runs in a worker process: analyse one chunk and turn it into the rows
    to store, stamped with the effective version. Plain tuples travel back
    to the main process far cheaper than analysis objects, and the main
    process only writes them."""
    items, terms, version = job
    extra = terms if any(terms.values()) else None
    return repo.analysis_rows(
        [(rid, text_hash(text, rating), analyze(text, lang=lang, rating=rating, extra_terms=extra))
         for rid, text, rating, lang in items], engine_version=version)


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
        workers = workers or os.cpu_count() or 1
        pool = ProcessPoolExecutor(workers) if total >= PARALLEL_THRESHOLD and workers > 1 else None
        try:
            jobs = [(chunk, terms, version) for chunk in chunks]
            results = pool.map(_analyze_chunk, jobs) if pool else map(_analyze_chunk, jobs)
            for chunk, rows in zip(chunks, results):
                check_cancel(cancel)
                with self._db.session() as s:
                    repo.save_analysis_rows(s, rows)
                done += len(chunk)
                progress(done / total, f"Analysed {done:,} of {total:,} reviews")
        finally:
            if pool:
                pool.shutdown(wait=True, cancel_futures=True)
        with self._db.session() as s:
            repo.recompute_trends(s)
        return done
