from __future__ import annotations

import pytest

from desktop.services import Services

REVIEWS_CSV = (
    "Review ID,Date,Rating,Author,Source,Review\n"
    "g-1,2026-03-01,5,Ana Lopes,Google,Lovely flat white and a warm welcome\n"
    "g-2,2026-03-08,2,Ben Carter,Google,\"Cold eggs, and we waited 30 minutes\"\n"
    "t-1,2026-04-02,4,Chiara,Tripadvisor,\"Buon caffè, servizio gentile\"\n"
)


@pytest.fixture
def services(db_target):
    """Services over a new database, once on SQLite and once on PostgreSQL."""
    s = Services.open(db_target)
    yield s
    s.close()


@pytest.fixture
def reviews_csv(tmp_path):
    path = tmp_path / "reviews.csv"
    path.write_text(REVIEWS_CSV, encoding="utf-8")
    return path


@pytest.fixture
def customer_files(tmp_path):
    """Square, Mailchimp (subscribed + unsubscribed, zipped as Mailchimp ships
    them) and Shopify customer exports for the same café."""
    from customer_exports import write_customer_files

    return write_customer_files(tmp_path)
