"""Swedish (sv): negation, contrast, each aspect and the health & safety
flags through ``analyze(text, lang="sv")`` with ``resources/lexicons/sv.json``.
Skipped (not passed) while the engine has no Swedish lexicon."""
from __future__ import annotations

import pytest

from desktop.analysis.lexicon import available_languages
from tests.analysis.language_rules import language_tests

LANG = "sv"
pytestmark = pytest.mark.skipif(LANG not in available_languages(), reason="no sv lexicon loaded by the engine yet")

POSITIVE = ['Maten var utsökt och servicen utmärkt.', 'Ett mysigt kafé, vi kommer definitivt tillbaka!']
NEGATIVE = ['Maten var kall och servitören otrevlig.', 'Aldrig mer, en fruktansvärd upplevelse.']
NEGATION = [('Maten var inte god.', 'food', -1),
 ('Servitören var inte otrevlig.', 'service', 1),
 ('Priserna är inte dyra.', 'price', 1),
 ('Kaffet var inte så gott.', 'drinks', -1)]
CONTRAST = ('Maten var god, men servicen var väldigt långsam.', {'food': 1, 'service': -1}, -1)
ASPECTS = [('Kanelbullarna var färska och goda.', 'food', 1),
 ('Soppan var smaklös.', 'food', -1),
 ('Kaffet var utmärkt.', 'drinks', 1),
 ('Ölen var ljummen.', 'drinks', -1),
 ('Servitrisen var mycket trevlig.', 'service', 1),
 ('Personalen var oförskämd.', 'service', -1),
 ('Priserna är rimliga.', 'price', 1),
 ('Alldeles för dyrt för så små portioner.', 'price', -1),
 ('Atmosfären är mysig.', 'ambience', 1),
 ('Musiken var alldeles för högljudd.', 'ambience', -1),
 ('Toaletten var ren.', 'cleanliness', 1),
 ('Toaletten var smutsig.', 'cleanliness', -1),
 ('Servicen var snabb.', 'wait', 1),
 ('Väntetiden var alldeles för lång.', 'wait', -1)]
FLAGS = [('Jag fick matförgiftning efter middagen.', 'food_poisoning'),
 ('Det låg ett hårstrå i soppan.', 'foreign_object'),
 ('Min son fick en allergisk reaktion.', 'allergy')]

globals().update(language_tests(LANG, POSITIVE, NEGATIVE, NEGATION, CONTRAST, ASPECTS, FLAGS))

