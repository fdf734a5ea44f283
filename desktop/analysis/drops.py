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

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Mapping, Sequence

import numpy as np

MIN_RATED_REVIEWS = 20
"""Fewer rated reviews than this in all: "not enough reviews to tell"."""
MIN_REVIEWS_PER_SIDE = 8
"""A drop needs at least this many rated reviews inside it and outside it."""
MIN_DROP_STARS = 0.3
"""Changes in average stars smaller than this are not reported, however significant."""
DROP_SIGNIFICANCE = 0.01
"""Largest p-value (after paying for the scan over all intervals) of a reported drop."""
BOOTSTRAP_ROUNDS = 399
"""Streams drawn under "nothing changed" for each scan (p-values in steps of 1/400)."""
BIN_DAYS = 7
"""Ratings are scanned in weekly bins."""
MIN_DROP_BINS = 2
"""A drop lasts at least two weeks (a single bad day is a burst, tested separately)."""
MAX_DROPS = 4
"""At most this many drops are reported for one stream."""
BASELINE_DAYS = 120
"""``rating_before``: the reviews of up to this many days before a drop starts."""
REFINE_DAYS = 10
"""The start and end of a drop are refined to the day within this many days of the week found."""
RECOVERY_Z = 3.0
"""A drop's last stretch that is better than its start by this z is the recovery, not the drop."""
VOLUME_SIGNIFICANCE = 0.001
"""Largest p-value of a reported shift in review volume (volume is seasonal: strict)."""
VOLUME_MIN_RATIO = 1.6
"""A volume shift is at least this ratio (or its inverse) of reviews per week."""
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


def _intervals(m: int) -> tuple[np.ndarray, np.ndarray]:
    i, j = np.triu_indices(m)
    keep = (j - i + 1) >= MIN_DROP_BINS
    return i[keep], j[keep]


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


def _scan(n: np.ndarray, s: np.ndarray, blocked: np.ndarray, sigma: float,
          ii: np.ndarray, jj: np.ndarray) -> np.ndarray:
    """z of each interval (``ii``/``jj`` first and last week, already
    :func:`_valid`) for each stream (rows of ``s``): mean inside minus mean
    outside, standardised; +inf where the change is under
    :data:`MIN_DROP_STARS`. ``n`` is (weeks,), ``s`` is (streams, weeks)."""
    n = np.where(blocked, 0, n).astype(np.float32)
    s = np.where(blocked, 0.0, s).astype(np.float32)
    cn = np.concatenate([[0], np.cumsum(n)]).astype(np.float32)
    cs = np.concatenate([np.zeros((s.shape[0], 1), np.float32), np.cumsum(s, axis=1)], axis=1)
    n_in = cn[jj + 1] - cn[ii]
    n_out = cn[-1] - n_in
    s_in = cs[:, jj + 1] - cs[:, ii]
    diff = s_in / n_in - (cs[:, -1:] - s_in) / n_out
    z = diff / (np.float32(sigma) * np.sqrt(1.0 / n_in + 1.0 / n_out))
    z[diff > -MIN_DROP_STARS] = np.inf
    return z


def _p_value(observed: float, null_min: np.ndarray) -> float:
    """P(scan minimum <= observed) under the null draws; beyond their reach
    (fewer than five draws as extreme), from a Gumbel tail fitted to them, as
    scan-statistic software does, so that p is not stuck at 1/(rounds+1)."""
    finite = null_min[np.isfinite(null_min)]
    hits = int(np.sum(null_min <= observed))
    empirical = (1 + hits) / (len(null_min) + 1)
    if hits >= 5 or len(finite) < 10:
        return float(empirical)
    x = -finite  # maxima of -z
    beta = float(x.std()) * np.sqrt(6) / np.pi or 1e-9
    mu = float(x.mean()) - 0.5772156649 * beta
    tail = -np.expm1(-np.exp(-(-observed - mu) / beta))
    return float(min(empirical, max(tail, 1e-9)))


def _mean_ci(values: np.ndarray) -> tuple[float, tuple[float, float]]:
    mean = float(values.mean())
    if len(values) < 2:
        return mean, (mean, mean)
    half = 1.96 * float(values.std(ddof=1)) / np.sqrt(len(values))
    return mean, (max(1.0, mean - half), min(5.0, mean + half))


def find_drops(times: Sequence[datetime] | np.ndarray, ratings: Sequence[float] | np.ndarray,
               groups: Mapping[tuple[str, str], np.ndarray] | None = None,
               seed: int = SEED, rounds: int = BOOTSTRAP_ROUNDS) -> DropScan:
    """Drops in the rated reviews given as parallel ``times`` and ``ratings``
    (stars 1..5; NaN ratings are ignored), returned by start date.

    ``groups`` maps (kind, name) scopes, e.g. ("weekday", "weekend") or
    ("platform", "tripadvisor"), to boolean masks over the reviews: after the
    whole stream, each group is scanned on its own, so a problem confined to
    weekends or to one platform is found even when it barely moves the whole
    average. Every scan is tested at :data:`DROP_SIGNIFICANCE` divided by the
    number of scans (Bonferroni), so looking at more groups does not make
    false alarms more likely."""
    t = np.asarray(times, dtype="datetime64[s]")
    r = np.asarray(ratings, dtype=float)
    keep = ~np.isnan(r) & ~np.isnat(t)
    masks = {k: np.asarray(v, dtype=bool)[keep] for k, v in (groups or {}).items()}
    t, r = t[keep], r[keep]
    if len(r) < MIN_RATED_REVIEWS:
        return DropScan("not_enough_reviews", int(len(r)), ())
    order = np.argsort(t, kind="stable")
    t, r = t[order], r[order]
    masks = {k: v[order] for k, v in masks.items()}
    days = t.astype("datetime64[D]").astype(np.int64)
    first = int(days[0] - (days[0] + 3) % 7)  # a Monday (1970-01-01 was a Thursday)
    week = _weeks(days, first)
    m = int(week[-1]) + 1
    streams = [(("all", ""), np.ones(len(r), dtype=bool))]
    streams += [(k, v) for k, v in masks.items() if v.sum() >= MIN_RATED_REVIEWS]
    alpha = DROP_SIGNIFICANCE / len(streams)
    rng = np.random.default_rng(seed)
    blocked = np.zeros(m, dtype=bool)
    drops: list[Drop] = []
    for scope, mask in streams:
        found = _scan_stream(r[mask], week[mask], m, blocked, alpha, rng, rounds)
        for a, b, p in found:
            d = _describe(r[mask], days[mask], week[mask], first, m, a, b, p, found, scope)
            if d is not None:
                drops.append(d)
                blocked[a:b + 1] = True
    drops.sort(key=lambda d: d.start)
    return DropScan("ok", int(len(r)), tuple(drops[:MAX_DROPS]))


def _scan_stream(r: np.ndarray, week: np.ndarray, m: int, blocked_before: np.ndarray, alpha: float,
                 rng: np.random.Generator, rounds: int) -> list[tuple[int, int, float]]:
    """Intervals of weeks (first, last, p) significant at ``alpha``, found one
    after the other, each found one set aside before the next scan."""
    sigma = float(r.std(ddof=1)) or 1.0
    values, inverse = np.unique(r, return_inverse=True)
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
        z = _scan(counts, sums[None, :], blocked, sigma, ii, jj)[0]
        best = int(np.argmin(z))
        if not np.isfinite(z[best]):
            break
        active = ~blocked[week]
        pool = np.bincount(inverse[active], minlength=len(values)).astype(float)
        draws = rng.multinomial(np.where(blocked, 0, counts)[None, :].repeat(rounds, 0), pool / pool.sum())
        null_min = _scan(counts, draws @ values, blocked, sigma, ii, jj).min(axis=1)
        p = _p_value(float(z[best]), null_min)
        if p > alpha:
            break
        found.append((int(ii[best]), int(jj[best]), p))
        blocked[ii[best]:jj[best] + 1] = True
    return found


def _describe(r: np.ndarray, days: np.ndarray, week: np.ndarray, first: int, m: int,
              a: int, b: int, p: float, found: list[tuple[int, int, float]],
              scope: tuple[str, str]) -> Drop | None:
    """A found interval of weeks as a Drop: refined to the day, with its baseline."""
    lo, hi = _refine(r, days, first + a * BIN_DAYS, first + (b + 1) * BIN_DAYS - 1,
                     ongoing=(b == m - 1), last_day=int(days[-1]))
    if b != m - 1:
        hi = _trim_recovery(r, days, lo, hi)
    inside = (days >= lo) & (days <= hi)
    others = np.zeros(len(r), dtype=bool)
    for a2, b2, _p in found:
        if (a2, b2) != (a, b):
            others |= (week >= a2) & (week <= b2)
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


def _to_date(day: int | np.integer) -> date:
    return EPOCH + timedelta(days=int(day))


def _refine(r: np.ndarray, days: np.ndarray, lo: int, hi: int, ongoing: bool,
            last_day: int) -> tuple[int, int]:
    """Move the week boundaries to the day that best separates inside from outside."""
    mean_all = r.mean()

    def score(a: int, b: int) -> float:
        inside = (days >= a) & (days <= b)
        n_in, n_out = int(inside.sum()), int((~inside).sum())
        if n_in < MIN_REVIEWS_PER_SIDE or n_out < 1:
            return np.inf
        # the sum of deviations inside: the CUSUM criterion, largest where the split is right
        return float((r[inside] - mean_all).sum())

    best_lo = min(range(lo - REFINE_DAYS, lo + REFINE_DAYS + 1), key=lambda a: (score(a, hi), abs(a - lo)))
    if ongoing:
        return best_lo, last_day
    best_hi = min(range(hi - REFINE_DAYS, hi + REFINE_DAYS + 1), key=lambda b: (score(best_lo, b), abs(b - hi)))
    return best_lo, best_hi


def _trim_recovery(r: np.ndarray, days: np.ndarray, lo: int, hi: int) -> int:
    """The last day of the low period proper: when the interval ends with a
    clearly better stretch (the rating already coming back, z of at least
    :data:`RECOVERY_Z`), the drop ends where that stretch begins."""
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
    p = _p_value(-float(stat[0, best]), -null.max(axis=1))
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
