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


def test_new_reason_counts_days_since_the_first_visit_not_the_last():
    row = segment_of([2, 9, 20])
    assert (row.segment, row.reason, row.reason_a, row.reason_b) == ("new", "new", 20, 3)
    assert explain_segment(row.segment, row.reason, row.reason_a, row.reason_b) == "first visit 20 days ago"


def test_fewer_than_regular_min_visits_is_one_off_and_then_a_rhythm_counts():
    few = every(7, S.REGULAR_MIN_VISITS - 1, last_ago=100)
    row = segment_of(few)
    assert (row.segment, row.reason) == ("one-off", "few_visits")
    row = segment_of(every(7, S.REGULAR_MIN_VISITS, last_ago=100))
    assert row.segment == "lapsed"


def _days_from_gaps(gaps: list[int], last_ago: int) -> list[int]:
    """Visit days (days before AS_OF) with these gaps, oldest first, the last ``last_ago`` days ago."""
    out, d = [last_ago], last_ago
    for g in reversed(gaps):
        d += g
        out.append(d)
    return out


def test_usual_gap_is_the_median_of_own_gaps():
    gaps = [7] * 9 + [28]  # one long holiday among ten gaps hardly moves it
    row = segment_of(_days_from_gaps(gaps, 3))
    assert row.usual_gap == pytest.approx(np.median(gaps))


def test_own_long_gaps_seen_before_are_not_at_risk():
    # a weekly customer who skips to three weeks now and then (as many do): unseen 20 days is normal
    gaps = ([7] * 5 + [21]) * 5
    assert np.quantile(gaps, S.AT_RISK_QUANTILE) >= 21
    assert segment_of(_days_from_gaps(gaps, 20)).segment == "regular"
    # the same customer past every gap they ever had, and past two weeks, is at risk
    assert segment_of(_days_from_gaps(gaps, 22)).segment == "at-risk"


def test_few_visits_widen_the_rhythm_many_narrow_it():
    # the same irregular gaps seen 3 times or 30 times: with 3 the next gap is far less certain
    gaps = [10, 30, 20]
    visits = visits_of({1: _days_from_gaps(gaps, 5), 2: _days_from_gaps(gaps * 10, 5)})
    m = customer_metrics(visits, people_of([1, 2]), END)
    from desktop.customers.segments import rhythm

    pos = np.searchsorted(m.index.to_numpy(), visits.customer_id)
    r = rhythm(pos, visits.day, m["visits"].to_numpy(), END - np.array([5, 5]), 2, SegmentRules())
    assert r.usual[0] == pytest.approx(r.usual[1], rel=0.05)
    assert r.risk_after[0] > r.risk_after[1] and r.lapse_after[0] > 1.5 * r.lapse_after[1]


def test_lapsed_needs_longer_than_any_break_they_came_back_from():
    gaps = [7] * 30 + [120] + [7] * 10  # came back after four months once
    row = segment_of(_days_from_gaps(gaps, 100))
    assert row.segment == "at-risk"
    assert segment_of(_days_from_gaps(gaps, 121)).segment == "lapsed"


def test_a_break_at_this_time_last_year_is_seasonal_not_at_risk():
    # twice a week from May to September for two summers; as of mid-November they are away as last year
    from datetime import date, timedelta

    from customer_helpers import AS_OF

    days = []
    for year in (2025, 2026):
        d = date(year, 5, 1)
        while d <= date(year, 9, 30):
            if d.weekday() in (1, 4):
                days.append((AS_OF - d).days)
            d += timedelta(days=1)
    row = segment_of(days)
    assert (row.segment, row.reason) == ("regular", "seasonal")
    assert row.reason_b >= S.SEASON_MIN_BREAK_DAYS
    # with only one summer there is no previous year to go by: a twice-a-week customer gone 46 days
    one_summer = [d for d in days if d < 200]
    assert (segment_of(one_summer).segment, segment_of(one_summer).reason) == ("lapsed", "absent")


def test_t_quantile_matches_students_t():
    stats = pytest.importorskip("scipy.stats")
    dof = np.array([3.0, 4.0, 10.0, 40.0])
    for q in (S.AT_RISK_QUANTILE, S.LAPSED_QUANTILE):
        assert S._t_quantile(q, dof) == pytest.approx(stats.t.ppf(q, dof), rel=0.01)


def test_quantiles_validate():
    with pytest.raises(ValueError):
        SegmentRules(at_risk_quantile=0.99, lapsed_quantile=0.95).validated()
    with pytest.raises(ValueError):
        SegmentRules(lapsed_quantile=1.0).validated()


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
    assert explain_segment("regular", "seasonal", 50, 220) == (
        "not seen for 50 days; took a 220 days break at this time last year and came back")


def test_rules_validate_and_round_trip():
    rules = SegmentRules(lapsed_gap_factor=5.0)
    assert SegmentRules.from_dict(rules.as_dict()) == rules
    with pytest.raises(ValueError):
        SegmentRules(at_risk_gap_factor=3.0, lapsed_gap_factor=2.0).validated()
    with pytest.raises(ValueError):
        SegmentRules(regular_min_visits=2).validated()
    assert SegmentRules.from_dict({"unknown": 3}) == SegmentRules()


def test_named_constants_are_the_documented_defaults():
    assert (S.NEW_CUSTOMER_DAYS, S.REGULAR_MIN_VISITS) == (30, 4)
    assert (S.AT_RISK_QUANTILE, S.LAPSED_QUANTILE, S.RHYTHM_PRIOR_GAPS, S.SPREAD_FLOOR) == (0.95, 0.99, 2.0, 0.2)
    assert (S.SEASON_TOLERANCE_DAYS, S.SEASON_MIN_BREAK_DAYS, S.MAD_TO_SIGMA) == (30, 60, 1.4826)
    assert (S.AT_RISK_GAP_FACTOR, S.AT_RISK_MIN_DAYS, S.LAPSED_GAP_FACTOR, S.LAPSED_MIN_DAYS) == (2.0, 14, 4.0, 45)
    assert (S.SLOWDOWN_WINDOW_DAYS, S.SLOWDOWN_SHARE, S.SLOWDOWN_MIN_EXPECTED) == (56, 0.5, 4.0)
