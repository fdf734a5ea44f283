from __future__ import annotations

import pytest

from desktop.core.errors import Cancelled
from desktop.core.progress import CancelFlag


def test_import_inserts_then_reimport_inserts_nothing(services, reviews_csv):
    first = services.imports.import_files([str(reviews_csv)])
    assert not first.errors
    (result,) = first.results
    assert (result.kind, result.rows_read, result.inserted, result.duplicates) == ("reviews", 3, 3, 0)
    assert result.batch_id is not None
    assert first.changed.reviews and first.changed.analysis

    again = services.imports.import_files([str(reviews_csv)])
    (result2,) = again.results
    assert (result2.inserted, result2.duplicates, result2.batch_id) == (0, 3, None)
    assert len(services.reviews.list_reviews()) == 3
    assert len(services.imports.list_batches()) == 1


def test_imported_reviews_are_analysed_and_trended(services, reviews_csv):
    services.imports.import_files([str(reviews_csv)])
    df = services.reviews.list_reviews()
    assert df["sentiment"].notna().all()
    row = df.set_index("author").loc["Ana Lopes"]
    assert row["sentiment"] > 0 and row["rating"] == 5
    months = services.reviews.trend("month")
    assert list(months["reviews"]) == [2, 1]
    assert months["avg_rating"].iloc[0] == pytest.approx(3.5)
    assert services.analysis.pending_count() == 0


def test_unreadable_file_is_reported_and_changes_nothing(services, tmp_path, reviews_csv):
    bad = tmp_path / "photo.csv"
    bad.write_bytes(bytes(range(256)) * 20)
    outcome = services.imports.import_files([str(bad), str(reviews_csv)])
    assert len(outcome.errors) == 1 and outcome.errors[0][0] == str(bad)
    assert "photo.csv" in outcome.errors[0][1]
    assert [r.inserted for r in outcome.results] == [3]


def test_missing_file_is_reported(services, tmp_path):
    outcome = services.imports.import_files([str(tmp_path / "nope.csv")])
    assert outcome.errors and "nope.csv" in outcome.errors[0][1]
    assert services.imports.list_batches() == []


def test_cancel_before_start_writes_nothing(services, reviews_csv):
    flag = CancelFlag()
    flag.cancel()
    with pytest.raises(Cancelled):
        services.imports.import_files([str(reviews_csv)], cancel=flag)
    assert services.reviews.list_reviews().empty


def test_undo_batch_removes_rows_and_trend(services, reviews_csv):
    outcome = services.imports.import_files([str(reviews_csv)])
    changed = services.imports.undo_batch(outcome.results[0].batch_id)
    assert changed.reviews
    assert services.reviews.list_reviews().empty
    assert services.reviews.trend("week").empty
    (batch,) = services.imports.list_batches()
    assert batch.undone_at is not None
    # undone rows can be imported again
    again = services.imports.import_files([str(reviews_csv)])
    assert again.results[0].inserted == 3


def test_filters_and_summary(services, reviews_csv):
    from desktop.services.reviews import ReviewFilter

    services.imports.import_files([str(reviews_csv)])
    assert len(services.reviews.list_reviews(ReviewFilter(text="eggs"))) == 1
    assert len(services.reviews.list_reviews(ReviewFilter(min_rating=4))) == 2
    assert len(services.reviews.list_reviews(ReviewFilter(sources=("tripadvisor",)))) + len(
        services.reviews.list_reviews(ReviewFilter(sources=("Tripadvisor",)))) == 1
    filtered = services.reviews.trend("month", ReviewFilter(max_rating=2))
    assert list(filtered["reviews"]) == [1]
    summary = services.reviews.summary()
    assert summary.total == 3 and summary.avg_rating == pytest.approx(11 / 3)
    assert summary.unanswered == 3
    facets = services.reviews.facets()
    assert len(facets.sources) == 2


def test_reimported_edited_review_is_updated_in_its_own_batch_and_undone_with_it(services, tmp_path):
    first = tmp_path / "r1.csv"
    first.write_text("Review ID,Date,Rating,Author,Source,Review\n"
                     "g-1,2026-03-01,5,Ana,Google,Lovely flat white\n", encoding="utf-8")
    edited = tmp_path / "r2.csv"
    edited.write_text("Review ID,Date,Rating,Author,Source,Review\n"
                      "g-1,2026-03-01,1,Ana,Google,Terrible cold coffee and rude staff\n",
                      encoding="utf-8")
    services.imports.import_files([str(first)])
    outcome = services.imports.import_files([str(edited)])
    (result,) = outcome.results
    assert (result.inserted, result.duplicates, result.updated) == (0, 0, 1)
    assert result.batch_id is not None  # a change belongs to a recorded batch
    assert outcome.changed.reviews and outcome.changed.analysis
    df = services.reviews.list_reviews()
    assert list(df["rating"]) == [1] and df["sentiment"].iloc[0] < 0
    batches = services.imports.list_batches()
    assert [(b.inserted, b.duplicates, b.updated) for b in batches] == [(0, 0, 1), (1, 0, 0)]
    # the same file once more changes nothing at all
    again = services.imports.import_files([str(edited)])
    assert not again.changed.reviews and not again.changed.analysis
    assert again.results[0].duplicates == 1 and again.results[0].batch_id is None
    # undoing the edit's batch gives the review its old text and rating back, analysed again
    services.imports.undo_batch(result.batch_id)
    df = services.reviews.list_reviews()
    assert list(df["rating"]) == [5] and list(df["text"]) == ["Lovely flat white"]
    assert df["sentiment"].iloc[0] > 0


def test_star_only_reviews_have_no_sentiment(services, tmp_path):
    path = tmp_path / "stars.csv"
    path.write_text("id,date,stars,reviewer,comment\n1,2026-05-01,4,Ana,\n2,2026-05-02,5,Bo,Great\n",
                    encoding="utf-8")
    services.imports.import_files([str(path)])
    df = services.reviews.list_reviews().set_index("author")
    assert df.loc["Ana", "sentiment"] != df.loc["Ana", "sentiment"]  # NaN: nothing was said
    assert df.loc["Bo", "sentiment"] > 0
