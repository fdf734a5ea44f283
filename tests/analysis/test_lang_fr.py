"""French (fr): negation, contrast, each aspect and the health & safety
flags through ``analyze(text, lang="fr")`` with ``resources/lexicons/fr.json``.
Skipped (not passed) while the engine has no French lexicon."""
from __future__ import annotations

import pytest

from desktop.analysis.lexicon import available_languages
from tests.analysis.language_rules import language_tests

LANG = "fr"
pytestmark = pytest.mark.skipif(LANG not in available_languages(), reason="no fr lexicon loaded by the engine yet")

POSITIVE = ['Le repas était délicieux et le service impeccable.', 'Un café charmant, nous reviendrons avec plaisir !']
NEGATIVE = ['Le plat était froid et le serveur très impoli.', 'Plus jamais, une expérience horrible.']
NEGATION = [("La nourriture n'était pas bonne.", 'food', -1),
 ("Le serveur n'était pas désagréable.", 'service', 1),
 ('Les prix ne sont pas chers.', 'price', 1),
 ("Le dessert n'était pas terrible.", 'food', -1),
 ("Le café n'est pas bon.", 'drinks', -1),
 ("Le service n'était pas mal du tout.", 'service', 1)]
CONTRAST = ('La nourriture était délicieuse, mais le service était très lent.', {'food': 1, 'service': -1}, -1)
ASPECTS = [('Les croissants étaient frais et savoureux.', 'food', 1),
 ('La viande était trop cuite et fade.', 'food', -1),
 ('Le café était excellent.', 'drinks', 1),
 ('Le vin était imbuvable et mauvais.', 'drinks', -1),
 ('La serveuse était très aimable.', 'service', 1),
 ('Le personnel était arrogant.', 'service', -1),
 ('Les prix sont raisonnables.', 'price', 1),
 ("Beaucoup trop cher pour ce que c'est.", 'price', -1),
 ("L'ambiance est chaleureuse.", 'ambience', 1),
 ('La musique était trop bruyante.', 'ambience', -1),
 ('Les toilettes étaient propres.', 'cleanliness', 1),
 ('Les toilettes étaient sales.', 'cleanliness', -1),
 ('Le service était rapide.', 'wait', 1),
 ("L'attente était très longue.", 'wait', -1)]
FLAGS = [("J'ai eu une intoxication alimentaire après ce repas.", 'food_poisoning'),
 ('Il y avait un cheveu dans mon assiette.', 'foreign_object'),
 ('Mon fils a fait une réaction allergique.', 'allergy')]

globals().update(language_tests(LANG, POSITIVE, NEGATIVE, NEGATION, CONTRAST, ASPECTS, FLAGS))

