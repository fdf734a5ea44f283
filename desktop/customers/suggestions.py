"""Suggestions for a customer's profile, each with its evidence, never applied
by themselves: a person accepts or dismisses every one. Allergies in
particular are only ever entered or confirmed by a person.

* a usual order: one item (with its modifiers) on most of their visits;
* a vegetarian candidate: many visits with food, never a meat or fish item;
* a language: the language of the reviews they wrote;
* a diet or an allergy their reviews mention ("as a coeliac ...").

Evidence is a small dict (``code`` plus numbers and quotes) so that the window
can say it in the owner's language; :func:`describe` says it in English.
Pure pandas; safe from any thread.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping

import pandas as pd

from desktop.customers.lexicon import Lexicon
from desktop.customers.menu import ANIMAL_TAGS, FOOD_TAGS
from desktop.customers.preferences import find_mentions

USUAL_ORDER_MIN_VISITS = 5
"""A usual order is suggested only for customers with at least five visits ..."""
USUAL_ORDER_SHARE = 0.5
"""... when one item (with the same modifiers) is on at least half of them."""
VEGETARIAN_MIN_MEAL_VISITS = 8
"""A vegetarian candidate has eaten here (not only drunk) on at least eight visits, never meat or fish."""
REVIEW_EVIDENCE_MIN_CONFIDENCE = 0.8
"""Reviews count as a customer's own words only when linked at least this surely (or confirmed)."""
QUOTE_CHARS = 160

FIELDS = ("usual_order", "diet", "allergy", "language")


@dataclass(frozen=True)
class Suggestion:
    customer_id: int
    field: str
    value: str
    evidence: dict = field(default_factory=dict, compare=False, hash=False)
    confidence: float = 0.5
    review_id: int | None = None


def usual_orders(lines: pd.DataFrame) -> list[Suggestion]:
    """From order lines (customer_id, day, item, modifiers): the item each
    customer has on at least ``USUAL_ORDER_SHARE`` of their visits (days),
    given at least ``USUAL_ORDER_MIN_VISITS`` visits."""
    if lines.empty:
        return []
    df = lines[["customer_id", "day", "item", "modifiers"]].copy()
    df["modifiers"] = df["modifiers"].fillna("").astype(str).str.strip()
    visits = df.groupby("customer_id")["day"].nunique()
    eligible = visits[visits >= USUAL_ORDER_MIN_VISITS].index
    df = df[df["customer_id"].isin(eligible)]
    if df.empty:
        return []
    counts = (df.drop_duplicates(["customer_id", "day", "item", "modifiers"])
              .groupby(["customer_id", "item", "modifiers"]).size().rename("n").reset_index())
    counts["visits"] = counts["customer_id"].map(visits)
    counts["share"] = counts["n"] / counts["visits"]
    best = counts.sort_values(["customer_id", "n", "item"], ascending=[True, False, True]).drop_duplicates(
        "customer_id")
    best = best[best["share"] >= USUAL_ORDER_SHARE]
    out = []
    for row in best.itertuples(index=False):
        value = f"{row.item} ({row.modifiers})" if row.modifiers else str(row.item)
        out.append(Suggestion(int(row.customer_id), "usual_order", value,
                              {"code": "usual_order", "item": value, "count": int(row.n),
                               "visits": int(row.visits)}, round(float(row.share), 2)))
    return out


def vegetarian_candidates(lines: pd.DataFrame, tags: Mapping[str, frozenset[str]]) -> list[Suggestion]:
    """Customers with at least ``VEGETARIAN_MIN_MEAL_VISITS`` visits where
    they ate something (an item tagged as food) and never an item tagged
    meat, fish or shellfish. ``tags`` maps item keys (see ``menu.item_key``)
    to effective tags; ``lines`` has customer_id, day, item_key."""
    if lines.empty:
        return []
    item_tags = lines["item_key"].map(lambda k: tags.get(k, frozenset()))
    df = pd.DataFrame({"customer_id": lines["customer_id"].to_numpy(), "day": lines["day"].to_numpy(),
                       "food": item_tags.map(lambda t: bool(t & FOOD_TAGS)).to_numpy(),
                       "animal": item_tags.map(lambda t: bool(t & ANIMAL_TAGS)).to_numpy()})
    animal = df.groupby("customer_id")["animal"].any()
    meals = df[df["food"]].groupby("customer_id")["day"].nunique()
    meals = meals[(meals >= VEGETARIAN_MIN_MEAL_VISITS) & ~animal.reindex(meals.index, fill_value=True)]
    return [Suggestion(int(cid), "diet", "vegetarian", {"code": "never_meat", "meal_visits": int(n)}, 0.6)
            for cid, n in meals.items()]


def review_suggestions(reviews: Iterable[tuple[int, int, str | None, str | None, str | None, float]],
                       lexicon: Lexicon | None = None) -> list[Suggestion]:
    """From linked reviews (customer_id, review_id, text, language, date as
    ISO text, link confidence): the language they write in, and each diet or
    allergy they mention, with the sentence as evidence. Reviews linked less
    surely than ``REVIEW_EVIDENCE_MIN_CONFIDENCE`` are not used."""
    out: list[Suggestion] = []
    languages: dict[int, dict[str, list[int]]] = {}
    for customer_id, review_id, text, language, when, confidence in reviews:
        if confidence < REVIEW_EVIDENCE_MIN_CONFIDENCE:
            continue
        if language and text:
            languages.setdefault(customer_id, {}).setdefault(language, []).append(review_id)
        for m in find_mentions(text, lexicon):
            quote = m.sentence if len(m.sentence) <= QUOTE_CHARS else m.sentence[:QUOTE_CHARS - 1] + "…"
            out.append(Suggestion(customer_id, m.kind, m.code,
                                  {"code": "review_mention", "quote": quote, "date": when,
                                   "review_id": review_id}, 0.7, review_id))
    for customer_id, by_language in languages.items():
        language, ids = max(by_language.items(), key=lambda kv: (len(kv[1]), kv[0]))
        total = sum(len(v) for v in by_language.values())
        out.append(Suggestion(customer_id, "language", language,
                              {"code": "review_language", "count": len(ids), "reviews": total},
                              round(len(ids) / total, 2), ids[-1]))
    return _first_per_value(out)


def _first_per_value(items: list[Suggestion]) -> list[Suggestion]:
    seen: set[tuple[int, str, str]] = set()
    out = []
    for s in items:
        key = (s.customer_id, s.field, s.value)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out


def describe(evidence: Mapping) -> str:
    """The evidence in one English line."""
    code = evidence.get("code")
    if code == "usual_order":
        return f"{evidence['item']} on {evidence['count']} of {evidence['visits']} visits"
    if code == "never_meat":
        return f"{evidence['meal_visits']} visits with food, never meat or fish"
    if code == "review_language":
        return f"wrote {evidence['count']} of {evidence['reviews']} reviews in this language"
    if code == "review_mention":
        return f"their review{(' of ' + str(evidence['date'])[:10]) if evidence.get('date') else ''}: " \
               f"\u201c{evidence['quote']}\u201d"
    if code == "staff_note":
        return f"staff note: \u201c{evidence.get('note', '')}\u201d"
    return str(evidence.get("text", ""))
