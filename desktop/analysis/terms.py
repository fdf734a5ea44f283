"""Candidate dish and staff names for the owner's term list.

Thread-safety: pure functions; safe from any thread.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable

from .lexicon import Lexicon, get_lexicon
from .tokenize import CLAUSE_PUNCT, SENTENCE_PUNCT, normalise, split_sentences, tokenize_cased

MIN_COUNT = 2
"""A candidate must appear in at least this many texts."""
MAX_PHRASE_WORDS = 3
MAX_RESULTS = 50
NAME_SHARE = 0.6
"""A single word is proposed only when it is capitalised mid-sentence at
least this often (a name: "Marco"); dishes are usually several words."""


def propose_terms(texts: Iterable[str], lang: str | None = None,
                  limit: int = MAX_RESULTS) -> list[tuple[str, int]]:
    """Frequent name-like words and noun-phrase-like runs of 2-3 words (no
    stopwords, opinion words, adverbs or punctuation), with the number of
    texts containing each, most frequent first, lower-cased; only those seen
    in at least ``MIN_COUNT`` texts. A longer phrase hides a shorter one
    seen equally often; built-in aspect words ("coffee") are left out."""
    lex = get_lexicon(lang or "en")
    counts: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    seen_mid: Counter[str] = Counter()
    for text in texts:
        found: set[str] = set()
        for sentence in split_sentences(normalise(text)):
            run: list[str] = []
            cased = tokenize_cased(sentence, lex.split_apostrophes)
            for k, raw in enumerate(cased + ["."]):
                tok = raw.lower()
                if _bad(tok, lex):
                    _add_runs(run, found)
                    run = []
                    continue
                run.append(tok)
                if k > 0:
                    seen_mid[tok] += 1
                    capitalised[tok] += raw[:1].isupper()
            _add_runs(run, found)
        counts.update(found)
    frequent = {t: c for t, c in counts.items() if c >= MIN_COUNT}
    hidden: set[str] = set()
    for term, c in frequent.items():
        words = term.split()
        for n in range(1, len(words)):
            for k in range(len(words) - n + 1):
                sub = " ".join(words[k:k + n])
                if frequent.get(sub) == c:
                    hidden.add(sub)
    out = [(t, c) for t, c in frequent.items() if t not in hidden and _keep(t, lex, capitalised, seen_mid)]
    out.sort(key=lambda tc: (-tc[1], tc[0]))
    return out[:limit]


def _bad(tok: str, lex: Lexicon) -> bool:
    if tok in lex.stopwords or tok in CLAUSE_PUNCT or tok in SENTENCE_PUNCT:
        return True
    if len(tok) < 3 or not tok.replace("-", "").replace("'", "").isalpha() or tok.endswith("ly"):
        return True
    info = lex.lookup(tok)
    return bool(info) and info[0] is not None and info[0][2] is not None  # an opinion/negator/...


def _add_runs(run: list[str], found: set[str]) -> None:
    for n in range(1, MAX_PHRASE_WORDS + 1):
        for k in range(len(run) - n + 1):
            found.add(" ".join(run[k:k + n]))


def _keep(term: str, lex: Lexicon, capitalised: Counter, seen_mid: Counter) -> bool:
    if " " in term:
        return True
    if lex.aspects.candidates(term):
        return False  # already a built-in aspect word
    mid = seen_mid[term]
    return bool(mid) and capitalised[term] / mid >= NAME_SHARE
