"""Regression guard: the engine's figures on a fixed small sample of the
shared labelled benchmarks stay above the issue's targets minus a margin.
Skipped when ``../shared/benchmarks`` is absent. Runs in a second or two."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH_DIR = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH_DIR))

from scoring import DEFAULT_SHARED, load_cebab, load_mams, score  # noqa: E402

from desktop.analysis.engine import analyze  # noqa: E402

MARGIN = 0.05
ASPECT_F1_TARGET = 0.85
POLARITY_TARGET = 0.80
SENTENCE_TARGET = 0.90

pytestmark = pytest.mark.skipif(not DEFAULT_SHARED.is_dir(), reason=f"{DEFAULT_SHARED} not found")


def test_mams_sample() -> None:
    items = load_mams(DEFAULT_SHARED, "test")[:150]
    s = score(items, [analyze(it.text, lang="en") for it in items])
    assert s.f1 >= ASPECT_F1_TARGET - MARGIN, s.as_dict()
    assert s.polarity >= POLARITY_TARGET - MARGIN, s.as_dict()


def test_cebab_sample() -> None:
    items = load_cebab(DEFAULT_SHARED, "test")[:100]
    s = score(items, [analyze(it.text, lang="en") for it in items], aspects=False)
    assert s.sentence >= SENTENCE_TARGET - MARGIN, s.as_dict()


def test_language_detection_does_not_hurt_english() -> None:
    items = load_mams(DEFAULT_SHARED, "test")[:150]
    s = score(items, [analyze(it.text) for it in items])
    assert s.f1 >= ASPECT_F1_TARGET - MARGIN, s.as_dict()
