"""Aspect mentions in a parsed text, each with a polarity scoped to its own
clause: opinions go to the nearest aspect term of their clause group; a
term with no opinion of its own borrows from the nearest clause group of
the same sentence not separated by a contrast word; a term still without
an opinion is a *neutral* mention (polarity 0, ``Hit.scored`` is
``LINK_NONE``).

Attribution rules (what a complaint is about):

- An opinion word that implies an aspect (an ``aspect_cues`` word, or a
  duration such as "forty minutes", which implies ``wait``) belongs to that
  aspect's family: it is never given to a term of another family ("our
  pizzas came forty minutes after we ordered" is about the wait, "the pizza
  was expensive" about the price, not the pizza). The cue stands as its own
  mention unless its sentence names its aspect.
- Of two aspect terms that form one noun phrase ("matcha tiramisu",
  "tiramisù al matcha") only the head counts: the last word where the
  lexicon says ``compound_head: last`` (English, German...), the first
  where it says ``first`` and for a term after a ``modifier_links`` word.
- A ``weak`` term ("dinner", "lunch") counts only with an opinion in its
  own clause group: "we came for a birthday dinner" is no food opinion.
- A negator with no opinion word to negate ("they did not bring water")
  is a service complaint (``DANGLING_FAMILY``), not one about the water.
- ``not_aspects`` phrases ("can't wait", "birthday dinner") are matched and
  dropped, so their words name nothing.

Thread-safety: pure functions; safe from any thread.
"""
from __future__ import annotations

from .matcher import PhraseMatcher
from .sentiment import Parse

LINK_NONE, LINK_OWN, LINK_SHARED, LINK_BORROWED, LINK_CUE, LINK_MODEL = range(6)
"""How a hit got its polarity (``Hit.scored``): no opinion in reach (a
neutral mention); the opinions of its own clause group (alone, or shared
with other terms there); borrowed from a neighbouring clause group; its own
opinion (an implicit cue); read by the language's learned model
(``model.py``) where the lexicon has no opinion word."""
_HARD = ("sentence", "contrast", "concessive")
_new = object.__new__
_FAMILY = {"drinks": "food", "dish": "food"}
"""A cue ("delicious") implies its aspect unless its own clause names an
aspect of the same family ("the coffee was delicious" is about drinks)."""
COMPOUND_FAMILY = {"food": "food", "dish": "food", "drinks": "drinks", "drink": "drinks",
                   "service": "service", "wait": "service", "staff": "service",
                   "ambience": "ambience", "cleanliness": "ambience", "price": "price"}
"""Families for noun compounds: "matcha tiramisu" is food, not drinks."""
DANGLING_FAMILY = "service"
"""A negator with no opinion word to negate ("they never brought the
water", "no apology") is a complaint about the service, never about the
food or drinks it names."""
OWNER_FAMILY = {"food": "food", "drinks": "food", "dish": "food", "drink": "food",
                "service": "service", "wait": "service", "staff": "service",
                "ambience": "ambience", "cleanliness": "ambience", "price": "price"}
"""Families for cue ownership: a cue's opinion may go to a term of its own
family only ("the waiter was slow" is about the waiter; "the wine was
expensive" is not about the wine)."""


class Hit:
    """One aspect phrase: tokens ``start:end`` of clause ``clause``."""

    __slots__ = ("aspect", "start", "end", "implicit", "clause", "polarity", "scored", "weak")

    def __init__(self, aspect: str, start: int, end: int, implicit: bool, clause: int,
                 weak: bool = False) -> None:
        self.aspect = aspect
        self.start = start
        self.end = end
        self.implicit = implicit
        self.clause = clause
        self.polarity = 0.0
        self.scored = LINK_NONE
        self.weak = weak


def find_hits(p: Parse, extra: PhraseMatcher | None = None) -> list[Hit]:
    """Aspect terms and cues found while parsing (``not_aspects`` blockers
    left out); the owner's ``extra`` terms (payload ``"dish"``/``"staff"``/...)
    are matched first and win overlaps."""
    hits: list[Hit] = []
    if not extra:
        # == [Hit(cue.aspect, s, e, cue.implicit, c, cue.weak) ...] without a
        # Python __init__ call per hit (hot path)
        for s, e, cue, c in p.hits:
            if not cue.aspect:
                continue
            h = _new(Hit)
            h.aspect = cue.aspect
            h.start = s
            h.end = e
            h.implicit = cue.implicit
            h.clause = c
            h.polarity = 0.0
            h.scored = LINK_NONE
            h.weak = cue.weak
            hits.append(h)
        return hits
    taken: set[int] = set()
    for s, e, aspect in extra.scan(p.tokens):
        hits.append(Hit(aspect, s, e, False, p.clause_at(s)))
        taken.update(range(s, e))
    for s, e, cue, c in p.hits:
        if cue.aspect and taken.isdisjoint(range(s, e)):
            hits.append(Hit(cue.aspect, s, e, cue.implicit, c, cue.weak))
    hits.sort(key=lambda h: h.start)
    return hits


def drop_modifiers(p: Parse, hits: list[Hit], head_last: bool, links: frozenset[str],
                   venues: frozenset[str] = frozenset()) -> list[Hit]:
    """Of two one-word named terms of different families forming one noun
    phrase (``wait`` terms excepted: mostly verbs), keep the head: adjacent terms ("matcha tiramisu": the last one when
    ``head_last``, else the first), or a term right after a link word that
    follows another term ("tiramisù al matcha": the first). A term that
    only qualifies a ``venues`` word ("a pizza place", "restaurante de
    sushi") names a kind of place and is dropped too."""
    drop = None
    prev = None
    tokens = p.tokens
    n = len(tokens)
    for h in hits:
        if h.implicit:
            continue
        loser = None
        if venues:
            if head_last:
                if h.end < n and tokens[h.end] in venues:
                    loser = h
            elif h.start > 0 and (tokens[h.start - 1] in venues or (
                    h.start > 1 and tokens[h.start - 1] in links and tokens[h.start - 2] in venues)):
                loser = h
        if (loser is None and prev is not None and prev.clause == h.clause
                and prev.end - prev.start == 1 and h.end - h.start == 1
                and "wait" not in (prev.aspect, h.aspect)):  # waits are verbs and durations
            gap = h.start - prev.end
            if COMPOUND_FAMILY.get(prev.aspect, prev.aspect) != COMPOUND_FAMILY.get(h.aspect, h.aspect):
                if gap == 0:
                    loser = prev if head_last else h
                elif gap <= 2 and links and " ".join(tokens[prev.end:h.start]) in links:
                    loser = h
        if loser is not None:
            if drop is None:
                drop = set()
            drop.add(id(loser))
        prev = h
    if drop is None:
        return hits
    return [h for h in hits if id(h) not in drop]


def score_hits(p: Parse, hits: list[Hit]) -> list[Hit]:
    """Give every hit a polarity and a link (``Hit.scored``); see the module
    docstring for the rules. An implicit cue is dropped when its aspect is
    named in its sentence, or its family (drinks count as food) in its own
    clause. Returns the kept hits, in token order.

    Hits and opinions are both in token order, so segments (clause groups)
    are walked with two pointers instead of grouping into dicts (this is a
    hot path). The short lists here are built with loops: a comprehension
    costs a function call each time."""
    if not hits:
        return hits
    opinions = p.opinions
    named = []
    cues = []
    for h in hits:
        (cues if h.implicit else named).append(h)
    if not opinions:
        return hits  # nothing to attribute: every hit is a neutral mention
    kinds = p.clause_kind
    # Segments: a new one at each hard boundary and at each clause with a term.
    if len(kinds) == 1:
        seg_of = [0]
        hard = [True]
    else:
        hit_clauses = set()
        for h in named:
            hit_clauses.add(h.clause)
        seg_of = []
        hard = []
        seg = -1
        for c, kind in enumerate(kinds):
            if kind in _HARD:
                seg += 1
                hard.append(True)
            elif c in hit_clauses or seg < 0:
                seg += 1
                hard.append(False)
            seg_of.append(seg)
    # Opinions owned by a cue's family (position -> family).
    owner: dict[int, str] | None = None
    fam = OWNER_FAMILY.get
    if cues or p.dangling:
        owner = {}
        for x in p.dangling:
            owner[x] = DANGLING_FAMILY
        for h in cues:
            f = fam(h.aspect, h.aspect)
            for x in range(h.start, h.end):
                owner[x] = f
    if len(named) > 1:
        # A term that is itself an opinion word ("we waited", "the mess")
        # owns that opinion: "we waited for our food" is not about the food.
        on_term = {}
        for h in named:
            for x in range(h.start, h.end):
                on_term[x] = h.aspect
        for o in opinions:
            a = on_term.get(o[0])
            if a is not None:
                if owner is None:
                    owner = {}
                owner.setdefault(o[0], fam(a, a))
    n_seg = seg_of[-1] + 1
    seg_ops: list[list[tuple[int, float, int]]] = [[] for _ in range(n_seg)] if n_seg > 1 else [opinions]
    if n_seg > 1:
        for o in opinions:
            seg_ops[seg_of[o[2]]].append(o)
    # Named terms, segment by segment.
    unscored: list[Hit] = []
    k = 0
    n_named = len(named)
    fam = OWNER_FAMILY.get
    while k < n_named:
        seg = seg_of[named[k].clause]
        k2 = k + 1
        while k2 < n_named and seg_of[named[k2].clause] == seg:
            k2 += 1
        ops = seg_ops[seg]
        if not ops:
            unscored.extend(named[k:k2])
        elif k2 - k == 1 and owner is None:  # the common case: one term, weight 1 / (1 + distance)
            h = named[k]
            start, end = h.start, h.end
            num = den = 0.0
            for i, sc, _c in ops:
                w = 1.0 / (1.0 + (start - i if i < start else i - end + 1 if i >= end else 0))
                num += w * sc
                den += w
            h.polarity, h.scored = num / den, LINK_OWN
        else:
            _attribute(named[k:k2], ops, owner)
            for h in named[k:k2]:
                if not h.scored:
                    unscored.append(h)
        k = k2
    if unscored:
        for h in unscored:
            f = fam(h.aspect, h.aspect)
            borrowed = _borrow(seg_of[h.clause], seg_ops, hard, owner, f)
            if borrowed is not None:
                h.polarity, h.scored = borrowed, LINK_BORROWED
    if cues:
        op_at = {}
        for i, sc, _c in opinions:
            op_at[i] = sc
        # (aspect, sentence) of named terms, and (family, -1 - clause): the
        # negative keys never meet a sentence index.
        csent = p.clause_sent
        named_here = set()
        for h in named:
            named_here.add((h.aspect, csent[h.clause]))
            named_here.add((_FAMILY.get(h.aspect, h.aspect), -1 - h.clause))
        kept = []
        for h in hits:
            if not h.implicit:
                if h.weak and h.scored not in (LINK_OWN, LINK_SHARED):
                    h.polarity, h.scored = 0.0, LINK_NONE
                kept.append(h)
                continue
            if ((h.aspect, csent[h.clause]) in named_here
                    or (_FAMILY.get(h.aspect, h.aspect), -1 - h.clause) in named_here):
                continue  # its sentence names its aspect, or its clause its family
            sc = op_at.get(h.start)
            if sc is None:  # a phrase cue: any opinion inside it
                for x in range(h.start + 1, h.end):
                    sc = op_at.get(x)
                    if sc is not None:
                        break
            if sc is not None:
                h.polarity, h.scored = sc, LINK_CUE
            kept.append(h)
        return kept
    for h in hits:
        if h.weak and h.scored not in (LINK_OWN, LINK_SHARED):
            h.polarity, h.scored = 0.0, LINK_NONE
    return hits


def _eligible(i: int, owner: dict[int, str] | None, family: str) -> bool:
    if owner is None:
        return True
    f = owner.get(i)
    return f is None or f == family


def _attribute(shits: list[Hit], ops: list[tuple[int, float, int]],
               owner: dict[int, str] | None) -> None:
    """Terms of one segment share its opinions: each opinion goes to the
    nearest term that may take it (the earlier one on a tie; a cue's
    opinion only to its own family); a term left without opinions takes
    the mean of those it may take, and stays unscored when there are none.
    """
    acc = []  # loops, not a comprehension or sum(<generator>): see score_hits
    fams = []
    for h in shits:
        acc.append([0.0, 0.0])
        fams.append(OWNER_FAMILY.get(h.aspect, h.aspect))
    for i, sc, _c in ops:
        f_op = owner.get(i) if owner is not None else None
        best = -1
        best_key = best_d = 0
        for k, h in enumerate(shits):
            if f_op is not None and fams[k] != f_op:
                continue
            start = h.start
            d = start - i if i < start else i - h.end + 1 if i >= h.end else 0
            key = 2 * d + (start > i)
            if best < 0 or key < best_key:
                best, best_key, best_d = k, key, d
        if best < 0:
            continue  # a cue's opinion with no term of its family here: the cue keeps it
        w = 1.0 / (1.0 + best_d)
        a = acc[best]
        a[0] += w * sc
        a[1] += w
    for k, (h, (num, den)) in enumerate(zip(shits, acc)):
        if den:
            h.polarity, h.scored = num / den, LINK_SHARED if len(shits) > 1 else LINK_OWN
            continue
        total = 0.0
        n = 0
        for i, sc, _c in ops:
            if _eligible(i, owner, fams[k]):
                total += sc
                n += 1
        if n:
            h.polarity, h.scored = total / n, LINK_SHARED


def _dist(h: Hit, i: int) -> int:
    if i < h.start:
        return h.start - i
    if i >= h.end:
        return i - h.end + 1
    return 0


def _seg_mean(ops: list[tuple[int, float, int]], owner: dict[int, str] | None,
              family: str) -> float | None:
    total = 0.0
    n = 0
    for i, sc, _c in ops:
        if owner is None or _eligible(i, owner, family):
            total += sc
            n += 1
    return total / n if n else None


def _borrow(seg: int, seg_ops: list[list[tuple[int, float, int]]], hard: list[bool],
            owner: dict[int, str] | None, family: str) -> float | None:
    """Mean opinion (that ``family`` may take) of the nearest segment within
    the sentence, not crossing a contrast word (the next segment wins a
    tie). ``hard[s]`` says segment s starts a sentence or a contrast."""
    n = len(seg_ops)
    right = left = None
    s = seg + 1
    while s < n and not hard[s]:
        m = _seg_mean(seg_ops[s], owner, family)
        if m is not None:
            right = (s, m)
            break
        s += 1
    if not hard[seg]:
        s = seg - 1
        while s >= 0:
            m = _seg_mean(seg_ops[s], owner, family)
            if m is not None:
                left = (s, m)
                break
            if hard[s]:
                break
            s -= 1
    if right is not None and (left is None or right[0] - seg <= seg - left[0]):
        return right[1]
    return left[1] if left is not None else None


__all__ = ["Hit", "find_hits", "drop_modifiers", "score_hits", "LINK_NONE", "LINK_OWN",
           "LINK_SHARED", "LINK_BORROWED", "LINK_CUE", "LINK_MODEL", "OWNER_FAMILY"]
