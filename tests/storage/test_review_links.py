from __future__ import annotations

from datetime import datetime

from desktop.core.records import CustomerRecord, ReviewRecord
from desktop.storage import repositories as repo
from desktop.storage.database import Database
from desktop.storage.schema import ReviewLink


def test_review_authors_uses_confirmed_links_and_trusted_suggestions_only(db_target):
    db = Database.open(db_target)
    now = datetime(2026, 5, 1)
    with db.session() as s:
        repo.insert_customers(s, None, [CustomerRecord("square", f"c{i}", f"P{i}") for i in range(3)])
        repo.insert_reviews(s, None, [ReviewRecord("google", f"r{i}", f"P{i}", 4, "ok", now)
                                      for i in range(4)])
        s.add_all([
            ReviewLink(review_id=1, customer_id=1, confidence=0.6, method="name", status="confirmed",
                       created_at=now),
            ReviewLink(review_id=2, customer_id=2, confidence=0.95, method="email", status="suggested",
                       created_at=now),
            ReviewLink(review_id=3, customer_id=3, confidence=0.99, method="name", status="dismissed",
                       created_at=now),
            ReviewLink(review_id=4, customer_id=3, confidence=0.5, method="name", status="suggested",
                       created_at=now),
        ])
    with db.session() as s:
        assert repo.review_authors(s) == {1: (1, 0.6, "confirmed")}
        assert repo.review_authors(s, min_confidence=0.9) == {1: (1, 0.6, "confirmed"),
                                                               2: (2, 0.95, "suggested")}
        assert repo.review_authors(s, [2, 3, 4], min_confidence=0.0) == {
            2: (2, 0.95, "suggested"), 4: (3, 0.5, "suggested")}
    db.close()
