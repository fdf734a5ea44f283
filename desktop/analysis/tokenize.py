"""Sentence splitting and word tokenisation, language-generic.

Tokens are lower-cased runs of letters/digits (Russian ё read as е) (an inner apostrophe or
hyphen is kept, so ``didn't``, ``over-priced`` and ``l'eau`` stay whole
unless a language asks to split elisions), emoticons such as ``:)``, and single punctuation or emoji characters.

Thread-safety: pure functions over precompiled regexes; safe from any thread.
"""
from __future__ import annotations

import re

# A sentence ends after . ! ? … followed by whitespace, and at a line break.
# Written as "a space preceded by an end mark" (not "after an end mark, spaces"):
# the same splits, but the pattern starts with a character class, which lets
# the regex engine skip to the next whitespace instead of trying every position.
_SENTENCE_SPLIT = re.compile(r"\s(?<=[.!?…。！？]\s)\s*|\n")
# Possessive quantifiers (Python 3.11+): the same matches without backtracking
# bookkeeping (~15% faster findall).
_TOKEN = re.compile(r"\w++(?:['-]\w++)*+|[:;=][\-o']?[)(\]\[dp/|*]|<3|[^\w\s]")
# The same, plus a whitespace token wherever _SENTENCE_SPLIT splits: lets the
# engine tokenise a whole text in one call and still see sentence ends.
_TEXT_TOKEN = re.compile(r"\w++(?:['-]\w++)*+|[.!?…。！？]++\s++|\n|[:;=][\-o']?[)(\]\[dp/|*]|<3|[^\w\s]")
# Twice as fast; used when the text has no emoticon lead character.
_TEXT_TOKEN_PLAIN = re.compile(r"\w++(?:['-]\w++)*+|[.!?…。！？]++\s++|\n|[^\w\s]")

# The same two with ASCII classes, for ASCII-only text (most reviews): the
# same tokens, ~20% faster. Unicode \s also matches \x1c-\x1f, hence the
# explicit class (tests/analysis/test_tokenize.py checks they agree).
_TEXT_TOKEN_ASCII = re.compile(
    r"\w++(?:['-]\w++)*+|[.!?]++[\s\x1c-\x1f]++|\n|[:;=][\-o']?[)(\]\[dp/|*]|<3|[^\w\s\x1c-\x1f]", re.ASCII)
_TEXT_TOKEN_PLAIN_ASCII = re.compile(r"\w++(?:['-]\w++)*+|[.!?]++[\s\x1c-\x1f]++|\n|[^\w\s\x1c-\x1f]", re.ASCII)
_APOSTROPHES = ("’", "‘", "`", "´")
MAX_TEXT_CHARS = 100_000
"""Longer texts are truncated before analysis: a review is never that long."""

CLAUSE_PUNCT = frozenset(",;:()[]{}-–—/…\"“”«»")
"""Punctuation tokens that end a clause."""
SENTENCE_PUNCT = frozenset(".!?。！？")


def normalise(text: str) -> str:
    """Fold curly apostrophes to ``'``; returns ``""`` for ``None``."""
    text = text or ""
    if text.isascii() and "`" not in text:  # of _APOSTROPHES only "`" is ASCII
        return text
    for a in _APOSTROPHES:  # str.replace is much faster than str.translate
        if a in text:
            text = text.replace(a, "'")
    return text


def split_sentences(text: str) -> list[str]:
    """Split ``text`` into stripped, non-empty sentences: after . ! ? … that
    are followed by whitespace, and at line breaks. Never raises;
    ``""``/``None`` give ``[]``."""
    if not text:
        return []
    # One C-level split: the look-behind keeps the end mark in its sentence.
    return list(filter(None, map(str.strip, _SENTENCE_SPLIT.split(text))))


def tokenize_text(text: str, split_apostrophes: bool = False) -> list[str]:
    """Lower-cased tokens of a whole (normalised) text; each sentence end
    found by :func:`split_sentences` appears as one token ending in
    whitespace (the end punctuation and the space: ``"! "``, or a line
    break); empty sentences included, the caller skips them."""
    text = text.lower()
    ascii_ = text.isascii()
    if not ascii_ and "ё" in text:  # Russian writes ё or е at will: read both as е
        text = text.replace("ё", "е")
    if ":" in text or ";" in text or "=" in text or "<" in text:
        toks = (_TEXT_TOKEN_ASCII if ascii_ else _TEXT_TOKEN).findall(text)
    else:
        toks = (_TEXT_TOKEN_PLAIN_ASCII if ascii_ else _TEXT_TOKEN_PLAIN).findall(text)
    return split_elisions(toks) if split_apostrophes else toks


def tokenize(sentence: str, split_apostrophes: bool = False) -> list[str]:
    """Lower-cased tokens of one (already normalised) sentence.

    With ``split_apostrophes`` an elided word is split after the apostrophe
    (``l'ambiance`` -> ``l'``, ``ambiance``), as French and Italian need.
    """
    sentence = sentence.lower()
    if "ё" in sentence:
        sentence = sentence.replace("ё", "е")
    toks = _TOKEN.findall(sentence)
    return split_elisions(toks) if split_apostrophes else toks


def tokenize_cased(sentence: str, split_apostrophes: bool = False) -> list[str]:
    """Like :func:`tokenize` but keeping the original letter case."""
    toks = _TOKEN.findall(sentence)
    return split_elisions(toks) if split_apostrophes else toks


def split_elisions(toks: list[str]) -> list[str]:
    """``toks`` with each elided word split after its apostrophe, as
    :func:`tokenize_text` does with ``split_apostrophes``."""
    out: list[str] = []
    for t in toks:
        if "'" in t and len(t) > 2:
            head, _, tail = t.partition("'")
            out.append(head + "'")
            if tail:
                out.append(tail)
        else:
            out.append(t)
    return out
