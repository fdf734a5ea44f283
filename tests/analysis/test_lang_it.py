"""Italian (it): negation, contrast, each aspect and the health & safety
flags through ``analyze(text, lang="it")`` with ``resources/lexicons/it.json``.
Skipped (not passed) while the engine has no Italian lexicon."""
from __future__ import annotations

import pytest

from desktop.analysis.engine import analyze
from desktop.analysis.lexicon import available_languages
from tests.analysis.language_rules import language_tests, sign

LANG = "it"
pytestmark = pytest.mark.skipif(LANG not in available_languages(), reason="no it lexicon loaded by the engine yet")

POSITIVE = ['Il cibo era ottimo e il servizio impeccabile.', 'Una trattoria accogliente, torneremo sicuramente!']
NEGATIVE = ['Il piatto era freddo e il cameriere scortese.', "Mai più, un'esperienza orribile."]
NEGATION = [('Il cibo non era buono.', 'food', -1),
 ('Il cameriere non era scortese.', 'service', 1),
 ('I prezzi non sono cari.', 'price', 1),
 ('Il cibo non era niente di speciale.', 'food', -1),
 ('Il caffè non è molto buono.', 'drinks', -1)]
CONTRAST = ('Il cibo era delizioso, ma il servizio era molto lento.', {'food': 1, 'service': -1}, -1)
ASPECTS = [('Il cornetto era fresco e fragrante.', 'food', 1),
 ('La pasta era scotta e insipida.', 'food', -1),
 ('Il cappuccino era perfetto.', 'drinks', 1),
 ('Lo spritz era annacquato.', 'drinks', -1),
 ('Il cameriere è stato gentilissimo.', 'service', 1),
 ('Il personale era maleducato.', 'service', -1),
 ('I prezzi sono onesti.', 'price', 1),
 ('Il coperto è carissimo.', 'price', -1),
 ("L'ambiente è accogliente.", 'ambience', 1),
 ('Il locale è troppo rumoroso.', 'ambience', -1),
 ('Il bagno era pulito.', 'cleanliness', 1),
 ('Il bagno era sporco.', 'cleanliness', -1),
 ('Il servizio è stato rapido.', 'wait', 1),
 ("L'attesa è stata lunghissima e snervante.", 'wait', -1)]
FLAGS = [("Dopo la cena ho avuto un'intossicazione alimentare.", 'food_poisoning'),
 ('Ho trovato un capello nel piatto.', 'foreign_object'),
 ('Mio figlio ha avuto una reazione allergica.', 'allergy')]

globals().update(language_tests(LANG, POSITIVE, NEGATIVE, NEGATION, CONTRAST, ASPECTS, FLAGS))


def _check_set() -> list[tuple[str, dict[str, int], str]]:
    from pathlib import Path
    path = Path(__file__).parent / "data" / "it_check.tsv"
    pol = {"positive": 1, "negative": -1, "neutral": 0}
    fold = {"wait": "service", "cleanliness": "ambience"}
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, aspects, sentence = line.split("\t")
        gold: dict[str, int] = {}
        for pair in filter(None, aspects.split(";")):
            aspect, p = pair.split(":")
            aspect = fold.get(aspect, aspect)
            if gold.get(aspect, 0) == 0:
                gold[aspect] = pol[p]
        rows.append((text, gold, sentence))
    return rows


def test_check_set_is_well_formed() -> None:
    rows = _check_set()
    assert len(rows) >= 140
    assert all(s in ("positive", "negative", "mixed", "neutral") for _, _, s in rows)


def test_check_set_accuracy() -> None:
    """Scored like the M-ABSA benchmarks (wait -> service, cleanliness -> ambience).
    The lexicon was tuned while writing this set, so these are floors that
    catch regressions, not held-out figures."""
    fold = {"wait": "service", "cleanliness": "ambience"}
    tp = fp = fn = pol_ok = pol_n = sent_ok = sent_n = 0
    for text, gold, sentence in _check_set():
        result = analyze(text, lang=LANG)
        pred: dict[str, float] = {}
        for aspect, value in result.aspects.items():
            aspect = fold.get(aspect, aspect)
            if aspect not in pred or abs(value) > abs(pred[aspect]):
                pred[aspect] = value
        for aspect in set(gold) | set(pred):
            if aspect in gold and aspect in pred:
                tp += 1
                if gold[aspect]:
                    pol_n += 1
                    pol_ok += sign(pred[aspect]) == gold[aspect]
            elif aspect in gold:
                fn += 1
            else:
                fp += 1
        if sentence in ("positive", "negative"):
            sent_n += 1
            sent_ok += sign(result.sentiment) == (1 if sentence == "positive" else -1)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.85, f1
    assert pol_ok / pol_n >= 0.85, pol_ok / pol_n
    assert sent_ok / sent_n >= 0.80, sent_ok / sent_n
