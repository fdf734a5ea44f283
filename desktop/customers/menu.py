"""The menu catalogue's tags: suggested from an item's name, in any of the
supported languages, with the owner's own choice winning over suggestions.

Pure; safe from any thread.
"""
from __future__ import annotations

from typing import Iterable

from desktop.customers.lexicon import Lexicon, fold, load_lexicon

MENU_TAGS: tuple[str, ...] = ("meat", "fish", "shellfish", "dairy", "egg", "gluten", "nuts", "alcohol",
                              "vegan", "vegetarian")
"""Every tag an item can carry, in the order the window shows them."""
ANIMAL_TAGS = frozenset({"meat", "fish", "shellfish"})
"""Tags a vegetarian does not eat."""
NOT_VEGAN_TAGS = ANIMAL_TAGS | {"dairy", "egg"}
FOOD_TAGS = frozenset({"meat", "fish", "shellfish", "egg", "gluten", "vegetarian", "vegan"})
"""An item with one of these is something to eat (a visit with one is a meal), not only a drink."""


def item_key(name: str) -> str:
    """How item names are compared: "Flat White " and "flat white" are one item."""
    return " ".join(fold(name).split())


def suggest_tags(name: str, lexicon: Lexicon | None = None) -> frozenset[str]:
    """Tags that the words of ``name`` suggest ("Prosciutto & mozzarella
    panino" -> meat, dairy, gluten). A milk drink is dairy unless a plant milk
    is named ("oat latte"); a generic word (burger, sausage) is meat unless the
    name says vegetarian or vegan, and such a name drops the animal tags
    ("vegan chorizo"). Nothing is ever concluded from a word missing: an
    unknown item simply has no tags."""
    lex = lexicon or load_lexicon()
    text = fold(name)
    tags: set[str] = set()
    for found, _start, _end in lex.words.find(text):
        tags.update(found)
    if lex.milk_drinks.find(text) and not lex.plant_milks.find(text):
        tags.add("dairy")
    veg = bool(tags & {"vegetarian", "vegan"})
    if lex.generic_meat.find(text) and not veg:
        tags.add("meat")
    if "vegan" in tags:
        tags.add("vegetarian")
        tags -= NOT_VEGAN_TAGS
    elif "vegetarian" in tags:
        tags -= ANIMAL_TAGS
    return frozenset(tags)


def effective_tags(suggested: Iterable[str], owner: Iterable[str] | None) -> frozenset[str]:
    """The owner's tags when they chose any (even none: an explicit empty
    choice says "nothing to declare"), else the suggested ones."""
    return frozenset(owner) if owner is not None else frozenset(suggested)


def parse_tags(text: str | None) -> frozenset[str] | None:
    """Stored tag text ("meat,gluten") -> tags; None stays None (no choice made)."""
    if text is None:
        return None
    return frozenset(t for t in (p.strip() for p in text.split(",")) if t in MENU_TAGS)


def format_tags(tags: Iterable[str] | None) -> str | None:
    """Tags -> stored text in ``MENU_TAGS`` order; None stays None."""
    if tags is None:
        return None
    chosen = set(tags)
    unknown = chosen - set(MENU_TAGS)
    if unknown:
        raise ValueError(f"unknown menu tag(s): {', '.join(sorted(unknown))}")
    return ",".join(t for t in MENU_TAGS if t in chosen)


def is_animal(tags: Iterable[str]) -> bool:
    return bool(ANIMAL_TAGS & set(tags))
