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

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from desktop.storage.schema import (
    ConsentEvent,
    Customer,
    CustomerHealth,
    MenuItem,
    Order,
    ReviewLink,
    Setting,
)

REFUND_STATUS = "refund"


def order_columns(session: Session) -> tuple[list, list, list, list]:
    """(customer ids, order times as the driver gives them, totals, is-refund)
    of every order linked to a customer."""
    rows = session.execute(text(
        "SELECT customer_id, ordered_at, total, status FROM orders WHERE customer_id IS NOT NULL")).all()
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
    return [tuple(r) for r in session.execute(text(PEOPLE_SQL))]


def latest_order_time(session: Session) -> datetime | None:
    return session.scalar(select(func.max(Order.ordered_at)))


def first_order_time(session: Session) -> datetime | None:
    return session.scalar(select(func.min(Order.ordered_at)))


def latest_visit_in_files(session: Session) -> datetime | None:
    return session.scalar(select(func.max(Customer.last_visit)))


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
    return [tuple(r) for r in session.execute(text(
        "SELECT o.customer_id, o.ordered_at, l.item, l.modifiers FROM order_lines l "
        "JOIN orders o ON o.id = l.order_id "
        "WHERE o.customer_id IS NOT NULL AND (o.status IS NULL OR o.status <> 'refund')"))]


def orders_of(session: Session, customer_id: int, limit: int = 200) -> list[dict]:
    """A customer's orders, newest first, with their lines."""
    orders = session.execute(select(Order.id, Order.source, Order.external_id, Order.ordered_at, Order.total,
                                    Order.currency, Order.status)
                             .where(Order.customer_id == customer_id)
                             .order_by(Order.ordered_at.desc(), Order.id.desc()).limit(limit)).all()
    ids = [o[0] for o in orders]
    lines: dict[int, list[dict]] = {i: [] for i in ids}
    if ids:
        for oid, item, qty, total, modifiers in session.execute(text(
                "SELECT order_id, item, quantity, total, modifiers FROM order_lines WHERE order_id IN ("
                + ",".join(str(int(i)) for i in ids) + ") ORDER BY id")):
            lines[oid].append(dict(item=item, quantity=qty, total=total, modifiers=modifiers))
    return [dict(id=o[0], source=o[1], external_id=o[2], ordered_at=o[3], total=o[4], currency=o[5],
                 status=o[6], lines=lines[o[0]]) for o in orders]


def customer_exists(session: Session, customer_id: int) -> bool:
    return session.get(Customer, customer_id) is not None


def currency(session: Session) -> str | None:
    """The currency most orders are in (None when no order says)."""
    row = session.execute(select(Order.currency, func.count()).where(Order.currency.is_not(None))
                          .group_by(Order.currency).order_by(func.count().desc()).limit(1)).first()
    return row[0] if row else None


__all__ = ["order_columns", "people_rows", "PEOPLE_FIELDS", "latest_order_time", "first_order_time",
           "latest_visit_in_files",
           "fingerprint", "customer_lines", "orders_of", "currency", "customer_exists"]
