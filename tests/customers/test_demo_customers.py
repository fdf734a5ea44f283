"""The demo café's planted regulars, diets and allergies all show, through
the same list the CLI prints (``customers --json``)."""
from __future__ import annotations

import re

import pytest

from desktop.demo import generate
from desktop.services import Services
from desktop.services.demo import DEMO_CONFIRM_MIN_CONFIDENCE

RECALL = 0.9


@pytest.fixture(scope="module")
def cafe(demo_target):
    """The session's demo café, once on SQLite and once on PostgreSQL."""
    services = Services.open(demo_target)
    yield services, generate()
    services.close()


def _ids(story) -> set[str]:
    return set(re.findall(r"CUST-\d{4}", story.description))


def _by_external(services) -> dict[str, dict]:
    rows = {c.id: c.as_json() for c in services.customers.list_customers()}
    with services.db.engine.connect() as conn:
        from sqlalchemy import text

        ext = dict(conn.execute(text("SELECT id, external_id FROM customers")).all())
    return {ext[i]: row for i, row in rows.items()}


def test_lapsed_and_at_risk_regulars_are_found_and_few_others(cafe):
    services, data = cafe
    people = _by_external(services)
    for story, segment in (("lapsed_regulars", "lapsed"), ("at_risk_regulars", "at-risk")):
        planted = _ids(data.story(story))
        found = {ext for ext, row in people.items() if row["segment"] == segment}
        assert len(planted & found) >= RECALL * len(planted), (segment, sorted(planted - found))
    planted = _ids(data.story("lapsed_regulars")) | _ids(data.story("at_risk_regulars"))
    flagged = {ext for ext, row in people.items() if row["segment"] in ("lapsed", "at-risk")}
    assert len(planted & flagged) >= RECALL * len(planted)
    assert len(planted & flagged) >= 0.7 * len(flagged)  # few others: most of those flagged were planted
    lapsed = {ext for ext, row in people.items() if row["segment"] == "lapsed"}
    assert len(lapsed & _ids(data.story("lapsed_regulars"))) >= 0.9 * len(lapsed)


def test_vegetarians_and_allergies_all_appear(cafe):
    services, data = cafe
    people = _by_external(services)
    vegetarians = {p.customer_external_id for p in data.preferences if p.kind == "diet"}
    assert vegetarians and all("vegetarian" in people[c]["tags"] for c in vegetarians)
    expected = {"nut": "nuts", "coeliac": "gluten", "gluten": "gluten", "lactose": "milk", "dairy": "milk"}
    allergic = [p for p in data.preferences if p.kind == "allergy"]
    assert len(allergic) >= 35
    for p in allergic:
        want = next(v for k, v in expected.items() if k in p.note.lower())
        assert want in people[p.customer_external_id]["allergies"], (p.note, people[p.customer_external_id])
    # and nobody else gets an allergy: only a person's entry counts
    assert sum(bool(row["allergies"]) for row in people.values()) == len({p.customer_external_id for p in allergic})


def test_reviewers_who_are_customers_are_suggested_with_high_confidence(cafe):
    services, data = cafe
    names = {c.name for c in data.customers}
    planted = [r for r in data.reviews if r.author in names]
    links = [l for l in services.customers.links() if l.confidence >= 0.9]
    right = {(l.author, l.review_id) for l in links if l.author == l.customer_name}
    assert len(right) >= RECALL * len(planted)
    assert all(l.author == l.customer_name for l in links)  # every sure link is right
    # the demo owner confirmed the sure ones (all right, as checked above); the rest wait for a person
    for link in services.customers.links():
        assert (link.status == "confirmed") == (link.confidence >= DEMO_CONFIRM_MIN_CONFIDENCE), link


def test_coffee_habits_become_the_usual_order(cafe):
    services, data = cafe
    coffee = {p.customer_external_id: p.note for p in data.preferences if p.kind == "coffee"}
    with services.db.engine.connect() as conn:
        from sqlalchemy import text

        usual = dict(conn.execute(text("SELECT c.external_id, p.usual_order FROM customer_profiles p "
                                       "JOIN customers c ON c.id = p.customer_id")).all())
    assert all(usual.get(ext) == note for ext, note in coffee.items())


def test_tiers_and_tier_changes_exist(cafe):
    services, _ = cafe
    counts = services.customers.preview_tiers(services.customers.tiers())
    assert counts["Regular"] > 50 and counts["Gold"] > 10
    assert services.customers.tier_changes(), "the demo shows who moved this month"
