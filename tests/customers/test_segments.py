"""Segments against each customer's own rhythm: every rule at its boundary."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from customer_helpers import END, ago, every, people_of, visits_of

from desktop.customers import segments as S
from desktop.customers.segments import SegmentRules, customer_metrics, explain_segment, rfm_words


def segment_of(history: list[int], rules: SegmentRules = SegmentRules(), **people) -> pd.Series:
    m = customer_metrics(visits_of({1: history}), people_of([1], **people), END, rules)
    return m.loc[1]


def test_the_issue_examples_daily_regular_at_risk_monthly_not():
    daily = [d for d in range(21, 200) if (d % 7) not in (5, 6)]  # weekdays, last seen 3 weeks ago
    row = segment_of(daily)
    assert (row.segment, row.reason) == ("at-risk", "absent")
    monthly = every(30, 10, last_ago=21)
    row = segment_of(monthly)
    assert (row.segment, row.reason) == ("regular", "in_rhythm")


def test_new_customer_boundary_is_thirty_days():
    assert segment_of([S.NEW_CUSTOMER_DAYS - 1]).segment == "new"
    assert segment_of([S.NEW_CUSTOMER_DAYS]).segment == "one-off"


def test_fewer_than_regular_min_visits_is_one_off_and_then_a_rhythm_counts():
    few = every(7, S.REGULAR_MIN_VISITS - 1, last_ago=100)
    row = segment_of(few)
    assert (row.segment, row.reason) == ("one-off", "few_visits")
    row = segment_of(every(7, S.REGULAR_MIN_VISITS, last_ago=100))
    assert row.segment == "lapsed"


def test_usual_gap_is_the_90th_percentile_of_own_gaps():
    gaps = [7] * 9 + [28]  # one long holiday among ten gaps
    days, d = [0], 0
    for g in gaps:
        d += g
        days.append(d)
    row = segment_of(days)
    assert row.usual_gap == pytest.approx(np.percentile(gaps, S.RHYTHM_PERCENTILE))


def test_at_risk_floor_of_fourteen_days_for_frequent_customers():
    # comes every day: twice the usual gap is 2 days, but nobody is at risk before two weeks
    assert segment_of(every(1, 60, last_ago=S.AT_RISK_MIN_DAYS)).segment == "regular"
    assert segment_of(every(1, 60, last_ago=S.AT_RISK_MIN_DAYS + 1)).segment == "at-risk"


def test_at_risk_after_twice_the_usual_gap():
    gap = 20
    edge = int(S.AT_RISK_GAP_FACTOR * gap)
    assert segment_of(every(gap, 10, last_ago=edge)).segment == "regular"
    assert segment_of(every(gap, 10, last_ago=edge + 1)).segment == "at-risk"


def test_lapsed_after_four_usual_gaps_and_at_least_45_days():
    gap = 20
    edge = int(S.LAPSED_GAP_FACTOR * gap)  # 80 > 45
    assert segment_of(every(gap, 10, last_ago=edge)).segment == "at-risk"
    row = segment_of(every(gap, 10, last_ago=edge + 1))
    assert (row.segment, row.reason, row.reason_a, row.reason_b) == ("lapsed", "absent", edge + 1, gap)
    # a weekly regular: 4 x 7 = 28 days is not yet lapsed, the 45-day floor decides
    assert segment_of(every(7, 20, last_ago=S.LAPSED_MIN_DAYS)).segment == "at-risk"
    assert segment_of(every(7, 20, last_ago=S.LAPSED_MIN_DAYS + 1)).segment == "lapsed"


def test_lapsed_is_configurable():
    rules = SegmentRules(lapsed_gap_factor=3.0, lapsed_min_days=30)
    assert segment_of(every(10, 10, last_ago=31), rules).segment == "lapsed"
    assert segment_of(every(10, 10, last_ago=31)).segment == "at-risk"


def test_slowing_down_against_own_earlier_rate():
    # twice a week for a year, then once in the last eight weeks (seen 3 days ago)
    before = [S.SLOWDOWN_WINDOW_DAYS + 3 * i + (i % 2) for i in range(0, 120)]
    row = segment_of([3] + before)
    assert (row.segment, row.reason) == ("at-risk", "slowing")
    assert row.reason_a == 1 and row.reason_b >= S.SLOWDOWN_MIN_EXPECTED
    # the same person still coming at half their rate is not yet slowing (share is "at most")
    expected = row.reason_b
    recent = [3 + i * (S.SLOWDOWN_WINDOW_DAYS // int(np.ceil(expected * 0.6))) for i in
              range(int(np.ceil(expected * 0.6)))]
    assert segment_of(recent + before).segment == "regular"


def test_slowdown_needs_enough_expected_visits():
    # a monthly customer has ~2 visits expected in eight weeks: below the minimum, never "slowing"
    history = every(30, 12, last_ago=29)
    assert segment_of(history).segment == "regular"


def test_as_of_in_the_past_ignores_later_orders():
    visits = visits_of({1: every(7, 30, last_ago=0)})
    people = people_of([1])
    earlier = END - 100
    m = customer_metrics(visits, people, earlier)
    assert m.loc[1, "last_visit"] <= earlier and m.loc[1, "segment"] == "regular"


def test_customers_without_orders_use_their_files_totals():
    people = people_of([1, 2, 3, 4], file_first=[ago(400), -1, -1, ago(30)],
                       file_last=[ago(200), -1, -1, ago(30)], file_visits=[14, 3, np.nan, 1],
                       file_spend=[300.0, 50.0, np.nan, 4.0])
    m = customer_metrics(visits_of({}), people, END)
    assert list(m["totals_from"]) == ["file", "file", "none", "file"]
    assert m.loc[1, "segment"] == "lapsed" and m.loc[1, "visits"] == 14
    assert m.loc[1, "usual_gap"] == pytest.approx(200 / 13)
    assert (m.loc[2, "segment"], m.loc[2, "reason"]) == ("one-off", "no_dates")
    assert m.loc[3, "segment"] is None and m.loc[3, "reason"] == "no_visits"
    assert m.loc[4, "segment"] == "one-off"


def test_orders_win_over_file_totals():
    people = people_of([1], file_visits=[99], file_spend=[999.0], file_last=[ago(1)], file_first=[ago(500)])
    m = customer_metrics(visits_of({1: [3, 10]}, spend=4.0), people, END)
    assert (m.loc[1, "visits"], m.loc[1, "spend"], m.loc[1, "totals_from"]) == (2, 8.0, "orders")


def test_refunds_are_not_visits_but_lower_spend():
    from desktop.customers.visits import daily_visits

    v = daily_visits(np.array([1, 1, 1]), np.array([END - 5, END - 5, END - 2]), np.array([10.0, -4.0, -3.0]),
                     np.array([False, True, True]))
    assert list(v.day) == [END - 5] and list(v.spend) == [3.0]


def test_big_spenders_and_birthdays():
    history = {i: [5, 40] for i in range(1, 21)}
    visits = visits_of(history)
    # customer 20 spends far more
    visits.spend[-2:] = 100.0
    months = [0] * 19 + [11]
    m = customer_metrics(visits, people_of(list(range(1, 21)), birthday_month=months), END)
    assert m.loc[20, "big_spender"] and m["big_spender"].sum() <= 3
    assert m.loc[20, "birthday_this_month"] and not m.loc[1, "birthday_this_month"]
    # too few spending customers: no big spenders at all
    small = customer_metrics(visits_of({1: [1], 2: [2]}), people_of([1, 2]), END)
    assert not small["big_spender"].any()
    assert S.BIG_SPENDER_MIN_CUSTOMERS == 10


def test_rfm_scores_and_words():
    history = {1: every(3, 60, 1), 2: [300]}
    m = customer_metrics(visits_of(history), people_of([1, 2, 3]), END)
    assert (m.loc[1, "r"], m.loc[1, "f"], m.loc[1, "m"]) == (5, 5, 5)
    assert m.loc[2, "r"] < m.loc[1, "r"] and m.loc[3, "r"] == 0
    assert rfm_words(5, 5, 5) == "came recently, comes often, spends a lot"
    assert rfm_words(1, 2, 3) == "not seen for a long time, comes rarely, spends about average"
    assert rfm_words(0, 0, 0) == "not enough visits to tell"


def test_explanations_are_one_line():
    assert explain_segment("lapsed", "absent", 80, 7) == "not seen for 80 days; usually comes every 7 days"
    assert explain_segment("at-risk", "slowing", 1, 6.4) == (
        "1 visit in the last 8 weeks; about 6 expected from their usual rhythm")
    assert explain_segment("new", "new", 1, 1) == "first visit 1 day ago"


def test_rules_validate_and_round_trip():
    rules = SegmentRules(lapsed_gap_factor=5.0)
    assert SegmentRules.from_dict(rules.as_dict()) == rules
    with pytest.raises(ValueError):
        SegmentRules(at_risk_gap_factor=3.0, lapsed_gap_factor=2.0).validated()
    with pytest.raises(ValueError):
        SegmentRules(regular_min_visits=2).validated()
    assert SegmentRules.from_dict({"unknown": 3}) == SegmentRules()


def test_named_constants_are_the_documented_defaults():
    assert (S.NEW_CUSTOMER_DAYS, S.REGULAR_MIN_VISITS, S.RHYTHM_PERCENTILE) == (30, 4, 90.0)
    assert (S.AT_RISK_GAP_FACTOR, S.AT_RISK_MIN_DAYS, S.LAPSED_GAP_FACTOR, S.LAPSED_MIN_DAYS) == (2.0, 14, 4.0, 45)
    assert (S.SLOWDOWN_WINDOW_DAYS, S.SLOWDOWN_SHARE, S.SLOWDOWN_MIN_EXPECTED) == (56, 0.5, 4.0)
