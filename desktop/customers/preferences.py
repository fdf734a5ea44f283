"""Structured preferences: diets, the 14 EU allergens, and reading them out
of what staff wrote ("coeliac - gluten-free only") or what a guest wrote in a
review ("as a vegetarian I ...").

Diet and allergy data is health data (GDPR art. 9): it is kept apart from
the rest of a customer's profile and is used to *protect* people (leave them
out of an offer that does not suit them), never to choose an audience. Notes
written by staff count as entered by a person; anything read from a review
is only ever a suggestion for a person to accept.

Pure; safe from any thread.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.customers.lexicon import Lexicon, fold, load_lexicon

DIETS: tuple[str, ...] = ("vegetarian", "vegan", "gluten-free", "halal", "kosher", "dairy-free")
ALLERGENS: tuple[str, ...] = ("gluten", "crustaceans", "eggs", "fish", "peanuts", "soybeans", "milk", "nuts",
                              "celery", "mustard", "sesame", "sulphites", "lupin", "molluscs")
"""The 14 allergens of EU Regulation 1169/2011 Annex II, in its order ("nuts" are tree nuts)."""
CHANNELS: tuple[str, ...] = ("email", "sms", "whatsapp")
PROFILE_FIELDS: tuple[str, ...] = ("usual_order", "seating", "language", "preferred_channel", "best_time", "notes")
"""The owner-editable, non-health fields of a customer's profile."""
NEGATION_WINDOW = 3
"""A mention with a negation among the three words before it ("not vegetarian") does not count."""
ALLERGEN_MENU_TAGS: dict[str, frozenset[str]] = {
    "gluten": frozenset({"gluten"}), "milk": frozenset({"dairy"}), "eggs": frozenset({"egg"}),
    "nuts": frozenset({"nuts"}), "peanuts": frozenset({"nuts"}), "fish": frozenset({"fish"}),
    "crustaceans": frozenset({"shellfish"}), "molluscs": frozenset({"shellfish"}),
}
"""Menu tags an allergen rules out (the others have no menu tag of their own)."""
DIET_MENU_TAGS: dict[str, frozenset[str]] = {
    "vegetarian": frozenset({"meat", "fish", "shellfish"}),
    "vegan": frozenset({"meat", "fish", "shellfish", "dairy", "egg"}),
    "gluten-free": frozenset({"gluten"}), "dairy-free": frozenset({"dairy"}),
    "halal": frozenset({"alcohol"}), "kosher": frozenset({"shellfish"}),
}
"""Menu tags a diet rules out, as far as tags can tell (halal and kosher need
more than tags: pork is "meat"; the messaging rules may be stricter)."""


@dataclass(frozen=True)
class Mention:
    """``kind`` ("diet" or "allergy") ``code`` said in ``text`` at ``start:end`` (of the folded text)."""

    kind: str
    code: str
    phrase: str
    sentence: str


_SENTENCE_RE = re.compile(r"[^.!?;\n]+[.!?]?")


def find_mentions(text: str | None, lexicon: Lexicon | None = None,
                  check_negation: bool = True) -> list[Mention]:
    """Diets and allergies ``text`` mentions, each once, with the sentence
    that says so (for the evidence shown to the owner)."""
    if not text:
        return []
    lex = lexicon or load_lexicon()
    if lex.any_mention is None or not lex.any_mention.search(fold(text)):
        return []
    out: list[Mention] = []
    seen: set[tuple[str, str]] = set()
    for raw in _SENTENCE_RE.findall(text):
        sentence = raw.strip()
        folded = fold(sentence)
        found = [(label, start, end) for label, matcher in lex.mentions
                 for label, start, end in matcher.find(folded)[:1]]
        for (kind, code), start, end in sorted(found, key=lambda f: f[1]):
            if (kind, code) in seen:
                continue
            before = re.findall(r"[^\W_]+", folded[:start])[-NEGATION_WINDOW:]
            if check_negation and any(w in lex.negations for w in before) and not _is_restriction(before):
                continue
            seen.add((kind, code))
            out.append(Mention(kind, code, folded[start:end], sentence))
    return out


def _is_restriction(before: list[str]) -> bool:
    """"no dairy" and "no gluten" are themselves restrictions, not negations of one."""
    return bool(before) and before[-1] in {"no", "sem", "sin", "senza", "ohne", "zonder", "utan", "sans", "без"}


@dataclass(frozen=True)
class StructuredNote:
    """What a staff note says in structured form."""

    diets: frozenset[str]
    allergies: frozenset[str]
    usual_order: str | None = None
    seating: str | None = None
    other: str | None = None


def structure_note(kind: str, note: str, lexicon: Lexicon | None = None) -> StructuredNote:
    """A staff note (``kind``: diet, allergy, coffee, seating, other; TheFork's
    food/drinks too) as structured fields. Diets and allergies are read from
    any kind of note; a coffee or drinks note is the usual order; a seating
    note the seating; anything else stays free text."""
    mentions = find_mentions(note, lexicon, check_negation=False)
    diets = frozenset(m.code for m in mentions if m.kind == "diet")
    allergies = frozenset(m.code for m in mentions if m.kind == "allergy")
    text = " ".join(note.split())
    kind = (kind or "other").strip().lower()
    if kind in ("coffee", "drinks", "usual", "usual_order", "food"):
        return StructuredNote(diets, allergies, usual_order=text)
    if kind == "seating":
        return StructuredNote(diets, allergies, seating=text)
    if kind in ("diet", "allergy", "allergies") and (diets or allergies):
        return StructuredNote(diets, allergies)
    return StructuredNote(diets, allergies, other=text)


PREFIXED_NOTE_RE = re.compile(r"^\s*(allergies|diet|food|drinks|seating)\s*:\s*(.+)$", re.IGNORECASE | re.MULTILINE)
"""Preference lines the importers add to a customer's note ("allergies: nuts", TheFork)."""


def prefixed_notes(note: str | None) -> list[tuple[str, str]]:
    """("allergy" | "diet" | "food" | "drinks" | "seating", text) for each preference line of ``note``."""
    out = []
    for kind, text in PREFIXED_NOTE_RE.findall(note or ""):
        kind = kind.lower()
        out.append(("allergy" if kind == "allergies" else kind, text.strip()))
    return out


def conflicts(diets: set[str] | frozenset[str], allergies: set[str] | frozenset[str],
              item_tags: set[str] | frozenset[str]) -> set[str]:
    """Which of a person's diets and allergies an item's tags conflict with."""
    found = {d for d in diets if DIET_MENU_TAGS.get(d, frozenset()) & item_tags}
    found |= {a for a in allergies if ALLERGEN_MENU_TAGS.get(a, frozenset()) & item_tags}
    return found
