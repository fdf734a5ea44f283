"""Dutch (nl): negation, contrast, each aspect and the health & safety
flags through ``analyze(text, lang="nl")`` with ``resources/lexicons/nl.json``.
Skipped (not passed) while the engine has no Dutch lexicon."""
from __future__ import annotations

import pytest

from desktop.analysis.engine import analyze
from desktop.analysis.lexicon import available_languages

LANG = "nl"
pytestmark = pytest.mark.skipif(LANG not in available_languages(), reason="no nl lexicon loaded by the engine yet")

POSITIVE = ['Het eten was heerlijk en de bediening uitstekend.', 'Een gezellig café, we komen zeker terug!']
NEGATIVE = ['Het eten was koud en de ober onbeleefd.', 'Nooit meer, een verschrikkelijke ervaring.']
NEGATION = [('Het eten was niet lekker.', 'food', -1),
 ('De ober was niet onvriendelijk.', 'service', 1),
 ('De prijzen zijn niet duur.', 'price', 1),
 ('De koffie was niet echt lekker.', 'drinks', -1)]
CONTRAST = ('Het eten was heerlijk, maar de bediening was erg traag.', {'food': 1, 'service': -1}, -1)
ASPECTS = [('De appeltaart was vers en heerlijk.', 'food', 1),
 ('De soep was flauw.', 'food', -1),
 ('De koffie was uitstekend.', 'drinks', 1),
 ('Het bier was lauw.', 'drinks', -1),
 ('De serveerster was erg vriendelijk.', 'service', 1),
 ('Het personeel was onbeschoft.', 'service', -1),
 ('De prijzen zijn redelijk.', 'price', 1),
 ('Veel te duur voor zulke kleine porties.', 'price', -1),
 ('De sfeer is gezellig.', 'ambience', 1),
 ('De muziek was veel te luid.', 'ambience', -1),
 ('De toiletten waren schoon.', 'cleanliness', 1),
 ('De toiletten waren smerig.', 'cleanliness', -1),
 ('De bediening was snel.', 'wait', 1),
 ('De wachttijd was veel te lang.', 'wait', -1)]
FLAGS = [('Na het diner had ik een voedselvergiftiging.', 'food_poisoning'),
 ('Er zat een haar in mijn soep.', 'foreign_object'),
 ('Mijn dochter kreeg een allergische reactie.', 'allergy')]


def _sign(x: float) -> int:
    return (x > 0) - (x < 0)


def test_lexicon_is_the_languages_own() -> None:
    assert analyze(POSITIVE[0], lang=LANG).language == LANG


@pytest.mark.parametrize("text", POSITIVE)
def test_positive_review(text: str) -> None:
    assert analyze(text, lang=LANG).sentiment > 0


@pytest.mark.parametrize("text", NEGATIVE)
def test_negative_review(text: str) -> None:
    assert analyze(text, lang=LANG).sentiment < 0


@pytest.mark.parametrize("text,aspect,sign", NEGATION)
def test_negation_flips_the_opinion(text: str, aspect: str, sign: int) -> None:
    result = analyze(text, lang=LANG)
    assert aspect in result.aspects, result.aspects
    assert _sign(result.aspects[aspect]) == sign, result.aspects


def test_contrast_keeps_aspects_apart_and_the_second_clause_dominates() -> None:
    text, expected, overall = CONTRAST
    result = analyze(text, lang=LANG)
    for aspect, sign in expected.items():
        assert aspect in result.aspects, result.aspects
        assert _sign(result.aspects[aspect]) == sign, result.aspects
    assert _sign(result.sentiment) == overall


@pytest.mark.parametrize("text,aspect,sign", ASPECTS)
def test_aspect_and_polarity(text: str, aspect: str, sign: int) -> None:
    result = analyze(text, lang=LANG)
    assert aspect in result.aspects, result.aspects
    assert _sign(result.aspects[aspect]) == sign, result.aspects


@pytest.mark.parametrize("text,flag", FLAGS)
def test_health_and_safety_flag(text: str, flag: str) -> None:
    assert flag in analyze(text, lang=LANG).flags
