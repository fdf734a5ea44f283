"""Stable de-duplication keys: the same row imported twice gets the same key."""
from __future__ import annotations

import hashlib
from datetime import datetime

from desktop.core.records import CustomerRecord, OrderRecord, ReviewRecord


def _digest(*parts: object) -> str:
    h = hashlib.sha1()
    for p in parts:
        value = p.isoformat() if isinstance(p, datetime) else ("" if p is None else str(p))
        h.update(value.strip().encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()


def normal_author(author: str | None) -> str:
    """An author's name as compared across files: case and spacing ignored."""
    return " ".join((author or "").split()).casefold()


def review_key(external_id: str | None, author: str | None, created_at: datetime | None,
               rating: int | None, text: str | None, id_is_local: bool = False) -> str:
    """A platform's review id identifies the review alone ("id:..."). An id
    that is only a file's own row number (``id_is_local``: a spreadsheet with
    no platform of its own numbers its rows 1, 2, ...) identifies it together
    with its author and the day it was written ("lid:..."), so that another
    file's row 1 is another review. Without an id, the content does ("h:...")."""
    if external_id:
        if id_is_local:
            day = created_at.date().isoformat() if created_at else None
            return f"lid:{external_id.strip()}:" + _digest(normal_author(author), day)
        return f"id:{external_id.strip()}"
    return "h:" + _digest(author, created_at, rating, " ".join((text or "").split()))


def record_review_key(record: ReviewRecord) -> str:
    """:func:`review_key` of a record."""
    return review_key(record.external_id, record.author, record.created_at, record.rating,
                      record.text, record.id_is_local)


def record_customer_key(record: CustomerRecord) -> str:
    """:func:`customer_key` of a record."""
    return customer_key(record.external_id, record.email, record.phone, record.name,
                        record.id_is_local)


def record_order_key(record: OrderRecord) -> str:
    """:func:`order_key` of a record."""
    return order_key(record.external_id, record.ordered_at, record.total,
                     tuple(line.item for line in record.lines), record.id_is_local)


def customer_key(external_id: str | None, email: str | None, phone: str | None,
                 name: str | None, id_is_local: bool = False) -> str:
    """A till's customer id alone; a spreadsheet's own numbering
    (``id_is_local``) with the person's name (else e-mail, else phone)."""
    if external_id:
        if id_is_local:
            who = normal_author(name) or (email or "").strip().lower() or (phone or "").strip()
            return f"lid:{external_id.strip()}:" + _digest(who)
        return f"id:{external_id.strip()}"
    if email:
        return f"email:{email.strip().lower()}"
    if phone:
        return f"phone:{phone.strip()}"
    return "h:" + _digest(name)


def order_key(external_id: str | None, ordered_at: datetime | None, total: float | None,
              lines: tuple[str, ...], id_is_local: bool = False) -> str:
    """A till's order id alone; a spreadsheet's own numbering
    (``id_is_local``) with the order's day; else the content."""
    if external_id:
        if id_is_local:
            return f"lid:{external_id.strip()}:" + _digest(ordered_at.date().isoformat()
                                                           if ordered_at else None)
        return f"id:{external_id.strip()}"
    return "h:" + _digest(ordered_at, total, "|".join(lines))


def text_hash(text: str | None, rating: int | None) -> str:
    return _digest(text, rating)
