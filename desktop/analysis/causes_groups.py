"""Group causes of a rating drop (weekday, daypart, platform, language,
reviewer): the group's share of the drop period's reviews times how much
more it fell than the rest (a difference in differences, :func:`excess_stars`,
each side's change shrunk towards everyone's by how few reviews measure it,
:func:`shrunk_shift`), kept only when that excess is significant; a language
or platform whose lower-rating reviews became more frequent is a change of
mix, reported the same way.

Pure functions over pandas frames and numpy arrays; safe from any thread.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

from desktop.analysis.causes_base import (MIN_CAUSE_SHARE, MIN_MENTIONS, WEEKDAYS, Cause, Period,
                                          _mean_ci, _prop_z, _QuoteBook, daypart, wilson, z_needed)

MIN_GROUP_BEFORE = 3
"""A group needs this many reviews before the drop to be compared at all."""
GROUP_PRIOR_REVIEWS = 6.0
"""Strength (in reviews) of the prior that pulls a small group's change towards everyone's (:func:`shrunk_shift`)."""
UNKNOWN_LANGUAGE = "unknown"
"""The language the detector gives a text it cannot tell (``desktop.analysis.language.UNKNOWN``)."""
WEEKEND_DAYS = ("saturday", "sunday")
"""A problem of the whole weekend is tested as one group (each day alone compares Saturday with
a rest that holds the Sunday that fell too, and misses it); it is named as its days."""


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
