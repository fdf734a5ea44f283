"""Who a campaign can reach: every customer as a ``Recipient``, built from
the customer side's results (split from ``services.messaging``, which plans,
exports, sends and logs).

Recipients (one source of truth): :func:`build_recipients` computes no
segment, tier, diet, allergy, usual order or consent of its own. It reads
them from the customer side, the same results ``customers --json`` and the
Customers page show:

* segments and tiers from the customer overview
  (``services.customer_metrics.build_overview``: each person's own rhythm,
  the tier rules the owner configured), as of the same day;
* the tier a customer had ``TIER_CHANGE_DAYS`` ago from the recorded tier
  changes (``repo.tier_changes``), for the tier-upgrade campaign;
* diets and the 14 EU allergens from the structured health records (staff
  notes read by the customer refresh, the owner's entries, suggestions the
  owner accepted); a diet or allergy note nothing could be read from
  (``repo.unread_health_notes``) keeps the customer out of food offers;
* language, preferred channel, best time to contact and usual order from
  the customer's profile;
* consent per channel (email, SMS, WhatsApp) from the consent ledger
  (``repo.consent_choices``: a "no" stays no, never asked is no consent);
* the reviews they wrote through confirmed links (``repo.review_authors``).

The provisional rules this module used to hold (its own personal-gap
segments, visit-count tiers, note reading and usual-item guess) were
deleted when the customer side landed.

Threading: call with a session from a worker thread; pure otherwise.
"""
from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any, Sequence

import pandas as pd

from desktop.customers.menu import item_key
from desktop.messaging.contact_time import contact_hours
from desktop.messaging.language import choose_language
from desktop.messaging.model import Offer, Recipient, ReviewRef
from desktop.services.customer_metrics import Overview, OverviewCache, build_overview, default_as_of
from desktop.storage import repositories as repo

TIER_CHANGE_DAYS = 30
"""A tier upgrade compares today's tier with the tier recorded this many days ago."""


@dataclass(frozen=True)
class RecipientData:
    """Recipients plus what the rules read beside them: each customer's
    visit times (orders), and the time up to which visits are known (the
    newest order imported, so an old export does not make everyone look
    lapsed). ``as_of`` is the day the customer overview was computed for."""

    recipients: tuple[Recipient, ...]
    visits: dict[int, tuple[datetime, ...]]
    data_as_of: datetime
    as_of: date | None = None


def _day(value: Any) -> date | None:
    if value is None or value is pd.NaT or (isinstance(value, float) and math.isnan(value)):
        return None
    return value.date() if isinstance(value, (pd.Timestamp, datetime)) else value


def _at(day: date | None, times: Sequence[datetime], last: bool) -> datetime | None:
    """The order time on ``day`` (the latest or earliest that day), else the day at midnight."""
    if day is None:
        return None
    same = [t for t in times if t.date() == day]
    if same:
        return max(same) if last else min(same)
    return datetime.combine(day, time())


def _previous_tiers(session: Any, day: date) -> dict[int, str | None]:
    """customer id -> the tier recorded before their earliest move within
    ``TIER_CHANGE_DAYS`` up to ``day`` (customers who did not move are absent)."""
    out: dict[int, str | None] = {}
    for change in repo.tier_changes(session, since=day - timedelta(days=TIER_CHANGE_DAYS)):
        if change["as_of"] <= day:
            out[change["customer_id"]] = change["old_tier"]  # newest first: the earliest wins
    return out


def recipient_overview(session: Any, as_of: datetime, cache: OverviewCache | None = None) -> Overview:
    """The customer overview messages use: as of the newest order's day, never after ``as_of``."""
    day = default_as_of(session, today=as_of.date())
    return cache.get(day) if cache is not None else build_overview(session, day)


def build_recipients(session: Any, as_of: datetime, business_language: str,
                     overview: Overview | None = None) -> RecipientData:
    """Every customer as a ``Recipient``, from the customer side's results
    (see the module docstring). ``as_of`` is now; absence is measured up to
    the newest order imported when that is earlier. ``overview`` may be
    given (already computed for that day) to save computing it again."""
    ov = overview or recipient_overview(session, as_of)
    times: dict[int, list[datetime]] = defaultdict(list)
    for cid, when in repo.customer_order_times(session):
        times[cid].append(when)
    newest = repo.newest_order_time(session)
    reference = min(as_of, newest) if newest else as_of
    rank_of = {t.name: i + 1 for i, t in enumerate(ov.tiers)}
    previous = _previous_tiers(session, ov.as_of)
    profiles = repo.profiles(session)
    consent = repo.consent_choices(session)
    birthdays = repo.customer_birthdays(session)
    unread: dict[int, list[str]] = defaultdict(list)
    for cid, note in repo.unread_health_notes(session):
        unread[cid].append(note)
    authors = repo.review_authors(session)
    reviews_of: dict[int, list[int]] = defaultdict(list)
    for rid, (cid, _conf, _status) in authors.items():
        reviews_of[cid].append(rid)
    review_rows = {row[0]: row for row in repo.review_rows_by_id(session, authors)} if authors else {}
    f = ov.frame
    out: list[Recipient] = []
    for cid, name, email, phone, tier, tier_rank, segment, visits, first_day, last_day, diets, allergies in zip(
            f["id"].tolist(), f["name"].tolist(), f["email"].tolist(), f["phone"].tolist(), f["tier"].tolist(),
            f["tier_rank"].tolist(), f["segment"].tolist(), f["visits"].tolist(), f["first_visit"].tolist(),
            f["last_visit"].tolist(), f["diets"].tolist(), f["allergies"].tolist()):
        cid = int(cid)
        name = name if isinstance(name, str) else None
        email = email if isinstance(email, str) else None
        phone = phone if isinstance(phone, str) else None
        tier = tier if isinstance(tier, str) else None
        own = sorted(t for t in times.get(cid, ()) if t <= reference)
        profile = profiles.get(cid, {})
        refs = []
        for rid in reviews_of.get(cid, ()):
            row = review_rows.get(rid)
            if row:
                refs.append(ReviewRef(rid, row[1], row[2], row[3], tuple(x for x in (row[4] or "").split(",") if x),
                                      row[5]))
        chosen = [profile["language"]] if profile.get("language") else []
        language, source = choose_language(chosen, [r.language for r in refs], phone, business_language)
        before = previous.get(cid, tier)
        parts = (name or "").split()
        out.append(Recipient(
            customer_id=cid, name=name, first_name=parts[0] if parts else None, email=email, phone=phone,
            language=language, language_source="profile" if source == "note" else source,
            tier=tier, tier_rank=int(tier_rank) if tier else 0,
            previous_tier=before, previous_tier_rank=rank_of.get(before, 0) if before else 0,
            segment=segment if isinstance(segment, str) else None, visits=int(visits),
            first_visit=_at(_day(first_day), own, last=False), last_visit=_at(_day(last_day), own, last=True),
            usual_order=profile.get("usual_order") or None,
            diet=frozenset(diets), allergies=frozenset(allergies), unread_health_notes=tuple(unread.get(cid, ())),
            consent=dict(consent.get(cid, {})), birthday=birthdays.get(cid),
            reviews=tuple(sorted(refs, key=lambda r: r.review_id)),
            preferred_channel=profile.get("preferred_channel") or None, best_time=profile.get("best_time") or None,
            contact_hours=contact_hours(profile.get("best_time"))))
    return RecipientData(tuple(out), {cid: tuple(sorted(t)) for cid, t in times.items()}, reference, ov.as_of)


def offer_with_menu_tags(offer: Offer, menu: dict[str, frozenset[str]]) -> Offer:
    """The offer with the menu catalogue's tags of the dish it names added
    (``menu``: catalogue key -> tags): the owner's tags where they chose
    them, else the suggested ones. A dish the catalogue does not know keeps
    only the tags given."""
    if not offer.dish:
        return offer
    tags = menu.get(item_key(offer.dish))
    return replace(offer, tags=offer.tags | tags) if tags else offer
