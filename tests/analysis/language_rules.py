"""The rules every language's lexicon must get right, written once: each
``test_lang_<code>.py`` holds only its sentences and calls
``language_tests(...)`` to put these tests into its module."""
from __future__ import annotations

from typing import Callable

import pytest

from desktop.analysis.engine import analyze


def sign(x: float) -> int:
    return (x > 0) - (x < 0)


def language_tests(lang: str, positive: list[str], negative: list[str],
                   negation: list[tuple[str, str, int]],
                   contrast: tuple[str, dict[str, int], int],
                   aspects: list[tuple[str, str, int]],
                   flags: list[tuple[str, str]]) -> dict[str, Callable]:
    """Test functions for ``lang``, named for pytest to collect from the caller's module."""

    def test_lexicon_is_the_languages_own() -> None:
        assert analyze(positive[0], lang=lang).language == lang

    @pytest.mark.parametrize("text", positive)
    def test_positive_review(text: str) -> None:
        assert analyze(text, lang=lang).sentiment > 0

    @pytest.mark.parametrize("text", negative)
    def test_negative_review(text: str) -> None:
        assert analyze(text, lang=lang).sentiment < 0

    @pytest.mark.parametrize("text,aspect,expected", negation)
    def test_negation_flips_the_opinion(text: str, aspect: str, expected: int) -> None:
        result = analyze(text, lang=lang)
        assert aspect in result.aspects, result.aspects
        assert sign(result.aspects[aspect]) == expected, result.aspects

    def test_contrast_keeps_aspects_apart_and_the_second_clause_dominates() -> None:
        text, expected, overall = contrast
        result = analyze(text, lang=lang)
        for aspect, want in expected.items():
            assert aspect in result.aspects, result.aspects
            assert sign(result.aspects[aspect]) == want, result.aspects
        assert sign(result.sentiment) == overall

    @pytest.mark.parametrize("text,aspect,expected", aspects)
    def test_aspect_and_polarity(text: str, aspect: str, expected: int) -> None:
        result = analyze(text, lang=lang)
        assert aspect in result.aspects, result.aspects
        assert sign(result.aspects[aspect]) == expected, result.aspects

    @pytest.mark.parametrize("text,flag", flags)
    def test_health_and_safety_flag(text: str, flag: str) -> None:
        assert flag in analyze(text, lang=lang).flags

    return {name: fn for name, fn in locals().items() if name.startswith("test_")}
