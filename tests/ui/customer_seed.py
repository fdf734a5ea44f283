"""A small café for the customer-page tests: a regular with a coeliac note
and a review she wrote, a lapsed weekly regular, a one-off visitor."""
from __future__ import annotations

from datetime import datetime, timedelta

from desktop.core.records import CustomerRecord, OrderLineRecord, OrderRecord, PreferenceRecord, ReviewRecord
from desktop.storage import repositories as repo

END = datetime(2026, 11, 14, 9, 0)


def seed(services) -> dict[str, int]:
    """Write the café and run the derived refresh; returns name -> customer id."""
    from sqlalchemy import text

    with services.db.session() as s:
        repo.insert_customers(s, None, [
            CustomerRecord("square", "c1", "Giulia Rossi", email="giulia@example.com", accepts_email=True),
            CustomerRecord("square", "c2", "Tom Baker", phone="+15625550199"),
            CustomerRecord("square", "c3", "Ana Lopes")])
        repo.insert_preferences(s, None, [PreferenceRecord("c1", "allergy", "coeliac - gluten-free only")])
        orders = []
        for i in range(16):  # Giulia: every three days, to the end
            orders.append(OrderRecord("square", f"g{i}", END - timedelta(days=3 * i), 13.0, customer_external_id="c1",
                                      lines=(OrderLineRecord("Oat latte", 1, 4.0, 4.0, modifiers="extra hot"),
                                             OrderLineRecord("Veggie bowl", 1, 9.0, 9.0))))
        for i in range(20):  # Tom: weekly until 80 days ago
            orders.append(OrderRecord("square", f"t{i}", END - timedelta(days=80 + 7 * i), 6.5,
                                      customer_external_id="c2",
                                      lines=(OrderLineRecord("Bacon roll", 1, 6.5, 6.5),)))
        orders.append(OrderRecord("square", "a0", END - timedelta(days=200), 3.0, customer_external_id="c3",
                                  lines=(OrderLineRecord("Espresso", 1, 3.0, 3.0),)))
        repo.insert_orders(s, None, orders)
        repo.insert_reviews(s, None, [
            ReviewRecord("google", "r1", "Giulia Rossi", 5, "Da celiaca qui mi sento al sicuro. Ottimo caffè.",
                         END + timedelta(hours=4), language="it"),
            ReviewRecord("google", "r2", "Somebody", 2, "Slow.", END)])
    services.customers.refresh()
    with services.db.engine.connect() as conn:
        return dict(conn.execute(text("SELECT name, id FROM customers")).all())
