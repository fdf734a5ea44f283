"""Where a computed rating-drop report is kept between processes: the
``stored_reports`` table, one JSON text per (filter and language, state of
the data), so the Overview and the Insights page of a new window read the
report instead of computing it (about half a second on 100,000 reviews).

The state key is a digest of everything the report reads: the reviews and
their analyses (:func:`repo.insight_stamp`, :func:`repo.analysis_stamp`), the till, customers, links,
menu and settings (:func:`repo.fingerprint`), every setting's value (a
changed value of the same length as before), :data:`REPORT_STORE_VERSION`
and the source of the modules that compute the report. Every import, undo,
analysis, merge and settings change moves one of them, so a stored report
of an older state is never read; it is pruned.

Threading: any worker thread; each call uses the session it is given.
"""
from __future__ import annotations

import hashlib
import json
import logging
import sys
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from desktop.storage import repositories as repo

log = logging.getLogger(__name__)

REPORT_STORE_VERSION = 2
"""Bump when a stored report's meaning or layout changes without any change
to the modules in :data:`REPORT_MODULES` (their source is digested too)."""
STORED_PER_FILTER = 3
"""Stored reports kept per filter and language (the newest; older states are never read again)."""
STORED_TOTAL = 48
"""Stored reports kept in all (date filters on the Insights page make many filters)."""
REPORT_MODULES = ("desktop.services.insights", "desktop.services.report_codec", "desktop.analysis.drops",
                  "desktop.analysis.drops_scan", "desktop.analysis.causes", "desktop.analysis.causes_base",
                  "desktop.analysis.causes_groups", "desktop.analysis.bursts", "desktop.analysis.narrate")
"""The code a report is computed by: a change to any of them is a new state."""


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of the source of :data:`REPORT_MODULES` (read once per
    process); in a frozen build without sources, the version alone."""
    h = hashlib.sha256(str(REPORT_STORE_VERSION).encode())
    for name in REPORT_MODULES:
        module = sys.modules.get(name)
        path = Path(getattr(module, "__file__", "") or "")
        try:
            h.update(path.with_suffix(".py").read_bytes())
        except OSError:
            h.update(name.encode())  # frozen: the build's own code, the version says the rest
    return h.hexdigest()


def state_key(session: Any) -> str:
    """The digest of the data state a report computed now would be computed from."""
    parts = [code_digest(), repo.insight_stamp(session), repo.analysis_stamp(session), repo.fingerprint(session),
             repo.settings_rows(session)]
    return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()


def filter_key(fields: dict[str, Any], lang: str) -> str:
    """The digest naming a filter (its fields) and a language."""
    plain = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in sorted(fields.items())}
    return hashlib.sha256(json.dumps([plain, lang], ensure_ascii=False).encode()).hexdigest()


def load(session: Any, fkey: str, skey: str) -> str | None:
    """The stored JSON for these keys, or None."""
    return repo.stored_report(session, fkey, skey)


def save(db: Any, fkey: str, skey: str, body: str) -> bool:
    """Store ``body`` in its own transaction and prune; False (logged, never
    raised) when the database would not take it: a read-only window, a
    server that refuses, another writer holding the file past the timeout.
    A report not stored is computed again by the next process, nothing worse."""
    if getattr(db, "read_only", False):
        return False
    try:
        with db.session() as s:
            repo.store_report(s, fkey, skey, body, keep_per_filter=STORED_PER_FILTER, keep_total=STORED_TOTAL)
        return True
    except Exception as exc:  # noqa: BLE001 - keeping a copy is an optimisation, never a failure
        log.info("report not stored: %s", exc)
        return False
