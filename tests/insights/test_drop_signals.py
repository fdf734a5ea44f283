"""The drop scan's complaint signals and its levels: an aspect's complaints
rising finds a drop the stars alone are too noisy to show, complaints
without a fall in the stars are no drop, and the levels still add up."""
from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np
import pytest

from desktop.analysis import drops as D
from desktop.analysis import drops_scan as S

START = datetime(2025, 1, 6)
RATINGS = np.array([1, 2, 3, 4, 5], dtype=float)
NORMAL = np.array([0.03, 0.04, 0.08, 0.25, 0.60])
COMPLAINT = np.array([0.3, 0.45, 0.25, 0.0, 0.0])


def stream(seed: int, per_week: float, bad: tuple[int, int], severity: float, stars_fall: bool = True,
           background: float = 0.03, weeks: int = 52):
    """(times, ratings, complains): a year of reviews, ``severity`` of those
    inside ``bad`` (days) complaining (with low stars when ``stars_fall``),
    ``background`` of the others complaining of the same thing."""
    rng = np.random.default_rng(seed)
    times, ratings, flags = [], [], []
    for day in range(weeks * 7):
        for _ in range(rng.poisson(per_week / 7)):
            hit = bad[0] <= day < bad[1] and rng.random() < severity
            times.append(START + timedelta(days=day, hours=int(rng.integers(9, 22))))
            ratings.append(rng.choice(RATINGS, p=COMPLAINT if hit and stars_fall else NORMAL))
            flags.append(hit or rng.random() < background)
    return np.array(times, dtype="datetime64[s]"), np.array(ratings), np.array(flags)


def test_the_signal_constants_are_named_once_and_sane():
    assert 0 < D.COMPLAINT_ALPHA_SHARE < 1 - D.ALL_REVIEWS_ALPHA_SHARE
    assert 0 < D.MIN_COMPLAINT_RISE < 1
    assert D.MIN_SIGNAL_REVIEWS >= D.MIN_REVIEWS_PER_SIDE
    assert D.SIGNAL_RATING_Z >= 1.645  # at least a one-sided 5 % test of the interval's stars
    assert S.EARLY_EXIT_FACTOR >= 1.0


@pytest.mark.parametrize("streams,signals", [(1, 0), (6, 0), (1, 7), (6, 7), (6, 1)])
def test_the_levels_add_up_to_the_significance(streams, signals):
    every, signal, group = D._levels(streams, signals)
    assert every + signal * signals + group * (streams - 1) == pytest.approx(D.DROP_SIGNIFICANCE)
    if signals and streams > 1:
        assert every == pytest.approx(D.DROP_SIGNIFICANCE * D.ALL_REVIEWS_ALPHA_SHARE)
        assert signal * signals == pytest.approx(D.DROP_SIGNIFICANCE * D.COMPLAINT_ALPHA_SHARE)


def test_rising_complaints_find_a_drop_the_stars_alone_miss():
    found_plain = found_signal = 0
    for seed in range(6):
        times, ratings, flags = stream(seed, per_week=6, bad=(150, 199), severity=0.3)
        found_plain += bool(D.find_drops(times, ratings).drops)
        scan = D.find_drops(times, ratings, signals={"food": flags})
        hits = [d for d in scan.drops if d.start <= (START + timedelta(days=199)).date()
                and d.end >= (START + timedelta(days=150)).date()]
        found_signal += bool(hits)
        assert all(d.scope == ("all", "") for d in scan.drops)
    assert found_signal > found_plain, (found_plain, found_signal)
    assert found_signal >= 4


@pytest.mark.parametrize("seed", range(4))
def test_complaints_without_a_fall_in_the_stars_are_no_drop(seed):
    times, ratings, flags = stream(seed, per_week=10, bad=(150, 220), severity=0.5, stars_fall=False)
    assert D.find_drops(times, ratings, signals={"food": flags}).drops == ()


@pytest.mark.parametrize("seed", range(6))
def test_steady_complaints_are_no_drop(seed):
    times, ratings, _ = stream(200 + seed, per_week=10, bad=(0, 0), severity=0.0)
    flags = np.random.default_rng(seed).random(len(ratings)) < 0.1
    assert D.find_drops(times, ratings, signals={"food": flags, "service": ~flags & (ratings < 4)}).drops == ()


def test_a_scan_far_from_its_level_draws_nothing():
    times, ratings, _ = stream(7, per_week=10, bad=(0, 0), severity=0.0)
    days = times.astype("datetime64[D]").astype(np.int64)
    week = S.week_bins(days, int(days[0]))

    class NoDraws(np.random.Generator):
        def multinomial(self, *args, **kwargs):  # noqa: ANN002, ANN003
            raise AssertionError("drew null streams for a scan that cannot reach its level")

    rng = NoDraws(np.random.PCG64(1))
    assert S.scan_stream(ratings, week, int(week[-1]) + 1, np.zeros(int(week[-1]) + 1, bool), 1e-4, rng,
                         S.BOOTSTRAP_ROUNDS) == []
