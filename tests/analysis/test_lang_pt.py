"""Portuguese (pt): negation, contrast, each aspect and the health & safety
flags through ``analyze(text, lang="pt")`` with ``resources/lexicons/pt.json``.
Skipped (not passed) while the engine has no Portuguese lexicon."""
from __future__ import annotations

import pytest

from desktop.analysis.lexicon import available_languages
from tests.analysis.language_rules import language_tests

LANG = "pt"
pytestmark = pytest.mark.skipif(LANG not in available_languages(), reason="no pt lexicon loaded by the engine yet")

POSITIVE = ['A comida estava ótima e o atendimento excelente.', 'Um café encantador, voltaremos com certeza!']
NEGATIVE = ['A comida chegou fria e o empregado foi muito mal-educado.', 'Nunca mais, uma experiência horrível.']
NEGATION = [('A comida não estava boa.', 'food', -1),
 ('O empregado não foi antipático.', 'service', 1),
 ('Os preços não são caros.', 'price', 1),
 ('O café não é muito bom.', 'drinks', -1)]
CONTRAST = ('A comida estava deliciosa, mas o serviço foi muito lento.', {'food': 1, 'service': -1}, -1)
ASPECTS = [('Os pastéis de nata estavam deliciosos.', 'food', 1),
 ('O bacalhau estava seco e sem sabor.', 'food', -1),
 ('O café estava ótimo.', 'drinks', 1),
 ('A cerveja estava quente e sem gás.', 'drinks', -1),
 ('A empregada foi muito simpática.', 'service', 1),
 ('Os funcionários foram mal-educados.', 'service', -1),
 ('Os preços são razoáveis.', 'price', 1),
 ('Muito caro para o que é.', 'price', -1),
 ('O ambiente é acolhedor.', 'ambience', 1),
 ('O restaurante é muito barulhento.', 'ambience', -1),
 ('A casa de banho estava limpa.', 'cleanliness', 1),
 ('A casa de banho estava suja.', 'cleanliness', -1),
 ('O serviço foi rápido.', 'wait', 1),
 ('A espera foi longa demais.', 'wait', -1)]
FLAGS = [('Tive uma intoxicação alimentar depois do jantar.', 'food_poisoning'),
 ('Encontrei um cabelo na sopa.', 'foreign_object'),
 ('O meu filho teve uma reação alérgica.', 'allergy')]

globals().update(language_tests(LANG, POSITIVE, NEGATIVE, NEGATION, CONTRAST, ASPECTS, FLAGS))

