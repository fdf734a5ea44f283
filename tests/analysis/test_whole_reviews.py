"""Whole reviews: the project's check sets of long reviews in eight
languages (``tests/analysis/data/reviews_<lang>.tsv``, written for this
project and never used to tune the engine) keep their one- and two-star
reviews negative and their four- and five-star ones positive. Floors sit a
little under the figures measured when the sets were added."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from bench_native import CHECK_DIR, CHECK_LANGS, load_reviews_tsv, whole_review_rates  # noqa: E402

NEGATIVE_FLOOR = 0.75
"""Per language: share of 1-2 star reviews scored negative (measured 0.81-0.94)."""
NEGATIVE_MEAN_FLOOR = 0.85
"""Over the eight languages (measured 0.89)."""
POSITIVE_FLOOR = 0.9
"""Per language: share of 4-5 star reviews scored positive (measured 1.0)."""


def _rates(lang: str) -> dict:
    return whole_review_rates(load_reviews_tsv(CHECK_DIR / f"reviews_{lang}.tsv"), lang)


@pytest.mark.parametrize("lang", CHECK_LANGS)
def test_check_set_per_language(lang: str) -> None:
    r = _rates(lang)
    assert r["negative_n"] >= 15 and r["positive_n"] >= 8
    assert r["negative_ok"] >= NEGATIVE_FLOOR, r
    assert r["positive_ok"] >= POSITIVE_FLOOR, r


def test_check_sets_on_average() -> None:
    rates = [_rates(lang)["negative_ok"] for lang in CHECK_LANGS]
    assert sum(rates) / len(rates) >= NEGATIVE_MEAN_FLOOR, rates
