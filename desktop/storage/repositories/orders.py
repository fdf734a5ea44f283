"""Orders with their lines (and the customers they name), preference notes, and table counts."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Sequence

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from desktop.core.records import (
    CustomerRecord,
    OrderRecord,
    PreferenceRecord,
)
from desktop.storage import keys
from desktop.storage.repositories._base import _chunks, _split_new, bulk_insert, location_ids, orm_rows
from desktop.storage.repositories.customers import _customer_lookup
from desktop.storage.schema import (
    Customer,
    ImportBatch,
    Order,
    OrderLine,
    PreferenceNote,
    Review,
)


@dataclass(frozen=True)
class OrderReport:
    """What storing one chunk of orders did: orders inserted and already
    there, and what the orders' customer details did (customers created,
    linked to a stored customer, merged into one of another source)."""

    inserted: int
    duplicates: int
    customers_new: int = 0
    customers_linked: int = 0
    customers_merged: int = 0
    notes: tuple[str, ...] = ()


def order_customer(r: OrderRecord) -> CustomerRecord | None:
    """The customer an order names, as the till gives them (id, e-mail, phone,
    name), or None for a walk-in."""
    if not (r.customer_external_id or r.customer_email or r.customer_phone or r.customer_name):
        return None
    return CustomerRecord(source=r.source, external_id=r.customer_external_id, name=r.customer_name,
                          email=r.customer_email, phone=r.customer_phone,
                          id_is_local=r.customer_id_is_local and r.customer_external_id is not None)


def insert_orders(session: Session, batch_id: int | None,
                  records: Sequence[OrderRecord]) -> tuple[int, int]:
    """:func:`store_orders`, returning (inserted, duplicates)."""
    report = store_orders(session, batch_id, records)
    return report.inserted, report.duplicates


def store_orders(session: Session, batch_id: int | None, records: Sequence[OrderRecord]) -> OrderReport:
    """Insert new orders with their lines. An order that names its customer
    creates or links that customer (``customer_store.store_customers`` with
    ``from_orders``): nothing about who bought is dropped. A spreadsheet's own
    customer numbers (``customer_id_is_local``) identify a customer only with
    their name, within that source: never across files of other systems."""
    from desktop.storage.repositories.customer_store import store_customers

    keyed = [(r.source, keys.record_order_key(r), r) for r in records]
    new, dupes = _split_new(session, Order, keyed)
    if not new:
        return OrderReport(0, dupes)
    people: dict[tuple[str, str], CustomerRecord] = {}
    order_person: list[tuple[str, str] | None] = []
    for _src, _key, r in new:
        person = order_customer(r)
        if person is None:
            order_person.append(None)
            continue
        pair = (person.source, keys.record_customer_key(person))
        people.setdefault(pair, person)
        order_person.append(pair)
    pairs = list(people)
    stored = store_customers(session, batch_id, [people[p] for p in pairs], from_orders=True)
    cid_of = {pair: cid for pair, (_action, cid) in zip(pairs, stored.outcomes)}
    actions = [action for action, _ in stored.outcomes]
    locs = location_ids(session, (r.location for _, _, r in new))
    start_id = (session.scalar(select(func.max(Order.id))) or 0) + 1
    order_rows, line_rows = [], []
    for n, ((src, key, r), pair) in enumerate(zip(new, order_person)):
        oid = start_id + n
        order_rows.append(dict(id=oid, source=src, dedupe_key=key, external_id=r.external_id,
                               customer_id=cid_of.get(pair) if pair else None,
                               location_id=locs.get((r.location or "").strip()),
                               ordered_at=r.ordered_at, total=r.total, currency=r.currency,
                               status=r.status, staff=r.staff, import_batch_id=batch_id))
        line_rows.extend(dict(order_id=oid, item=l.item, quantity=l.quantity,
                              unit_price=l.unit_price, total=l.total, category=l.category,
                              modifiers=l.modifiers) for l in r.lines)
    # driver-level executemany: the ORM's bulk insert ran one statement per
    # row here (its rows differ in which values are None)
    bulk_insert(session, Order.__table__, orm_rows(Order.__table__, order_rows))
    bulk_insert(session, OrderLine.__table__, orm_rows(OrderLine.__table__, line_rows))
    return OrderReport(len(order_rows), dupes, customers_new=actions.count("new"),
                       customers_linked=actions.count("linked"), customers_merged=actions.count("merged"),
                       notes=stored.notes)


def insert_preferences(session: Session, batch_id: int | None,
                       records: Sequence[PreferenceRecord]) -> int:
    """Preference notes for customers known by external id; a note a customer
    already has (the same text) is not stored twice. Returns how many were stored."""
    by_ext, _, _ = _customer_lookup(session, ext_ids=[r.customer_external_id for r in records])
    now = datetime.now()
    existing = set(session.execute(select(PreferenceNote.customer_id, PreferenceNote.note)).all()) if records else set()
    rows = []
    for r in records:
        cid = by_ext.get(r.customer_external_id)
        if cid is None or (cid, r.note) in existing:
            continue
        existing.add((cid, r.note))
        rows.append(dict(customer_id=cid, kind=r.kind, note=r.note, source=r.source, created_at=now,
                         import_batch_id=batch_id))
    for chunk in _chunks(rows, 2000):
        session.execute(insert(PreferenceNote), list(chunk))
    return len(rows)


def counts(session: Session) -> dict[str, int]:
    return {name: session.scalar(select(func.count()).select_from(model)) or 0
            for name, model in (("reviews", Review), ("customers", Customer), ("orders", Order),
                                ("order_lines", OrderLine), ("preferences", PreferenceNote),
                                ("batches", ImportBatch))}
