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
from functools import lru_cache
from typing import Sequence

import numpy as np
import pandas as pd

# the records, thresholds and group causes live below this module; the names its callers and
# tests use are importable from here as before
from desktop.analysis.causes_base import (  # noqa: F401
    ASPECTS, CAUSE_Z, MIN_CAUSE_SHARE, MIN_MENTIONS, THIN_MENTIONS, WEEKDAYS, Cause, Period, _indicator,
    _prop_z, _QuoteBook, _single, _top_terms, wilson, z_needed)
from desktop.analysis.causes_groups import (  # noqa: F401
    GROUP_PRIOR_REVIEWS, WEEKEND_DAYS, _group_causes, _weekend_causes, _within_cause, excess_stars,
    shrunk_shift)

RIDGE = 2.0
"""Ridge penalty (in reviews) of the aspect fit: small samples shrink towards no effect."""
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
_WORD = re.compile(r"\w+(?:['’-]\w+)*", re.UNICODE)


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


