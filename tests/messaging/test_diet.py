"""Diet and allergy rules: who an offer must never reach. The diets and allergens are the customer
side's codes (staff notes are read there, in every window language: tested here too, since the
offers depend on it)."""
from __future__ import annotations

import pytest

from desktop.customers.menu import MENU_TAGS
from desktop.customers.preferences import ALLERGENS, DIETS, structure_note
from desktop.messaging.diet import ALLERGY_FORBIDS, DIET_FORBIDS, OFFER_TAGS, conflicts, parse_tags


@pytest.mark.parametrize(("diet", "tag", "clash"), [
    ("vegetarian", "meat", True), ("vegetarian", "fish", True), ("vegetarian", "shellfish", True),
    ("vegetarian", "pork", True), ("vegetarian", "dairy", False), ("vegetarian", "egg", False),
    ("vegan", "dairy", True), ("vegan", "egg", True), ("vegan", "meat", True), ("vegan", "gluten", False),
    ("halal", "pork", True), ("halal", "alcohol", True), ("halal", "meat", False),
    ("kosher", "pork", True), ("kosher", "shellfish", True), ("kosher", "meat", False),
    ("gluten-free", "gluten", True), ("dairy-free", "dairy", True), ("gluten-free", "dairy", False),
    ("vegetarian", "vegetarian", False), ("vegan", "vegan", False),
])
def test_each_diet_forbids_exactly_its_tags(diet: str, tag: str, clash: bool) -> None:
    assert bool(conflicts({diet}, (), {tag})) is clash


def test_kosher_forbids_meat_with_dairy_but_not_either_alone() -> None:
    assert conflicts({"kosher"}, (), {"meat", "dairy"})
    assert not conflicts({"kosher"}, (), {"meat"}) and not conflicts({"kosher"}, (), {"dairy"})


@pytest.mark.parametrize(("allergy", "tag"), [
    ("nuts", "nuts"), ("nuts", "peanuts"), ("peanuts", "nuts"), ("milk", "dairy"), ("gluten", "gluten"),
    ("eggs", "egg"), ("fish", "fish"), ("crustaceans", "shellfish"), ("molluscs", "shellfish"),
    ("sesame", "sesame"), ("soybeans", "soy"),
    ("celery", "celery"), ("mustard", "mustard"), ("sulphites", "sulphites"), ("lupin", "lupin"),
])
def test_each_allergen_forbids_its_tag(allergy: str, tag: str) -> None:
    found = conflicts((), {allergy}, {tag})
    assert found and found[0][0] == "allergy" and tag in found[0][2]


def test_an_offer_without_the_allergen_suits_the_allergic() -> None:
    assert conflicts((), {"nuts"}, {"dairy", "gluten"}) == []
    assert conflicts({"vegetarian"}, {"nuts"}, set()) == []


def test_every_rule_uses_known_tags_and_the_customer_sides_codes() -> None:
    for forbids in (*DIET_FORBIDS.values(), *ALLERGY_FORBIDS.values()):
        assert forbids <= set(OFFER_TAGS)
    assert set(DIET_FORBIDS) == set(DIETS) and set(ALLERGY_FORBIDS) == set(ALLERGENS) and len(ALLERGENS) == 14
    assert set(MENU_TAGS) <= set(OFFER_TAGS)
    assert all(ALLERGY_FORBIDS.values()) and all(DIET_FORBIDS.values())


@pytest.mark.parametrize(("note", "kind", "diet", "allergies"), [
    ("vegetarian", "diet", {"vegetarian"}, set()),
    ("vegetarian (no fish either)", "diet", {"vegetarian"}, set()),
    ("vegana", "diet", {"vegan"}, set()),
    ("Vegetarier", "diet", {"vegetarian"}, set()),
    ("вегетарианка", "diet", {"vegetarian"}, set()),
    ("halal only", "diet", {"halal"}, set()),
    ("coeliac - gluten-free only", "allergy", {"gluten-free"}, {"gluten"}),
    ("celíaca", "allergy", {"gluten-free"}, {"gluten"}),
    ("gluten intolerant, no bread or pastries", "allergy", {"gluten-free"}, {"gluten"}),
    ("lactose intolerant - oat or soy milk", "allergy", {"dairy-free"}, {"milk"}),
    ("allergic to tree nuts and peanuts", "allergy", set(), {"nuts", "peanuts"}),
    ("nut allergy (severe) - check pastries and granola", "allergy", set(), {"nuts"}),
    ("allergia alle noci", "allergy", set(), {"nuts"}),
    ("Nussallergie", "allergy", set(), {"nuts"}),
    ("аллергия на орехи", "allergy", set(), {"nuts"}),
    ("allergique aux fruits de mer", "allergy", set(), {"crustaceans", "molluscs"}),
    ("Allergie gegen Eier", "allergy", set(), {"eggs"}),
])
def test_staff_notes_are_read_in_every_language(note: str, kind: str, diet: set, allergies: set) -> None:
    fact = structure_note(kind, note)
    assert (fact.diets, fact.allergies) == (frozenset(diet), frozenset(allergies))


def test_a_note_nobody_can_read_reads_as_nothing() -> None:
    for note in ("check with Ana before serving",
                 "Allergie, ein Formular liegt vor; visit notes"):  # "ein" is not "Ei", "visit" not Dutch "vis"
        fact = structure_note("allergy", note)
        assert not fact.diets and not fact.allergies


def test_a_typo_in_offer_tags_stops_the_offer() -> None:
    assert parse_tags("meat, Dairy") == frozenset({"meat", "dairy"})
    with pytest.raises(ValueError, match="meet"):
        parse_tags("meet")
