"""Longest-match phrase lookup over token lists, with ``prefix*`` and
``*suffix`` wildcards, as described in ``resources/lexicons/README.md``.

A :class:`PhraseMatcher` is built once per lexicon section and then only
read. Its per-token memo is a plain dict filled lazily; concurrent fills
race benignly (same value), so matching is safe from any thread.
"""
from __future__ import annotations

from typing import Any, Iterable

_MEMO_LIMIT = 200_000


def _word_matches(pattern: str, token: str) -> bool:
    if pattern.endswith("*") and len(pattern) > 1:
        return token.startswith(pattern[:-1])
    if pattern.startswith("*") and len(pattern) > 1:
        return token.endswith(pattern[1:])
    return pattern == token


class PhraseMatcher:
    """Maps phrases (tuples of words/patterns) to payloads.

    Exact entries beat wildcard entries, longer phrases beat shorter ones.
    """

    def __init__(self, entries: Iterable[tuple[str, Any]]) -> None:
        self._exact: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        self._prefix: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        self._suffix: dict[str, list[tuple[tuple[str, ...], Any]]] = {}
        for phrase, payload in entries:
            words = tuple(phrase.lower().split())
            if not words:
                continue
            first, rest = words[0], words[1:]
            if first.endswith("*") and len(first) > 1:
                self._prefix.setdefault(first[:-1], []).append((rest, payload))
            elif first.startswith("*") and len(first) > 1:
                self._suffix.setdefault(first[1:], []).append((rest, payload))
            else:
                self._exact.setdefault(first, []).append((rest, payload))
        self._prefix_lens = sorted({len(p) for p in self._prefix}, reverse=True)
        self._suffix_lens = sorted({len(p) for p in self._suffix}, reverse=True)
        self._memo: dict[str, tuple] = {}

    def __bool__(self) -> bool:
        return bool(self._exact or self._prefix or self._suffix)

    def candidates(self, token: str) -> tuple:
        """Phrases that may start at ``token``: ``((rest, payload), ...)``,
        best first (longer, exact, longer wildcard)."""
        memo = self._memo
        found = memo.get(token)
        if found is not None:
            return found
        cands: list[tuple[tuple[str, ...], Any, int]] = []
        for rest, payload in self._exact.get(token, ()):
            cands.append((rest, payload, 3))
        n = len(token)
        for k in self._prefix_lens:
            if k <= n:
                for rest, payload in self._prefix.get(token[:k], ()):
                    cands.append((rest, payload, 1 + k / 100))
        for k in self._suffix_lens:
            if k <= n:
                for rest, payload in self._suffix.get(token[-k:], ()):
                    cands.append((rest, payload, 1 + k / 100))
        cands.sort(key=lambda c: (len(c[0]), c[2]), reverse=True)
        found = tuple((r, p) for r, p, _ in cands)
        if len(memo) > _MEMO_LIMIT:
            memo.clear()
        memo[token] = found
        return found

    def match_at(self, tokens: list[str], i: int) -> tuple[int, Any] | None:
        """Longest phrase starting at ``tokens[i]``: ``(length, payload)``."""
        return match_from(self.candidates(tokens[i]), tokens, i)

    def scan(self, tokens: list[str]) -> list[tuple[int, int, Any]]:
        """Non-overlapping longest matches, left to right: ``(start, end, payload)``."""
        out = []
        i, n = 0, len(tokens)
        cands = self.candidates
        while i < n:
            if cands(tokens[i]):
                m = self.match_at(tokens, i)
                if m is not None:
                    out.append((i, i + m[0], m[1]))
                    i += m[0]
                    continue
            i += 1
        return out


def match_from(cands: tuple, tokens: list[str], i: int) -> tuple[int, Any] | None:
    """Best of ``cands`` (from :meth:`PhraseMatcher.candidates`) that fits
    ``tokens`` at ``i``: ``(length, payload)`` or None."""
    n = len(tokens)
    for rest, payload in cands:
        if not rest:
            return 1, payload
        k = len(rest)
        if i + k >= n:
            continue
        pat = rest[0]
        tok = tokens[i + 1]
        if pat != tok and not ("*" in pat and _word_matches(pat, tok)):
            continue
        j = i + 2
        for pat in rest[1:]:
            tok = tokens[j]
            if pat != tok and not ("*" in pat and _word_matches(pat, tok)):
                break
            j += 1
        else:
            return 1 + k, payload
    return None
