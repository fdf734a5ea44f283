"""Did it work: return rates against the hold-out, with an interval, and an honest 'too few to tell'."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desktop.messaging.lift import (
    LIFT_GROUP_SIZE,
    NO_DIFFERENCE,
    NO_HOLDOUT,
    PENDING,
    TOO_FEW,
    WORKED,
    came_back,
    difference_interval,
    outcome,
    wilson,
)

RUN = datetime(2026, 10, 1, 10)
AFTER = RUN + timedelta(days=31)


def test_wilson_matches_the_textbook() -> None:
    low, high = wilson(8, 10)
    assert low == pytest.approx(0.4902, abs=1e-3) and high == pytest.approx(0.9433, abs=1e-3)
    assert wilson(0, 0) == (0.0, 1.0)


def test_newcombe_difference_interval() -> None:
    # Newcombe (1998), example (a): 56/70 vs 48/80 -> 0.2, interval 0.0524 .. 0.3339
    d, low, high = difference_interval(56, 70, 48, 80)
    assert d == pytest.approx(0.2) and low == pytest.approx(0.0524, abs=2e-3) and high == pytest.approx(0.3339, abs=2e-3)


def test_came_back_window_edges() -> None:
    assert came_back(RUN, [RUN + timedelta(days=30)]) and not came_back(RUN, [RUN + timedelta(days=30, seconds=1)])
    assert not came_back(RUN, [RUN])


def _visits(ids, returned):
    return {cid: ([RUN + timedelta(days=5)] if cid in returned else []) for cid in ids}


def test_pending_until_the_window_closes() -> None:
    o = outcome(RUN, [(1, RUN)], [2], _visits([1, 2], {1}), RUN + timedelta(days=10))
    assert o.verdict == PENDING and "2026-10-31" in o.verdict_text


def test_small_groups_are_too_few_to_tell() -> None:
    contacted = [(i, RUN) for i in range(40)]
    holdout = list(range(100, 105))
    visits = _visits(range(200), set(range(0, 40, 3)) | {100})
    o = outcome(RUN, contacted, holdout, visits, AFTER)
    assert o.verdict == TOO_FEW and o.verdict_text == "too few customers to tell"
    assert o.low is not None and o.low < 0 < o.high  # the interval is shown even so


def test_a_clear_lift_is_reported_even_in_small_groups() -> None:
    contacted = [(i, RUN) for i in range(200)]
    holdout = list(range(1000, 1050))
    visits = _visits(list(range(200)) + holdout, set(range(150)) | set(range(1000, 1005)))
    o = outcome(RUN, contacted, holdout, visits, AFTER)
    assert o.verdict == WORKED and o.lift == pytest.approx(0.75 - 0.10) and o.low > 0


def test_large_groups_without_a_difference() -> None:
    n = LIFT_GROUP_SIZE
    contacted = [(i, RUN) for i in range(n)]
    holdout = list(range(10_000, 10_000 + n))
    visits = _visits(list(range(n)) + holdout, set(range(0, n, 2)) | set(range(10_000, 10_000 + n, 2)))
    assert outcome(RUN, contacted, holdout, visits, AFTER).verdict == NO_DIFFERENCE


def test_no_holdout() -> None:
    assert outcome(RUN, [(1, RUN)], [], {}, AFTER).verdict == NO_HOLDOUT
