"""What the customer services hand to the CLI and the window: frozen
dataclasses of plain values, each with ``as_json()`` where the CLI prints it."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Mapping

import pandas as pd

from desktop.customers.segments import explain_segment, rfm_words
from desktop.customers.suggestions import describe
from desktop.customers.tiers import TierRule, explain_tier


def plain(value: Any) -> Any:
    """JSON-ready: NaN/NaT -> None, timestamps -> ISO text, numpy scalars -> Python."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if value == value.normalize() else value.isoformat()
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if hasattr(value, "item"):
        return plain(value.item())
    if isinstance(value, (list, tuple, set, frozenset)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def _day(value: Any) -> date | None:
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, datetime):
        return value.date()
    return value


@dataclass(frozen=True)
class CustomerSummary:
    """One row of the customer list. ``tags`` holds diet tags (vegetarian,
    vegan, gluten-free, ...), big-spender, birthday-this-month and the tags of
    the customer's own files; ``allergies`` the EU allergen codes a person
    entered or confirmed; ``consent`` True only for a standing explicit yes."""

    id: int
    name: str | None
    email: str | None
    phone: str | None
    tier: str | None
    segment: str | None
    visits: int
    spend: float
    last_visit: date | None
    tags: tuple[str, ...]
    allergies: tuple[str, ...]
    consent: Mapping[str, bool]
    first_visit: date | None = None
    diets: tuple[str, ...] = ()
    segment_reason: str = ""
    tier_reason: str = ""
    rfm: str = ""

    def as_json(self) -> dict:
        return {"id": self.id, "name": self.name, "email": self.email, "phone": self.phone, "tier": self.tier,
                "segment": self.segment, "visits": int(self.visits), "spend": round(float(self.spend), 2),
                "last_visit": self.last_visit.isoformat() if self.last_visit else None,
                "tags": list(self.tags), "allergies": list(self.allergies),
                "consent": {k: bool(v) for k, v in self.consent.items()},
                "first_visit": self.first_visit.isoformat() if self.first_visit else None,
                "diets": list(self.diets), "segment_reason": self.segment_reason,
                "tier_reason": self.tier_reason, "rfm": self.rfm}


def summary_from_row(row: Mapping[str, Any], consent: Mapping[str, bool], tiers: dict[str, TierRule],
                     currency: str | None, window_days: int) -> CustomerSummary:
    """A summary from one overview row (see ``customer_metrics.OVERVIEW_COLUMNS``)."""
    tier = row["tier"] if isinstance(row["tier"], str) else None
    segment = row["segment"] if isinstance(row["segment"], str) else None
    tier_reason = explain_tier(tiers[tier], row["tier_basis"], row["tier_value"], currency or "") if tier else ""
    return CustomerSummary(
        id=int(row["id"]), name=plain(row["name"]), email=plain(row["email"]), phone=plain(row["phone"]),
        tier=tier, segment=segment, visits=int(row["visits"]), spend=float(row["spend"]),
        last_visit=_day(row["last_visit"]), tags=tuple(row["tags"]), allergies=tuple(row["allergies"]),
        consent=dict(consent), first_visit=_day(row["first_visit"]), diets=tuple(row["diets"]),
        segment_reason=explain_segment(segment, row["reason"], row["reason_a"], row["reason_b"],
                                       int(row.get("reason_window") or 0) or window_days),
        tier_reason=tier_reason, rfm=rfm_words(int(row["r"]), int(row["f"]), int(row["m"])))


@dataclass(frozen=True)
class SuggestionInfo:
    id: int
    customer_id: int
    customer_name: str | None
    field: str
    value: str
    evidence: Mapping[str, Any]
    confidence: float
    status: str
    review_id: int | None = None

    @property
    def explanation(self) -> str:
        return describe(self.evidence)

    def as_json(self) -> dict:
        return {"id": self.id, "customer_id": self.customer_id, "customer": self.customer_name,
                "field": self.field, "value": self.value, "evidence": self.explanation,
                "confidence": self.confidence, "status": self.status, "review_id": self.review_id}


@dataclass(frozen=True)
class LinkInfo:
    """A review linked (suggested or confirmed) to a customer."""

    id: int
    review_id: int
    customer_id: int
    customer_name: str | None
    confidence: float
    method: str
    status: str
    author: str | None
    source: str | None
    rating: int | None
    text: str | None
    created_at: datetime | None
    language: str | None = None

    def as_json(self) -> dict:
        return {k: plain(getattr(self, k)) for k in ("id", "review_id", "customer_id", "customer_name", "confidence",
                                                      "method", "status", "author", "source", "rating", "text",
                                                      "created_at")}


@dataclass(frozen=True)
class CustomerCard:
    """Everything the customer card shows. ``metrics`` is the overview row
    (plain values); ``visits_by_month`` is (first day of month, visits, spend)
    over the customer's history."""

    summary: CustomerSummary
    metrics: Mapping[str, Any]
    source: str | None
    birthday: date | None
    profile: Mapping[str, Any]
    health: tuple[Mapping[str, Any], ...]
    staff_notes: tuple[Mapping[str, Any], ...]
    suggestions: tuple[SuggestionInfo, ...]
    reviews: tuple[LinkInfo, ...]
    consent_history: tuple[Mapping[str, Any], ...]
    visits_by_month: tuple[tuple[date, int, float], ...]
    recent_orders: tuple[Mapping[str, Any], ...]
    tier_history: tuple[Mapping[str, Any], ...]
    as_of: date
    currency: str | None = None
    note: str | None = None
    merged_from: tuple[str, ...] = field(default_factory=tuple)
    messages_sent: tuple[Mapping[str, Any], ...] = field(default_factory=tuple)
    """Messages logged to them (exported, sent, copied), newest first: {"sent_at",
    "campaign", "channel", "via"}; ``messages_count`` counts them all."""
    messages_count: int = 0

    def as_json(self) -> dict:
        return {**self.summary.as_json(), "source": self.source, "birthday": plain(self.birthday),
                "as_of": self.as_of.isoformat(), "profile": plain(dict(self.profile)),
                "diets_and_allergies": plain([dict(h) for h in self.health]),
                "staff_notes": plain([dict(n) for n in self.staff_notes]),
                "suggestions": [s.as_json() for s in self.suggestions],
                "reviews": [r.as_json() for r in self.reviews],
                "consent_history": plain([dict(c) for c in self.consent_history]),
                "visits_by_month": [[m.isoformat(), v, round(s, 2)] for m, v, s in self.visits_by_month],
                "tier_history": plain([dict(t) for t in self.tier_history]),
                "usual_gap_days": plain(self.metrics.get("usual_gap")), "note": self.note}


@dataclass(frozen=True)
class ReviewAuthor:
    """Who wrote a review, for the review's detail pane: the link and the
    customer's tier, segment, visits and notes."""

    link: LinkInfo
    summary: CustomerSummary
    usual_order: str | None
    notes: tuple[str, ...]


@dataclass(frozen=True)
class ErasureResult:
    customer_id: int
    counts: Mapping[str, int]


@dataclass(frozen=True)
class MenuItemInfo:
    id: int
    name: str
    category: str | None
    suggested: frozenset[str]
    owner: frozenset[str] | None
    times_ordered: int

    @property
    def tags(self) -> frozenset[str]:
        return self.owner if self.owner is not None else self.suggested

    def as_json(self) -> dict:
        from desktop.customers.menu import MENU_TAGS

        order = {t: i for i, t in enumerate(MENU_TAGS)}
        return {"id": self.id, "name": self.name, "category": self.category,
                "tags": sorted(self.tags, key=order.get), "suggested": sorted(self.suggested, key=order.get),
                "chosen_by_owner": self.owner is not None, "times_ordered": self.times_ordered}
