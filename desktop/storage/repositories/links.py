"""Review authors linked to customers (``review_links``): the one read that
the rating-drop report, the reply inbox and the customer card share."""
from __future__ import annotations

from datetime import datetime
from typing import Iterable

from sqlalchemy import insert, or_, select, update
from sqlalchemy.orm import Session

from desktop.storage.repositories._base import _chunks
from desktop.storage.schema import Customer, Review, ReviewLink

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


def upsert_links(session: Session, links: Iterable[tuple[int, int, float, str]]) -> int:
    """Store suggested links (review id, customer id, confidence, method). A
    pair already known keeps the owner's decision (a dismissed link is never
    suggested again); a pending one gets the new confidence. Returns how many are new."""
    items = list(links)
    if not items:
        return 0
    existing: dict[tuple[int, int], tuple[int, str]] = {}
    for chunk in _chunks(sorted({r for r, _c, _f, _m in items})):
        for lid, rid, cid, status in session.execute(
                select(ReviewLink.id, ReviewLink.review_id, ReviewLink.customer_id, ReviewLink.status)
                .where(ReviewLink.review_id.in_(list(chunk)))):
            existing[(rid, cid)] = (lid, status)
    now = datetime.now()
    new_rows, changed = [], []
    for rid, cid, conf, method in items:
        if (rid, cid) in existing:
            lid, status = existing[(rid, cid)]
            if status == LINK_SUGGESTED:
                changed.append({"id": lid, "confidence": conf, "method": method})
            continue
        existing[(rid, cid)] = (0, LINK_SUGGESTED)
        new_rows.append(dict(review_id=rid, customer_id=cid, confidence=conf, method=method,
                             status=LINK_SUGGESTED, created_at=now))
    for chunk in _chunks(new_rows, 2000):
        session.execute(insert(ReviewLink), list(chunk))
    for chunk in _chunks(changed, 2000):
        session.execute(update(ReviewLink), list(chunk))
    return len(new_rows)


def decide_link(session: Session, link_id: int, confirm: bool) -> dict:
    """The owner confirms (this customer wrote it) or dismisses a link; confirming
    one dismisses the other customers suggested for the same review."""
    link = session.get(ReviewLink, link_id)
    if link is None:
        raise ValueError(f"there is no review link {link_id}")
    now = datetime.now()
    link.status = LINK_CONFIRMED if confirm else LINK_DISMISSED
    link.decided_at = now
    if confirm:
        session.execute(update(ReviewLink).where(ReviewLink.review_id == link.review_id,
                                                 ReviewLink.id != link.id, ReviewLink.status == LINK_SUGGESTED)
                        .values(status=LINK_DISMISSED, decided_at=now))
    session.flush()
    return dict(id=link.id, review_id=link.review_id, customer_id=link.customer_id, status=link.status)


def link_owner(session: Session, review_id: int, customer_id: int) -> int:
    """The owner says who wrote a review (no suggestion needed): a confirmed link."""
    found = session.scalar(select(ReviewLink.id).where(ReviewLink.review_id == review_id,
                                                       ReviewLink.customer_id == customer_id))
    if found is None:
        session.execute(insert(ReviewLink).values(review_id=review_id, customer_id=customer_id, confidence=1.0,
                                                  method="owner", status=LINK_SUGGESTED,
                                                  created_at=datetime.now()))
        found = session.scalar(select(ReviewLink.id).where(ReviewLink.review_id == review_id,
                                                           ReviewLink.customer_id == customer_id))
    decide_link(session, found, True)
    return found


def link_rows(session: Session, customer_id: int | None = None, review_ids: Iterable[int] | None = None,
              statuses: tuple[str, ...] = (LINK_SUGGESTED, LINK_CONFIRMED)) -> list[dict]:
    """Links with their review (and customer name), best first per review."""
    q = (select(ReviewLink, Review.author, Review.source, Review.rating, Review.text, Review.created_at,
                Review.language, Customer.name)
         .join(Review, Review.id == ReviewLink.review_id).join(Customer, Customer.id == ReviewLink.customer_id)
         .where(ReviewLink.status.in_(list(statuses)))
         .order_by(Review.created_at.desc(), ReviewLink.confidence.desc()))
    if customer_id is not None:
        q = q.where(ReviewLink.customer_id == customer_id)
    rows = []
    ids = None if review_ids is None else sorted(set(review_ids))
    for chunk in ([None] if ids is None else list(_chunks(ids))):
        stmt = q if chunk is None else q.where(ReviewLink.review_id.in_(list(chunk)))
        for link, author, source, rating, text, created_at, language, name in session.execute(stmt):
            rows.append(dict(id=link.id, review_id=link.review_id, customer_id=link.customer_id,
                             customer_name=name, confidence=link.confidence, method=link.method,
                             status=link.status, author=author, source=source, rating=rating, text=text,
                             created_at=created_at, language=language))
    return rows


def review_candidates(session: Session) -> list[tuple[int, str | None, object]]:
    """(review id, author, created_at) of reviews with an author and no link the owner decided."""
    decided = select(ReviewLink.review_id).where(ReviewLink.status == LINK_CONFIRMED)
    return [tuple(r) for r in session.execute(
        select(Review.id, Review.author, Review.created_at)
        .where(Review.author.is_not(None), Review.id.not_in(decided)))]


__all__ = ["LINK_CONFIRMED", "LINK_SUGGESTED", "LINK_DISMISSED", "review_authors", "upsert_links",
           "decide_link", "link_owner", "link_rows", "review_candidates"]
