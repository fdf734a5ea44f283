"""The records the messaging rules work on: who may be written to, what an
offer carries, what was sent, and what a campaign decided. Frozen
dataclasses, stdlib only; nothing here knows where the records come from
(the services build them from storage).

Threading: immutable values; safe to share between threads.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Mapping

from desktop.messaging.reasons import Reason

EMAIL = "email"
SMS = "sms"
WHATSAPP = "whatsapp"
CHANNELS: tuple[str, ...] = (EMAIL, SMS, WHATSAPP)
"""Channels a message can go through (the consent ledger's), in the order a draft prefers them
when the customer has no preferred channel. A WhatsApp draft is the short (SMS) text, to their phone."""
SHORT_CHANNELS: frozenset[str] = frozenset({SMS, WHATSAPP})
"""Channels that carry the short text of a template rather than the e-mail."""

MARKETING = "marketing"
SERVICE = "service"
"""Message kinds: marketing messages are held back by the frequency cap;
a service message (an apology for a bad visit) is not, but it is logged and
counts towards the cap for the marketing that follows."""

LANGUAGES: tuple[str, ...] = ("en", "de", "it", "fr", "es", "pt", "sv", "nl", "ru")
"""Languages a message or a reply can be drafted in (the window's languages)."""
DEFAULT_LANGUAGE = "en"


@dataclass(frozen=True)
class Recipient:
    """One customer as the messaging rules see them.

    ``diet`` and ``allergies`` are lower-case codes (``vegetarian``,
    ``vegan``, ``halal``, ``kosher``, ``gluten-free``, ``dairy-free``;
    allergens ``nuts``, ``peanuts``, ``gluten``, ``milk``, ``egg``, ``fish``,
    ``shellfish``, ...). They only ever leave people out of an offer.
    ``unread_health_notes`` holds diet or allergy notes that could not be
    read as codes: someone with such a note is left out of any offer that
    carries food tags, until a person has looked. ``consent`` maps a channel
    to True (agreed), False (refused) or None (never asked); only True lets
    a draft through. ``segment`` is new / regular / at-risk / lapsed /
    one-off; ``tier`` a name such as "Gold" (``tier_rank`` orders them,
    0 = no tier) and ``previous_tier_rank`` the rank 30 days ago.
    ``language`` is an ISO 639-1 code and ``language_source`` says where it
    came from ("profile", "reviews", "phone", "default"). ``contact_hours`` is
    the customer's own (start hour, end hour) read from ``best_time`` (the
    owner's words, "weekday mornings") when it can be; ``preferred_channel``
    is tried first when it has consent."""

    customer_id: int
    name: str | None
    first_name: str | None = None
    email: str | None = None
    phone: str | None = None
    language: str = DEFAULT_LANGUAGE
    language_source: str = "default"
    tier: str | None = None
    tier_rank: int = 0
    previous_tier: str | None = None
    previous_tier_rank: int = 0
    segment: str | None = None
    visits: int = 0
    first_visit: datetime | None = None
    last_visit: datetime | None = None
    usual_order: str | None = None
    diet: frozenset[str] = frozenset()
    allergies: frozenset[str] = frozenset()
    unread_health_notes: tuple[str, ...] = ()
    consent: Mapping[str, bool | None] = field(default_factory=dict)
    contact_hours: tuple[int, int] | None = None
    birthday: date | None = None
    reviews: tuple[ReviewRef, ...] = ()
    preferred_channel: str | None = None
    best_time: str | None = None


@dataclass(frozen=True)
class ReviewRef:
    """A review the customer wrote (through the links the owner confirmed)."""

    review_id: int
    rating: int | None
    created_at: datetime | None
    language: str | None = None
    flags: tuple[str, ...] = ()
    source: str | None = None


@dataclass(frozen=True)
class Offer:
    """What a campaign offers: the campaign name, the menu tags of the dish
    or offer (``meat``, ``fish``, ``shellfish``, ``dairy``, ``egg``,
    ``gluten``, ``nuts``, ``alcohol``, ``pork``, ``vegan``, ``vegetarian``),
    the dish named (new-dish) and the owner's own offer text, if any: a draft
    never promises anything the owner did not write here."""

    campaign: str
    tags: frozenset[str] = frozenset()
    dish: str | None = None
    offer_text: str | None = None
    tier: str | None = None


@dataclass(frozen=True)
class SentMessage:
    """One message in the log: exported or sent to a customer."""

    customer_id: int
    channel: str
    campaign: str
    sent_at: datetime
    kind: str = MARKETING
    run_id: int | None = None
    review_id: int | None = None


@dataclass(frozen=True)
class Suppression:
    """A do-not-contact entry: a customer, an e-mail address or a phone."""

    value: str
    kind: str  # "customer" | "email" | "phone"
    reason: str = ""
    added_at: datetime | None = None


@dataclass(frozen=True)
class Draft:
    """One message ready to copy, export or send. ``send_after`` is the
    earliest time outside quiet hours (None: any time)."""

    customer_id: int
    name: str | None
    channel: str
    to: str
    language: str
    subject: str
    body: str
    campaign: str
    kind: str = MARKETING
    version: int = 0
    send_after: datetime | None = None
    review_id: int | None = None
    why: tuple[Reason, ...] = ()
    """Why this customer is in the campaign (their segment, tier, birthday...)."""
    tier: str | None = None
    segment: str | None = None
    """The customer side's tier and segment (as ``customers --json`` prints them)."""

    def as_json(self) -> dict:
        return {"customer_id": self.customer_id, "name": self.name, "channel": self.channel,
                "to": self.to, "language": self.language, "subject": self.subject,
                "body": self.body, "campaign": self.campaign, "version": self.version,
                "send_after": self.send_after.isoformat(timespec="minutes") if self.send_after else None,
                "why": [r.text for r in self.why], "tier": self.tier, "segment": self.segment}


@dataclass(frozen=True)
class Exclusion:
    """Someone the campaign would have reached, left out. ``reasons`` are
    every rule that applied, most important first (see ``reasons.ENGLISH``
    for the codes: suppressed, consent, no_address, diet, allergy,
    health_note, health_claim, already, cap, fatigue, holdout)."""

    customer_id: int
    name: str | None
    reasons: tuple[Reason, ...]
    tier: str | None = None
    segment: str | None = None
    """The customer side's tier and segment (as ``customers --json`` prints them)."""

    @property
    def code(self) -> str:
        return self.reasons[0].code

    @property
    def reason(self) -> str:
        return self.reasons[0].text

    def as_json(self) -> dict:
        return {"customer_id": self.customer_id, "name": self.name, "code": self.code,
                "reason": self.reason, "reasons": [r.text for r in self.reasons],
                "tier": self.tier, "segment": self.segment}


@dataclass(frozen=True)
class CampaignPlan:
    """What a campaign would do now: the drafts, who was left out and why,
    and the hold-out (eligible customers deliberately not contacted, to
    measure the campaign) with the seed that chose it."""

    campaign: str
    kind: str
    drafts: tuple[Draft, ...]
    excluded: tuple[Exclusion, ...]
    holdout: tuple[int, ...]
    seed: int
    as_of: datetime

    def as_json(self) -> dict:
        return {"campaign": self.campaign, "kind": self.kind, "seed": self.seed,
                "as_of": self.as_of.isoformat(timespec="minutes"),
                "drafts": [d.as_json() for d in self.drafts],
                "excluded": [e.as_json() for e in self.excluded],
                "holdout": list(self.holdout)}
