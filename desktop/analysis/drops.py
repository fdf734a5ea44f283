"""Rating drops, slow declines and volume shifts in a review stream, each with
an honest test against noise.

Method. Ratings are binned by week. A *scan statistic* looks at every run of
weeks (an interval that may end before the last week: a drop that recovered,
or run to it: a level shift) and standardises the difference between the mean
rating inside and outside it. The most negative value is compared with the
same scan over :data:`BOOTSTRAP_ROUNDS` streams drawn under "nothing changed"
(each week keeps its number of reviews, ratings are drawn from the stream's
own rating distribution), so the p-value already pays for having looked at
every interval: a café with one review a week and two bad ones has no drop.
Counts are what they are (ratings are categorical 1..5), so no Gaussian cost
is assumed for the data, only for the standardisation.

After a drop is found its weeks are set aside and the scan runs again on the
rest, up to :data:`MAX_DROPS`. A drop that runs to the last week is compared
with a "flat, then sliding" model and called a slow decline when that fits
better. Start and end are then refined to the day.

The scan itself (bins, intervals, statistic, null draws and p-values) is
:mod:`desktop.analysis.drops_scan`; this module turns what it finds into
drops an owner reads (dates, baseline, kind, scope).

Pure functions over numpy arrays and pandas; deterministic for a given seed;
safe from any thread. Cost: O(weeks^2 x rounds) floats, a few milliseconds
for two years of weeks, independent of the number of reviews.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Mapping, Sequence

import numpy as np

from desktop.analysis.drops_scan import (  # noqa: F401 - the scan's constants, kept importable from here
    BIN_DAYS, BOOTSTRAP_ROUNDS, MAX_DROPS, MIN_DROP_BINS, MIN_DROP_STARS, MIN_REVIEWS_PER_SIDE, scan_intervals,
    scan_p_value, week_bins, crowded_days, scan_stream)

MIN_RATED_REVIEWS = 20
"""Fewer rated reviews than this in all: "not enough reviews to tell"."""
DROP_SIGNIFICANCE = 0.01
"""Largest p-value (after paying for the scan over all intervals and every group scanned) of a reported drop."""
ALL_REVIEWS_ALPHA_SHARE = 0.35
"""The share of :data:`DROP_SIGNIFICANCE` spent on the scan of every review (the groups share the rest)."""
COMPLAINT_ALPHA_SHARE = 0.3
"""With complaint signals given, the share of :data:`DROP_SIGNIFICANCE` they share equally (taken
from the groups' part): an aspect's complaints rising is a far clearer trace of a food or service
problem than the stars alone, whose noise is every other reason a guest gives four stars, not five."""
MIN_COMPLAINT_RISE = 0.1
"""A complaint signal's share of reviews must rise by at least this (0..1) inside the interval."""
MIN_SIGNAL_REVIEWS = 8
"""A complaint signal is scanned when at least this many reviews carry it."""
SIGNAL_RATING_Z = 2.0
"""An interval found by a complaint signal is a drop only when the stars fell there too, by at
least :data:`MIN_DROP_STARS` and this many standard errors (a test of that one interval)."""
BASELINE_DAYS = 120
"""``rating_before``: the reviews of up to this many days before a drop starts."""
REFINE_DAYS = 14
"""The start and end of a drop are refined to the day within this many days of the week found."""
CONFINED_Z = 3.0
"""A drop found in every review is told as a group's (weekends) when the group fell this many
standard errors more than the other reviews (which fell by under half of MIN_DROP_STARS)."""
RECOVERY_Z = 3.0
"""A drop's last stretch that is better than its start by this z is the recovery, not the drop."""
VOLUME_SIGNIFICANCE = 0.001
"""Largest p-value of a reported shift in review volume (volume is seasonal: strict)."""
VOLUME_MIN_RATIO = 1.6
"""A volume shift is at least this ratio (or its inverse) of reviews per week."""
DETECTABLE_Z = 4.1
"""The scan's bar for every review, in standard errors: the 0.5 % quantile of its null minimum
over a year of weeks (measured at 1.5, 3 and 8 reviews a week: -4.2, -4.1, -4.2)."""
RECENT_WEEKS = 8
""":func:`detectable_fall` asks what fall over this many latest weeks the test could see."""
SEED = 20260318
"""Fixed seed of the null draws: the same reviews always give the same report."""
EPOCH = date(1970, 1, 1)


@dataclass(frozen=True)
class Drop:
    """A period whose average rating is really lower than the rest.

    ``kind`` is "drop" (ended: the rating came back), "shift" (runs to the last
    review) or "decline" (a slow slide to the last review). ``start``/``end``
    are the first and last day of the period; ratings are mean stars (1..5)
    with 95% intervals; ``confidence`` is 1 - p of the scan test."""

    kind: str
    start: date
    end: date
    rating_before: float
    rating_after: float
    interval_before: tuple[float, float]
    interval_after: tuple[float, float]
    n_before: int
    n_after: int
    baseline_start: date
    baseline_end: date
    p_value: float
    confidence: float
    scope: tuple[str, str] = ("all", "")
    """Where the drop is: ("all", "") for every review, or the group scanned
    on its own that showed it, e.g. ("weekday", "weekend"); the ratings are
    that group's."""

    @property
    def change(self) -> float:
        return self.rating_after - self.rating_before


@dataclass(frozen=True)
class VolumeShift:
    """A period with far more (or fewer) reviews per week than the rest."""

    start: date
    end: date
    per_week_before: float
    per_week_during: float
    p_value: float


@dataclass(frozen=True)
class DropScan:
    """What :func:`find_drops` saw: ``status`` is "ok" or "not_enough_reviews"."""

    status: str
    rated: int
    drops: tuple[Drop, ...]


def _mean_ci(values: np.ndarray) -> tuple[float, tuple[float, float]]:
    mean = float(values.mean())
    if len(values) < 2:
        return mean, (mean, mean)
    half = 1.96 * float(values.std(ddof=1)) / np.sqrt(len(values))
    return mean, (max(1.0, mean - half), min(5.0, mean + half))


def find_drops(times: Sequence[datetime] | np.ndarray, ratings: Sequence[float] | np.ndarray,
               groups: Mapping[tuple[str, str], np.ndarray] | None = None,
               seed: int = SEED, rounds: int = BOOTSTRAP_ROUNDS,
               signals: Mapping[str, np.ndarray] | None = None) -> DropScan:
    """Drops in the rated reviews given as parallel ``times`` and ``ratings``
    (stars 1..5; NaN ratings are ignored), returned by start date.

    ``groups`` maps (kind, name) scopes, e.g. ("weekday", "weekend") or
    ("platform", "tripadvisor"), to boolean masks over the reviews: after the
    whole stream, each group is scanned on its own, so a problem confined to
    weekends or to one platform is found even when it barely moves the whole
    average. Every scan is tested at :data:`DROP_SIGNIFICANCE` divided by the
    number of scans (Bonferroni), so looking at more groups does not make
    false alarms more likely.

    ``signals`` maps names (the aspects) to boolean masks of the reviews that
    complain of it: after the groups, each signal's share of reviews
    is scanned the same way (a rise of at least :data:`MIN_COMPLAINT_RISE`,
    at :data:`COMPLAINT_ALPHA_SHARE` of the level), and an interval it finds
    is a drop when the stars fell there too (:data:`SIGNAL_RATING_Z`); the
    drop is every review's ("all" scope, or the group's it is confined to)."""
    t = np.asarray(times, dtype="datetime64[s]")
    r = np.asarray(ratings, dtype=float)
    keep = ~np.isnan(r) & ~np.isnat(t)
    masks = {k: np.asarray(v, dtype=bool)[keep] for k, v in (groups or {}).items()}
    flags = {k: np.asarray(v, dtype=bool)[keep] for k, v in (signals or {}).items()}
    t, r = t[keep], r[keep]
    if len(r) < MIN_RATED_REVIEWS:
        return DropScan("not_enough_reviews", int(len(r)), ())
    order = np.argsort(t, kind="stable")
    t, r = t[order], r[order]
    masks = {k: v[order] for k, v in masks.items()}
    flags = {k: v[order] for k, v in flags.items()}
    days = t.astype("datetime64[D]").astype(np.int64)
    first = int(days[0] - (days[0] + 3) % 7)  # a Monday (1970-01-01 was a Thursday)
    week = week_bins(days, first)
    m = int(week[-1]) + 1
    calm = ~crowded_days(days)
    streams = [(("all", ""), calm)]
    streams += [(k, v & calm) for k, v in masks.items() if (v & calm).sum() >= MIN_RATED_REVIEWS]
    complaints = [(name, f) for name, f in flags.items() if (f & calm).sum() >= MIN_SIGNAL_REVIEWS]
    levels = _levels(len(streams), len(complaints))
    # every review first, then the groups, then each complaint signal (told as every review's drop,
    # or the group's it is confined to) for what the stars alone did not show
    scans = [(streams[0], None, levels[0])] + [(st, None, levels[2]) for st in streams[1:]] + \
        [(streams[0], f, levels[1]) for _n, f in complaints]
    rng = np.random.default_rng(seed)
    blocked = np.zeros(m, dtype=bool)
    drops: list[Drop] = []
    for scope, mask, flag, alpha, first_kind in ((sc[0][0], sc[0][1], sc[1], sc[2], k) for k, sc in enumerate(scans)):
        whole = scope == ("all", "")
        if flag is None:
            found = scan_stream(r[mask], week[mask], m, blocked, alpha, rng, rounds)
        else:
            found = scan_stream(np.where(flag[mask], 0.0, 1.0), week[mask], m, blocked, alpha, rng, rounds,
                                 MIN_COMPLAINT_RISE)
        for a, b, p in sorted(found):
            taken = [(_day_number(x.start), _day_number(x.end)) for x in drops]
            d = _describe(r[mask], days[mask], week[mask], first, m, a, b, p, found, scope, taken,
                          trim=first_kind > 0)
            if d is not None and flag is not None and not _stars_fell(d, r[mask], days[mask]):
                d = None
            if d is not None and whole:
                group = _confined(d, r, days, streams[1:])
                if group is not None:  # told as the group's, with the group's own reviews
                    gmask = dict(streams)[group]
                    d = _describe(r[gmask], days[gmask], week[gmask], first, m, a, b, p, found, group, taken)
                elif first_kind == 0:
                    d = _describe(r[mask], days[mask], week[mask], first, m, a, b, p, found, scope, taken)
            if d is not None:
                drops.append(d)
                # a week either side: another group's scan does not find the same drop again
                blocked[max(0, a - 1):b + 2] = True
    drops.sort(key=lambda d: d.start)
    return DropScan("ok", int(len(r)), tuple(drops[:MAX_DROPS]))


def _levels(streams: int, signals: int = 0) -> tuple[float, float, float]:
    """The significance levels of (the scan of every review, each complaint
    signal's, each group's) for ``streams`` streams (every review and the
    groups) and ``signals`` complaint signals: :data:`ALL_REVIEWS_ALPHA_SHARE`
    of :data:`DROP_SIGNIFICANCE` for every review, :data:`COMPLAINT_ALPHA_SHARE`
    shared by the signals, the rest by the groups (weighted Bonferroni: the
    levels add up to :data:`DROP_SIGNIFICANCE`, whatever is absent gives its
    share to the others)."""
    groups = streams - 1
    shares = [ALL_REVIEWS_ALPHA_SHARE, COMPLAINT_ALPHA_SHARE if signals else 0.0,
              1.0 - ALL_REVIEWS_ALPHA_SHARE - COMPLAINT_ALPHA_SHARE if groups else 0.0]
    total = sum(shares)
    all_level = DROP_SIGNIFICANCE * shares[0] / total
    signal_level = DROP_SIGNIFICANCE * shares[1] / total / max(signals, 1)
    group_level = DROP_SIGNIFICANCE * shares[2] / total / max(groups, 1)
    return all_level, signal_level, group_level


def _stars_fell(d: Drop, r: np.ndarray, days: np.ndarray) -> bool:
    """True when the stars of drop ``d`` (as described from ``r``/``days``)
    fell by at least :data:`SIGNAL_RATING_Z` standard errors against its
    baseline: a complaint signal's interval must be a rating drop too."""
    lo, hi = _day_number(d.start), _day_number(d.end)
    blo, bhi = _day_number(d.baseline_start), _day_number(d.baseline_end)
    inside, before = r[(days >= lo) & (days <= hi)], r[(days >= blo) & (days <= bhi) & ~((days >= lo) & (days <= hi))]
    if len(inside) < 2 or len(before) < 2:
        return False
    se = math.sqrt(inside.var(ddof=1) / len(inside) + before.var(ddof=1) / len(before)) or 1.0
    return (before.mean() - inside.mean()) / se >= SIGNAL_RATING_Z


def _day_number(d: date) -> int:
    return (d - EPOCH).days


def _describe(r: np.ndarray, days: np.ndarray, week: np.ndarray, first: int, m: int,
              a: int, b: int, p: float, found: list[tuple[int, int, float]],
              scope: tuple[str, str], taken: Sequence[tuple[int, int]] = (), trim: bool = True) -> Drop | None:
    """A found interval of weeks as a Drop: refined to the day, with its
    baseline; never overlapping the days of the drops ``taken`` already."""
    others = np.zeros(len(r), dtype=bool)
    for a2, b2, _p in found:
        if (a2, b2) != (a, b):
            others |= (week >= a2) & (week <= b2)
    for lo2, hi2 in taken:
        others |= (days >= lo2) & (days <= hi2)
    lo, hi = _refine(r, days, first + a * BIN_DAYS, first + (b + 1) * BIN_DAYS - 1,
                     ongoing=(b == m - 1), last_day=int(days[-1]), others=others)
    for lo2, hi2 in taken:  # keep clear of the drops already found
        if lo2 <= hi and lo <= hi2:
            lo, hi = (hi2 + 1, hi) if lo2 <= lo else (lo, min(hi, lo2 - 1))
    if trim and b != m - 1:
        hi = _trim_recovery(r, days, lo, hi, _baseline_mean(r, days, lo, others))
    inside = (days >= lo) & (days <= hi)
    before = (days < lo) & (days >= lo - BASELINE_DAYS) & ~others
    if before.sum() < MIN_REVIEWS_PER_SIDE:
        before = (days < lo) & ~others
    if before.sum() < MIN_REVIEWS_PER_SIDE:
        before = ~inside & ~others
    if inside.sum() < MIN_REVIEWS_PER_SIDE or before.sum() < MIN_REVIEWS_PER_SIDE:
        return None
    after_mean, after_ci = _mean_ci(r[inside])
    before_mean, before_ci = _mean_ci(r[before])
    if before_mean - after_mean < MIN_DROP_STARS:
        return None
    kind = "drop"
    if b == m - 1:
        kind = "decline" if _slides(r, days, lo, hi, before_mean) else "shift"
    bdays = days[before]
    return Drop(kind=kind, start=_to_date(days[inside][0]), end=_to_date(days[inside][-1]),
                rating_before=round(before_mean, 2), rating_after=round(after_mean, 2),
                interval_before=(round(before_ci[0], 2), round(before_ci[1], 2)),
                interval_after=(round(after_ci[0], 2), round(after_ci[1], 2)),
                n_before=int(before.sum()), n_after=int(inside.sum()),
                baseline_start=_to_date(bdays.min()), baseline_end=_to_date(bdays.max()),
                p_value=round(p, 6), confidence=round(1.0 - p, 3), scope=scope)


def _confined(d: Drop, r: np.ndarray, days: np.ndarray,
              groups: Sequence[tuple[tuple[str, str], np.ndarray]]) -> tuple[str, str] | None:
    """The group whose drop a drop found in every review really is (it is
    then told with the group's own reviews: "on weekends"): the group fell
    by at least :data:`MIN_DROP_STARS`, the other reviews by under half of
    that, and the difference is at least :data:`CONFINED_Z` standard errors.
    None when no group explains it so."""
    lo, hi = _day_number(d.start), _day_number(d.end)
    blo, bhi = _day_number(d.baseline_start), _day_number(d.baseline_end)
    inside = (days >= lo) & (days <= hi)
    before = (days >= blo) & (days <= bhi) & ~inside
    sigma = float(r.std(ddof=1)) or 1.0
    best: tuple[float, tuple[str, str], np.ndarray] | None = None
    for scope, mask in groups:
        g1, g0, o1, o0 = inside & mask, before & mask, inside & ~mask, before & ~mask
        if min(g1.sum(), g0.sum(), o1.sum(), o0.sum()) < MIN_REVIEWS_PER_SIDE:
            continue
        fall_g = r[g1].mean() - r[g0].mean()
        fall_o = r[o1].mean() - r[o0].mean()
        se = sigma * math.sqrt(1 / g1.sum() + 1 / g0.sum() + 1 / o1.sum() + 1 / o0.sum())
        z = (fall_o - fall_g) / se
        if fall_g <= -MIN_DROP_STARS and fall_o > -MIN_DROP_STARS / 2 and z >= CONFINED_Z:
            if best is None or z > best[0]:
                best = (float(z), scope, mask)
    if best is None:
        return None
    return best[1]


def _to_date(day: int | np.integer) -> date:
    return EPOCH + timedelta(days=int(day))


def _baseline_mean(r: np.ndarray, days: np.ndarray, lo: int, others: np.ndarray) -> float:
    """Mean stars of the :data:`BASELINE_DAYS` before day ``lo`` (not in another drop)."""
    before = (days < lo) & (days >= lo - BASELINE_DAYS) & ~others
    if before.sum() < MIN_REVIEWS_PER_SIDE:
        before = (days < lo) & ~others
    if before.sum() < MIN_REVIEWS_PER_SIDE:
        before = ~others
    return float(r[before].mean()) if before.any() else float(r.mean())


def _refine(r: np.ndarray, days: np.ndarray, lo: int, hi: int, ongoing: bool,
            last_day: int, others: np.ndarray | None = None) -> tuple[int, int]:
    """Move the week boundaries to the days that best separate the low
    period from the level before it: the likelihood of a step from the
    level before (mu0) to the level inside (mu1) is largest where the sum
    of (rating - (mu0 + mu1) / 2) over the period is lowest. (Measuring
    against the whole stream's mean instead, which sits near mu0, hardly
    penalises normal days and dated drops early.) Two rounds, each within
    :data:`REFINE_DAYS` of the last; the period keeps at least
    :data:`MIN_DROP_BINS` weeks."""
    others = np.zeros(len(r), dtype=bool) if others is None else others
    day0 = int(days.min()) - REFINE_DAYS - 1
    span = int(days.max()) - day0 + REFINE_DAYS + 2
    count_by_day = np.concatenate([[0], np.cumsum(np.bincount(days - day0, minlength=span))])
    stars_by_day = np.concatenate([[0.0], np.cumsum(np.bincount(days - day0, weights=r, minlength=span))])
    min_days = MIN_DROP_BINS * BIN_DAYS // 2

    def scores(a: np.ndarray, b: np.ndarray, mid: float) -> np.ndarray:
        """Sum of (rating - mid) over days a..b, inf where too short or too few reviews."""
        a = np.clip(a - day0, 0, span - 1)
        b = np.clip(b - day0, 0, span - 1)
        n = count_by_day[b + 1] - count_by_day[a]
        out = stars_by_day[b + 1] - stars_by_day[a] - mid * n
        return np.where((n < MIN_REVIEWS_PER_SIDE) | (b - a + 1 < min_days), np.inf, out)

    def best(candidates: np.ndarray, values: np.ndarray, centre: int) -> int:
        order = np.lexsort((np.abs(candidates - centre), values))
        return int(candidates[order[0]]) if np.isfinite(values[order[0]]) else centre

    for _round in range(2):
        inside = (days >= lo) & (days <= hi)
        if inside.sum() < MIN_REVIEWS_PER_SIDE:
            break
        mid = (_baseline_mean(r, days, lo, others | inside) + float(r[inside].mean())) / 2.0
        starts = np.arange(lo - REFINE_DAYS, lo + REFINE_DAYS + 1)
        lo = best(starts, scores(starts, np.full(len(starts), hi), mid), lo)
        if not ongoing:
            ends = np.arange(hi - REFINE_DAYS, hi + REFINE_DAYS + 1)
            hi = best(ends, scores(np.full(len(ends), lo), ends, mid), hi)
    return lo, (last_day if ongoing else hi)


def _trim_recovery(r: np.ndarray, days: np.ndarray, lo: int, hi: int, before_mean: float) -> int:
    """The last day of the low period proper: when the interval ends with a
    clearly better stretch (the rating coming back: z of at least
    :data:`RECOVERY_Z` and at least half way back to ``before_mean``, the
    level before the drop), the drop ends where that stretch begins."""
    inside = np.flatnonzero((days >= lo) & (days <= hi))
    x = r[inside]
    n = len(x)
    if n < 2 * MIN_REVIEWS_PER_SIDE:
        return hi
    sigma = float(x.std(ddof=1)) or 1.0
    c = np.cumsum(x)
    k = np.arange(MIN_REVIEWS_PER_SIDE, n - MIN_REVIEWS_PER_SIDE + 1)
    left = c[k - 1] / k
    right = (c[-1] - c[k - 1]) / (n - k)
    z = (right - left) / (sigma * np.sqrt(1 / k + 1 / (n - k)))
    z[right < (before_mean + left) / 2] = -np.inf  # not even half way back: still the drop
    best = int(np.argmax(z))
    if z[best] < RECOVERY_Z or right[best] - left[best] < MIN_DROP_STARS:
        return hi
    return int(days[inside[k[best] - 1]])


def _slides(r: np.ndarray, days: np.ndarray, lo: int, hi: int, before_mean: float) -> bool:
    """True when a line from the level before down to the end fits the
    period better than one flat lower level (a slow decline, not a step)."""
    inside = (days >= lo) & (days <= hi)
    x = (days[inside] - lo).astype(float)
    y = r[inside]
    if len(y) < 2 * MIN_REVIEWS_PER_SIDE or x.max() <= 0:
        return False
    flat = float(((y - y.mean()) ** 2).sum())
    # a line anchored at the level before the period, free slope
    slope = float(((y - before_mean) * x).sum() / (x * x).sum())
    line = float(((y - (before_mean + slope * x)) ** 2).sum())
    return slope < 0 and line < flat


def find_volume_shifts(times: Sequence[datetime] | np.ndarray, seed: int = SEED,
                       rounds: int = BOOTSTRAP_ROUNDS) -> tuple[VolumeShift, ...]:
    """Periods of at least two weeks with far more or fewer reviews per week
    than the rest (all reviews, rated or not): a Poisson likelihood-ratio scan
    calibrated like :func:`find_drops`, at most one shift reported."""
    t = np.asarray(times, dtype="datetime64[s]")
    t = np.sort(t[~np.isnat(t)])
    if len(t) < MIN_RATED_REVIEWS:
        return ()
    days = t.astype("datetime64[D]").astype(np.int64)
    first = int(days[0] - (days[0] + 3) % 7)
    week = week_bins(days, first)
    m = int(week[-1]) + 1
    if m < 2 * MIN_DROP_BINS + 2:
        return ()
    counts = np.bincount(week, minlength=m).astype(float)
    ii, jj = scan_intervals(m)
    keep = (jj - ii + 1) <= m - MIN_DROP_BINS
    ii, jj = ii[keep], jj[keep]

    def lr(c: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        cc = np.concatenate([np.zeros((c.shape[0], 1)), np.cumsum(c, axis=1)], axis=1)
        total = cc[:, -1:]
        n_in = cc[:, jj + 1] - cc[:, ii]
        length = (jj - ii + 1).astype(float)
        e_in = total * length / m
        n_out, e_out = total - n_in, total - e_in
        with np.errstate(divide="ignore", invalid="ignore"):
            term = np.where(n_in > 0, n_in * np.log(n_in / e_in), 0.0) + \
                np.where(n_out > 0, n_out * np.log(n_out / e_out), 0.0)
            ratio = (n_in / length) / (n_out / (m - length))
        big = (ratio >= VOLUME_MIN_RATIO) | (ratio <= 1 / VOLUME_MIN_RATIO)
        return np.where(big, 2 * term, 0.0), ratio

    stat, ratio = lr(counts[None, :])
    best = int(np.argmax(stat[0]))
    if stat[0, best] <= 0:
        return ()
    rng = np.random.default_rng(seed)
    null, _ = lr(rng.multinomial(int(counts.sum()), np.full(m, 1.0 / m), size=rounds).astype(float))
    p = scan_p_value(-math.sqrt(float(stat[0, best])), -np.sqrt(null.max(axis=1)))
    if p > VOLUME_SIGNIFICANCE:
        return ()
    a, b = int(ii[best]), int(jj[best])
    length = b - a + 1
    inside = counts[a:b + 1].sum()
    start = EPOCH + timedelta(days=first + a * BIN_DAYS)
    end = min(EPOCH + timedelta(days=first + (b + 1) * BIN_DAYS - 1),
              EPOCH + timedelta(days=int(days[-1])))
    return (VolumeShift(start, end, round(float((counts.sum() - inside) / (m - length)), 2),
                        round(float(inside / length), 2), round(p, 6)),)


def detectable_fall(times: Sequence[datetime] | np.ndarray, ratings: Sequence[float] | np.ndarray,
                    weeks: int = RECENT_WEEKS) -> float:
    """The smallest fall in average stars over the latest ``weeks`` weeks
    that the scan would report about half the time (:data:`DETECTABLE_Z`
    standard errors of the difference with the reviews before), in stars;
    ``inf`` when those weeks hold fewer than :data:`MIN_REVIEWS_PER_SIDE`
    rated reviews (no fall there could be told from chance). This is what a
    small café is told instead of a silent "no drop"."""
    t = np.asarray(times, dtype="datetime64[s]")
    r = np.asarray(ratings, dtype=float)
    keep = ~np.isnan(r) & ~np.isnat(t)
    t, r = t[keep], r[keep]
    if len(r) < 2:
        return math.inf
    days = t.astype("datetime64[D]").astype(np.int64)
    recent = days > days.max() - weeks * BIN_DAYS
    n_in, n_out = int(recent.sum()), int((~recent).sum())
    if n_in < MIN_REVIEWS_PER_SIDE or n_out < MIN_REVIEWS_PER_SIDE:
        return math.inf
    sigma = float(r.std(ddof=1)) or 1.0
    return DETECTABLE_Z * sigma * math.sqrt(1.0 / n_in + 1.0 / n_out)
