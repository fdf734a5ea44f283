"""Loyalty tiers: visits or spend over a rolling window, each explained in one line."""
from __future__ import annotations

import pytest
from customer_helpers import END, every, people_of, visits_of

from desktop.customers.segments import customer_metrics
from desktop.customers.tiers import (
    DEFAULT_TIER_WINDOW_DAYS,
    DEFAULT_TIERS,
    TierRule,
    explain_tier,
    tiers_from_json,
    tiers_to_json,
    validate_tiers,
)


def tier_of(history: list[int], spend: float = 3.0, tiers=DEFAULT_TIERS):
    m = customer_metrics(visits_of({1: history}, spend=spend), people_of([1]), END, tiers=tiers)
    return m.loc[1]


def test_defaults_are_a_cafe_ladder():
    assert [t.name for t in DEFAULT_TIERS] == ["Regular", "Gold", "VIP"]
    assert all(t.window_days == DEFAULT_TIER_WINDOW_DAYS == 60 for t in DEFAULT_TIERS)
    assert [(t.min_visits, t.min_spend) for t in DEFAULT_TIERS] == [(3, 30.0), (10, 90.0), (20, 180.0)]


def test_daily_coffee_buyer_and_weekly_bean_buyer_both_count():
    daily = tier_of(every(1, 50), spend=3.2)           # small, often
    beans = tier_of(every(7, 9), spend=14.0)           # a bag of beans a week
    assert daily.tier == "VIP" and daily.tier_basis == "visits"
    assert beans.tier == "Gold" and beans.tier_basis == "spend"


def test_visit_thresholds_at_their_boundary():
    regular = DEFAULT_TIERS[0]
    assert tier_of(every(10, regular.min_visits - 1), spend=1.0).tier is None
    row = tier_of(every(10, regular.min_visits), spend=1.0)
    assert (row.tier, row.tier_value, row.tier_window) == ("Regular", regular.min_visits, 60)


def test_window_is_rolling_days_ending_on_as_of():
    rule = (TierRule("Regular", 60, min_visits=3),)
    assert tier_of([0, 30, 59], tiers=rule).tier == "Regular"   # day 59 ago is inside the last 60 days
    assert tier_of([0, 30, 60], tiers=rule).tier is None        # day 60 ago is not


def test_spend_threshold_at_its_boundary():
    rule = (TierRule("Gold", 60, min_spend=30.0),)
    assert tier_of([1, 2, 3], spend=10.0, tiers=rule).tier == "Gold"
    assert tier_of([1, 2, 3], spend=9.99, tiers=rule).tier is None


def test_highest_tier_met_wins_even_with_a_longer_window():
    rules = (TierRule("Regular", 30, min_visits=2), TierRule("VIP", 365, min_visits=40))
    assert tier_of(every(5, 45, last_ago=40), tiers=rules).tier == "VIP"


def test_explanations():
    rule = DEFAULT_TIERS[1]
    assert explain_tier(rule, "visits", 12) == "12 visits in the last 60 days"
    assert explain_tier(rule, "spend", 140.5, "€") == "€140.50 spent in the last 60 days"
    assert rule.describe("€") == "10 visits or €90 spent in the last 60 days"


def test_rules_are_validated_and_stored_as_json():
    rules = (TierRule("Friend", 30, min_visits=2), TierRule("Family", 90, min_spend=200.0))
    assert tiers_from_json(tiers_to_json(rules)) == rules
    assert tiers_from_json(None) == DEFAULT_TIERS and tiers_from_json("not json") == DEFAULT_TIERS
    for bad in ([TierRule("", 30, 1)], [TierRule("A", 30)], [TierRule("A", 0, 1)],
                [TierRule("A", 30, 1), TierRule("a", 30, 2)], [TierRule("A", 30, min_spend=-1.0)]):
        with pytest.raises(ValueError):
            validate_tiers(bad)
