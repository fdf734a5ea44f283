"""E-mail matching folds case in every alphabet, the same on SQLite (whose
``lower`` folds ASCII only) and PostgreSQL: "ÉLODIE@…" and "élodie@…" are one
person for the cross-source merge, for the orders that name her by e-mail,
and for a customer file taking over a customer made from orders."""
from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import text

from desktop.core.records import CustomerRecord, OrderRecord
from desktop.storage import repositories as repo
from desktop.storage.database import Database


@pytest.fixture
def db(db_target):
    d = Database.open(db_target)
    yield d
    d.close()


def _customers(db) -> list[tuple]:
    with db.engine.connect() as conn:
        return list(conn.execute(text("SELECT id, source, email FROM customers ORDER BY id")))


def test_non_ascii_capitals_are_stored_folded(db):
    with db.session() as s:
        repo.insert_customers(s, None, [CustomerRecord("square", "a1", "Élodie", email=" ÉLODIE@Exemple.FR ")])
        s.commit()
    assert [r[2] for r in _customers(db)] == ["élodie@exemple.fr"]
    assert repo.normal_email("JÖRG@Beispiel.DE") == "jörg@beispiel.de"


def test_another_source_merges_across_case_in_every_alphabet(db):
    with db.session() as s:
        repo.insert_customers(s, None, [CustomerRecord("square", "a1", "Élodie", email="ÉLODIE@exemple.fr")])
        repo.insert_customers(s, None, [CustomerRecord("shopify", "b7", "Élodie M.", email="élodie@exemple.fr")])
        s.commit()
    rows = _customers(db)
    assert len(rows) == 1, rows  # one person, the Shopify record merged into the Square one
    with db.engine.connect() as conn:
        merges = list(conn.execute(text("SELECT matched_on, email FROM customer_merges")))
    assert merges == [("email", "élodie@exemple.fr")]


def test_an_order_finds_its_customer_by_e_mail_across_case(db):
    with db.session() as s:
        repo.insert_customers(s, None, [CustomerRecord("square", "a1", "Élodie", email="élodie@exemple.fr")])
        repo.insert_orders(s, None, [OrderRecord("square", "o1", datetime(2026, 5, 1, 9), 4.5,
                                                 customer_email="ÉLODIE@EXEMPLE.FR")])
        s.commit()
    rows = _customers(db)
    assert len(rows) == 1, rows
    with db.engine.connect() as conn:
        linked = list(conn.execute(text("SELECT customer_id FROM orders")))
    assert linked == [(rows[0][0],)]
