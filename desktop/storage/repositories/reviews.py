"""Reviews, their stored analysis, and the stored rating trends."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Sequence

from sqlalchemy import and_, bindparam, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from desktop.core.analysis import TextAnalysis
from desktop.core.records import (
    ReviewRecord,
)
from desktop.storage import keys
from desktop.storage.rows import AnalysisRows, analysis_rows
from desktop.storage.repositories._base import (
    LIKE_ESCAPE,
    _chunks,
    bulk_insert,
    driver_mark,
    like_escaped,
    location_ids,
)
from desktop.storage.repositories.changes import log_row_changes
from desktop.storage.sqlfuncs import folded
from desktop.storage.schema import (
    Location,
    RatingTrend,
    Review,
    ReviewAnalysis,
    ReviewAspect,
    ReviewSentence,
)

# -- reviews ----------------------------------------------------------------

EDITABLE_FIELDS: tuple[str, ...] = ("text", "rating", "rating_raw", "reply_text", "reply_at")
"""The fields of a stored review that a newer export of it may change in
place (the author edited it, the owner answered); each change is logged in
``row_changes`` with the batch, so undoing the batch restores the old values."""


@dataclass(frozen=True)
class ReviewPlan:
    """What storing one record will do: ``action`` is "new", "duplicate" or
    "updated"; ``review_id`` the stored review it matched (None for a new
    one, or a repeat of a row earlier in the same call); ``edits`` the new
    values of the fields that change; ``clash`` a warning when the record's
    id is a file's own row number already used by a different review."""

    action: str
    key: str = ""
    review_id: int | None = None
    edits: dict | None = None
    clash: str | None = None


@dataclass(frozen=True)
class ReviewStoreReport:
    inserted: int
    duplicates: int
    updated: int
    outcomes: tuple[tuple[str, int | None], ...]
    notes: tuple[str, ...]


def _edits(r: ReviewRecord, text: str | None, rating: int | None, reply: str | None) -> dict:
    """The fields of a stored review (text, rating, reply as stored) that ``r`` changes."""
    edits: dict = {}
    if (r.text or None) != (text or None) or (r.rating is not None and r.rating != rating):
        edits.update(text=r.text, rating=r.rating, rating_raw=r.rating_raw)
    if r.reply_text and r.reply_text != reply:
        edits.update(reply_text=r.reply_text, reply_at=r.reply_at)
    return edits


def _describe(author: str | None, created: datetime | None) -> str:
    who = author or "an anonymous reviewer"
    return f"{who}, {created:%Y-%m-%d}" if created else who


def plan_reviews(session: Session, records: Sequence[ReviewRecord]) -> list[ReviewPlan]:
    """Decide, without writing, what :func:`store_reviews` will do with each
    record (the import preview shows exactly this).

    A record matches a stored review by source and key (see
    ``keys.review_key``); a matched record that changes the text, rating or
    reply is an update, one that changes nothing a duplicate. A file's own
    row id (``id_is_local``) that a stored review of another author or date
    already uses is a different review: new, with a note naming the clash."""
    keyed = [(r.source, keys.record_review_key(r), r) for r in records]
    by_source: dict[str, set[str]] = defaultdict(set)
    for src, key, _ in keyed:
        by_source[src].add(key)
    stored: dict[tuple[str, str], tuple] = {}
    # plain statements on the driver: SQLAlchemy's statement building and row
    # processing cost five times the query itself on a re-import of a large file
    conn = session.connection()
    mark = driver_mark(conn)
    for src, ks in by_source.items():
        for chunk in _chunks(sorted(ks)):
            sql = (f"SELECT dedupe_key, id, text, rating, reply_text FROM reviews "
                   f"WHERE source = {mark} AND dedupe_key IN ({', '.join([mark] * len(chunk))})")
            for key, *found in conn.exec_driver_sql(sql, (src, *chunk)).fetchall():  # one fetch
                stored[(src, key)] = tuple(found)
    clashes = _id_clashes(session, [(src, key, r) for src, key, r in keyed
                                    if r.id_is_local and r.external_id and (src, key) not in stored])
    plans: list[ReviewPlan] = []
    seen: set[tuple[str, str]] = set()
    for src, key, r in keyed:
        if (src, key) in seen:
            plans.append(ReviewPlan("duplicate", key))
            continue
        seen.add((src, key))
        found = stored.get((src, key))
        if found is None:
            other = clashes.get((src, (r.external_id or "").strip()))
            note = None
            if other is not None:
                note = (f"id {r.external_id} is already the id of another review "
                        f"({_describe(*other)}); this one ({_describe(r.author, r.created_at)}) "
                        f"was stored as a new review")
            plans.append(ReviewPlan("new", key, clash=note))
            continue
        rid, text, rating, reply = found
        edits = _edits(r, text, rating, reply) if r.external_id else {}
        plans.append(ReviewPlan("updated", key, rid, edits) if edits else ReviewPlan("duplicate", key, rid))
    return plans


def _id_clashes(session: Session, keyed: list[tuple[str, str, ReviewRecord]]
                ) -> dict[tuple[str, str], tuple[str | None, datetime | None]]:
    """(source, id) -> (author, date) of a stored review that already uses the id."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for src, _key, r in keyed:
        wanted[src].add((r.external_id or "").strip())
    found: dict[tuple[str, str], tuple[str | None, datetime | None]] = {}
    conn = session.connection()
    mark = driver_mark(conn)
    # the date as the DateTime type reads it back (the driver returns SQLite's text)
    to_py = Review.__table__.c.created_at.type.dialect_impl(conn.dialect).result_processor(
        conn.dialect, None)
    for src, ids in wanted.items():
        for chunk in _chunks(sorted(ids)):
            sql = (f"SELECT external_id, author, created_at FROM reviews WHERE source = {mark} "
                   f"AND external_id IN ({', '.join([mark] * len(chunk))}) ORDER BY id")
            for ext, author, raw in conn.exec_driver_sql(sql, (src, *chunk)).fetchall():
                created = to_py(raw) if to_py and raw is not None else raw
                found.setdefault((src, ext), (author, created))
    return found


def store_reviews(session: Session, batch_id: int | None,
                  records: Sequence[ReviewRecord]) -> ReviewStoreReport:
    """Store reviews as :func:`plan_reviews` decides: new ones inserted,
    edited ones changed in place (their analysis dropped so that they alone
    are analysed again, the old values logged with ``batch_id`` for undo),
    the rest counted as duplicates. ``notes`` name every id clash."""
    plans = plan_reviews(session, records)
    new = [(r, p) for r, p in zip(records, plans) if p.action == "new"]
    locs = location_ids(session, (r.location for r, _ in new))
    rows = [dict(
        source=r.source, dedupe_key=p.key, external_id=r.external_id,
        author=r.author, rating=r.rating, rating_raw=r.rating_raw, rating_scale=r.rating_scale,
        recommended=r.recommended, title=r.title, text=r.text, original_text=r.original_text,
        translated_text=r.translated_text, language=r.language, created_at=r.created_at,
        reply_text=r.reply_text, reply_at=r.reply_at, author_reviews=r.author_reviews,
        author_local_guide=r.author_local_guide, import_batch_id=batch_id,
        location_id=locs.get((r.location or "").strip()),
    ) for r, p in new]
    bulk_insert(session, Review.__table__, rows)
    updated = [p for p in plans if p.action == "updated"]
    _apply_edits(session, batch_id, updated)
    return ReviewStoreReport(
        inserted=len(rows), duplicates=sum(p.action == "duplicate" for p in plans),
        updated=len(updated), outcomes=tuple((p.action, p.review_id) for p in plans),
        notes=tuple(p.clash for p in plans if p.clash))


def insert_reviews(session: Session, batch_id: int | None,
                   records: Sequence[ReviewRecord]) -> tuple[int, int]:
    """:func:`store_reviews`, returning (inserted, duplicates) only."""
    report = store_reviews(session, batch_id, records)
    return report.inserted, report.duplicates


def _apply_edits(session: Session, batch_id: int | None, plans: Sequence[ReviewPlan]) -> None:
    if not plans:
        return
    ids = [p.review_id for p in plans]
    cols = [Review.id] + [getattr(Review, f) for f in EDITABLE_FIELDS]
    before: dict[int, dict] = {}
    for chunk in _chunks(ids):
        for row in session.execute(select(*cols).where(Review.id.in_(list(chunk)))):
            before[row[0]] = dict(zip(EDITABLE_FIELDS, row[1:]))
    changes = []
    for p in plans:
        old = {f: before[p.review_id][f] for f in p.edits}
        session.execute(update(Review).where(Review.id == p.review_id).values(**p.edits))
        changes.append((p.review_id, old, dict(p.edits)))
        if "text" in p.edits:
            for model in (ReviewAspect, ReviewSentence, ReviewAnalysis):
                session.execute(delete(model).where(model.review_id == p.review_id))
    if batch_id is not None:
        log_row_changes(session, batch_id, "reviews", changes)


def pending_analysis(session: Session, engine_version: str, limit: int | None = None
                     ) -> list[tuple[int, str | None, str | None, int | None, str | None]]:
    """Reviews never analysed or analysed by another engine version (an edited
    review lost its analysis when its text changed): rows of
    (id, title, text, rating, language)."""
    q = (select(Review.id, Review.title, Review.text, Review.rating, Review.language)
         .outerjoin(ReviewAnalysis, ReviewAnalysis.review_id == Review.id)
         .where(or_(ReviewAnalysis.review_id.is_(None),
                    ReviewAnalysis.engine_version != engine_version))
         .order_by(Review.id))
    if limit:
        q = q.limit(limit)
    return [tuple(r) for r in session.execute(q)]


def save_analysis(session: Session, items: Sequence[tuple[int, str, TextAnalysis]]) -> None:
    """Store (review_id, text_hash, analysis) results, replacing older ones."""
    save_analysis_rows(session, analysis_rows(items))


def save_analysis_rows(session: Session, rows: AnalysisRows) -> None:
    """Store rows from :func:`analysis_rows`, replacing the reviews' older analysis."""
    # Plain statements on the driver with tuples: SQLAlchemy's per-row
    # parameter processing (and its expanding IN) cost more than SQLite's
    # own work, and this runs for every review analysed.
    conn = session.connection()
    mark = driver_mark(conn)
    for chunk in _chunks(rows.review_ids):
        marks = ", ".join([mark] * len(chunk))
        for model in (ReviewAspect, ReviewSentence, ReviewAnalysis):
            conn.exec_driver_sql(f"DELETE FROM {model.__table__.name} WHERE review_id IN ({marks})",
                                 tuple(chunk))
    # the timestamp stored exactly as SQLAlchemy's own DateTime would store it
    to_db = ReviewAnalysis.__table__.c.analysed_at.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)
    analysed_at = to_db(datetime.now()) if to_db else datetime.now()
    for table, cols, data in (
            (ReviewAnalysis.__table__, _ANALYSIS_COLS + ("analysed_at",),
             [r + (analysed_at,) for r in rows.analysis]),
            (ReviewAspect.__table__, _ASPECT_COLS, rows.aspects),
            (ReviewSentence.__table__, _SENTENCE_COLS, rows.sentences)):
        if data:
            conn.exec_driver_sql(f"INSERT INTO {table.name} ({', '.join(cols)}) "
                                 f"VALUES ({', '.join([mark] * len(cols))})", data)
    # a review whose own language was unknown takes the detected one
    detected = [{"rid": r[0], "lang": r[3]} for r in rows.analysis if r[3] and r[3] != "unknown"]
    if detected:
        table = Review.__table__
        session.execute(update(table).where(table.c.id == bindparam("rid"), table.c.language.is_(None))
                        .values(language=bindparam("lang")), detected)


_ANALYSIS_COLS = ("review_id", "engine_version", "text_hash", "language", "sentiment", "flags")
_ASPECT_COLS = ("review_id", "aspect", "polarity", "term", "sentence")
_SENTENCE_COLS = ("review_id", "idx", "text", "sentiment")


def review_rows(session: Session, *, text: str = "", sources: Sequence[str] = (),
                languages: Sequence[str] = (), min_rating: int | None = None,
                max_rating: int | None = None, date_from: date | None = None,
                date_to: date | None = None) -> list[tuple]:
    """Filtered reviews, newest first: (id, created_at, source, location, author,
    rating, sentiment, language, title, text, reply_text, recommended)."""
    lang = func.coalesce(Review.language, ReviewAnalysis.language)
    q = (select(Review.id, Review.created_at, Review.source, Location.name, Review.author,
                Review.rating, ReviewAnalysis.sentiment, lang, Review.title, Review.text,
                Review.reply_text, Review.recommended)
         .outerjoin(Location, Location.id == Review.location_id)
         .outerjoin(ReviewAnalysis, ReviewAnalysis.review_id == Review.id))
    conds = []
    if text.strip():
        like = f"%{like_escaped(text.strip().lower())}%"
        conds.append(or_(*(folded(c).like(like, escape=LIKE_ESCAPE)
                           for c in (Review.text, Review.author, Review.title))))
    if sources:
        conds.append(Review.source.in_(list(sources)))
    if languages:
        conds.append(lang.in_(list(languages)))
    if min_rating is not None:
        conds.append(Review.rating >= min_rating)
    if max_rating is not None:
        conds.append(Review.rating <= max_rating)
    if date_from is not None:
        conds.append(Review.created_at >= datetime.combine(date_from, datetime.min.time()))
    if date_to is not None:
        conds.append(Review.created_at < datetime.combine(date_to + timedelta(days=1),
                                                          datetime.min.time()))
    if conds:
        q = q.where(and_(*conds))
    q = q.order_by(Review.created_at.desc(), Review.id.desc())
    return [tuple(r) for r in session.execute(q)]


def review_facets(session: Session) -> tuple[list[str], list[str], list[str]]:
    sources = list(session.scalars(select(Review.source).distinct().order_by(Review.source)))
    lang = func.coalesce(Review.language, ReviewAnalysis.language)
    languages = [x for x in session.scalars(
        select(lang).select_from(Review)
        .outerjoin(ReviewAnalysis, ReviewAnalysis.review_id == Review.id)
        .distinct().order_by(lang)) if x]
    locations = list(session.scalars(select(Location.name).order_by(Location.name)))
    return sources, languages, locations


def unanswered_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Review).where(
        Review.reply_text.is_(None), Review.text.is_not(None))) or 0


# -- trends -----------------------------------------------------------------

def period_start(when: datetime, period: str) -> date:
    d = when.date()
    if period == "week":
        return d - timedelta(days=d.weekday())
    return d.replace(day=1)


def recompute_trends(session: Session) -> None:
    """Rebuild the stored week and month trends from all reviews."""
    rows = session.execute(
        select(Review.created_at, Review.rating, ReviewAnalysis.sentiment)
        .outerjoin(ReviewAnalysis, ReviewAnalysis.review_id == Review.id)
        .where(Review.created_at.is_not(None)))
    acc: dict[tuple[str, date], list[float]] = defaultdict(lambda: [0, 0, 0.0, 0, 0.0])
    for created, rating, sentiment in rows:
        for period in ("week", "month"):
            a = acc[(period, period_start(created, period))]
            a[0] += 1
            if rating is not None:
                a[1] += 1
                a[2] += rating
            if sentiment is not None:
                a[3] += 1
                a[4] += sentiment
    session.execute(delete(RatingTrend))
    if acc:
        session.execute(insert(RatingTrend), [dict(
            period=p, period_start=start, reviews=a[0], rated=a[1],
            avg_rating=(a[2] / a[1]) if a[1] else None,
            avg_sentiment=(a[4] / a[3]) if a[3] else None) for (p, start), a in acc.items()])


def trend_rows(session: Session, period: str) -> list[tuple[date, int, float | None, float | None]]:
    q = (select(RatingTrend.period_start, RatingTrend.reviews, RatingTrend.avg_rating,
                RatingTrend.avg_sentiment)
         .where(RatingTrend.period == period).order_by(RatingTrend.period_start))
    return [tuple(r) for r in session.execute(q)]




def review_insight(session: Session, review_id: int) -> tuple[str, list[tuple[str, float, str | None]]]:
    """(comma-joined flags, [(aspect, polarity, term)]) stored for one review."""
    flags = session.scalar(select(ReviewAnalysis.flags).where(ReviewAnalysis.review_id == review_id))
    mentions = session.execute(
        select(ReviewAspect.aspect, ReviewAspect.polarity, ReviewAspect.term)
        .where(ReviewAspect.review_id == review_id)
        .order_by(ReviewAspect.sentence, ReviewAspect.id))
    return flags or "", [tuple(m) for m in mentions]
