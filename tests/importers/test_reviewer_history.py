"""Reviewer history (how many reviews the author wrote, Local Guide) is read
where the source gives it: Apify, Outscraper and Tripadvisor, CSV and JSON."""
from __future__ import annotations

import json
from pathlib import Path

from desktop.importers import read_file

FIXTURES = Path(__file__).parent / "fixtures"


def _records(path: Path):
    return [r for parsed in read_file(path) for r in parsed.records]


def test_apify_csv_maps_review_count_and_local_guide():
    records = _records(FIXTURES / "apify_google_maps.csv")
    assert any(r.author_reviews is not None for r in records)
    assert any(r.author_local_guide is not None for r in records)


def test_json_sources_map_review_counts(tmp_path):
    apify = [{"reviewId": "a1", "name": "Ana", "stars": 1, "text": "Bad", "publishedAtDate": "2026-10-04T14:04:18.925Z",
              "reviewerNumberOfReviews": 1, "isLocalGuide": False, "title": "Café"}]
    trip = [{"id": "9", "rating": 2, "text": "Slow", "publishedDate": "2026-03-07", "travelDate": "2026-03",
             "tripType": "COUPLES", "user": {"name": "Tania D", "contributions": {"totalContributions": 155}}}]
    outs = [{"review_id": "o1", "author_title": "Bo", "review_rating": 5, "review_text": "Great",
             "review_timestamp": 1767225600, "author_reviews_count": 42, "name": "Café"}]
    found = []
    for name, doc in (("apify.json", apify), ("trip.json", trip), ("outscraper.json", outs)):
        path = tmp_path / name
        path.write_text(json.dumps(doc), encoding="utf-8")
        found.append(_records(path)[0])
    assert [r.author_reviews for r in found] == [1, 155, 42]
    assert found[0].author_local_guide is False
