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

Pure functions over numpy arrays and pandas; deterministic for a given seed;
safe from any thread. Cost: O(weeks^2 x rounds) floats, a few milliseconds
for two years of weeks, independent of the number of reviews.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, replace
from functools import lru_cache
from datetime import date, datetime, timedelta
from typing import Callable, Mapping, Sequence

import numpy as np

MIN_RATED_REVIEWS = 20
"""Fewer rated reviews than this in all: "not enough reviews to tell"."""
MIN_REVIEWS_PER_SIDE = 8
"""A drop needs at least this many rated reviews inside it and outside it."""
MIN_DROP_STARS = 0.3
"""Changes in average stars smaller than this are not reported, however significant."""
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
EARLY_EXIT_FACTOR = 2.0
"""A scan stops without drawing when its best interval's own normal tail is over this many times
its level (the p-value of the scan is at least about that tail; the margin allows for the
approximation): most scans find nothing, and the draws are most of the report's cost."""
SIGNAL_RATING_Z = 2.0
"""An interval found by a complaint signal is a drop only when the stars fell there too, by at
least :data:`MIN_DROP_STARS` and this many standard errors (a test of that one interval)."""
EXTRA_ROUNDS_FACTOR = 9
"""A p-value near the line and beyond the first draws is settled with this many times more draws."""
CROWDED_SIGNIFICANCE = 0.001
CROWDED_MIN_REVIEWS = 6
CROWDED_RATIO = 3.0
"""A crowded day: Poisson p under :data:`CROWDED_SIGNIFICANCE` (over every day), at least
:data:`CROWDED_MIN_REVIEWS` reviews and :data:`CROWDED_RATIO` times the usual daily rate."""
BOOTSTRAP_ROUNDS = 399
"""Streams drawn under "nothing changed" for each scan (p-values in steps of 1/400)."""
BIN_DAYS = 7
"""Ratings are scanned in weekly bins."""
MIN_DROP_BINS = 2
"""A drop lasts at least two weeks (a single bad day is a burst, tested separately)."""
GRID_STEPS: tuple[tuple[int, int], ...] = ((8, 1), (26, 2), (10_000, 4))
"""(longest interval in weeks, step in weeks) of the scanned intervals' starts and lengths."""
LARGE_SAMPLE = 60
"""With at least this many reviews inside and outside every interval, the scan uses the plain
standardised difference (the central limit theorem makes it as good, and it is cheaper)."""
MAX_DROPS = 4
"""At most this many drops are reported for one stream."""
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
TILT_RANGE = 30.0
TILT_STEPS = 4001
"""Grid of the tilted family (tilts of -30..30 reach every mean between the lowest and highest rating)."""
TAIL_FIT = 0.05
"""The null draws' quantile (the 20th most extreme of 400) that fixes the tail beyond them."""
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


def _weeks(days: np.ndarray, first: int) -> np.ndarray:
    return (days - first) // BIN_DAYS


def _grid_step(length: int) -> int:
    """The step of starts (and of lengths) of the scanned intervals of ``length`` weeks."""
    for longest, step in GRID_STEPS:
        if length <= longest:
            return step
    return GRID_STEPS[-1][1]


@lru_cache(maxsize=64)
def _intervals(m: int) -> tuple[np.ndarray, np.ndarray]:
    """(first, last) weeks of the intervals scanned in ``m`` weeks: every
    start for short ones, a coarser grid for long ones (a drop of half a year
    is found as well on a grid of four weeks, then placed to the week by
    :func:`_settle` and to the day by :func:`_refine`), and every interval
    that runs to the last week (an ongoing shift). Fewer intervals cost less
    and spend less of the significance level on looking everywhere."""
    pairs: set[tuple[int, int]] = set()
    length = MIN_DROP_BINS
    while length <= m:
        step = _grid_step(length)
        pairs.update((a, a + length - 1) for a in range(0, m - length + 1, step))
        length += step if length >= GRID_STEPS[0][0] else 1
    pairs.update((a, m - 1) for a in range(0, m - MIN_DROP_BINS + 1))
    ij = np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2)
    first, last = ij[:, 0].copy(), ij[:, 1].copy()
    first.flags.writeable = last.flags.writeable = False  # cached: shared by every call
    return first, last


def _settle(z_of: Callable[[np.ndarray, np.ndarray], np.ndarray], a: int, b: int, m: int
            ) -> tuple[int, int]:
    """The best interval of weeks near (``a``, ``b``) found on the grid: every
    first and last week within the grid's step of it, by ``z_of(ii, jj)``."""
    step = _grid_step(b - a + 1)
    if step == 1:
        return a, b
    ii, jj = np.meshgrid(np.arange(max(0, a - step), a + step + 1),
                         np.arange(b - step, min(m - 1, b + step) + 1), indexing="ij")
    ii, jj = ii.ravel(), jj.ravel()
    ok = (jj - ii + 1) >= MIN_DROP_BINS
    if not ok.any():
        return a, b
    ii, jj = ii[ok], jj[ok]
    z = z_of(ii, jj)
    best = int(np.argmin(z))
    return (int(ii[best]), int(jj[best])) if np.isfinite(z[best]) else (a, b)


def _valid(n: np.ndarray, blocked: np.ndarray, ii: np.ndarray, jj: np.ndarray) -> np.ndarray:
    """Indices of the intervals with enough reviews inside and outside that
    overlap no ``blocked`` week (this depends on the counts only, so it is
    the same for the observed stream and for every null draw)."""
    n = np.where(blocked, 0, n)
    cn = np.concatenate([[0], np.cumsum(n)])
    cb = np.concatenate([[0], np.cumsum(blocked)])
    n_in = cn[jj + 1] - cn[ii]
    n_out = cn[-1] - n_in
    ok = (n_in >= MIN_REVIEWS_PER_SIDE) & (n_out >= MIN_REVIEWS_PER_SIDE) & ((cb[jj + 1] - cb[ii]) == 0)
    return np.flatnonzero(ok)


@dataclass(frozen=True)
class _Family:
    """The stream's own rating distribution, exponentially tilted: the
    one-parameter family in which a drop is "the same kinds of reviews, more
    often the low ones". ``means`` and ``rates`` tabulate the mean of each
    tilt and its rate function I(mean) (the Kullback-Leibler divergence from
    the stream's distribution), so that the likelihood ratio of any interval
    is three table look-ups."""

    means: np.ndarray
    rates: np.ndarray

    @staticmethod
    def of(values: np.ndarray, probs: np.ndarray) -> "_Family":
        theta = np.linspace(-TILT_RANGE, TILT_RANGE, TILT_STEPS)[:, None]
        x = theta * values[None, :]
        top = x.max(axis=1, keepdims=True)
        w = probs[None, :] * np.exp(x - top)
        total = w.sum(axis=1)
        means = (w * values[None, :]).sum(axis=1) / total
        cgf = np.log(total) + top[:, 0]
        rates = np.maximum(theta[:, 0] * means - cgf, 0.0)
        return _Family(means, rates)

    def rate(self, mean: np.ndarray) -> np.ndarray:
        return np.interp(mean, self.means, self.rates)


def _scan(n: np.ndarray, s: np.ndarray, blocked: np.ndarray, family: _Family | float,
          ii: np.ndarray, jj: np.ndarray, min_change: float = MIN_DROP_STARS) -> np.ndarray:
    """Signed root of the likelihood ratio (inside against outside, in the
    stream's tilted family) of each interval (``ii``/``jj`` first and last
    week, already :func:`_valid`) for each stream (rows of ``s``): about
    N(0, 1) under "nothing changed" whatever the interval's size and however
    skewed the ratings (a saddlepoint approximation), negative where the
    inside is worse; +inf where the change is under ``min_change`` stars.
    ``n`` is (weeks,), ``s`` is (streams, weeks). With a float ``family``
    (the ratings' standard deviation, for large samples) the statistic is
    the standardised difference of the means."""
    if not isinstance(family, _Family):
        return _scan_large(n, s, blocked, family, ii, jj, min_change)
    n = np.where(blocked, 0, n).astype(np.float64)
    s = np.where(blocked, 0.0, s).astype(np.float64)
    cn = np.concatenate([[0], np.cumsum(n)])
    cs = np.concatenate([np.zeros((s.shape[0], 1)), np.cumsum(s, axis=1)], axis=1)
    n_in = cn[jj + 1] - cn[ii]
    n_out = cn[-1] - n_in
    s_in = cs[:, jj + 1] - cs[:, ii]
    mean_in = s_in / n_in
    mean_out = (cs[:, -1:] - s_in) / n_out
    mean_all = cs[:, -1:] / cn[-1]
    lr = n_in * family.rate(mean_in) + n_out * family.rate(mean_out) - cn[-1] * family.rate(mean_all)
    z = -np.sqrt(2.0 * np.maximum(lr, 0.0))
    z[mean_in - mean_out > -min_change] = np.inf
    return z


def _scan_large(n: np.ndarray, s: np.ndarray, blocked: np.ndarray, sigma: float,
                ii: np.ndarray, jj: np.ndarray, min_change: float) -> np.ndarray:
    n = np.where(blocked, 0, n).astype(np.float32)
    s = np.where(blocked, 0.0, s).astype(np.float32)
    cn = np.concatenate([[0], np.cumsum(n)]).astype(np.float32)
    cs = np.concatenate([np.zeros((s.shape[0], 1), np.float32), np.cumsum(s, axis=1)], axis=1)
    n_in = cn[jj + 1] - cn[ii]
    n_out = cn[-1] - n_in
    s_in = cs[:, jj + 1] - cs[:, ii]
    diff = s_in / n_in - (cs[:, -1:] - s_in) / n_out
    z = diff * (np.float32(1.0 / sigma) / np.sqrt(1.0 / n_in + 1.0 / n_out))
    z[diff > -min_change] = np.inf
    return z


def _normal_tail(z: float) -> float:
    """P(Z >= z) for a standard normal Z."""
    return 0.5 * math.erfc(z / math.sqrt(2.0))


def _p_value(observed: float, null_min: np.ndarray) -> float:
    """P(scan minimum <= observed) under the null draws. Beyond their reach
    (fewer than five draws as extreme), from the "effective number of
    independent intervals" K that the draws show: each interval's statistic
    is about N(0, 1), so P(min <= -z) = 1 - (1 - Q(z))^K, with K fitted where
    the draws are still dense (their :data:`TAIL_FIT` quantile), so that p is
    not stuck at 1/(rounds + 1)."""
    hits = int(np.sum(null_min <= observed))
    empirical = (1 + hits) / (len(null_min) + 1)
    if hits >= 5 or not np.isfinite(observed):
        return float(empirical)
    x = -float(np.quantile(np.where(np.isfinite(null_min), null_min, 0.0), TAIL_FIT))
    if x <= 0:
        return float(empirical)
    k = math.log1p(-TAIL_FIT) / math.log1p(-_normal_tail(x))
    tail = -math.expm1(k * math.log1p(-_normal_tail(-observed)))
    return float(min(empirical, max(tail, 1e-12)))


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
    week = _weeks(days, first)
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
            found = _scan_stream(r[mask], week[mask], m, blocked, alpha, rng, rounds)
        else:
            found = _scan_stream(np.where(flag[mask], 0.0, 1.0), week[mask], m, blocked, alpha, rng, rounds,
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


def _poisson_sf(k: int, lam: float) -> float:
    """P(X >= k) for X ~ Poisson(lam)."""
    if k <= 0:
        return 1.0
    term = cdf = math.exp(-lam)
    for i in range(1, k):
        term *= lam / i
        cdf += term
    return max(0.0, 1.0 - cdf)


def crowded_days(days: np.ndarray) -> np.ndarray:
    """True for the reviews posted on a *crowded day*: far more reviews than
    the stream's usual daily rate (a Poisson test at
    :data:`CROWDED_SIGNIFICANCE` over every day, at least
    :data:`CROWDED_MIN_REVIEWS` and :data:`CROWDED_RATIO` times the rate).
    One crowded day (a festival, a group's bad night, a campaign of fake
    reviews) is a burst, for the burst test; a level change is what the other
    days show, so drops are scanned without them. ``days`` are day numbers."""
    if not len(days):
        return np.zeros(0, dtype=bool)
    first, last = int(days.min()), int(days.max())
    daily = np.bincount(days - first, minlength=last - first + 1)
    weekly = np.add.reduceat(daily, np.arange(0, len(daily), 7))
    rate = max(float(np.median(weekly)) / 7.0, float(daily.mean()) * 0.25, 1.0 / 30)
    limit = CROWDED_SIGNIFICANCE / len(daily)
    crowded = np.zeros(len(daily), dtype=bool)
    for d in np.flatnonzero((daily >= CROWDED_MIN_REVIEWS) & (daily >= CROWDED_RATIO * rate)):
        crowded[d] = _poisson_sf(int(daily[d]), rate) <= limit
    return crowded[days - first]


def _scan_stream(r: np.ndarray, week: np.ndarray, m: int, blocked_before: np.ndarray, alpha: float,
                 rng: np.random.Generator, rounds: int, min_change: float = MIN_DROP_STARS
                 ) -> list[tuple[int, int, float]]:
    """Intervals of weeks (first, last, p) significant at ``alpha``, found one
    after the other, each found one set aside before the next scan; a
    change inside smaller than ``min_change`` (in the values' units) is not scanned."""
    values, inverse = np.unique(r, return_inverse=True)
    if len(values) < 2:
        return []
    counts = np.bincount(week, minlength=m)
    sums = np.bincount(week, weights=r, minlength=m)
    all_i, all_j = _intervals(m)
    blocked = blocked_before.copy()
    found: list[tuple[int, int, float]] = []
    while len(found) < MAX_DROPS:
        valid = _valid(counts, blocked, all_i, all_j)
        if not len(valid):
            break
        ii, jj = all_i[valid], all_j[valid]
        active = ~blocked[week]
        pool = np.bincount(inverse[active], minlength=len(values)).astype(float)
        large = _smallest_side(counts, blocked, ii, jj) >= LARGE_SAMPLE
        family: _Family | float = (float(r[active].std(ddof=1)) or 1.0) if large else \
            _Family.of(values, pool / pool.sum())
        z = _scan(counts, sums[None, :], blocked, family, ii, jj, min_change)[0]
        best = int(np.argmin(z))
        if not np.isfinite(z[best]) or _normal_tail(-float(z[best])) > EARLY_EXIT_FACTOR * alpha:
            # the scan's minimum is at most any one interval's, each about N(0, 1): p is at least
            # about the best interval's own tail, so well beyond the level no draw brings it under
            break
        if large:  # each week's sum is normal by the central limit theorem: cheaper to draw
            live = np.where(blocked, 0, counts).astype(float)
            probs = pool / pool.sum()
            mu, var = float(probs @ values), float(probs @ values ** 2) - float(probs @ values) ** 2
            null_sums = live * mu + np.sqrt(live * var) * rng.standard_normal((rounds, m))
        else:
            draws = rng.multinomial(np.where(blocked, 0, counts)[None, :].repeat(rounds, 0), pool / pool.sum())
            null_sums = draws @ values
        null_min = _scan(counts, null_sums, blocked, family, ii, jj, min_change).min(axis=1)
        if np.isfinite(null_min).mean() < 2 * TAIL_FIT:
            # the draws hardly ever fall by MIN_DROP_STARS (many reviews): the tail is read from
            # the scan of every fall, whose minimum is lower, so the p-value is an upper bound
            null_min = _scan(counts, null_sums, blocked, family, ii, jj, 0.0).min(axis=1)
        p = _p_value(float(z[best]), null_min)
        if not large and alpha / 10 < p <= 3 * alpha and np.sum(null_min <= z[best]) < 5:
            # near the line and beyond the draws: settle it with more draws, not the tail model alone
            more = rng.multinomial(np.where(blocked, 0, counts)[None, :].repeat(rounds * EXTRA_ROUNDS_FACTOR, 0),
                                   pool / pool.sum())
            null_min = np.concatenate([null_min, _scan(counts, more @ values, blocked, family, ii, jj, min_change).min(axis=1)])
            p = _p_value(float(z[best]), null_min)
        if p > alpha:
            break
        def z_of(i: np.ndarray, j: np.ndarray) -> np.ndarray:
            keep = _valid(counts, blocked, i, j)
            out = np.full(len(i), np.inf)
            out[keep] = _scan(counts, sums[None, :], blocked, family, i[keep], j[keep], min_change)[0]
            return out

        a, b = _settle(z_of, int(ii[best]), int(jj[best]), m)
        blocked[a:b + 1] = True
        touching = [f for f in found if f[1] + 1 == a or b + 1 == f[0]]
        if touching:  # the same low period found in two pieces: one drop
            for f in touching:
                found.remove(f)
            a, b = min([a] + [f[0] for f in touching]), max([b] + [f[1] for f in touching])
            p = min([p] + [f[2] for f in touching])
        found.append((a, b, p))
    return found


def _smallest_side(n: np.ndarray, blocked: np.ndarray, ii: np.ndarray, jj: np.ndarray) -> float:
    """The fewest reviews inside or outside any of the intervals."""
    n = np.where(blocked, 0, n)
    cn = np.concatenate([[0], np.cumsum(n)])
    n_in = cn[jj + 1] - cn[ii]
    return float(min(n_in.min(), (cn[-1] - n_in).min())) if len(ii) else 0.0


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
    week = _weeks(days, first)
    m = int(week[-1]) + 1
    if m < 2 * MIN_DROP_BINS + 2:
        return ()
    counts = np.bincount(week, minlength=m).astype(float)
    ii, jj = _intervals(m)
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
    p = _p_value(-math.sqrt(float(stat[0, best])), -np.sqrt(null.max(axis=1)))
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
