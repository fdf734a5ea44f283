"""Fast, offline language identification for review texts.

``detect_language(text)`` returns an ISO 639-1 code (en, de, nl, sv, fr, es,
pt, it, ru, and a few others so that their text is not mistaken for a
supported language) or ``"unknown"`` when the text is too short, has no
letters, or the evidence is ambiguous.

How: the writing system decides first (Cyrillic -> ru, or uk/be/sr when their
own letters appear; Greek, Arabic, Hebrew, CJK, Hangul, Thai, Devanagari by
script).  Latin text is scored with hand-written function-word and
restaurant-vocabulary lists, word endings for words in no list, and a few
telltale letters (ß, å, ñ, ã...), all read once from
``resources/langid/profiles.txt``.

Words are the engine's own tokens (``tokenize.tokenize_text``): ``analyze``
passes the tokens it needs anyway, so detection costs only the table
lookups, about 5-13 µs a review (4-12 % of ``analyze``; see
tests/benchmarks/bench_language.py, which times ``analyze`` with and
without a given language), plus ~0.1 s once to load the profiles. Only the
first ``MAX_TOKENS`` tokens and ``MAX_CHARS`` characters are read.
Threading: pure function over data loaded once; safe from any thread.
"""
from __future__ import annotations

import math
import re
import struct
import sys
from collections.abc import Sequence
from pathlib import Path

from .tokenize import MAX_TEXT_CHARS, normalise, tokenize_text

UNKNOWN = "unknown"

SUPPORTED: tuple[str, ...] = ("en", "de", "nl", "sv", "fr", "es", "pt", "it", "ru")
"""Languages the analysis engine has lexicons for (others may still be detected)."""

MAX_CHARS = 600
"""Only this many leading characters are examined for their script and
telltale letters; enough for a verdict."""

MAX_TOKENS = 120
"""...and only this many leading tokens (about as many characters) for words."""

MIN_SCORE = 2.0
"""The winning language needs at least this much evidence (one weight-2 word)."""

MIN_MARGIN = 1.0
"""...and must lead the runner-up by at least this much."""

MIN_RATIO = 1.25
"""...and by at least this factor."""

QUICK_TOKENS = 32
"""Longer texts are first judged on this many leading tokens (~160 characters)..."""

QUICK_SCORE = 10.0
QUICK_RATIO = 2.0
"""...and that verdict stands when the leader has this much evidence and
this factor over the runner-up; otherwise the full sample is scored."""

TRIGRAM_MIN_LETTERS = 6
"""Texts with fewer letters are never decided by character trigrams alone."""

TRIGRAM_MIN_MARGIN = 0.6
"""Mean log-likelihood lead per trigram the trigram fallback needs."""

# Any letter outside Basic Latin / Latin-1 / Latin Extended-A/B: triggers the
# (slower) per-script count.  Latin text with accents never matches.
_NON_LATIN = re.compile(r"[\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff"
                        r"\u0900-\u097f\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff"
                        r"\uac00-\ud7af\u1100-\u11ff]")
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("cyrillic", re.compile(r"[\u0400-\u052f]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),       # kana
    ("zh", re.compile(r"[\u3400-\u9fff]")),       # Han (ja if kana present too)
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")),
)
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_OTHER_CYRILLIC: tuple[tuple[str, str], ...] = (("uk", "іїєґ"), ("be", "ў"), ("sr", "ђјљњћџ"))


def resources_dir() -> Path:
    """The application's resources folder, from source or a PyInstaller build."""
    try:  # the engine's shared helper, when present
        from desktop.analysis.resources import resources_dir as shared

        return Path(shared())
    except ImportError:
        pass
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS")) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


_BYTEORDER = sys.byteorder
COMMON = -2
"""Section index of ``[common]`` words in profiles.txt while parsing."""


class _Profiles:
    """Lookup tables built from profiles.txt; immutable after construction.

    Each word maps to a small integer naming its evidence pattern (a tuple of
    (language index, weight) pairs), so a text is scored by counting pattern
    ids first and touching the per-language scores once per distinct pattern.
    """

    def __init__(self, text: str) -> None:
        langs: list[str] = []
        words: dict[str, dict[int, float]] = {}
        suffixes: dict[str, dict[int, float]] = {}
        chars: dict[str, dict[int, float]] = {}
        extra: set[int] = set()
        common: list[tuple[str, float]] = []
        current = -1
        for raw in text.splitlines():
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("["):
                code, _, rest = line[1:].partition("]")
                if code.strip() == "common":
                    current = COMMON
                    continue
                langs.append(code.strip())
                current = len(langs) - 1
                if rest.strip() == "extra":
                    extra.add(current)
                continue
            head, _, body = line.partition(":")
            parts = head.split()
            kind = parts[0] if len(parts) == 2 else "words"
            weight = float(parts[-1])
            table = {"words": words, "suffix": suffixes, "chars": chars}[kind]
            if current == COMMON:
                common.extend((item.lower(), weight) for item in body.split())
                continue
            for item in body.split():
                slot = table.setdefault(item.lower(), {})
                slot[current] = max(slot.get(current, 0.0), weight)
        for item, weight in common:  # shared loanwords: every supported language alike,
            words[item] = {i: weight for i in range(len(langs)) if i not in extra}  # overriding lists
        # A word listed for a supported language never counts for an "extra"
        # one: extras win only on their own distinctive words and letters.
        for slot in words.values():
            if extra.intersection(slot) and not set(slot) <= extra:
                for i in extra:
                    slot.pop(i, None)
        self.langs = tuple(langs)
        # Pattern ids start at 1 so ``filter(None, map(words.get, tokens))``
        # keeps exactly the listed words (at C speed); id 0 is a dummy.
        patterns: dict[tuple[tuple[int, float], ...], int] = {(): 0}
        self.words = {w: patterns.setdefault(tuple(sorted(v.items())), len(patterns))
                      for w, v in words.items()}
        self.patterns = tuple(patterns)  # insertion order == id order
        # With whole-number weights 0..15 (as profiles.txt has them) a word's
        # evidence packs into one int, 16 bits per language, so a text's word
        # scores are one C-level sum (see _word_scores): no field can
        # overflow in MAX_TOKENS words.
        self.packed: dict[str, int] | None = None
        self.pack_bytes = 2 * len(langs)
        self.unpack = struct.Struct(f"={len(langs)}H").unpack  # native order, like to_bytes below
        if 15 * MAX_TOKENS < 1 << 16 and all(
                float(w).is_integer() and 0 <= w <= 15 for pat in self.patterns for _, w in pat):
            # one int object per pattern, shared by its words (fewer cache lines)
            by_pattern = [sum(int(x) << (16 * i) for i, x in pat) for pat in self.patterns]
            self.packed = {w: by_pattern[pid] for w, pid in self.words.items()}
        freeze = lambda t: {k: tuple(v.items()) for k, v in t.items()}  # noqa: E731
        self.suffixes = freeze(suffixes)
        self.chars = freeze(chars)
        self.char_set = frozenset(self.chars)
        self.suffix_lengths = tuple(sorted({len(s) for s in suffixes}, reverse=True))
        self.trigrams, self.trigram_floor = _trigram_model(langs, words)


def _trigram_model(langs: list[str], words: dict[str, dict[int, float]]
                   ) -> tuple[dict[str, tuple[float, ...]], tuple[float, ...]]:
    """Character-trigram log-probabilities per language, estimated from the
    word lists themselves (each word padded with spaces, weighted by its
    score); a fallback for short texts whose words are in no list."""
    counts = [dict[str, float]() for _ in langs]
    for word, per_lang in words.items():
        padded = f" {word} "
        grams = [padded[i:i + 3] for i in range(len(padded) - 2)]
        for i, w in per_lang.items():
            c = counts[i]
            for g in grams:
                c[g] = c.get(g, 0.0) + w
    vocab = set().union(*counts)
    totals = [sum(c.values()) + len(vocab) * 0.5 for c in counts]
    floor = tuple(math.log(0.5 / t) for t in totals)
    table = {g: tuple(math.log((c.get(g, 0.0) + 0.5) / t) for c, t in zip(counts, totals))
             for g in vocab}
    return table, floor


_loaded: _Profiles | None = None


def _profiles() -> _Profiles:
    """The profiles, read once (a benign race may read them twice)."""
    global _loaded
    p = _loaded
    if p is None:
        path = resources_dir() / "langid" / "profiles.txt"
        p = _loaded = _Profiles(path.read_text(encoding="utf-8"))
    return p


def _script_language(text: str) -> str | None:
    """Language decided by a non-Latin writing system, or None for Latin text."""
    counts = {name: len(rx.findall(text)) for name, rx in _SCRIPTS}
    latin = len(_LATIN.findall(text))
    name, n = max(counts.items(), key=lambda kv: kv[1])
    if n < latin:
        return None  # mostly Latin with a few foreign letters
    if n < 2:
        return UNKNOWN
    if name == "cyrillic":
        lowered = text.lower()
        for code, letters in _OTHER_CYRILLIC:
            if any(ch in lowered for ch in letters):
                return code
        return "ru"
    if name == "zh" and counts["ja"]:
        return "ja"
    return name


def _word_scores(p: _Profiles, tokens: list[str]) -> Sequence[float]:
    """Listed-word evidence per language (in ``p.langs`` order): whole
    numbers, so the sums are exact in any order; a tuple of ints when the
    weights are packed (copy it to a list of floats before adding to it)."""
    packed = p.packed
    if packed is not None:
        return p.unpack(sum(filter(None, map(packed.get, tokens))).to_bytes(p.pack_bytes, _BYTEORDER))
    scores = [0.0] * len(p.langs)
    patterns = p.patterns
    for pid in filter(None, map(p.words.get, tokens)):
        for i, w in patterns[pid]:
            scores[i] += w
    return scores


def _add_weak_evidence(p: _Profiles, tokens: list[str], sample: str, scores: list[float]) -> None:
    """Word endings of unlisted words and telltale letters."""
    words, suffixes, lengths = p.words, p.suffixes, p.suffix_lengths
    for tok in tokens:
        if len(tok) < 5 or tok in words:
            continue
        for n in lengths:
            hit = suffixes.get(tok[-n:])
            if hit is not None:
                for i, w in hit:
                    scores[i] += w
                break
    for ch in p.char_set.intersection(sample):
        for i, w in p.chars[ch]:
            scores[i] += w


def _verdict(langs: tuple[str, ...], scores: list[float]) -> str:
    best = max(scores)
    if best < MIN_SCORE:
        return UNKNOWN
    second = max(sorted(scores)[-2], 0.0) if len(scores) > 1 else 0.0  # == best on a tie: no margin
    if best - second < MIN_MARGIN or best < MIN_RATIO * second:
        return UNKNOWN
    return langs[scores.index(best)]


def language_scores(text: str) -> dict[str, float]:
    """All evidence per language for Latin-script text (diagnostics and tests)."""
    p = _profiles()
    text = normalise(text[:MAX_TEXT_CHARS])
    words = _split_apostrophes(p, tokenize_text(text)[:MAX_TOKENS])[:MAX_TOKENS]
    scores = list(map(float, _word_scores(p, words)))
    _add_weak_evidence(p, words, text[:MAX_CHARS].lower(), scores)
    return {lang: s for lang, s in zip(p.langs, scores) if s}


def _cyrillic_share(sample: str) -> float:
    """Approximate share of Cyrillic among non-space characters, via UTF-8
    lead bytes (bytes.count runs in C; a regex scan costs ~10x more)."""
    sample = sample[:200]
    raw = sample.encode("utf-8")
    cyr = raw.count(b"\xd0") + raw.count(b"\xd1") + raw.count(b"\xd2") + raw.count(b"\xd3")
    chars = len(sample) - sample.count(" ")
    return cyr / chars if chars else 0.0


def detect_language(text: str, tokens: list[str] | None = None) -> str:
    """ISO 639-1 code of ``text``'s language, or ``"unknown"`` when unsure.

    ``tokens``: the text's tokens from :func:`~.tokenize.tokenize_text`
    (without elision splitting) when the caller already has them, as the
    engine does, so a review is tokenised once; computed when not given,
    with the same answer.  Never raises; empty, emoji-only, very short or
    ambiguous text gives ``"unknown"``.  Pure and thread-safe."""
    if not text or not isinstance(text, str):
        return UNKNOWN
    sample = text[:MAX_CHARS]
    if not sample.isascii() and _NON_LATIN.search(sample):
        if _cyrillic_share(sample) >= 0.4:
            lowered = sample.lower()
            if len(lowered.strip()) < 3:
                return UNKNOWN
            for code, letters in _OTHER_CYRILLIC:
                if any(ch in lowered for ch in letters):
                    return code
            return "ru"
        decided = _script_language(sample)
        if decided is not None:
            return decided
    p = _loaded or _profiles()
    if tokens is None:
        text = normalise(text[:MAX_TEXT_CHARS])
        tokens = tokenize_text(text)
    words = tokens[:MAX_TOKENS]
    if "'" in text:
        words = _split_apostrophes(p, words)[:MAX_TOKENS]
    packed = p.packed
    if packed is None:  # weights that do not pack: the plain sums
        scores = _word_scores(p, words)
    elif len(words) > QUICK_TOKENS:
        # Most reviews are settled by their first couple of sentences.
        head = sum(filter(None, map(packed.get, words[:QUICK_TOKENS])))
        scores = p.unpack(head.to_bytes(p.pack_bytes, _BYTEORDER))
        best = max(scores)
        if best >= QUICK_SCORE and best >= QUICK_RATIO * sorted(scores)[-2]:
            return p.langs[scores.index(best)]
        total = head + sum(filter(None, map(packed.get, words[QUICK_TOKENS:])))
        scores = p.unpack(total.to_bytes(p.pack_bytes, _BYTEORDER))
    else:  # == _word_scores(p, words), inlined: the hot path of every analyze call
        scores = p.unpack(sum(filter(None, map(packed.get, words))).to_bytes(p.pack_bytes, _BYTEORDER))
    best = max(scores)
    if best >= MIN_SCORE:  # == _verdict(p.langs, scores), inlined
        second = max(sorted(scores)[-2], 0.0) if len(scores) > 1 else 0.0
        if best - second >= MIN_MARGIN and best >= MIN_RATIO * second:
            return p.langs[scores.index(best)]
    scores = list(map(float, scores))
    _add_weak_evidence(p, words, sample.lower(), scores)
    verdict = _verdict(p.langs, scores)
    if verdict == UNKNOWN:
        verdict = _trigram_verdict(p, words, scores)
    return verdict


def _split_apostrophes(p: _Profiles, words: list[str]) -> list[str]:
    """Words with an apostrophe that are not listed themselves ("didn't"
    is, "l'ambiance" is not) count as their parts ("l", "ambiance")."""
    listed = p.words
    for k, w in enumerate(words):  # a plain scan: 2-3x faster than filtering with a regex search per word
        if "'" in w and w not in listed:
            break
    else:
        return words  # every word with an apostrophe is listed ("didn't", "it's")
    out = words[:k]  # the words before the first one to split stay as they are
    for w in words[k:]:
        if "'" in w and w not in listed:
            out += w.split("'")
        else:
            out.append(w)
    return out


def _trigram_verdict(p: _Profiles, tokens: list[str], scores: list[float]) -> str:
    """Naive-Bayes vote of character trigrams, among the languages the word
    evidence left in contention (all of them when there was none).  Only
    reached for weakly evidenced texts, which are mostly short."""
    letters = [t for t in tokens if t.isalpha()]
    if sum(map(len, letters)) < TRIGRAM_MIN_LETTERS:
        return UNKNOWN
    best = max(scores)
    candidates = [i for i, s in enumerate(scores) if s >= best * 0.5] if best > 0 else range(len(scores))
    ll = dict.fromkeys(candidates, 0.0)
    n = 0
    table, floor = p.trigrams, p.trigram_floor
    for tok in letters:
        padded = f" {tok} "
        for k in range(len(padded) - 2):
            row = table.get(padded[k:k + 3], floor)
            for j in ll:
                ll[j] += row[j]
            n += 1
    if len(ll) < 2:
        return p.langs[next(iter(ll))] if best >= MIN_SCORE else UNKNOWN
    first, second = sorted(ll.values(), reverse=True)[:2]
    if (first - second) / n < TRIGRAM_MIN_MARGIN:
        return UNKNOWN
    return p.langs[max(ll, key=ll.__getitem__)]
