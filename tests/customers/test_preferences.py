"""Diets and allergies read from staff notes and reviews."""
from __future__ import annotations

import pytest

from desktop.customers.preferences import (
    ALLERGENS,
    DIETS,
    conflicts,
    find_mentions,
    prefixed_notes,
    structure_note,
)


def codes(text):
    return {(m.kind, m.code) for m in find_mentions(text)}


def test_fourteen_eu_allergens_and_six_diets():
    assert len(ALLERGENS) == 14 and len(set(ALLERGENS)) == 14
    assert DIETS == ("vegetarian", "vegan", "gluten-free", "halal", "kosher", "dairy-free")


@pytest.mark.parametrize("note,diets,allergies", [
    ("vegetarian", {"vegetarian"}, set()),
    ("vegetarian (no fish either)", {"vegetarian"}, set()),
    ("coeliac - gluten-free only", {"gluten-free"}, {"gluten"}),
    ("nut allergy (severe) - check pastries and granola", set(), {"nuts"}),
    ("allergic to tree nuts and peanuts", set(), {"nuts", "peanuts"}),
    ("lactose intolerant - oat or soy milk", {"dairy-free"}, {"milk"}),
    ("no dairy, plant milk only", {"dairy-free"}, {"milk"}),
    ("gluten intolerant, no bread or pastries", {"gluten-free"}, {"gluten"}),
])
def test_staff_notes_become_structured(note, diets, allergies):
    s = structure_note("diet", note)
    assert (s.diets, s.allergies) == (diets, allergies)


def test_note_kinds_map_to_fields():
    assert structure_note("coffee", "oat flat white,  extra hot").usual_order == "oat flat white, extra hot"
    assert structure_note("seating", "likes the window table").seating == "likes the window table"
    assert structure_note("other", "comes with a dog").other == "comes with a dog"


@pytest.mark.parametrize("text,expected", [
    ("As a coeliac I was worried, but all fine", {("diet", "gluten-free"), ("allergy", "gluten")}),
    ("da vegetariana apprezzo le opzioni", {("diet", "vegetarian")}),
    ("у меня аллергия на орехи, и они были внимательны", {("allergy", "nuts")}),
    ("de var väldigt noga med min nötallergi", {("allergy", "nuts")}),
    ("sie haben sehr auf meine Zöliakie geachtet", {("diet", "gluten-free"), ("allergy", "gluten")}),
    ("tuvieron muchísimo cuidado con mi celiaquía", {("diet", "gluten-free"), ("allergy", "gluten")}),
    ("ils ont fait attention à mon intolérance au lactose", {("diet", "dairy-free"), ("allergy", "milk")}),
    ("ik ben vegetariër", {("diet", "vegetarian")}),
    ("I'm not vegetarian but the veggie bowl was great", set()),
    ("Great sesame bagel", set()),   # an ingredient named is no allergy
])
def test_mentions_in_reviews(text, expected):
    assert codes(text) == expected


def test_mentions_keep_their_sentence_as_evidence():
    (m,) = find_mentions("Lovely place. As a vegan I had plenty of choice! Will return.")
    assert m.sentence == "As a vegan I had plenty of choice!"


def test_thefork_preference_lines():
    assert prefixed_notes("regular\nallergies: peanuts\nseating: terrace") == [
        ("allergy", "peanuts"), ("seating", "terrace")]


def test_conflicts_between_diets_allergies_and_item_tags():
    assert conflicts({"vegetarian"}, set(), {"meat", "gluten"}) == {"vegetarian"}
    assert conflicts(set(), {"nuts", "milk"}, {"dairy"}) == {"milk"}
    assert conflicts({"vegan"}, {"gluten"}, {"egg", "gluten"}) == {"vegan", "gluten"}
    assert conflicts({"vegetarian"}, set(), {"dairy"}) == set()
