"""Which customer wrote a review: review authors matched to customers by
name forms, e-mail or phone, and a visit in the days before the review.

Every match is a *suggestion* with a confidence; the owner confirms or
dismisses it. Confidences (``LINK_CONFIDENCE``) are what the evidence is
worth on its own; a form that several customers share divides it among them
("Maria R." when the café knows two Maria Rs). A review whose author only
shares a first name with a customer is suggested only when that customer
came in the days before it.

Pure; safe from any thread.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np

from desktop.customers.lexicon import fold
from desktop.customers.visits import Visits

LINK_VISIT_DAYS = 3
"""A visit on the day of the review or up to three days before it counts as "came in before writing"."""
LINK_MIN_CONFIDENCE = 0.5
"""Weaker matches are not suggested at all."""
LINK_CONFIDENCE: dict[str, float] = {
    "email": 0.97,              # the author field holds the customer's e-mail
    "phone": 0.97,
    "name+visit": 0.95,         # full name, and a visit in the days before
    "name": 0.7,                # full name; we know no visits of this customer
    "name-no-visit": 0.6,       # full name, but their orders show no visit then
    "initial+visit": 0.8,       # "Maria R." / "M. Rossi", and a visit before
    "initial": 0.4,
    "first-name+visit": 0.55,   # "Maria", and the only Maria who came then
}
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")


@dataclass(frozen=True)
class LinkSuggestion:
    review_id: int
    customer_id: int
    confidence: float
    method: str


def name_tokens(name: str | None) -> list[str]:
    """Letters only, folded: "Ana-María  O'Brien" -> ["ana", "maria", "o", "brien"]."""
    return re.findall(r"[^\W\d_]+", fold(name or ""))


def _phone_digits(text: str | None) -> str:
    digits = re.sub(r"\D", "", text or "")
    return digits if len(digits) >= 8 else ""


class _Index:
    def __init__(self, customers: Iterable[tuple[int, str | None, str | None, str | None]]) -> None:
        self.full: dict[str, set[int]] = defaultdict(set)
        self.pair: dict[tuple[str, str], set[int]] = defaultdict(set)
        self.first_initial: dict[tuple[str, str], set[int]] = defaultdict(set)
        self.initial_last: dict[tuple[str, str], set[int]] = defaultdict(set)
        self.first: dict[str, set[int]] = defaultdict(set)
        self.email: dict[str, set[int]] = defaultdict(set)
        self.phone: dict[str, set[int]] = defaultdict(set)
        for cid, name, email, phone in customers:
            tokens = name_tokens(name)
            if len(tokens) >= 2:
                self.full[" ".join(tokens)].add(cid)
                self.pair[(tokens[0], tokens[-1])].add(cid)
                self.first_initial[(tokens[0], tokens[-1][0])].add(cid)
                self.initial_last[(tokens[0][0], tokens[-1])].add(cid)
            if tokens:
                self.first[tokens[0]].add(cid)
            if email:
                self.email[email.strip().lower()].add(cid)
            digits = _phone_digits(phone)
            if digits:
                self.phone[digits[-9:]].add(cid)


def _visit_lookup(visits: Visits) -> dict[int, np.ndarray]:
    if not len(visits):
        return {}
    cuts = np.flatnonzero(np.diff(visits.customer_id)) + 1
    starts = np.concatenate(([0], cuts))
    ends = np.concatenate((cuts, [len(visits.customer_id)]))
    return {int(visits.customer_id[s]): visits.day[s:e] for s, e in zip(starts, ends)}


def _came_before(days: np.ndarray | None, review_day: int) -> bool:
    if days is None or review_day < 0:
        return False
    i = np.searchsorted(days, review_day, side="right")
    return i > 0 and days[i - 1] >= review_day - LINK_VISIT_DAYS


def match_authors(reviews: Sequence[tuple[int, str | None, int]],
                  customers: Sequence[tuple[int, str | None, str | None, str | None]],
                  visits: Visits) -> list[LinkSuggestion]:
    """Suggested links for ``reviews`` ((id, author, day ordinal or -1)) among
    ``customers`` ((id, name, email, phone)), using their ``visits``. At most
    the best-supported customers per review, each at least ``LINK_MIN_CONFIDENCE``."""
    index = _Index(customers)
    days_of = _visit_lookup(visits)
    out: list[LinkSuggestion] = []
    for review_id, author, day in reviews:
        out.extend(_match_one(review_id, author, day, index, days_of))
    return out


def _match_one(review_id: int, author: str | None, day: int, index: _Index,
               days_of: dict[int, np.ndarray]) -> list[LinkSuggestion]:
    text = (author or "").strip()
    if not text:
        return []
    email = EMAIL_RE.search(text)
    if email and index.email.get(email.group(0).lower()):
        return _spread(review_id, index.email[email.group(0).lower()], "email", LINK_CONFIDENCE["email"])
    digits = _phone_digits(text)
    if digits and index.phone.get(digits[-9:]) and len(re.sub(r"[\d\s+()-]", "", text)) == 0:
        return _spread(review_id, index.phone[digits[-9:]], "phone", LINK_CONFIDENCE["phone"])
    tokens = name_tokens(text)
    if not tokens:
        return []
    if len(tokens) >= 2 and len(tokens[-1]) == 1 and len(tokens[0]) > 1:
        return _by_visits(review_id, index.first_initial.get((tokens[0], tokens[-1]), set()), day, days_of,
                          "initial")
    if len(tokens) >= 2 and len(tokens[0]) == 1 and len(tokens[-1]) > 1:
        return _by_visits(review_id, index.initial_last.get((tokens[0], tokens[-1]), set()), day, days_of,
                          "initial")
    if len(tokens) >= 2:
        found = index.full.get(" ".join(tokens)) or index.pair.get((tokens[0], tokens[-1]), set())
        return _by_visits(review_id, found, day, days_of, "name")
    return _by_visits(review_id, index.first.get(tokens[0], set()), day, days_of, "first-name")


def _by_visits(review_id: int, candidates: set[int], day: int, days_of: dict[int, np.ndarray],
               form: str) -> list[LinkSuggestion]:
    if not candidates:
        return []
    came = {c for c in candidates if _came_before(days_of.get(c), day)}
    if came:
        return _spread(review_id, came, f"{form}+visit", LINK_CONFIDENCE[f"{form}+visit"])
    if form != "name":
        return _spread(review_id, candidates, form, LINK_CONFIDENCE.get(form, 0.0))
    # a full name without a visit: weaker still when we know this customer's visits and none fits
    known = {c for c in candidates if c in days_of}
    unknown = candidates - known
    pool, method = (unknown, "name") if unknown else (known, "name-no-visit")
    return _spread(review_id, pool, method, LINK_CONFIDENCE[method])


def _spread(review_id: int, ids: set[int], method: str, confidence: float) -> list[LinkSuggestion]:
    share = round(confidence / len(ids), 3)
    if share < LINK_MIN_CONFIDENCE:
        return []
    return [LinkSuggestion(review_id, cid, share, method) for cid in sorted(ids)]
