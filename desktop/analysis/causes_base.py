"""What every family of rating-drop causes shares: the :class:`Cause` and
:class:`Quote` records, the :class:`Period` they are computed from, the
evidence thresholds (:data:`MIN_MENTIONS`, :data:`CAUSE_Z`,
:data:`MIN_CAUSE_SHARE`), the small statistics (Wilson intervals, the z of a
rising share, the Bonferroni bar) and the quote book that orders a cause's
reviews best first. The families are :mod:`desktop.analysis.causes`
(aspects, dishes, staff, phrases) and :mod:`desktop.analysis.causes_groups`
(weekday, daypart, platform, language, reviewer).

Pure functions over pandas frames; safe from any thread.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from statistics import NormalDist
from typing import Iterable

import numpy as np
import pandas as pd

ASPECTS: tuple[str, ...] = ("food", "drinks", "service", "price", "ambience", "cleanliness", "wait")
"""The engine's coarse aspects, named as ``analyze-text`` names them."""
WEEKDAYS: tuple[str, ...] = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DAYPARTS: tuple[tuple[str, int, int], ...] = (
    ("night", 0, 5), ("morning", 5, 11), ("lunch", 11, 15), ("afternoon", 15, 18),
    ("evening", 18, 22), ("night", 22, 24))
"""(name, first hour, hour after the last) of each daypart, local time of posting."""
MIN_MENTIONS = 5
"""A cause needs at least this many reviews in the drop period showing it."""
THIN_MENTIONS = 8
"""Causes shown by fewer reviews than this are marked as thin evidence."""
CAUSE_Z = 2.0
"""The rise of a complaint (or the extra fall of a group) must be this many standard errors."""
MIN_CAUSE_SHARE = 0.08
"""A cause explains at least this share of the rating change."""
SHRINK_REVIEWS = 3.0
"""A single cause's penalty is shrunk towards zero as if it had this many average reviews more."""
MAX_CAUSE_REVIEWS = 100
"""At most this many reviews are listed for one cause (best quotes first)."""
MAX_QUOTES = 3


@dataclass(frozen=True)
class Quote:
    """One sentence that shows a cause; ``term`` is the words to highlight."""

    review_id: int
    text: str
    term: str | None = None


@dataclass(frozen=True)
class Cause:
    """One ranked cause of a drop.

    ``contribution`` is the share (0..1) of the change in average stars it
    explains; ``stars`` the same in stars (negative for a fall). ``before``
    and ``during`` are the share of reviews complaining (mention causes) or
    the group's average stars (group causes), ``interval_*`` their 95%
    intervals; ``effect`` is "complaints", "within" (the group fell) or "mix"
    (the group grew). ``reviews`` lists review ids, best first."""

    kind: str
    name: str
    contribution: float
    stars: float
    effect: str
    before: float
    during: float
    interval_before: tuple[float, float]
    interval_during: tuple[float, float]
    n_before: int
    n_during: int
    z: float
    reviews: tuple[int, ...]
    quotes: tuple[Quote, ...] = ()
    terms: tuple[str, ...] = ()
    """The words that show it in the reviews (mention terms, the phrase), most frequent first."""

    @property
    def thin(self) -> bool:
        return self.n_during < THIN_MENTIONS


def z_needed(tests: int) -> float:
    """The z a cause needs when ``tests`` candidates of its family were
    tested: :data:`CAUSE_Z`'s one-sided tail divided among them (Bonferroni),
    so that seven weekdays do not give a "Saturday" by chance."""
    tail = NormalDist().cdf(-CAUSE_Z) / max(tests, 1)
    return -NormalDist().inv_cdf(tail)


def wilson(k: int, n: int) -> tuple[float, float]:
    """95% Wilson interval of a share k/n."""
    if n <= 0:
        return (0.0, 1.0)
    z = 1.96
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (round(max(0.0, centre - half), 3), round(min(1.0, centre + half), 3))


def _mean_ci(x: np.ndarray) -> tuple[float, float]:
    if len(x) < 2:
        v = float(x.mean()) if len(x) else float("nan")
        return (v, v)
    half = 1.96 * float(x.std(ddof=1)) / math.sqrt(len(x))
    return (round(float(x.mean()) - half, 2), round(float(x.mean()) + half, 2))


def daypart(hour: float) -> str | None:
    """The daypart of an hour of the day (0..23), None when unknown."""
    if hour is None or (isinstance(hour, float) and math.isnan(hour)):
        return None
    for name, lo, hi in DAYPARTS:
        if lo <= hour < hi:
            return name
    return None


def _prop_z(k1: int, n1: int, k0: int, n0: int) -> float:
    """z of the rise of a share from k0/n0 (before) to k1/n1 (during)."""
    if n1 == 0 or n0 == 0:
        return 0.0
    p = (k1 + k0) / (n1 + n0)
    se = math.sqrt(max(p * (1 - p), 1e-12) * (1 / n1 + 1 / n0))
    return (k1 / n1 - k0 / n0) / se


@dataclass(frozen=True)
class Period:
    """The reviews of one drop, ready for :func:`explain`.

    ``reviews``: one row per rated review of the drop period and the period
    before, columns ``id``, ``during`` (bool), ``rating`` and, where known,
    ``weekday`` (0 = Monday), ``hour``, ``source``, ``language``,
    ``first_time``, ``known_customer``, ``no_history`` (bools).
    ``mentions``: ``review_id``, ``aspect``, ``polarity``, ``term``, ``sentence``.
    ``sentences``: ``review_id``, ``idx``, ``text``, ``sentiment``."""

    reviews: pd.DataFrame
    mentions: pd.DataFrame
    sentences: pd.DataFrame
    dishes: tuple[str, ...] = ()
    staff: tuple[str, ...] = ()


class _QuoteBook:
    """Sentences of the drop period, to show the reviews behind each cause."""

    def __init__(self, period: Period) -> None:
        rv = period.reviews
        self.rating = dict(zip(rv["id"].astype(int), rv["rating"].astype(float)))
        self.during = set(rv.loc[rv["during"], "id"].astype(int))
        s = period.sentences
        self.text: dict[tuple[int, int], str] = {}
        self.sentiment: dict[tuple[int, int], float] = {}
        if not s.empty:
            s = s[s["review_id"].isin(self.during)]
            for rid, idx, text, sent in zip(s["review_id"], s["idx"], s["text"], s["sentiment"]):
                self.text[(int(rid), int(idx))] = str(text)
                self.sentiment[(int(rid), int(idx))] = float(sent)
        self.worst: dict[int, tuple[int, float]] = {}
        for (rid, idx), sent in self.sentiment.items():
            if rid not in self.worst or sent < self.worst[rid][1]:
                self.worst[rid] = (idx, sent)

    def rank(self, hits: Iterable[tuple[int, int | None, str | None, float]]) -> tuple[tuple[int, ...], tuple[Quote, ...]]:
        """(review id, sentence idx or None, term, polarity) -> ids best first and the top quotes.
        Best: the clearest complaint (lowest polarity), then the lowest stars, then a sentence
        of readable length."""
        best: dict[int, tuple[tuple, Quote | None]] = {}
        for rid, idx, term, pol in hits:
            if rid not in self.during:
                continue
            if idx is None and rid in self.worst:
                idx, pol = self.worst[rid][0], min(pol, self.worst[rid][1])
            text = self.text.get((rid, idx)) if idx is not None else None
            length = len(text) if text else 0
            key = (pol, self.rating.get(rid, 5.0), 0 if 25 <= length <= 220 else 1, rid)
            quote = Quote(rid, text, term) if text else None
            if rid not in best or key < best[rid][0]:
                best[rid] = (key, quote)
        ordered = sorted(best.items(), key=lambda kv: kv[1][0])
        ids = tuple(rid for rid, _ in ordered[:MAX_CAUSE_REVIEWS])
        quotes = tuple(q for _, (_, q) in ordered if q is not None)[:MAX_QUOTES]
        return ids, quotes


def _indicator(ids: np.ndarray, hit_ids: Iterable[int]) -> np.ndarray:
    hits = np.fromiter({int(i) for i in hit_ids}, dtype=np.int64)
    return np.isin(ids, hits)


def _top_terms(terms: pd.Series, limit: int = 10) -> tuple[str, ...]:
    counts = Counter(str(t).casefold() for t in terms if isinstance(t, str) and t.strip())
    return tuple(t for t, _ in counts.most_common(limit))


def _single(y: np.ndarray, during: np.ndarray, x: np.ndarray) -> float:
    """Stars explained by one indicator: its (shrunk) penalty times the rise of its share."""
    mean = y.mean()
    n_x = x.sum()
    if n_x == 0 or n_x == len(x):
        return 0.0
    with_x = (y[x].sum() + SHRINK_REVIEWS * mean) / (n_x + SHRINK_REVIEWS)
    without = y[~x].mean()
    return float((with_x - without) * (x[during].mean() - x[~during].mean()))


def weekday_of(times: pd.Series) -> pd.Series:
    """0 = Monday .. 6 = Sunday."""
    return times.dt.day_of_week


def hours_known(times: pd.Series) -> bool:
    """True when the times carry a time of day (not every one at midnight)."""
    t = times.dropna()
    return bool(len(t)) and bool(((t.dt.hour != 0) | (t.dt.minute != 0)).mean() > 0.5)
