"""Every customer from every till: orders that name their customer create or
link that customer, in whichever order the files arrive."""
from __future__ import annotations

from sqlalchemy import text

from customer_exports import SHOPIFY_CSV, SQUARE_CSV
from order_exports import (
    GENERIC_ORDERS,
    LOCAL_IDS_CUSTOMERS,
    LOCAL_IDS_ORDERS,
    LOYVERSE_CUSTOMERS,
    LOYVERSE_RECEIPTS,
    SQUARE_ITEMS,
    write,
)

from desktop.services import Services


def _import(services: Services, path, **kw):
    outcome = services.imports.import_files([str(path)], **kw)
    assert not outcome.errors, outcome.errors
    return outcome.results


def _links(services: Services) -> list[tuple]:
    """(order external id, the customer's name, email) for every order: the links as a person reads them."""
    with services.db.engine.connect() as conn:
        return sorted((tuple(r) for r in conn.execute(text(
            "SELECT o.external_id, c.name, c.email, c.phone FROM orders o "
            "LEFT JOIN customers c ON c.id = o.customer_id"))), key=repr)


def _people(services: Services) -> list[tuple]:
    with services.db.engine.connect() as conn:
        return sorted((tuple(r) for r in conn.execute(text(
            "SELECT name, email, phone, visits, total_spent, from_orders FROM customers"))), key=repr)


def test_orders_that_name_their_customer_create_or_link_one(services, tmp_path):
    (res,) = _import(services, write(tmp_path, "items.csv", SQUARE_ITEMS))
    assert res.inserted == 4
    links = dict((oid, name) for oid, name, _e, _p in _links(services))
    assert links == {"T1": "Maria Santos", "T2": None, "T3": None, "T4": "Nadia Gold"}
    with services.db.engine.connect() as conn:
        tom = conn.execute(text("SELECT c.email, c.from_orders FROM orders o JOIN customers c "
                                "ON c.id = o.customer_id WHERE o.external_id = 'T2'")).one()
    assert tom == ("tom@example.com", 1)  # Square puts the e-mail in Customer Name
    # the walk-in (T3) has no customer; nothing else was dropped
    assert len(_people(services)) == 3


def test_orders_then_customers_and_customers_then_orders_give_the_same_links(tmp_path):
    def run(first: str, second: str, folder: str) -> tuple[list, list]:
        services = Services.open(tmp_path / f"{folder}.sqlite")
        try:
            for name, body in ((first, {"items.csv": SQUARE_ITEMS, "customers.csv": SQUARE_CSV}[first]),
                               (second, {"items.csv": SQUARE_ITEMS, "customers.csv": SQUARE_CSV}[second])):
                _import(services, write(tmp_path / folder, name, body))
            return _links(services), _people(services)
        finally:
            services.close()

    links_a, people_a = run("items.csv", "customers.csv", "a")
    links_b, people_b = run("customers.csv", "items.csv", "b")
    assert links_a == links_b
    assert people_a == people_b
    assert ("T1", "Maria Santos", "maria@example.com", "+15625550123") in links_a
    assert [p for p in people_a if p[0] == "Tom Baker"][0][:2] == ("Tom Baker", "tom@example.com")


def test_a_till_that_names_customers_without_ids_links_the_same_either_way(tmp_path):
    def run(order: list[tuple[str, str]], folder: str):
        services = Services.open(tmp_path / f"{folder}.sqlite")
        try:
            for name, body in order:
                _import(services, write(tmp_path / folder, name, body), options=None)
            return _links(services), _people(services)
        finally:
            services.close()

    files = [("receipts.csv", LOYVERSE_RECEIPTS), ("customers.csv", LOYVERSE_CUSTOMERS)]
    a = run(files, "a")
    b = run(files[::-1], "b")
    assert a == b
    links = {oid: name for oid, name, _e, _p in a[0]}
    assert links == {"1-1001": "Ana Example", "1-1002": "Ben Example", "1-1003": "Ben Example", "1-1004": None}
    assert len(a[1]) == 2 and not any(p[5] for p in a[1])  # both are the till's customers, none a stub


def test_orders_link_across_sources_by_email_and_merge_with_a_log(services, tmp_path):
    _import(services, write(tmp_path, "shopify.csv", SHOPIFY_CSV))
    _import(services, write(tmp_path, "square.csv", SQUARE_CSV))
    _import(services, write(tmp_path, "orders.csv", GENERIC_ORDERS))
    links = {oid: (name, email) for oid, name, email, _p in _links(services)}
    assert links["A-1"] == links["A-2"] == ("Maria Santos", "maria@example.com")
    merges = services.customers.list_merges()
    assert any(m.source == "generic" and m.matched_on == "email" and m.kept_name == "Maria Santos"
               for m in merges)


def test_a_spreadsheets_own_customer_numbers_link_only_with_the_name(services, tmp_path):
    _import(services, write(tmp_path, "orders.csv", LOCAL_IDS_ORDERS))
    _import(services, write(tmp_path, "people.csv", LOCAL_IDS_CUSTOMERS))
    links = {oid: name for oid, name, _e, _p in _links(services)}
    # customer 7 of the order sheet is Ana Lopes; customer 7 of another sheet is Bo Berg: never linked
    assert links == {"1": "Ana Lopes", "2": "Ana Lopes"}
    assert sorted(p[0] for p in _people(services)) == ["Ana Lopes", "Bo Berg"]


def test_a_newer_customer_export_updates_in_its_batch_and_undo_restores(services, tmp_path):
    (first,) = _import(services, write(tmp_path, "v1/customers.csv", SQUARE_CSV))
    newer = SQUARE_CSV.replace("2025-11-20,14,$766.57", "2026-01-10,19,$901.00").replace(
        "(562) 555-0199", "(562) 555-0111")
    (second,) = _import(services, write(tmp_path, "v2/customers.csv", newer))
    assert (second.inserted, second.duplicates, second.updated) == (0, 2, 2)  # Maria and Tom
    with services.db.engine.connect() as conn:
        row = conn.execute(text("SELECT visits, total_spent, last_visit FROM customers WHERE name='Maria Santos'")).one()
        assert row[:2] == (19, 901.0) and str(row[2]).startswith("2026-01-10")
    (again,) = _import(services, write(tmp_path, "v2b/customers.csv", newer + "\n"))
    assert (again.updated, again.batch_id) == (0, None)  # the same again: nothing, and no empty batch
    # an older export never moves visits, spend or the last visit back
    _import(services, write(tmp_path, "v1b/customers.csv", SQUARE_CSV + "\n"))
    with services.db.engine.connect() as conn:
        assert conn.execute(text("SELECT visits FROM customers WHERE name='Maria Santos'")).scalar() == 19
    for batch in services.imports.list_batches():
        if batch.id != first.batch_id and batch.undone_at is None:
            services.imports.undo_batch(batch.id)
    with services.db.engine.connect() as conn:
        row = conn.execute(text("SELECT visits, total_spent FROM customers WHERE name='Maria Santos'")).one()
    assert tuple(row) == (14, 766.57)
    assert first.batch_id is not None


def test_undoing_the_orders_keeps_a_customer_a_later_file_took_over(services, tmp_path):
    (orders,) = _import(services, write(tmp_path, "items.csv", SQUARE_ITEMS))
    (people,) = _import(services, write(tmp_path, "customers.csv", SQUARE_CSV))
    services.imports.undo_batch(orders.batch_id)
    names = [p[0] for p in _people(services)]
    assert "Maria Santos" in names and "Tom Baker" in names   # the customer file's people stay
    assert "Nadia Gold" not in names                         # only the orders knew her
    services.imports.undo_batch(people.batch_id)
    assert _people(services) == []
