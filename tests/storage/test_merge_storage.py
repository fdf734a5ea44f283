"""The storage side of merging customers across sources: matching, consent,
the merge log, undo, and order links."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import text

from desktop.core.records import CustomerRecord, OrderRecord
from desktop.storage import repositories as repo
from desktop.storage.database import Database


@pytest.fixture
def db(db_target):
    """A new database, once on SQLite and once on PostgreSQL."""
    d = Database.open(db_target)
    yield d
    d.close()


def _rows(db, sql):
    """Plain rows; a date column as SQLite stores it (PostgreSQL's driver
    returns a date), so one expectation holds on both back ends."""
    def plain(v):
        return v.isoformat() if isinstance(v, date) and not isinstance(v, datetime) else v

    with db.engine.connect() as conn:
        return [tuple(plain(v) for v in r) for r in conn.execute(text(sql))]


@pytest.mark.parametrize("current, incoming, expected, conflict", [
    (None, None, None, False),
    (None, True, True, False),
    (None, False, False, False),
    (True, None, True, False),
    (True, False, False, False),   # the newer "no" wins
    (True, True, True, False),
    (False, None, False, False),
    (False, False, False, False),
    (False, True, False, True),    # never silently from no to yes
])
def test_combine_consent(current, incoming, expected, conflict):
    assert repo.combine_consent(current, incoming) == (expected, conflict)


def test_only_e164_phones_and_normalised_emails_match():
    assert repo.normal_phone("+15625550123") == "+15625550123"
    assert repo.normal_phone("5625550123") is None
    assert repo.normal_phone("+1 562 555") is None
    assert repo.normal_email("  Ana@Example.COM ") == "ana@example.com"
    assert repo.normal_email("") is None


def test_record_json_round_trip():
    rec = CustomerRecord("square", "c1", "Ana", email="a@x.org", phone="+4420", birthday=date(1900, 5, 2),
                         first_visit=datetime(2026, 1, 2, 3, 4), visits=3, total_spent=4.5,
                         accepts_email=False, tags=("vip", "early"))
    assert repo.record_from_json(repo.record_to_json(rec)) == rec


def test_same_source_never_merges_and_other_sources_do(db):
    with db.session() as s:
        report = repo.store_customers(s, None, [
            CustomerRecord("square", "s1", "Ana", email="ana@x.org"),
            CustomerRecord("square", "s2", "Ana again", email="ana@x.org")])
        assert (report.inserted, report.merged) == (2, 0)
    with db.session() as s:
        report = repo.store_customers(s, None, [
            CustomerRecord("mailchimp", "m1", "Ana M", email="ANA@x.org", accepts_email=True),
            CustomerRecord("shopify", "p1", "Bo", phone="+447700900123"),
            CustomerRecord("shopify", "p2", "Bo again", phone="+447700900123")])
        assert (report.inserted, report.merged, report.duplicates) == (2, 1, 0)
        assert report.outcomes == (("merged", 1), ("new", 3), ("new", 4))
    assert _rows(db, "SELECT id, name, accepts_email FROM customers WHERE id = 1") == [(1, "Ana", 1)]
    with db.session() as s:
        (merge,) = repo.list_merges(s)
    assert (merge["kept_customer_id"], merge["matched_on"], merge["source"]) == (1, "email", "mailchimp")
    assert merge["fields_changed"] == {"accepts_email": [None, True]}


def test_merge_fills_only_empty_fields_and_unions_tags(db):
    with db.session() as s:
        repo.store_customers(s, None, [CustomerRecord(
            "square", "s1", "Ana Lopes", email="ana@x.org", visits=4, note="decaf", tags=("vip",))])
        repo.store_customers(s, None, [CustomerRecord(
            "shopify", "p1", "Ana L", email="ana@x.org", phone="+15625550123", visits=9,
            total_spent=12.0, birthday=date(1990, 1, 2), tags=("VIP", "online"))])
    assert _rows(db, "SELECT name, phone, visits, total_spent, birthday, note, tags FROM customers") == [
        ("Ana Lopes", "+15625550123", 4, 12.0, "1990-01-02", "decaf", "vip, online")]


def test_merged_identities_link_orders_and_batch_undo_restores(db):
    with db.session() as s:
        b1 = repo.create_batch(s, "sq.csv", "h1", "customers", "square_customers", 1, 0)
        repo.store_customers(s, b1, [CustomerRecord("square", "s1", "Tom", phone="+15625550199")])
        b2 = repo.create_batch(s, "shop.csv", "h2", "customers", "shopify_customers", 1, 0)
        repo.store_customers(s, b2, [CustomerRecord("shopify", "p1", "Tom", email="tom@x.org",
                                                    phone="+15625550199", accepts_sms=True)])
        repo.insert_orders(s, None, [
            OrderRecord("shopify", "o1", datetime(2026, 2, 1), 3.0, customer_external_id="p1"),
            OrderRecord("generic", "o2", datetime(2026, 2, 1), 3.0, customer_email="TOM@x.org")])
    assert _rows(db, "SELECT customer_id FROM orders ORDER BY id") == [(1,), (1,)]
    with db.session() as s:
        removed = repo.undo_batch(s, b2)
        assert removed["merges_undone"] == 1
    assert _rows(db, "SELECT id, email, accepts_sms FROM customers") == [(1, None, None)]
    with db.session() as s:
        # the order's customer details (generic, by e-mail) were merged into Tom too, without a
        # batch: that merge stands, in the log, undoable on its own
        assert [(m["source"], m["matched_on"], m["batch_id"]) for m in
                repo.list_merges(s, include_undone=False)] == [("generic", "email", None)]
        # the Shopify merge no longer stands: the same record merges again
        assert repo.store_customers(s, None, [CustomerRecord(
            "shopify", "p1", "Tom", phone="+15625550199")]).merged == 1


def test_undo_merge_with_split_moves_its_sources_orders(db):
    with db.session() as s:
        repo.store_customers(s, None, [CustomerRecord("square", "s1", "Tom", phone="+15625550199")])
        repo.store_customers(s, None, [CustomerRecord("shopify", "p1", "Tom", phone="+15625550199")])
        repo.insert_orders(s, None, [
            OrderRecord("shopify", "o1", datetime(2026, 2, 1), 3.0, customer_external_id="p1"),
            OrderRecord("square", "o2", datetime(2026, 2, 1), 3.0, customer_external_id="s1")])
        (merge,) = repo.list_merges(s)
        out = repo.undo_merge(s, merge["id"], split=True)
    assert _rows(db, "SELECT source, customer_id FROM orders ORDER BY id") == [
        ("shopify", out["customer_id"]), ("square", 1)]
    with db.session() as s, pytest.raises(ValueError):
        repo.undo_merge(s, merge["id"])


def test_a_database_from_before_merges_upgrades_with_a_backup(tmp_path):
    from alembic import command
    from sqlalchemy import create_engine, inspect

    from desktop.storage.database import _alembic_config, head_revision

    path = tmp_path / "old.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(text("INSERT INTO customers (source, dedupe_key, name, email) "
                          "VALUES ('square', 'id:s1', 'Ana', 'ana@x.org')"))
    engine.dispose()
    db = Database.open(path)
    try:
        assert db.current_revision() == head_revision()
        assert "customer_merges" in inspect(db.engine).get_table_names()
        assert list((tmp_path / "backups").glob("old-*-before-migration.sqlite"))
        with db.session() as s:
            report = repo.store_customers(s, None, [CustomerRecord("mailchimp", "m1", "Ana",
                                                                   email="ana@x.org")])
        assert report.merged == 1
    finally:
        db.close()


def test_chunk_lookup_answers_like_the_full_customer_lookup(db_target):
    """insert_orders looks up only its chunk's identities; for those it must
    give exactly what reading every customer gives, merged identities and
    several customers sharing a phone included."""
    import random

    from desktop.core.records import CustomerRecord
    from desktop.storage.database import Database
    from desktop.storage.repositories.customers import _customer_lookup

    rnd = random.Random(7)
    db = Database.open(db_target)
    records = []
    for n in range(600):
        k = rnd.randrange(250)  # shared e-mails and phones: some rows merge into others
        records.append(CustomerRecord(
            source=rnd.choice(["square", "shopify", "loyverse"]), external_id=f"c{n}", name=f"Guest {k}",
            email=f"guest{k}@example.com" if rnd.random() < 0.7 else None,
            phone=f"+4477009{k:05d}" if rnd.random() < 0.6 else None))
    with db.session() as s:
        for i in range(0, len(records), 100):
            repo.store_customers(s, None, records[i:i + 100])
        full = _customer_lookup(s)
        assert len(set(full[0].values())) < 500  # many records were merged into others
        ext = [f"c{n}" for n in range(0, 700, 3)]  # a few unknown ones too
        emails = [f"GUEST{k}@example.com" for k in range(0, 260, 2)]
        phones = [f"+4477009{k:05d}" for k in range(1, 260, 2)] + [None, ""]
        part = _customer_lookup(s, ext_ids=ext, emails=emails, phones=phones)
    # (it may also hold other identities of the rows it read: callers ask only for theirs)
    assert {e: part[0].get(e) for e in ext} == {e: full[0].get(e) for e in ext}
    assert {e: part[1].get(e.lower()) for e in emails} == {e: full[1].get(e.lower()) for e in emails}
    assert {p: part[2].get(p) for p in phones if p} == {p: full[2].get(p) for p in phones if p}
    assert sum(e in full[0] for e in ext) > 100 and sum(p in full[2] for p in phones) > 50
    db.close()
