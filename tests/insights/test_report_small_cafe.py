"""A small café (a review or two a week): no drop found is said as "too few
reviews to tell", with the fall the test could have seen, not as a clean bill."""
from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np

from desktop.core.records import ReviewRecord
from desktop.services import Services
from desktop.storage import repositories as repo


def _cafe(path, per_week: float, seed: int = 3) -> Services:
    rng = np.random.default_rng(seed)
    records, start = [], datetime(2025, 7, 1, 12, 0)
    for day in range(364):
        for k in range(rng.poisson(per_week / 7)):
            stars = int(rng.choice([1, 2, 3, 4, 5], p=[0.04, 0.04, 0.1, 0.27, 0.55]))
            records.append(ReviewRecord("google", f"g-{day}-{k}", f"Guest {day}", stars, None,
                                        start + timedelta(days=day, hours=k)))
    services = Services.open(path)
    with services.db.session() as s:
        repo.insert_reviews(s, None, records)
    return services


def test_a_small_cafe_is_told_there_are_too_few_reviews_to_tell(tmp_path):
    services = _cafe(tmp_path / "small.sqlite", per_week=1.5)
    try:
        report = services.insights.report(lang="en")
        it = services.insights.report(lang="it")
    finally:
        services.close()
    assert report.status == "ok" and report.drops == ()
    assert report.too_few_to_tell and report.detectable_fall > 1.0
    assert report.summary.startswith("Too few reviews to tell")
    assert "reviews a week" in report.summary and "stars" in report.summary
    assert it.summary.startswith("Ancora troppe poche recensioni")
    out = report.as_json()
    assert out["too_few_to_tell"] is True and out["detectable_fall"] == round(report.detectable_fall, 2)


def test_a_busy_cafe_without_a_drop_says_no_drop(tmp_path):
    services = _cafe(tmp_path / "busy.sqlite", per_week=20)
    try:
        report = services.insights.report(lang="en")
    finally:
        services.close()
    assert report.drops == () and not report.too_few_to_tell
    assert report.summary.startswith("No real drop")
    assert report.as_json()["too_few_to_tell"] is False


def test_the_report_is_computed_once_per_state_of_the_data(tmp_path):
    services = _cafe(tmp_path / "cache.sqlite", per_week=10)
    try:
        first = services.insights.report(lang="en")
        assert services.insights.report(lang="en") is first
        assert services.insights.report(lang="it") is not first  # another language, its own words
        with services.db.session() as s:
            repo.insert_reviews(s, None, [ReviewRecord("google", "late-1", "Late Guest", 1, None,
                                                       datetime(2026, 6, 29, 12, 0))])
        again = services.insights.report(lang="en")
        assert again is not first and again.reviews == first.reviews + 1
        with services.db.session() as s:
            repo.set_setting(s, "own_terms", '{"dish": ["carbonara"]}')  # the owner's dishes: the report reads them
        assert services.insights.report(lang="en") is not again
    finally:
        services.close()
