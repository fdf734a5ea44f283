from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from desktop.core.records import (
    CustomerRecord,
    OrderLineRecord,
    OrderRecord,
    ReviewRecord,
)
from desktop.storage import repositories as repo
from desktop.storage.database import Database, head_revision
from desktop.storage.schema import Base


def _review(i: int, **kw) -> ReviewRecord:
    base = dict(source="google", external_id=f"r{i}", author=f"Author {i}", rating=1 + i % 5,
                text=f"Review number {i}", created_at=datetime(2026, 1, 1 + i % 28, 12))
    base.update(kw)
    return ReviewRecord(**base)


def test_open_creates_migrated_database_with_wal_and_foreign_keys(tmp_path):
    db = Database.open(tmp_path / "a.sqlite")
    assert db.current_revision() == head_revision()
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables
    db.close()


def test_migrations_match_the_orm_schema(db_target):
    """Alembic's autogenerate finds nothing to change after upgrading to head."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    db = Database.open(db_target)
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
    db.close()


def test_migrating_an_old_database_keeps_a_checked_backup(tmp_path):
    """An older schema is backed up (online backup API, checked) into the
    backups folder beside the file before it is migrated."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integrity"))
    from integrity_tools import downgrade

    from desktop.storage import backups as backup_files

    path = tmp_path / "old.sqlite"
    db = Database.open(path)
    with db.session() as s:
        repo.insert_reviews(s, None, [_review(i) for i in range(5)])
    db.close()
    downgrade(path, "0003")
    db = Database.open(path)
    assert db.current_revision() == head_revision()
    db.close()
    [info] = backup_files.list_backups(path)
    assert info.reason == "before-migration" and info.ok is True and info.revision == "0003"
    assert info.path.parent == tmp_path / "backups" and info.size > 0
    con = sqlite3.connect(info.path)
    assert con.execute("SELECT count(*) FROM reviews").fetchone()[0] == 5
    con.close()


def test_reviews_are_deduplicated_by_id_and_by_content(db_target):
    db = Database.open(db_target)
    records = [_review(i) for i in range(10)]
    no_id = [_review(100, external_id=None), _review(100, external_id=None)]
    with db.session() as s:
        assert repo.insert_reviews(s, None, records + no_id) == (11, 1)
    with db.session() as s:
        assert repo.insert_reviews(s, None, records + no_id) == (0, 12)
        assert repo.counts(s)["reviews"] == 11
    db.close()


def test_same_id_on_different_sources_is_two_reviews(db_target):
    db = Database.open(db_target)
    with db.session() as s:
        assert repo.insert_reviews(s, None, [_review(1), _review(1, source="yelp")]) == (2, 0)
    db.close()


def test_failed_transaction_leaves_database_unchanged(db_target):
    db = Database.open(db_target)
    try:
        with db.session() as s:
            repo.insert_reviews(s, None, [_review(1)])
            raise RuntimeError("boom")
    except RuntimeError:
        pass
    with db.session() as s:
        assert repo.counts(s)["reviews"] == 0
    db.close()


def test_undo_batch_removes_its_rows_and_cascades_to_lines(db_target):
    db = Database.open(db_target)
    with db.session() as s:
        cust_batch = repo.create_batch(s, "c.csv", "h1", "customers", "generic", 1, 0)
        repo.insert_customers(s, cust_batch, [CustomerRecord("square", "c1", "Ana", email="a@x.org")])
        batch = repo.create_batch(s, "o.csv", "h2", "orders", "generic", 2, 0)
        orders = [OrderRecord("square", f"o{i}", datetime(2026, 2, 1), 4.5, customer_email="A@x.org",
                              lines=(OrderLineRecord("Flat white", 1, 4.5, 4.5),)) for i in range(2)]
        assert repo.insert_orders(s, batch, orders) == (2, 0)
    with db.session() as s:
        assert repo.counts(s)["order_lines"] == 2
        repo.undo_batch(s, batch)
    with db.session() as s:
        c = repo.counts(s)
        assert (c["orders"], c["order_lines"], c["customers"]) == (0, 0, 1)
        assert repo.get_batch(s, batch).undone_at is not None
    db.close()


def test_orders_link_to_customers_by_email(db_target):
    db = Database.open(db_target)
    with db.session() as s:
        repo.insert_customers(s, None, [CustomerRecord("shopify", "c9", "Bo", email="bo@x.org")])
        repo.insert_orders(s, None, [OrderRecord("square", "o1", datetime(2026, 2, 1), 3.0,
                                                 customer_email="BO@x.org")])
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT customer_id FROM orders")).scalar() is not None
    db.close()


def test_trends_are_stored_per_week_and_month(db_target):
    db = Database.open(db_target)
    with db.session() as s:
        repo.insert_reviews(s, None, [
            _review(1, rating=5, created_at=datetime(2026, 3, 2)),   # Monday
            _review(2, rating=3, created_at=datetime(2026, 3, 8)),   # Sunday, same week
            _review(3, rating=1, created_at=datetime(2026, 4, 1)),
        ])
        repo.recompute_trends(s)
    with db.session() as s:
        weeks = repo.trend_rows(s, "week")
        months = repo.trend_rows(s, "month")
    assert [(str(d), n, r) for d, n, r, _ in weeks] == [("2026-03-02", 2, 4.0), ("2026-03-30", 1, 1.0)]
    assert [(str(d), n, r) for d, n, r, _ in months] == [("2026-03-01", 2, 4.0), ("2026-04-01", 1, 1.0)]
    db.close()


def test_edited_review_is_updated_and_only_it_is_analysed_again(db_target):
    from desktop.core.analysis import TextAnalysis

    db = Database.open(db_target)
    with db.session() as s:
        repo.insert_reviews(s, None, [_review(1), _review(2)])
        pending = repo.pending_analysis(s, "v1")
        repo.save_analysis(s, [(rid, "h", TextAnalysis("en", 0.1, engine_version="v1"))
                               for rid, *_ in pending])
    with db.session() as s:
        assert repo.pending_analysis(s, "v1") == []
        edited = _review(1, text="Edited: actually the coffee was cold", rating=2)
        replied = _review(2, reply_text="Thank you!", reply_at=datetime(2026, 2, 1))
        report = repo.store_reviews(s, None, [edited, replied])
        # a change is an update, never a "duplicate"
        assert (report.inserted, report.duplicates, report.updated) == (0, 0, 2)
    with db.session() as s:
        pending = repo.pending_analysis(s, "v1")
        assert [(text, rating) for _, _, text, rating, _ in pending] == [
            ("Edited: actually the coffee was cold", 2)]
        assert repo.unanswered_count(s) == 1
        # a new engine version re-analyses everything
        assert len(repo.pending_analysis(s, "v2")) == 2
    db.close()


def test_saved_analysis_reads_back_through_the_orm_and_replaces_the_old(db_target):
    """save_analysis writes plain rows on the driver; what the ORM reads back
    must be what it would have written itself (types included), and saving
    again replaces the review's old rows instead of adding to them."""
    from sqlalchemy import select

    from desktop.analysis.engine import analyze
    from desktop.storage.schema import ReviewAnalysis, ReviewAspect, ReviewSentence

    db = Database.open(db_target)
    with db.session() as s:
        repo.insert_reviews(s, None, [_review(1), _review(2, text=None, rating=5)])
        (r1, *_), (r2, *_) = repo.pending_analysis(s, "v1")
        a1 = analyze("The food was great but the service was slow. Never again!")
        repo.save_analysis(s, [(r1, "h1", a1), (r2, "h2", analyze(""))])
        repo.save_analysis(s, [(r1, "h1", a1)])  # again: replaces
    with db.session() as s:
        rows = {r.review_id: r for r in s.scalars(select(ReviewAnalysis))}
        assert rows[r1].engine_version == a1.engine_version and rows[r1].text_hash == "h1"
        assert rows[r1].sentiment == pytest.approx(a1.sentiment) and rows[r1].language == "en"
        assert isinstance(rows[r1].analysed_at, datetime)
        assert rows[r2].sentiment is None  # stars only: no sentiment, not a neutral 0
        aspects = s.execute(select(ReviewAspect.aspect, ReviewAspect.polarity, ReviewAspect.term,
                                   ReviewAspect.sentence).where(ReviewAspect.review_id == r1)
                            .order_by(ReviewAspect.id)).all()
        assert [tuple(a) for a in aspects] == [(m.aspect, m.polarity, m.term, m.sentence) for m in a1.mentions]
        sentences = s.execute(select(ReviewSentence.idx, ReviewSentence.text)
                              .where(ReviewSentence.review_id == r1).order_by(ReviewSentence.idx)).all()
        assert [t for _, t in sentences] == [x.text for x in a1.sentences]
    db.close()


def test_bulk_inserted_reviews_store_values_exactly_as_the_orm_does(db_target):
    """Reviews are written with a driver-level executemany for speed: dates,
    booleans and numbers must come back through the ORM (and compare in SQL)
    as if the ORM had written them."""
    from sqlalchemy import insert, select

    from desktop.storage.schema import Review

    db = Database.open(db_target)
    when = datetime(2026, 5, 1, 10, 0)
    with db.session() as s:
        repo.store_reviews(s, None, [ReviewRecord("google", "a", "Ana", 5, "Fine", when,
                                                  recommended=True, author_local_guide=False,
                                                  author_reviews=12, rating_raw=5.0)])
        s.execute(insert(Review), [dict(source="orm", dedupe_key="k", author="Bo", rating=4,
                                        rating_scale=5, created_at=when, recommended=True,
                                        author_local_guide=False)])
    with db.session() as s:
        row = s.execute(select(Review.created_at, Review.recommended, Review.author_local_guide,
                               Review.author_reviews).where(Review.source == "google")).one()
        assert tuple(row) == (when, True, False, 12)
        assert s.scalar(select(Review.id).where(Review.created_at >= when, Review.source == "google"))
        raw = s.connection().exec_driver_sql(
            "SELECT source, created_at, recommended, author_local_guide FROM reviews ORDER BY source").fetchall()
    db.close()
    assert raw[0][1:] == raw[1][1:]  # the same stored values as the ORM's own insert, on either back end
