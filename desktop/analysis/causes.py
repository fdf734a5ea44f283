"""Why a drop happened: candidate causes ranked by the share of the rating
change each explains, comparing the drop period with the period before.

Three families, one method each, all on the same scale (``contribution`` is
the share of the change in average stars the cause explains, 0..1):

- **Mentions** (aspects, the owner's dishes and staff, emerging phrases): a
  review "complains" about X when one of its mentions of X has a negative
  polarity; a neutral mention (polarity 0) is never a complaint. Aspects are
  fitted together (ridge regression of the stars on complaint and praise
  indicators, so a review that complains of two things is not counted
  twice); a dish, a person or a phrase is a single indicator. The stars a cause
  explains are its penalty times the rise in its share of reviews.
- **Groups** (weekday, daypart, platform, language, reviewer): the group's
  share of the drop period's reviews times how much more it fell than the
  rest (a difference in differences, :func:`excess_stars`, each side's
  change shrunk towards everyone's by how few reviews measure it,
  :func:`shrunk_shift`), kept only when
  that excess is significant (its z test); a
  language or platform whose lower-rating reviews became more frequent is a
  change of mix, reported the same way.
- **Phrases**: word n-grams in any language whose share of the drop
  period's negative sentences rose against the period before, by log-odds
  with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), which
  does not reward rare words.

Nothing is invented: a cause needs :data:`MIN_MENTIONS` reviews showing it,
a z of at least :data:`CAUSE_Z` and a share of at least
:data:`MIN_CAUSE_SHARE`; otherwise it is not reported.

Pure functions over pandas frames; safe from any thread.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from statistics import NormalDist
from typing import Iterable, Mapping, Sequence

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
RIDGE = 2.0
"""Ridge penalty (in reviews) of the aspect fit: small samples shrink towards no effect."""
SHRINK_REVIEWS = 3.0
"""A single cause's penalty is shrunk towards zero as if it had this many average reviews more."""
PHRASE_Z = 2.58
"""An emerging phrase has a log-odds z of at least this (about p < 0.005, one-sided)."""
PHRASE_PRIOR = 100.0
"""Strength (in pseudo-reviews) of the informative Dirichlet prior of the phrase log-odds."""
PHRASE_STOP_SHARE = 0.06
"""Words in more than this share of the sentences before the drop cannot start or end a phrase."""
PHRASE_MIN_BASE_SENTENCES = 30
"""With fewer sentences before the drop, function words are counted over both periods."""
MAX_PHRASE_WORDS = 3
PHRASE_MAX_REVIEWS = 1000
"""Phrases are mined from at most this many reviews' complaints (an even sample beyond)."""
MIN_EDGE_CHARS = 3
"""A phrase neither starts nor ends with a word shorter than this ("e", "la", "of")."""
MIN_WORD_CHARS = 4
"""A one-word phrase has at least this many letters ("had", "got" are not complaints)."""
MAX_PHRASES = 4
MAX_CAUSE_REVIEWS = 100
"""At most this many reviews are listed for one cause (best quotes first)."""
MAX_QUOTES = 3
MIN_GROUP_BEFORE = 3
"""A group needs this many reviews before the drop to be compared at all."""
GROUP_PRIOR_REVIEWS = 6.0
"""Strength (in reviews) of the prior that pulls a small group's change towards everyone's (:func:`shrunk_shift`)."""
UNKNOWN_LANGUAGE = "unknown"
"""The language the detector gives a text it cannot tell (``desktop.analysis.language.UNKNOWN``)."""
_WORD = re.compile(r"\w+(?:['’-]\w+)*", re.UNICODE)


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


def explain(period: Period, everyone: Period | None = None) -> list[Cause]:
    """Every cause that passes the evidence thresholds, largest contribution first.

    Mention causes (aspects, dishes, staff, phrases) come from ``period``;
    group causes (weekday, daypart, platform, language, reviewer) from
    ``everyone`` when given: a drop found on weekends only is explained by
    what weekend guests wrote, and placed in the week by comparing weekends
    with the other days."""
    causes = _mention_causes(period)
    groups = everyone if everyone is not None else period
    rv = groups.reviews
    if not rv.empty and rv["during"].any() and (~rv["during"]).any():
        y = rv["rating"].to_numpy(float)
        during = rv["during"].to_numpy(bool)
        change = float(y[during].mean() - y[~during].mean())
        if change < 0:
            causes += _group_causes(groups, y, during, change, _QuoteBook(groups))
    causes.sort(key=lambda c: (-c.contribution, c.kind, c.name))
    return causes


def _mention_causes(period: Period) -> list[Cause]:
    rv = period.reviews
    if rv.empty or rv["during"].sum() < 1 or (~rv["during"]).sum() < 1:
        return []
    y = rv["rating"].to_numpy(float)
    during = rv["during"].to_numpy(bool)
    change = float(y[during].mean() - y[~during].mean())
    if change >= 0:
        return []
    quotes = _QuoteBook(period)
    causes = _aspect_causes(period, y, during, change, quotes)
    causes += _term_causes(period, y, during, change, quotes)
    causes += _phrase_causes(period, y, during, change, quotes, taken=[c.name for c in causes])
    return causes


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


def _aspect_causes(period: Period, y: np.ndarray, during: np.ndarray, change: float,
                   quotes: _QuoteBook) -> list[Cause]:
    mn = period.mentions
    if mn.empty:
        return []
    ids = period.reviews["id"].to_numpy(np.int64)
    cols, names = [], []
    neg_hits: dict[str, pd.DataFrame] = {}
    for aspect in ASPECTS:
        rows = mn[mn["aspect"] == aspect]
        neg = rows[rows["polarity"] < 0]
        pos = rows[rows["polarity"] > 0]
        neg_hits[aspect] = neg
        cols += [_indicator(ids, neg["review_id"]), _indicator(ids, pos["review_id"])]
        names += [(aspect, "neg"), (aspect, "pos")]
    X = np.column_stack(cols).astype(float)
    Xc = X - X.mean(axis=0)
    yc = y - y.mean()
    beta = np.linalg.solve(Xc.T @ Xc + RIDGE * np.eye(X.shape[1]), Xc.T @ yc)
    delta_p = X[during].mean(axis=0) - X[~during].mean(axis=0)
    out = []
    n1, n0 = int(during.sum()), int((~during).sum())
    fits = []
    for a, aspect in enumerate(ASPECTS):
        neg_col, pos_col = 2 * a, 2 * a + 1
        stars = float(beta[neg_col] * delta_p[neg_col] + beta[pos_col] * delta_p[pos_col])
        k1, k0 = int(X[during, neg_col].sum()), int(X[~during, neg_col].sum())
        fits.append((aspect, stars, k1, k0, _prop_z(k1, n1, k0, n0), stars / change))
    # the level is shared by the aspects that could be named at all (enough complaints, a large
    # enough share): an aspect nobody complained about more spends none of it
    needed = z_needed(max(1, sum(k1 >= MIN_MENTIONS and share >= MIN_CAUSE_SHARE
                                 for _a, _s, k1, _k0, _z, share in fits)))
    for aspect, stars, k1, k0, z, share in fits:
        if k1 < MIN_MENTIONS or z < needed or share < MIN_CAUSE_SHARE:
            continue
        neg = neg_hits[aspect]
        ranked, quoted = quotes.rank(zip(neg["review_id"].astype(int), neg["sentence"].astype(int),
                                         neg["term"], neg["polarity"].astype(float)))
        out.append(Cause("aspect", aspect, round(min(share, 1.0), 3), round(stars, 3), "complaints",
                         round(k0 / n0, 3), round(k1 / n1, 3), wilson(k0, n0), wilson(k1, n1),
                         k0, k1, round(z, 2), ranked, quoted, _top_terms(neg["term"])))
    return out


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


def _term_causes(period: Period, y: np.ndarray, during: np.ndarray, change: float,
                 quotes: _QuoteBook) -> list[Cause]:
    """The owner's dishes and staff with more complaints than before."""
    mn = period.mentions
    if mn.empty:
        return []
    ids = period.reviews["id"].to_numpy(np.int64)
    n1, n0 = int(during.sum()), int((~during).sum())
    out = []
    for kind, names in (("dish", period.dishes), ("staff", period.staff)):
        canonical = {n.casefold(): n for n in names}
        rows = mn[(mn["aspect"] == kind) & (mn["polarity"] < 0) & mn["term"].notna()]
        if rows.empty:
            continue
        rows = rows.assign(name=rows["term"].map(lambda t: canonical.get(str(t).casefold(), str(t))))
        tested = rows["name"].nunique()
        for name, group in rows.groupby("name"):
            x = _indicator(ids, group["review_id"])
            k1, k0 = int(x[during].sum()), int(x[~during].sum())
            z = _prop_z(k1, n1, k0, n0)
            stars = _single(y, during, x)
            share = stars / change
            if k1 < MIN_MENTIONS or z < z_needed(tested) or share < MIN_CAUSE_SHARE:
                continue
            ranked, quoted = quotes.rank(zip(group["review_id"].astype(int), group["sentence"].astype(int),
                                             group["term"], group["polarity"].astype(float)))
            out.append(Cause(kind, str(name), round(min(share, 1.0), 3), round(stars, 3), "complaints",
                             round(k0 / n0, 3), round(k1 / n1, 3), wilson(k0, n0), wilson(k1, n1),
                             k0, k1, round(z, 2), ranked, quoted, _top_terms(group["term"])))
    return out


def _families(rv: pd.DataFrame) -> list[tuple[str, pd.Series]]:
    fams: list[tuple[str, pd.Series]] = []
    if "weekday" in rv:
        fams.append(("weekday", rv["weekday"].map(lambda d: WEEKDAYS[int(d)] if pd.notna(d) else None)))
    if "hour" in rv and rv["hour"].notna().any():
        fams.append(("daypart", rv["hour"].map(daypart)))
    if "source" in rv:
        fams.append(("platform", rv["source"]))
    if "language" in rv:
        # "unknown" is a text too short to tell (or none), not a group of visitors
        fams.append(("language", rv["language"].map(lambda v: None if v == UNKNOWN_LANGUAGE else v)))
    for col, yes, no in (("first_time", "first_time", "returning"),
                         ("known_customer", "known_customer", None),
                         ("no_history", "no_history", None)):
        if col in rv and rv[col].notna().any():
            fams.append(("reviewer", rv[col].map(lambda v, yes=yes, no=no: yes if v is True else (no if v is False else None))))
    return fams


def _group_causes(period: Period, y: np.ndarray, during: np.ndarray, change: float,
                  quotes: _QuoteBook) -> list[Cause]:
    rv = period.reviews
    sigma = float(np.std(y, ddof=1)) or 1.0
    ids = rv["id"].to_numpy(np.int64)
    n1, n0 = int(during.sum()), int((~during).sum())
    mean0 = y[~during].mean()
    out: list[Cause] = []
    for kind, values in _families(rv):
        v = values.to_numpy(object)
        names = sorted({x for x in v if x is not None and x == x}, key=str)
        weekend = kind == "weekday" and {"saturday", "sunday"} <= set(names)
        needed = z_needed(len(names) + (1 if weekend else 0))
        known = np.array([x is not None and x == x for x in v], dtype=bool)
        for name in names:
            g = v == name
            # compared with the other reviews whose value is known (not with reviews of unknown language)
            cause = _within_cause(kind, str(name), g, y, during, change, sigma, needed, ids, quotes,
                                  rest=known & ~g)
            if cause is not None:
                out.append(cause)
                continue
            d1, d0 = g & during, g & ~during
            if kind in ("language", "platform") and d1.sum() >= MIN_MENTIONS and d0.sum() >= MIN_GROUP_BEFORE:
                k1, k0 = int(d1.sum()), int(d0.sum())
                mix = (k1 / n1 - k0 / n0) * (y[d0].mean() - mean0)
                z = _prop_z(k1, n1, k0, n0)
                share = mix / change
                if z >= needed and share >= MIN_CAUSE_SHARE:
                    ranked, quoted = quotes.rank(_star_hits(ids, y, d1))
                    out.append(Cause(kind, str(name), round(min(share, 1.0), 3), round(mix, 3), "mix",
                                     round(k0 / n0, 3), round(k1 / n1, 3), wilson(k0, n0), wilson(k1, n1),
                                     k0, k1, round(z, 2), ranked, quoted))
        if weekend and not any(c.kind == "weekday" and c.name in WEEKEND_DAYS for c in out):
            out += _weekend_causes(v, y, during, change, sigma, needed, ids, quotes)
    return out


WEEKEND_DAYS = ("saturday", "sunday")
"""A problem of the whole weekend is tested as one group (each day alone compares Saturday with
a rest that holds the Sunday that fell too, and misses it); it is named as its days."""


def _star_hits(ids: np.ndarray, y: np.ndarray, mask: np.ndarray) -> list[tuple[int, None, None, float]]:
    return [(int(i), None, None, float(s) - 5.0) for i, s in zip(ids[mask], y[mask])]


def _within_cause(kind: str, name: str, g: np.ndarray, y: np.ndarray, during: np.ndarray, change: float,
                  sigma: float, needed: float, ids: np.ndarray, quotes: _QuoteBook,
                  rest: np.ndarray | None = None) -> Cause | None:
    """The group ``g`` (a mask over the reviews) as a "within" cause: it fell
    significantly more than ``rest`` (the other reviews by default), by a
    difference-in-differences z of at least ``needed``. The rest needs as
    many reviews as a cause does: a group compared with almost nobody (the
    café's one language, against three reviews the detector misread) is
    everyone, not a cause."""
    rest = ~g if rest is None else rest
    d1, d0 = g & during, g & ~during
    r1, r0 = rest & during, rest & ~during
    if min(d1.sum(), r1.sum()) < MIN_MENTIONS or min(d0.sum(), r0.sum()) < MIN_GROUP_BEFORE:
        return None
    n1 = int(during.sum())
    dd = (y[d1].mean() - y[d0].mean()) - (y[r1].mean() - y[r0].mean())
    overall = float(y[during].mean() - y[~during].mean())
    excess = (shrunk_shift(float(y[d1].mean() - y[d0].mean()), int(d1.sum()), int(d0.sum()), overall)
              - shrunk_shift(float(y[r1].mean() - y[r0].mean()), int(r1.sum()), int(r0.sum()), overall))
    within = excess_stars(d1.sum() / n1, excess)
    se = sigma * math.sqrt(1 / d1.sum() + 1 / d0.sum() + 1 / r1.sum() + 1 / r0.sum())
    z = -dd / se
    share = within / change
    if z < needed or share < MIN_CAUSE_SHARE:
        return None
    ranked, quoted = quotes.rank(_star_hits(ids, y, d1))
    return Cause(kind, name, round(min(share, 1.0), 3), round(within, 3), "within",
                 round(float(y[d0].mean()), 2), round(float(y[d1].mean()), 2),
                 _mean_ci(y[d0]), _mean_ci(y[d1]), int(d0.sum()), int(d1.sum()), round(z, 2), ranked, quoted)


def shrunk_shift(shift: float, n_during: int, n_before: int, overall: float) -> float:
    """A group's change in average stars (during minus before), shrunk
    towards ``overall`` (every review's change) by how few reviews measure
    it: the posterior mean under a prior worth :data:`GROUP_PRIOR_REVIEWS`
    reviews, with the group's effective size ``1 / (1/n_during + 1/n_before)``
    (the reciprocal of the variance of its difference, in units of one
    review's). Five reviews that happen to be glowing no longer make the
    other 95 % "the cause"; two hundred keep almost all of their own change."""
    if n_during <= 0 or n_before <= 0:
        return overall
    size = 1.0 / (1.0 / n_during + 1.0 / n_before)
    return overall + (shift - overall) * size / (size + GROUP_PRIOR_REVIEWS)


def excess_stars(share: float, excess_shift: float) -> float:
    """The stars of the change a group explains: its share of the drop
    period's reviews times how much more it fell than the other reviews
    (both against the period before; negative for a fall). Counting the
    group's whole fall instead would credit a group that holds nearly every
    review (the café's one language, against a few reviews misread as
    another) with the whole drop, and a group that fell with everyone else
    with a part of what the real cause did."""
    return float(share * excess_shift)


def _weekend_causes(v: np.ndarray, y: np.ndarray, during: np.ndarray, change: float, sigma: float,
                    needed: float, ids: np.ndarray, quotes: _QuoteBook) -> list[Cause]:
    """Saturday and Sunday as causes when the weekend as a whole fell
    significantly more than Monday to Friday (:data:`WEEKEND_DAYS`): each day
    with its own share of the change, both with the weekend's z."""
    weekend = np.isin(v, WEEKEND_DAYS)
    whole = _within_cause("weekday", "weekend", weekend, y, during, change, sigma, needed, ids, quotes)
    if whole is None:
        return []
    out = []
    overall = float(y[during].mean() - y[~during].mean())
    rest = ~weekend
    rest_shift = shrunk_shift(float(y[rest & during].mean() - y[rest & ~during].mean()),
                              int((rest & during).sum()), int((rest & ~during).sum()), overall)
    for day in WEEKEND_DAYS:
        g = v == day
        d1, d0 = g & during, g & ~during
        if d1.sum() < 1 or d0.sum() < 1:
            continue
        day_shift = shrunk_shift(float(y[d1].mean() - y[d0].mean()), int(d1.sum()), int(d0.sum()), overall)
        within = excess_stars(d1.sum() / during.sum(), day_shift - rest_shift)
        share = within / change
        if share < MIN_CAUSE_SHARE:
            continue
        ranked, quoted = quotes.rank(_star_hits(ids, y, d1))
        out.append(Cause("weekday", day, round(min(share, 1.0), 3), round(within, 3), "within",
                         round(float(y[d0].mean()), 2), round(float(y[d1].mean()), 2),
                         _mean_ci(y[d0]), _mean_ci(y[d1]), int(d0.sum()), int(d1.sum()), whole.z, ranked, quoted))
    return out


@lru_cache(maxsize=100_000)
def _words(text: str) -> tuple[str, ...]:
    """The lower-cased words of a sentence, numbers left out (cached: the
    same complaint sentences come back in every drop and every report)."""
    return tuple(w.lower() for w in _WORD.findall(text) if not w.isdigit())


@lru_cache(maxsize=100_000)
def _candidate_grams(text: str) -> tuple[tuple[str, str, str], ...]:
    """(phrase, first word, last word) of every word n-gram of a sentence
    that may be a phrase whatever the function words (cached, like :func:`_words`)."""
    words = _words(text)
    out = {}
    for n in range(1, MAX_PHRASE_WORDS + 1):
        for i in range(len(words) - n + 1):
            g = words[i:i + n]
            if (n == 1 and len(g[0]) < MIN_WORD_CHARS) or len(g[0]) < MIN_EDGE_CHARS or len(g[-1]) < MIN_EDGE_CHARS:
                continue
            out.setdefault(" ".join(g), (g[0], g[-1]))
    return tuple((g, a, b) for g, (a, b) in out.items())


def _ngrams(text: str, stop: set[str]) -> set[str]:
    """The phrases of a sentence that neither start nor end with a function word of ``stop``."""
    return {g for g, first, last in _candidate_grams(text) if first not in stop and last not in stop}


def _phrase_causes(period: Period, y: np.ndarray, during: np.ndarray, change: float,
                   quotes: _QuoteBook, taken: Sequence[str]) -> list[Cause]:
    """Complaint phrases that emerged in the drop period, any language."""
    s = period.sentences
    rv = period.reviews
    if s.empty:
        return []
    is_during = dict(zip(rv["id"].astype(int), rv["during"].astype(bool)))
    s = s[s["review_id"].isin(is_during.keys())]
    if s["review_id"].nunique() > PHRASE_MAX_REVIEWS:
        # a fixed, even sample of the reviews: counts of thousands say no more than all of them
        keep = sorted(s["review_id"].unique())[::max(1, s["review_id"].nunique() // PHRASE_MAX_REVIEWS)]
        s = s[s["review_id"].isin(set(keep))]
        sampled = set(keep)
        rv = rv[rv["id"].isin(sampled) | ~rv["id"].isin(set(period.sentences["review_id"]))]
    texts = s["text"].astype(str).tolist()
    # function words are the ones frequent before the drop: a new complaint word is not
    base = [t for t, rid in zip(texts, s["review_id"]) if not is_during[int(rid)]]
    base = base if len(base) >= PHRASE_MIN_BASE_SENTENCES else texts
    doc_freq: Counter[str] = Counter()
    for text in base:
        doc_freq.update(set(_words(text)))
    stop = {w for w, c in doc_freq.items() if c > PHRASE_STOP_SHARE * max(len(base), 1)}
    # the sentences are the complaining ones: a phrase is a candidate when enough reviews
    # of the drop period use it, and only candidates are counted before it
    rows = list(zip(s["review_id"].astype(int), s["idx"].astype(int), texts))
    during_rows = [(rid, idx, text) for rid, idx, text in rows if is_during[rid]]
    neg_reviews: dict[str, dict[bool, set[int]]] = {}
    seen: dict[str, set[int]] = defaultdict(set)
    for rid, _idx, text in during_rows:
        for g in _ngrams(text, stop):
            seen[g].add(rid)
    for g, rids in seen.items():
        if len(rids) >= MIN_MENTIONS:
            neg_reviews[g] = {True: rids, False: set()}
    for rid, _idx, text in rows:
        if not is_during[rid]:
            for g, _first, _last in _candidate_grams(text):
                if g in neg_reviews:
                    neg_reviews[g][False].add(rid)
    prior = {g: sides[True] | sides[False] for g, sides in neg_reviews.items()}
    n1, n0 = int(rv["during"].sum()), int((~rv["during"]).sum())
    scored = []
    for g, sides in neg_reviews.items():
        k1, k0 = len(sides[True]), len(sides[False])
        if k1 < MIN_MENTIONS:
            continue
        # Beta prior centred on the phrase's share of all reviews of both periods
        share = len(prior[g]) / max(n1 + n0, 1)
        a, b = PHRASE_PRIOR * share, PHRASE_PRIOR * (1 - share)
        l1 = math.log((k1 + a) / (n1 - k1 + b))
        l0 = math.log((k0 + a) / (n0 - k0 + b))
        z = (l1 - l0) / math.sqrt(1 / (k1 + a) + 1 / (n1 - k1 + b) + 1 / (k0 + a) + 1 / (n0 - k0 + b))
        if z >= PHRASE_Z:
            scored.append((z, g, sides[True], sides[False]))
    # ties (the same reviews) go to the phrase with the most telling word
    scored.sort(key=lambda t: (-round(t[0], 2), -max(len(w) for w in t[1].split()), t[1]))
    ids = period.reviews["id"].to_numpy(np.int64)
    taken_words = {w for t in taken for w in t.casefold().split()}
    out: list[Cause] = []
    chosen: list[set[int]] = []
    for z, g, rd, r0 in scored:
        if set(g.split()) <= taken_words:
            continue  # "cacio e pepe" is already the dish cause
        if any(len(rd & c) >= 0.6 * min(len(rd), len(c)) for c in chosen):
            continue
        x = _indicator(ids, rd | r0)
        stars = _single(y, during, x)
        share = stars / change
        if share < MIN_CAUSE_SHARE:
            continue
        chosen.append(rd)
        k1, k0 = len(rd), len(r0)
        where = {rid: idx for rid, idx, text in reversed(during_rows) if rid in rd and g in _ngrams(text, stop)}
        ranked, quoted = quotes.rank((rid, where.get(rid), g, -1.0) for rid in rd)
        out.append(Cause("phrase", g, round(min(share, 1.0), 3), round(stars, 3), "complaints",
                         round(k0 / n0, 3), round(k1 / n1, 3), wilson(k0, n0), wilson(k1, n1),
                         k0, k1, round(z, 2), ranked, quoted, (g,)))
        if len(out) >= MAX_PHRASES:
            break
    return out


def weekday_of(times: pd.Series) -> pd.Series:
    """0 = Monday .. 6 = Sunday."""
    return times.dt.day_of_week


def hours_known(times: pd.Series) -> bool:
    """True when the times carry a time of day (not every one at midnight)."""
    t = times.dropna()
    return bool(len(t)) and bool(((t.dt.hour != 0) | (t.dt.minute != 0)).mean() > 0.5)
