"""Aspect mentions in a parsed text, each with a polarity scoped to its own
clause: opinions go to the nearest aspect term of their clause group; a
term with no opinion of its own borrows from the nearest clause group of
the same sentence not separated by a contrast word; a term still without
an opinion is a *neutral* mention (polarity 0, ``Hit.scored`` is
``LINK_NONE``).

Attribution rules (what a complaint is about):

- An opinion word that implies an aspect (an ``aspect_cues`` word, or a
  duration such as "forty minutes", which implies ``wait``) belongs to that
  aspect's family (``OWNER_FAMILY``): it is never given to a term of
  another family ("our pizzas came forty minutes after we ordered" is about
  the wait, "the pizza was expensive" about the price, not the pizza). The
  cue stands as its own mention unless its sentence names its aspect. So
  does an opinion word that is itself a term ("we waited for our food" is
  no food opinion).
- Of two aspect terms that form one noun phrase ("matcha tiramisu",
  "tiramisù al matcha") only the head counts: the last word where the
  lexicon says ``compound_head: last`` (English, German...), the first
  where it says ``first`` and for a term after a ``modifier_links`` word;
  a food word qualifying a ``venue_words`` word ("a pizza place") names a
  kind of place and is dropped.
- A ``weak`` term ("dinner", "lunch") counts only with an opinion in its
  own clause group: "we came for a birthday dinner" is no food opinion.
- A negator with no opinion word to negate ("not the decor", "the service
  and food were not") is an opinion only on the terms of its own clause
  (``OWN_CLAUSE``).
- ``not_aspects`` phrases ("can't wait", "birthday dinner") are matched and
  dropped, so their words name nothing.

Thread-safety: pure functions; safe from any thread.
"""
from __future__ import annotations

from itertools import accumulate, compress, repeat

from .lexicon import Lexicon
from .matcher import PhraseMatcher
from .sentiment import WAIT_CUE, Parse

LINK_NONE, LINK_OWN, LINK_SHARED, LINK_BORROWED, LINK_CUE, LINK_MODEL = range(6)
"""How a hit got its polarity (``Hit.scored``): no opinion in reach (a
neutral mention); the opinions of its own clause group (alone, or shared
with other terms there); borrowed from a neighbouring clause group; its own
opinion (an implicit cue); read by the language's learned model
(``model.py``) where the lexicon has no opinion word."""
_HARD = frozenset(("sentence", "contrast", "concessive"))
_new = object.__new__
_FAMILY = {"drinks": "food", "dish": "food"}
"""A cue ("delicious") implies its aspect unless its own clause names an
aspect of the same family ("the coffee was delicious" is about drinks)."""
COMPOUND_FAMILY = {"food": "food", "dish": "food", "drinks": "drinks", "drink": "drinks",
                   "service": "service", "wait": "service", "staff": "service",
                   "ambience": "ambience", "cleanliness": "ambience", "price": "price"}
"""Families for noun compounds: "matcha tiramisu" is food, not drinks."""
OWN_CLAUSE = "<own clause>"
"""Owner of a negator with no opinion word to negate ("they never brought
the water", "not the decor", "the service and food were not"): it is an
opinion only on the (not weak) terms of its own clause, never shared beyond
it ("as to my comment about the food, no apology was made" is no food
complaint, "we never ordered from their menu" no menu one)."""
TIMED = "<a duration>"
"""Owner of a duration's opinion ("we waited an hour to be served",
"forty minutes for two coffees"): a complaint about time is a ``wait``
complaint only (issue 12), given to a named wait term of its segment and
to no other term, so it is never also a service one ("served") or a food
one. Other wait cues ("slow") keep the service family ("the waiter was
slow" stays the waiter's)."""
OWNER_FAMILY = {"food": "food", "drinks": "food", "dish": "food", "drink": "food",
                "service": "service", "wait": "service", "staff": "service",
                "ambience": "ambience", "cleanliness": "ambience", "price": "price"}
"""Families for cue ownership: a cue's opinion may go to a term of its own
family only ("the waiter was slow" is about the waiter; "the wine was
expensive" is not about the wine)."""


class Hit:
    """One aspect phrase: tokens ``start:end`` of clause ``clause``."""

    __slots__ = ("aspect", "start", "end", "implicit", "clause", "polarity", "scored", "weak", "timed")

    def __init__(self, aspect: str, start: int, end: int, implicit: bool, clause: int,
                 weak: bool = False, timed: bool = False) -> None:
        self.aspect = aspect
        self.start = start
        self.end = end
        self.implicit = implicit
        self.clause = clause
        self.polarity = 0.0
        self.scored = LINK_NONE
        self.weak = weak
        self.timed = timed  # a duration ("forty minutes"): see TIMED


def find_hits(p: Parse, extra: PhraseMatcher | None = None, lex: Lexicon | None = None) -> list[Hit]:
    """Aspect terms and cues found while parsing (``not_aspects`` blockers
    left out); the owner's ``extra`` terms (payload ``"dish"``/``"staff"``/...)
    are matched first and win overlaps. With ``lex``, the modifiers of noun
    phrases are dropped as :func:`drop_modifiers` says."""
    hits: list[Hit] = []
    if not extra:
        venues = links = None
        if lex is not None:
            venues = lex.venue_words
            links = lex.modifier_links
            head_last = lex.compound_head_last
        tokens = p.tokens
        n = len(tokens)
        prev = None  # the last named term kept
        # == [Hit(cue.aspect, s, e, cue.implicit, c, cue.weak) ...] without a
        # Python __init__ call per hit, and drop_modifiers inlined (hot path)
        for s, e, cue, c in p.hits:
            a = cue.aspect
            if not a:
                continue
            implicit = cue.implicit
            if not implicit and lex is not None:
                if venues and (tokens[e] in venues if head_last and e < n else not head_last and s > 0 and (
                        tokens[s - 1] in venues or (s > 1 and tokens[s - 1] in links and tokens[s - 2] in venues))):
                    continue
                if (prev is not None and prev.clause == c and e - s == 1 and prev.end - prev.start == 1
                        and a != "wait" and prev.aspect != "wait" and not cue.weak and not prev.weak
                        and COMPOUND_FAMILY.get(a, a) != COMPOUND_FAMILY.get(prev.aspect, prev.aspect)):
                    gap = s - prev.end
                    if gap == 0:
                        if not head_last:
                            continue
                        hits.remove(prev)
                    elif gap <= 2 and links and " ".join(tokens[prev.end:s]) in links:
                        continue
            h = _new(Hit)
            h.aspect = a
            h.start = s
            h.end = e
            h.implicit = implicit
            h.clause = c
            h.polarity = 0.0
            h.scored = LINK_NONE
            h.weak = cue.weak
            h.timed = cue is WAIT_CUE
            hits.append(h)
            if not implicit:
                prev = h
        return hits
    taken: set[int] = set()
    for s, e, aspect in extra.scan(p.tokens):
        hits.append(Hit(aspect, s, e, False, p.clause_at(s)))
        taken.update(range(s, e))
    for s, e, cue, c in p.hits:
        if cue.aspect and taken.isdisjoint(range(s, e)):
            hits.append(Hit(cue.aspect, s, e, cue.implicit, c, cue.weak, cue is WAIT_CUE))
    hits.sort(key=lambda h: h.start)
    if lex is not None and (len(hits) > 1 or lex.venue_words):
        hits = drop_modifiers(p, hits, lex.compound_head_last, lex.modifier_links, lex.venue_words)
    return hits


def drop_modifiers(p: Parse, hits: list[Hit], head_last: bool, links: frozenset[str],
                   venues: frozenset[str] = frozenset()) -> list[Hit]:
    """Of two one-word named terms of different families forming one noun
    phrase (``wait`` terms, mostly verbs, and weak terms excepted), keep
    the head: adjacent terms ("matcha tiramisu": the last one when
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
                and "wait" not in (prev.aspect, h.aspect)  # waits are verbs and durations
                and not prev.weak and not h.weak):  # "prijs kwaliteit": two things
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
    named in its sentence (a drink counts as food there). Returns the kept
    hits, in token order.

    This is a hot path: segments (clause groups) are numbered once, and the
    short lists here are built with plain loops (a comprehension costs a
    function call each time)."""
    if not hits:
        return hits
    opinions = p.opinions
    if not opinions:
        return hits  # nothing to attribute: every hit is a neutral mention
    named = []
    cues = None
    add = named.append
    for h in hits:
        if h.implicit:
            if cues is None:
                cues = [h]
            else:
                cues.append(h)
        else:
            add(h)
    fam = OWNER_FAMILY.get
    # Opinions owned by one family (position -> family): a cue's, a dangling
    # negator's (service), and one sitting on a term when there are several.
    owner: dict[int, str] | None = None
    dangling = p.dangling
    if cues is not None or dangling:
        owner = {}
        for x in dangling:
            owner[x] = OWN_CLAUSE
        if cues is not None:
            for h in cues:
                f = TIMED if h.timed else fam(h.aspect, h.aspect)
                for x in range(h.start, h.end):
                    owner[x] = f
    kinds = p.clause_kind
    if len(kinds) == 1:
        seg_of = None
        seg_ops = [None, opinions]
        hard = (False, True)
    else:
        # Segment numbers from 1 (index 0 of seg_ops and hard is unused).
        hard = list(map(_HARD.__contains__, kinds))  # C-level: no comprehension frame
        starts = hard.copy()
        starts[0] = True
        for h in named:
            starts[h.clause] = True
        seg_of = list(accumulate(starts))
        n_seg = seg_of[-1]
        hard = [False] + list(compress(hard, starts))
        if n_seg == 1:
            seg_ops = [None, opinions]
        else:
            seg_ops = [None]
            seg_ops += map(list, repeat((), n_seg))  # n_seg new empty lists, at C speed
            for o in opinions:
                seg_ops[seg_of[o[2]]].append(o)
    # Named terms, segment by segment.
    unscored = None
    term_owned = len(named) < 2  # see _own_term_opinions
    k = 0
    n_named = len(named)
    while k < n_named:
        h = named[k]
        k2 = k + 1
        if seg_of is None:
            seg = 1
            k2 = n_named
        else:
            seg = seg_of[h.clause]
            while k2 < n_named and seg_of[named[k2].clause] == seg:
                k2 += 1
        ops = seg_ops[seg]
        if k2 - k == 1:  # the common case: one term, weight 1 / (1 + distance)
            start, end = h.start, h.end
            num = den = 0.0
            if owner is None:
                for i, sc, _c in ops:
                    w = 1.0 / (1.0 + (start - i if i < start else i - end + 1 if i >= end else 0))
                    num += w * sc
                    den += w
            else:
                f = fam(h.aspect, h.aspect)
                get = owner.get
                for i, sc, oc in ops:
                    g = get(i)
                    if (g is not None and g != f and (g is not OWN_CLAUSE or oc != h.clause or h.weak)
                            and (g is not TIMED or h.aspect != "wait")):
                        continue
                    w = 1.0 / (1.0 + (start - i if i < start else i - end + 1 if i >= end else 0))
                    num += w * sc
                    den += w
            if den:
                h.polarity, h.scored = num / den, LINK_OWN
            elif unscored is None:
                unscored = [h]
            else:
                unscored.append(h)
        else:
            group = named[k:k2]
            if ops:
                if not term_owned:
                    owner = _own_term_opinions(named, opinions, owner)
                    term_owned = True
                _attribute(group, ops, owner)
            for x in group:
                if not x.scored:
                    if unscored is None:
                        unscored = [x]
                    else:
                        unscored.append(x)
        k = k2
    if unscored is not None and seg_of is not None:
        if not term_owned:
            owner = _own_term_opinions(named, opinions, owner)
            term_owned = True
        for h in unscored:
            f = fam(h.aspect, h.aspect)
            borrowed = _borrow(seg_of[h.clause], seg_ops, hard, owner, f, h.aspect == "wait")
            if borrowed is not None:
                h.polarity, h.scored = borrowed, LINK_BORROWED
    p.owned = owner
    p.named = None if term_owned else named  # see sentiment.owned_opinions
    if cues is None:
        for h in named:
            if h.weak and h.scored != LINK_OWN and h.scored != LINK_SHARED:
                h.polarity, h.scored = 0.0, LINK_NONE
        return hits
    # A cue is dropped when its sentence names its aspect; a drink also names
    # food ("the coffee was delicious" is about the coffee). Cues are few:
    # plain scans beat building sets.
    csent = p.clause_sent
    family = _FAMILY.get
    kept = []
    for h in hits:
        if not h.implicit:
            if h.weak and h.scored != LINK_OWN and h.scored != LINK_SHARED:
                h.polarity, h.scored = 0.0, LINK_NONE
            kept.append(h)
            continue
        a = h.aspect
        k = csent[h.clause]
        named_it = False
        for x in named:
            if csent[x.clause] == k and (x.aspect == a or family(x.aspect) == a):
                named_it = True
                break
        if named_it:
            continue
        start, end = h.start, h.end
        for o in opinions:  # its own opinion: the first inside its words
            if start <= o[0] < end:
                h.polarity, h.scored = o[1], LINK_CUE
                break
        kept.append(h)
    return kept


def owned_opinions(p: Parse) -> dict[int, str] | None:
    """``p.owned`` complete: with the opinions that sit on a named term,
    which ``score_hits`` adds only where it needs them."""
    if p.named is not None:
        p.owned = _own_term_opinions(p.named, p.opinions, p.owned)
        p.named = None
    return p.owned


def _own_term_opinions(named: list[Hit], opinions: list[tuple[int, float, int]],
                       owner: dict[int, str] | None) -> dict[int, str] | None:
    """``owner`` plus the opinions that sit on a named term ("we waited",
    "the mess"): they belong to that term's family, so "we waited for our
    food" is not about the food. Needed only where terms share or borrow
    opinions; a lone term takes the opinions of its own segment anyway."""
    on_term = {}
    for h in named:
        if h.end - h.start == 1:
            on_term[h.start] = h.aspect
        else:
            for x in range(h.start, h.end):
                on_term[x] = h.aspect
    for o in opinions:
        a = on_term.get(o[0])
        if a is not None:
            if owner is None:
                owner = {}
            if o[0] not in owner:
                owner[o[0]] = OWNER_FAMILY.get(a, a)
    return owner


def _eligible(i: int, owner: dict[int, str] | None, family: str, op_clause: int = -1,
              term_clause: int = -2, wait_term: bool = False) -> bool:
    """Whether a term of ``family`` in ``term_clause`` may take the opinion
    at token ``i`` of ``op_clause`` (a duration's only when ``wait_term``)."""
    if owner is None:
        return True
    f = owner.get(i)
    return (f is None or f == family or (f is OWN_CLAUSE and op_clause == term_clause)
            or (wait_term and f is TIMED))


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
    for i, sc, oc in ops:
        f_op = owner.get(i) if owner is not None else None
        best = -1
        best_key = best_d = 0
        for k, h in enumerate(shits):
            if (f_op is not None and fams[k] != f_op and (f_op is not OWN_CLAUSE or h.clause != oc or h.weak)
                    and (f_op is not TIMED or h.aspect != "wait")):
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
        for i, sc, oc in ops:
            if _eligible(i, owner, fams[k], oc, -2 if h.weak else h.clause, h.aspect == "wait"):
                total += sc
                n += 1
        if n:
            h.polarity, h.scored = total / n, LINK_SHARED


def _seg_mean(ops: list[tuple[int, float, int]], owner: dict[int, str] | None,
              family: str, wait_term: bool = False) -> float | None:
    total = 0.0
    n = 0
    for i, sc, _c in ops:
        if owner is None or _eligible(i, owner, family, wait_term=wait_term):
            total += sc
            n += 1
    return total / n if n else None


def _borrow(seg: int, seg_ops: list[list[tuple[int, float, int]]], hard: list[bool],
            owner: dict[int, str] | None, family: str, wait_term: bool = False) -> float | None:
    """Mean opinion (that ``family`` may take) of the nearest segment within
    the sentence, not crossing a contrast word (the next segment wins a
    tie). Segments are numbered from 1; ``hard[s]`` says segment s starts
    a sentence or a contrast."""
    n = len(seg_ops)
    right = left = None
    s = seg + 1
    while s < n and not hard[s]:
        m = _seg_mean(seg_ops[s], owner, family, wait_term)
        if m is not None:
            right = (s, m)
            break
        s += 1
    if not hard[seg]:
        s = seg - 1
        while s >= 1:
            m = _seg_mean(seg_ops[s], owner, family, wait_term)
            if m is not None:
                left = (s, m)
                break
            if hard[s]:
                break
            s -= 1
    if right is not None and (left is None or right[0] - seg <= seg - left[0]):
        return right[1]
    return left[1] if left is not None else None


__all__ = ["Hit", "find_hits", "drop_modifiers", "score_hits", "owned_opinions", "LINK_NONE", "LINK_OWN",
           "LINK_SHARED", "LINK_BORROWED", "LINK_CUE", "LINK_MODEL", "OWNER_FAMILY"]
