"""Did a campaign work? Who came back within 30 days of the message,
against the hold-out: eligible customers chosen at random and not contacted.

The lift is the difference of the two return rates with a 95% interval
(Newcombe's hybrid score interval, sound for small groups). Below
``LIFT_GROUP_SIZE`` customers per group a lift cannot be told unless the
interval already excludes zero, and the verdict says so instead of showing
a number.

Threading: pure; safe anywhere.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Iterable, Mapping, Sequence

from desktop.messaging.rules import RESPONSE_WINDOW_DAYS

LIFT_GROUP_SIZE = 350
"""Customers needed in each group to detect a 10-point rise in return rate (RESEARCH.md)."""
Z_95 = 1.959964
"""Normal quantile for a two-sided 95% interval."""

PENDING, WORKED, WORSE, TOO_FEW, NO_DIFFERENCE, NO_HOLDOUT = (
    "pending", "worked", "worse", "too_few", "no_difference", "no_holdout")
VERDICT_TEXT = {
    PENDING: "too early: the {days}-day window closes on {date}",
    WORKED: "more customers came back than in the hold-out",
    WORSE: "fewer customers came back than in the hold-out",
    TOO_FEW: "too few customers to tell",
    NO_DIFFERENCE: "no clear difference from the hold-out",
    NO_HOLDOUT: "nobody was held out, so there is nothing to compare with",
}


@dataclass(frozen=True)
class Outcome:
    """A campaign run's result. Rates are shares in [0, 1]; ``lift`` and its
    interval are differences of shares (0.1 = 10 points); None where a
    group is empty."""

    contacted: int
    contacted_returned: int
    holdout: int
    holdout_returned: int
    lift: float | None
    low: float | None
    high: float | None
    verdict: str
    window_closes: datetime

    @property
    def contacted_rate(self) -> float | None:
        return self.contacted_returned / self.contacted if self.contacted else None

    @property
    def holdout_rate(self) -> float | None:
        return self.holdout_returned / self.holdout if self.holdout else None

    @property
    def verdict_text(self) -> str:
        return VERDICT_TEXT[self.verdict].format(days=RESPONSE_WINDOW_DAYS, date=f"{self.window_closes:%Y-%m-%d}")

    def as_json(self) -> dict:
        def pct(x: float | None) -> float | None:
            return None if x is None else round(100 * x, 1)
        return {"contacted": self.contacted, "contacted_returned": self.contacted_returned,
                "holdout": self.holdout, "holdout_returned": self.holdout_returned,
                "contacted_rate_pct": pct(self.contacted_rate), "holdout_rate_pct": pct(self.holdout_rate),
                "lift_points": pct(self.lift), "interval_points": [pct(self.low), pct(self.high)],
                "verdict": self.verdict, "verdict_text": self.verdict_text,
                "window_closes": self.window_closes.isoformat(timespec="minutes")}


def wilson(successes: int, n: int, z: float = Z_95) -> tuple[float, float]:
    """Wilson score interval for a proportion (0, 1 when n is 0)."""
    if n <= 0:
        return 0.0, 1.0
    p = successes / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return max(0.0, centre - half), min(1.0, centre + half)


def difference_interval(x1: int, n1: int, x2: int, n2: int, z: float = Z_95) -> tuple[float, float, float]:
    """(p1 - p2, low, high) by Newcombe's method 10 (hybrid Wilson score)."""
    p1, p2 = x1 / n1, x2 / n2
    l1, u1 = wilson(x1, n1, z)
    l2, u2 = wilson(x2, n2, z)
    d = p1 - p2
    return d, d - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)


def came_back(start: datetime, visits: Iterable[datetime], days: int = RESPONSE_WINDOW_DAYS) -> bool:
    end = start + timedelta(days=days)
    return any(start < v <= end for v in visits)


def outcome(run_at: datetime, contacted: Sequence[tuple[int, datetime]], holdout: Sequence[int],
            visits: Mapping[int, Sequence[datetime]], as_of: datetime,
            days: int = RESPONSE_WINDOW_DAYS) -> Outcome:
    """The result of one run: ``contacted`` as (customer, sent at), the
    hold-out measured from ``run_at``; visits per customer from orders."""
    closes = run_at + timedelta(days=days)
    c_ret = sum(came_back(t, visits.get(cid, ()), days) for cid, t in contacted)
    h_ret = sum(came_back(run_at, visits.get(cid, ()), days) for cid in holdout)
    nc, nh = len(contacted), len(holdout)
    lift = low = high = None
    if nc and nh:
        lift, low, high = difference_interval(c_ret, nc, h_ret, nh)
    if as_of < closes:
        verdict = PENDING
    elif not nh or not nc:
        verdict = NO_HOLDOUT
    elif low is not None and low > 0:
        verdict = WORKED
    elif high is not None and high < 0:
        verdict = WORSE
    elif min(nc, nh) < LIFT_GROUP_SIZE:
        verdict = TOO_FEW
    else:
        verdict = NO_DIFFERENCE
    return Outcome(nc, c_ret, nh, h_ret, lift, low, high, verdict, closes)
