"""Load ``resources/lexicons/<lang>.json`` into compiled matchers, once.

File format: ``resources/lexicons/README.md``. Lexicons are cached per
language for the life of the process (``clear_cache()`` forces a reload,
e.g. after the owner edits a file). Loading is guarded by a lock, so
:func:`get_lexicon` is safe from any thread; a returned :class:`Lexicon` is
read-only.
"""
from __future__ import annotations

import json
import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from desktop.core.analysis import ASPECTS

from .matcher import PhraseMatcher
from .resources import lexicons_dir
from .tokenize import CLAUSE_PUNCT, SENTENCE_PUNCT, normalise, tokenize

FALLBACK_LANGUAGE = "en"
DEFAULT_NEGATION_WINDOW = 3
_MEMO_LIMIT = 200_000
PUNCT: tuple = (None, None, None, "punct")
"""Marker returned by :meth:`Lexicon.lookup` for clause punctuation."""
NOTHING = 0
"""Falsy marker: no phrase starts at this token."""
SENTENCE_TOKEN = "\n"
"""A sentence end: any token ending in whitespace is one (see tokenize_text)."""
SENTENCE_MARK: tuple = (None, None, None, "sentence")
"""Marker returned by :meth:`Lexicon.lookup` for :data:`SENTENCE_TOKEN`."""
"""Falsy marker: no phrase starts at this token."""


@dataclass(frozen=True, slots=True)
class Cue:
    """What one phrase means to the sentiment scorer."""

    score: float | None = None      # opinion score in [-1, 1]
    negator: bool = False
    mult: float | None = None       # intensifier (>1) or diminisher (<1)
    excess: bool = False            # "too": the next opinion turns negative
    boundary: str | None = None     # "contrast" | "concessive" | "break"
    irony: bool = False             # "if you like...": its sentence's praise is ironic


class _FastMemo(dict):
    """The memo of :meth:`Lexicon.fast_lookup`: a dict whose missing keys
    are computed (and stored) by ``miss``, so ``memo[token]`` (and
    ``map(memo.__getitem__, tokens)``) is a complete lookup in one C-level
    pass. Benignly racy like the memo of :meth:`Lexicon.lookup`."""

    __slots__ = ("_miss",)

    def __init__(self, miss: Callable[[str], Any]) -> None:
        super().__init__()
        self._miss = miss

    def __missing__(self, token: str) -> Any:
        return self._miss(token)


@dataclass(frozen=True, slots=True)
class AspectCue:
    """An aspect term (``implicit=False``) or an implying opinion word.
    ``aspect`` is "" for a blocker (``not_aspects``: a phrase whose words
    name no aspect, "can't wait", "birthday dinner"); a ``weak`` term
    ("dinner") counts only with an opinion in its own clause."""

    aspect: str
    implicit: bool = False
    weak: bool = False
    post: bool = False  # the parser looks at it again (durations, aspect-bound opinions)


@dataclass(frozen=True, slots=True)
class Durations:
    """How long something took, in minutes, from "forty minutes", "an
    hour", "mezz'ora": ``units`` (word -> minutes for one), ``numbers``
    (word -> value; "half" is 0.5), ``bare`` (units that need no number:
    "hours", "полчаса"), ``not_wait`` (words near the phrase that make it
    something else: "away", "drive", "open") and ``not_wait_after`` (the
    same, only right after the unit: "10 minutes from", "a 10 minutos de")."""

    units: dict[str, float]
    numbers: dict[str, float]
    bare: frozenset[str]
    not_wait: frozenset[str]
    not_wait_after: frozenset[str] = frozenset()


class Lexicon:
    """One language's compiled lexicon; immutable after construction."""

    def __init__(self, lang: str, data: dict[str, Any], base: dict[str, Any] | None = None) -> None:
        """``data`` is the parsed file; ``base`` (English) supplies the
        language-independent ``emoji``."""
        base = base or {}
        emoji = base.get("emoji", {})
        self.lang = lang
        self.version = str(data.get("version", "1"))
        self.negation_window = int(data.get("negation_window", DEFAULT_NEGATION_WINDOW))
        self.split_apostrophes = bool(data.get("split_apostrophes", False))
        sup = data.get("superlatives") or {}
        self.superlative_suffixes: tuple[tuple[str, str], ...] = tuple(
            (str(end).lower(), str(base).lower()) for end, base in sup.get("suffixes", ()))
        self.superlative_mult = float(sup.get("mult", 1.3))
        self.stopwords = frozenset(w.lower() for w in data.get("stopwords", ()))

        cues: dict[str, dict[str, Any]] = {}

        def put(phrase: str, **kw: Any) -> None:
            cues.setdefault(phrase_key(phrase, self.split_apostrophes), {}).update(kw)

        for word, score in {**emoji, **data.get("emoji", {})}.items():
            put(word, score=_clip(score))
        for word, score in data.get("sentiment", {}).items():
            put(word, score=_clip(score))
        for aspect, terms in data.get("aspect_cues", {}).items():
            if isinstance(terms, dict):
                for word, score in terms.items():
                    put(word, score=_clip(score))
        for word in data.get("negators", ()):
            put(word, negator=True)
        for key in ("intensifiers", "diminishers"):
            for word, mult in data.get(key, {}).items():
                put(word, mult=float(mult))
        for word, mult in data.get("excess", {}).items():
            put(word, mult=float(mult), excess=True)
        for key, kind in (("clause_breaks", "break"), ("concessive", "concessive"), ("contrast", "contrast")):
            for word in data.get(key, ()):
                put(word, boundary=kind)
        for phrase in data.get("irony", ()):
            put(phrase, irony=True, score=None)
        self.fold_accents = bool(data.get("fold_accents", False))
        known = _known_words(data) if self.fold_accents else frozenset()
        if self.fold_accents:
            _add_folded_stems(cues, known)
        self.sentiment = PhraseMatcher((p, Cue(**kw)) for p, kw in cues.items())

        aspect_entries: dict[str, AspectCue] = {}
        key = lambda w: phrase_key(w, self.split_apostrophes)  # noqa: E731
        weak = {key(w) for w in data.get("weak_aspects", ())}
        self.aspect_opinions: dict[str, dict[str, float]] = {
            aspect: {key(w): _clip(v) for w, v in words.items()}
            for aspect, words in data.get("aspect_opinions", {}).items() if aspect in ASPECTS and words}
        bound = self.aspect_opinions
        self.aspect_opinion_words = frozenset(w for words in bound.values() for w in words)
        for aspect, terms in data.get("aspect_cues", {}).items():
            if aspect in ASPECTS:
                for word in terms:
                    aspect_entries[key(word)] = AspectCue(aspect, implicit=True, post=aspect in bound)
        for aspect, terms in data.get("aspects", {}).items():
            if aspect in ASPECTS:
                for word in terms:
                    k = key(word)
                    aspect_entries[k] = AspectCue(aspect, weak=k in weak, post=aspect in bound)
        for phrase in data.get("not_aspects", ()):
            aspect_entries[key(phrase)] = BLOCKER
        self.durations = _durations(data.get("durations"), key)
        if self.durations is not None:  # found while parsing, read by sentiment._durations
            for unit in self.durations.units:
                aspect_entries.setdefault(unit, DURATION)
        if self.fold_accents:
            _add_folded_stems(aspect_entries, known)
        self.aspects = PhraseMatcher(aspect_entries.items())
        self.compound_head_last = str(data.get("compound_head", "last")) != "first"
        self.modifier_links = frozenset(key(w) for w in data.get("modifier_links", ()))
        self.venue_words = frozenset(key(w) for w in data.get("venue_words", ()))
        # Event verbs ("ordered", "siamo andati"): a sentence with one and no
        # opinion the rules read is a plain statement (model.apply).
        self.narrative = frozenset(key(w) for w in data.get("narrative", ()))
        # ...unless right after an article or possessive ("el pedido": a noun)
        self.narrative_not_after = frozenset(key(w) for w in data.get("narrative_not_after", ()))

        flag_entries = [(phrase_key(p, self.split_apostrophes), flag) for flag, phrases in data.get("flags", {}).items() for p in phrases]
        self.flags = PhraseMatcher(flag_entries)
        self._memo: dict[str, tuple | int] = {SENTENCE_TOKEN: SENTENCE_MARK}
        self._fast: dict[str, Any] = _FastMemo(self._fast_miss)
        self._fast[SENTENCE_TOKEN] = SENTENCE_MARK
        self.model: Any = _UNSET_MODEL  # the language's learned model, set by the engine on first use

    def lookup(self, token: str) -> tuple | int:
        """What may start at ``token``: ``(sentiment, aspect, flag)`` where
        each is None or a :func:`_plan` triple ``(candidates, second_words,
        single)``; :data:`PUNCT` for clause punctuation,
        :data:`SENTENCE_MARK` for a sentence end, or :data:`NOTHING`
        (falsy). Memoised; the memo is filled lazily and benignly racy, so
        this is safe from any thread."""
        try:
            return self._memo[token]
        except KeyError:
            pass
        info: tuple | int
        if token[-1].isspace():
            info = SENTENCE_MARK
        elif token in CLAUSE_PUNCT or token in SENTENCE_PUNCT:
            info = PUNCT  # phrases never start with clause punctuation
        else:
            info = self._plans(token)
            if info == (None, None, None) and "-" in token:
                # "over-priced" -> "overpriced", else "well-prepared" -> "prepared"
                info = self._plans(token.replace("-", ""))
                if info == (None, None, None):
                    info = self._plans(token.rsplit("-", 1)[1])
            if info[0] is None and self.superlative_suffixes:  # no opinion of its own
                info = self._superlative_plans(token, info)
            if info == (None, None, None):
                info = NOTHING
        if len(self._memo) > _MEMO_LIMIT:
            self._memo.clear()
            self._memo[SENTENCE_TOKEN] = SENTENCE_MARK
        self._memo[token] = info
        return info


    def fast_lookup(self, token: str) -> Any:
        """:meth:`lookup`, with the commonest kinds of token unwrapped for the
        parser's hot loop: a word that is only a one-word opinion is its
        score (a ``float``; 0.0, a lone blocker, is falsy like NOTHING); a
        word that is only another one-word sentiment cue (negator,
        modifier, boundary) is its :class:`Cue`; a word that is only a
        one-word aspect term is its :class:`AspectCue`; a word that only
        starts phrases (no one-word entry, no wildcard after it) is the
        ``frozenset`` of the words that may follow it. Anything else is the
        :meth:`lookup` value. Memoised like it (``_fast[token]`` is the same
        call: the parser maps it over a text's tokens at C speed)."""
        return self._fast[token]

    def _fast_miss(self, token: str) -> Any:
        """:meth:`fast_lookup` of a token not in the memo: computed and memoised."""
        info = self.lookup(token)
        fast = info
        if info and info is not PUNCT and info is not SENTENCE_MARK:
            sent, aspect, flag = info
            if flag is None and aspect is None and sent is not None and not sent[1] and sent[2] is not None:
                cue = sent[2]
                if (cue.boundary is None and cue.mult is None and not cue.negator and not cue.irony
                        and cue.score is not None):
                    fast = float(cue.score)
                else:
                    fast = cue  # a one-word negator, modifier, boundary, irony marker or blocker
            elif flag is None and sent is None and aspect is not None and not aspect[1] and aspect[2] is not None:
                fast = aspect[2]
            else:
                # Only phrases start here ("the" -> "the best", "food poisoning"):
                # the words that may follow, so that most tokens are passed by
                # one set lookup of the next token.
                seconds: set[str] = set()
                for plan in info:
                    if plan is None:
                        continue
                    if plan[2] is not None or plan[1] is ANY_WORD:
                        break
                    seconds |= plan[1]
                else:
                    fast = frozenset(seconds)
        if len(self._fast) > _MEMO_LIMIT:
            self._fast.clear()
            self._fast[SENTENCE_TOKEN] = SENTENCE_MARK
        self._fast[token] = fast
        return fast

    def _superlative_plans(self, token: str, own: tuple) -> tuple:
        """An unlisted superlative ("lentissimo", "riquísimo") read as its
        listed base word ("lento", "rico"), its opinion strengthened by
        ``superlative_mult``; the token's ``own`` aspect and flag plans win
        over the base's. ``own`` unchanged when no base word has an opinion."""
        for end, replacement in self.superlative_suffixes:
            if token.endswith(end) and len(token) - len(end) >= 2:
                sentiment, aspect, flag = self._plans(token[:-len(end)] + replacement)
                cue = sentiment[2] if sentiment is not None else None
                if cue is not None and cue.score:
                    strong = Cue(score=_clip(cue.score * self.superlative_mult))
                    return ((((), strong),), frozenset(), strong), own[1] or aspect, own[2] or flag
        return own

    def _plans(self, token: str) -> tuple:
        return (_plan(self.sentiment.candidates(token)), _plan(self.aspects.candidates(token)),
                _plan(self.flags.candidates(token)))


_UNSET_MODEL = object()

BLOCKER = AspectCue("")
"""Aspect payload of a ``not_aspects`` phrase: matched, then ignored."""
DURATION = AspectCue("", implicit=True, post=True)
"""Aspect payload of a duration unit ("minutes"): the parser turns it into a
``wait`` hit or drops it (see ``sentiment._durations``)."""


def _durations(spec: dict | None, key) -> Durations | None:
    if not spec or not spec.get("units"):
        return None
    return Durations(units={key(w): float(v) for w, v in spec["units"].items()},
                     numbers={key(w): float(v) for w, v in spec.get("numbers", {}).items()},
                     bare=frozenset(key(w) for w in spec.get("bare", ())),
                     not_wait=frozenset(key(w) for w in spec.get("not_wait", ())),
                     not_wait_after=frozenset(key(w) for w in spec.get("not_wait_after", ())))


MIN_FOLDED_STEM = 4
"""Shortest stem (letters before the ``*``) whose accent-free twin is added
by :func:`_add_folded_stems`: shorter stems would match unrelated words."""


def fold(word: str) -> str:
    """``word`` without combining accents ("rápid*" -> "rapid*", "é" -> "e");
    other letters unchanged."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _known_words(data: dict[str, Any]) -> frozenset[str]:
    """Every plain (wildcard-free) word of a lexicon file's opinion and
    aspect sections, lower case."""
    words: set[str] = set()
    sections = [data.get("sentiment", {})]
    sections += list(data.get("aspects", {}).values()) + list(data.get("aspect_cues", {}).values())
    for section in sections:
        for phrase in section:
            words.update(w for w in str(phrase).lower().split() if "*" not in w)
    return frozenset(words)


def _add_folded_stems(entries: dict[str, Any], known: frozenset[str] = frozenset()) -> None:
    """Where a language drops accents in practice (``"fold_accents": true``:
    es, pt, it; not fr, where "conseillé*" folded would read "je
    conseille"), a one-word prefix entry with an accented stem also
    matches its accent-free twin: "rápid*" -> "rapid*" ("rapidez",
    "rapido" typed without its accent). Only stems of one word ending in
    ``*`` and at least :data:`MIN_FOLDED_STEM` letters: exact words keep
    their accents, since folding them would merge words ("é"/"e", "más"/
    "mas"). An entry already present for the twin wins, and a twin that
    would capture a word the file lists on its own is not added ("cálid*",
    warm, folded to "calid*" would read "calidad", quality). In place."""
    for key in list(entries):
        if " " in key or not key.endswith("*") or key.startswith("*"):
            continue
        twin = fold(key)
        if twin == key or len(twin) - 1 < MIN_FOLDED_STEM:
            continue
        stem, accented = twin[:-1], key[:-1]
        if any(w.startswith(stem) and not w.startswith(accented) for w in known):
            continue
        entries.setdefault(twin, entries[key])


ANY_WORD = frozenset({"*"})
"""``second_words`` value meaning "any word may follow" (a wildcard)."""


def _plan(cands: tuple) -> tuple | None:
    """Precompute how to match at a token: ``(candidates, second_words,
    single)``. ``second_words`` holds the words that can follow in some
    phrase (empty: single words only; :data:`ANY_WORD`: a wildcard);
    ``single`` is the one-word payload (or None). When the next token is not
    in ``second_words`` the answer is ``single`` without trying phrases."""
    if not cands:
        return None
    seconds: set[str] = set()
    single = None
    for rest, payload in cands:
        if not rest:
            if single is None:
                single = payload
        elif "*" in rest[0]:
            seconds = set(ANY_WORD)
            break
        else:
            seconds.add(rest[0])
    if seconds == set(ANY_WORD):
        return cands, ANY_WORD, single
    return cands, frozenset(seconds), single


def phrase_key(phrase: str, split_apostrophes: bool = False) -> str:
    """Lower-case and tokenise a phrase the way texts are tokenised
    ("rip-off" -> "rip - off"); words with a ``*`` wildcard stay whole."""
    words = []
    for word in normalise(phrase).lower().split():
        words.extend([word] if "*" in word else tokenize(word, split_apostrophes))
    return " ".join(words)


def _clip(x: Any) -> float:
    return max(-1.0, min(1.0, float(x)))


_lock = threading.Lock()
_cache: dict[str, Lexicon] = {}


def available_languages(folder: Path | None = None) -> list[str]:
    """ISO codes that have a lexicon file, sorted."""
    folder = folder or lexicons_dir()
    return sorted(p.stem for p in folder.glob("*.json") if not p.stem.startswith("_"))


def _read(lang: str) -> dict[str, Any] | None:
    path = lexicons_dir() / f"{lang}.json"
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)


def get_lexicon(lang: str | None) -> Lexicon:
    """The compiled lexicon for ``lang`` (ISO code); falls back to English
    when the language has no file. Loaded once and cached; thread-safe."""
    key = (lang or FALLBACK_LANGUAGE).lower()
    lex = _cache.get(key)
    if lex is not None:
        return lex
    with _lock:
        lex = _cache.get(key)
        if lex is None:
            en = _read(FALLBACK_LANGUAGE) or {}
            data = _read(key) if key != FALLBACK_LANGUAGE else en
            if data is None:
                lex = _cache.get(FALLBACK_LANGUAGE) or Lexicon(FALLBACK_LANGUAGE, en, en)
            else:
                lex = Lexicon(key, data, en)
            _cache[key] = lex
    return lex


def has_lexicon(lang: str) -> bool:
    """True when ``resources/lexicons/<lang>.json`` exists."""
    return (lexicons_dir() / f"{lang.lower()}.json").is_file()


def clear_cache() -> None:
    """Forget loaded lexicons so the next call re-reads the files."""
    with _lock:
        _cache.clear()
