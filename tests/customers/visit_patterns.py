"""Realistic visit histories with a planted truth, to measure how well the
segments find the customers who are slipping away (at-risk) and gone (lapsed).

Each invented customer follows one pattern, the way café customers do:

* ``weekday``: a coffee on most working days;
* ``weekly``: one habitual weekday, most weeks;
* ``twice-weekly``: two habitual weekdays;
* ``monthly``: about every 30 days, give or take a week;
* ``irregular``: gamma-distributed gaps (mean 10-40 days, coefficient of variation ~0.8);
* ``seasonal``: twice a week from May to September only, for two or three summers;
* ``one-off``: one to three visits, whenever;
* ``new``: a first visit in the last four weeks.

Frequent patterns take one or two holidays a year (two to four weeks away);
a few are on holiday on the last day. Every customer with a habit is then in
one planted state as of the last day (``END``):

* ``active``: still coming as their pattern says (seasonal customers in
  winter are active: they come back in May);
* ``away``: active, but on holiday on the last day (no detector can know; an
  owner would call a weekly regular unseen for three weeks at risk, rightly);
* ``at-risk``: either stopped recently, last seen 2.5 to 3.5 true gaps ago
  (``AT_RISK_AWAY``; at least 16 days, up to 40 for frequent customers), or
  (frequent patterns) fading: for the last 10-16 weeks they come on a quarter
  to a third of their usual days, and came in the last month;
* ``lapsed``: last seen at least six true gaps and 60 days ago.

Between at-risk and lapsed lies a band no customer is planted in (3.5 to 6 gaps),
so the truth is never a coin toss at a boundary. The truth uses the pattern's
*true* mean gap, which the detector never sees.

    python tests/customers/visit_patterns.py [--customers 20000] [--seed 1]

prints recall and precision of at-risk and lapsed per pattern and overall.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

END_DAY = date(2026, 11, 15)
END = END_DAY.toordinal()

PATTERNS = ("weekday", "weekly", "twice-weekly", "monthly", "irregular", "seasonal", "one-off", "new")
WEIGHTS = (0.08, 0.2, 0.16, 0.14, 0.12, 0.06, 0.18, 0.06)
STATES = ("active", "at-risk", "lapsed")
STATE_WEIGHTS = (0.6, 0.2, 0.2)
AT_RISK_AWAY = (2.5, 3.5)
"""A stopped at-risk customer was last seen this many true gaps ago (at least 16 days, up to 40 for
frequent ones: the product calls nobody lapsed before 45 days)."""
LAPSED_AWAY_GAPS = 6.0
LAPSED_AWAY_MIN_DAYS = 60
"""A lapsed customer was last seen at least this many true gaps and days ago."""


@dataclass(frozen=True)
class Planted:
    """One invented customer: their pattern, the planted state (``active``,
    ``at-risk``, ``lapsed``; ``one-off`` and ``new`` for those patterns), the
    true mean gap in days and their visit days (ordinals, sorted)."""

    customer_id: int
    pattern: str
    state: str
    mean_gap: float
    days: np.ndarray


def _calendar(start: int, end: int) -> np.ndarray:
    return np.arange(start, end + 1, dtype=np.int64)


def _weekday(days: np.ndarray) -> np.ndarray:
    return (days - 1) % 7  # ordinal 1 (0001-01-01) is a Monday: 0 = Monday


def _habit(rng: np.random.Generator, pattern: str, start: int, end: int) -> tuple[np.ndarray, float]:
    """Visit days of a habit from ``start`` to ``end`` (no holidays, no stop) and its true mean gap."""
    cal = _calendar(start, end)
    wd = _weekday(cal)
    if pattern == "weekday":
        p = rng.uniform(0.6, 0.85)
        days = cal[(wd < 5) & (rng.random(len(cal)) < p)]
        return days, 7 / (5 * p)
    if pattern == "weekly":
        p = rng.uniform(0.75, 0.95)
        days = cal[(wd == rng.integers(7)) & (rng.random(len(cal)) < p)]
        return days, 7 / p
    if pattern == "twice-weekly":
        two = rng.choice(7, 2, replace=False)
        p = rng.uniform(0.7, 0.9)
        days = cal[np.isin(wd, two) & (rng.random(len(cal)) < p)]
        return days, 7 / (2 * p)
    if pattern == "monthly":
        gaps = np.clip(rng.normal(30, 6, 200), 14, 50).round().astype(np.int64)
        days = start + np.cumsum(gaps) - gaps[0] + rng.integers(0, 20)
        return days[days <= end], 30.0
    if pattern == "irregular":
        mean = rng.uniform(10, 40)
        gaps = np.maximum(rng.gamma(1.5, mean / 1.5, 400).round(), 1).astype(np.int64)
        days = start + np.cumsum(gaps) - gaps[0]
        return days[days <= end], mean
    if pattern == "seasonal":
        two = rng.choice(7, 2, replace=False)
        months = np.array([date.fromordinal(int(d)).month for d in cal])
        p = rng.uniform(0.6, 0.85)
        days = cal[(months >= 5) & (months <= 9) & np.isin(wd, two) & (rng.random(len(cal)) < p)]
        return days, 7 / (2 * p)
    raise ValueError(pattern)


def _holidays(rng: np.random.Generator, days: np.ndarray, start: int, end: int,
              on_holiday_now: bool) -> tuple[np.ndarray, bool]:
    """One or two breaks of two to four weeks a year; ``on_holiday_now``: one
    more that has not ended by ``end``. Also whether a break covers ``end``."""
    keep = np.ones(len(days), bool)
    years = max((end - start) / 365.0, 0.5)
    away = False
    for _ in range(int(rng.poisson(1.5 * years))):
        a, length = rng.integers(start, end), rng.integers(14, 29)
        keep &= ~((days >= a) & (days < a + length))
        away |= a + length > end
    if on_holiday_now:
        keep &= days <= end - rng.integers(10, 20)
    return days[keep], away or on_holiday_now


def plant(customers: int, seed: int = 1) -> list[Planted]:
    """``customers`` invented customers (ids from 1), reproducible from ``seed``."""
    rng = np.random.default_rng(seed)
    out = []
    for cid in range(1, customers + 1):
        pattern = PATTERNS[rng.choice(len(PATTERNS), p=WEIGHTS)]
        if pattern == "one-off":
            n = int(rng.integers(1, 4))
            first = END - int(rng.integers(45, 900))
            days = np.unique(first + rng.integers(0, 60, n))
            out.append(Planted(cid, pattern, "one-off", np.nan, days[days <= END - 31]))
            continue
        if pattern == "new":
            days = np.unique(END - rng.integers(0, 29, int(rng.integers(1, 4))))
            out.append(Planted(cid, pattern, "new", np.nan, days))
            continue
        on_holiday = False
        years = rng.uniform(2.0, 3.0) if pattern == "seasonal" else rng.uniform(0.6, 3.0)
        start = END - int(years * 365)
        state = "active" if pattern == "seasonal" else STATES[rng.choice(3, p=STATE_WEIGHTS)]
        days, gap = _habit(rng, pattern, start, END)
        if pattern in ("weekday", "weekly", "twice-weekly"):
            days, away = _holidays(rng, days, start, END, state == "active" and rng.random() < 0.08)
            on_holiday = state == "active" and away
        frequent = pattern in ("weekday", "weekly", "twice-weekly")
        if state == "at-risk" and frequent and rng.random() < 0.5:  # fading to a quarter or a third
            fade = END - int(rng.integers(70, 113))
            late = days >= fade
            keep = ~late | (rng.random(len(days)) < rng.uniform(0.25, 0.34))
            days = days[keep]
            if not (days > END - 30).any():
                days = np.append(days, END - int(rng.integers(3, 30)))
        elif state in ("at-risk", "lapsed"):  # stopped: the last visit exactly ``away`` days ago
            if state == "at-risk":
                lo, hi = max(AT_RISK_AWAY[0] * gap, 16.0), max(AT_RISK_AWAY[1] * gap, 40.0)
            else:
                lo = max(LAPSED_AWAY_GAPS * gap, LAPSED_AWAY_MIN_DAYS)
                hi = max(lo * 2.5, lo + 30)
            away = int(rng.uniform(lo, hi))
            days = np.append(days[days < END - away], END - away)
        days = np.unique(days)
        if len(days) < 6:  # too short a history to hold a habit: not a regular
            out.append(Planted(cid, pattern, "one-off" if len(days) < 4 else "few", gap, days))
            continue
        out.append(Planted(cid, pattern, "away" if on_holiday else state, gap, days))
    return out


def visits_and_people(planted: list[Planted]):
    """The planted histories as the ``Visits`` and people frame ``customer_metrics`` reads."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from desktop.customers.visits import daily_visits

    cids = np.concatenate([np.full(len(p.days), p.customer_id, np.int64) for p in planted])
    days = np.concatenate([p.days for p in planted]).astype(np.int64)
    visits = daily_visits(cids, days, np.full(len(days), 5.0), np.zeros(len(days), bool))
    n = len(planted)
    people = pd.DataFrame({"customer_id": np.array([p.customer_id for p in planted], np.int64),
                           "file_first": np.full(n, -1, np.int64), "file_last": np.full(n, -1, np.int64),
                           "file_visits": np.full(n, np.nan), "file_spend": np.full(n, np.nan),
                           "birthday_month": np.zeros(n, np.int64)})
    return visits, people


@dataclass(frozen=True)
class Score:
    """How a segment matched its planted state: ``recall`` (of the planted,
    the share the segment holds), ``precision`` (of those the segment holds,
    the share planted), ``caught`` (of the planted, the share flagged at-risk
    *or* lapsed), with the counts."""

    planted: int
    flagged: int
    right: int
    caught: int

    @property
    def recall(self) -> float:
        return self.right / self.planted if self.planted else float("nan")

    @property
    def precision(self) -> float:
        return self.right / self.flagged if self.flagged else float("nan")

    @property
    def caught_share(self) -> float:
        return self.caught / self.planted if self.planted else float("nan")


def score(planted: list[Planted], segments: pd.Series, state: str, pattern: str | None = None) -> Score:
    """Recall and precision of the segment named ``state`` against the planted truth."""
    rows = [p for p in planted if pattern is None or p.pattern == pattern]
    truth = np.array([p.state == state for p in rows])
    seg = segments.reindex([p.customer_id for p in rows]).to_numpy(dtype=object)
    flagged = seg == state
    churn = np.isin(seg, ("at-risk", "lapsed"))
    return Score(int(truth.sum()), int(flagged.sum()), int((truth & flagged).sum()), int((truth & churn).sum()))


def measure(customers: int = 20_000, seed: int = 1, rules=None) -> dict[str, dict[str, Score]]:
    """{pattern or "all": {"at-risk": Score, "lapsed": Score, "active": Score}}."""
    from desktop.customers.segments import SegmentRules, customer_metrics

    planted = plant(customers, seed)
    visits, people = visits_and_people(planted)
    segments = customer_metrics(visits, people, END, rules or SegmentRules())["segment"]
    out = {}
    for pattern in (None,) + PATTERNS[:6]:
        out[pattern or "all"] = {s: score(planted, segments, s, pattern) for s in ("at-risk", "lapsed")}
        rows = [p for p in planted if (pattern is None or p.pattern == pattern) and p.state == "active"]
        seg = segments.reindex([p.customer_id for p in rows]).to_numpy(dtype=object)
        kept = int(np.isin(seg, ("regular",)).sum())
        out[pattern or "all"]["active"] = Score(len(rows), len(rows), kept, int(np.isin(seg, ("at-risk", "lapsed")).sum()))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    result = measure(args.customers, args.seed)
    print(f"{args.customers:,} invented customers, seed {args.seed}, as of {END_DAY}")
    print(f"{'pattern':13} {'at-risk n':>9} {'recall':>7} {'prec.':>6} {'caught':>7} | "
          f"{'lapsed n':>8} {'recall':>7} {'prec.':>6} | {'active n':>8} {'regular':>8} {'flagged':>8}")
    for name, s in result.items():
        r, l, a = s["at-risk"], s["lapsed"], s["active"]
        print(f"{name:13} {r.planted:9} {r.recall:7.3f} {r.precision:6.3f} {r.caught_share:7.3f} | "
              f"{l.planted:8} {l.recall:7.3f} {l.precision:6.3f} | {a.planted:8} {a.recall:8.3f} "
              f"{a.caught_share:8.3f}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    raise SystemExit(main())
