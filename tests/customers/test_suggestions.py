"""Profile suggestions with their evidence (accepting them is the owner's job)."""
from __future__ import annotations

import pandas as pd

from desktop.customers.menu import item_key, suggest_tags
from desktop.customers.suggestions import (
    REVIEW_EVIDENCE_MIN_CONFIDENCE,
    USUAL_ORDER_MIN_VISITS,
    USUAL_ORDER_SHARE,
    VEGETARIAN_MIN_MEAL_VISITS,
    describe,
    review_suggestions,
    usual_orders,
    vegetarian_candidates,
)


def lines_of(rows):
    return pd.DataFrame(rows, columns=["customer_id", "day", "item", "modifiers"])


def test_usual_order_needs_enough_visits_and_a_majority():
    n = USUAL_ORDER_MIN_VISITS
    rows = [(1, d, "Flat white", "oat milk, extra hot") for d in range(n)]
    rows += [(1, 0, "Croissant", None)]
    (s,) = usual_orders(lines_of(rows))
    assert (s.customer_id, s.field, s.value) == (1, "usual_order", "Flat white (oat milk, extra hot)")
    assert describe(s.evidence) == f"Flat white (oat milk, extra hot) on {n} of {n} visits"
    assert usual_orders(lines_of(rows[: n - 1])) == []          # one visit too few
    half = [(2, d, "Latte" if d < n else "Tea", None) for d in range(2 * n)]
    assert [x.value for x in usual_orders(lines_of(half))] == ["Latte"]  # exactly half counts
    under = [(2, d, "Latte" if d < n - 1 else f"Cake {d}", None) for d in range(2 * n)]
    assert usual_orders(lines_of(under)) == []
    assert USUAL_ORDER_SHARE == 0.5


def test_vegetarian_candidate_never_meat_many_meals():
    items = ["Avocado toast", "Veggie bowl", "Cappuccino", "Bacon & egg roll"]
    tags = {item_key(i): suggest_tags(i) for i in items}
    n = VEGETARIAN_MIN_MEAL_VISITS
    veg = [(1, d, item_key("Avocado toast" if d % 2 else "Veggie bowl")) for d in range(n)]
    coffee_only = [(2, d, item_key("Cappuccino")) for d in range(40)]
    meat_once = [(3, d, item_key("Veggie bowl")) for d in range(20)] + [(3, 30, item_key("Bacon & egg roll"))]
    few = [(4, d, item_key("Veggie bowl")) for d in range(n - 1)]
    frame = pd.DataFrame(veg + coffee_only + meat_once + few, columns=["customer_id", "day", "item_key"])
    (s,) = vegetarian_candidates(frame, tags)
    assert (s.customer_id, s.value, s.evidence["meal_visits"]) == (1, "vegetarian", n)


def test_review_language_and_mentions_only_from_surely_linked_reviews():
    sure, unsure = REVIEW_EVIDENCE_MIN_CONFIDENCE, REVIEW_EVIDENCE_MIN_CONFIDENCE - 0.01
    out = review_suggestions([
        (1, 11, "Da celiaca mi sono sentita al sicuro.", "it", "2026-05-01", sure),
        (1, 12, "Ottimo cornetto.", "it", "2026-06-01", 1.0),
        (2, 13, "As a vegan I loved it.", "en", "2026-06-01", unsure),
    ])
    got = {(s.customer_id, s.field, s.value) for s in out}
    assert got == {(1, "diet", "gluten-free"), (1, "allergy", "gluten"), (1, "language", "it")}
    mention = next(s for s in out if s.field == "allergy")
    assert mention.review_id == 11 and "celiaca" in mention.evidence["quote"]
