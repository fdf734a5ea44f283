"""Campaigns: who each one is for, who is left out and why, and one draft per
recipient in their language.

``plan_campaign`` is the whole decision, a pure function over recipients,
the message log and the owner's templates and settings; the service layer
builds those from storage and logs what is exported or sent.

Threading: pure; safe anywhere. Cost: linear in recipients (~1 ms per draft).
"""
from __future__ import annotations

import random
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Callable, Mapping, Sequence

from desktop.messaging.diet import FOOD_TAGS, conflicts
from desktop.messaging.model import (
    CHANNELS,
    MARKETING,
    SERVICE,
    SHORT_CHANNELS,
    CampaignPlan,
    Draft,
    Exclusion,
    Offer,
    Recipient,
    ReviewRef,
    SentMessage,
    Suppression,
)
from desktop.messaging.reasons import Reason, reason
from desktop.messaging.rules import RuleConfig, address, cap_reason, choose_channel, next_send_time, suppressed
from desktop.messaging.templates import (
    CAMPAIGNS,
    TemplateVersion,
    default_versions,
    format_day,
    language_pack,
    render,
    supported,
)

KIND: dict[str, str] = {name: (SERVICE if name == "apology" else MARKETING) for name in CAMPAIGNS}
"""An apology answers one bad visit: a service message, not held back by the cap."""
WELCOME_SEGMENTS = ("new",)
"""welcome: customers the customer side calls new (a recent first visit; see ``customers.segments``)."""
BIRTHDAY_LEAD_DAYS = 7
"""birthday: a birthday within the next this-many days (today included)."""
BIRTHDAY_REPEAT_DAYS = 300
"""birthday: one birthday message per year."""
TIER_UPGRADE_REPEAT_DAYS = 30
"""tier-upgrade: no second congratulation within this many days."""
ACTIVE_DAYS = 90
"""new-dish: customers seen within this many days."""
APOLOGY_MAX_RATING = 2
"""apology: a review of at most this many stars ..."""
APOLOGY_WINDOW_DAYS = 60
"""... written within this many days."""
WINBACK_SEGMENTS = ("lapsed", "at-risk")
HOLDOUT_SHARE = 0.10
"""Share of eligible customers held out (not contacted) to measure a marketing campaign."""
HOLDOUT_MIN_ELIGIBLE = 20
"""Below this many eligible customers nobody is held out: too few to measure anything."""


@dataclass(frozen=True)
class CampaignContext:
    """What a campaign needs besides the recipients: the message log and
    visits per customer, the do-not-contact list, the rules, the owner's
    template edits ((campaign, language) -> versions), and how they sign."""

    business_name: str = ""
    signature: str = ""
    history: Mapping[int, Sequence[SentMessage]] = field(default_factory=dict)
    visits: Mapping[int, Sequence[datetime]] = field(default_factory=dict)
    suppressions: Sequence[Suppression] = ()
    config: RuleConfig = RuleConfig()
    templates: Mapping[tuple[str, str], Sequence[TemplateVersion]] = field(default_factory=dict)
    channels: Sequence[str] = CHANNELS
    known_until: datetime | None = None
    """The newest visit data (orders imported up to then); None: as of now."""


def default_seed(campaign: str, as_of: datetime) -> int:
    """The hold-out seed when none is given: the same campaign on the same
    day draws the same hold-out, so a preview and its export agree."""
    return zlib.crc32(f"{campaign}:{as_of.date().isoformat()}".encode())


def _anniversary(birthday: date, today: date) -> date:
    for year in (today.year, today.year + 1):
        try:
            day = birthday.replace(year=year)
        except ValueError:  # 29 February in a common year: the 28th
            day = date(year, 2, 28)
        if day >= today:
            return day
    return birthday.replace(year=today.year + 1, day=min(birthday.day, 28))


def _last(history: Sequence[SentMessage], campaign: str, review_id: int | None = None) -> SentMessage | None:
    found = [m for m in history if m.campaign == campaign and (review_id is None or m.review_id == review_id)]
    return max(found, key=lambda m: m.sent_at) if found else None


def _bad_review(r: Recipient, as_of: datetime, known_until: datetime | None = None) -> ReviewRef | None:
    """Their newest review of ``APOLOGY_MAX_RATING`` stars or fewer written in the
    ``APOLOGY_WINDOW_DAYS`` up to the newest data imported (``known_until``, when
    that is earlier than ``as_of``: as the segments measure absence, an export a
    few weeks old does not make every complaint in it look too old to answer)."""
    since = min(as_of, known_until or as_of) - timedelta(days=APOLOGY_WINDOW_DAYS)
    bad = [v for v in r.reviews if v.rating is not None and v.rating <= APOLOGY_MAX_RATING
           and v.created_at is not None and since <= v.created_at <= as_of]
    return max(bad, key=lambda v: v.created_at) if bad else None


def audience(campaign: str, r: Recipient, offer: Offer, as_of: datetime,
             history: Sequence[SentMessage], known_until: datetime | None = None
             ) -> tuple[bool, tuple[Reason, ...], Reason | None]:
    """(in the campaign's audience, why, already-done reason) for one customer.

    The audience is decided by the customer side's segments and tiers, by
    birthdays and reviews, never by diet or allergies (those only leave
    people out, later): winback takes the lapsed and at-risk, welcome the
    new. The new-dish window is measured up to ``known_until``, the newest
    visit data, when that is earlier than ``as_of``."""
    seen_until = min(as_of, known_until) if known_until else as_of
    if campaign == "thank-you":
        ok = r.tier_rank > 0 and (offer.tier is None or (r.tier or "").lower() == offer.tier.lower())
        return ok, (reason("tier", tier=r.tier),) if ok else (), None
    if campaign == "welcome":
        ok = r.segment in WELCOME_SEGMENTS and r.first_visit is not None
        done = _last(history, campaign)
        return ok, (reason("new_customer", date=f"{r.first_visit:%Y-%m-%d}"),) if ok else (), (
            reason("already", campaign=campaign, date=f"{done.sent_at:%Y-%m-%d}") if done else None)
    if campaign == "winback":
        ok = r.segment in WINBACK_SEGMENTS
        done = _last(history, campaign)
        if done and r.last_visit is not None and done.sent_at < r.last_visit:
            done = None  # they came back since: a new absence may get a new note
        return ok, (reason("segment", segment=r.segment),) if ok else (), (
            reason("already", campaign=campaign, date=f"{done.sent_at:%Y-%m-%d}") if done else None)
    if campaign == "birthday":
        ok = False
        why: tuple[Reason, ...] = ()
        if r.birthday is not None:
            next_day = _anniversary(r.birthday, as_of.date())
            ok = (next_day - as_of.date()).days < BIRTHDAY_LEAD_DAYS
            why = (reason("birthday", date=f"{next_day:%Y-%m-%d}"),)
        done = _last(history, campaign)
        if done and as_of - done.sent_at > timedelta(days=BIRTHDAY_REPEAT_DAYS):
            done = None
        return ok, why if ok else (), (
            reason("already", campaign=campaign, date=f"{done.sent_at:%Y-%m-%d}") if done else None)
    if campaign == "tier-upgrade":
        ok = r.tier_rank > r.previous_tier_rank and r.tier_rank > 0
        done = _last(history, campaign)
        if done and as_of - done.sent_at > timedelta(days=TIER_UPGRADE_REPEAT_DAYS):
            done = None
        return ok, (reason("tier_up", previous=r.previous_tier or "-", tier=r.tier),) if ok else (), (
            reason("already", campaign=campaign, date=f"{done.sent_at:%Y-%m-%d}") if done else None)
    if campaign == "new-dish":
        ok = r.last_visit is not None and seen_until - r.last_visit <= timedelta(days=ACTIVE_DAYS)
        return ok, (reason("active", days=ACTIVE_DAYS),) if ok else (), None
    if campaign == "apology":
        bad = _bad_review(r, as_of, known_until)
        if bad is None:
            return False, (), None
        why = (reason("bad_review", rating=bad.rating, date=f"{bad.created_at:%Y-%m-%d}"),)
        if bad.flags:
            return True, why, reason("health_claim")
        done = _last(history, campaign, bad.review_id)
        return True, why, (reason("already", campaign=campaign, date=f"{done.sent_at:%Y-%m-%d}")
                           if done else None)
    raise KeyError(f"unknown campaign {campaign!r}; use one of {', '.join(CAMPAIGNS)}")


def offer_reasons(r: Recipient, offer: Offer) -> list[Reason]:
    """Why the offer does not suit this person (diet, allergy, unreadable note)."""
    out: list[Reason] = []
    for kind, code, bad in conflicts(r.diet, r.allergies, offer.tags):
        field_name = "diet" if kind == "diet" else "allergy"
        out.append(reason(kind, **{field_name: code, "tags": ", ".join(sorted(bad))}))
    if r.unread_health_notes and offer.tags & FOOD_TAGS:
        out.append(reason("health_note", note=r.unread_health_notes[0][:80]))
    return out


def first_name(r: Recipient) -> str:
    if r.first_name:
        return r.first_name
    return (r.name or "").split()[0] if (r.name or "").split() else ""


def merge_fields(r: Recipient, offer: Offer, as_of: datetime, ctx: CampaignContext, lang: str) -> dict:
    """The merge fields for one recipient (see ``templates.MERGE_FIELDS``)."""
    pack = language_pack(lang)
    first = first_name(r)
    bad = _bad_review(r, as_of, ctx.known_until)
    seen_until = min(as_of, ctx.known_until) if ctx.known_until else as_of
    weeks = max(0, (seen_until - r.last_visit).days // 7) if r.last_visit else 0
    return {
        "hello": pack.hello_named.format(first_name=first) if first else pack.hello_unnamed,
        "first_name": first, "name": r.name or first, "business_name": ctx.business_name,
        "usual_order": r.usual_order or "", "tier": r.tier or "", "previous_tier": r.previous_tier or "",
        "visits": r.visits, "last_visit": format_day(r.last_visit, lang), "weeks_away": weeks,
        "dish": offer.dish or "", "offer": (offer.offer_text or "").strip(),
        "review_date": format_day(bad.created_at if bad else None, lang),
        "signature": ctx.signature or ctx.business_name,
    }


def sample_fields(lang: str, business_name: str = "Café Aurora") -> dict:
    """Merge fields of an invented customer, for previews and template checks."""
    sample = Recipient(customer_id=0, name="Maria Rossi", first_name="Maria", visits=12,
                       last_visit=datetime(2026, 10, 3, 9, 30), usual_order="oat flat white",
                       tier="Gold", previous_tier="Regular", tier_rank=2, previous_tier_rank=1)
    ctx = CampaignContext(business_name=business_name)
    return merge_fields(sample, Offer("new-dish", dish="Shakshuka"), datetime(2026, 11, 15, 10), ctx, lang)


def versions_for(campaign: str, lang: str, ctx: CampaignContext) -> Sequence[TemplateVersion]:
    return ctx.templates.get((campaign, lang)) or default_versions(campaign, lang)


def pick_version(customer_id: int, campaign: str, history: Sequence[SentMessage], count: int) -> int:
    """Which wording a customer gets: steady per customer, and the next one
    each time they get the same campaign again."""
    previous = sum(1 for m in history if m.campaign == campaign)
    return (zlib.crc32(f"{customer_id}:{campaign}".encode()) + previous) % max(count, 1)


def draft_for(r: Recipient, campaign: str, offer: Offer, channel: str, as_of: datetime,
              ctx: CampaignContext, why: tuple[Reason, ...] = ()) -> Draft:
    """One recipient's message (TemplateProblem if the template is broken)."""
    lang = supported(r.language)
    versions = versions_for(campaign, lang, ctx)
    history = ctx.history.get(r.customer_id, ())
    n = pick_version(r.customer_id, campaign, history, len(versions))
    version = versions[n]
    fields = merge_fields(r, offer, as_of, ctx, lang)
    if channel in SHORT_CHANNELS:
        subject, body = "", render(version.sms, fields)
    else:
        subject, body = render(version.subject, fields), render(version.email, fields)
    bad = _bad_review(r, as_of, ctx.known_until) if campaign == "apology" else None
    return Draft(customer_id=r.customer_id, name=r.name, channel=channel, to=address(r, channel) or "",
                 language=lang, subject=subject, body=body, campaign=campaign, kind=KIND[campaign],
                 version=n, send_after=next_send_time(as_of, ctx.config, r.contact_hours),
                 review_id=bad.review_id if bad else None, why=why, tier=r.tier, segment=r.segment)


def plan_campaign(campaign: str, recipients: Sequence[Recipient], offer: Offer | None = None,
                  as_of: datetime | None = None, ctx: CampaignContext = CampaignContext(),
                  seed: int | None = None, holdout_share: float = HOLDOUT_SHARE,
                  cancel: Callable[[], bool] | None = None) -> CampaignPlan:
    """Decide the campaign now: for each customer in its audience, a draft
    or the reasons they are left out (do-not-contact list, consent, diet or
    allergy, the frequency cap, the hold-out). A marketing campaign holds out
    ``holdout_share`` of the eligible customers at random (``seed``), who
    are listed as excluded with reason "holdout"."""
    if campaign not in CAMPAIGNS:
        raise KeyError(f"unknown campaign {campaign!r}; use one of {', '.join(CAMPAIGNS)}")
    as_of = as_of or datetime.now()
    offer = offer or Offer(campaign)
    kind = KIND[campaign]
    seed = default_seed(campaign, as_of) if seed is None else seed
    excluded: list[Exclusion] = []
    eligible: list[tuple[Recipient, str, tuple[Reason, ...]]] = []
    for r in recipients:
        if cancel is not None and cancel():
            break
        history = ctx.history.get(r.customer_id, ())
        inside, why, done = audience(campaign, r, offer, as_of, history, ctx.known_until)
        if not inside:
            continue
        out: list[Reason] = []
        entry = suppressed(r, ctx.suppressions)
        if entry is not None:
            out.append(reason("suppressed", detail=entry.reason or entry.value))
        held = cap_reason(history, ctx.visits.get(r.customer_id, ()), as_of, ctx.config) if kind == MARKETING else None
        if done is not None:
            # within the frequency cap the cap is what holds them back, even from a campaign
            # they already had: it is said first, "already" stays listed beside it
            out.extend((held, done) if held is not None else (done,))
        channel, channel_why = choose_channel(r, ctx.channels)
        out.extend(channel_why if channel is None else ())
        out.extend(offer_reasons(r, offer))
        if held is not None and done is None:
            out.append(held)
        if out:
            excluded.append(Exclusion(r.customer_id, r.name, tuple(out), r.tier, r.segment))
        else:
            eligible.append((r, channel or CHANNELS[0], why))
    held_out = choose_holdout([r.customer_id for r, _, _ in eligible], seed, holdout_share) if kind == MARKETING else ()
    held_set = set(held_out)
    drafts = []
    for r, channel, why in eligible:
        if r.customer_id in held_set:
            excluded.append(Exclusion(r.customer_id, r.name, (reason("holdout"),), r.tier, r.segment))
        else:
            drafts.append(draft_for(r, campaign, offer, channel, as_of, ctx, why))
    return CampaignPlan(campaign, kind, tuple(drafts), tuple(excluded), tuple(sorted(held_out)), seed, as_of)


def choose_holdout(eligible_ids: Sequence[int], seed: int, share: float = HOLDOUT_SHARE) -> tuple[int, ...]:
    """A seeded random sample of ``share`` of ``eligible_ids`` (rounded, at
    least one when any is taken); nobody below ``HOLDOUT_MIN_ELIGIBLE``."""
    ids = sorted(set(eligible_ids))
    if len(ids) < HOLDOUT_MIN_ELIGIBLE or share <= 0:
        return ()
    k = min(len(ids) - 1, max(1, round(len(ids) * share)))
    return tuple(sorted(random.Random(seed).sample(ids, k)))
