"""The change-point scan behind :mod:`desktop.analysis.drops`: weekly bins,
the intervals scanned, the scan statistic (a saddlepoint-standardised
likelihood ratio in the stream's own tilted rating family) and its p-value
from draws under "nothing changed", with the tail beyond the draws.

:func:`scan_stream` finds the significant intervals of weeks of one stream,
one after the other; :func:`crowded_days` marks the days that are bursts,
not level changes. The drop's dates, baseline and kind (what a café owner
reads) are :mod:`desktop.analysis.drops`'s.

Pure functions over numpy arrays; deterministic for a given generator; safe
from any thread.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

import numpy as np

MIN_REVIEWS_PER_SIDE = 8
"""A drop needs at least this many rated reviews inside it and outside it."""
MIN_DROP_STARS = 0.3
"""Changes in average stars smaller than this are not reported, however significant."""
EARLY_EXIT_FACTOR = 2.0
"""A scan stops without drawing when its best interval's own normal tail is over this many times
its level (the p-value of the scan is at least about that tail; the margin allows for the
approximation): most scans find nothing, and the draws are most of the report's cost."""
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
TILT_RANGE = 30.0
TILT_STEPS = 4001
"""Grid of the tilted family (tilts of -30..30 reach every mean between the lowest and highest rating)."""
TAIL_FIT = 0.05
"""The null draws' quantile (the 20th most extreme of 400) that fixes the tail beyond them."""


def week_bins(days: np.ndarray, first: int) -> np.ndarray:
    return (days - first) // BIN_DAYS


def _grid_step(length: int) -> int:
    """The step of starts (and of lengths) of the scanned intervals of ``length`` weeks."""
    for longest, step in GRID_STEPS:
        if length <= longest:
            return step
    return GRID_STEPS[-1][1]


@lru_cache(maxsize=64)
def scan_intervals(m: int) -> tuple[np.ndarray, np.ndarray]:
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


def scan_p_value(observed: float, null_min: np.ndarray) -> float:
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


def scan_stream(r: np.ndarray, week: np.ndarray, m: int, blocked_before: np.ndarray, alpha: float,
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
    all_i, all_j = scan_intervals(m)
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
        p = scan_p_value(float(z[best]), null_min)
        if not large and alpha / 10 < p <= 3 * alpha and np.sum(null_min <= z[best]) < 5:
            # near the line and beyond the draws: settle it with more draws, not the tail model alone
            more = rng.multinomial(np.where(blocked, 0, counts)[None, :].repeat(rounds * EXTRA_ROUNDS_FACTOR, 0),
                                   pool / pool.sum())
            null_min = np.concatenate([null_min, _scan(counts, more @ values, blocked, family, ii, jj, min_change).min(axis=1)])
            p = scan_p_value(float(z[best]), null_min)
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
