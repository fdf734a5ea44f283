"""Suspicious bursts of reviews: "suspicious, because ...", never "fake".

A burst is a run of one to :data:`MAX_BURST_DAYS` days with far more reviews
than the location's own usual rate (a Poisson test against its median
weekly rate, Bonferroni-corrected for every window looked at). A burst alone
is a weak signal (AUC 0.53 on YelpChi), so it is reported as suspicious only
with at least :data:`MIN_EXTRA_SIGNALS` of the others, computed over the
burst's extreme-rating reviews (the suspects):

- ``extreme_rating``: nearly all of the burst is one star (or five);
- ``little_text``: the suspects say little or nothing;
- ``near_duplicate_text``: their texts are near-copies of each other
  (Jaccard similarity of character shingles);
- ``no_reviewer_history``: the platform says their authors wrote (almost)
  no other review;
- ``minutes_apart``: they arrived minutes apart;
- ``odd_hours``: most were posted in the middle of the night;
- ``similar_author_names``: their author names share one shape
  ("JamesMiller42") far more often than the location's other reviewers;
- ``competitor_mention``: they point to another place.

Pure functions over a pandas frame; safe from any thread.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, datetime, timedelta
from typing import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

MAX_BURST_DAYS = 3
"""A burst lasts one to three days."""
BURST_SIGNIFICANCE = 0.001
"""Family-wise p-value of the rate test over every window of a location's history."""
MIN_BURST_REVIEWS = 6
"""A burst has at least this many suspect reviews."""
MIN_BURST_RATIO = 3.0
"""A burst has at least this many times the reviews the usual rate expects."""
MIN_EXTRA_SIGNALS = 2
"""Signals besides the burst and its extreme ratings (both weak alone: a busy
festival day is a burst of five-star reviews) needed to call it suspicious."""
EXTREME_SHARE = 0.7
"""``extreme_rating``: at least this share of the burst's reviews has the extreme rating."""
SHORT_TEXT_CHARS = 60
"""``little_text``: the suspects' median text is at most this many characters."""
SHINGLE_CHARS = 4
NEAR_DUPLICATE_JACCARD = 0.5
"""Two texts whose shingle sets overlap this much are near-duplicates."""
NEAR_DUPLICATE_SHARE = 0.3
"""``near_duplicate_text``: at least this share of the suspects has a near-duplicate among them."""
NO_HISTORY_REVIEWS = 1
"""An author with at most this many reviews on the platform has no history."""
NO_HISTORY_SHARE = 0.5
MINUTES_APART = 10.0
"""``minutes_apart``: the median gap between consecutive suspects is at most this."""
ODD_HOURS = (0, 6)
"""``odd_hours``: posted between these hours (local time)."""
ODD_HOURS_SHARE = 0.5
NAME_SHAPE_SHARE = 0.5
"""``similar_author_names``: at least this share of the suspects have one name shape ..."""
NAME_SHAPE_LIFT = 3.0
"""... at least this many times as often as the location's other reviewers."""
MIN_COMPETITOR_MENTIONS = 2
RATING_WINDOW_DAYS = 90
"""``rating_with``/``rating_without``: the location's average over this many days up to the burst's end."""
SIGNALS: tuple[str, ...] = ("burst", "extreme_rating", "little_text", "near_duplicate_text",
                            "no_reviewer_history", "minutes_apart", "odd_hours", "similar_author_names",
                            "competitor_mention")


@dataclass(frozen=True)
class Burst:
    """A suspicious burst. ``reviews`` are the suspects (ids, by time);
    ``expected`` the reviews the location's usual rate expects in the window;
    ``rating_with``/``rating_without`` its average over
    :data:`RATING_WINDOW_DAYS` with and without the suspects."""

    start: date
    end: date
    location: str | None
    signals: tuple[str, ...]
    reviews: tuple[int, ...]
    count: int
    expected: float
    p_value: float
    rating_with: float | None
    rating_without: float | None
    rating_from: date
    evidence: Mapping[str, float]


@dataclass(frozen=True)
class Candidate:
    """A window with far more reviews than usual, before its texts are read."""

    start: date
    end: date
    location: str | None
    suspects: tuple[int, ...]
    window: tuple[int, ...]
    expected: float
    p_value: float
    extreme: int


def _poisson_sf(k: int, lam: float) -> float:
    """P(X >= k) for X ~ Poisson(lam)."""
    if k <= 0:
        return 1.0
    if lam <= 0:
        return 0.0
    term = math.exp(-lam)
    cdf = term
    for i in range(1, k):
        term *= lam / i
        cdf += term
    return max(0.0, 1.0 - cdf)


def find_candidates(reviews: pd.DataFrame) -> list[Candidate]:
    """Windows of 1..3 days per location with a significant excess of reviews.

    ``reviews`` has ``id``, ``created_at``, ``rating`` and ``location``.
    Vectorised: one pass of counting per location (numpy), frames only for
    the few windows found."""
    out: list[Candidate] = []
    df = reviews.dropna(subset=["created_at"])
    if df.empty:
        return out
    codes, names = pd.factorize(df["location"].astype(object).fillna(""), sort=True)
    days = df["created_at"].to_numpy().astype("datetime64[D]").astype(np.int64)
    ratings = df["rating"].to_numpy(float)
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(len(names) + 1))
    for k, name in enumerate(names):
        rows = order[bounds[k]:bounds[k + 1]]
        found = _location_windows(days[rows], ratings[rows])
        if found:
            out += _location_candidates(df.iloc[rows], name or None, found)
    return out


def _location_windows(days: np.ndarray, ratings: np.ndarray) -> list[tuple[float, int, int, float, float, float]]:
    """(p, first day, last day, expected, share of 1 star, share of 5 stars) of
    the windows with a significant excess of reviews, best first, not
    overlapping; day numbers since 1970."""
    first, last = int(days.min()), int(days.max())
    n_days = last - first + 1
    if n_days < 14:
        return []
    daily = np.bincount(days - first, minlength=n_days)
    monday = first - (first + 3) % 7  # 1970-01-01 was a Thursday
    weekly = np.bincount((np.arange(first, last + 1) - monday) // 7, weights=daily)
    rate = max(float(np.median(weekly)) / 7.0, float(daily.mean()) * 0.25, 1.0 / 30)
    alpha = BURST_SIGNIFICANCE / (n_days * MAX_BURST_DAYS)
    found: list[tuple[float, int, int]] = []
    for w in range(1, MAX_BURST_DAYS + 1):
        sums = np.convolve(daily, np.ones(w, dtype=int), mode="valid")
        for i in np.flatnonzero(sums >= max(MIN_BURST_REVIEWS, MIN_BURST_RATIO * rate * w)):
            p = _poisson_sf(int(sums[i]), rate * w)
            if p <= alpha:
                found.append((p, int(i), int(i) + w - 1))
    if not found:
        return []
    found.sort()
    rated = ratings[~np.isnan(ratings)]
    share_low = float((rated <= 1).mean()) if len(rated) else 0.0
    share_high = float((rated >= 5).mean()) if len(rated) else 0.0
    taken = np.zeros(n_days, dtype=bool)
    out = []
    for p, a, b in found:
        if taken[a:b + 1].any():
            continue
        taken[a:b + 1] = True
        out.append((p, first + a, first + b, round(rate * (b - a + 1), 2), share_low, share_high))
    return out


def _location_candidates(g: pd.DataFrame, location: str | None,
                         windows: list[tuple[float, int, int, float, float, float]]) -> list[Candidate]:
    out = []
    epoch = pd.Timestamp("1970-01-01")
    for p, a, b, expected, share_low, share_high in windows:
        lo, hi = epoch + pd.Timedelta(days=a), epoch + pd.Timedelta(days=b + 1)
        window = g[(g["created_at"] >= lo) & (g["created_at"] < hi)].sort_values("created_at")
        low = window[window["rating"] <= 1]
        high = window[window["rating"] >= 5]
        excess_low = len(low) - share_low * len(window)
        excess_high = len(high) - share_high * len(window)
        suspects = low if excess_low >= excess_high else high
        if len(suspects) < MIN_BURST_REVIEWS:
            continue
        out.append(Candidate(lo.date(), (hi - pd.Timedelta(days=1)).date(), location,
                             tuple(int(i) for i in suspects["id"]), tuple(int(i) for i in window["id"]),
                             expected, p, len(suspects)))
    return out


def shingles(text: str | None) -> frozenset[str]:
    """Character shingles of a text, lower-cased with runs of spaces folded."""
    t = re.sub(r"\s+", " ", (text or "").lower()).strip()
    if len(t) < SHINGLE_CHARS:
        return frozenset([t]) if t else frozenset()
    return frozenset(t[i:i + SHINGLE_CHARS] for i in range(len(t) - SHINGLE_CHARS + 1))


def near_duplicate_share(texts: Sequence[str | None]) -> float:
    """Share of the texts that have a near-duplicate among the others."""
    sets = [shingles(t) for t in texts]
    has = [False] * len(sets)
    for i in range(len(sets)):
        for j in range(i + 1, len(sets)):
            a, b = sets[i], sets[j]
            if a and b and len(a & b) / len(a | b) >= NEAR_DUPLICATE_JACCARD:
                has[i] = has[j] = True
    return sum(has) / len(sets) if sets else 0.0


@lru_cache(maxsize=65536)
def name_shape(name: str | None) -> str:
    """The shape of an author name: "JamesMiller42" -> "Aa Aa 9" without the spaces:
    capitals A, lower-case runs a, digit runs 9, everything else kept."""
    if not name:
        return ""
    shape = re.sub(r"[^\W\d_]", lambda m: "A" if m.group().isupper() else "a", name.strip())
    shape = re.sub(r"a+", "a", shape)
    return re.sub(r"\d+", "9", shape)


def assess(candidate: Candidate, reviews: pd.DataFrame, texts: Mapping[int, str | None],
           competitor_cues: Iterable[str] = ()) -> Burst | None:
    """The signals of one candidate; a Burst when it is suspicious.

    ``reviews`` is the location's frame (``id``, ``created_at``, ``rating``,
    ``author``, ``author_reviews``); ``texts`` maps suspect ids to their text."""
    rv = reviews.set_index("id", drop=False)
    sus = rv.loc[list(candidate.suspects)].sort_values("created_at")
    window = rv.loc[list(candidate.window)]
    signals = ["burst"]
    evidence: dict[str, float] = {"reviews_in_window": float(len(window)), "expected": candidate.expected}
    extreme = len(sus) / max(len(window), 1)
    evidence["extreme_share"] = round(extreme, 3)
    if extreme >= EXTREME_SHARE:
        signals.append("extreme_rating")
    sus_texts = [texts.get(int(i)) for i in sus["id"]]
    lengths = [len((t or "").strip()) for t in sus_texts]
    evidence["median_text_chars"] = float(np.median(lengths))
    if evidence["median_text_chars"] <= SHORT_TEXT_CHARS:
        signals.append("little_text")
    dup = near_duplicate_share([t for t in sus_texts if t and t.strip()])
    evidence["near_duplicate_share"] = round(dup, 3)
    if dup >= NEAR_DUPLICATE_SHARE:
        signals.append("near_duplicate_text")
    counts = sus["author_reviews"].dropna() if "author_reviews" in sus else pd.Series(dtype=float)
    if len(counts) >= 3:
        share = float((counts <= NO_HISTORY_REVIEWS).mean())
        evidence["no_history_share"] = round(share, 3)
        if share >= NO_HISTORY_SHARE:
            signals.append("no_reviewer_history")
    times = sus["created_at"]
    if len(times) >= 3 and ((times.dt.hour != 0) | (times.dt.minute != 0)).any():
        gaps = times.diff().dropna().dt.total_seconds() / 60.0
        evidence["median_minutes_apart"] = round(float(gaps.median()), 1)
        if evidence["median_minutes_apart"] <= MINUTES_APART:
            signals.append("minutes_apart")
        odd = float(((times.dt.hour >= ODD_HOURS[0]) & (times.dt.hour < ODD_HOURS[1])).mean())
        evidence["odd_hours_share"] = round(odd, 3)
        if odd >= ODD_HOURS_SHARE:
            signals.append("odd_hours")
    if "author" in rv:
        shapes = sus["author"].map(name_shape)
        top = shapes[shapes != ""].value_counts()
        if len(top):
            shape, n = top.index[0], int(top.iloc[0])
            counts = rv.loc[~rv.index.isin(sus.index), "author"].value_counts()
            base = float(sum(n for a, n in counts.items() if name_shape(a) == shape) / counts.sum()) if len(counts) else 0.0
            share = n / len(sus)
            evidence["name_shape_share"] = round(share, 3)
            if share >= NAME_SHAPE_SHARE and share >= NAME_SHAPE_LIFT * base:
                signals.append("similar_author_names")
    cues = [c.lower() for c in competitor_cues if c]
    mentions = sum(1 for t in sus_texts if t and any(c in t.lower() for c in cues))
    if mentions >= MIN_COMPETITOR_MENTIONS:
        evidence["competitor_mentions"] = float(mentions)
        signals.append("competitor_mention")
    if len([x for x in signals if x not in ("burst", "extreme_rating")]) < MIN_EXTRA_SIGNALS:
        return None
    end = datetime.combine(candidate.end, datetime.max.time())
    start = end - timedelta(days=RATING_WINDOW_DAYS)
    near = rv[(rv["created_at"] > start) & (rv["created_at"] <= end)]
    with_ = near["rating"].dropna()
    without = near.loc[~near.index.isin(sus.index), "rating"].dropna()
    first, last = sus["created_at"].min().date(), sus["created_at"].max().date()
    return Burst(first, last, candidate.location, tuple(signals),
                 tuple(int(i) for i in sus["id"]), len(sus), candidate.expected,
                 candidate.p_value,
                 round(float(with_.mean()), 2) if len(with_) else None,
                 round(float(without.mean()), 2) if len(without) else None,
                 start.date() + timedelta(days=1), evidence)
