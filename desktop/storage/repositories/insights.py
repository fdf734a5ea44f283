"""Reads for the rating-drop report ("Why did my rating drop?"): few, narrow
queries that return plain tuples, so the report on 100,000 reviews stays
well under half a second once analyses are stored.

1. :func:`insight_rows`: every review, light columns only (no text), read
   through the driver (no per-row objects, no date parsing:
   the caller converts whole columns at once).
2. :func:`insight_details`: aspect mentions and sentences of the reviews
   posted inside given date ranges (the drops and the periods before them),
   or of an even sample of them (every k-th id) when a period is large.
3. :func:`external_ids`: the source's ids of the few reviews a report names.
3. :func:`review_texts`: the texts of a few reviews (burst suspects).
4. :func:`staff_days` and :func:`item_sales`: the till's view of the same periods.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Iterable, Sequence

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from desktop.storage.repositories._base import _chunks
from desktop.storage.schema import (
    ImportBatch,
    Location,
    Order,
    OrderLine,
    Review,
    ReviewAnalysis,
    ReviewAspect,
    ReviewSentence,
    RowChange,
)

INSIGHT_REVIEW_COLUMNS: tuple[str, ...] = (
    "id", "created_at", "rating", "source", "location_id", "language", "author", "author_reviews")


def insight_rows(session: Session) -> list[tuple]:
    """Every review with a date, as plain tuples of the
    :data:`INSIGHT_REVIEW_COLUMNS`, in no particular order. ``language`` is the
    review's own or the detected one; ``created_at`` is the stored value as
    the driver gives it (text for SQLite, a datetime for PostgreSQL);
    ``location_id`` the location's id (names from :func:`location_names`: a
    join would name 100,000 rows for a handful of places).

    The statement is compiled by SQLAlchemy for the dialect (portable) and
    run by the driver: on 100,000 reviews the ORM's per-row objects and date
    parsing cost several times the database's own work."""
    q = (select(Review.id, Review.created_at, Review.rating, Review.source, Review.location_id,
                func.coalesce(Review.language, ReviewAnalysis.language), Review.author,
                Review.author_reviews)
         .outerjoin(ReviewAnalysis, ReviewAnalysis.review_id == Review.id)
         .where(Review.created_at.is_not(None)))
    return _driver_rows(session, q)


def complaint_aspects(session: Session, aspects: Sequence[str]) -> list[tuple]:
    """(review id, aspect) of every review with a negative mention of one of
    ``aspects``, each pair once, in no particular order: the complaint
    signals the drop scan reads beside the stars (a few columns of an
    indexed table, through the driver like :func:`insight_rows`)."""
    if not aspects:
        return []
    q = (select(ReviewAspect.review_id, ReviewAspect.aspect)
         .where(ReviewAspect.polarity < 0, ReviewAspect.aspect.in_(list(aspects)))
         .distinct())
    return _driver_rows(session, q)


def location_names(session: Session) -> dict[int, str]:
    """location id -> name, for :func:`insight_rows`."""
    return {int(i): n for i, n in session.execute(select(Location.id, Location.name))}


def _driver_rows(session: Session, q) -> list[tuple]:  # noqa: ANN001 - a Core select
    """The rows of ``q`` as the driver returns them: compiled by SQLAlchemy
    for the session's dialect, with its values (dates, numbers) written in
    as literals, and run on the session's own connection and transaction."""
    conn = session.connection()
    sql = str(q.compile(conn, compile_kwargs={"literal_binds": True}))
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        cursor.execute(sql)
        return cursor.fetchall()
    finally:
        cursor.close()


def insight_stamp(session: Session) -> tuple:
    """A cheap fingerprint of everything :func:`insight_rows` reads: it
    changes when a review is added or removed, when an import (or its undo)
    changed rows in place (every such change is in the row-change log), when
    reviews are analysed again (their derived rows are replaced: new ids,
    other counts), or when a location changes. Counts and largest ids only
    (indexes and the tables' own order): a fraction of one scan of the reviews."""
    parts = (
        select(func.count(), func.max(Review.id)),
        select(func.count()).select_from(ReviewAnalysis),
        select(func.count(), func.max(ReviewAspect.id)),
        select(func.count(), func.max(ImportBatch.id), func.count(ImportBatch.undone_at)),
        select(func.count(), func.max(RowChange.id)),
        select(func.count(), func.max(Location.id)),
    )
    return tuple(tuple(session.execute(q).one()) for q in parts)


def external_ids(session: Session, ids: Iterable[int]) -> dict[int, str | None]:
    """review id -> the id the source file gave it."""
    out: dict[int, str | None] = {}
    for chunk in _chunks(sorted(set(ids))):
        out.update((int(i), e) for i, e in session.execute(
            select(Review.id, Review.external_id).where(Review.id.in_(list(chunk)))))
    return out


def _ranges(column, ranges: Sequence[tuple[date, date]]):
    return or_(*[and_(column >= datetime.combine(a, datetime.min.time()),
                      column < datetime.combine(b + timedelta(days=1), datetime.min.time()))
                 for a, b in ranges])


def insight_details(session: Session, ranges: Sequence[tuple[date, date]],
                    strides: Sequence[int] | None = None) -> tuple[list[tuple], list[tuple]]:
    """(mentions, negative sentences) of the reviews created inside any of
    ``ranges`` (first and last day, inclusive): mentions as (review_id,
    aspect, polarity, term, sentence), sentences as (review_id, idx, text,
    sentiment) for the sentences with a negative sentiment. With
    ``strides`` (one per range), only the reviews whose id is a multiple of
    the range's stride: an even sample of a large period."""
    if not ranges:
        return [], []
    strides = list(strides or [1] * len(ranges))
    conditions = [and_(_ranges(Review.created_at, [r]), (Review.id % k) == 0) if k > 1
                  else _ranges(Review.created_at, [r]) for r, k in zip(ranges, strides)]
    inside = select(Review.id).where(or_(*conditions))
    mentions = _driver_rows(session,
        select(ReviewAspect.review_id, ReviewAspect.aspect, ReviewAspect.polarity, ReviewAspect.term,
               ReviewAspect.sentence).where(ReviewAspect.review_id.in_(inside)))
    # only the sentences that complain: they are what the report quotes and mines for phrases
    sentences = _driver_rows(session,
        select(ReviewSentence.review_id, ReviewSentence.idx, ReviewSentence.text, ReviewSentence.sentiment)
        .where(ReviewSentence.review_id.in_(inside), ReviewSentence.sentiment < 0))
    return mentions, sentences


def review_texts(session: Session, ids: Iterable[int]) -> dict[int, tuple[str | None, str | None]]:
    """review id -> (title, text)."""
    out: dict[int, tuple[str | None, str | None]] = {}
    for chunk in _chunks(sorted(set(ids))):
        for rid, title, text in session.execute(
                select(Review.id, Review.title, Review.text).where(Review.id.in_(list(chunk)))):
            out[rid] = (title, text)
    return out


def staff_days(session: Session, start: date, end: date) -> list[tuple[date, str | None, str, int]]:
    """(day, location, staff, orders) for every staff member on the till
    between ``start`` and ``end`` inclusive."""
    day = func.date(Order.ordered_at)
    q = (select(day, Location.name, Order.staff, func.count())
         .outerjoin(Location, Location.id == Order.location_id)
         .where(Order.staff.is_not(None), _ranges(Order.ordered_at, [(start, end)]))
         .group_by(day, Location.name, Order.staff))
    out = []
    for d, loc, staff, n in session.execute(q):
        out.append((d if isinstance(d, date) else date.fromisoformat(str(d)[:10]), loc, staff, int(n)))
    return out


def item_sales(session: Session, ranges: Sequence[tuple[date, date]], items: Sequence[str]
               ) -> list[tuple[int, str, float, float]]:
    """For each range (by index): (range, item lower-cased, quantity sold, all
    lines' quantity) for the ``items`` named (case-insensitive)."""
    wanted = sorted({i.casefold() for i in items if i})
    out: list[tuple[int, str, float, float]] = []
    for k, (a, b) in enumerate(ranges):
        in_range = _ranges(Order.ordered_at, [(a, b)])
        total = session.scalar(select(func.coalesce(func.sum(OrderLine.quantity), 0.0))
                               .join(Order, Order.id == OrderLine.order_id).where(in_range)) or 0.0
        if not wanted:
            continue
        name = func.lower(OrderLine.item)
        q = (select(name, func.sum(OrderLine.quantity)).join(Order, Order.id == OrderLine.order_id)
             .where(in_range, name.in_(wanted)).group_by(name))
        sold = {str(n): float(s or 0) for n, s in session.execute(q)}
        out += [(k, i, sold.get(i, 0.0), float(total)) for i in wanted]
    return out


def reviews_with_aspect(session: Session, aspect: str) -> set[int]:
    """Ids of the reviews with at least one mention of ``aspect``."""
    return set(session.scalars(select(ReviewAspect.review_id).where(ReviewAspect.aspect == aspect).distinct()))


def evidence_rows(session: Session, ids: Iterable[int]) -> list[tuple]:
    """(id, external_id, source, location, created_at, author, author_reviews,
    author_local_guide, rating, title, text) of the given reviews, by time."""
    out: list[tuple] = []
    for chunk in _chunks(sorted(set(ids))):
        q = (select(Review.id, Review.external_id, Review.source, Location.name, Review.created_at,
                    Review.author, Review.author_reviews, Review.author_local_guide, Review.rating,
                    Review.title, Review.text)
             .outerjoin(Location, Location.id == Review.location_id).where(Review.id.in_(list(chunk))))
        out += [tuple(r) for r in session.execute(q)]
    out.sort(key=lambda r: (r[4] is None, r[4], r[0]))
    return out
