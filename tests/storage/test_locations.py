"""The locations of a group are kept apart and compared side by side, on a
SQLite file and on a PostgreSQL database: ``locations``, the service under
it, ``customers --location`` and ``report --location``."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pg_cluster import db_args

from desktop.core.errors import UserError
from desktop.core.records import CustomerRecord, OrderRecord, ReviewRecord
from desktop.services import Services
from desktop.services.locations import OPEN_DROP_KINDS, TREND_WINDOW_DAYS
from desktop.storage import repositories as repo

ROOT = Path(__file__).resolve().parents[2]
AS_OF = date(2026, 6, 30)


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "desktop", *args], text=True, capture_output=True,
                          cwd=ROOT, env=env, timeout=180, encoding="utf-8")


def _at(days_before: int, hour: int = 12) -> datetime:
    return datetime.combine(AS_OF - timedelta(days=days_before), datetime.min.time()).replace(hour=hour)


def _seed(services: Services) -> None:
    """Centro: 4 and 5 stars lately, 2 before; Porto: 1 star lately, 5 before;
    one review without a location. Ana ordered at both, Ben at Porto only."""
    reviews = [
        ReviewRecord("google", "c1", "A", 4, "good", _at(10), location="Centro"),
        ReviewRecord("google", "c2", "B", 5, "great", _at(89), location="Centro"),  # last day of the span
        ReviewRecord("google", "c3", "C", 2, "meh", _at(90), location="Centro"),    # first day before it
        ReviewRecord("google", "c4", "D", None, "no stars", _at(5), location="Centro"),
        ReviewRecord("google", "p1", "E", 1, "cold", _at(3), location="Porto"),
        ReviewRecord("google", "p2", "F", 5, "warm", _at(120), location="Porto"),
        ReviewRecord("google", "p3", "G", 3, "old", _at(400), location="Porto"),  # before both spans
        ReviewRecord("google", "x1", "H", 4, "somewhere", _at(2)),
    ]
    with services.db.session() as s:
        repo.insert_reviews(s, None, reviews)
        repo.insert_customers(s, None, [CustomerRecord("square", "ana", "Ana", email="ana@example.com"),
                                        CustomerRecord("square", "ben", "Ben", email="ben@example.com")])
        repo.insert_orders(s, None, [
            OrderRecord("square", "o1", _at(4), 5.0, customer_external_id="ana", location="Centro"),
            OrderRecord("square", "o2", _at(6), 4.0, customer_external_id="ana", location="Porto"),
            OrderRecord("square", "o3", _at(7), 3.0, customer_external_id="ben", location="Porto"),
            OrderRecord("square", "o4", _at(8), 3.0, customer_external_id="ben", location="Porto"),
        ])


def test_constants_are_named_and_sane():
    assert TREND_WINDOW_DAYS == 90
    assert set(OPEN_DROP_KINDS) == {"shift", "decline"}


def test_each_location_counts_only_its_own(db_target):
    services = Services.open(db_target)
    try:
        _seed(services)
        cmp = services.locations.compare(AS_OF)
        assert cmp.recent == (AS_OF - timedelta(days=89), AS_OF)
        assert cmp.before == (AS_OF - timedelta(days=179), AS_OF - timedelta(days=90))
        rows = {x.name: x for x in cmp.locations}
        assert list(rows) == ["Centro", "Porto", None]  # by name, the unassigned last
        centro, porto, other = rows["Centro"], rows["Porto"], rows[None]
        assert (centro.reviews, centro.average, centro.rating, centro.rating_before) == (4, 11 / 3, 4.5, 2.0)
        assert (centro.reviews_recent, centro.reviews_before, centro.customers) == (2, 1, 1)
        assert centro.change == pytest.approx(2.5)
        assert (porto.reviews, porto.average, porto.rating, porto.rating_before) == (3, 3.0, 1.0, 5.0)
        assert porto.customers == 2  # Ana and Ben; Ana counts at Centro too
        assert (other.reviews, other.rating, other.customers, other.drops) == (1, 4.0, 0, None)
        assert centro.drops == 0 and porto.drops == 0  # too few reviews for a drop
        assert services.locations.customer_ids("Centro") != services.locations.customer_ids("Porto")
        with pytest.raises(UserError, match="Nowhere"):
            services.locations.customer_ids("Nowhere")
    finally:
        services.close()


def test_an_empty_database_has_no_locations(db_target):
    services = Services.open(db_target)
    try:
        cmp = services.locations.compare()
        assert (cmp.as_of, cmp.locations) == (None, ())
    finally:
        services.close()


def test_locations_and_customers_cli_keep_locations_apart(db_target):
    services = Services.open(db_target)
    try:
        _seed(services)
    finally:
        services.close()
    out = _run("locations", *db_args(db_target), "--json", "--as-of", AS_OF.isoformat())
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    got = {x["name"]: x for x in data["locations"]}
    assert set(got) == {"Centro", "Porto", None}
    for x in data["locations"]:
        assert {"name", "reviews", "rating", "rating_before", "customers", "drops"} <= set(x)
    assert (got["Porto"]["reviews"], got["Porto"]["rating"], got["Porto"]["rating_before"]) == (3, 1.0, 5.0)
    text = _run("locations", *db_args(db_target), "--as-of", AS_OF.isoformat())
    assert text.returncode == 0 and "Centro" in text.stdout and "(no location)" in text.stdout
    names = {c["name"] for c in json.loads(_run("customers", *db_args(db_target), "--json",
                                                "--location", "Centro").stdout)}
    assert names == {"Ana"}
    bad = _run("customers", *db_args(db_target), "--location", "Nowhere")
    assert bad.returncode == 2 and "Nowhere" in bad.stderr


def test_the_demo_cafes_locations_differ_and_one_drop_is_open(demo_target):
    """The demo café's two locations: their reviews add up to the whole and
    the open drop (the slow weekends) belongs to one of them only."""
    out = _run("locations", *db_args(demo_target), "--json")
    assert out.returncode == 0, out.stderr
    locs = json.loads(out.stdout)["locations"]
    assert [x["name"] for x in locs] == ["Cais do Sodré", "Príncipe Real"]
    services = Services.open(demo_target)
    try:
        with services.db.session() as s:
            assert sum(x["reviews"] for x in locs) == repo.counts(s)["reviews"]
    finally:
        services.close()
    assert sorted(x["drops"] for x in locs) == [0, 1]
    report = json.loads(_run("report", *db_args(demo_target), "--json", "--location", "Cais do Sodré").stdout)
    assert not [d for d in report["drops"] if d["kind"] in OPEN_DROP_KINDS]


def _own_copy(target, tmp_path: Path):
    """A file target copied (SQLite's backup API: its WAL may hold pages) so a
    command can take the writer lock that another test's open demo holds in
    this process; a server URL as it is."""
    if "://" in str(target):
        return target
    import sqlite3

    path = tmp_path / "demo.sqlite"
    src, dst = sqlite3.connect(target), sqlite3.connect(path)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return path


def test_drafts_for_one_location_reach_only_its_customers(demo_target, tmp_path):
    """``drafts --location NAME``: every draft, exclusion and hold-out is a
    customer who ordered there, and the hold-out is drawn from them alone."""
    demo_target = _own_copy(demo_target, tmp_path)
    services = Services.open(demo_target)
    try:
        here = services.locations.customer_ids("Cais do Sodré")
        everyone = services.messaging.plan("winback", as_of=datetime(2026, 6, 30), seed=7)
    finally:
        services.close()
    out = _run("drafts", *db_args(demo_target), "--campaign", "winback", "--json", "--seed", "7",
               "--as-of", "2026-06-30", "--location", "Cais do Sodré")
    assert out.returncode == 0, out.stderr
    plan = json.loads(out.stdout)
    seen = ({d["customer_id"] for d in plan["drafts"]} | {e["customer_id"] for e in plan["excluded"]}
            | set(plan["holdout"]))
    assert seen and seen <= here
    all_seen = ({d.customer_id for d in everyone.drafts} | {e.customer_id for e in everyone.excluded})
    assert seen < all_seen  # the other location's customers are left out, not listed
    bad = _run("drafts", *db_args(demo_target), "--campaign", "winback", "--location", "Nowhere")
    assert bad.returncode == 2 and "Nowhere" in bad.stderr
