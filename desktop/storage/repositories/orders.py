"""Orders with their lines, preference notes, and table counts."""
from __future__ import annotations

from datetime import datetime
from typing import Sequence

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from desktop.core.records import (
    OrderRecord,
    PreferenceRecord,
)
from desktop.storage import keys
from desktop.storage.repositories._base import _chunks, _split_new, location_ids
from desktop.storage.repositories.customers import _customer_lookup
from desktop.storage.schema import (
    Customer,
    ImportBatch,
    Order,
    OrderLine,
    PreferenceNote,
    Review,
)


def insert_orders(session: Session, batch_id: int | None,
                  records: Sequence[OrderRecord]) -> tuple[int, int]:
    """Insert new orders with their lines, linked to known customers by id, email or phone."""
    keyed = [(r.source, keys.record_order_key(r), r) for r in records]
    new, dupes = _split_new(session, Order, keyed)
    if not new:
        return 0, dupes
    by_ext, by_email, by_phone = _customer_lookup(
        session, ext_ids=[r.customer_external_id for _, _, r in new],
        emails=[r.customer_email for _, _, r in new], phones=[r.customer_phone for _, _, r in new])
    locs = location_ids(session, (r.location for _, _, r in new))
    start_id = (session.scalar(select(func.max(Order.id))) or 0) + 1
    order_rows, line_rows = [], []
    for n, (src, key, r) in enumerate(new):
        oid = start_id + n
        cid = (by_ext.get(r.customer_external_id or "")
               or by_email.get((r.customer_email or "").lower())
               or by_phone.get(r.customer_phone or ""))
        order_rows.append(dict(id=oid, source=src, dedupe_key=key, external_id=r.external_id,
                               customer_id=cid, location_id=locs.get((r.location or "").strip()),
                               ordered_at=r.ordered_at, total=r.total, currency=r.currency,
                               status=r.status, staff=r.staff, import_batch_id=batch_id))
        line_rows.extend(dict(order_id=oid, item=l.item, quantity=l.quantity,
                              unit_price=l.unit_price, total=l.total, category=l.category,
                              modifiers=l.modifiers) for l in r.lines)
    for chunk in _chunks(order_rows, 2000):
        session.execute(insert(Order), list(chunk))
    for chunk in _chunks(line_rows, 5000):
        session.execute(insert(OrderLine), list(chunk))
    return len(order_rows), dupes


def insert_preferences(session: Session, batch_id: int | None,
                       records: Sequence[PreferenceRecord]) -> int:
    by_ext, _, _ = _customer_lookup(session, ext_ids=[r.customer_external_id for r in records])
    now = datetime.now()
    rows = [dict(customer_id=by_ext[r.customer_external_id], kind=r.kind, note=r.note,
                 source=r.source, created_at=now, import_batch_id=batch_id)
            for r in records if r.customer_external_id in by_ext]
    if rows:
        session.execute(insert(PreferenceNote), rows)
    return len(rows)


def counts(session: Session) -> dict[str, int]:
    return {name: session.scalar(select(func.count()).select_from(model)) or 0
            for name, model in (("reviews", Review), ("customers", Customer), ("orders", Order),
                                ("order_lines", OrderLine), ("preferences", PreferenceNote),
                                ("batches", ImportBatch))}
