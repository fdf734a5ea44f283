"""The learned models (``desktop/analysis/model.py``): packing, the inlined
logits against the plain ones, the files, and what the models may change."""
from __future__ import annotations

import copy
import json
import random

import pytest

from desktop.analysis import model as M
from desktop.analysis.aspects import LINK_BORROWED, LINK_CUE, LINK_MODEL, LINK_NONE, LINK_OWN, LINK_SHARED, Hit
from desktop.analysis.engine import analyze, rule_reading
from desktop.analysis.lexicon import available_languages

MODEL_FILES = sorted(M.models_dir().glob("*.json"))


def test_pack_unpack_round_trip_and_sums() -> None:
    rng = random.Random(7)
    vectors = [[rng.uniform(-3, 3) for _ in M.FIELDS] for _ in range(50)]
    packed = [M.pack(v) for v in vectors]
    for v, p in zip(vectors, packed):
        assert M.unpack(p) == pytest.approx(v, abs=1.0 / M.SCALE)
    total = M.unpack(sum(packed))
    assert total == pytest.approx([sum(col) for col in zip(*vectors)], abs=50.0 / M.SCALE)


def test_pack_refuses_weights_out_of_range() -> None:
    with pytest.raises(ValueError):
        M.pack([1e3] * len(M.FIELDS))


def _hit(aspect: str, scored: int, pol: float, weak: bool = False, implicit: bool = False) -> Hit:
    h = Hit(aspect, 0, 1, implicit, 0, weak)
    h.scored, h.polarity = scored, pol
    return h


@pytest.mark.parametrize("seed", range(20))
def test_family_logit_equals_the_plain_logit(seed: int) -> None:
    rng = random.Random(seed)
    lin = M.Linear(rng.uniform(-2, 2), tuple(rng.uniform(-2, 2) for _ in M.FAMILY_FEATURES))
    links = [LINK_NONE, LINK_NONE, LINK_SHARED, LINK_BORROWED, LINK_CUE]
    g = []
    for _ in range(rng.randint(1, 4)):
        link = rng.choice(links) if seed % 2 else LINK_NONE
        g.append(_hit("food", link, 0.0 if link == LINK_NONE else rng.uniform(-1, 1),
                      rng.random() < 0.3, rng.random() < 0.3))
    words, n_fam, rule = rng.uniform(-3, 3), rng.randint(1, 4), rng.uniform(-1, 1)
    plain = M.logit(lin, words, M.family_vector([h.scored for h in g], [h.polarity for h in g],
                                                [h.weak for h in g], [h.implicit for h in g], n_fam, rule))
    assert M.family_logit(lin, words, g, n_fam, rule) == pytest.approx(plain)


@pytest.mark.parametrize("path", MODEL_FILES, ids=[p.stem for p in MODEL_FILES])
def test_model_file_is_well_formed(path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["language"] == path.stem and path.stem in available_languages()
    assert set(data["families"]) == set(M.FAMILIES)
    assert all(len(v) == len(M.FIELDS) for v in data["words"].values())
    assert set(data["sentence"]["coefs"]) <= set(M.SENTENCE_FEATURES)
    for spec in data["families"].values():
        assert set(spec["coefs"]) <= set(M.FAMILY_FEATURES)
        assert spec["threshold"] is None or spec["threshold"] >= 0  # never accepts below p = 0.5
    model = M.Model(path.stem, data)
    assert model.packed and model.family_index["wait"] == M.FAMILIES.index("service")


def test_a_language_without_a_model_is_read_by_the_rules() -> None:
    assert M.get_model("it") is None
    a = analyze("Il servizio è stato lento ma la pizza era buonissima.", lang="it")
    assert a.aspects["food"] > 0 and a.aspects["wait"] < 0


SAMPLES = [
    "The food was great but the waiter was rude.",
    "We had the lasagna. Service took forever and nobody apologised.",
    "Nice place. We ordered pizza and two beers, the bill was fair.",
    "The decor is dated, the music too loud, but the staff were lovely!",
    "Went there on Friday. Would not go back.",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_the_models_never_change_what_the_rules_linked(text: str) -> None:
    model = M.get_model("en")
    assert model is not None
    p, hits = rule_reading(text, "en")
    before = [(h.aspect, h.start, h.scored, h.polarity) for h in hits]
    scores = list(p.sentence_scores)
    after = M.apply(model, p, copy.copy(hits))
    firm = {(a, s): (sc, pol) for a, s, sc, pol in before if sc == LINK_OWN}
    for h in after:
        if (h.aspect, h.start) in firm:
            assert (h.scored, h.polarity) == firm[(h.aspect, h.start)]
        assert h.scored in (LINK_NONE, LINK_MODEL) or (h.aspect, h.start, h.scored, h.polarity) in before
    for old, new in zip(scores, p.sentence_scores):  # only sentences without a rule opinion change
        assert old == 0.0 or old == new
