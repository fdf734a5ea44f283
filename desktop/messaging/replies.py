"""The reply inbox: reviews waiting for an answer, most urgent first, each
with the reasons for its rank, and a draft reply for every review except
health, safety and legal claims (those get a checklist and a short holding
reply the owner completes, never an automatic answer).

Threading: pure functions over immutable values; safe anywhere.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from statistics import median
from typing import Mapping, Sequence

from desktop.messaging.reasons import Reason, reason
from desktop.messaging.reply_drafts import ReplyContext, compose_reply, holding_reply

HEALTH_FLAGS: tuple[str, ...] = ("food_poisoning", "allergy", "foreign_object", "pest", "hygiene",
                                 "legal_threat", "discrimination")
"""Engine flags that mean a person answers: never auto-drafted."""
FLAG_WORDS = {"food_poisoning": "food poisoning", "allergy": "allergic reaction",
              "foreign_object": "something in the food", "pest": "pests", "hygiene": "hygiene",
              "legal_threat": "legal threat", "discrimination": "discrimination"}
LOW_RATING = 2
"""A review of at most this many stars ranks high."""
MIXED_RATING = 3
INFLUENTIAL_REVIEWS = 50
"""A reviewer with at least this many reviews on the platform (or a Local Guide) is influential."""
KNOWN_VISITS = 3
"""A linked reviewer with at least this many visits counts as a known customer."""
HIGH_TIER_RANK = 2
"""Tier rank from which a linked reviewer's tier raises the rank (the second tier and above:
Gold and VIP with the default tiers)."""
SLIPPING_SEGMENTS = ("at-risk", "lapsed")
"""A linked reviewer in one of these segments is a regular slipping away: the reply may bring them back."""
RECENT_DAYS = 7
FRESH_DAYS = 30
SCORE_LOW_RATING, SCORE_MIXED_RATING = 40, 15
SCORE_KNOWN, SCORE_HIGH_TIER, SCORE_INFLUENTIAL, SCORE_SLIPPING = 15, 10, 15, 10
SCORE_RECENT, SCORE_FRESH = 20, 10
"""Points that order the reviews after the health and legal claims."""
HIGH_FROM, NORMAL_FROM = 50, 20
"""Score thresholds of the urgency labels "high" and "normal" (below: "low")."""
URGENCIES: tuple[str, ...] = ("urgent", "high", "normal", "low")

CHECKLISTS: dict[str, tuple[str, ...]] = {
    "food_poisoning": (
        "Do not argue or deny in public, and do not admit fault either: answer briefly and move the conversation to private.",
        "Find the visit: the date, what they ate, who cooked; keep the kitchen's temperature and cleaning records for that day.",
        "Ask them to contact you directly so you can hear the details (symptoms, when, what they ate).",
        "If more than one guest reports illness, tell your food safety lead or local authority.",
    ),
    "allergy": (
        "Check the dish's allergen sheet: was the ingredient listed, and was the guest told?",
        "Ask them to contact you directly; note what they ordered and what they told the staff.",
        "Correct the menu or the allergen sheet now if it was wrong, and tell the team.",
    ),
    "foreign_object": (
        "Ask them to keep the object or a photo and to contact you directly.",
        "Check with the kitchen which dish and batch it was, and what the object could be.",
    ),
    "pest": (
        "Inspect the premises today and call your pest control contractor; keep the report.",
        "Thank them for telling you and say what you checked; do not deny before you have looked.",
    ),
    "hygiene": (
        "Check the area they mention and your cleaning log for that day.",
        "Thank them, say what you checked or changed, and invite them to contact you.",
    ),
    "legal_threat": (
        "Do not discuss the details in public; talk to your insurer or lawyer before you answer.",
        "Keep every message, receipt and record of the visit.",
    ),
    "discrimination": (
        "Take it seriously: hear the staff involved and the guest before you answer in public.",
        "Reply briefly, invite them to contact you directly, and do not argue the facts in public.",
    ),
}
"""What the owner should do before answering a claim, per flag."""


@dataclass(frozen=True)
class LinkedCustomer:
    """The customer who wrote a review (a link the owner confirmed), with
    the customer side's visits, tier (``tier_rank`` 0 = none, higher is
    better) and segment (new, regular, at-risk, lapsed, one-off)."""

    customer_id: int
    name: str | None
    visits: int = 0
    tier: str | None = None
    tier_rank: int = 0
    segment: str | None = None


@dataclass(frozen=True)
class ReplyCandidate:
    """A review waiting for a reply, with what the engine found in it:
    ``aspects`` as (aspect, polarity, term) in reading order (aspect "dish" /
    "staff" for the owner's own names), ``flags`` the health/legal flags."""

    review_id: int
    external_id: str | None
    source: str
    author: str | None
    rating: int | None
    text: str
    created_at: datetime | None
    language: str | None = None
    title: str | None = None
    author_reviews: int | None = None
    author_local_guide: bool | None = None
    flags: tuple[str, ...] = ()
    aspects: tuple[tuple[str, float, str | None], ...] = ()
    customer: LinkedCustomer | None = None


@dataclass(frozen=True)
class InboxItem:
    """One review in the inbox: its urgency ("urgent", "high", "normal",
    "low"), the reasons for it, and either a draft reply or (for a claim) a
    checklist and a holding reply the owner completes."""

    candidate: ReplyCandidate
    urgency: str
    score: int
    reasons: tuple[Reason, ...]
    draft: str | None
    language: str
    checklist: tuple[str, ...] = ()
    holding: str | None = None
    choices: Mapping[str, str] = field(default_factory=dict)
    drafted: bool = True
    """False for a review whose draft is not written yet (:func:`rank_inbox`); a claim's ``draft`` is
    None whether or not: none may be written."""

    def as_json(self) -> dict:
        c = self.candidate
        return {"review_id": c.review_id, "external_id": c.external_id, "source": c.source,
                "author": c.author, "rating": c.rating,
                "created_at": c.created_at.isoformat(timespec="minutes") if c.created_at else None,
                "urgency": self.urgency, "reasons": [r.text for r in self.reasons], "draft": self.draft,
                "language": self.language, "checklist": list(self.checklist), "holding_reply": self.holding,
                "flags": list(c.flags)}


def rank(c: ReplyCandidate, as_of: datetime) -> tuple[str, int, tuple[Reason, ...]]:
    """(urgency, score, reasons) of one review."""
    reasons: list[Reason] = []
    claims = [f for f in c.flags if f in HEALTH_FLAGS]
    for flag in claims:
        reasons.append(reason("flag", flag=FLAG_WORDS.get(flag, flag.replace("_", " "))))
    score = 0
    if c.rating is not None and c.rating <= LOW_RATING:
        score += SCORE_LOW_RATING
        reasons.append(reason("low_rating", rating=c.rating))
    elif c.rating == MIXED_RATING:
        score += SCORE_MIXED_RATING
        reasons.append(reason("low_rating", rating=c.rating))
    if c.customer is not None and c.customer.visits >= KNOWN_VISITS:
        score += SCORE_KNOWN
        reasons.append(reason("known_customer", visits=c.customer.visits))
        if c.customer.tier_rank >= HIGH_TIER_RANK:
            score += SCORE_HIGH_TIER
            reasons.append(reason("high_tier", tier=c.customer.tier))
        if c.customer.segment in SLIPPING_SEGMENTS:
            score += SCORE_SLIPPING
            reasons.append(reason("slipping", segment=c.customer.segment))
    if (c.author_reviews or 0) >= INFLUENTIAL_REVIEWS or c.author_local_guide:
        score += SCORE_INFLUENTIAL
        bits = []
        if c.author_local_guide:
            bits.append("Local Guide")
        if c.author_reviews:
            bits.append(f"{c.author_reviews} reviews")
        reasons.append(reason("influential", detail=", ".join(bits)))
    if c.created_at is not None:
        days = max(0, (as_of - c.created_at).days)
        if days <= RECENT_DAYS:
            score += SCORE_RECENT
        elif days <= FRESH_DAYS:
            score += SCORE_FRESH
        reasons.append(reason("today") if days == 0 else reason("recent", days=days))
    if claims:
        return "urgent", 1000 + score, tuple(reasons)
    urgency = "high" if score >= HIGH_FROM else "normal" if score >= NORMAL_FROM else "low"
    return urgency, score, tuple(reasons)


def build_inbox(candidates: Sequence[ReplyCandidate], ctx: ReplyContext, as_of: datetime | None = None
                ) -> list[InboxItem]:
    """The inbox, most urgent first (ties: newest first), every draft
    written (what ``replies --json`` prints). Drafts are written in inbox
    order, each avoiding the opening and closing of the draft before it, so
    consecutive drafts never read alike. ~80 us a draft: the window ranks
    with :func:`rank_inbox` and drafts the selected review alone."""
    return draft_items(rank_inbox(candidates, ctx, as_of), ctx)


def rank_inbox(candidates: Sequence[ReplyCandidate], ctx: ReplyContext, as_of: datetime | None = None
               ) -> list[InboxItem]:
    """The inbox in order with no draft written yet (``drafted`` False;
    claims get their checklist and holding reply, which are never drafts).
    Pure and cheap: a rank per review, one sort."""
    as_of = as_of or datetime.now()
    ranked = [(c, *rank(c, as_of)) for c in candidates]
    order = {u: i for i, u in enumerate(URGENCIES)}
    ranked.sort(key=lambda t: (order[t[1]], -t[2], -(t[0].created_at.timestamp() if t[0].created_at else 0),
                               -t[0].review_id))
    items: list[InboxItem] = []
    for c, urgency, score, reasons in ranked:
        lang = ctx.language_for(c.language)
        if urgency == "urgent":
            claims = [f for f in c.flags if f in HEALTH_FLAGS]
            steps = tuple(step for f in claims for step in CHECKLISTS.get(f, ()))
            items.append(InboxItem(c, urgency, score, reasons, None, lang, steps, holding_reply(c, ctx, lang)))
        else:
            items.append(InboxItem(c, urgency, score, reasons, None, lang, drafted=False))
    return items


def draft_items(items: Sequence[InboxItem], ctx: ReplyContext, start: int = 0, stop: int | None = None
                ) -> list[InboxItem]:
    """``items[start:stop]`` (ranked, as :func:`rank_inbox` gives them)
    with their drafts written. Each draft's opening and closing come from
    the phrasings of its place's parity in the inbox (``slot``), so
    neighbours never share them and a review drafted alone reads exactly as
    in the fully drafted inbox. Pure: safe on any thread."""
    stop = len(items) if stop is None else min(stop, len(items))
    return [draft_item(items[k], ctx, k) for k in range(start, stop)]


def draft_item(item: InboxItem, ctx: ReplyContext, position: int) -> InboxItem:
    """``item`` with its draft written, as at ``position`` in the inbox (a
    claim comes back as it is: it is never drafted)."""
    if item.urgency == "urgent":
        return item
    draft, choices = compose_reply(item.candidate, ctx, item.language, slot=position % 2)
    return replace(item, draft=draft, choices=choices, drafted=True)


@dataclass(frozen=True)
class ReplyTimes:
    """How long reviews wait for an answer on one platform: answered count,
    median and 90th-percentile hours, and how many still wait."""

    source: str
    answered: int
    waiting: int
    median_hours: float | None
    p90_hours: float | None

    def as_json(self) -> dict:
        return {"source": self.source, "answered": self.answered, "waiting": self.waiting,
                "median_hours": None if self.median_hours is None else round(self.median_hours, 1),
                "p90_hours": None if self.p90_hours is None else round(self.p90_hours, 1)}


def reply_times(rows: Sequence[tuple[str, datetime | None, datetime | None, datetime | None]]) -> list[ReplyTimes]:
    """Per platform, from (source, created_at, imported reply_at, marked
    answered_at) rows: an imported reply counts at its own time, else the
    moment the owner marked the review answered."""
    per: dict[str, list[float]] = {}
    waiting: dict[str, int] = {}
    for source, created, reply_at, answered_at in rows:
        per.setdefault(source, [])
        waiting.setdefault(source, 0)
        done = reply_at or answered_at
        if done is None:
            waiting[source] += 1
        elif created is not None and done >= created:
            per[source].append((done - created).total_seconds() / 3600)
    out = []
    for source in sorted(per):
        hours = sorted(per[source])
        p90 = hours[min(len(hours) - 1, int(round(0.9 * (len(hours) - 1))))] if hours else None
        out.append(ReplyTimes(source, len(hours), waiting[source], median(hours) if hours else None, p90))
    return out


def linked(customers: Mapping[int, LinkedCustomer], review_customer: Mapping[int, int], review_id: int
           ) -> LinkedCustomer | None:
    cid = review_customer.get(review_id)
    return customers.get(cid) if cid is not None else None


__all__ = ["HEALTH_FLAGS", "CHECKLISTS", "LinkedCustomer", "ReplyCandidate", "InboxItem", "ReplyContext",
           "build_inbox", "rank_inbox", "draft_items", "draft_item", "rank", "reply_times", "ReplyTimes", "linked"]
