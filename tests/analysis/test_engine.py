"""Unit tests for the review-analysis engine (English lexicon)."""
from __future__ import annotations

import pytest

from desktop.analysis.engine import ENGINE_VERSION, analyze, analyze_many, propose_terms
from desktop.core.analysis import ASPECTS, TextAnalysis


def pol(text: str, aspect: str, **kw) -> float:
    a = analyze(text, lang="en", **kw)
    assert aspect in a.aspects, (text, a.aspects)
    return a.aspects[aspect]


# -- sentiment: negation, intensifiers, contrast ------------------------------------

def test_plain_polarity() -> None:
    assert analyze("The coffee was great.", lang="en").sentiment > 0.3
    assert analyze("The coffee was awful.", lang="en").sentiment < -0.3


@pytest.mark.parametrize("text", ["The food was not good.", "The food wasn't good.",
                                  "The food was never good.", "The food didn't taste good."])
def test_negation_flips(text: str) -> None:
    assert analyze(text, lang="en").sentiment < 0
    assert pol(text, "food") < 0


def test_negated_negative_is_mildly_positive() -> None:
    s = analyze("The food was not bad at all.", lang="en").sentiment
    assert 0 < s < 0.7


def test_negation_scope_is_limited() -> None:
    # "not" must not reach past the clause into "great service"
    a = analyze("We did not wait long, and the service was great.", lang="en")
    assert a.aspects["service"] > 0


def test_intensifier_and_diminisher() -> None:
    base = analyze("The soup was good.", lang="en").sentiment
    assert analyze("The soup was very good.", lang="en").sentiment > base
    assert analyze("The soup was slightly good.", lang="en").sentiment < base


def test_contrast_scopes_aspects() -> None:
    a = analyze("The food was great but the service was slow.", lang="en")
    assert a.aspects["food"] > 0
    assert a.aspects["service"] < 0


def test_contrast_weights_sentence() -> None:
    assert analyze("The place is pretty, but the food was terrible.", lang="en").sentiment < 0
    assert analyze("Although the wait was long, the food was excellent.", lang="en").sentiment > 0


def test_opinion_goes_to_nearest_aspect() -> None:
    a = analyze("Delicious pizza, rude waiter.", lang="en")
    assert a.aspects["food"] > 0 and a.aspects["service"] < 0


def test_list_of_aspects_shares_opinion() -> None:
    a = analyze("The food and the service were excellent.", lang="en")
    assert a.aspects["food"] > 0 and a.aspects["service"] > 0


def test_too_makes_anything_negative() -> None:
    assert analyze("It was too quiet.", lang="en").sentiment < 0
    assert analyze("It was not too noisy.", lang="en").sentiment > 0


def test_negation_without_opinion_is_a_mild_complaint() -> None:
    a = analyze("The waiter did not bring our water.", lang="en")
    assert -0.5 < a.aspects["service"] < 0


def test_hyphenated_words() -> None:
    a = analyze("Our waitress was un-friendly and the pasta over-priced.", lang="en")
    assert a.aspects["service"] < 0 and a.aspects["price"] < 0


# -- aspects ------------------------------------------------------------------------

def test_cue_defers_to_named_aspect_of_same_family() -> None:
    assert set(analyze("The coffee was delicious.", lang="en").aspects) == {"drinks"}
    assert set(analyze("Delicious! Friendly staff.", lang="en").aspects) == {"food", "service"}


@pytest.mark.parametrize("text,aspect,sign", [
    ("The croissants were stale.", "food", -1),
    ("Best flat white in town.", "drinks", 1),
    ("The barista was lovely.", "service", 1),
    ("Prices are far too high.", "price", -1),
    ("Way overpriced for what you get.", "price", -1),
    ("The music was too loud.", "ambience", -1),
    ("Cozy little spot.", "ambience", 1),
    ("The bathrooms were filthy.", "cleanliness", -1),
    ("We waited 40 minutes for a table, the wait was ridiculous.", "wait", -1),
    ("Our coffee arrived quickly.", "wait", 1),
])
def test_each_aspect(text: str, aspect: str, sign: int) -> None:
    assert pol(text, aspect) * sign > 0


def test_aspect_names_are_the_public_ones() -> None:
    a = analyze("Great food, cheap wine, slow service, noisy room, dirty toilets.", lang="en")
    assert set(a.aspects) <= set(ASPECTS)
    assert {m.aspect for m in a.mentions} <= set(ASPECTS)
    assert all(-1 <= v <= 1 for v in a.aspects.values())


def test_mentions_point_to_sentences() -> None:
    a = analyze("Lovely staff. The cake was dry.", lang="en")
    by_aspect = {m.aspect: m for m in a.mentions}
    assert by_aspect["service"].sentence == 0 and by_aspect["food"].sentence == 1
    assert by_aspect["food"].term == "cake"
    assert len(a.sentences) == 2 and a.sentences[1].sentiment < 0


def test_rating_nudges_the_text_but_not_a_neutral_mention() -> None:
    plain = analyze("We had lunch with the waiter Tom.", lang="en")
    low = analyze("We had lunch with the waiter Tom.", lang="en", rating=1)
    high = analyze("We had lunch with the waiter Tom.", lang="en", rating=5)
    assert low.sentiment < plain.sentiment <= high.sentiment
    for a in (plain, low, high):  # mentioned, no opinion: neither a complaint nor a praise
        assert "service" not in a.aspects and "service" in a.neutral_aspects
        assert [m.polarity for m in a.mentions if m.aspect == "service"] == [0.0]


# -- flags --------------------------------------------------------------------------

@pytest.mark.parametrize("text,flag", [
    ("Got food poisoning after the chicken.", "food_poisoning"),
    ("My son had an allergic reaction even though we told them about his nut allergy.", "allergy"),
    ("There was a hair in my soup.", "foreign_object"),
    ("Saw a cockroach near the counter.", "pest"),
    ("I will be contacting my lawyer.", "legal_threat"),
    ("The chicken was raw chicken inside, totally unsanitary.", "hygiene"),
])
def test_flags(text: str, flag: str) -> None:
    assert flag in analyze(text, lang="en").flags


def test_negated_flag_is_ignored() -> None:
    assert analyze("Nobody got sick, the food was great.", lang="en").flags == ()
    assert analyze("Lovely coffee and cake.", lang="en").flags == ()


# -- owner's own terms --------------------------------------------------------------

def test_extra_terms() -> None:
    terms = {"dish": ["cacio e pepe"], "staff": ["Marco"]}
    a = analyze("The cacio e pepe was divine and Marco was so rude.", lang="en", extra_terms=terms)
    kinds = {m.aspect: m for m in a.mentions}
    assert kinds["dish"].term == "cacio e pepe" and kinds["dish"].polarity > 0
    assert kinds["staff"].term == "marco" and kinds["staff"].polarity < 0
    assert a.aspects["food"] > 0 and a.aspects["service"] < 0
    assert set(a.aspects) <= set(ASPECTS)


def test_extra_terms_empty_is_harmless() -> None:
    assert analyze("Nice.", lang="en", extra_terms={}).sentiment > 0
    assert analyze("Nice.", lang="en", extra_terms={"dish": ["", "  "]}).sentiment > 0


def test_propose_terms() -> None:
    texts = ["The cacio e pepe was amazing, ask for Marco.", "Marco recommended the pistachio tart.",
             "Pistachio tart and cacio e pepe again!", "Marco is the best."]
    found = dict(propose_terms(texts))
    assert found.get("marco") == 3
    assert found.get("pistachio tart") == 2
    assert "the" not in found and "amazing" not in found


# -- odd input ----------------------------------------------------------------------

@pytest.mark.parametrize("text", ["", "   ", "\n\n", None, "😍😍😍", "!!!", "...", "1234", "\x00",
                                  "a" * 5000, "Great! " * 20000, "ok\r\nbad", "🙂 👍"])
def test_odd_input_never_raises(text) -> None:
    a = analyze(text)
    assert isinstance(a, TextAnalysis)
    assert -1 <= a.sentiment <= 1
    assert a.engine_version == ENGINE_VERSION
    assert a.as_json()["language"] == a.language


def test_emoji_only() -> None:
    assert analyze("😍😍", lang="en").sentiment > 0
    assert analyze("🤮", lang="en").sentiment < 0


def test_unknown_language_uses_english_lexicon() -> None:
    a = analyze("Great coffee", lang="xx")
    assert a.language == "xx" and a.sentiment > 0


def test_analyze_many_matches_analyze() -> None:
    texts = ["Great coffee.", "Rude staff.", ""]
    assert analyze_many(texts, lang="en") == [analyze(t, lang="en") for t in texts]


def test_as_json_contract() -> None:
    j = analyze("The food was good but the service was slow.", lang="en").as_json()
    assert set(j) == {"language", "sentiment", "aspects"}
    assert j["language"] == "en" and set(j["aspects"]) <= set(ASPECTS)


def test_thread_safe_results() -> None:
    from concurrent.futures import ThreadPoolExecutor

    texts = [f"The {w} was {a} but the waiter was {b}." for w in ("pizza", "latte", "cake", "soup")
             for a in ("great", "awful", "not bad", "too sweet") for b in ("rude", "lovely", "slow")] * 5
    expected = [analyze(t, lang="en") for t in texts]
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(lambda t: analyze(t, lang="en"), texts)) == expected
