"""Segments judged against each customer's own rhythm, tiers, RFM scores.

Method (a small tested model, not a fitted library one): a customer's gaps
between visits are log-normal. The *centre* is the median of the log gaps (the
*usual gap* is its exponent), the *spread* their robust deviation (1.4826 x
the median absolute deviation, at least ``SPREAD_FLOOR``). Both are shrunk
toward the café's typical customer: the spread as if the café added
``RHYTHM_PRIOR_GAPS`` gaps of its own, the centre by empirical Bayes (as much
as customers differ little from one another compared with how much one
customer's gaps vary). The next gap's predictive distribution is Student's t
on that, with the gaps seen as degrees of freedom, so four visits say less
than forty. With at least ``REGULAR_MIN_VISITS`` visits they have a rhythm,
and then

* **at-risk**: away longer than the ``AT_RISK_QUANTILE`` of that distribution,
  than the same quantile of their own gaps as seen, than ``AT_RISK_GAP_FACTOR``
  usual gaps and than ``AT_RISK_MIN_DAYS`` days; or *slowing down*: in the last
  ``SLOWDOWN_WINDOW_DAYS`` days at most ``SLOWDOWN_SHARE`` of the visits their
  own earlier rate predicts (when it predicts at least ``SLOWDOWN_MIN_EXPECTED``), or
  *fading*: in the last ``FADING_WINDOW_DAYS`` at most ``FADING_SHARE`` of them and
  overdue now (away longer than ``FADING_OVERDUE_FACTOR`` usual gaps and
  ``FADING_MIN_AWAY_DAYS``), when that rate predicts ``FADING_MIN_EXPECTED`` visits;
  both only for steady customers (spread at most ``STEADY_MAX_SPREAD``);
* **lapsed**: away longer than the ``LAPSED_QUANTILE``, ``LAPSED_GAP_FACTOR``
  usual gaps, ``LAPSED_MIN_DAYS`` days and the longest break they ever came
  back from;
* **regular** otherwise, and also while on a break like one they took at this
  time of a previous year and came back from (``SEASON_TOLERANCE_DAYS``,
  ``SEASON_MIN_BREAK_DAYS``): the summer-terrace customer in winter.

Measured against planted histories (weekday, weekly, twice-weekly, monthly,
irregular, seasonal, holidays, one-off: tests/customers/visit_patterns.py,
figures in README.md).

A daily regular unseen for three weeks is at risk (21 > 14 days floor); a
once-a-month customer unseen for three weeks is not (21 < 2 x 30). This is the
floor of a rule RESEARCH.md found to rank who comes back as well as BG/NBD on
real data (CDNOW: 2-3x the customer's own gap, at least 3 visits); BG/NBD also
gives every one-time buyer "certainly active", which a café owner would not
believe. Customers whose first visit is recent are
**new**; fewer than ``REGULAR_MIN_VISITS`` visits (and not new) is **one-off**:
no habit yet. "As of" is an ordinal day supplied by the caller (the latest
order, never after today), so an old database does not call everyone lapsed.

Pure numpy/pandas; safe from any thread. ~0.3 s for 50,000 customers and
400,000 visits on one core.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Sequence

import numpy as np
import pandas as pd

from desktop.customers.names import SEGMENTS
from desktop.customers.tiers import DEFAULT_TIERS, TierRule, assign_tiers
from desktop.customers.visits import Visits

NEW_CUSTOMER_DAYS = 30
"""A first visit in the last 30 days makes a customer new."""
REGULAR_MIN_VISITS = 4
"""Visits needed before a rhythm is judged (three gaps: fewer say little)."""
AT_RISK_QUANTILE = 0.95
"""At risk once away longer than 19 in 20 of their own gaps (their gap distribution's 95th percentile) ..."""
AT_RISK_GAP_FACTOR = 2.0
"""... and longer than twice their usual (median) gap ..."""
AT_RISK_MIN_DAYS = 14
"""... and at least two weeks: nobody is at risk sooner, however often they come (a holiday week is normal)."""
LAPSED_QUANTILE = 0.99
"""Lapsed once away longer than 99 in 100 of their own gaps (0.995 missed a quarter of the irregular customers who stopped) ..."""
LAPSED_GAP_FACTOR = 4.0
"""... and four usual gaps ..."""
LAPSED_MIN_DAYS = 45
"""... and at least 45 days; and longer than any break they came back from."""
RHYTHM_PRIOR_GAPS = 2.0
"""A customer's rhythm is shrunk toward the café's typical one as if the café added this many gaps."""
SPREAD_FLOOR = 0.2
"""The smallest spread of log gaps: clockwork regulars still vary by about a fifth."""
MAD_TO_SIGMA = 1.4826
"""Median absolute deviation to a normal distribution's standard deviation."""
UPPER_SPREAD_QUANTILE = 0.75
"""The spread of a customer's gaps is read from their median to this quantile (the upper half) ..."""
UPPER_QUANTILE_Z = 0.6745
"""... which lies this many standard deviations above a normal distribution's median ..."""
UPPER_SPREAD_MIN_GAPS = 8
"""... once they have at least this many gaps (the upper quartile of three gaps is one of them, or
between two): with fewer, the symmetric deviation alone."""
SEASON_TOLERANCE_DAYS = 30
"""A break "at this time of a previous year" started within this many days of the same date."""
SEASON_MIN_BREAK_DAYS = 60
"""... and lasted at least this long: a season away (a summer, a winter), not a holiday."""
DAYS_PER_YEAR = 365.25
"""The length of a year for "this time of a previous year"."""
SLOWDOWN_WINDOW_DAYS = 56
"""The recent stretch compared with the customer's earlier rate: eight weeks."""
SLOWDOWN_SHARE = 0.5
"""At most this share of the expected visits in the recent stretch is "slowing down"."""
SLOWDOWN_MIN_EXPECTED = 4.0
"""The slowdown rule applies only to customers expected at least this often in the stretch."""
FADING_WINDOW_DAYS = 84
"""A slower fade is read over a longer stretch: twelve weeks ..."""
FADING_SHARE = 0.6
"""... in which they came at most this share of the visits their earlier rate predicts ..."""
FADING_MIN_EXPECTED = 7.0
"""... when that rate predicts at least this many (about weekly or more often: an irregular customer's
twelve weeks vary too much to tell a fade from chance) ..."""
FADING_OVERDUE_FACTOR = 1.5
"""... and are overdue now: away longer than this many usual gaps (the weekly regular who came on
five of the last twelve Wednesdays, not the last one: the demo café's CUST-0019)."""
FADING_MIN_AWAY_DAYS = 10
"""... and at least this many days (a weekday regular missing a long weekend is not fading)."""
STEADY_MAX_SPREAD = 0.65
"""Slowing down and fading are judged only for customers this steady (the spread of their log gaps
at most this): an irregular customer's counts over a few weeks swing too much to tell a slowdown
from chance (seed 1: 37 of the irregular customers still coming were called slowing without it). A
fading weekday regular's own fade widens their spread: at 0.55 their at-risk recall fell 0.98 -> 0.91."""
BASELINE_MAX_DAYS = 365
"""The earlier rate is measured over at most the year before the recent stretch."""
BIG_SPENDER_SHARE = 0.10
"""The top tenth by spend in the last year are big spenders ..."""
BIG_SPENDER_MIN_CUSTOMERS = 10
"""... once at least this many customers spent something (below that, a "top tenth" means nothing)."""
RFM_WINDOW_DAYS = 365
"""Frequency and money in the RFM scores count the last year."""



@dataclass(frozen=True)
class SegmentRules:
    """The thresholds above, as one value the owner may change (lapsed after
    how many usual gaps, for instance). Defaults are the named constants."""

    new_customer_days: int = NEW_CUSTOMER_DAYS
    regular_min_visits: int = REGULAR_MIN_VISITS
    at_risk_quantile: float = AT_RISK_QUANTILE
    lapsed_quantile: float = LAPSED_QUANTILE
    at_risk_gap_factor: float = AT_RISK_GAP_FACTOR
    at_risk_min_days: int = AT_RISK_MIN_DAYS
    lapsed_gap_factor: float = LAPSED_GAP_FACTOR
    lapsed_min_days: int = LAPSED_MIN_DAYS
    slowdown_window_days: int = SLOWDOWN_WINDOW_DAYS
    slowdown_share: float = SLOWDOWN_SHARE
    slowdown_min_expected: float = SLOWDOWN_MIN_EXPECTED
    baseline_max_days: int = BASELINE_MAX_DAYS

    def validated(self) -> SegmentRules:
        """Itself, or ValueError when a threshold makes no sense."""
        if self.regular_min_visits < 3:
            raise ValueError("a rhythm needs at least 3 visits")
        if not 0.5 <= self.at_risk_quantile < self.lapsed_quantile < 1:
            raise ValueError("the at-risk quantile must be at least 0.5 and below the lapsed quantile, below 1")
        if not 1 <= self.at_risk_gap_factor < self.lapsed_gap_factor:
            raise ValueError("at-risk must come before lapsed (factor at least 1, and smaller)")
        if not 0 < self.at_risk_min_days <= self.lapsed_min_days:
            raise ValueError("the at-risk floor must be above zero and not after the lapsed floor")
        if not 0 < self.slowdown_share < 1:
            raise ValueError("the slowdown share must be between 0 and 1")
        if min(self.new_customer_days, self.slowdown_window_days, self.baseline_max_days) < 1:
            raise ValueError("windows must be at least one day")
        return self

    def as_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @staticmethod
    def from_dict(data: dict | None) -> SegmentRules:
        """Known keys from ``data`` over the defaults; ValueError if invalid."""
        known = {f.name: f.type for f in fields(SegmentRules)}
        values = {}
        for key, value in (data or {}).items():
            if key in known and value is not None:
                values[key] = float(value) if known[key] == "float" else int(value)
        return SegmentRules(**values).validated()


PEOPLE_COLUMNS = ("customer_id", "file_first", "file_last", "file_visits", "file_spend", "birthday_month")
"""What :func:`customer_metrics` needs of each customer besides their orders:
a customer file's own first/last visit (ordinals, -1 when unknown), visit
count and spend (NaN when unknown), and the birthday's month (0: unknown)."""


def customer_metrics(visits: Visits, people: pd.DataFrame, as_of: int,
                     rules: SegmentRules = SegmentRules(),
                     tiers: Sequence[TierRule] = DEFAULT_TIERS) -> pd.DataFrame:
    """Everything the Customers page shows per customer, as of the ordinal
    day ``as_of``, one row per row of ``people`` (same order, indexed by
    customer id). Visits come from ``visits`` (orders); a customer without
    any uses the customer file's own totals (``totals_from`` says which).

    Columns: visits, spend, first_visit, last_visit, recency (days; -1 when
    unknown), usual_gap (NaN without a rhythm), totals_from, segment (None
    without any known visit), reason + reason_a/reason_b (the numbers of its
    one-line explanation, see :func:`explain_segment`), reason_window (for
    "slowing": the stretch in days the visits were counted over, else 0), tier, tier_rank,
    tier_basis, tier_value, tier_window, r/f/m (1-5, 0 when unknown),
    big_spender, birthday_this_month.
    """
    rules = rules.validated()
    ids = people["customer_id"].to_numpy(np.int64)
    size = len(ids)
    pos = _positions(ids, visits.customer_id)
    has = (pos >= 0) & (visits.day <= as_of)
    vpos = pos[has]
    G = size
    n = np.bincount(vpos, minlength=G).astype(np.int64)
    spend = np.bincount(vpos, weights=visits.spend[has], minlength=G)
    first = np.full(G, -1, np.int64)
    last = np.full(G, -1, np.int64)
    if len(vpos):
        order_first = np.full(G, np.iinfo(np.int64).max)
        np.minimum.at(order_first, vpos, visits.day[has])
        order_last = np.full(G, -1, np.int64)
        np.maximum.at(order_last, vpos, visits.day[has])
        first = np.where(n > 0, order_first, -1)
        last = order_last
    r = rhythm(vpos, visits.day[has], n, last, G, rules)
    usual = r.usual

    # customers with no orders: the customer file's own totals
    from_file = (n == 0) & (people["file_visits"].fillna(0).to_numpy() > 0)
    file_n = people["file_visits"].fillna(0).to_numpy().astype(np.int64)
    file_first = people["file_first"].to_numpy(np.int64)
    file_last = people["file_last"].to_numpy(np.int64)
    n = np.where(from_file, file_n, n)
    spend = np.where(from_file, people["file_spend"].fillna(0).to_numpy(), spend)
    spend = np.where((n == 0) & people["file_spend"].notna().to_numpy(),
                     people["file_spend"].fillna(0).to_numpy(), spend)
    first = np.where(from_file, np.where(file_first >= 0, file_first, file_last), first)
    last = np.where(from_file, np.where(file_last >= 0, file_last, file_first), last)
    # with orders too, a file that knows a later (or earlier) visit is believed: another till, say
    known_last = (file_last >= 0) & (file_last <= as_of) & ~from_file & (n > 0)
    last = np.where(known_last, np.maximum(last, file_last), last)
    known_first = (file_first >= 0) & ~from_file & (n > 0)
    first = np.where(known_first, np.minimum(first, file_first), first)
    mean_gap = np.where((file_n > 1) & (file_first >= 0) & (file_last > file_first),
                        (file_last - file_first) / np.maximum(file_n - 1, 1), np.nan)
    usual = np.where(from_file & (n >= rules.regular_min_visits), mean_gap, usual)
    totals_from = np.where(n == 0, "none", np.where(from_file, "file", "orders")).astype(object)
    recency = np.where(last >= 0, as_of - last, -1)

    from_totals = from_file & (n >= rules.regular_min_visits)
    risk_after = np.where(from_totals, np.maximum(rules.at_risk_gap_factor * mean_gap, rules.at_risk_min_days),
                          r.risk_after)
    lapse_after = np.where(from_totals, np.maximum(rules.lapsed_gap_factor * mean_gap, rules.lapsed_min_days),
                           r.lapse_after)
    seg, reason, ra, rb, reason_window = _segments(rules, as_of, n, first, recency, usual, risk_after, lapse_after,
                                    r.longest, r.seasonal, r.spread, from_file, vpos, visits.day[has], G)

    window_visits, window_spend = {}, {}
    for w in sorted({r.window_days for r in tiers} | {RFM_WINDOW_DAYS}):
        window_visits[w], window_spend[w] = _window(vpos, visits.day[has], visits.spend[has], as_of, w, G)
        est_v, est_s = _file_window(from_file, n, spend, first, last, as_of, w)
        window_visits[w] = np.where(from_file, est_v, window_visits[w])
        window_spend[w] = np.where(from_file, est_s, window_spend[w])
    tier = assign_tiers(tiers, window_visits, window_spend, G)
    names = np.array([r.name for r in tiers] + [None], dtype=object)
    windows = np.array([r.window_days for r in tiers] + [0])
    r_score, f_score, m_score = _rfm(recency, window_visits[RFM_WINDOW_DAYS], window_spend[RFM_WINDOW_DAYS], n)
    big = _big_spenders(window_spend[RFM_WINDOW_DAYS])
    as_of_month = date.fromordinal(as_of).month
    index = pd.Index(ids, name="customer_id")
    return pd.DataFrame({
        "visits": n, "spend": np.round(spend, 2), "first_visit": first, "last_visit": last,
        "recency": recency, "usual_gap": usual, "totals_from": totals_from,
        "segment": pd.Series(seg, index=index, dtype=object), "reason": reason, "reason_a": ra, "reason_b": rb,
        "reason_window": reason_window,
        "tier": pd.Series(names[tier.rank], index=index, dtype=object), "tier_rank": tier.rank, "tier_basis": tier.basis,
        "tier_value": tier.value, "tier_window": windows[tier.rank],
        "r": r_score, "f": f_score, "m": m_score, "big_spender": big,
        "birthday_this_month": people["birthday_month"].fillna(0).to_numpy() == as_of_month,
    }, index=index)


def _positions(ids: np.ndarray, visit_ids: np.ndarray) -> np.ndarray:
    """Row of ``ids`` for each visit's customer (-1: not among ``ids``)."""
    if not len(visit_ids):
        return np.zeros(0, np.int64)
    order = np.argsort(ids, kind="stable")
    sorted_ids = ids[order]
    at = np.searchsorted(sorted_ids, visit_ids)
    at = np.clip(at, 0, max(len(ids) - 1, 0))
    found = (len(ids) > 0) & (sorted_ids[at] == visit_ids) if len(ids) else np.zeros(len(visit_ids), bool)
    return np.where(found, order[at] if len(ids) else -1, -1)


@dataclass(frozen=True)
class Rhythm:
    """Each customer's rhythm (one entry per customer row): ``usual`` the
    typical gap in days (NaN without a rhythm), ``risk_after`` and
    ``lapse_after`` the absences (days) past which they are at risk and
    lapsed, ``longest`` the longest gap they came back from (0 if none) and
    ``seasonal`` the length of a break they took at this time of a previous
    year and came back from (0 if none); ``spread`` the spread of their log
    gaps (NaN without a rhythm), how far from clockwork they are."""

    usual: np.ndarray
    risk_after: np.ndarray
    lapse_after: np.ndarray
    longest: np.ndarray
    seasonal: np.ndarray
    spread: np.ndarray


def rhythm(pos: np.ndarray, day: np.ndarray, n: np.ndarray, last: np.ndarray, G: int,
           rules: SegmentRules) -> Rhythm:
    """Each customer's own gap distribution, a log-normal: its centre is the
    median of the logs of their gaps and its spread their robust deviation
    (1.4826 x the median absolute deviation, at least ``SPREAD_FLOOR``), both
    shrunk toward the café's typical customer as if the café added
    ``RHYTHM_PRIOR_GAPS`` gaps of its own (so three gaps say less than thirty).
    At risk past the ``at_risk_quantile`` of that distribution and
    ``at_risk_gap_factor`` usual gaps (at least ``at_risk_min_days``); lapsed
    past the ``lapsed_quantile`` and ``lapsed_gap_factor`` usual gaps (at least
    ``lapsed_min_days``). ``pos`` is each visit's customer row, ``day`` its
    ordinal, ``n`` visits per row, ``last`` each row's last visit. Vectorised:
    two grouped medians over all gaps."""
    nan = np.full(G, np.nan)
    zero = np.zeros(G)
    if len(pos) < 2:
        return Rhythm(nan, nan.copy(), nan.copy(), zero, zero.copy(), nan.copy())
    order = np.lexsort((day, pos))
    p, d = pos[order], day[order]
    same = p[1:] == p[:-1]
    gaps = np.maximum((d[1:] - d[:-1])[same], 1).astype(np.float64)
    starts = d[:-1][same]
    owner = p[1:][same]
    if not len(gaps):
        return Rhythm(nan, nan.copy(), nan.copy(), zero, zero.copy(), nan.copy())
    logs = np.log(gaps)
    k = np.bincount(owner, minlength=G).astype(np.float64)
    centre = np.full(G, np.nan)
    med = pd.Series(logs).groupby(owner).median()
    centre[med.index.to_numpy()] = med.to_numpy()
    # the spread of the *upper* half only: how much longer than usual their long gaps run. Log gaps
    # are skewed (a customer who sometimes comes back the next day has a long left tail), so a
    # symmetric spread overstates the right tail and misses irregular customers who stopped
    # (at-risk recall 0.39 for them with the median absolute deviation alone; README). Whole-day
    # gaps make the upper quartile jump (a weekly customer's is 7 or 14 days), so the smaller of
    # the two robust spreads is taken: the clockwork customer keeps the deviation's narrow one
    spread = np.full(G, np.nan)
    mad = pd.Series(np.abs(logs - centre[owner])).groupby(owner).median()
    spread[mad.index.to_numpy()] = np.maximum(MAD_TO_SIGMA * mad.to_numpy(), SPREAD_FLOOR)
    upper = np.log(np.maximum(_grouped_quantile(gaps, owner, k, UPPER_SPREAD_QUANTILE), 1.0))
    seen = k >= UPPER_SPREAD_MIN_GAPS  # fewer: an interpolated quartile of three gaps says too little
    spread[seen] = np.maximum(np.minimum(spread[seen], (upper[seen] - centre[seen]) / UPPER_QUANTILE_Z),
                              SPREAD_FLOOR)
    has = n >= rules.regular_min_visits
    if has.any():  # the café's typical customer: the median centre and spread of those with a rhythm
        cafe_centre, cafe_spread = np.nanmedian(centre[has]), np.nanmedian(spread[has])
        between = MAD_TO_SIGMA * np.nanmedian(np.abs(centre[has] - cafe_centre))
    else:
        cafe_centre, cafe_spread, between = np.log(7.0), 0.5, 1.0
    # empirical Bayes: a centre is pulled toward the café's as much as the café's customers differ
    # little from one another (tau) compared with how much one customer's gaps vary (sigma)
    centre_prior = cafe_spread ** 2 / max(between, SPREAD_FLOOR) ** 2
    w_centre = k / (k + centre_prior)
    w_spread = k / (k + RHYTHM_PRIOR_GAPS)
    centre = w_centre * np.nan_to_num(centre) + (1 - w_centre) * cafe_centre
    spread = np.sqrt(w_spread * spread ** 2 + (1 - w_spread) * cafe_spread ** 2)
    usual = np.exp(centre)
    # the next gap's predictive distribution: Student's t with the gaps seen (and the café's pseudo
    # gaps) as degrees of freedom, widened by the centre's own uncertainty: four visits say less than forty
    dof = np.maximum(k - 1, 0) + RHYTHM_PRIOR_GAPS
    steadiness = spread.copy()
    spread = spread * np.sqrt(1 + 1 / (k + centre_prior))
    z_risk = _t_quantile(rules.at_risk_quantile, dof)
    z_lapse = _t_quantile(rules.lapsed_quantile, dof)
    risk_after = np.maximum.reduce([np.exp(centre + z_risk * spread), rules.at_risk_gap_factor * usual,
                                    _grouped_quantile(gaps, owner, k, rules.at_risk_quantile),
                                    np.full(G, float(rules.at_risk_min_days))])
    lapse_after = np.maximum.reduce([np.exp(centre + z_lapse * spread), rules.lapsed_gap_factor * usual,
                                     np.full(G, float(rules.lapsed_min_days)), risk_after])
    longest = np.zeros(G)
    np.maximum.at(longest, owner, gaps)
    # a break at this time of a previous year, at least as long as the one now: the summer terrace customer
    since = (last[owner] - starts) % DAYS_PER_YEAR
    same_season = ((np.minimum(since, DAYS_PER_YEAR - since) <= SEASON_TOLERANCE_DAYS)
                   & (last[owner] - starts >= DAYS_PER_YEAR - SEASON_TOLERANCE_DAYS))
    seasonal = np.zeros(G)
    np.maximum.at(seasonal, owner, np.where(same_season & (gaps >= SEASON_MIN_BREAK_DAYS), gaps, 0.0))
    for arr in (usual, risk_after, lapse_after, steadiness):
        arr[~has] = np.nan
        np.round(arr, 6, out=arr)  # exp(log(20)) is 19.999999999999996: whole days compare as whole days
    return Rhythm(usual, risk_after, lapse_after, longest, seasonal, steadiness)


def _grouped_quantile(values: np.ndarray, owner: np.ndarray, k: np.ndarray, quantile: float) -> np.ndarray:
    """Each row's empirical ``quantile`` of its ``values`` (linear
    interpolation, as numpy's default), 0 for rows without values. ``owner``
    is each value's row, ``k`` the count per row. Vectorised: one sort."""
    if len(values) and values.min() >= 0 and values.max() < 2 ** 31 and (values == np.round(values)).all():
        # whole days (the gaps): one sort of a packed (row, value) integer key, no lexsort
        key = np.sort((owner.astype(np.int64) << 32) | values.astype(np.int64))
        sorted_values = (key & 0xFFFFFFFF).astype(np.float64)
    else:
        sorted_values = values[np.lexsort((values, owner))]
    counts = k.astype(np.int64)
    start = np.cumsum(counts) - counts
    at = start + quantile * np.maximum(counts - 1, 0)
    lo = np.floor(at).astype(np.int64)
    hi = np.minimum(lo + 1, start + np.maximum(counts - 1, 0))
    out = np.zeros(len(k))
    has = counts > 0
    frac = at[has] - lo[has]
    out[has] = sorted_values[lo[has]] * (1 - frac) + sorted_values[hi[has]] * frac
    return out


def _t_quantile(quantile: float, dof: np.ndarray) -> np.ndarray:
    """Student's t distribution's ``quantile`` for each of ``dof`` degrees of
    freedom, by the Cornish-Fisher expansion around the normal one (Hill 1970):
    within 1% of the exact value from 3 degrees of freedom up (callers pass at
    least ``RHYTHM_PRIOR_GAPS`` + 2); no SciPy needed."""
    from statistics import NormalDist

    z = NormalDist().inv_cdf(quantile)
    v = np.maximum(np.asarray(dof, dtype=np.float64), 1.0)
    return (z + (z ** 3 + z) / (4 * v) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * v ** 2)
            + (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / (384 * v ** 3)
            + (79 * z ** 9 + 776 * z ** 7 + 1482 * z ** 5 - 1920 * z ** 3 - 945 * z) / (92160 * v ** 4))


def _window(pos: np.ndarray, day: np.ndarray, spend: np.ndarray, as_of: int, days: int,
            G: int) -> tuple[np.ndarray, np.ndarray]:
    """Visits and spend in the ``days`` days ending on ``as_of`` (inclusive)."""
    inside = day > as_of - days
    return (np.bincount(pos[inside], minlength=G).astype(np.int64),
            np.bincount(pos[inside], weights=spend[inside], minlength=G))


def _file_window(from_file: np.ndarray, n: np.ndarray, spend: np.ndarray, first: np.ndarray,
                 last: np.ndarray, as_of: int, days: int) -> tuple[np.ndarray, np.ndarray]:
    """For customers known only from a file's totals: their visits and spend
    spread evenly from first to last visit, the part inside the window."""
    start = as_of - days + 1
    span = np.maximum(last - first + 1, 1)
    overlap = np.clip(np.minimum(last, as_of) - np.maximum(first, start) + 1, 0, None)
    share = np.where(from_file & (first >= 0), overlap / span, 0.0)
    return np.round(n * share).astype(np.int64), spend * share


def _segments(rules: SegmentRules, as_of: int, n: np.ndarray, first: np.ndarray, recency: np.ndarray,
              usual: np.ndarray, risk_after: np.ndarray, lapse_after: np.ndarray, longest: np.ndarray,
              seasonal: np.ndarray, spread: np.ndarray, from_file: np.ndarray, pos: np.ndarray, day: np.ndarray, G: int
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Segment, reason code, its two numbers and (for "slowing") the stretch in days it was read over
    (0 otherwise), per customer row."""
    seg = np.full(G, None, dtype=object)
    reason = np.full(G, "no_visits", dtype=object)
    ra = np.full(G, np.nan)
    rb = np.full(G, np.nan)
    window = np.zeros(G, np.int64)

    def put(mask: np.ndarray, name: str | None, code: str, a: np.ndarray | float = np.nan,
            b: np.ndarray | float = np.nan) -> None:
        mask = mask & undecided
        seg[mask], reason[mask] = name, code
        ra[mask] = (a[mask] if isinstance(a, np.ndarray) else a)
        rb[mask] = (b[mask] if isinstance(b, np.ndarray) else b)
        undecided[mask] = False

    undecided = np.ones(G, dtype=bool)
    put(n == 0, None, "no_visits")
    dated = recency >= 0
    put(~dated & (n < rules.regular_min_visits), "one-off", "no_dates", n.astype(float))
    put(~dated, "regular", "no_dates", n.astype(float))
    put(first > as_of - rules.new_customer_days, "new", "new", (as_of - first).astype(float), n.astype(float))
    put(n == 1, "one-off", "one_visit", recency.astype(float))
    put(n < rules.regular_min_visits, "one-off", "few_visits", n.astype(float), recency.astype(float))
    rhythm = ~np.isnan(usual)
    away = recency.astype(float)
    # a break like one they took at this time of a previous year and came back from: not (yet) slipping away
    put(rhythm & (away > risk_after) & (away <= seasonal), "regular", "seasonal",
        away, seasonal)
    put(rhythm & (away > lapse_after) & (away > longest), "lapsed", "absent", away, usual)
    put(rhythm & (away > risk_after), "at-risk", "absent", away, usual)
    recent, expected = _slowdown(as_of, pos, day, G, rules.slowdown_window_days, rules.baseline_max_days,
                                 rules.regular_min_visits)
    steady = ~from_file & (spread <= STEADY_MAX_SPREAD)  # NaN (no rhythm) is not steady
    slowing = (steady & (expected >= rules.slowdown_min_expected)
               & (recent <= rules.slowdown_share * expected))
    window[rhythm & slowing & undecided] = rules.slowdown_window_days
    put(rhythm & slowing, "at-risk", "slowing", recent.astype(float), expected)
    recent, expected = _slowdown(as_of, pos, day, G, FADING_WINDOW_DAYS, rules.baseline_max_days,
                                 rules.regular_min_visits)
    fading = (steady & (expected >= FADING_MIN_EXPECTED) & (recent <= FADING_SHARE * expected)
              & (away > np.maximum(FADING_OVERDUE_FACTOR * usual, FADING_MIN_AWAY_DAYS)))
    window[rhythm & fading & undecided] = FADING_WINDOW_DAYS
    put(rhythm & fading, "at-risk", "slowing", recent.astype(float), expected)
    put(rhythm, "regular", "in_rhythm", usual, recency.astype(float))
    put(undecided, "regular", "no_rhythm", n.astype(float), recency.astype(float))
    return seg, reason, ra, rb, window


def _slowdown(as_of: int, pos: np.ndarray, day: np.ndarray, G: int, w: int, baseline_days: int,
              min_visits: int) -> tuple[np.ndarray, np.ndarray]:
    """Visits in the ``w`` days ending on ``as_of``, and how many the
    customer's rate in the ``baseline_days`` before predicts for them (0 when
    there are fewer than ``min_visits`` visits or ``w`` days of history before)."""
    start = as_of - w + 1
    recent = np.bincount(pos[day >= start], minlength=G)
    before = (day < start) & (day >= start - baseline_days)
    count = np.bincount(pos[before], minlength=G)
    earliest = np.full(G, np.iinfo(np.int64).max)
    np.minimum.at(earliest, pos[before], day[before])
    span = np.where(count > 0, start - earliest, 0)
    enough = (count >= min_visits) & (span >= w)
    expected = np.where(enough, count / np.maximum(span, 1) * w, 0.0)
    return recent, expected


def _rfm(recency: np.ndarray, freq: np.ndarray, money: np.ndarray,
         n: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Quintile scores 1-5 among customers with a dated visit (5 = most recent,
    most frequent, biggest spender); 0 for the rest."""
    known = (recency >= 0) & (n > 0)
    out = []
    for values in (-recency, freq, money):
        score = np.zeros(len(recency), np.int64)
        if known.any():
            pct = pd.Series(values[known]).rank(method="average", pct=True).to_numpy()
            score[known] = np.clip(np.ceil(pct * 5), 1, 5).astype(np.int64)
        out.append(score)
    return out[0], out[1], out[2]


def _big_spenders(spend: np.ndarray) -> np.ndarray:
    spending = spend > 0
    if spending.sum() < BIG_SPENDER_MIN_CUSTOMERS:
        return np.zeros(len(spend), bool)
    values = np.sort(spend[spending])[::-1]
    cut = values[max(int(np.ceil(BIG_SPENDER_SHARE * len(values))), 1) - 1]
    return spending & (spend >= cut) & (spend > np.median(values))


def rfm_words(r: int, f: int, m: int) -> str:
    """RFM scores in plain words: "came recently, comes often, spends a lot"."""
    if not (r and f and m):
        return "not enough visits to tell"
    recency = "came recently" if r >= 4 else ("not seen for a while" if r == 3 else "not seen for a long time")
    frequency = "comes often" if f >= 4 else ("comes now and then" if f == 3 else "comes rarely")
    money = "spends a lot" if m >= 4 else ("spends about average" if m == 3 else "spends little")
    return f"{recency}, {frequency}, {money}"


def explain_segment(segment: str | None, reason: str, a: float, b: float,
                    window_days: int = SLOWDOWN_WINDOW_DAYS) -> str:
    """The one-line reason for a segment, in English (the window has its own words)."""
    def days(x: float) -> str:
        k = int(round(x))
        return f"{k} day{'s' if k != 1 else ''}"

    if reason == "no_visits":
        return "no visit known"
    if reason == "no_dates":
        return f"{int(a)} visits in the customer file, no dates"
    if reason == "new":
        return f"first visit {days(a)} ago"
    if reason == "one_visit":
        return f"one visit, {days(a)} ago"
    if reason == "few_visits":
        return f"{int(a)} visits, the last {days(b)} ago: no habit yet"
    if reason == "absent":
        return f"not seen for {days(a)}; usually comes every {days(b)}"
    if reason == "seasonal":
        return f"not seen for {days(a)}; took a {days(b)} break at this time last year and came back"
    if reason == "slowing":
        return (f"{int(a)} visit{'s' if int(a) != 1 else ''} in the last {window_days // 7} weeks; "
                f"about {int(round(b))} expected from their usual rhythm")
    if reason == "in_rhythm":
        return f"usually comes every {days(a)}; last seen {days(b)} ago"
    if reason == "no_rhythm":
        return f"{int(a)} visits, the last {days(b)} ago"
    return segment or ""
