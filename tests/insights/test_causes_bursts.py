"""Causes and bursts on small hand-made frames: what counts as a complaint,
the thresholds, and what is and is not suspicious."""
from __future__ import annotations

from datetime import date, datetime, timedelta

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


def test_a_whole_weekend_that_fell_names_both_days_when_neither_day_alone_shows_it():
    # too few reviews for Saturday or Sunday alone to stand out (each is compared with a rest
    # that holds the other weekend day, which fell too), enough for the weekend as one group
    p = period(n_before=60, n_during=60, weekend_only=True, seed=0)
    rv = p.reviews
    y, during = rv["rating"].to_numpy(float), rv["during"].to_numpy(bool)
    day = rv["weekday"].map(lambda d: C.WEEKDAYS[int(d)]).to_numpy(object)
    sigma = float(np.std(y, ddof=1))
    ids = rv["id"].to_numpy(np.int64)
    book = C._QuoteBook(p)
    needed = C.z_needed(8)
    change = float(y[during].mean() - y[~during].mean())
    alone = [C._within_cause("weekday", d, day == d, y, during, change, sigma, needed, ids, book)
             for d in C.WEEKEND_DAYS]
    both = C._weekend_causes(day, y, during, change, sigma, needed, ids, book)
    assert alone == [None, None]
    assert {c.name for c in both} == {"saturday", "sunday"} and all(c.effect == "within" for c in both)
    assert {c.name for c in C.explain(p) if c.kind == "weekday"} == {"saturday", "sunday"}


def test_a_group_that_is_nearly_everyone_is_not_a_cause():
    # the café's one language against two reviews the detector misread: "German" is everyone
    p = period(n_before=60, n_during=60, seed=2)
    rv = p.reviews.copy()
    rv["language"] = "de"
    rv.loc[rv.index[:2], "language"] = "en"
    rv.loc[rv.index[-1], "language"] = "en"
    causes = C.explain(C.Period(rv, p.mentions, p.sentences))
    assert not [c for c in causes if c.kind == "language"]
    assert next(c for c in causes if c.kind == "aspect").name == "food"


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


def _drop(kind="drop", start=date(2026, 6, 1), end=date(2026, 8, 13), scope=("all", "")):
    from desktop.analysis.drops import Drop
    return Drop(kind, start, end, 4.4, 3.3, (4.3, 4.5), (3.1, 3.5), 200, 150, date(2026, 2, 1),
                date(2026, 5, 31), 0.001, 0.999, scope)


def _cause(kind, name, contribution, n=7):
    return C.Cause(kind, name, contribution, -0.3, "complaints", 0.05, 0.3, (0.0, 0.1), (0.2, 0.4), 3, n, 4.0, (1,))


def test_a_person_is_named_in_reviews_not_a_kind_of_waiting():
    causes = [_cause("aspect", "wait", 0.3), _cause("staff", "Tiago", 0.15, n=7)]
    text = N.drop_sentence(_drop(), causes, "en", latest=date(2026, 9, 1))
    assert "waiting, and Tiago is named in 7 of those reviews" in text
    assert "mostly Tiago" not in text
    for lang in N.LANGUAGES:
        assert "7" in N.drop_sentence(_drop(), causes, lang, latest=date(2026, 9, 1))
    dish = N.drop_sentence(_drop(), [_cause("aspect", "food", 0.5), _cause("dish", "Carbonara", 0.3)], "en")
    assert "the food, mostly Carbonara" in dish


def test_a_drop_that_ended_is_a_date_range_in_each_language():
    latest = date(2026, 9, 1)
    assert "du 1er juin au 13 août" in N.drop_sentence(_drop(), [], "fr", latest)
    assert "entre 1 de junho e 13 de agosto" in N.drop_sentence(_drop(), [], "pt", latest)
    assert "dal 1 giugno al 13 agosto" in N.drop_sentence(_drop(), [], "it", latest)
    assert "between 1 June and 13 August" in N.drop_sentence(_drop(), [], "en", latest)
    assert "vom 1. Juni bis zum 13. August" in N.drop_sentence(_drop(), [], "de", latest)
    assert "С 1 июня по 13 августа" in N.drop_sentence(_drop(), [], "ru", latest)
    # a drop that has not ended runs from its start, in no range
    ongoing = N.drop_sentence(_drop("shift", end=latest), [], "fr", latest)
    assert "à partir du 1er juin" in ongoing and " au " not in ongoing


def test_a_group_gets_only_the_fall_beyond_the_rest():
    # the food got worse for everyone; the café's German reviews (nine in ten) fell a little
    # more by chance: the language may pass its test, but it cannot take the credit for the drop
    p = period(n_before=200, n_during=200, seed=3)
    rv = p.reviews.copy()
    rng = np.random.default_rng(4)
    rv["language"] = np.where(rng.random(len(rv)) < 0.9, "de", "en")
    causes = C.explain(C.Period(rv, p.mentions, p.sentences))
    food = next(c for c in causes if c.kind == "aspect" and c.name == "food")
    for c in causes:
        if c.kind == "language":
            assert c.contribution < food.contribution / 2


def test_excess_stars_is_share_times_the_extra_fall():
    assert C.excess_stars(0.4, -1.5) == pytest.approx(-0.6)
    assert C.excess_stars(0.95, 0.0) == 0.0


@pytest.mark.parametrize("lang, expected", [
    ("en", "“rubbery”"), ("de", "„rubbery“"), ("fr", "«\u202frubbery\u202f»"), ("it", "«rubbery»"),
    ("es", "«rubbery»"), ("pt", "«rubbery»"), ("sv", "”rubbery”"), ("nl", "“rubbery”"), ("ru", "«rubbery»")])
def test_a_phrase_is_quoted_with_the_languages_own_marks(lang, expected):
    phrase = C.Cause("phrase", "rubbery", 0.3, -0.2, "complaints", 0.0, 0.2, (0, 0.1), (0.1, 0.3),
                     0, 10, 3.0, (1,))
    assert N.cause_label(phrase, lang) == expected
    opening, closing = N.phrasebook(lang)["quotes"]
    assert opening and closing and (lang == "sv" or lang in ("it", "es", "pt", "ru", "fr") or opening != closing)


def test_reviews_of_unknown_language_do_not_make_the_one_language_a_cause():
    # stars-only and two-word reviews have no language: their chance glow is no "German visitors fell"
    p = period(n_before=60, n_during=60, seed=2)
    rv = p.reviews.copy()
    rv["language"] = "de"
    during = rv["during"].to_numpy(bool)
    unknown = rv.index[during][:6].tolist() + rv.index[~during][:3].tolist()
    rv.loc[unknown, "language"] = "unknown"
    rv.loc[unknown, "rating"] = 5.0
    causes = C.explain(C.Period(rv, p.mentions, p.sentences))
    assert not [c for c in causes if c.kind == "language"]


def test_a_small_groups_change_is_shrunk_towards_everyones():
    assert C.GROUP_PRIOR_REVIEWS > 0
    assert C.shrunk_shift(1.3, 6, 3, -1.0) < 0.0  # two reviews' worth: mostly everyone's change
    assert C.shrunk_shift(-1.5, 400, 400, -0.5) == pytest.approx(-1.5, abs=0.05)
    assert C.shrunk_shift(2.0, 0, 5, -0.7) == -0.7
