"""Russian (ru): negation, contrast, each aspect and the health & safety
flags through ``analyze(text, lang="ru")`` with ``resources/lexicons/ru.json``.
Skipped (not passed) while the engine has no Russian lexicon."""
from __future__ import annotations

import pytest

from desktop.analysis.lexicon import available_languages
from tests.analysis.language_rules import language_tests

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

globals().update(language_tests(LANG, POSITIVE, NEGATIVE, NEGATION, CONTRAST, ASPECTS, FLAGS))

