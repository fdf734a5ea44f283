"""Each planted story is present where DemoData.stories says it is."""
from __future__ import annotations

import re
from collections import defaultdict
from datetime import timedelta
from statistics import mean

from desktop.demo.catalog import MENU_BY_NAME
from demo_helpers import mentions_waiting

FAKE_AUTHOR = re.compile(r"^[A-Z][a-z]+[A-Z][a-z]+\d{2}$")


def _rated(reviews, start, end):
    return [r.rating for r in reviews if r.rating is not None and start <= r.created_at.date() <= end]


def test_all_stories_documented(demo):
    names = {s.name for s in demo.stories}
    assert {"kitchen_change", "slow_weekend_service", "fake_one_star_burst", "lapsed_regulars",
            "at_risk_regulars", "preferences", "reviewers_are_customers",
            "health_claim_food_poisoning", "health_claim_nut_reaction"} <= names
    for s in demo.stories:
        assert s.start <= s.end and s.description


def test_kitchen_change_drops_rating_then_partly_recovers(demo):
    s = demo.story("kitchen_change")
    burst = demo.story("fake_one_star_burst")
    genuine = [r for r in demo.reviews if not (burst.start <= r.created_at.date() <= burst.end and r.rating == 1)]
    before = mean(_rated(genuine, s.start - timedelta(days=240), s.start - timedelta(days=1)))
    during = mean(_rated(genuine, s.start, s.end))
    after = mean(_rated(genuine, s.end + timedelta(days=1), s.end + timedelta(days=90)))
    assert before - during > 0.5
    assert during < after < before
    en = [r.text.lower() for r in demo.reviews if r.text and r.language == "en" and s.start <= r.created_at.date() <= s.end]
    assert sum("cacio e pepe" in t and ("bland" in t or "salt" in t) for t in en) >= 5
    assert sum("rubbery" in t for t in en) >= 5
    assert sum("new chef" in t for t in en) >= 3
    outside = [r.text.lower() for r in demo.reviews if r.text and r.language == "en" and r.created_at.date() < s.start]
    assert not any("rubbery" in t or "new chef" in t for t in outside)


def test_health_claims_inside_kitchen_window(demo):
    k = demo.story("kitchen_change")
    for name, word in (("health_claim_food_poisoning", "food poisoning"), ("health_claim_nut_reaction", "allergic reaction")):
        s = demo.story(name)
        assert k.start <= s.start <= k.end
        hits = [r for r in demo.reviews if r.text and word in r.text.lower()]
        assert len(hits) == 1 and hits[0].created_at.date() == s.start and hits[0].rating == 1


def test_slow_weekend_reviews_mention_waiting(demo):
    s = demo.story("slow_weekend_service")
    window = [r for r in demo.reviews if r.text and s.start <= r.created_at.date() <= s.end]
    weekend = [r for r in window if r.created_at.weekday() >= 5]
    weekday = [r for r in window if r.created_at.weekday() < 5]
    assert len(weekend) >= 15 and len(weekday) >= 15
    share_we = sum(mentions_waiting(r.text, r.language) for r in weekend) / len(weekend)
    share_wd = sum(mentions_waiting(r.text, r.language) for r in weekday) / len(weekday)
    assert share_we > 0.6 and share_we > share_wd + 0.4
    assert any("Tiago" in r.text or "Тиагу" in r.text for r in weekend)
    # weekend orders at the first location were all taken by one person
    staff = {o.staff for o in demo.orders if s.start <= o.ordered_at.date() <= s.end
             and o.ordered_at.weekday() >= 5 and o.location == demo.locations[0]}
    assert staff == {"Tiago"}


def test_fake_burst(demo):
    s = demo.story("fake_one_star_burst")
    burst = [r for r in demo.reviews if r.author and FAKE_AUTHOR.match(r.author)]
    assert 25 <= len(burst) <= 35
    times = sorted(r.created_at for r in burst)
    assert times[-1] - times[0] <= timedelta(hours=48)
    assert all(r.rating == 1 and r.source == "google" and r.reply_text is None for r in burst)
    assert all(s.start <= t.date() <= s.end for t in times)
    assert all(len(r.text.split()) <= 8 for r in burst)
    customer_names = {c.name for c in demo.customers}
    assert not any(r.author in customer_names for r in burst)
    gaps = [(b - a).total_seconds() / 60 for a, b in zip(times, times[1:])]
    assert sorted(gaps)[len(gaps) // 2] <= 10
    ones = [r for r in demo.reviews if r.rating == 1 and s.start <= r.created_at.date() <= s.end]
    assert len(ones) >= 20


def _orders_by_customer(demo):
    out = defaultdict(list)
    for o in demo.orders:
        if o.customer_external_id:
            out[o.customer_external_id].append(o)
    return out


def _ids(story):
    return re.findall(r"CUST-\d{4}", story.description)


def test_lapsed_regulars(demo):
    s = demo.story("lapsed_regulars")
    ids = _ids(s)
    assert 35 <= len(ids) <= 45
    end = max(o.ordered_at for o in demo.orders).date()
    by = _orders_by_customer(demo)
    for cid in ids:
        dates = sorted(o.ordered_at.date() for o in by[cid])
        assert (end - dates[-1]).days > 60
        assert 60 <= (end - dates[-1]).days <= 125
        span_weeks = (dates[-1] - dates[0]).days / 7
        assert span_weeks >= 20 and len(dates) / span_weeks >= 0.6  # about weekly or more


def test_at_risk_regulars(demo):
    s = demo.story("at_risk_regulars")
    ids = _ids(s)
    assert 25 <= len(ids) <= 35
    end = max(o.ordered_at for o in demo.orders).date()
    by = _orders_by_customer(demo)
    dropping = 0
    for cid in ids:
        dates = [o.ordered_at.date() for o in by[cid]]
        assert (end - max(dates)).days <= 40
        early = sum(s.start - timedelta(days=140) <= d < s.start for d in dates)
        late = sum(s.start <= d for d in dates)
        dropping += late < early * 0.75
    assert dropping >= 0.8 * len(ids)


def test_preferences_agree_with_orders(demo):
    by = _orders_by_customer(demo)
    prefs = defaultdict(list)
    for p in demo.preferences:
        prefs[p.kind].append(p)
    assert 55 <= len(prefs["diet"]) <= 65
    assert 35 <= len(prefs["allergy"]) <= 45
    assert len(prefs["coffee"]) >= 50
    for p in prefs["diet"]:
        for o in by[p.customer_external_id]:
            assert not any(MENU_BY_NAME[l.item].meat for l in o.lines), (p, o)
    for p in prefs["allergy"]:
        note = p.note.lower()
        for o in by[p.customer_external_id]:
            for l in o.lines:
                item = MENU_BY_NAME[l.item]
                if "nut" in note:
                    assert not item.nuts
                if "gluten" in note or "coeliac" in note:
                    assert not item.gluten
                if "lactose" in note or "dairy" in note:
                    assert not item.dairy or (item.milk_drink and "milk" in (l.modifiers or ""))
    # coffee habits show in the orders
    followed = 0
    for p in prefs["coffee"]:
        orders = by[p.customer_external_id]
        if len(orders) >= 5:
            first_word = p.note.split(",")[0].split()[-1].lower()
            hits = sum(any(first_word in l.item.lower() for l in o.lines) for o in orders)
            followed += hits / len(orders) >= 0.5
    assert followed >= 0.7 * sum(len(by[p.customer_external_id]) >= 5 for p in prefs["coffee"])


def test_reviewers_link_to_customers_and_mention_preferences(demo):
    names = {c.name: c.external_id for c in demo.customers}
    linked = [r for r in demo.reviews if r.author in names]
    assert 150 <= len(linked) <= 450
    veg = {p.customer_external_id for p in demo.preferences if p.kind == "diet"}
    veg_reviews = [r for r in linked if names[r.author] in veg and r.text and r.language == "en"]
    assert any("vegetarian" in r.text.lower() for r in veg_reviews)


def test_owner_replies_more_common_on_older_reviews(demo):
    end = max(r.created_at for r in demo.reviews)
    old = [r for r in demo.reviews if (end - r.created_at).days > 180]
    new = [r for r in demo.reviews if (end - r.created_at).days < 60]
    share_old = sum(r.reply_text is not None for r in old) / len(old)
    share_new = sum(r.reply_text is not None for r in new) / len(new)
    assert share_old > 0.35 and share_new < 0.25


def test_linked_reviews_follow_a_visit(demo):
    by_name = {c.name: c.external_id for c in demo.customers}
    visits = defaultdict(list)
    for o in demo.orders:
        if o.customer_external_id:
            visits[o.customer_external_id].append(o.ordered_at)
    linked = [r for r in demo.reviews if r.author in by_name]
    assert str(len(linked)) in demo.story("reviewers_are_customers").description
    for r in linked:
        assert any(timedelta(0) < r.created_at - t <= timedelta(days=4)
                   for t in visits[by_name[r.author]]), r


def test_kitchen_change_shows_in_orders(demo):
    s = demo.story("kitchen_change")
    before = s.start - timedelta(days=56)

    def share(a, b):
        walk = [o for o in demo.orders if o.customer_external_id is None and a <= o.ordered_at.date() <= b]
        return sum(any(l.item == "Cacio e pepe" for l in o.lines) for o in walk) / len(walk)

    assert share(s.start, s.end) < 0.7 * share(before, s.start - timedelta(days=1))
