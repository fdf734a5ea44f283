"""The rules that find irregular and fading customers, each at its boundary:
the upper-half spread of the gaps, the twelve-week fade, steadiness."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from customer_helpers import END, people_of, visits_of

from desktop.customers import segments as S
from desktop.customers.segments import SegmentRules, customer_metrics, explain_segment


def row_of(history: list[int]) -> pd.Series:
    return customer_metrics(visits_of({1: history}), people_of([1]), END, SegmentRules()).loc[1]


def rhythm_of(history: list[int]) -> S.Rhythm:
    visits = visits_of({1: history})
    n = np.array([len(set(history))])
    return S.rhythm(np.zeros(len(visits.day), np.int64), visits.day, n, np.array([END - min(history)]), 1,
                    SegmentRules())


def _days_from_gaps(gaps: list[int], last_ago: int) -> list[int]:
    out, d = [last_ago], last_ago
    for g in reversed(gaps):
        d += g
        out.append(d)
    return out


def test_named_constants():
    assert (S.UPPER_SPREAD_QUANTILE, S.UPPER_QUANTILE_Z, S.UPPER_SPREAD_MIN_GAPS) == (0.75, 0.6745, 8)
    assert (S.FADING_WINDOW_DAYS, S.FADING_SHARE, S.FADING_MIN_EXPECTED) == (84, 0.6, 7.0)
    assert (S.FADING_OVERDUE_FACTOR, S.FADING_MIN_AWAY_DAYS, S.STEADY_MAX_SPREAD) == (1.5, 10, 0.65)
    from statistics import NormalDist

    assert NormalDist().inv_cdf(S.UPPER_SPREAD_QUANTILE) == pytest.approx(S.UPPER_QUANTILE_Z, abs=1e-4)


def test_spread_is_the_smaller_of_the_deviation_and_the_upper_half_from_eight_gaps():
    # left-skewed gaps (often back the next day, sometimes after three weeks): the upper half is narrower
    gaps = [1, 2, 1, 12, 14, 3, 16, 20, 15, 2, 18, 14]
    logs = np.log(gaps)
    mad = S.MAD_TO_SIGMA * np.median(np.abs(logs - np.median(logs)))
    upper = (np.log(np.quantile(gaps, S.UPPER_SPREAD_QUANTILE)) - np.median(logs)) / S.UPPER_QUANTILE_Z
    assert upper < mad
    assert rhythm_of(_days_from_gaps(gaps, 3)).spread[0] == pytest.approx(upper, abs=1e-5)
    # with one gap fewer than UPPER_SPREAD_MIN_GAPS: the deviation alone
    few = gaps[:S.UPPER_SPREAD_MIN_GAPS - 1]
    logs = np.log(few)
    mad = S.MAD_TO_SIGMA * np.median(np.abs(logs - np.median(logs)))
    assert rhythm_of(_days_from_gaps(few, 3)).spread[0] == pytest.approx(max(mad, S.SPREAD_FLOOR), abs=1e-5)


def test_the_upper_half_spread_calls_an_irregular_customer_at_risk_sooner(monkeypatch):
    # gamma gaps (shape 1.5, mean 20 days) as the irregular customers of visit_patterns.py: the log gaps'
    # long left tail (sometimes back the next day) widened the symmetric spread's right tail to 4.4 means
    gaps = np.maximum(np.random.default_rng(5).gamma(1.5, 20 / 1.5, 30).round(), 1).astype(int).tolist()
    history = _days_from_gaps(gaps, 30)
    upper_half = rhythm_of(history).risk_after[0]
    monkeypatch.setattr(S, "UPPER_SPREAD_MIN_GAPS", 10 ** 6)  # the symmetric deviation alone
    symmetric = rhythm_of(history).risk_after[0]
    assert upper_half < 0.7 * symmetric and upper_half < 3 * np.mean(gaps)
    away = int(np.ceil(upper_half)) + 1
    assert away <= symmetric
    monkeypatch.undo()
    assert row_of(_days_from_gaps(gaps, away)).segment == "at-risk"
    assert row_of(_days_from_gaps(gaps, int(np.floor(upper_half)))).segment == "regular"


# weekly for a year, then fading over the last twelve weeks: seven visits where about twelve were expected,
# five of about eight in the last eight weeks (so not "slowing" over eight weeks)
BASELINE = [87 + 7 * i for i in range(52)]
FADE = [11, 18, 25, 39, 53, 67, 81]


def test_a_fading_weekly_regular_overdue_now_is_at_risk():
    row = row_of(FADE + BASELINE)
    assert (row.segment, row.reason, row.reason_window) == ("at-risk", "slowing", S.FADING_WINDOW_DAYS)
    assert row.reason_a == 7 and row.reason_a <= S.FADING_SHARE * row.reason_b
    assert row.reason_b >= S.FADING_MIN_EXPECTED
    assert explain_segment(row.segment, row.reason, row.reason_a, row.reason_b, int(row.reason_window)) == (
        f"7 visits in the last 12 weeks; about {int(round(row.reason_b))} expected from their usual rhythm")


def test_fading_needs_overdue_now():
    # the same fade, last seen 10 days ago: not more than FADING_MIN_AWAY_DAYS (and 1.5 weekly gaps) away
    row = row_of([d - 1 for d in FADE] + BASELINE)
    assert row.recency == S.FADING_MIN_AWAY_DAYS
    assert (row.segment, row.reason) == ("regular", "in_rhythm")


def test_fading_share_is_at_most():
    # one visit more in the twelve weeks: above FADING_SHARE of those expected, still regular
    row = row_of(sorted(FADE + [46]) + BASELINE)
    assert row.segment == "regular"
    fading = row_of(FADE + BASELINE)
    assert 8 > S.FADING_SHARE * fading.reason_b >= 7


def test_fading_needs_enough_expected_visits():
    # every 12 days (7.1 expected in twelve weeks), then 4 visits, the last 19 days ago: fading
    row = row_of([19, 30, 45, 70] + [88 + 12 * i for i in range(30)])
    assert (row.reason, row.reason_window) == ("slowing", S.FADING_WINDOW_DAYS)
    assert row.reason_b >= S.FADING_MIN_EXPECTED
    # every 13 days (6.6 expected, below FADING_MIN_EXPECTED), the same shape: not judged
    row = row_of([20, 32, 48, 75] + [88 + 13 * i for i in range(28)])
    assert row.segment == "regular"


def test_slowdowns_are_judged_only_for_steady_customers():
    # the eight-week slowdown of test_segments, by a customer whose gaps swing from 1 to 6 days
    rng = np.random.default_rng(3)
    before, d = [], S.SLOWDOWN_WINDOW_DAYS
    while d < S.SLOWDOWN_WINDOW_DAYS + 360:
        before.append(d)
        d += int(rng.choice([1, 1, 2, 5, 6, 6]))
    r = rhythm_of([3] + before)
    assert r.spread[0] > S.STEADY_MAX_SPREAD
    assert row_of([3] + before).reason != "slowing"
    steady = [S.SLOWDOWN_WINDOW_DAYS + 3 * i for i in range(120)]
    assert rhythm_of([3] + steady).spread[0] <= S.STEADY_MAX_SPREAD
    assert row_of([3] + steady).reason == "slowing"
