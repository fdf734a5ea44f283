"""Tier changes: who moved into, up or down a tier, and when (as of the
latest order then). The latest change of each customer is their recorded tier."""
from __future__ import annotations

from datetime import date, datetime
from typing import Sequence

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from desktop.storage.schema import Customer, TierChange


def recorded_tiers(session: Session) -> dict[int, str | None]:
    """customer id -> their tier at the last recording (customers never recorded are absent)."""
    latest = select(TierChange.customer_id, func.max(TierChange.id).label("last")).group_by(
        TierChange.customer_id).subquery()
    return {cid: tier for cid, tier in session.execute(
        select(TierChange.customer_id, TierChange.new_tier).join(latest, latest.c.last == TierChange.id))}


def record_tier_changes(session: Session, changes: Sequence[tuple[int, str | None, str | None, str | None]],
                        as_of: date) -> int:
    """Store (customer id, old tier, new tier, one-line reason) changes as of ``as_of``."""
    now = datetime.now()
    rows = [dict(customer_id=cid, old_tier=old, new_tier=new, as_of=as_of, reason=reason, created_at=now)
            for cid, old, new, reason in changes]
    for i in range(0, len(rows), 2000):
        session.execute(insert(TierChange), rows[i:i + 2000])
    return len(rows)


def tier_changes(session: Session, since: date | None = None, customer_id: int | None = None,
                 include_first: bool = False) -> list[dict]:
    """Changes, newest first: by default only real moves, not the first
    recording of everyone's tier (the rows of the earliest day recorded); a
    customer reaching a tier later counts as moving up from none."""
    q = (select(TierChange, Customer.name).join(Customer, Customer.id == TierChange.customer_id)
         .order_by(TierChange.as_of.desc(), TierChange.id.desc()))
    if not include_first:
        baseline = session.scalar(select(func.min(TierChange.as_of)))
        if baseline is not None:
            q = q.where(TierChange.as_of > baseline)
    if since is not None:
        q = q.where(TierChange.as_of >= since)
    if customer_id is not None:
        q = q.where(TierChange.customer_id == customer_id)
    return [dict(customer_id=t.customer_id, name=name, old_tier=t.old_tier, new_tier=t.new_tier,
                 as_of=t.as_of, reason=t.reason) for t, name in session.execute(q)]


__all__ = ["recorded_tiers", "record_tier_changes", "tier_changes"]
