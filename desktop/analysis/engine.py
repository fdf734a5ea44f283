"""The review-analysis engine: one entry point, :func:`analyze`, shared by
the app, the CLI (``analyze-text``) and the benchmarks.

Per text: language (``language.detect_language``), sentences with a score
in [-1, 1], aspect mentions with a polarity scoped to their clause and
attributed to what the opinion is about (``aspects``), whole-text sentiment
(complaints weigh more, see ``_review_score``; nudged by the star rating
when given) and health & safety flags. Everything the engine knows about a
language is data: ``resources/lexicons/<lang>.json`` and, optionally, the
learned ``resources/models/<lang>.json`` (``model``).

Threading: pure functions over immutable, cached lexicons; safe to call
from any thread or process. No I/O beyond reading the lexicon files once.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Mapping, Sequence

from desktop.core.analysis import ASPECTS, AspectMention, SentenceSentiment, TextAnalysis

from .aspects import Hit, find_hits, score_hits
from .flags import FLAGS
from .language import detect_language
from .lexicon import _UNSET_MODEL, SENTENCE_TOKEN, get_lexicon, phrase_key
from .lexicon import _cache as _lexicons
from .matcher import PhraseMatcher
from .model import apply as apply_model
from .model import get_model
from .sentiment import AFTER_CONTRAST_WEIGHT, BEFORE_CONTRAST_WEIGHT, Parse, parse
from .terms import propose_terms
from .tokenize import MAX_TEXT_CHARS, normalise, split_elisions, split_sentences, tokenize, tokenize_text

ENGINE_VERSION = "2.4.0"
"""Bump when results change, so stored analyses are recomputed."""

RATING_WEIGHT = 0.35
"""Share of the whole-text score given to the star rating when known."""
NEGATIVE_SENTENCE_WEIGHT = 2.0
"""In a text's score, a sentence with a negative score weighs this much more
than a positive one (chosen on CEBaB train+dev reviews: 0.968 -> 0.978 of
one/two-star reviews negative and four/five-star positive)."""
EXTRA_TERM_ASPECT = {"dish": "food", "staff": "service", "drink": "drinks"}
"""Owner term kinds and the built-in aspect they also count towards."""
_ASPECT_SET = frozenset(ASPECTS)
_ASPECT_RANK = {a: k for k, a in enumerate(ASPECTS)}
_UNSET = _UNSET_MODEL
"""``Lexicon.model`` before the language's model was looked up."""
_new = object.__new__

__all__ = ["ENGINE_VERSION", "analyze", "analyze_many", "propose_terms", "FLAGS"]


def _detect(text: str, tokens: list[str]) -> str:
    """``language.detect_language`` on the text and its tokens; "unknown"
    if it fails."""
    try:
        return detect_language(text, tokens) or "unknown"
    except Exception:  # a detector bug must never lose a review
        return "unknown"


@lru_cache(maxsize=32)
def _extra_matcher(items: tuple[tuple[str, tuple[str, ...]], ...]) -> PhraseMatcher:
    return PhraseMatcher((term, kind) for kind, terms in items for term in terms)


def _freeze_terms(extra: Mapping[str, Sequence[str]] | None) -> tuple | None:
    """Owner terms as a hashable, tokenised key; a one-word name also
    matches its possessive ("Marco" -> "marco's")."""
    if not extra:
        return None
    items = []
    for kind, terms in extra.items():
        phrases = set()
        for t in terms or ():
            if isinstance(t, str) and t.strip():
                phrase = phrase_key(t)
                phrases.add(phrase)
                if " " not in phrase and not phrase.endswith("'s"):
                    phrases.add(phrase + "'s")
        items.append((str(kind), tuple(sorted(phrases))))
    items.sort()
    return tuple(items) if any(terms for _, terms in items) else None


def _rating_score(rating: int | None) -> float | None:
    if rating is None:
        return None
    try:
        r = float(rating)
    except (TypeError, ValueError):
        return None
    if not 1 <= r <= 5:
        return None
    return (r - 3.0) / 2.0


def analyze(text: str, lang: str | None = None, rating: int | None = None, *,
            extra_terms: Mapping[str, Sequence[str]] | None = None) -> TextAnalysis:
    """Analyse one review text. Never raises on odd text (``None``, empty,
    emoji-only, very long).

    ``lang`` forces the language (ISO code; its lexicon, else English, is
    used); otherwise it is detected. ``rating`` (1-5 stars) nudges the
    whole-text score (``RATING_WEIGHT``); it never gives a mention without
    an opinion a sign. ``extra_terms`` maps a kind (``"dish"``, ``"staff"``)
    to the owner's own names; their mentions have that kind as aspect and
    also count towards food / service in ``aspects``. ``aspects`` holds, in
    ``ASPECTS`` order, each built-in aspect the text has an opinion on, with
    the mean polarity of its non-neutral mentions, or, for an aspect only
    mentioned in a clearly signed sentence that holds no opinion on any
    aspect, a weaker context sign (``_context_signs``); other aspects only
    mentioned without an opinion are in ``neutral_aspects``. Mentions
    without an opinion always have polarity 0.0. Where the language has a learned model
    (``resources/models/<lang>.json``) it reads what the lexicon cannot
    (``model.apply``).
    """
    text = normalise(text if isinstance(text, str) else ("" if text is None else str(text)))
    if len(text) > MAX_TEXT_CHARS:
        text = text[:MAX_TEXT_CHARS]
    if not text or text.isspace():
        return TextAnalysis(language=lang or "unknown", sentiment=0.0, engine_version=ENGINE_VERSION)
    # Tokenised once: the detector reads the same tokens, before a language
    # that writes elisions ("l'eau") has them split.
    tokens = tokenize_text(text)
    language = (lang.strip().lower() if isinstance(lang, str) else "") or _detect(text, tokens)
    lex = _lexicons.get(language) or get_lexicon(language)  # the loaded ones without a call
    frozen = _freeze_terms(extra_terms) if extra_terms else None
    extra = _extra_matcher(frozen) if frozen else None
    rating_score = _rating_score(rating) if rating is not None else None

    split = lex.split_apostrophes
    if split and "'" in text:
        tokens = split_elisions(tokens)
    texts = split_sentences(text)
    tokens.append(SENTENCE_TOKEN)
    p = parse(tokens, len(texts), lex)
    if p.n_sentences != len(texts):  # never expected; the slow, sure way
        tokens = []
        for sentence in texts:
            tokens += tokenize(sentence, split)
            tokens.append(SENTENCE_TOKEN)
        p = parse(tokens, len(texts), lex)
    scores = p.sentence_scores
    csent = p.clause_sent
    mentions: list[AspectMention] = []
    sums: dict[str, list[float]] = {}  # aspect -> [sum, count] of non-neutral polarities
    hits = score_hits(p, find_hits(p, extra, lex))
    model = lex.model
    if model is not None:
        if model is _UNSET:
            model = lex.model = get_model(lex.lang)
        if model is not None:
            hits = apply_model(model, p, hits, lex.narrative, lex.stopwords, lex.narrative_not_after)
    add = mentions.append
    for h in hits:
        # a neutral hit has polarity 0.0; every polarity is in [-1, 1]
        pol = h.polarity
        aspect = h.aspect
        # No frozen-dataclass __setattr__ detour (hot path, same object);
        # item stores beat dict.update(**kw), which builds a kwargs dict.
        m = _new(AspectMention)
        d = m.__dict__
        d["aspect"] = aspect
        d["polarity"] = pol
        d["sentence"] = csent[h.clause]
        d["term"] = tokens[h.start] if h.end - h.start == 1 else " ".join(tokens[h.start:h.end])
        add(m)
        if aspect not in _ASPECT_SET:
            aspect = EXTRA_TERM_ASPECT.get(aspect, "")
            if not aspect:
                continue
        acc = sums.get(aspect)
        if acc is None:
            acc = sums[aspect] = [0.0, 0.0]
        if pol:
            acc[0] += pol
            acc[1] += 1
    if len(scores) == 1:
        overall = scores[0]
    else:
        overall = _review_score(p)
    if rating_score is not None:
        overall = (1 - RATING_WEIGHT) * overall + RATING_WEIGHT * rating_score
    flags = p.flags
    sentences = []
    for st, sc in zip(texts, scores):
        ss = _new(SentenceSentiment)
        d = ss.__dict__  # see the mentions above
        d["text"] = st
        d["sentiment"] = sc
        sentences.append(ss)
    aspects = {}  # in ASPECTS order
    neutral = ()
    if sums:
        context = None
        # in ASPECTS order: one C-level sort of the few aspects found
        for a in (sums if len(sums) == 1 else sorted(sums, key=_ASPECT_RANK.__getitem__)):
            acc = sums.get(a)
            if acc is not None:
                if acc[1]:
                    aspects[a] = acc[0] / acc[1]
                else:
                    if context is None:
                        context = _context_signs(p, hits)
                    c = context.get(a)
                    if c is not None:
                        aspects[a] = c
                    else:
                        neutral += (a,)
    result = _new(TextAnalysis)  # see the mentions above
    d = result.__dict__
    d["language"] = language
    d["sentiment"] = -1.0 if overall < -1.0 else 1.0 if overall > 1.0 else overall
    d["aspects"] = aspects
    d["sentences"] = tuple(sentences)
    d["mentions"] = tuple(mentions)
    d["flags"] = _order_flags(flags) if flags else ()
    d["engine_version"] = ENGINE_VERSION
    d["neutral_aspects"] = neutral
    return result


CONTEXT_MIN_SCORE = 0.1
"""A sentence at least this positive or negative lends its sign to the
``aspects`` summary of an aspect it only mentions (see _context_signs)."""
CONTEXT_WEIGHT = 0.5
"""...scaled by this: a context sign is weaker than an opinion on the aspect."""


def _context_signs(p: Parse, hits: list[Hit]) -> dict[str, float]:
    """For the ``aspects`` summary only: an aspect mentioned without an
    opinion in a sentence with a clear sign (``CONTEXT_MIN_SCORE``) and no
    opinion on any aspect ("The waitress came back to our table several
    times") takes ``CONTEXT_WEIGHT`` times the sentence's score, when the
    rules (not the learned model alone) read that score. Its mentions keep
    polarity 0, so it is never a complaint or a praise in the app's causes
    (which read mentions). Chosen on tuning data only: MAMS train+val
    polarity 0.777 -> 0.793, aspect F1 on M-ABSA train +0.001 to +0.008 and
    on the SemEval tuning parts +0.001 to +0.006."""
    scores, csent = p.sentence_scores, p.clause_sent
    opinionated = set()
    for h in hits:
        if h.polarity:
            opinionated.add(csent[h.clause])
    # Only a sign the rules read lends itself: a sentence scored by the
    # learned model alone is weaker evidence than that.
    ruled = set()
    for o in p.opinions:
        ruled.add(csent[o[2]])
    out: dict[str, list[float]] = {}
    for h in hits:
        if h.polarity:
            continue
        a = h.aspect
        if a not in _ASPECT_SET:
            a = EXTRA_TERM_ASPECT.get(a, "")
            if not a:
                continue
        k = csent[h.clause]
        if k in opinionated or k not in ruled:
            continue
        sc = scores[k]
        if -CONTEXT_MIN_SCORE < sc < CONTEXT_MIN_SCORE:
            continue
        out.setdefault(a, []).append(CONTEXT_WEIGHT * sc)
    return {a: sum(v) / len(v) for a, v in out.items()}


def _review_score(p: Parse) -> float:
    """A whole text's score from its sentences' (those with an opinion): a
    weighted mean where complaints weigh ``NEGATIVE_SENTENCE_WEIGHT`` times
    more than praise (reviews that open politely and then list what went
    wrong are complaints), and a sentence that opens with a contrast word
    ("But...", "Purtroppo...", "Leider...") and those after it outweigh
    what came before, as a contrast does inside a sentence."""
    scores = p.sentence_scores
    has = p.sentence_has_opinion
    opens = p.opens_contrast
    turn = opens[-1] if opens else -1
    num = den = 0.0
    for k, sc in enumerate(scores):
        if not has[k]:
            continue
        w = NEGATIVE_SENTENCE_WEIGHT if sc < 0 else 1.0
        if turn >= 0:
            w *= AFTER_CONTRAST_WEIGHT if k >= turn else BEFORE_CONTRAST_WEIGHT
        num += w * sc
        den += w
    return num / den if den else 0.0


def rule_reading(text: str, lang: str) -> tuple[Parse, list[Hit]]:
    """The rules' reading of ``text`` in ``lang``, before any learned model:
    the parse and its scored aspect hits. For the models' training script
    and tests; :func:`analyze` is the entry point for everything else."""
    text = normalise(text if isinstance(text, str) else "")[:MAX_TEXT_CHARS]
    lex = get_lexicon(lang)
    tokens = tokenize_text(text)
    if lex.split_apostrophes and "'" in text:
        tokens = split_elisions(tokens)
    texts = split_sentences(text)
    tokens.append(SENTENCE_TOKEN)
    p = parse(tokens, len(texts), lex)
    return p, score_hits(p, find_hits(p, None, lex))


def _order_flags(flags: list[str]) -> tuple[str, ...]:
    return tuple(f for f in FLAGS if f in flags) + tuple(sorted(set(flags) - set(FLAGS)))


def analyze_many(texts: Iterable[str], lang: str | None = None,
                 ratings: Iterable[int | None] | None = None, *,
                 extra_terms: Mapping[str, Sequence[str]] | None = None) -> list[TextAnalysis]:
    """:func:`analyze` over ``texts`` (optionally with matching ``ratings``),
    in order. Same threading contract as :func:`analyze`."""
    texts = list(texts)
    rs = list(ratings) if ratings is not None else [None] * len(texts)
    return [analyze(t, lang, r, extra_terms=extra_terms) for t, r in zip(texts, rs)]
