"""Aspect mentions in a parsed text, each with a polarity scoped to its own
clause: opinions go to the nearest aspect term of their clause group; a
term with no opinion of its own borrows from the nearest clause group of
the same sentence not separated by a contrast word.

Thread-safety: pure functions; safe from any thread.
"""
from __future__ import annotations

from .matcher import PhraseMatcher
from .sentiment import Parse

SENTENCE_FALLBACK_WEIGHT = 0.8
"""How much of its sentence's score an opinion-less mention inherits."""
_HARD = ("sentence", "contrast", "concessive")
_new = object.__new__
_FAMILY = {"drinks": "food", "dish": "food"}
"""A cue ("delicious") implies its aspect unless its own clause names an
aspect of the same family ("the coffee was delicious" is about drinks)."""


class Hit:
    """One aspect phrase: tokens ``start:end`` of clause ``clause``."""

    __slots__ = ("aspect", "start", "end", "implicit", "clause", "polarity", "scored")

    def __init__(self, aspect: str, start: int, end: int, implicit: bool, clause: int) -> None:
        self.aspect = aspect
        self.start = start
        self.end = end
        self.implicit = implicit
        self.clause = clause
        self.polarity = 0.0
        self.scored = False


def find_hits(p: Parse, extra: PhraseMatcher | None = None) -> list[Hit]:
    """Aspect terms and cues found while parsing; the owner's ``extra``
    terms (payload ``"dish"``/``"staff"``/...) are matched first and win
    overlaps."""
    if not extra:
        # == [Hit(cue.aspect, s, e, cue.implicit, c) ...] without a Python
        # __init__ call per hit (hot path)
        hits = []
        for s, e, cue, c in p.hits:
            h = _new(Hit)
            h.aspect = cue.aspect
            h.start = s
            h.end = e
            h.implicit = cue.implicit
            h.clause = c
            h.polarity = 0.0
            h.scored = False
            hits.append(h)
        return hits
    hits: list[Hit] = []
    taken: set[int] = set()
    for s, e, aspect in extra.scan(p.tokens):
        hits.append(Hit(aspect, s, e, False, p.clause_at(s)))
        taken.update(range(s, e))
    for s, e, cue, c in p.hits:
        if taken.isdisjoint(range(s, e)):
            hits.append(Hit(cue.aspect, s, e, cue.implicit, c))
    hits.sort(key=lambda h: h.start)
    return hits


def score_hits(p: Parse, hits: list[Hit]) -> list[Hit]:
    """Give every hit a polarity; an implicit cue is dropped when its
    aspect is named explicitly in the same sentence (or its family in the
    same clause). Returns the kept hits, in token order.

    Hits and opinions are both in token order, so segments are walked with
    two pointers instead of grouping into dicts (this is a hot path). The
    short lists here are built with loops: a comprehension costs a function
    call each time."""
    if not hits:
        return hits
    csent = p.clause_sent
    implicit = False
    for h in hits:
        if h.implicit:
            implicit = True
            break
    if implicit:
        # (aspect, sentence) of named terms, and (family, -1 - clause): the
        # negative keys never meet a sentence index.
        explicit = set()
        add = explicit.add
        family = _FAMILY.get
        named = []
        for h in hits:
            if not h.implicit:
                named.append(h)
                a = h.aspect
                add((a, csent[h.clause]))
                add((family(a, a), -1 - h.clause))
        if named:
            kept = []
            for h in hits:
                if not h.implicit or (
                        (h.aspect, csent[h.clause]) not in explicit
                        and (family(h.aspect, h.aspect), -1 - h.clause) not in explicit):
                    kept.append(h)
            hits = kept
    else:
        named = hits
    opinions = p.opinions
    if not opinions:
        return hits  # nothing to attribute; every sentence score is 0 too
    kinds = p.clause_kind
    if len(kinds) == 1:
        seg_of = [0]
        hard = [kinds[0] in _HARD]
        op_segs = [0] * len(opinions)
    else:
        hit_clauses = set()
        for h in named:
            hit_clauses.add(h.clause)
        seg_of = []
        hard = []  # == _hard_starts(p, seg_of)
        seg = -1
        for c, kind in enumerate(kinds):
            if kind in _HARD:
                seg += 1
                hard.append(True)
            elif c in hit_clauses or seg < 0:
                seg += 1
                hard.append(False)
            seg_of.append(seg)
        op_segs = []
        for o in opinions:
            op_segs.append(seg_of[o[2]])
    n_op, n_named = len(opinions), len(named)
    unscored: list[tuple[int, list[Hit]]] = []
    j = k = 0
    while k < n_named:
        seg = seg_of[named[k].clause]
        k2 = k + 1
        while k2 < n_named and seg_of[named[k2].clause] == seg:
            k2 += 1
        while j < n_op and op_segs[j] < seg:
            j += 1
        j2 = j
        while j2 < n_op and op_segs[j2] == seg:
            j2 += 1
        if j2 == j:
            unscored.append((seg, named[k:k2]))
        elif k2 - k == 1:  # the common case: one term, weight 1 / (1 + distance)
            h = named[k]
            start, end = h.start, h.end
            num = den = 0.0
            for i, sc, _c in opinions[j:j2]:
                w = 1.0 / (1.0 + (start - i if i < start else i - end + 1 if i >= end else 0))
                num += w * sc
                den += w
            h.polarity, h.scored = num / den, True
        else:
            _attribute(named[k:k2], opinions[j:j2])
        j, k = j2, k2
    if unscored:
        nseg = seg_of[-1] + 1
        sums = [0.0] * nseg
        counts = [0] * nseg
        for (_i, sc, _c), seg in zip(opinions, op_segs):
            sums[seg] += sc
            counts[seg] += 1
        seg_mean = []
        for x in range(nseg):
            seg_mean.append(sums[x] / counts[x] if counts[x] else None)
        for seg, shits in unscored:
            borrowed = _borrow(p, seg_of, seg, seg_mean, hard)
            if borrowed is not None:
                for h in shits:
                    h.polarity, h.scored = borrowed, True
    if implicit:
        op_at = {}
        for i, sc, _c in opinions:
            op_at[i] = sc
        for h in hits:
            if h.implicit:
                sc = op_at.get(h.start)
                if sc is None:  # a phrase cue: any opinion inside it
                    sc = next((op_at[x] for x in range(h.start, h.end) if x in op_at), None)
                if sc is not None:
                    h.polarity, h.scored = sc, True
    scores, contrast = p.sentence_scores, p.sentence_contrast
    for h in hits:
        if not h.scored:
            x = csent[h.clause]
            if not contrast[x] and scores[x]:
                h.polarity = SENTENCE_FALLBACK_WEIGHT * scores[x]
    return hits


def _attribute(shits: list[Hit], ops: list[tuple[int, float, int]]) -> None:
    """Several terms share a segment: each opinion goes to the nearest term
    (the earlier one on a tie); a term left without opinions takes the
    segment's mean."""
    acc = []  # loops, not a comprehension or sum(<generator>): see score_hits
    for _ in shits:
        acc.append([0.0, 0.0])
    for i, sc, _c in ops:
        # == min(range(len(shits)), key=lambda k: (_dist(shits[k], i), shits[k].start > i))
        best = -1
        best_key = best_d = 0
        for k, h in enumerate(shits):
            start = h.start
            d = start - i if i < start else i - h.end + 1 if i >= h.end else 0
            key = 2 * d + (start > i)
            if best < 0 or key < best_key:
                best, best_key, best_d = k, key, d
        w = 1.0 / (1.0 + best_d)
        a = acc[best]
        a[0] += w * sc
        a[1] += w
    total = 0.0  # == sum(o[1] for o in ops): the same additions
    for o in ops:
        total += o[1]
    mean = total / len(ops)
    for h, (num, den) in zip(shits, acc):
        h.polarity, h.scored = (num / den if den else mean), True


def _dist(h: Hit, i: int) -> int:
    if i < h.start:
        return h.start - i
    if i >= h.end:
        return i - h.end + 1
    return 0


def _borrow(p: Parse, seg_of: list[int], seg: int, seg_mean: list[float | None],
            hard: list[bool] | None = None) -> float | None:
    """Nearest segment's mean opinion within the sentence, not crossing a
    contrast word (the next segment wins a tie). ``hard[s]`` says segment s
    starts a sentence or with a contrast word; computed when not given."""
    if hard is None:
        hard = _hard_starts(p, seg_of)
    n = len(seg_mean)
    right = left = None
    s = seg + 1
    while s < n and not hard[s]:
        if seg_mean[s] is not None:
            right = s
            break
        s += 1
    if not hard[seg]:
        s = seg - 1
        while s >= 0:
            if seg_mean[s] is not None:
                left = s
                break
            if hard[s]:
                break
            s -= 1
    if right is not None and (left is None or right - seg <= seg - left):
        return seg_mean[right]
    return seg_mean[left] if left is not None else None


def _hard_starts(p: Parse, seg_of: list[int]) -> list[bool]:
    hard = [False] * (seg_of[-1] + 1)
    prev = -1
    kinds = p.clause_kind
    for c, s in enumerate(seg_of):
        if s != prev:
            hard[s] = kinds[c] in _HARD
            prev = s
    return hard


__all__ = ["Hit", "find_hits", "score_hits"]
