"""Column mapping: header names -> canonical fields, by name, never by position.

Two layers:
* a profile (a known export) lists exact header aliases per field, matched
  case-insensitively after stripping BOM and spaces;
* the generic mapper uses synonym lists per kind, matched on a looser key
  (punctuation and underscores ignored), earliest synonym wins.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field

from desktop.core.records import ImportKind
from desktop.core.resources import resources_dir
from desktop.importers.textio import norm_key


def loose_key(name: str) -> str:
    """Header key ignoring case, accents, punctuation, underscores and
    camelCase ("Data_Recensione", "date de l'avis", "Quantità" and "quantita"
    compare equal to their plain spellings)."""
    s = re.sub(r"([a-z])([A-Z])", r"\1 \2", str(name).replace("\ufeff", "").strip())
    s = unicodedata.normalize("NFKD", s.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[_\-/.()\[\]:#'’`´]+", " ", s)
    return " ".join(s.split())


HEADER_LANGUAGES: tuple[str, ...] = ("en", "de", "it", "fr", "es", "pt", "sv", "nl", "ru")
"""Languages whose everyday column names are recognised, one data file each
in ``resources/headers/<lang>.json`` ({kind: {field: [names]}}); English first."""


DAY_FIRST_LANGUAGES: dict[str, str] = {
    "de": "German", "it": "Italian", "fr": "French", "es": "Spanish", "pt": "Portuguese",
    "sv": "Swedish", "nl": "Dutch", "ru": "Russian"}
"""Languages whose people write dates day first (03/05 is 3 May), with their
English names for messages: a file whose column names are in one of them
reads ambiguous dates that way unless the file itself decides."""


def header_language(headers: list[str]) -> str | None:
    """The language the column names are written in, when they say so: the
    language with the most names of its own (names another language shares
    do not count), or None when no column name is particular to one language."""
    votes: dict[str, int] = {}
    for key in {loose_key(h) for h in headers}:
        owners = _KEY_LANGUAGES.get(key, frozenset())
        if len(owners) == 1:
            (lang,) = owners
            votes[lang] = votes.get(lang, 0) + 1
    if not votes:
        return None
    best = max(votes.values())
    winners = [lang for lang, n in votes.items() if n == best]
    return winners[0] if len(winners) == 1 else None


def load_synonyms(languages: tuple[str, ...] = HEADER_LANGUAGES
                  ) -> tuple[dict[ImportKind, dict[str, tuple[str, ...]]], dict[str, frozenset[str]]]:
    """Every language's column names per kind and field, as loose keys; the
    fields in the order of the English file, within a field English names
    first. A name that two fields of one kind claim stays with the first.
    Also returns which languages use each name."""
    merged: dict[ImportKind, dict[str, list[str]]] = {k: {} for k in ImportKind}
    claimed: dict[ImportKind, set[str]] = {k: set() for k in ImportKind}
    languages_of: dict[str, set[str]] = {}
    folder = resources_dir() / "headers"
    for lang in languages:
        with open(folder / f"{lang}.json", encoding="utf-8") as fh:
            data = json.load(fh)
        for kind_name, fields in data.items():
            kind = ImportKind(kind_name)
            for fname, names in fields.items():
                bucket = merged[kind].setdefault(fname, [])
                for name in names:
                    key = loose_key(name)
                    languages_of.setdefault(key, set()).add(lang)
                    if key and key not in bucket and key not in claimed[kind]:
                        bucket.append(key)
                        claimed[kind].add(key)
    synonyms = {k: {f: tuple(v) for f, v in fields.items()} for k, fields in merged.items()}
    return synonyms, {k: frozenset(v) for k, v in languages_of.items()}


GENERIC_SYNONYMS, _KEY_LANGUAGES = load_synonyms()
"""Generic synonyms per kind (within a field, earlier synonyms win), and the
languages each column name belongs to."""

REQUIRED_GENERIC: dict[ImportKind, tuple[tuple[str, ...], ...]] = {
    ImportKind.REVIEWS: (("rating", "text", "recommended"),),
    ImportKind.CUSTOMERS: (("email", "phone", "name", "first_name", "last_name", "external_id"),),
    ImportKind.ORDERS: (("total", "item", "line_total", "description"), ("order_id", "ordered_at")),
}
"""A generic mapping is usable only if each group has at least one mapped field."""


@dataclass
class ColumnMap:
    """Field -> column index for one table; ``headers`` keeps the original names
    for messages."""

    headers: list[str]
    index: dict[str, int] = field(default_factory=dict)

    def get(self, cells: list[object], name: str) -> object:
        i = self.index.get(name)
        if i is None or i >= len(cells):
            return None
        return cells[i]

    def has(self, name: str) -> bool:
        return name in self.index

    def column(self, name: str) -> str:
        i = self.index.get(name)
        return self.headers[i] if i is not None else name

    def named(self) -> dict[str, str]:
        """Field -> original header name (for previews)."""
        return {f: self.headers[i] for f, i in self.index.items()}


def map_exact(headers: list[str], columns: dict[str, tuple[str, ...]]) -> ColumnMap:
    """Map fields by exact (case/space-insensitive) alias; first alias found wins.
    An alias ending in '*' matches any header with that prefix."""
    keys = [norm_key(h) for h in headers]
    cmap = ColumnMap(headers=list(headers))
    used: set[int] = set()
    for fname, aliases in columns.items():
        for alias in aliases:
            a = norm_key(alias)
            idx = None
            if a.endswith("*"):
                idx = next((i for i, k in enumerate(keys) if k.startswith(a[:-1]) and i not in used), None)
            elif a in keys:
                idx = keys.index(a)
            if idx is not None:
                cmap.index[fname] = idx
                used.add(idx)
                break
    return cmap


def map_generic(headers: list[str], kind: ImportKind) -> ColumnMap:
    """Best-effort synonym mapping for an unrecognised file of ``kind``."""
    keys = [loose_key(h) for h in headers]
    cmap = ColumnMap(headers=list(headers))
    used: set[int] = set()
    for fname, synonyms in GENERIC_SYNONYMS[kind].items():
        for syn in synonyms:
            idx = next((i for i, k in enumerate(keys) if k == syn and i not in used), None)
            if idx is not None:
                cmap.index[fname] = idx
                used.add(idx)
                break
    return cmap


def apply_override(cmap: ColumnMap, override: dict[str, str] | None) -> ColumnMap:
    """Apply a user's ``{field: header}`` choice on top of a mapping; an empty
    header removes the field. Unknown headers are ignored."""
    if not override:
        return cmap
    keys = [norm_key(h) for h in cmap.headers]
    for fname, header in override.items():
        if not header:
            cmap.index.pop(fname, None)
            continue
        k = norm_key(header)
        if k in keys:
            idx = keys.index(k)
            # a column the user gave to this field no longer feeds another one
            for other in [f for f, i in cmap.index.items() if i == idx and f not in override]:
                del cmap.index[other]
            cmap.index[fname] = idx
    return cmap


def generic_usable(cmap: ColumnMap, kind: ImportKind) -> bool:
    """True if the mapping has enough fields to build records of ``kind``."""
    return all(any(cmap.has(f) for f in group) for group in REQUIRED_GENERIC[kind])


KIND_SIGNALS: dict[ImportKind, dict[str, int]] = {
    ImportKind.REVIEWS: {"rating": 3, "recommended": 3, "reply_text": 2},
    ImportKind.CUSTOMERS: {"email": 2, "phone": 2, "accepts_email": 2, "birthday": 1},
    ImportKind.ORDERS: {"total": 2, "item": 2, "order_id": 2, "quantity": 1},
}
"""Extra weight of fields that say which kind a file is (a "Comment" column
alone does not make a customer list a review file)."""


def generic_score(cmap: ColumnMap, kind: ImportKind) -> int:
    """Mapped fields plus kind signals (0 when unusable); used to guess the kind."""
    if not generic_usable(cmap, kind):
        return 0
    return len(cmap.index) + sum(w for f, w in KIND_SIGNALS[kind].items() if cmap.has(f))
