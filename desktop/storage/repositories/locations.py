"""Per-location figures for comparing the locations of a group side by side,
and the customers of one location. Portable SQL only (SQLAlchemy Core:
``CASE`` inside ``COUNT``/``SUM``, grouped by the location's name), so a file
and a server give the same numbers."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, distinct, func, select
from sqlalchemy.orm import Session

from desktop.storage.schema import Location, Order, Review


@dataclass(frozen=True)
class LocationReviewStats:
    """One location's reviews (``name`` None: reviews without a location).
    Sums are of stars (1..5) over the rated reviews counted next to them;
    ``recent_*`` cover ``[recent_from, until)``, ``before_*`` cover
    ``[before_from, recent_from)``; ``latest`` is the newest review's time."""

    name: str | None
    reviews: int
    rated: int
    rating_sum: float
    recent_rated: int
    recent_sum: float
    before_rated: int
    before_sum: float
    latest: datetime | None


def location_review_stats(session: Session, before_from: datetime, recent_from: datetime,
                          until: datetime) -> list[LocationReviewStats]:
    """Every location with reviews (and the reviews without one), by name."""
    rated = Review.rating.is_not(None)
    recent = rated & (Review.created_at >= recent_from) & (Review.created_at < until)
    before = rated & (Review.created_at >= before_from) & (Review.created_at < recent_from)
    q = (select(Location.name, func.count(Review.id), func.count(Review.rating), func.sum(Review.rating),
                func.count(case((recent, Review.id))), func.sum(case((recent, Review.rating))),
                func.count(case((before, Review.id))), func.sum(case((before, Review.rating))),
                func.max(Review.created_at))
         .select_from(Review).outerjoin(Location, Location.id == Review.location_id)
         .group_by(Location.name).order_by(Location.name))
    return [LocationReviewStats(name, int(n), int(r), float(rs or 0), int(cn), float(cs or 0), int(bn),
                                float(bs or 0), latest)
            for name, n, r, rs, cn, cs, bn, bs, latest in session.execute(q)]


def location_names_all(session: Session) -> list[str]:
    """Every location's name, sorted (with or without reviews)."""
    return list(session.scalars(select(Location.name).order_by(Location.name)))


def location_customer_counts(session: Session) -> dict[str | None, int]:
    """Location name -> how many distinct customers ordered there (None: orders
    without a location). A customer who ordered at two locations counts at both."""
    q = (select(Location.name, func.count(distinct(Order.customer_id))).select_from(Order)
         .outerjoin(Location, Location.id == Order.location_id)
         .where(Order.customer_id.is_not(None)).group_by(Location.name))
    return {name: int(n) for name, n in session.execute(q)}


def location_customer_ids(session: Session, name: str) -> set[int]:
    """Ids of the customers with at least one order at the location ``name``."""
    q = (select(Order.customer_id).distinct().join(Location, Location.id == Order.location_id)
         .where(Location.name == name, Order.customer_id.is_not(None)))
    return {int(i) for i in session.scalars(q)}


__all__ = ["LocationReviewStats", "location_review_stats", "location_names_all",
           "location_customer_counts", "location_customer_ids"]
