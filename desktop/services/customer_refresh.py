"""Bringing the derived customer data up to date after an import, an undo or
a merge: the menu catalogue, staff notes read into the structured profile,
review authors matched to customers, profile suggestions, and tier changes.

Nothing here decides for the owner: links and suggestions are stored as
suggestions; only notes that staff wrote count as entered by a person.

Threading: run on the write worker (or the CLI); one session, one transaction.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import pandas as pd

from desktop.core.progress import CancelToken, ProgressFn, check_cancel, no_progress
from desktop.customers.matching import match_authors
from desktop.customers.menu import format_tags, item_key, suggest_tags
from desktop.customers.preferences import DIETS, structure_note
from desktop.customers.suggestions import (
    review_suggestions,
    usual_orders,
    vegetarian_candidates,
)
from desktop.customers.tiers import explain_tier
from desktop.customers.visits import to_ordinals
from desktop.messaging.language import language_from_note
from desktop.services.customer_metrics import build_overview, cache_visits
from desktop.storage import repositories as repo
from desktop.storage.database import Database

TIER_BACKFILL_MONTHS = 3
"""On the first tier recording, tiers are also worked out as of the end of each
of the three months before, so "who moved this month" means something at once."""
SUGGESTION_FIELDS = ("usual_order", "diet", "allergy", "language")
LANGUAGE_CODES = frozenset({"en", "it", "pt", "es", "fr", "de", "nl", "sv", "ru"})
LINES_SLICE_ROWS = 50_000
"""Order lines turned into frame columns at a time (:func:`_lines_frame`): each pandas call
over a slice holds Python's global lock a few milliseconds, where one call over a million
lines held it 100-400 ms and stalled the window (its GUI thread waits for that lock)."""


@dataclass(frozen=True)
class RefreshResult:
    menu_items_added: int
    notes_structured: int
    links_suggested: int
    suggestions_added: int
    tier_changes: int


def refresh_customers(db: Database, progress: ProgressFn = no_progress,
                      cancel: CancelToken | None = None) -> RefreshResult:
    """Run every derived step in one transaction (see the module docstring)."""
    with db.session() as s:
        progress(0.0, "Updating the menu catalogue")
        items = repo.sync_menu(s, item_key, lambda name: format_tags(suggest_tags(name)) or "")
        check_cancel(cancel)
        progress(0.15, "Reading staff notes")
        notes = structure_notes(s)
        check_cancel(cancel)
        progress(0.3, "Matching review authors to customers")
        visits = cache_visits(s)
        links = match_reviews(s, visits)
        check_cancel(cancel)
        progress(0.5, "Looking for suggestions")
        added = suggest(s)
        check_cancel(cancel)
        progress(0.8, "Recording tier changes")
        changes = record_tiers(s)
    progress(1.0, "Customers updated")
    return RefreshResult(items, notes, links, added, changes)


def structure_notes(session) -> int:
    """Staff notes not read yet become structured facts: diets and allergies
    (entered by a person: staff wrote them), the usual order and seating
    (only where the profile has none). Each note is read once."""
    notes = repo.unstructured_notes(session)
    for note_id, cid, kind, text in notes:
        if kind == "language":
            code = language_from_note(text)  # "ru", "prefers French", "parla tedesco"
            if code in LANGUAGE_CODES:
                repo.save_profile(session, cid, {"language": code}, only_empty=True)
            continue
        fact = structure_note(kind, text or "")
        for code in sorted(fact.diets):
            repo.add_health(session, cid, "diet", code, repo.ENTERED_BY_STAFF, note=text, source_note_id=note_id)
        for code in sorted(fact.allergies):
            repo.add_health(session, cid, "allergy", code, repo.ENTERED_BY_STAFF, note=text,
                            source_note_id=note_id)
        fields = {k: v for k, v in (("usual_order", fact.usual_order), ("seating", fact.seating)) if v}
        if fields:
            repo.save_profile(session, cid, fields, only_empty=True)
    repo.mark_structured(session, [n[0] for n in notes])
    return len(notes)


def match_reviews(session, visits) -> int:
    """Suggest which customer wrote each review not yet confirmed."""
    candidates = repo.review_candidates(session)
    if not candidates:
        return 0
    days = to_ordinals([c[2] for c in candidates])
    people = [(r[0], r[1], r[2], r[3]) for r in repo.people_rows(session)]
    found = match_authors([(rid, author, int(d)) for (rid, author, _), d in zip(candidates, days)], people, visits)
    return repo.upsert_links(session, [(l.review_id, l.customer_id, l.confidence, l.method) for l in found])


def _lines_frame(session) -> pd.DataFrame:
    """Every order line of a known customer as a frame (customer_id, day
    ordinal, item, modifiers, item_key), built ``LINES_SLICE_ROWS`` lines at a
    time and then joined: the same frame as building it at once, but no single
    pandas or numpy call over a million lines holds Python's global lock long
    enough to stall the window (this runs on the write worker while the
    window's GUI thread waits for that lock)."""
    rows = repo.customer_lines(session)
    if not rows:
        return pd.DataFrame(columns=["customer_id", "day", "item", "modifiers", "item_key"])
    # each distinct text once: the frame then holds no string of its own per line, so freeing
    # the rows (a slice at a time, below) and later the frame costs no long pause either
    same: dict[str | None, str | None] = {None: None}
    keys: dict[str, str] = {}
    # the dtype inference of a whole column: text, or (modifiers nowhere given) plain objects
    modifiers_dtype = "str" if any(r[3] is not None for r in rows) else object
    parts = []
    for start in range(0, len(rows), LINES_SLICE_ROWS):
        cids, times, items, mods = zip(*rows[start:start + LINES_SLICE_ROWS])
        items = [same.setdefault(name, name) for name in items]
        for name in items:
            if name not in keys:
                keys[name] = item_key(name)
        parts.append(pd.DataFrame({
            "customer_id": np.array(cids, dtype=np.int64), "day": to_ordinals(times),
            "item": pd.array(items, dtype="str"),
            "modifiers": pd.array([same.setdefault(m, m) for m in mods], dtype=modifiers_dtype),
            "item_key": pd.array([keys[name] for name in items], dtype="str")}))
    release_in_slices(rows)
    return pd.concat(parts, ignore_index=True)


def release_in_slices(rows: list) -> None:
    """Empty ``rows`` from the end, ``LINES_SLICE_ROWS`` at a time: freeing a
    million row tuples in one go is one long pause of every other thread."""
    while rows:
        del rows[-LINES_SLICE_ROWS:]


def suggest(session) -> int:
    """Compute every suggestion afresh; store the new ones (a decided pair is
    never suggested again) and withdraw pending ones whose evidence is gone."""
    profiles = repo.profiles(session)
    health = repo.health(session)
    lines = _lines_frame(session)
    tags = repo.menu_tags_by_key(session)
    found = []
    for s in usual_orders(lines):
        if not profiles.get(s.customer_id, {}).get("usual_order"):
            found.append(s)
    for s in vegetarian_candidates(lines, tags):
        if not ({"vegetarian", "vegan"} & health.get(s.customer_id, {}).get("diet", set())):
            found.append(s)
    linked = [(l["customer_id"], l["review_id"], l["text"], l["language"],
               l["created_at"].isoformat() if l["created_at"] else None,
               1.0 if l["status"] == repo.LINK_CONFIRMED else l["confidence"])
              for l in repo.link_rows(session)]
    for s in review_suggestions(linked):
        have = health.get(s.customer_id, {})
        if s.field == "language" and profiles.get(s.customer_id, {}).get("language"):
            continue
        if s.field == "diet" and s.value in have.get("diet", set()):
            continue
        if s.field == "allergy" and s.value in have.get("allergy", set()):
            continue
        if s.field == "diet" and s.value not in DIETS:
            continue
        found.append(s)
    keep = {(s.customer_id, s.field, s.value) for s in found}
    repo.withdraw_suggestions(session, keep, SUGGESTION_FIELDS)
    return repo.upsert_suggestions(session, [dict(customer_id=s.customer_id, field=s.field, value=s.value,
                                                  evidence=s.evidence, confidence=s.confidence,
                                                  review_id=s.review_id) for s in found])


def _month_ends_before(day: date, months: int) -> list[date]:
    out, current = [], day.replace(day=1) - timedelta(days=1)
    for _ in range(months):
        out.append(current)
        current = current.replace(day=1) - timedelta(days=1)
    return sorted(out)


def record_tiers(session, as_of: date | None = None) -> int:
    """Record every customer whose tier differs from the one recorded last
    (a first tier too). The very first time, tiers as of the end of each of
    the ``TIER_BACKFILL_MONTHS`` months before are recorded first."""
    recorded = repo.recorded_tiers(session)
    current = build_overview(session, as_of)
    days = [current.as_of]
    if not recorded:
        first_order = repo.first_order_time(session)
        days = [d for d in _month_ends_before(current.as_of, TIER_BACKFILL_MONTHS)
                if first_order is not None and d >= first_order.date()] + days
    total = 0
    for day in days:
        overview = current if day == current.as_of else build_overview(session, day)
        rules = {r.name: r for r in overview.tiers}
        changes = []
        f = overview.frame
        for cid, tier, basis, value in zip(f["id"].tolist(), f["tier"].tolist(), f["tier_basis"].tolist(),
                                           f["tier_value"].tolist()):
            before = recorded.get(cid)
            if tier == before or (cid not in recorded and tier is None):
                continue
            reason = explain_tier(rules[tier], basis, value, overview.currency or "") if tier else None
            changes.append((cid, before, tier, reason))
            recorded[cid] = tier
        total += repo.record_tier_changes(session, changes, day)
    return total


__all__ = ["RefreshResult", "refresh_customers", "structure_notes", "match_reviews", "suggest", "record_tiers",
           "TIER_BACKFILL_MONTHS"]
