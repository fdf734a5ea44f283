"""The business's own names (dishes, staff) that the engine should find in
reviews, kept in the settings table, plus candidates the engine proposes.

Changing the list changes what every review says, so the effective analysis
version includes a digest of the list: the next analysis run re-analyses.
"""
from __future__ import annotations

import hashlib
import json

from desktop.analysis.engine import ENGINE_VERSION
from desktop.analysis.terms import propose_terms
from desktop.core.errors import UserError
from desktop.storage import repositories as repo
from desktop.storage.database import Database

SETTING_KEY = "own_terms"
KINDS = ("dish", "staff")
PROPOSAL_SAMPLE = 5000  # newest reviews read to propose candidates


def effective_version(terms: dict[str, list[str]]) -> str:
    """ENGINE_VERSION, plus a short digest of the owner's list when there is one."""
    if not any(terms.values()):
        return ENGINE_VERSION
    digest = hashlib.sha1(json.dumps(terms, sort_keys=True).encode()).hexdigest()[:8]
    return f"{ENGINE_VERSION}+{digest}"


class TermsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self) -> dict[str, list[str]]:
        """{"dish": [...], "staff": [...]}, each sorted, lower-case duplicates removed."""
        with self._db.session() as s:
            raw = repo.get_setting(s, SETTING_KEY)
        stored = json.loads(raw) if raw else {}
        return {kind: list(stored.get(kind, [])) for kind in KINDS}

    def set(self, kind: str, names: list[str]) -> dict[str, list[str]]:
        if kind not in KINDS:
            raise UserError(f"Unknown kind {kind!r}: use one of {', '.join(KINDS)}.")
        seen: dict[str, str] = {}
        for name in names:
            clean = " ".join(name.split())
            if clean and clean.lower() not in seen:
                seen[clean.lower()] = clean
        terms = self.get()
        terms[kind] = sorted(seen.values(), key=str.lower)
        with self._db.session() as s:
            repo.set_setting(s, SETTING_KEY, json.dumps(terms, ensure_ascii=False))
        return terms

    def add(self, kind: str, name: str) -> dict[str, list[str]]:
        return self.set(kind, [*self.get().get(kind, []), name])

    def remove(self, kind: str, name: str) -> dict[str, list[str]]:
        current = self.get().get(kind, [])
        kept = [n for n in current if n.lower() != name.strip().lower()]
        if len(kept) == len(current):
            raise UserError(f"{name!r} is not in your {kind} list.")
        return self.set(kind, kept)

    def propose(self, limit: int = 30) -> list[tuple[str, int]]:
        """Frequent name-like phrases in the newest reviews that are not yet listed,
        with the number of reviews that mention each."""
        with self._db.session() as s:
            texts = [row[9] for row in repo.review_rows(s)[:PROPOSAL_SAMPLE] if row[9]]
        listed = [n.lower() for names in self.get().values() for n in names]

        def known(term: str) -> bool:  # "benedict" is already there as "Eggs Benedict"
            t = term.lower()
            return any(t in name or name in t for name in listed)

        return [(t, c) for t, c in propose_terms(texts, limit=limit + len(listed))
                if not known(t)][:limit]
