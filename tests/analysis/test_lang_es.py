"""Spanish (es): negation, contrast, each aspect and the health & safety
flags through ``analyze(text, lang="es")`` with ``resources/lexicons/es.json``.
Skipped (not passed) while the engine has no Spanish lexicon."""
from __future__ import annotations

import pytest

from desktop.analysis.lexicon import available_languages
from tests.analysis.language_rules import language_tests

LANG = "es"
pytestmark = pytest.mark.skipif(LANG not in available_languages(), reason="no es lexicon loaded by the engine yet")

POSITIVE = ['La comida estaba riquísima y el servicio fue excelente.', 'Un sitio encantador, ¡volveremos seguro!']
NEGATIVE = ['La comida llegó fría y el camarero fue muy grosero.', 'Nunca más, una experiencia horrible.']
NEGATION = [('La comida no estaba buena.', 'food', -1),
 ('El camarero no fue nada antipático.', 'service', 1),
 ('Los precios no son caros.', 'price', 1),
 ('La comida no estaba nada mal.', 'food', 1),
 ('El café no es muy bueno.', 'drinks', -1)]
CONTRAST = ('La comida estaba deliciosa, pero el servicio fue muy lento.', {'food': 1, 'service': -1}, -1)
ASPECTS = [('Los churros estaban crujientes y deliciosos.', 'food', 1),
 ('La paella estaba sosa.', 'food', -1),
 ('El café con leche estaba buenísimo.', 'drinks', 1),
 ('La cerveza estaba caliente y sin gas.', 'drinks', -1),
 ('El camarero fue muy atento.', 'service', 1),
 ('El personal fue maleducado.', 'service', -1),
 ('Los precios son muy razonables.', 'price', 1),
 ('Demasiado caro para lo que es.', 'price', -1),
 ('El ambiente es muy acogedor.', 'ambience', 1),
 ('La música estaba demasiado alta y era muy ruidoso.', 'ambience', -1),
 ('Los baños estaban limpios.', 'cleanliness', 1),
 ('Los baños estaban sucios.', 'cleanliness', -1),
 ('El servicio fue rápido.', 'wait', 1),
 ('La espera fue eterna y muy larga.', 'wait', -1)]
FLAGS = [('Tuve una intoxicación alimentaria después de cenar.', 'food_poisoning'),
 ('Encontré un pelo en la sopa.', 'foreign_object'),
 ('Mi hija tuvo una reacción alérgica.', 'allergy')]

globals().update(language_tests(LANG, POSITIVE, NEGATIVE, NEGATION, CONTRAST, ASPECTS, FLAGS))

