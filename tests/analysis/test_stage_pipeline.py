"""The stages benchmark (tests/benchmarks/bench_analysis_stages.py) times
``analyze``'s steps one by one with its own copy of the pipeline; that copy
must read what ``analyze`` reads, or the benchmark times other work (engine
2.3.0 added ``narrative_not_after`` to ``model.apply`` and the copy went on
without it). Needs no shared data."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from bench_analysis_stages import STAGES, pipeline  # noqa: E402

from desktop.analysis.engine import analyze  # noqa: E402

TEXTS = [
    ("en", "The pasta was great but the waiter was rude. We waited forty minutes for the bill!"),
    ("en", "We came for a birthday dinner. Can't wait to come back, the tiramisu was lovely."),
    ("es", "El pedido llegó a las nueve."),  # "el pedido": a noun, so not a plain event (narrative_not_after)
    ("es", "El pedido de la mesa llegó con la sopa. Hemos pedido vino."),
    ("fr", "L'accueil n'était pas chaleureux, mais les plats étaient délicieux."),
    ("it", "Purtroppo la pizza era fredda e il cameriere scortese. Non torneremo."),
    ("de", "Leider kam die Pizza erst nach einer Stunde, lauwarm."),
    ("ru", "Официант был вежлив, но еда остыла."),
]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
@pytest.mark.parametrize("given", [True, False])
def test_full_pipeline_reads_what_analyze_reads(lang: str, text: str, given: bool) -> None:
    p, hits = pipeline(text, len(STAGES) - 1, lang if given else None)
    result = analyze(text, lang if given else None)
    assert p.sentence_scores == [s.sentiment for s in result.sentences]
    assert [(h.aspect, h.polarity, p.clause_sent[h.clause]) for h in hits] == [
        (m.aspect, m.polarity, m.sentence) for m in result.mentions]


def test_the_noun_test_of_the_gate_is_passed() -> None:
    """Without ``narrative_not_after`` "el pedido" would read as an event
    verb and the sentence as a plain statement (score 0)."""
    p, _hits = pipeline("El pedido llegó a las nueve.", len(STAGES) - 1, "es")
    assert p.sentence_scores[0] != 0.0
    assert p.sentence_scores == [s.sentiment for s in analyze("El pedido llegó a las nueve.", "es").sentences]
