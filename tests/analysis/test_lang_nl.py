"""Dutch (nl): negation, contrast, each aspect and the health & safety
flags through ``analyze(text, lang="nl")`` with ``resources/lexicons/nl.json``.
Skipped (not passed) while the engine has no Dutch lexicon."""
from __future__ import annotations

import pytest

from desktop.analysis.lexicon import available_languages
from tests.analysis.language_rules import language_tests

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

globals().update(language_tests(LANG, POSITIVE, NEGATIVE, NEGATION, CONTRAST, ASPECTS, FLAGS))

