"""Fast lexicon sentiment for a tokenised text: sentences, clauses,
negation, intensifiers and contrast, all driven by a
:class:`~.lexicon.Lexicon`. One left-to-right pass over all tokens also
collects aspect phrases and health & safety flags.

Thread-safety: pure functions; safe from any thread.
"""
from __future__ import annotations

from bisect import bisect_right, insort
from itertools import compress
from typing import Any

from .lexicon import ANY_WORD, DURATION, PUNCT, SENTENCE_MARK, AspectCue, Cue, Durations, Lexicon
from .matcher import match_from

NEGATION_FACTOR = -0.6
"""A negated opinion flips and weakens ("not good" is mildly negative)."""
MODIFIER_REACH = 2
"""An intensifier/diminisher affects an opinion at most this many tokens on."""
BEFORE_CONTRAST_WEIGHT = 0.5
"""Weight of a sentence's clauses before a contrast word ("good, *but* slow")."""
AFTER_CONTRAST_WEIGHT = 1.5
"""Weight of the clauses from a contrast word on."""
CONCESSIVE_WEIGHT = 0.5
"""Weight of a concessive clause ("*although* it was slow")."""
EXCLAMATION_BOOST = 0.1
"""Each "!" (up to three) strengthens its sentence's score by this share."""
FLAG_NEGATION_REACH = 2
"""A flag phrase this close after a negator ("didn't get sick") is ignored."""
DANGLING_NEGATION = -0.2
"""Score of a negator that negates no opinion word ("they did not bring
water"): in reviews that is a complaint."""
WAIT_COMPLAINT_MINUTES = 20
"""A wait this long ("forty minutes", "an hour") is a complaint about the wait..."""
WAIT_COMPLAINT_SCORE = -0.5
LONG_WAIT_MINUTES = 45
"""...and this long, a strong one."""
LONG_WAIT_SCORE = -0.7
MAX_WAIT_MINUTES = 240
"""Longer durations ("open 24 hours") are not waits."""
DURATION_REACH = 3
"""Words this close before the number, or after the unit, can make a
duration something else ("30 minutes away", "we spent two hours")."""
NEGATION_REACH_CONTEXT = 3
"""Words before an aspect-bound opinion word ("not long") read as its
negators and intensifiers."""
WAIT_CUE = AspectCue("wait", implicit=True)
"""The aspect of a duration: what it says is about the wait."""
CONTRASTIVE = ("contrast", "concessive")
_new = object.__new__


class Parse:
    """A text, tokenised and scored.

    ``tokens`` are all sentences' tokens, sentences separated by tokens
    ending in whitespace (empty sentences are skipped). Clause c starts at token
    ``clause_start[c]``, belongs to sentence ``clause_sent[c]`` and starts
    with ``clause_kind[c]`` (sentence, punct, break, contrast, concessive).
    ``opinions``: ``(token, score after negation/intensity, clause)``;
    ``dangling``: token positions of the opinions that are negators with no
    opinion word to negate; ``owned``: opinions that belong to one aspect
    family (position -> family, set by ``aspects.score_hits``; while
    ``named`` is set, opinions sitting on those terms are not in it yet: see
    ``aspects.owned_opinions``);
    ``opens_contrast``: sentences after the first that open with a contrast
    word;
    ``hits``: aspect phrases ``(start, end, AspectCue, clause)``; ``flags``:
    flag names found un-negated; ``sentence_scores`` in [-1, 1] (0 for a
    sentence without opinions); ``sentence_has_opinion``,
    ``sentence_contrast`` per sentence. A plain slotted class: it is hot.
    """

    __slots__ = ("tokens", "clause_start", "clause_kind", "clause_sent", "opinions", "dangling", "owned", "named",
                 "opens_contrast", "hits", "flags",
                 "sentence_scores", "sentence_has_opinion", "sentence_contrast", "n_sentences")

    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.clause_start: list[int] = [0]
        self.clause_kind: list[str] = ["sentence"]
        self.clause_sent: list[int] = [0]
        self.opinions: list[tuple[int, float, int]] = []
        self.dangling: list[int] = []
        self.owned: dict[int, str] | None = None
        self.named: list | None = None
        self.opens_contrast: list[int] = []
        self.hits: list[tuple[int, int, Any, int]] = []
        self.flags: list[str] = []
        self.sentence_scores: list[float] = []
        self.sentence_has_opinion: list[bool] = []
        self.sentence_contrast: list[bool] = []
        self.n_sentences = 0

    def clause_at(self, i: int) -> int:
        """Clause index of token ``i``."""
        return bisect_right(self.clause_start, i) - 1


def parse(tokens: list[str], n_sentences: int, lex: Lexicon) -> Parse:
    """Parse ``tokens`` of ``n_sentences`` non-empty sentences (separated by
    tokens ending in whitespace; ``tokens`` must end with one) into clauses, opinions,
    aspect hits and flags. ``Parse.n_sentences`` says how many sentences
    were really found; the caller checks it against ``n_sentences``."""
    # == Parse(tokens) without the __init__ call (hot path); the sentence_*
    # fields are set at the end and by _score_sentences.
    p = _new(Parse)
    p.tokens = tokens
    p.clause_start = starts = [0]
    p.clause_kind = kinds = ["sentence"]
    p.clause_sent = csent = [0]
    p.opinions = opinions = []
    p.dangling = dangling = []
    p.owned = p.named = None
    p.opens_contrast = opens = []
    p.hits = hits = []
    p.flags = []
    exclaims = [0] * n_sentences
    contrast = [False] * n_sentences
    clause = sent = sent_tok = 0
    weighted = False  # any contrast/concessive clause to weight?
    neg_pos, mult_pos, mult = -99, -99, 1.0
    last_neg = -99
    window = lex.negation_window
    lookup = lex.lookup
    next_s = next_a = next_f = 0
    fast = lex._fast
    infos = list(map(fast.get, tokens))  # C-speed pass; None = not seen yet
    # (not ``None in infos``: that calls the dataclass __eq__ of every cue in it)
    if not all(map(fast.__contains__, tokens)):
        fast_lookup = lex.fast_lookup
        for i, info in enumerate(infos):
            if info is None:
                infos[i] = fast_lookup(tokens[i])
    # locals: this loop is the engine's hot path
    _punct, _sentence_mark, _any_word, _match_from = PUNCT, SENTENCE_MARK, ANY_WORD, match_from
    _modifier_reach, _negation_factor, _flag_negation_reach = MODIFIER_REACH, NEGATION_FACTOR, FLAG_NEGATION_REACH
    hits_append, opinions_append = hits.append, opinions.append
    _dangling = DANGLING_NEGATION
    _duration = DURATION
    pending: tuple[int, float, int] | None = None  # a negator still waiting for its opinion
    excess = False  # the pending intensifier is "too"-like
    irony = None  # sentences with an irony marker
    post = False  # a hit the parser must look at again
    _float, _aspect_cue, _cue, _frozenset = float, AspectCue, Cue, frozenset
    # compress: tokens the lexicon knows nothing about are skipped at C speed
    for i, info in compress(enumerate(infos), infos):
        kind = info.__class__
        if kind is _float:  # a one-word opinion (Lexicon.fast_lookup): the scoring below, unwrapped
            if i < next_s:
                continue
            sc = info
            if i - mult_pos <= _modifier_reach:
                sc = -abs(sc) * mult if excess else sc * mult
                mult_pos = -99
            if 0 < i - neg_pos <= window:
                sc *= _negation_factor
                pending = None
            opinions_append((i, -1.0 if sc < -1.0 else 1.0 if sc > 1.0 else sc, clause))
            continue
        if kind is _aspect_cue:  # a one-word aspect term: the aspect plan below, unwrapped
            if i >= next_a:
                next_a = i + 1
                hits_append((i, next_a, info, clause))
                if info.post:
                    post = True
            continue
        if kind is _frozenset:  # only phrases start here: do they go on?
            if tokens[i + 1] not in info:
                continue
            info = lookup(tokens[i])
        if kind is _cue:  # a one-word negator, modifier or boundary: the cue below, unwrapped
            if i < next_s:
                continue
            length, cue = 1, info
        elif info is _punct or info is _sentence_mark:
            if info is _sentence_mark:
                if "!" in tokens[i]:
                    exclaims[sent] += 1
                if i == sent_tok and tokens[i].isspace():  # an empty sentence
                    sent_tok = starts[clause] = i + 1
                    continue
                sent_tok = i + 1
                sent += 1
                if sent >= n_sentences:
                    break
                if i + 1 > starts[clause]:
                    clause += 1
                    starts.append(i + 1)
                    kinds.append("sentence")
                    csent.append(sent)
                else:
                    starts[clause], kinds[clause], csent[clause] = i + 1, "sentence", sent
                next_s = next_a = next_f = i + 1
                if pending is not None:
                    opinions_append(pending)
                    dangling.append(pending[0])
                    pending = None
                neg_pos, mult_pos, last_neg = -99, -99, -99
            elif i >= next_s:
                if tokens[i] == "!":
                    exclaims[sent] += 1
                if i > starts[clause]:
                    clause += 1
                    starts.append(i + 1)
                    kinds.append("punct")
                    csent.append(sent)
                else:
                    starts[clause] = i + 1
                if pending is not None:
                    opinions_append(pending)
                    dangling.append(pending[0])
                    pending = None
                neg_pos, mult_pos = -99, -99
            continue
        else:
            plan = info[1]
            if plan is not None and i >= next_a:
                seconds = plan[1]
                if seconds and (seconds is _any_word or tokens[i + 1] in seconds):
                    m = _match_from(plan[0], tokens, i)
                    if m is not None:
                        next_a = i + m[0]
                        hits_append((i, next_a, m[1], clause))
                        if m[1].post:
                            post = True
                elif plan[2] is not None:  # a one-word term: no (1, payload) tuple
                    next_a = i + 1
                    hits_append((i, next_a, plan[2], clause))
                    if plan[2].post:
                        post = True
            plan = info[2]
            if plan is not None and i >= next_f:
                seconds = plan[1]
                if seconds and (seconds is _any_word or tokens[i + 1] in seconds):
                    m = _match_from(plan[0], tokens, i)
                    if m is not None:
                        next_f = i + m[0]
                        if i - last_neg > _flag_negation_reach and m[1] not in p.flags:
                            p.flags.append(m[1])
                elif plan[2] is not None:
                    next_f = i + 1
                    if i - last_neg > _flag_negation_reach and plan[2] not in p.flags:
                        p.flags.append(plan[2])
            plan = info[0]
            if plan is None or i < next_s:
                continue
            seconds = plan[1]
            if seconds and (seconds is _any_word or tokens[i + 1] in seconds):
                m = _match_from(plan[0], tokens, i)
                if m is None:
                    continue
                length, cue = m
            elif plan[2] is not None:
                length, cue = 1, plan[2]
            else:
                continue
        next_s = i + length
        if cue.boundary is not None:
            if i > starts[clause]:
                clause += 1
                starts.append(i)
                kinds.append(cue.boundary)
                csent.append(sent)
                if hits and hits[-1][0] == i:  # a hit on the boundary word itself
                    h = hits[-1]
                    hits[-1] = (h[0], h[1], h[2], clause)
            elif kinds[clause] in ("sentence", "punct"):
                if sent and cue.boundary == "contrast" and kinds[clause] == "sentence":
                    opens.append(sent)  # "But...", "Purtroppo...": the review turns here
                kinds[clause] = cue.boundary
            if cue.boundary == "contrast":
                contrast[sent] = True
            if cue.boundary != "break":
                weighted = True
                if pending is not None:
                    opinions_append(pending)
                    dangling.append(pending[0])
                    pending = None
            neg_pos, mult_pos = -99, -99
        elif cue.mult is not None:
            if i - mult_pos <= 1:
                mult *= cue.mult
                excess = excess or cue.excess
            else:
                mult, excess = cue.mult, cue.excess
            mult_pos = next_s - 1
        elif cue.irony:
            if irony is None:
                irony = set()
            irony.add(sent)
        elif cue.negator:
            if pending is not None and i - pending[0] > window:  # "ne ... pas" negates once
                opinions_append(pending)
                dangling.append(pending[0])
            neg_pos = last_neg = next_s - 1
            pending = (neg_pos, _dangling, clause)
        elif cue.score:
            sc = cue.score
            if i - mult_pos <= _modifier_reach:
                sc = -abs(sc) * mult if excess else sc * mult
                mult_pos = -99
            if 0 < i - neg_pos <= window:
                sc *= _negation_factor
                pending = None
            opinions_append((i, -1.0 if sc < -1.0 else 1.0 if sc > 1.0 else sc, clause))
    if pending is not None:
        opinions_append(pending)
        dangling.append(pending[0])
    if post:  # a duration unit or an aspect with aspect-bound opinion words
        if lex.durations is not None:
            for h in hits:
                if h[2] is _duration:
                    _durations(p, lex.durations, lex)
                    break
        ao = lex.aspect_opinions
        if ao and not lex.aspect_opinion_words.isdisjoint(tokens):
            for h in hits:
                if h[2].aspect in ao:
                    _aspect_opinions(p, lex)
                    break
    if irony is not None:
        _irony(p, irony)
    p.sentence_contrast = contrast
    p.n_sentences = sent
    _score_sentences(p, n_sentences, exclaims, weighted)
    return p


def _durations(p: Parse, d: Durations, lex: Lexicon) -> None:
    """Waits written as durations ("forty minutes", "un'ora", "полчаса"):
    the parser found their unit words as ``DURATION`` hits; each unit with
    its number (or a ``bare`` unit) becomes an implicit ``wait`` hit, with
    an opinion when the wait is long enough to be a complaint. A unit with
    no number, a negator or a ``not_wait`` word in reach ("not even ten
    minutes", "30 minutes away") is dropped. Opinions are inserted in token
    order."""
    tokens, units, numbers, not_wait = p.tokens, d.units, d.numbers, d.not_wait
    kept = []
    for h in p.hits:
        if h[2] is not DURATION:
            kept.append(h)
            continue
        i = h[0]
        tok = tokens[i]
        unit = units.get(tok)
        values = []
        if unit is None:  # "45-minute", "twenty-minute"
            head, _, tail = tok.rpartition("-")
            unit = units.get(tail)
            v = _number(head, numbers) if unit is not None else None
            if v is None:
                continue
            values.append(v)
        j = i - 1
        while j >= 0 and len(values) < 3:
            v = _number(tokens[j], numbers)
            if v is None:
                break
            values.append(v)
            j -= 1
        if not values and tok not in d.bare:
            continue
        if len(values) > 1 and values[-1] == 1 and values[0] != 1:
            values.pop()  # "an" before "hour and a half" is the article
        amount = 1.0
        if values:
            whole = [v for v in values if v >= 1]
            amount = sum(whole) if whole else 1.0
            for v in values:
                if v < 1:
                    amount *= v
        minutes = amount * unit
        if minutes > MAX_WAIT_MINUTES:
            continue
        near = tokens[max(0, j - DURATION_REACH + 1):j + 1] + tokens[i + 1:i + 1 + DURATION_REACH]
        if any(t in not_wait or _is_negator(lex, t) for t in near):
            continue
        if i + 1 < len(tokens) and tokens[i + 1] in d.not_wait_after:
            continue
        c = h[3]
        kept.append((i, i + 1, WAIT_CUE, c))
        if minutes >= WAIT_COMPLAINT_MINUTES:
            score = LONG_WAIT_SCORE if minutes >= LONG_WAIT_MINUTES else WAIT_COMPLAINT_SCORE
            insort(p.opinions, (i, score, c), key=_first)
    p.hits[:] = kept


def _aspect_opinions(p: Parse, lex: Lexicon) -> None:
    """Opinion words that only judge one aspect ("long" for a wait, "high"
    for prices): scored where their clause names that aspect, negated by a
    negator and strengthened by an intensifier or "too" just before them,
    and ignored elsewhere ("a long menu", "high quality")."""
    tokens, starts = p.tokens, p.clause_start
    n_clauses = len(starts)
    general = {o[0]: k for k, o in enumerate(p.opinions)}  # position -> index in p.opinions
    done: set[int] = set()
    found = []
    for h in p.hits:
        words = lex.aspect_opinions.get(h[2].aspect)
        if not words:
            continue
        c = h[3]
        a = starts[c]
        b = starts[c + 1] if c + 1 < n_clauses else len(tokens)
        for i in range(a, b):
            score = words.get(tokens[i])
            if score is None or i in done:
                continue
            done.add(i)
            k = general.get(i)
            if k is not None and abs(p.opinions[k][1]) >= abs(score):
                continue  # its general reading is as strong: keep it
            for j in range(max(a, i - NEGATION_REACH_CONTEXT), i):
                info = lex.lookup(tokens[j])
                cue = info[0][2] if info and info[0] is not None else None
                if cue is None:
                    continue
                if cue.negator:
                    score *= NEGATION_FACTOR
                elif cue.mult is not None:
                    score = -abs(score) * cue.mult if cue.excess else score * cue.mult
            o = (i, -1.0 if score < -1.0 else 1.0 if score > 1.0 else score, c)
            if k is not None:
                p.opinions[k] = o  # the aspect's reading replaces a weaker general one
            else:
                found.append(o)
    for o in found:
        insort(p.opinions, o, key=_first)


def _irony(p: Parse, sentences: set[int]) -> None:
    """In a sentence with an irony marker ("Great, if you like eating in a
    din", "Ottimo, se vi piace...") and a complaint, the praise is ironic:
    its positive opinions are negated like "not good"."""
    csent = p.clause_sent
    ops = p.opinions
    sour = set()
    for i, sc, c in ops:
        if sc < 0 and csent[c] in sentences:
            sour.add(csent[c])
    if not sour:
        return
    for k, (i, sc, c) in enumerate(ops):
        if sc > 0 and csent[c] in sour:
            ops[k] = (i, sc * NEGATION_FACTOR, c)


def _first(item: tuple) -> int:
    return item[0]


def _number(token: str, numbers: dict[str, float]) -> float | None:
    """A number in digits ("40"), a number word of the lexicon ("forty"),
    or hyphenated number words ("forty-five"); else None."""
    v = numbers.get(token)
    if v is not None:
        return v
    if token.isdigit():
        return float(token) if len(token) <= 3 else None
    if "-" in token:
        parts = token.split("-")
        if all(x in numbers for x in parts):
            return sum(numbers[x] for x in parts)
    return None


def _is_negator(lex: Lexicon, token: str) -> bool:
    info = lex.lookup(token)
    if not info or info[0] is None or info[0][2] is None:
        return False
    return bool(info[0][2].negator)


def clause_weights(p: Parse) -> list[float]:
    """Per clause: how much its opinions count towards its sentence's score."""
    kinds, csent = p.clause_kind, p.clause_sent
    w = [1.0] * len(kinds)
    for c, kind in enumerate(kinds):
        if kind == "contrast":
            s = csent[c]
            b = c - 1
            while b >= 0 and csent[b] == s:
                w[b] *= BEFORE_CONTRAST_WEIGHT
                b -= 1
            a = c
            while a < len(w) and csent[a] == s:
                if w[a] >= 1:
                    w[a] = max(w[a], AFTER_CONTRAST_WEIGHT)
                a += 1
        elif kind == "concessive":
            w[c] *= CONCESSIVE_WEIGHT
    return w


def _score_sentences(p: Parse, n: int, exclaims: list[int], weighted: bool) -> None:
    ops = p.opinions
    if n == 1:  # the common short review: no per-sentence bookkeeping
        if not ops:
            p.sentence_scores = [0.0]
            p.sentence_has_opinion = [False]
            return
        # Plain loops: no generator per sum (same additions, same order).
        num = den = 0.0
        if weighted:
            w = clause_weights(p)
            for _i, s, c in ops:
                num += w[c] * s
                den += w[c]
            x = num / den
        else:
            for o in ops:
                num += o[1]
            x = num / len(ops)
        if exclaims[0]:
            x *= 1 + EXCLAMATION_BOOST * min(exclaims[0], 3)
        p.sentence_scores = [-1.0 if x < -1.0 else 1.0 if x > 1.0 else x]
        p.sentence_has_opinion = [True]
        return
    num = [0.0] * n
    den = [0.0] * n
    csent = p.clause_sent
    if weighted:
        w = clause_weights(p)
        for _i, s, c in ops:
            k = csent[c]
            num[k] += w[c] * s
            den[k] += w[c]
    else:
        for _i, s, c in ops:
            k = csent[c]
            num[k] += s
            den[k] += 1.0
    p.sentence_scores = scores = []
    p.sentence_has_opinion = has_opinion = []
    for k in range(n):
        if den[k]:  # weights are positive: == den[k] > 0
            x = num[k] / den[k]
            if exclaims[k]:
                x *= 1 + EXCLAMATION_BOOST * min(exclaims[k], 3)
            scores.append(-1.0 if x < -1.0 else 1.0 if x > 1.0 else x)
            has_opinion.append(True)
        else:
            scores.append(0.0)
            has_opinion.append(False)
