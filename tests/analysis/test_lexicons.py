"""Lexicon files, resource lookup and the phrase matcher."""
from __future__ import annotations

import json
import sys
import threading
from pathlib import Path

import pytest

from desktop.analysis import lexicon as lexmod
from desktop.analysis.matcher import PhraseMatcher
from desktop.analysis.resources import lexicons_dir, resources_dir
from desktop.core.analysis import ASPECTS

KNOWN_KEYS = {"language", "version", "source", "sentiment", "negators", "negation_window", "intensifiers",
              "diminishers", "contrast", "concessive", "clause_breaks", "aspects", "aspect_cues", "flags",
              "stopwords", "split_apostrophes", "fold_accents", "narrative_not_after", "emoji", "notes", "excess", "superlatives", "durations",
              "not_aspects", "weak_aspects", "venue_words", "compound_head", "modifier_links", "aspect_opinions", "irony", "narrative"}
FILES = sorted(lexicons_dir().glob("*.json"))


def test_resources_dir_from_source() -> None:
    assert (resources_dir() / "lexicons" / "en.json").is_file()


def test_resources_dir_when_frozen(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_lexicon_file_is_well_formed(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data.get("language", path.stem) == path.stem
    assert set(data) <= KNOWN_KEYS, set(data) - KNOWN_KEYS
    for word, score in data.get("sentiment", {}).items():
        assert -1 <= float(score) <= 1, word
        assert word == word.lower(), word
    assert set(data.get("aspects", {})) <= set(ASPECTS)
    assert set(data.get("aspect_cues", {})) <= set(ASPECTS)
    for mult in {**data.get("intensifiers", {}), **data.get("diminishers", {})}.values():
        assert 0 < float(mult) < 3
    for end, base in data.get("superlatives", {}).get("suffixes", ()):
        assert end == end.lower() and base == base.lower() and len(end) > len(base), (end, base)
    lex = lexmod.Lexicon(path.stem, data, {})
    assert lex.sentiment


def test_get_lexicon_is_cached_and_thread_safe() -> None:
    lexmod.clear_cache()
    got: list = []
    threads = [threading.Thread(target=lambda: got.append(lexmod.get_lexicon("en"))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(x) for x in got}) == 1
    assert lexmod.get_lexicon("zz") is lexmod.get_lexicon("en")


def test_matcher_longest_exact_and_wildcards() -> None:
    m = PhraseMatcher([("good", 1), ("not worth", 2), ("not worth it", 3), ("delici*", 4),
                       ("*kaffee", 5), ("cold caf*", 6), ("delicious", 7)])
    toks = "not worth it delicious deliciously milchkaffee cold cafe good".split()
    assert [(s, e, p) for s, e, p in m.scan(toks)] == [
        (0, 3, 3), (3, 4, 7), (4, 5, 4), (5, 6, 5), (6, 8, 6), (8, 9, 1)]


@pytest.mark.parametrize(("lang", "text", "aspect", "sign"), [
    ("it", "Il servizio era lentissimo.", "service", -1),
    ("it", "Il cornetto era freschissimo.", "food", 1),
    ("it", "Personale gentilissimo.", "service", 1),
    ("es", "La comida estaba riquísima.", "food", 1),
    ("es", "El camarero, lentísimo.", "service", -1),
    ("es", "Precios carísimos.", "price", -1),
    ("pt", "Comida gostosíssima.", "food", 1),
    ("pt", "Atendimento lentíssimo.", "service", -1),
])
def test_superlatives_read_as_their_base_word(lang: str, text: str, aspect: str, sign: int) -> None:
    """"-issimo", "-ísimo", "-íssimo" forms need not be listed one by one:
    the lexicon's superlative suffixes lead back to the base word."""
    from desktop.analysis.engine import analyze

    result = analyze(text, lang=lang)
    assert aspect in result.aspects, result
    assert result.aspects[aspect] * sign > 0, result


def test_a_superlative_is_stronger_than_its_base() -> None:
    lex = lexmod.get_lexicon("it")
    base, strong = lex.lookup("lento")[0][2], lex.lookup("lentissimo")[0][2]
    assert strong.score < base.score < 0
    assert lex.lookup("lentissimo")[1] is not None  # its own wait cue is kept
    assert not lex.lookup("xyzissimo")  # no base word: nothing


def test_spanish_lovely_is_not_about_prices() -> None:
    """"precioso" (lovely) once matched the price pattern "precio*"."""
    from desktop.analysis.engine import analyze

    assert "price" not in analyze("Un sitio precioso, muy acogedor.", lang="es").aspects
    assert analyze("Los precios son altísimos.", lang="es").aspects.get("price", 0) < 0
