"""Review authors matched to customers: name forms, contacts, a visit before."""
from __future__ import annotations

from customer_helpers import END, visits_of

from desktop.customers.matching import LINK_CONFIDENCE, LINK_MIN_CONFIDENCE, LINK_VISIT_DAYS, match_authors

CUSTOMERS = [(1, "Maria Rossi", "maria@example.com", "+393331234567"), (2, "Maria Russo", None, None),
             (3, "João Silva", None, None), (4, "Ana Lopes", None, None), (5, "Émilie Durand", None, None)]


def links(author: str, day_ago: int = 0, visits: dict | None = None):
    v = visits_of(visits if visits is not None else {})
    return [(l.customer_id, l.method, l.confidence)
            for l in match_authors([(10, author, END - day_ago)], CUSTOMERS, v)]


def test_full_name_and_a_visit_in_the_days_before():
    assert links("Maria Rossi", 0, {1: [LINK_VISIT_DAYS]}) == [(1, "name+visit", LINK_CONFIDENCE["name+visit"])]
    # a visit one day too early is no evidence; their orders show no visit then
    assert links("Maria Rossi", 0, {1: [LINK_VISIT_DAYS + 1]}) == [(1, "name-no-visit", 0.6)]
    # a visit after the review is no evidence either
    assert links("Maria Rossi", 5, {1: [2]}) == [(1, "name-no-visit", 0.6)]


def test_case_accents_and_spacing_do_not_matter():
    assert links("joao  SILVA") == [(3, "name", LINK_CONFIDENCE["name"])]
    assert links("Emilie Durand") == [(5, "name", LINK_CONFIDENCE["name"])]


def test_initials_need_a_visit_and_are_shared_out():
    assert links("Maria R.") == []  # two Maria Rs, no visit: too weak
    assert links("Maria R.", 0, {2: [1]}) == [(2, "initial+visit", LINK_CONFIDENCE["initial+visit"])]
    both = links("Maria R.", 0, {1: [1], 2: [2]})
    assert both == []  # 0.8 shared by two is below the minimum
    assert LINK_MIN_CONFIDENCE == 0.5
    assert links("M. Rossi", 0, {1: [0]}) == [(1, "initial+visit", 0.8)]


def test_first_name_only_when_the_only_one_who_came():
    assert links("Ana") == []
    assert links("Ana", 1, {4: [2]}) == [(4, "first-name+visit", LINK_CONFIDENCE["first-name+visit"])]


def test_email_or_phone_in_the_author_field():
    assert links("maria@example.com") == [(1, "email", 0.97)]
    assert links("+39 333 123 4567") == [(1, "phone", 0.97)]


def test_strangers_are_not_linked():
    assert links("Giovanni Bianchi", 0, {1: [0], 2: [0]}) == []
    assert links("") == [] and links("Anonymous") == []
