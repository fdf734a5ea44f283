"""``generate``: the whole demo data set from one seed."""
from __future__ import annotations

import random
from datetime import date, timedelta

from desktop.core.records import CustomerRecord, OrderRecord, PreferenceRecord
from desktop.demo.catalog import (BUSINESS_NAME, CHEF_AFTER, CHEF_BEFORE, LOCATIONS, MENU, SOURCE,
                                  SLOW_WEEKEND_STAFF, STAFF)
from desktop.demo.model import DemoData, Story
from desktop.demo.orders import make_orders
from desktop.demo.people import ALLERGY_NOTES, VEG_NOTES, Profile, make_profiles, schedule_visits
from desktop.demo.reviews import make_reviews
from desktop.demo.timeline import (FAKE_BURST_COUNT, LAPSED_STOP_MAX_DAYS, LAPSED_STOP_MIN_DAYS,
                                   NUT_REACTION_DAY_OFFSET, POISONING_DAY_OFFSET, Timeline)

DEFAULT_END = date(2026, 11, 15)


def generate(seed: int = 7, end: date = DEFAULT_END) -> DemoData:
    """A deterministic demo data set: ~18 months ending at ``end`` for a
    two-location café, with the stories in ``DemoData.stories`` planted.

    Same (seed, end) gives identical output. Pure computation, no I/O except
    reading the phrase banks; safe to call from any thread. ~1-2 s.
    """
    rng = random.Random(seed)
    tl = Timeline.for_end(end)
    profiles = make_profiles(rng, tl, LOCATIONS)
    for p in profiles:
        p.visits = schedule_visits(rng, p, tl)
    orders = make_orders(rng, profiles, tl, LOCATIONS)
    plan = make_reviews(rng, profiles, tl, LOCATIONS)
    customers = _customers(profiles, orders)
    prefs = _preferences(rng, profiles)
    return DemoData(
        business_name=BUSINESS_NAME,
        locations=LOCATIONS,
        reviews=plan.reviews,
        customers=customers,
        orders=tuple(orders),
        preferences=prefs,
        staff=STAFF,
        dishes=tuple(m.name for m in MENU),
        stories=_stories(tl, profiles, plan.linked),
    )


def _customers(profiles: list[Profile], orders: list[OrderRecord]) -> tuple[CustomerRecord, ...]:
    stats: dict[str, list] = {}
    for o in orders:
        if o.customer_external_id:
            s = stats.setdefault(o.customer_external_id, [o.ordered_at, o.ordered_at, 0, 0.0])
            s[1] = o.ordered_at
            s[2] += 1
            s[3] += o.total or 0.0
    out = []
    for p in profiles:
        first, last, visits, spent = stats.get(p.cid, [None, None, 0, 0.0])
        tags: list[str] = []
        if p.email and p.accepts_email:
            tags.append("newsletter")
        if visits >= 20:
            tags.append("loyalty card")
        out.append(CustomerRecord(
            source=SOURCE, external_id=p.cid, name=p.name, email=p.email, phone=p.phone,
            first_visit=first, last_visit=last, visits=visits, total_spent=round(spent, 2),
            birthday=p.birthday, accepts_email=p.accepts_email, accepts_sms=p.accepts_sms,
            note=p.other_note, tags=tuple(tags)))
    return tuple(out)


def _preferences(rng: random.Random, profiles: list[Profile]) -> tuple[PreferenceRecord, ...]:
    out = []
    for p in profiles:
        if p.vegetarian:
            out.append(PreferenceRecord(p.cid, "diet", rng.choice(VEG_NOTES)))
        if p.allergy:
            out.append(PreferenceRecord(p.cid, "allergy", rng.choice(ALLERGY_NOTES[p.allergy])))
        if p.coffee:
            out.append(PreferenceRecord(p.cid, "coffee", p.coffee[2]))
        if p.other_note:
            kind = "seating" if "table" in p.other_note or "terrace" in p.other_note else "other"
            out.append(PreferenceRecord(p.cid, kind, p.other_note))
    return tuple(out)


def _stories(tl: Timeline, profiles: list[Profile], linked: int) -> tuple[Story, ...]:
    lapsed = [p for p in profiles if p.kind == "lapsed"]
    at_risk = [p for p in profiles if p.kind == "at_risk"]
    veg = [p.cid for p in profiles if p.vegetarian]
    allergic = [p.cid for p in profiles if p.allergy]
    poison = tl.chef_start + timedelta(days=POISONING_DAY_OFFSET)
    nut = tl.chef_start + timedelta(days=NUT_REACTION_DAY_OFFSET)
    return (
        Story("kitchen_change", tl.chef_start, tl.kitchen_end,
              f"New chef {CHEF_AFTER} replaces {CHEF_BEFORE} on {tl.chef_start}. For 8 weeks food "
              "complaints rise (cacio e pepe bland/oversalted, carbonara, rubbery eggs in shakshuka/"
              "eggs Benedict/scrambled eggs; 'since the new chef'); mean rating falls from ~4.4 to "
              "~3.5 and recovers to ~4.1 over the next 90 days. Review volume is ~30% higher, and "
              "walk-ins order cacio e pepe and shakshuka less than half as often."),
        Story("slow_weekend_service", tl.slow_start, tl.slow_end,
              f"Six weeks of slow weekend service: Saturday/Sunday reviews complain about 30-minute "
              f"waits and being ignored; at Príncipe Real {SLOW_WEEKEND_STAFF} is alone on the floor "
              "(weekend orders there all carry his name). Weekday reviews are normal."),
        Story("fake_one_star_burst", tl.burst_start, tl.burst_end,
              f"{FAKE_BURST_COUNT} one-star Google reviews in two waves minutes apart (evening of "
              f"{tl.burst_start}, late morning of {tl.burst_end}), generic wording ('Terrible. Avoid.'), "
              "authors named FirstnameLastnameNN, no matching customers, no owner replies."),
        Story("lapsed_regulars", tl.end - timedelta(days=LAPSED_STOP_MAX_DAYS),
              tl.end - timedelta(days=LAPSED_STOP_MIN_DAYS + 1),
              f"{len(lapsed)} customers visited weekly for 9+ months and stopped; their last order "
              f"is {LAPSED_STOP_MIN_DAYS + 1}-{LAPSED_STOP_MAX_DAYS} days before the end. 8 of them "
              "left a disappointed review near their last visit. Ids: " + ", ".join(p.cid for p in lapsed)),
        Story("at_risk_regulars", tl.at_risk_decline, tl.end,
              f"{len(at_risk)} weekly regulars who came on ~80% of their habitual weekdays; from this "
              "date the chance drops to 50% and slides to ~5% by the end. Each still visited within "
              "the last 35 days. Ids: "
              + ", ".join(p.cid for p in at_risk)),
        Story("preferences", tl.start, tl.end,
              f"{len(veg)} vegetarians (never order meat/fish), {len(allergic)} customers with nut, "
              "gluten or lactose allergies (orders avoid those; lactose -> oat milk), coffee habits "
              "('oat flat white, extra hot', ...) that their orders follow; linked reviews mention "
              "being vegetarian, their allergy or their usual coffee."),
        Story("reviewers_are_customers", tl.start, tl.end,
              f"{linked} reviews are written by known customers (author == customer name, review "
              "within 3 days of an order). Owner replies 1-2 days later on ~50% of reviews older than "
              "6 months, ~40% 2-6 months, ~15% recent; none on the fake burst."),
        Story("health_claim_food_poisoning", poison, poison,
              "One-star Google review in English claiming food poisoning after the shakshuka; "
              "not answered yet (it heads the reply inbox)."),
        Story("health_claim_nut_reaction", nut, nut,
              "One-star Tripadvisor review in English: allergic reaction to cashews in the veggie bowl "
              "dressing that the menu did not list; not answered yet."),
    )
