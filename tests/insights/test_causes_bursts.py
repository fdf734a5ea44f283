"""Causes and bursts on small hand-made frames: what counts as a complaint,
the thresholds, and what is and is not suspicious."""
from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np
import pandas as pd
import pytest

from desktop.analysis import bursts as B
from desktop.analysis import causes as C
from desktop.analysis import narrate as N


def period(n_before=60, n_during=60, complaint="food", neutral=False, weekend_only=False, seed=1):
    rng = np.random.default_rng(seed)
    rows, mentions, sentences = [], [], []
    rid = 0
    for during, n in ((False, n_before), (True, n_during)):
        for k in range(n):
            rid += 1
            weekday = k % 7
            hit = during and (not weekend_only or weekday >= 5) and rng.random() < 0.7
            rating = float(rng.choice([1, 2, 3]) if hit else rng.choice([4, 5, 5]))
            rows.append(dict(id=rid, during=during, rating=rating, weekday=weekday, hour=12.0,
                             source="google", language="en", first_time=True, known_customer=False,
                             no_history=None))
            if hit:
                mentions.append((rid, complaint, 0.0 if neutral else -0.6, "pasta", 0))
                sentences.append((rid, 0, "The pasta was bland and oversalted", -0.6))
            else:
                mentions.append((rid, "service", 0.5, "staff", 0))
                sentences.append((rid, 0, "Lovely staff and a warm welcome", 0.6))
    return C.Period(pd.DataFrame(rows),
                    pd.DataFrame(mentions, columns=["review_id", "aspect", "polarity", "term", "sentence"]),
                    pd.DataFrame(sentences, columns=["review_id", "idx", "text", "sentiment"]),
                    dishes=("Cacio e pepe",), staff=("Tiago",))


def test_thresholds_are_named_and_sane():
    assert C.MIN_MENTIONS >= 5 and C.THIN_MENTIONS >= 8
    assert C.CAUSE_Z >= 1.96 and 0 < C.MIN_CAUSE_SHARE < 0.5
    assert C.z_needed(7) > C.z_needed(1) == pytest.approx(C.CAUSE_Z)


@pytest.mark.parametrize("aspect", C.ASPECTS)
def test_the_complained_about_aspect_ranks_first(aspect):
    causes = C.explain(period(complaint=aspect))
    top = next(c for c in causes if c.kind == "aspect")
    assert top.name == aspect
    assert top.contribution > 0.3 and top.during > top.before
    assert top.reviews and top.quotes and "pasta" in top.quotes[0].text


def test_a_neutral_mention_is_never_a_complaint():
    causes = C.explain(period(complaint="wait", neutral=True))
    assert not any(c.kind == "aspect" and c.name == "wait" for c in causes)


def test_too_few_reviews_name_no_cause():
    causes = C.explain(period(n_before=4, n_during=4))
    assert [c for c in causes if c.kind == "aspect"] == []


def test_a_weekend_problem_names_the_weekend_days():
    causes = C.explain(period(n_before=140, n_during=140, weekend_only=True))
    days = {c.name for c in causes if c.kind == "weekday"}
    assert days and days <= {"saturday", "sunday"}


def test_an_emerging_phrase_is_found_in_any_language():
    p = period(complaint="food", seed=3)
    s = p.sentences.copy()
    s.loc[s["sentiment"] < 0, "text"] = "la pasta era insipida e troppo salata"
    causes = C.explain(C.Period(p.reviews, p.mentions, s))
    phrases = [c.name for c in causes if c.kind == "phrase"]
    assert any("insipida" in x or "salata" in x for x in phrases), phrases


def test_wilson_interval_brackets_the_share():
    lo, hi = C.wilson(8, 40)
    assert lo < 0.2 < hi and 0 <= lo and hi <= 1


def _burst_frame(fake: int, start=datetime(2026, 1, 1), days=120, seed=4):
    rng = np.random.default_rng(seed)
    rows, texts = [], {}
    rid = 0
    for d in range(days):
        for _ in range(rng.poisson(2)):
            rid += 1
            rows.append(dict(id=rid, created_at=start + timedelta(days=d, hours=int(rng.integers(9, 22))),
                             rating=float(rng.choice([3, 4, 5, 5])), location="Main",
                             author=f"Guest {rid}", author_reviews=float(rng.integers(2, 80))))
            texts[rid] = f"Nice visit number {rid}, the coffee and the cake were good and we will come back"
    t = start + timedelta(days=60, hours=19)
    for k in range(fake):
        rid += 1
        rows.append(dict(id=rid, created_at=t + timedelta(minutes=4 * k), rating=1.0, location="Main",
                         author=f"JohnSmith{10 + k}", author_reviews=1.0))
        texts[rid] = "Terrible. Avoid!" if k % 2 else "Terrible place, avoid"
    return pd.DataFrame(rows), texts


def test_a_smear_burst_is_suspicious_with_its_reasons():
    df, texts = _burst_frame(20)
    [cand] = B.find_candidates(df)
    burst = B.assess(cand, df, texts, N.competitor_cues())
    assert burst is not None and burst.count == 20
    assert {"burst", "extreme_rating", "little_text", "near_duplicate_text", "no_reviewer_history",
            "minutes_apart", "similar_author_names"} <= set(burst.signals)
    assert burst.rating_without > burst.rating_with


def test_an_ordinary_stream_has_no_burst():
    df, _ = _burst_frame(0)
    assert B.find_candidates(df) == []


def test_a_busy_day_of_genuine_reviews_is_not_suspicious():
    df, texts = _burst_frame(0)
    extra = []
    for k in range(14):
        rid = 10_000 + k
        extra.append(dict(id=rid, created_at=datetime(2026, 3, 2, 10) + timedelta(hours=k % 10, minutes=37 * k),
                          rating=5.0, location="Main", author=f"Visitor {k}", author_reviews=float(20 + k)))
        texts[rid] = f"Came for the festival, day {k}: the {['cake', 'tea', 'quiche', 'soup'][k % 4]} " \
                     f"was lovely and the terrace in the sun was perfect for our group of {k + 2}"
    df = pd.concat([df, pd.DataFrame(extra)], ignore_index=True)
    for cand in B.find_candidates(df):
        assert B.assess(cand, df, texts) is None


def test_name_shapes_and_shingles():
    assert B.name_shape("JamesMiller42") == B.name_shape("AshleyBrown17") == "AaAa9"
    assert B.name_shape("Emma S.") != B.name_shape("JamesMiller42")
    assert B.near_duplicate_share(["Terrible. Avoid!", "Terrible, avoid!", "The flat white was lovely"]) == pytest.approx(2 / 3)


@pytest.mark.parametrize("lang", N.LANGUAGES)
def test_every_language_has_every_phrase(lang):
    book = N._read(lang)
    english = N._read("en")
    assert set(english) - set(book) <= {"from", "to"}
    for key in ("aspects", "aspect_labels", "signals", "reviewers", "kinds", "dayparts", "languages"):
        assert set(book[key]) == set(english[key]), (lang, key)
    assert len(book["months"]) == 12 and len(book["weekdays"]) == 7 and len(book["weekdays_plural"]) == 7


def test_sentences_use_the_language_decimal_sign_and_say_not_enough():
    assert N.stars(4.44, "de") == "4,4" and N.stars(4.44, "en") == "4.4"
    assert "20" in N.not_enough_sentence(3, "en")
    assert N.share_words(0.66, "en") == "two thirds" and N.share_words(0.5, "en") == "half"
