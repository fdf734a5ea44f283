"""A customer's own data, gathered for an export on request, and erased
entirely on request (their orders stay as anonymous sales; the erasure is
logged without any personal data)."""
from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from desktop.storage.repositories.consent import consent_history
from desktop.storage.repositories.customer_data import drop_visit_cache, orders_of
from desktop.storage.repositories.links import link_rows
from desktop.storage.repositories.profiles import health_rows, notes_of, profiles, suggestions
from desktop.storage.repositories.tiers import tier_changes
from desktop.storage.schema import (
    ConsentEvent,
    Customer,
    CustomerHealth,
    CustomerMerge,
    CustomerProfile,
    CustomerSuggestion,
    Erasure,
    Order,
    PreferenceNote,
    ReviewLink,
    RowChange,
    TierChange,
)

CUSTOMER_COLUMNS = ("id", "source", "external_id", "name", "email", "phone", "birthday", "first_visit",
                    "last_visit", "visits", "total_spent", "accepts_email", "accepts_sms", "note", "tags",
                    "from_orders")


def customer_data(session: Session, customer_id: int) -> dict | None:
    """Everything stored about one customer, as plain values (None: no such customer)."""
    c = session.get(Customer, customer_id)
    if c is None:
        return None
    merged = [dict(source=m.source, external_id=m.external_id, email=m.email, phone=m.phone,
                   matched_on=m.matched_on, record=json.loads(m.record or "{}"), created_at=m.created_at)
              for m in session.scalars(select(CustomerMerge).where(CustomerMerge.kept_customer_id == customer_id,
                                                                   CustomerMerge.undone_at.is_(None)))]
    return dict(
        customer={k: getattr(c, k) for k in CUSTOMER_COLUMNS},
        profile=profiles(session, [customer_id]).get(customer_id, {}),
        diets_and_allergies=health_rows(session, customer_id),
        staff_notes=notes_of(session, customer_id),
        suggestions=suggestions(session, customer_id, status=None),
        consent=consent_history(session, customer_id),
        orders=orders_of(session, customer_id, limit=1_000_000),
        reviews=link_rows(session, customer_id=customer_id),
        merged_records=merged,
        tier_history=tier_changes(session, customer_id=customer_id, include_first=True),
    )


def erase_customer(session: Session, customer_id: int) -> dict[str, int]:
    """Erase a customer and everything about them: profile, diets and
    allergies, notes, suggestions, consent history, review links, the records
    merged into them and the change log of their row. Their orders are kept as
    anonymous sales. Logs the erasure (counts only) and returns the counts;
    ValueError when there is no such customer."""
    if session.get(Customer, customer_id) is None:
        raise ValueError(f"there is no customer {customer_id}")

    def count(model, column) -> int:
        return session.scalar(select(func.count()).select_from(model).where(column == customer_id)) or 0

    counts = {
        "orders_anonymised": count(Order, Order.customer_id),
        "review_links_removed": count(ReviewLink, ReviewLink.customer_id),
        "consent_events_removed": count(ConsentEvent, ConsentEvent.customer_id),
        "notes_removed": count(PreferenceNote, PreferenceNote.customer_id),
        "diets_and_allergies_removed": count(CustomerHealth, CustomerHealth.customer_id),
        "suggestions_removed": count(CustomerSuggestion, CustomerSuggestion.customer_id),
        "profile_removed": count(CustomerProfile, CustomerProfile.customer_id),
        "tier_changes_removed": count(TierChange, TierChange.customer_id),
        "merged_records_removed": count(CustomerMerge, CustomerMerge.kept_customer_id),
    }
    session.execute(update(Order).where(Order.customer_id == customer_id).values(customer_id=None))
    for model, column in ((ReviewLink, ReviewLink.customer_id), (ConsentEvent, ConsentEvent.customer_id),
                          (PreferenceNote, PreferenceNote.customer_id), (CustomerHealth, CustomerHealth.customer_id),
                          (CustomerSuggestion, CustomerSuggestion.customer_id),
                          (CustomerProfile, CustomerProfile.customer_id), (TierChange, TierChange.customer_id),
                          (CustomerMerge, CustomerMerge.kept_customer_id)):
        session.execute(delete(model).where(column == customer_id))
    counts["change_log_rows_removed"] = session.execute(delete(RowChange).where(
        RowChange.table_name == "customers", RowChange.row_id == customer_id)).rowcount or 0
    session.execute(delete(Customer).where(Customer.id == customer_id))
    drop_visit_cache(session)  # it held their visit days
    session.execute(insert(Erasure).values(erased_at=datetime.now(), counts=json.dumps(counts, sort_keys=True)))
    return counts


def erasures(session: Session) -> list[dict]:
    return [dict(id=e.id, erased_at=e.erased_at, counts=json.loads(e.counts))
            for e in session.scalars(select(Erasure).order_by(Erasure.id))]


__all__ = ["customer_data", "erase_customer", "erasures"]
