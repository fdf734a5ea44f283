"""Small learned models that complete the lexicon's reading where it finds
nothing, one optional file per language: ``resources/models/<lang>.json``,
trained by ``tests/benchmarks/train_models.py`` (logistic regressions over
the engine's own reading; see ``resources/models/README.md``). A language
without a file is read by the rules alone (Italian today).

Three linear models over the words of one sentence (unigrams) plus a few
numbers the rules already computed:

- **sentence**: is the sentence positive? Used only where the rules found
  no opinion in it; its answer, ``MODEL_SCORE * (2p - 1)``, becomes the
  sentence's score.
- **family** (food, drinks, service, price, ambience): does the sentence
  express an opinion on a family whose terms the rules linked to no opinion
  (or, where the language's file says so, only loosely: borrowed, shared,
  a cue's own)? Its features are the context words (the terms' own words
  excluded: "the waiter" says nothing about an opinion) and how the rules
  linked the terms (``family_vector``). Rejected: the mentions stay (or
  become) neutral. It never takes an opinion the rules gave to another
  family ("the pizza was expensive" stays a price complaint only), and a
  family with no term at all is never added.
- **polarity**: for a mention the family model accepted, positive or
  negative? Features: the words around the term and the rule score; a
  mention whose sign the model cannot tell takes its sentence's clear sign
  or stays neutral.

What the rules linked is never changed by the sentence or polarity models.

Speed: every word's weights for all seven outputs are packed into one
integer (fixed point, ``FIELD_BITS`` per field plus a count), so a
sentence's sums are one C-level ``sum`` over a ``map`` of dict lookups; a
text the rules read completely costs one loop over its hits.

Threading: models are loaded once under a lock and read-only afterwards;
the functions here are pure. No I/O beyond reading the files once.
"""
from __future__ import annotations

import json
import math
from bisect import bisect_left
import struct
import threading
from dataclasses import dataclass
from typing import Any

from .aspects import LINK_BORROWED, LINK_CUE, LINK_MODEL, LINK_NONE, LINK_SHARED, Hit, owned_opinions
from .resources import resources_dir
from .sentiment import Parse

FAMILIES: tuple[str, ...] = ("food", "drinks", "service", "price", "ambience")
"""The aspect families the models decide on (the benchmarks' scored aspects)."""
FAMILY_OF: dict[str, str] = {
    "food": "food", "dish": "food", "drinks": "drinks", "drink": "drinks",
    "service": "service", "wait": "service", "staff": "service",
    "price": "price", "ambience": "ambience", "cleanliness": "ambience",
}
"""App aspect (and owner term kind) -> model family."""
FIELDS: tuple[str, ...] = ("sentence",) + FAMILIES + ("polarity",)
"""Per-word weights, in packed order."""
SENTENCE_FEATURES: tuple[str, ...] = ("rule", "rule_positive", "rule_negative")
"""Trained on every sentence so that words are weighed beyond the rule
score; applied only where the rules found no opinion (all three are 0)."""
FAMILY_FEATURES: tuple[str, ...] = (
    "hit", "link_none", "link_own", "link_shared", "link_borrowed", "link_cue",
    "abs_polarity", "weak_only", "implicit_only", "n_hits", "n_families", "abs_rule")
POLARITY_FEATURES: tuple[str, ...] = ("rule", "linked", "rule_polarity")
"""Trained on every mention; applied to those without a linked opinion
(``linked`` and ``rule_polarity`` 0)."""
SCALE = 1 << 12
"""Fixed-point scale of packed word weights (weights are rounded to 1/SCALE)."""
FIELD_BITS = 32
OFFSET = 1 << 17
"""Added to every packed field so that sums stay non-negative: a field's sum
over n words is ``n * OFFSET + sum of weights`` (|weight| < OFFSET / SCALE
= 32, n < 2**14 words: a text is cut at MAX_TEXT_CHARS). Narrow fields keep
the integers small, and small integers add faster."""
MAX_SENTENCE_TOKENS = 1 << 14
"""Longer sentences (only in pathological texts) are left to the rules."""
POLARITY_WINDOW = 4
"""Words on each side of a term that the polarity model reads."""
MODEL_SCORE = 0.6
"""A sentence score decided by the model is ``MODEL_SCORE * (2p - 1)``:
weaker than the strongest rule scores, as its evidence is statistical."""
MODEL_SENTENCE_MARGIN = 0.1
"""A sentence the rules found no opinion in is given the sentence model's
score only when the model is this sure (``|2p - 1|``, so 0.2 is p outside
0.4-0.6): a plain statement ("Nous sommes venus pour un dîner
d'anniversaire.") keeps 0."""
_MASK = (1 << FIELD_BITS) - 1
_N = len(FIELDS)
_BYTES = (_N + 1) * FIELD_BITS // 8
_UNPACK = struct.Struct(f"<{_N + 1}I").unpack
_POLARITY_SHIFT = FIELD_BITS * _N


@dataclass(frozen=True)
class Linear:
    """``bias + coefs . features`` (a logistic regression's logit)."""

    bias: float
    coefs: tuple[float, ...]
    threshold: float = 0.0   # accept when the logit is >= this
    loose_threshold: float = -math.inf  # keep a loosely linked family when >= this


class Model:
    """One language's models; immutable after construction."""

    def __init__(self, lang: str, data: dict[str, Any]) -> None:
        self.lang = lang
        self.version = str(data.get("version", "1"))
        words = data.get("words", {})
        packed: dict[str, int] = {}
        for word, weights in words.items():
            packed[word] = pack(weights)
        self.packed = packed
        self.sentence = _linear(data["sentence"], SENTENCE_FEATURES)
        self.families = tuple(_linear(data["families"][f], FAMILY_FEATURES) for f in FAMILIES)
        self.polarity = _linear(data["polarity"], POLARITY_FEATURES)
        self.family_index = {a: FAMILIES.index(f) for a, f in FAMILY_OF.items()}
        # Loosely linked families are checked only if some family's model says so.
        self.loose_links = (LOOSE_LINKS if any(f.loose_threshold != -math.inf for f in self.families)
                            else frozenset())

    def sums(self, tokens: list[str], start: int, end: int) -> tuple[float, ...]:
        """Summed word weights of ``tokens[start:end]``, one per FIELDS."""
        total = sum(filter(None, map(self.packed.get, tokens[start:end])))
        return unpack(total) if total else _ZERO


def _linear(spec: dict[str, Any], names: tuple[str, ...]) -> Linear:
    coefs = spec.get("coefs", {})
    thr = spec.get("threshold", 0.0)
    loose = spec.get("loose_threshold")
    return Linear(float(spec.get("bias", 0.0)), tuple(float(coefs.get(n, 0.0)) for n in names),
                  math.inf if thr is None else float(thr), -math.inf if loose is None else float(loose))


_ZERO = (0.0,) * _N


def pack(weights: list[float] | tuple[float, ...]) -> int:
    """One word's weights (FIELDS order) as a packed integer with count 1."""
    value = 1  # the count, lowest field
    for k, w in enumerate(weights):
        q = int(round(float(w) * SCALE))
        if not -OFFSET < q < OFFSET:  # so that sums of up to 2**14 words stay in their field
            raise ValueError(f"weight {w} out of range")
        value |= (q + OFFSET) << (FIELD_BITS * (k + 1))
    return value


def unpack(total: int) -> tuple[float, ...]:
    """Per-field sums of a sum of packed integers."""
    fields = _UNPACK(total.to_bytes(_BYTES, "little"))
    base = fields[0] * OFFSET
    return tuple((x - base) / SCALE for x in fields[1:])


_LINK_RANK = (0, 4, 2, 1, 3)
"""Rank of each ``aspects.LINK_*`` code: the most telling link of a
family's terms is its feature (own clause > cue > shared > borrowed > none)."""


LOOSE_LINKS = frozenset({LINK_SHARED, LINK_BORROWED, LINK_CUE})
"""Links the family model may overrule: an opinion shared with other terms,
borrowed from a neighbouring clause, or an implicit cue's own."""


def decided(links: list[int]) -> bool:
    """Whether the family model decides a family whose terms have these
    links: none linked, or only loosely (no term with its own clause's
    opinion)."""
    for x in links:
        if x not in LOOSE_LINKS and x != LINK_NONE:
            return False
    return True


def family_vector(links: list[int], pols: list[float], weak: list[bool], implicit: list[bool],
                  n_families: int, rule: float) -> tuple[float, ...]:
    """FAMILY_FEATURES for one family in one sentence, from its hits' links
    (``aspects.LINK_*``), polarities, weak and implicit flags; empty lists
    when the family has no term there."""
    if not links:
        return (0.0,) * 10 + (float(n_families), abs(rule))
    one_hot = [0.0] * 5
    best = 0
    for x in links:
        if _LINK_RANK[x] > _LINK_RANK[best]:
            best = x
    one_hot[best] = 1.0
    strongest = 0.0
    for x in pols:
        if abs(x) > strongest:
            strongest = abs(x)
    return (1.0, *one_hot, strongest, float(all(weak)), float(all(implicit)),
            float(min(len(links), 3)), float(n_families), abs(rule))


def sentence_vector(rule: float) -> tuple[float, float, float]:
    """SENTENCE_FEATURES of a sentence whose rule score is ``rule``."""
    return (rule, 1.0 if rule > 0 else 0.0, 1.0 if rule < 0 else 0.0)


def polarity_vector(rule: float, rule_polarity: float = 0.0) -> tuple[float, float, float]:
    """POLARITY_FEATURES of a mention in a sentence whose rule score is
    ``rule``; ``rule_polarity`` is what the rules linked to it (0: none)."""
    return (rule, 1.0 if rule_polarity else 0.0, rule_polarity)


def logit(lin: Linear, word_sum: float, vector: tuple[float, ...]) -> float:
    z = lin.bias + word_sum
    for c, v in zip(lin.coefs, vector):
        if v:
            z += c * v
    return z


def probability(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def sentence_ranges(p: Parse) -> list[tuple[int, int]]:
    """Token range ``[start, end)`` of each sentence of ``p`` (the end
    includes its sentence-end token, which carries no weights)."""
    starts = []
    prev = -1
    for c, s in enumerate(p.clause_sent):
        if s != prev:
            starts.append(p.clause_start[c])
            prev = s
    ends = starts[1:] + [len(p.tokens)]
    return list(zip(starts, ends))


def _has_event_verb(tokens: list[str], a: int, b: int, narrative: frozenset[str],
                    not_after: frozenset[str]) -> bool:
    """Whether ``tokens[a:b]`` holds a ``narrative`` word not right after a
    ``not_after`` word (which makes it a noun: "el pedido")."""
    for i in range(a, b):
        if tokens[i] in narrative and (i == 0 or tokens[i - 1] not in not_after):
            return True
    return False


def apply(model: Model, p: Parse, hits: list[Hit], narrative: frozenset[str] = frozenset(),
          stopwords: frozenset[str] = frozenset(), not_after: frozenset[str] = frozenset()) -> list[Hit]:
    """Complete the rules' reading with ``model``, in place, where the
    lexicon found nothing: a sentence the rules left without an opinion
    gets the sentence model's score; in a sentence, a family whose terms
    have no opinion linked to them is accepted as an opinion (the polarity
    model gives each term its sign) or left neutral. What the rules linked
    is never changed. Returns ``hits``.

    Subjectivity gate: a sentence the rules found no opinion in that tells
    what happened with one of ``narrative`` (the lexicon's event verbs:
    "we ordered", "nous sommes venus", "мы заказали"), in one clause or with
    only lists of things coordinated to it (:func:`_one_statement`), is a
    plain statement: the models read no opinion in it (no sentence score, no
    opinion on its mentions). The models cannot tell that themselves: their training data
    (M-ABSA) has no sentence without an opinion, so their priors lean
    towards one. A ``narrative`` word right after one of ``not_after`` (the
    lexicon's ``narrative_not_after``: articles and possessives) is a noun,
    not an event verb: "el pedido llegó" is about the order, "hemos pedido"
    tells what we did (issue 12).

    This runs on every text: it returns at once when the rules read every
    sentence and linked every term, and reads only the packed fields it
    needs (:func:`family_logit` equals :func:`logit` over the features;
    tests/analysis/test_model.py checks it)."""
    scores = p.sentence_scores
    index = model.family_index
    open_hits = None  # hits with no firm link: their family may be for the model to decide
    loose_links = model.loose_links
    for h in hits:
        if (not h.scored or h.scored in loose_links) and h.aspect in index:
            if open_hits is None:
                open_hits = [h]
            else:
                open_hits.append(h)
    zero = 0.0 in scores
    if open_hits is None and not zero:
        return hits  # the rules read every sentence and linked every term
    tokens = p.tokens
    get = model.packed.get
    n_sent = len(scores)
    if n_sent == 1:
        todo = ((0, 0, len(tokens), hits),)
    else:
        csent = p.clause_sent
        ranges = sentence_ranges(p)
        need = set()
        if zero:
            for k, sc in enumerate(scores):
                if sc == 0.0:
                    need.add(k)
        if open_hits is not None:
            for h in open_hits:
                need.add(csent[h.clause])
        todo = []
        for k in sorted(need):
            a, b = ranges[k]
            shits = []
            for h in hits:
                if a <= h.start < b:
                    shits.append(h)
            todo.append((k, a, b, shits))
    for k, a, b, shits in todo:
        if b - a > MAX_SENTENCE_TOKENS:
            continue  # beyond what the packed sums hold: the rules' reading stands
        r = scores[k]
        if (not r and narrative and not narrative.isdisjoint(tokens[a:b])
                and (not not_after or _has_event_verb(tokens, a, b, narrative, not_after))
                and _one_statement(p, a, b, shits, stopwords)):
            continue  # one clause telling what happened, no opinion word: a plain statement
        total = sum(filter(None, map(get, tokens[a:b])))
        n = total & _MASK
        base = n * OFFSET
        if not r:
            z = model.sentence.bias + (((total >> FIELD_BITS) & _MASK) - base) / SCALE
            x = 2.0 * probability(z) - 1.0
            if x >= MODEL_SENTENCE_MARGIN or x <= -MODEL_SENTENCE_MARGIN:
                scores[k] = MODEL_SCORE * x
                p.sentence_has_opinion[k] = True
        if open_hits is None or not shits:
            continue
        seen = firm = 0  # bit f: family f has a term / a term with a firm link here
        for h in shits:
            f = index.get(h.aspect)
            if f is not None:
                seen |= 1 << f
                if h.scored and h.scored not in loose_links:
                    firm |= 1 << f
        open_groups = seen & ~firm
        if not open_groups:
            continue
        if r:
            # The rules read an opinion here: the model may give it only to a
            # family it could be about, not re-file what belongs to another
            # ("the pizza was expensive" is no food opinion).
            open_groups &= _claimable(p, a, b)
            if not open_groups:
                continue
        n_fam = seen.bit_count()
        for f in range(5):
            if not open_groups >> f & 1:
                continue
            g = []
            for h in shits:
                if index.get(h.aspect) == f:
                    g.append(h)
            shift = FIELD_BITS * (2 + f)
            # The evidence is the context: the term's own words ("the
            # waiter") say nothing about an opinion on it.
            own = sum(filter(None, map(get, _term_tokens(tokens, g))))
            words = ((total >> shift) & _MASK) - base
            if own:
                words -= ((own >> shift) & _MASK) - (own & _MASK) * OFFSET
            lin = model.families[f]
            zf = family_logit(lin, words / SCALE, g, n_fam, r)
            if g[0].scored or any(h.scored for h in g):  # loosely linked: keep or drop
                if zf < lin.loose_threshold:
                    for h in g:
                        h.polarity, h.scored = 0.0, LINK_NONE
                continue
            if zf < lin.threshold:
                continue
            for h in g:
                pol = _polarity(model, tokens, h.start, h.end, a, b, r)
                if -MODEL_MIN_POLARITY < pol < MODEL_MIN_POLARITY:
                    # the polarity model cannot tell: the sentence's sign, if it has a clear one
                    sc = scores[k]
                    if -MODEL_MIN_POLARITY < sc < MODEL_MIN_POLARITY:
                        continue  # no sign to give: left neutral
                    pol = MODEL_POLARITY * sc
                h.polarity = pol
                h.scored = LINK_MODEL
    return hits


def _one_statement(p: Parse, a: int, b: int, hits: list[Hit], stopwords: frozenset[str]) -> bool:
    """Whether the sentence in tokens ``[a, b)`` is one clause, or one clause
    followed by lists of things joined by a coordinator with no comma before
    it ("we ordered the soup and the fish", "pedimos la sopa y el pescado del
    día"): each later clause holds only ``stopwords``, words of aspect terms
    (``hits``) and at most ``LIST_OTHER_WORDS`` other words. A clause that
    says more ("... and had little taste"), or starts after punctuation or a
    contrast, may hold an opinion the rules cannot read."""
    starts, kinds, tokens = p.clause_start, p.clause_kind, p.tokens
    lo = bisect_left(starts, a)
    hi = bisect_left(starts, b - 1)  # a clause starting at the sentence end token holds nothing
    if hi - lo <= 1:
        return True
    in_terms = set()
    for h in hits:
        if a <= h.start < b:
            in_terms.update(range(h.start, h.end))
    for c in range(lo + 1, hi):
        s = starts[c]
        if kinds[c] != "break" or not tokens[s - 1][:1].isalnum():
            return False
        end = starts[c + 1] if c + 1 < len(starts) else b
        other = 0
        for i in range(s + 1, end):  # the coordinator itself, tokens[s], joins
            w = tokens[i]
            if i not in in_terms and w not in stopwords and w[:1].isalnum():
                other += 1
                if other > LIST_OTHER_WORDS:
                    return False
    return True


LIST_OTHER_WORDS = 1
"""Words other than stopwords and aspect terms that a coordinated clause may
hold and still be a list of things ordered ("el pescado del día"), not a
clause of its own (``_one_statement``)."""


MODEL_POLARITY = 0.5
"""A polarity decided by the polarity model is ``MODEL_POLARITY * (2p - 1)``."""
MODEL_MIN_POLARITY = 0.05
"""...and when that is closer to 0 than this (the model cannot tell praise
from complaint: p between 0.45 and 0.55) the mention takes its sentence's
score times ``MODEL_POLARITY``, or stays neutral if that is as close to 0."""


_OWNER_BITS = {"food": 0b00011, "service": 0b00100, "price": 0b01000, "ambience": 0b10000}
"""Model families (bits in FAMILIES order) an opinion owned by an
``aspects.OWNER_FAMILY`` family may go to."""
_ALL = 0b11111


def _claimable(p: Parse, a: int, b: int) -> int:
    """Families (bits) that some rule opinion in tokens ``[a, b)`` may go to:
    all when one is nobody's own, else the families of its owners."""
    owned = owned_opinions(p)
    if owned is None:
        return _ALL
    bits = 0
    for o in p.opinions:
        if a <= o[0] < b:
            f = owned.get(o[0])
            if f is None:
                return _ALL
            bits |= _OWNER_BITS.get(f, 0)
    return bits


def family_logit(lin: Linear, words: float, g: list[Hit], n_fam: int, rule: float) -> float:
    """The family model's logit for the hits ``g`` of one family in a
    sentence (``words``: its words' summed weights): :func:`logit` over
    :func:`family_vector`, with the common case (no hit linked) inlined."""
    for h in g:
        if h.scored:
            return logit(lin, words, family_vector([x.scored for x in g], [x.polarity for x in g],
                                                   [x.weak for x in g], [x.implicit for x in g], n_fam, rule))
    co = lin.coefs  # FAMILY_FEATURES: hit, link_none, ..., weak_only, implicit_only, n_hits, n_families, abs_rule
    weak = implicit = True
    for h in g:
        weak = weak and h.weak
        implicit = implicit and h.implicit
    n = len(g)
    return (lin.bias + words + co[0] + co[1] + (co[7] if weak else 0.0) + (co[8] if implicit else 0.0)
            + co[9] * (n if n < 3 else 3) + co[10] * n_fam + co[11] * (rule if rule >= 0 else -rule))


def _term_tokens(tokens: list[str], hits: list[Hit]) -> list[str]:
    """The words of ``hits`` (each position once)."""
    seen = set()
    out = []
    for h in hits:
        for i in range(h.start, h.end):
            if i not in seen:
                seen.add(i)
                out.append(tokens[i])
    return out


def _polarity(model: Model, tokens: list[str], start: int, end: int, a: int, b: int,
              rule: float) -> float:
    lo = max(a, start - POLARITY_WINDOW)
    hi = min(b, end + POLARITY_WINDOW)
    total = sum(filter(None, map(model.packed.get, tokens[lo:hi])))
    lin = model.polarity
    words = ((total >> _POLARITY_SHIFT) & _MASK) - (total & _MASK) * OFFSET if total else 0
    z = lin.bias + words / SCALE + lin.coefs[0] * rule
    return MODEL_POLARITY * (2.0 * probability(z) - 1.0)


_lock = threading.Lock()
_cache: dict[str, Model | None] = {}


def models_dir():
    """Folder holding one optional ``<lang>.json`` model per language."""
    return resources_dir() / "models"


def get_model(lang: str) -> Model | None:
    """The language's models, or None when it has none (rules only).
    Loaded once and cached; thread-safe."""
    try:
        return _cache[lang]
    except KeyError:
        pass
    with _lock:
        if lang not in _cache:
            path = models_dir() / f"{lang}.json"
            model = None
            if path.is_file():
                with path.open(encoding="utf-8") as fh:
                    model = Model(lang, json.load(fh))
            _cache[lang] = model
    return _cache[lang]


def clear_cache() -> None:
    """Forget loaded models (and the lexicons that hold them) so the next
    call re-reads the files."""
    from .lexicon import clear_cache as clear_lexicons

    with _lock:
        _cache.clear()
    clear_lexicons()
