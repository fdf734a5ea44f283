"""Menu tags suggested from item names in every supported language."""
from __future__ import annotations

import json

import pytest

from desktop.customers.lexicon import LANGUAGES, fold, menu_dir
from desktop.customers.menu import (
    MENU_TAGS,
    effective_tags,
    format_tags,
    item_key,
    parse_tags,
    suggest_tags,
)

CASES = [
    ("Prosciutto & mozzarella panino", {"meat", "dairy", "gluten"}),   # it
    ("Bacon & egg roll", {"meat", "egg", "gluten"}),                    # en
    ("Pollo al limone", {"meat"}),
    ("Skinka och ost", {"meat", "dairy"}),                              # sv
    ("Jamón ibérico", {"meat"}),                                        # es, accent
    ("Jamon iberico", {"meat"}),                                        # es, no accent
    ("Poulet rôti", {"meat"}),                                          # fr
    ("Schinken-Käse-Toast", {"meat", "dairy", "gluten"}),               # de
    ("Курица гриль", {"meat"}),                                         # ru, stem
    ("Broodje kip", {"meat", "gluten"}),                                # nl
    ("Bifana", {"meat", "gluten"}),                                     # pt
    ("Tuna melt", {"fish", "dairy", "gluten"}),
    ("Garlic prawns", {"shellfish"}),
    ("Almond croissant", {"nuts", "gluten", "dairy"}),
    ("Glass of vinho verde", {"alcohol"}),
    ("Flat white", {"dairy"}),
    ("Oat flat white", {"gluten"}),            # a plant milk: no dairy (oats carry gluten, EU rule)
    ("Cappuccino con latte di soia", set()),
    ("Veggie burger", {"vegetarian"}),         # a generic meat word with a veg marker
    ("Burger", {"meat"}),
    ("Vegan chorizo wrap", {"vegan", "vegetarian", "gluten"}),
    ("Espresso", set()),
    ("Soup of the day", set()),                # unknown: no tags, nothing concluded
]


@pytest.mark.parametrize("name,tags", CASES)
def test_tags_from_item_names(name, tags):
    assert suggest_tags(name) == frozenset(tags)


def test_every_language_has_a_lexicon_with_known_tags_only():
    for lang in LANGUAGES:
        data = json.loads((menu_dir() / f"{lang}.json").read_text(encoding="utf-8"))
        assert data["language"] == lang
        assert data["words"], lang
        assert {t for tags in data["words"].values() for t in tags} <= set(MENU_TAGS), lang
        assert set(data["mentions"]) == {"diet", "allergy", "negations"}, lang


def test_owner_choice_wins_even_when_empty():
    assert effective_tags({"meat"}, None) == {"meat"}
    assert effective_tags({"meat"}, {"vegetarian"}) == {"vegetarian"}
    assert effective_tags({"meat"}, set()) == frozenset()


def test_tag_text_round_trip_and_unknown_tags():
    assert format_tags({"gluten", "meat"}) == "meat,gluten"
    assert parse_tags("meat,gluten") == {"meat", "gluten"}
    assert parse_tags(None) is None and parse_tags("") == frozenset()
    with pytest.raises(ValueError):
        format_tags({"spicy"})


def test_item_keys_ignore_case_accents_and_spacing():
    assert item_key("  Flat   White ") == item_key("flat white")
    assert item_key("Galão") == "galao" and fold("Œuf") == "oeuf"
