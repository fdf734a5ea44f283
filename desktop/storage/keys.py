"""Stable de-duplication keys: the same row imported twice gets the same key."""
from __future__ import annotations

import hashlib
from datetime import datetime


def _digest(*parts: object) -> str:
    h = hashlib.sha1()
    for p in parts:
        value = p.isoformat() if isinstance(p, datetime) else ("" if p is None else str(p))
        h.update(value.strip().encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()


def review_key(external_id: str | None, author: str | None, created_at: datetime | None,
               rating: int | None, text: str | None) -> str:
    if external_id:
        return f"id:{external_id.strip()}"
    return "h:" + _digest(author, created_at, rating, " ".join((text or "").split()))


def customer_key(external_id: str | None, email: str | None, phone: str | None,
                 name: str | None) -> str:
    if external_id:
        return f"id:{external_id.strip()}"
    if email:
        return f"email:{email.strip().lower()}"
    if phone:
        return f"phone:{phone.strip()}"
    return "h:" + _digest(name)


def order_key(external_id: str | None, ordered_at: datetime | None, total: float | None,
              lines: tuple[str, ...]) -> str:
    if external_id:
        return f"id:{external_id.strip()}"
    return "h:" + _digest(ordered_at, total, "|".join(lines))


def text_hash(text: str | None, rating: int | None) -> str:
    return _digest(text, rating)
