"""Diet and allergy rules: which offer tags a person's diet or allergies
forbid, and reading the notes staff write ("vegetarian (no fish either)",
"coeliac - gluten-free only") in any of the window's languages.

Diet and allergy notes are health data (GDPR art. 9): here they only ever
*protect*, leaving people out of an offer that would not suit them; nothing
in this module selects an audience.

Threading: pure functions over constants; safe anywhere.
"""
from __future__ import annotations

import re
import unicodedata
from typing import Iterable

OFFER_TAGS: tuple[str, ...] = ("meat", "pork", "fish", "shellfish", "dairy", "egg", "gluten", "nuts",
                               "peanuts", "soy", "sesame", "celery", "mustard", "sulphites", "lupin",
                               "alcohol", "vegan", "vegetarian")
"""Tags an offer may carry: the menu catalogue's tags plus the rest of the 14
EU allergens. ``vegan`` and ``vegetarian`` describe a dish; they forbid
nothing."""
FOOD_TAGS = frozenset(OFFER_TAGS) - {"vegan", "vegetarian"}
"""Tags that say what is in a dish (a note nobody could read blocks these)."""
ANIMAL_TAGS = frozenset({"meat", "pork", "fish", "shellfish", "dairy", "egg"})

DIET_FORBIDS: dict[str, frozenset[str]] = {
    "vegetarian": frozenset({"meat", "pork", "fish", "shellfish"}),
    "pescatarian": frozenset({"meat", "pork"}),
    "vegan": ANIMAL_TAGS,
    "halal": frozenset({"pork", "alcohol"}),
    "kosher": frozenset({"pork", "shellfish"}),
    "gluten-free": frozenset({"gluten"}),
    "dairy-free": frozenset({"dairy"}),
    "no-alcohol": frozenset({"alcohol"}),
    "no-pork": frozenset({"pork"}),
}
"""Diet code -> offer tags it rules out. Kosher also rules out meat served
with dairy (see :func:`conflicts`)."""

ALLERGY_FORBIDS: dict[str, frozenset[str]] = {
    "gluten": frozenset({"gluten"}),
    "shellfish": frozenset({"shellfish"}),
    "egg": frozenset({"egg"}),
    "fish": frozenset({"fish"}),
    "peanuts": frozenset({"peanuts", "nuts"}),
    "nuts": frozenset({"nuts", "peanuts"}),
    "milk": frozenset({"dairy"}),
    "soy": frozenset({"soy"}),
    "sesame": frozenset({"sesame"}),
    "celery": frozenset({"celery"}),
    "mustard": frozenset({"mustard"}),
    "sulphites": frozenset({"sulphites"}),
    "lupin": frozenset({"lupin"}),
}
"""Allergen code (the 14 EU allergens; crustaceans and molluscs are
``shellfish``) -> offer tags it rules out. Nuts and peanuts rule out each
other: "nut allergy" is what people write for either, and they share
kitchens."""

# Words in the nine window languages, matched on accent-free lower-case text
# at the start of a word (so "vegetarian" also finds "vegetariana", "vegetarier").
DIET_WORDS: dict[str, tuple[str, ...]] = {
    "vegan": ("vegan", "vegano", "vegana", "vegetalien", "vegane", "veganer", "vegansk", "veganist",
              "веган"),
    "vegetarian": ("vegetarian", "veggie", "vegetarien", "vegetarisch", "vegetarier", "vegetarisk",
                   "vegetariano", "vegetariana", "вегетариан"),
    "pescatarian": ("pescatarian", "pescetarian", "pescetarien", "pescetariano", "pescatariano",
                    "pesketarier", "pescetarier", "пескетариан"),
    "halal": ("halal", "халяль", "халал"),
    "kosher": ("kosher", "koscher", "casher", "cacher", "kasher", "kosjer", "koosjer", "кошер"),
    "gluten-free": ("coeliac", "celiac", "celiaco", "celiaca", "celíaco", "coeliaque", "celiaque",
                    "zoliakie", "celiaki", "coeliakie", "целиак", "gluten-free", "gluten free",
                    "senza glutine", "sem gluten", "sin gluten", "sans gluten", "glutenfrei",
                    "glutenfri", "glutenvrij", "без глютена"),
    "dairy-free": ("dairy-free", "dairy free", "no dairy", "senza lattosio", "sem lactose",
                   "sin lactosa", "sans lactose", "laktosefrei", "laktosfri", "lactosevrij",
                   "без лактозы"),
    "no-alcohol": ("no alcohol", "teetotal", "doesn't drink", "does not drink", "niente alcol",
                   "sem alcool", "sin alcohol", "sans alcool", "kein alkohol", "ingen alkohol",
                   "geen alcohol", "без алкоголя", "не пьет", "не пьёт"),
    "no-pork": ("no pork", "niente maiale", "sem porco", "sin cerdo", "pas de porc", "kein schwein",
                "inget flask", "geen varkensvlees", "без свинины"),
}
ALLERGY_WORDS: dict[str, tuple[str, ...]] = {
    "peanuts": ("peanut", "arachid", "amendoim", "cacahuete", "cacahuète", "mani$", "erdnuss",
                "jordnot", "jordnöt", "pinda", "арахис"),
    "nuts": ("nut", "tree nut", "noci", "frutta a guscio", "nozes", "frutos secos", "fruits a coque",
             "fruits à coque", "noix", "nuss", "nüsse", "nusse", "nötter", "nötallerg", "noten$",
             "notenallerg", "орех"),
    "gluten": ("gluten", "coeliac", "celiac", "celiaco", "celiaca", "coeliaque", "celiaque",
               "zoliakie", "celiaki", "coeliakie", "glutine", "glúten", "глютен", "целиак",
               "wheat", "frumento", "trigo", "ble$", "weizen", "vete", "tarwe", "пшениц"),
    "milk": ("lactose", "lactos", "dairy", "milk", "lattosio", "latticin", "latte", "leite", "lactosa",
             "lacteo", "lait", "laitier", "laktose", "milch", "laktos", "mjölk", "mjolk", "melk",
             "lactose", "лактоз", "молок", "молочн"),
    "egg": ("egg", "uova", "uovo", "ovo", "ovos", "huevo", "oeuf", "œuf", "ei$", "eier", "ägg", "agg$",
            "eieren", "яйц"),
    "fish": ("fish", "pesce", "peixe", "pescado", "poisson", "fisch", "fisk", "vis$", "visallerg", "рыб"),
    "shellfish": ("shellfish", "crustacean", "mollus", "seafood", "prawn", "shrimp", "frutti di mare",
                  "crostace", "marisco", "crustace", "fruits de mer", "meeresfrücht", "meeresfrucht",
                  "krebstier", "skaldjur", "schaaldier", "schelpdier", "морепродукт", "моллюск",
                  "ракообраз"),
    "soy": ("soy", "soya", "soia", "soja", "сои", "соя"),
    "sesame": ("sesame", "sesamo", "sésamo", "sesamo", "sésame", "sesam", "кунжут"),
    "celery": ("celery", "sedano", "aipo", "apio", "celeri", "céleri", "sellerie", "selleri",
               "selderij", "сельдере"),
    "mustard": ("mustard", "senape", "mostarda", "mostaza", "moutarde", "senf", "senap", "mosterd",
                "горчиц"),
    "sulphites": ("sulphite", "sulfite", "solfiti", "sulfito", "sulfit", "сульфит"),
    "lupin": ("lupin", "lupino", "tremoço", "altramuz", "lupine", "lupinen", "lupin", "люпин"),
}
ALTERNATIVE_MILK = re.compile(
    r"\b(?:(?:oat|soy|soya|plant|almond|rice|coconut)\s*(?:or|/|,)?\s*)+milk\b")
""""oat or soy milk": what they drink instead, not an allergy to soy."""
NEGATED_FISH = re.compile(r"\bno fish either\b|\bnor fish\b")
""""vegetarian (no fish either)": a vegetarian already avoids fish; not a fish allergy."""


def _fold(text: str) -> str:
    """Lower-case, accents removed (ü -> u), Cyrillic kept."""
    norm = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in norm if not unicodedata.combining(c))


def _has_word(folded: str, word: str) -> bool:
    """``word`` at the start of a word of ``folded``; a word written with a
    final "$" must be the whole word ("ei$" is German egg, not "ein")."""
    whole = word.endswith("$")
    w = _fold(word.rstrip("$"))
    pattern = r"(?<![^\W\d_])" + re.escape(w) + (r"(?![^\W\d_])" if whole else "")
    return re.search(pattern, folded) is not None


def _find(folded: str, table: dict[str, tuple[str, ...]]) -> set[str]:
    return {code for code, words in table.items() if any(_has_word(folded, w) for w in words)}


def read_note(text: str | None, kind: str = "diet") -> tuple[frozenset[str], frozenset[str]]:
    """(diet codes, allergy codes) a staff note states, in any window
    language. ``kind`` is the note's kind ("diet" or "allergy"): words such
    as "gluten" or "lactose" in an allergy note are allergies, in a diet
    note they make a diet ("gluten-free"). Both empty: nothing could be read."""
    folded = _fold(text or "")
    folded = ALTERNATIVE_MILK.sub(" ", folded)
    folded = NEGATED_FISH.sub(" ", folded)
    diet = _find(folded, DIET_WORDS)
    allergies: set[str] = set()
    if kind == "allergy" or re.search(r"allerg|аллерг|intoleran|непереносим", folded):
        allergies = _find(folded, ALLERGY_WORDS)
        if "gluten-free" in diet:
            allergies.add("gluten")
        if "dairy-free" in diet:
            allergies.add("milk")
    return frozenset(diet), frozenset(allergies)


def conflicts(diet: Iterable[str], allergies: Iterable[str], tags: Iterable[str]
              ) -> list[tuple[str, str, frozenset[str]]]:
    """Every clash between a person and an offer's tags, as (kind, code,
    offending tags) with kind "diet" or "allergy". Empty: the offer suits."""
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
