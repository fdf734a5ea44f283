"""Short complaints filed under the right aspect with the right sign
(issue 12), on ``data/aspect_complaints.tsv``: ten or more ambience, wait,
price, cleanliness and drinks complaints per language, written for this
project as owners receive them (not taken from any dataset). A wait
complaint counts only when service does not read negative too: a complaint
about time is a wait one, a complaint about attitude a service one.

The floors are the figures measured when the set was written (engine
2.3.0): a regression floor, not a held-out figure (the lexicon words were
added while looking at this set)."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from desktop.analysis.engine import analyze
from desktop.analysis.lexicon import MIN_FOLDED_STEM, fold, get_lexicon

DATA = Path(__file__).parent / "data" / "aspect_complaints.tsv"
CHECK_ASPECTS = ("ambience", "wait", "price", "cleanliness", "drinks")
FLOORS = {"de": 42, "en": 36, "es": 45, "fr": 37, "it": 43, "nl": 41, "pt": 42, "ru": 41, "sv": 45}
"""Right aspect with the right sign, of 50 per language (engine 2.4.0: 372 of 450, 2.3.0: 371;
engine 2.2.0 read 304 of 450)."""


def _rows() -> list[tuple[str, str, str, str]]:
    rows = []
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            lang, aspect, polarity, text = line.split("\t")
            rows.append((lang, aspect, polarity, text))
    return rows


def right(lang: str, aspect: str, polarity: str, text: str) -> bool:
    """Whether ``text`` reads ``aspect`` with ``polarity``'s sign (and, for
    a wait complaint, no service complaint beside it)."""
    aspects = analyze(text, lang=lang).aspects
    sign = -1.0 if polarity == "negative" else 1.0
    if aspect == "wait" and aspects.get("service", 0.0) < 0:
        return False
    return aspects.get(aspect, 0.0) * sign > 0


def test_the_check_set_covers_every_aspect_in_every_language() -> None:
    counts = Counter((lang, aspect) for lang, aspect, _p, _t in _rows())
    for lang in FLOORS:
        for aspect in CHECK_ASPECTS:
            assert counts[lang, aspect] >= 10, (lang, aspect)


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_complaints_are_filed_under_their_aspect(lang: str) -> None:
    rows = [r for r in _rows() if r[0] == lang]
    misses = [r[3] for r in rows if not right(*r)]
    assert len(rows) - len(misses) >= FLOORS[lang], misses


@pytest.mark.parametrize("text,lang", [
    ("Nous avons attendu plus d'une heure pour être servis.", "fr"),
    ("We waited forty minutes to be served.", "en"),
    ("Esperamos una hora para que nos sirvieran.", "es"),
    ("Falta de rapidez en la cocina, todo tarda muchísimo.", "es"),
])
def test_a_complaint_about_time_is_wait_not_service(text: str, lang: str) -> None:
    aspects = analyze(text, lang=lang).aspects
    assert aspects.get("wait", 0.0) < 0, aspects
    assert aspects.get("service", 0.0) >= 0, aspects


def test_a_complaint_about_attitude_stays_service() -> None:
    assert analyze("The waiter was rude.", lang="en").aspects.get("service", 0.0) < 0


def test_accents_are_folded_on_stems_where_the_language_drops_them() -> None:
    assert fold("rápid*") == "rapid*"
    es = get_lexicon("es")
    assert es.fold_accents and not get_lexicon("de").fold_accents
    # "rápid*" (a wait cue) also reads "rapido" typed without its accent
    assert analyze("El servicio fue muy rapido.", lang="es").aspects.get("wait", 0.0) > 0
    # exact words keep their accents: "e" (and) is not "é" (is)
    assert es.aspects.candidates("rapido")
    assert MIN_FOLDED_STEM == 4


def test_pedido_after_an_article_is_the_order_not_an_event_verb() -> None:
    """ "hemos pedido" tells what we did (a plain statement: no opinion);
    "el pedido" is the order, which the learned model may read."""
    from desktop.analysis.model import _has_event_verb

    es = get_lexicon("es")
    assert "pedido" in es.narrative and "el" in es.narrative_not_after
    assert "o" in get_lexicon("pt").narrative_not_after
    assert _has_event_verb(["hemos", "pedido", "la", "paella"], 0, 4, es.narrative, es.narrative_not_after)
    assert not _has_event_verb(["el", "pedido", "llegó"], 0, 3, es.narrative, es.narrative_not_after)
    assert analyze("Hemos pedido la paella.", lang="es").aspects == {}
