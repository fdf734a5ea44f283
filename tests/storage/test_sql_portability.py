"""The raw SQL audit, held by tests: every statement the repositories send as
text (or straight to the driver) runs on SQLite and on PostgreSQL and gives
the same answer, and no SQLite-only construct creeps back into them.

The audit (README, "A shared PostgreSQL server") found: the plain
``SELECT``s of customer_data (portable; run here), a hand-joined ``IN (...)``
(now SQLAlchemy Core), the driver-level statements of the review import and
analysis paths (written with the driver's own parameter mark; run here),
``date()`` on a timestamp (exists on both; run here), and the search's
``lower(x) LIKE``, whose case rules differed (SQLite's ``lower`` folds ASCII
only and its LIKE ignores case; PostgreSQL folds every letter and its LIKE
respects case) and whose wildcards came from what the owner typed: now
``sqlfuncs.folded(x) LIKE`` with the wildcards escaped.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

from desktop.core.records import CustomerRecord, OrderLineRecord, OrderRecord, ReviewRecord
from desktop.storage import repositories as repo
from desktop.storage.database import Database

REPOSITORIES = Path(__file__).resolve().parents[2] / "desktop" / "storage" / "repositories"

SQLITE_ONLY = re.compile(
    r"strftime\s*\(|julianday|group_concat|ifnull|insert\s+or\s+(ignore|replace)|limit\s+-1"
    r"|pragma\s|sqlite_master|\browid\b|datetime\s*\(\s*'now'", re.IGNORECASE)
"""Constructs SQLite has and PostgreSQL lacks (or reads differently)."""


def _seed(db: Database) -> None:
    when = datetime(2026, 5, 4, 9, 30)
    with db.session() as s:
        repo.insert_customers(s, None, [CustomerRecord("square", "c1", "Åsa Öberg", email="ASA@Example.se"),
                                        CustomerRecord("square", "c2", "Ben Carter")])
        repo.insert_orders(s, None, [
            OrderRecord("square", "o1", when, 7.5, customer_external_id="c1", staff="Marta",
                        location="Centro", lines=(OrderLineRecord("Flat White", 2, total=7.5),)),
            OrderRecord("square", "o2", datetime(2026, 5, 4, 18, 5), 3.0, customer_external_id="c1",
                        staff="Marta", location="Centro", status="refund",
                        lines=(OrderLineRecord("Croissant", 1, total=3.0),)),
            OrderRecord("square", "o3", datetime(2026, 5, 5, 8, 0), 4.0, customer_external_id="c2",
                        staff="Luca", location="Porto", lines=(OrderLineRecord("Espresso", 1),)),
        ])
        repo.insert_reviews(s, None, [
            ReviewRecord("google", "r1", "Ana", 5, "Le meilleur CAFÉ du quartier", when, location="Centro"),
            ReviewRecord("google", "r2", "Ben", 2, "Only 100% cold eggs", when, location="Porto"),
            ReviewRecord("google", "r3", "Chiara", 4, "Only 1000 reasons to come back_", when),
        ])


def test_no_sqlite_only_sql_in_the_repositories():
    found = []
    for path in sorted(REPOSITORIES.glob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if SQLITE_ONLY.search(line) and not line.lstrip().startswith("#"):
                found.append(f"{path.name}:{n}: {line.strip()}")
    assert found == []


def test_the_plain_selects_of_customer_data_agree(db_target):
    db = Database.open(db_target)
    _seed(db)
    with db.session() as s:
        cids, times, totals, refund = repo.order_columns(s)
        assert sorted(zip(cids, totals, refund)) == [(1, 3.0, True), (1, 7.5, False), (2, 4.0, False)]
        assert len(times) == 3 and all(times)
        people = {row[1]: row for row in repo.people_rows(s)}
        assert set(people) == {"Åsa Öberg", "Ben Carter"}
        lines = repo.customer_lines(s)  # refunds left out
        assert sorted((cid, item) for cid, _t, item, _m in lines) == [(1, "Flat White"), (2, "Espresso")]
        orders = repo.orders_of(s, 1)
        assert [o["external_id"] for o in orders] == ["o2", "o1"]  # newest first
        assert [[(ln["item"], ln["quantity"]) for ln in o["lines"]] for o in orders] == [
            [("Croissant", 1.0)], [("Flat White", 2.0)]]
    db.close()


def test_date_of_a_timestamp_groups_by_day_on_both(db_target):
    db = Database.open(db_target)
    _seed(db)
    with db.session() as s:
        rows = sorted(repo.staff_days(s, date(2026, 5, 1), date(2026, 5, 31)))
    assert rows == [(date(2026, 5, 4), "Centro", "Marta", 2), (date(2026, 5, 5), "Porto", "Luca", 1)]
    db.close()


def test_review_search_folds_case_alike_and_takes_wildcards_literally(db_target):
    db = Database.open(db_target)
    _seed(db)

    def authors(text: str) -> list[str]:
        with db.session() as s:
            return sorted(r[4] for r in repo.review_rows(s, text=text))

    assert authors("café") == ["Ana"]  # SQLite's own lower() left "CAFÉ" as "cafÉ"
    assert authors("CAFÉ") == ["Ana"]
    assert authors("100%") == ["Ben"]  # not "1000"
    assert authors("back_") == ["Chiara"]
    assert authors("k_") == ["Chiara"]  # "_" is not "any one letter" ("k " in "back ")
    assert authors("only") == ["Ben", "Chiara"]
    db.close()


def test_email_match_ignores_ascii_case_on_both(db_target):
    """(Non-ASCII capitals are folded on PostgreSQL only: see ``storage.sqlfuncs``.)"""
    db = Database.open(db_target)
    with db.session() as s:
        repo.insert_customers(s, None, [CustomerRecord("square", "c1", "Jo", email="JO.SMITH@Example.COM")])
    with db.session() as s:
        # the same person from another system, e-mail written in lower case
        repo.insert_customers(s, None, [CustomerRecord("mailchimp", "m1", "Jo", email="jo.smith@example.com")])
    with db.session() as s:
        assert len(repo.people_rows(s)) == 1, "merged by e-mail"
    db.close()


def test_folded_is_sqlite_python_lower_and_postgresql_lower(db_target):
    from sqlalchemy import literal, select

    from desktop.storage.sqlfuncs import folded

    db = Database.open(db_target)
    with db.session() as s:
        assert s.scalar(select(folded(literal("ÅSA ÖBERG, CAFÉ")))) == "åsa öberg, café"
        assert s.scalar(select(folded(literal(None)))) is None
    db.close()


def test_driver_level_import_statements_run_on_both(db_target):
    """plan_reviews' and _id_clashes' SELECTs and save_analysis_rows' DELETE and
    INSERTs are sent to the driver with its own parameter mark."""
    from desktop.analysis.engine import analyze
    from desktop.storage.rows import analysis_rows

    db = Database.open(db_target)
    _seed(db)
    again = [ReviewRecord("google", "r1", "Ana", 5, "Le meilleur CAFÉ du quartier", datetime(2026, 5, 4, 9, 30)),
             ReviewRecord("google", "r2", "Ben", 1, "Only 100% cold eggs", datetime(2026, 5, 4, 9, 30))]
    with db.session() as s:
        plans = repo.plan_reviews(s, again)
        assert [p.action for p in plans] == ["duplicate", "updated"]
        rows = analysis_rows([(1, "hash-1", analyze("Le meilleur café du quartier", "fr", 5))], "test-1")
        repo.save_analysis_rows(s, rows)
        repo.save_analysis_rows(s, rows)  # replaces, never doubles
    with db.session() as s:
        from sqlalchemy import func, select

        from desktop.storage.schema import ReviewAnalysis

        assert s.scalar(select(func.count()).select_from(ReviewAnalysis)) == 1
    db.close()
