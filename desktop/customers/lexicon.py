"""The diet vocabulary in ``resources/menu/<lang>.json``: words in item names
that suggest tags, and phrases in notes and reviews that mention a diet or an
allergy. One file per language; every file applies to every text (a
Portuguese café sells "cornetto" and "flat white" too).

Matching is on folded text (case, accents and ``œ``/``ß`` ignored) and whole
words; an entry ending in ``*`` matches any word starting with it
("anchov*" matches "anchovies"). Loading is cached; the compiled lexicon is
immutable and safe from any thread.
"""
from __future__ import annotations

import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LANGUAGES = ("en", "it", "pt", "es", "fr", "de", "nl", "sv", "ru")


def menu_dir() -> Path:
    """``resources/menu``: next to the package in a checkout, inside the bundle when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_root:
        return Path(frozen_root) / "resources" / "menu"
    return Path(__file__).resolve().parents[2] / "resources" / "menu"


def fold(text: str) -> str:
    """Lower case without accents: "Jamón Ibérico" -> "jamon iberico"."""
    text = text.casefold().replace("œ", "oe").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


WORD_RE = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    return WORD_RE.findall(fold(text))


def _pattern(entry: str) -> str:
    parts = []
    for token in entry.split():
        prefix = token.endswith("*")
        bits = WORD_RE.findall(fold(token.rstrip("*")))
        if not bits:
            continue
        body = r"\W+".join(re.escape(b) for b in bits)
        parts.append(body + (r"\w*" if prefix else ""))
    return r"(?<!\w)" + r"\W+".join(parts) + r"(?!\w)"


@dataclass(frozen=True)
class _Matcher:
    """One alternation over many entries; ``labels[i]`` belongs to group ``g{i}``."""

    regex: re.Pattern | None
    labels: tuple[object, ...]

    @staticmethod
    def build(entries: list[tuple[str, object]]) -> _Matcher:
        entries = sorted(entries, key=lambda e: -len(e[0]))  # the longest phrase wins at a position
        pieces, labels = [], []
        for i, (entry, label) in enumerate(entries):
            if not WORD_RE.findall(fold(entry.rstrip("*"))):
                continue
            pieces.append(f"(?P<g{len(labels)}>{_pattern(entry)})")
            labels.append(label)
        return _Matcher(re.compile("|".join(pieces)) if pieces else None, tuple(labels))

    def find(self, folded: str) -> list[tuple[object, int, int]]:
        if self.regex is None:
            return []
        out = []
        for m in self.regex.finditer(folded):
            out.append((self.labels[int(m.lastgroup[1:])], m.start(), m.end()))
        return out


@dataclass(frozen=True)
class Lexicon:
    """Every language's vocabulary, compiled."""

    words: _Matcher
    milk_drinks: _Matcher
    plant_milks: _Matcher
    generic_meat: _Matcher
    mentions: tuple[tuple[tuple[str, str], _Matcher], ...]
    """((kind, code), matcher) for each diet and allergen: a phrase may say
    two things at once ("coeliac": gluten-free diet and gluten allergy)."""
    any_mention: re.Pattern | None
    """Every mention phrase in one pattern: most sentences mention no diet, and
    this one search tells so before the per-diet matchers run."""
    negations: frozenset[str]


@lru_cache(maxsize=4)
def load_lexicon(folder: str | None = None) -> Lexicon:
    """All ``<lang>.json`` files of ``folder`` (default :func:`menu_dir`) as one lexicon.
    A missing or broken file is skipped (the others still work)."""
    root = Path(folder) if folder else menu_dir()
    word_entries: list[tuple[str, object]] = []
    lists: dict[str, list[tuple[str, object]]] = {"milk_drinks": [], "plant_milks": [], "generic_meat": []}
    mention_entries: dict[tuple[str, str], list[tuple[str, object]]] = {}
    negations: set[str] = set()
    for lang in LANGUAGES:
        try:
            data = json.loads((root / f"{lang}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        word_entries.extend((w, frozenset(tags)) for w, tags in data.get("words", {}).items())
        for key in lists:
            lists[key].extend((w, key) for w in data.get(key, ()))
        mentions = data.get("mentions", {})
        for kind in ("diet", "allergy"):
            for code, phrases in mentions.get(kind, {}).items():
                mention_entries.setdefault((kind, code), []).extend((p, (kind, code)) for p in phrases)
        negations.update(fold(n) for n in mentions.get("negations", ()))
    phrases = sorted({p for entries in mention_entries.values() for p, _ in entries
                      if WORD_RE.findall(fold(p.rstrip("*")))}, key=len, reverse=True)
    gate = re.compile("|".join(_pattern(p) for p in phrases)) if phrases else None
    return Lexicon(_Matcher.build(word_entries), _Matcher.build(lists["milk_drinks"]),
                   _Matcher.build(lists["plant_milks"]), _Matcher.build(lists["generic_meat"]),
                   tuple((label, _Matcher.build(entries)) for label, entries in mention_entries.items()),
                   gate, frozenset(negations))
