"""Review authors linked to customers (``review_links``): the one read that
the rating-drop report, the reply inbox and the customer card share."""
from __future__ import annotations

from typing import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.storage.repositories._base import _chunks
from desktop.storage.schema import ReviewLink

LINK_CONFIRMED = "confirmed"
LINK_SUGGESTED = "suggested"
LINK_DISMISSED = "dismissed"


def review_authors(session: Session, review_ids: Iterable[int] | None = None,
                   min_confidence: float = 1.01) -> dict[int, tuple[int, float, str]]:
    """review id -> (customer id, confidence, status) for reviews whose author
    is a known customer: every confirmed link, plus suggestions the owner has
    not dismissed whose confidence is at least ``min_confidence`` (by default
    none: only what a person confirmed). The best link wins per review."""
    q = (select(ReviewLink.review_id, ReviewLink.customer_id, ReviewLink.confidence, ReviewLink.status)
         .where(or_(ReviewLink.status == LINK_CONFIRMED,
                    (ReviewLink.status == LINK_SUGGESTED) & (ReviewLink.confidence >= min_confidence))))
    rows = []
    if review_ids is None:
        rows = list(session.execute(q))
    else:
        for chunk in _chunks(sorted(set(review_ids))):
            rows.extend(session.execute(q.where(ReviewLink.review_id.in_(list(chunk)))))
    best: dict[int, tuple[int, float, str]] = {}
    for rid, cid, conf, status in rows:
        rank = (status == LINK_CONFIRMED, conf)
        if rid not in best or rank > (best[rid][2] == LINK_CONFIRMED, best[rid][1]):
            best[rid] = (cid, conf, status)
    return best
