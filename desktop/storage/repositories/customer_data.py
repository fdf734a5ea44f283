"""Bulk reads for the customer computations: orders as plain columns, every
customer's identity and file totals, order lines of known customers, and a
cheap fingerprint that changes whenever any of them does.

Reads use plain SQL text (portable: no SQLite functions) and hand back plain
tuples: turning 400,000 timestamps into ``datetime`` objects would cost more
than everything computed from them.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from desktop.storage.schema import (
    ConsentEvent,
    Customer,
    CustomerHealth,
    MenuItem,
    Order,
    OrderLine,
    ReviewLink,
    Setting,
    VisitCache,
)

REFUND_STATUS = "refund"


def _raw(session: Session, sql: str) -> list[tuple]:
    """All rows of a plain SQL query straight from the DB-API cursor: no row
    objects, no type processing (4x faster for 400,000 orders). Portable SQL only."""
    cursor = session.connection().connection.cursor()
    try:
        cursor.execute(sql)
        return cursor.fetchall()
    finally:
        cursor.close()


def order_columns(session: Session) -> tuple[list, list, list, list]:
    """(customer ids, order times as the driver gives them, totals, is-refund)
    of every order linked to a customer."""
    rows = _raw(session, "SELECT customer_id, ordered_at, total, status FROM orders WHERE customer_id IS NOT NULL")
    if not rows:
        return [], [], [], []
    cids, times, totals, statuses = zip(*rows)
    return list(cids), list(times), list(totals), [s == REFUND_STATUS for s in statuses]


PEOPLE_SQL = ("SELECT id, name, email, phone, first_visit, last_visit, visits, total_spent, birthday, tags, "
              "source, from_orders FROM customers")
PEOPLE_FIELDS = ("id", "name", "email", "phone", "first_visit", "last_visit", "visits", "total_spent",
                 "birthday", "tags", "source", "from_orders")


def people_rows(session: Session) -> list[tuple]:
    """Every customer as a tuple in ``PEOPLE_FIELDS`` order (dates as the driver gives them)."""
    return _raw(session, PEOPLE_SQL)


def latest_order_time(session: Session) -> datetime | None:
    return session.scalar(select(func.max(Order.ordered_at)))


def first_order_time(session: Session) -> datetime | None:
    return session.scalar(select(func.min(Order.ordered_at)))


def latest_visit_in_files(session: Session) -> datetime | None:
    return session.scalar(select(func.max(Customer.last_visit)))


def orders_fingerprint(session: Session) -> str:
    """Changes whenever an order is added, removed, relinked to another customer or re-priced."""
    row = session.execute(select(func.count(Order.id), func.max(Order.id), func.sum(Order.customer_id),
                                 func.count(Order.customer_id), func.sum(Order.total))).one()
    return "|".join("" if v is None else (f"{v:.4f}" if isinstance(v, float) else str(v)) for v in row)


def visit_cache(session: Session, fp: str) -> tuple[bytes, bytes, bytes] | None:
    """The packed visits (customer ids, days, spend) if built from orders with fingerprint ``fp``."""
    row = session.execute(select(VisitCache.customer_ids, VisitCache.days, VisitCache.spend)
                          .where(VisitCache.fingerprint == fp).order_by(VisitCache.id.desc()).limit(1)).first()
    return (row[0], row[1], row[2]) if row else None


def store_visit_cache(session: Session, fp: str, customer_ids: bytes, days: bytes, spend: bytes) -> None:
    session.execute(delete(VisitCache))
    session.execute(insert(VisitCache).values(fingerprint=fp, customer_ids=customer_ids, days=days, spend=spend,
                                              built_at=datetime.now()))


def drop_visit_cache(session: Session) -> None:
    session.execute(delete(VisitCache))


def fingerprint(session: Session) -> tuple:
    """Changes whenever orders, customers, their links, health data, consent,
    menu tags, review links or settings change (counts, top ids and sums of
    the link columns: a relinked order changes the sum)."""
    parts: list[Any] = []
    parts.extend(session.execute(select(func.count(Order.id), func.max(Order.id), func.sum(Order.customer_id),
                                        func.count(Order.customer_id))).one())
    parts.extend(session.execute(select(func.count(Customer.id), func.max(Customer.id))).one())
    for model in (CustomerHealth, ConsentEvent, ReviewLink):
        parts.extend(session.execute(select(func.count(model.id), func.max(model.id))).one())
    parts.append(session.scalar(select(func.count(ReviewLink.id)).where(ReviewLink.status == "confirmed")))
    parts.append(session.scalar(select(func.max(MenuItem.updated_at))))
    parts.append(session.scalar(select(func.count()).select_from(Setting)))
    parts.append(session.scalar(select(func.sum(func.length(Setting.value)))))
    return tuple(parts)


def customer_lines(session: Session) -> list[tuple]:
    """(customer id, order time, item, modifiers) for every order line of a
    known customer (refunds left out)."""
    return _raw(session, (
        "SELECT o.customer_id, o.ordered_at, l.item, l.modifiers FROM order_lines l "
        "JOIN orders o ON o.id = l.order_id "
        "WHERE o.customer_id IS NOT NULL AND (o.status IS NULL OR o.status <> 'refund')"))


def orders_of(session: Session, customer_id: int, limit: int = 200) -> list[dict]:
    """A customer's orders, newest first, with their lines."""
    orders = session.execute(select(Order.id, Order.source, Order.external_id, Order.ordered_at, Order.total,
                                    Order.currency, Order.status)
                             .where(Order.customer_id == customer_id)
                             .order_by(Order.ordered_at.desc(), Order.id.desc()).limit(limit)).all()
    ids = [o[0] for o in orders]
    lines: dict[int, list[dict]] = {i: [] for i in ids}
    if ids:
        for oid, item, qty, total, modifiers in session.execute(
                select(OrderLine.order_id, OrderLine.item, OrderLine.quantity, OrderLine.total,
                       OrderLine.modifiers).where(OrderLine.order_id.in_(ids)).order_by(OrderLine.id)):
            lines[oid].append(dict(item=item, quantity=qty, total=total, modifiers=modifiers))
    return [dict(id=o[0], source=o[1], external_id=o[2], ordered_at=o[3], total=o[4], currency=o[5],
                 status=o[6], lines=lines[o[0]]) for o in orders]


def customer_exists(session: Session, customer_id: int) -> bool:
    return session.get(Customer, customer_id) is not None


CURRENCY_SAMPLE = 2000
"""Orders looked at to tell the business's currency (the newest ones)."""


def currency(session: Session) -> str | None:
    """The currency most of the newest orders are in (None when no order says)."""
    values = session.scalars(select(Order.currency).where(Order.currency.is_not(None))
                             .order_by(Order.id.desc()).limit(CURRENCY_SAMPLE)).all()
    if not values:
        return None
    return max(set(values), key=lambda c: (values.count(c), c))


__all__ = ["order_columns", "people_rows", "PEOPLE_FIELDS", "latest_order_time", "first_order_time",
           "latest_visit_in_files",
           "fingerprint", "orders_fingerprint", "visit_cache", "store_visit_cache", "drop_visit_cache",
           "customer_lines", "orders_of", "currency", "customer_exists"]
