"""Diet and allergy rules for offers: which offer tags a person's diets or
allergies forbid.

Who is vegetarian, vegan, coeliac or allergic to nuts is decided once, by
the customer side (``desktop.customers.preferences``: staff notes read into
structured diets and the 14 EU allergens, the owner's own entries, and
suggestions the owner accepted). This module only holds the offer side of
the rule, built on the customer side's tables: the same diet and allergen
codes, the same menu tags, plus the few offer tags the menu catalogue has
no tag for (pork, and the allergens without a menu tag of their own). It
reads no notes and decides no diets.

Diet and allergy data is health data (GDPR art. 9): here it only ever
*protects*, leaving people out of an offer that would not suit them; nothing
in this module selects an audience.

Threading: pure functions over constants; safe anywhere.
"""
from __future__ import annotations

from typing import Iterable

from desktop.customers.menu import MENU_TAGS
from desktop.customers.preferences import ALLERGEN_MENU_TAGS, ALLERGENS, DIET_MENU_TAGS, DIETS

ALLERGEN_OFFER_TAGS: dict[str, str] = {
    "peanuts": "peanuts", "soybeans": "soy", "sesame": "sesame", "celery": "celery", "mustard": "mustard",
    "sulphites": "sulphites", "lupin": "lupin",
}
"""Allergens without a menu tag of their own -> the offer tag that declares them."""
OFFER_TAGS: tuple[str, ...] = (*MENU_TAGS, "pork", *ALLERGEN_OFFER_TAGS.values())
"""Tags an offer may carry: the menu catalogue's tags, ``pork`` (a kind of
meat some diets single out), and the rest of the 14 EU allergens.
``vegan`` and ``vegetarian`` describe a dish; they forbid nothing."""
FOOD_TAGS = frozenset(OFFER_TAGS) - {"vegan", "vegetarian"}
"""Tags that say what is in a dish or a drink (a note nobody could read blocks these)."""

DIET_STRICTER: dict[str, frozenset[str]] = {
    "halal": frozenset({"pork"}),
    "kosher": frozenset({"pork"}),
}
"""What the menu tags cannot say: pork is "meat" on the menu, but an offer
may name it, and halal and kosher rule it out."""
DIET_FORBIDS: dict[str, frozenset[str]] = {
    diet: DIET_MENU_TAGS.get(diet, frozenset())
    | DIET_STRICTER.get(diet, frozenset())
    | (frozenset({"pork"}) if "meat" in DIET_MENU_TAGS.get(diet, frozenset()) else frozenset())
    for diet in DIETS
}
"""Diet code (``preferences.DIETS``) -> offer tags it rules out. Kosher also
rules out meat served with dairy (see :func:`conflicts`)."""

ALLERGY_FORBIDS: dict[str, frozenset[str]] = {
    code: ALLERGEN_MENU_TAGS.get(code, frozenset())
    | ({ALLERGEN_OFFER_TAGS[code]} if code in ALLERGEN_OFFER_TAGS else frozenset())
    | (frozenset({"peanuts"}) if code == "nuts" else frozenset())
    for code in ALLERGENS
}
"""Allergen code (``preferences.ALLERGENS``, the 14 EU allergens) -> offer
tags it rules out. Nuts and peanuts rule out each other: "nut allergy" is
what people write for either, and they share kitchens."""


def conflicts(diet: Iterable[str], allergies: Iterable[str], tags: Iterable[str]
              ) -> list[tuple[str, str, frozenset[str]]]:
    """Every clash between a person and an offer's tags, as (kind, code,
    offending tags) with kind "diet" or "allergy". Empty: the offer suits.
    An allergen code unknown to the table forbids the tag of its own name."""
    tags = frozenset(t.strip().lower() for t in tags if t and t.strip())
    out: list[tuple[str, str, frozenset[str]]] = []
    for code in sorted(set(diet)):
        bad = DIET_FORBIDS.get(code, frozenset()) & tags
        if code == "kosher" and {"meat", "dairy"} <= tags:
            bad |= {"meat", "dairy"}
        if bad:
            out.append(("diet", code, frozenset(bad)))
    for code in sorted(set(allergies)):
        bad = ALLERGY_FORBIDS.get(code, frozenset({code})) & tags
        if bad:
            out.append(("allergy", code, frozenset(bad)))
    return out


def parse_tags(text: str | Iterable[str] | None) -> frozenset[str]:
    """Offer tags from "meat, dairy" or a list; unknown tags raise ValueError
    naming them (a typo must not let an offer through)."""
    if text is None:
        return frozenset()
    items = text.split(",") if isinstance(text, str) else list(text)
    tags = frozenset(t.strip().lower() for t in items if t and t.strip())
    unknown = sorted(tags - set(OFFER_TAGS))
    if unknown:
        raise ValueError(f"unknown offer tag(s): {', '.join(unknown)} (use {', '.join(OFFER_TAGS)})")
    return tags
