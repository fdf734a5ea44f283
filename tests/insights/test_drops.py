"""The drop detector: real drops found with their dates, noise left alone."""
from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np
import pytest

from desktop.analysis import drops as D

START = datetime(2025, 1, 6)
RATINGS = np.array([1, 2, 3, 4, 5], dtype=float)
NORMAL = np.array([0.03, 0.04, 0.08, 0.25, 0.60])
BAD = np.array([0.2, 0.2, 0.2, 0.2, 0.2])


def stream(seed: int, per_week: float, weeks: int = 52, bad: tuple[int, int] | None = None,
           bad_days: set[int] | None = None):
    rng = np.random.default_rng(seed)
    times, ratings = [], []
    for day in range(weeks * 7):
        when = START + timedelta(days=day)
        for _ in range(rng.poisson(per_week / 7)):
            hit = bad is not None and bad[0] <= day < bad[1] and (bad_days is None or when.weekday() in bad_days)
            times.append(when + timedelta(hours=int(rng.integers(9, 22))))
            ratings.append(rng.choice(RATINGS, p=BAD if hit else NORMAL))
    return np.array(times, dtype="datetime64[s]"), np.array(ratings)


def test_thresholds_are_named_once_and_sane():
    assert D.MIN_REVIEWS_PER_SIDE >= 8  # "about 8 is a common floor"
    assert 0 < D.DROP_SIGNIFICANCE <= 0.05
    assert D.MIN_DROP_STARS > 0 and D.MIN_DROP_BINS * D.BIN_DAYS >= 14
    assert D.BOOTSTRAP_ROUNDS >= 199


def test_a_real_drop_is_found_with_its_start():
    times, ratings = stream(1, per_week=20, bad=(140, 196))
    scan = D.find_drops(times, ratings)
    assert scan.status == "ok"
    assert len(scan.drops) == 1
    drop = scan.drops[0]
    assert abs((drop.start - (START + timedelta(days=140)).date()).days) <= 14
    assert drop.rating_before - drop.rating_after >= 0.8
    assert drop.confidence >= 0.99
    assert drop.kind == "drop"
    assert drop.interval_after[1] < drop.interval_before[0]


@pytest.mark.parametrize("seed", range(12))
def test_stable_streams_have_no_drop(seed):
    times, ratings = stream(100 + seed, per_week=15)
    assert D.find_drops(times, ratings).drops == ()


def test_one_review_a_week_and_two_bad_ones_is_no_drop():
    times, ratings = stream(5, per_week=1)
    ratings[20:22] = 1.0
    assert D.find_drops(times, ratings).drops == ()


def test_too_few_reviews_says_so():
    times, ratings = stream(3, per_week=0.3)
    scan = D.find_drops(times, ratings)
    assert len(ratings) < D.MIN_RATED_REVIEWS
    assert scan.status == "not_enough_reviews" and scan.drops == ()


def test_a_weekend_only_problem_is_found_in_its_group():
    times, ratings = stream(8, per_week=25, bad=(150, 192), bad_days={5, 6})
    weekday = times.astype("datetime64[D]").view("int64")
    weekend = ((weekday + 3) % 7) >= 5
    scan = D.find_drops(times, ratings, {("weekday", "weekend"): weekend, ("weekday", "weekdays"): ~weekend})
    assert any(d.scope == ("weekday", "weekend") for d in scan.drops), scan.drops


def test_an_ongoing_drop_is_a_shift_or_a_decline():
    times, ratings = stream(9, per_week=20, bad=(250, 400))
    scan = D.find_drops(times, ratings)
    assert scan.drops and scan.drops[-1].kind in ("shift", "decline")


def test_the_same_reviews_give_the_same_report():
    times, ratings = stream(11, per_week=20, bad=(140, 196))
    assert D.find_drops(times, ratings) == D.find_drops(times, ratings)


def test_a_volume_surge_is_found_and_steady_volume_is_not():
    times, _ = stream(12, per_week=10)
    assert D.find_volume_shifts(times) == ()
    extra = np.array([START + timedelta(days=200 + i // 6, hours=i % 6 + 9) for i in range(200)],
                     dtype="datetime64[s]")
    shifts = D.find_volume_shifts(np.concatenate([times, extra]))
    assert shifts and shifts[0].per_week_during > D.VOLUME_MIN_RATIO * shifts[0].per_week_before


def test_detectable_fall_is_what_the_test_can_see():
    small = D.detectable_fall(*stream(11, per_week=1.5))
    busy = D.detectable_fall(*stream(11, per_week=15))
    assert busy < D.MIN_DROP_STARS * 4 < small
    times, ratings = stream(12, per_week=0.6)
    recent = times > times.max() - np.timedelta64(D.RECENT_WEEKS * 7, "D")
    assert recent.sum() < D.MIN_REVIEWS_PER_SIDE and D.detectable_fall(times, ratings) == float("inf")


def test_a_fall_well_beyond_the_detectable_one_is_found_and_one_well_below_is_not():
    # the promise of "only a fall of more than X stars would show": calibrated against the scan itself
    found = {"above": 0, "below": 0}
    for seed in range(6):
        times, ratings = stream(40 + seed, per_week=6)
        bar = D.detectable_fall(times, ratings)
        recent = times > times.max() - np.timedelta64(D.RECENT_WEEKS * 7, "D")
        for name, factor in (("above", 1.6), ("below", 0.4)):
            shifted = ratings.copy()
            shifted[recent] = np.clip(shifted[recent] - factor * bar, 1, 5)
            found[name] += bool(D.find_drops(times, shifted).drops)
    assert found["above"] >= 5 and found["below"] <= 1
