"""Russian (ru): negation, contrast, each aspect and the health & safety
flags through ``analyze(text, lang="ru")`` with ``resources/lexicons/ru.json``.
Skipped (not passed) while the engine has no Russian lexicon."""
from __future__ import annotations

import pytest

from desktop.analysis.engine import analyze
from desktop.analysis.lexicon import available_languages

LANG = "ru"
pytestmark = pytest.mark.skipif(LANG not in available_languages(), reason="no ru lexicon loaded by the engine yet")

POSITIVE = ['Еда была превосходной, а обслуживание отличным.', 'Уютное кафе, обязательно вернёмся!']
NEGATIVE = ['Еда была холодной, а официант грубым.', 'Больше никогда, ужасный опыт.']
NEGATION = [('Еда была не вкусной.', 'food', -1),
 ('Официант был не грубым.', 'service', 1),
 ('Цены не дорогие.', 'price', 1),
 ('Кофе был не очень вкусный.', 'drinks', -1)]
CONTRAST = ('Еда была вкусной, но обслуживание было очень медленным.', {'food': 1, 'service': -1}, -1)
ASPECTS = [('Пирожки были свежими и вкусными.', 'food', 1),
 ('Суп был пересоленным.', 'food', -1),
 ('Капучино был отличный.', 'drinks', 1),
 ('Вино было кислым и тёплым.', 'drinks', -1),
 ('Официантка была очень внимательной.', 'service', 1),
 ('Персонал был хамским.', 'service', -1),
 ('Цены приятные и разумные.', 'price', 1),
 ('Слишком дорого для таких маленьких порций.', 'price', -1),
 ('Атмосфера очень уютная.', 'ambience', 1),
 ('Музыка была слишком громкой и шумной.', 'ambience', -1),
 ('Туалет был чистым.', 'cleanliness', 1),
 ('Туалет был грязным.', 'cleanliness', -1),
 ('Обслуживание было быстрым.', 'wait', 1),
 ('Ожидание было очень долгим.', 'wait', -1)]
FLAGS = [('После ужина у меня было пищевое отравление.', 'food_poisoning'),
 ('Нашёл волос в супе.', 'foreign_object'),
 ('У сына была аллергическая реакция.', 'allergy')]


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
