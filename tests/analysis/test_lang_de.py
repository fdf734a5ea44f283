"""German (de): negation, contrast, each aspect and the health & safety
flags through ``analyze(text, lang="de")`` with ``resources/lexicons/de.json``.
Skipped (not passed) while the engine has no German lexicon."""
from __future__ import annotations

import pytest

from desktop.analysis.lexicon import available_languages
from tests.analysis.language_rules import language_tests

LANG = "de"
pytestmark = pytest.mark.skipif(LANG not in available_languages(), reason="no de lexicon loaded by the engine yet")

POSITIVE = ['Das Essen war ausgezeichnet und der Service sehr freundlich.', 'Wir kommen gerne wieder, ein tolles Café!']
NEGATIVE = ['Das Essen war kalt und der Kellner unhöflich.', 'Nie wieder, das war eine Katastrophe.']
NEGATION = [('Das Essen war nicht gut.', 'food', -1),
 ('Der Kellner war nicht unfreundlich.', 'service', 1),
 ('Die Preise sind nicht zu teuer.', 'price', 1),
 ('Der Kaffee war nicht so gut.', 'drinks', -1)]
CONTRAST = ('Das Essen war lecker, aber die Bedienung war sehr langsam.', {'food': 1, 'service': -1}, -1)
ASPECTS = [('Der Kuchen war frisch und köstlich.', 'food', 1),
 ('Die Pizza war matschig.', 'food', -1),
 ('Der Cappuccino war hervorragend.', 'drinks', 1),
 ('Der Wein war sauer und warm.', 'drinks', -1),
 ('Die Kellnerin war sehr aufmerksam.', 'service', 1),
 ('Das Personal war arrogant.', 'service', -1),
 ('Die Preise sind fair.', 'price', 1),
 ('Viel zu teuer für so kleine Portionen.', 'price', -1),
 ('Die Atmosphäre ist gemütlich.', 'ambience', 1),
 ('Die Musik war viel zu laut.', 'ambience', -1),
 ('Die Toiletten waren sauber.', 'cleanliness', 1),
 ('Die Toiletten waren schmutzig.', 'cleanliness', -1),
 ('Die Wartezeit war kurz und angenehm.', 'wait', 1),
 ('Wir haben ewig gewartet.', 'wait', -1)]
FLAGS = [('Nach dem Essen hatte ich eine Lebensmittelvergiftung.', 'food_poisoning'),
 ('Ein Haar im Salat, ekelhaft.', 'foreign_object'),
 ('Mein Sohn hatte eine allergische Reaktion.', 'allergy')]

globals().update(language_tests(LANG, POSITIVE, NEGATIVE, NEGATION, CONTRAST, ASPECTS, FLAGS))

