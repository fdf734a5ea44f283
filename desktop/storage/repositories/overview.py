"""Small reads for the Overview page: how much there is, the newest review,
the ratings of a span of days and the customers' birthdays.

Portable SQL through the ORM; plain tuples out."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.storage.schema import (
    CampaignMember,
    CampaignRun,
    Customer,
    MessageLog,
    ReplyStatus,
    Review,
    ReviewAnalysis,
)


def table_counts(session: Session) -> tuple[int, int]:
    """(reviews, customers) stored."""
    reviews = session.scalar(select(func.count()).select_from(Review)) or 0
    customers = session.scalar(select(func.count()).select_from(Customer)) or 0
    return int(reviews), int(customers)


def latest_review_time(session: Session) -> datetime | None:
    """When the newest review was written (None without reviews)."""
    return session.scalar(select(func.max(Review.created_at)))


def ratings_between(session: Session, start: datetime, end: datetime) -> list[tuple[datetime, int | None]]:
    """(created_at, stars or None) of the reviews written in [start, end)."""
    rows = session.execute(select(Review.created_at, Review.rating)
                           .where(Review.created_at >= start, Review.created_at < end))
    return [(when, rating) for when, rating in rows]


def birthdays(session: Session) -> list[tuple[int, str | None, date]]:
    """(customer id, name, birthday) of every customer whose birthday is known."""
    rows = session.execute(select(Customer.id, Customer.name, Customer.birthday)
                           .where(Customer.birthday.is_not(None)))
    return [(cid, name, born) for cid, name, born in rows]


def reviews_fingerprint(session: Session) -> tuple:
    """Changes whenever a review is added, removed, re-rated, answered (on
    the platform or marked here) or analysed again, or a campaign is run or
    logged: counts, top ids and sums, a few aggregates, no scan of text."""
    parts: list = list(session.execute(select(func.count(Review.id), func.max(Review.id), func.sum(Review.rating),
                                              func.count(Review.reply_at), func.max(Review.reply_at))).one())
    parts.extend(session.execute(select(func.count(ReviewAnalysis.review_id),
                                        func.max(ReviewAnalysis.engine_version))).one())
    parts.extend(session.execute(select(func.count(ReplyStatus.review_id), func.sum(ReplyStatus.review_id),
                                        func.max(ReplyStatus.answered_at))).one())
    for model in (CampaignRun, MessageLog):  # campaigns and their log
        parts.extend(session.execute(select(func.count(model.id), func.max(model.id))).one())
    parts.append(session.scalar(select(func.count()).select_from(CampaignMember)))
    return tuple(parts)


__all__ = ["table_counts", "latest_review_time", "ratings_between", "birthdays", "reviews_fingerprint"]
