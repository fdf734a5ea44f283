"""Reads and writes over the schema. Functions take an open ``Session`` (the
caller owns the transaction) and return core records or plain rows, never
ORM objects that would leak out of the session."""
from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import Iterable, Sequence

from sqlalchemy import and_, delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from desktop.core.analysis import TextAnalysis
from desktop.core.records import (
    CustomerRecord,
    ImportBatchInfo,
    OrderRecord,
    PreferenceRecord,
    ReviewRecord,
)
from desktop.storage import keys
from desktop.storage.schema import (
    Customer,
    ImportBatch,
    Location,
    Order,
    OrderLine,
    PreferenceNote,
    RatingTrend,
    Review,
    ReviewAnalysis,
    ReviewAspect,
    ReviewSentence,
    Setting,
)

_CHUNK = 500  # keep IN (...) lists under SQLite's parameter limit


def _chunks(items: Sequence, size: int = _CHUNK) -> Iterable[Sequence]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


# -- settings ---------------------------------------------------------------

def get_setting(session: Session, key: str, default: str | None = None) -> str | None:
    row = session.get(Setting, key)
    return row.value if row else default


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    if row:
        row.value = value
    else:
        session.add(Setting(key=key, value=value))


# -- batches ----------------------------------------------------------------

def create_batch(session: Session, file_name: str, file_hash: str, kind: str, fmt: str,
                 rows_read: int, rejected: int) -> int:
    batch = ImportBatch(file_name=file_name, file_hash=file_hash, kind=kind, format=fmt,
                        rows_read=rows_read, inserted=0, duplicates=0, rejected=rejected,
                        created_at=datetime.now())
    session.add(batch)
    session.flush()
    return batch.id


def finish_batch(session: Session, batch_id: int, inserted: int, duplicates: int) -> None:
    session.execute(update(ImportBatch).where(ImportBatch.id == batch_id)
                    .values(inserted=inserted, duplicates=duplicates))


def _batch_info(b: ImportBatch) -> ImportBatchInfo:
    return ImportBatchInfo(id=b.id, file_name=b.file_name, file_hash=b.file_hash, kind=b.kind,
                           format=b.format, rows_read=b.rows_read, inserted=b.inserted,
                           duplicates=b.duplicates, rejected=b.rejected,
                           created_at=b.created_at, undone_at=b.undone_at)


def list_batches(session: Session) -> list[ImportBatchInfo]:
    rows = session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()))
    return [_batch_info(b) for b in rows]


def get_batch(session: Session, batch_id: int) -> ImportBatchInfo | None:
    b = session.get(ImportBatch, batch_id)
    return _batch_info(b) if b else None


def undo_batch(session: Session, batch_id: int) -> dict[str, int]:
    """Delete every row the batch inserted; the batch stays listed as undone."""
    removed = {}
    for name, table in (("preferences", PreferenceNote), ("orders", Order),
                        ("reviews", Review), ("customers", Customer)):
        result = session.execute(delete(table).where(table.import_batch_id == batch_id))
        removed[name] = result.rowcount or 0
    session.execute(update(ImportBatch).where(ImportBatch.id == batch_id)
                    .values(undone_at=datetime.now()))
    return removed


# -- locations --------------------------------------------------------------

def location_ids(session: Session, names: Iterable[str | None]) -> dict[str, int]:
    wanted = sorted({n.strip() for n in names if n and n.strip()})
    found: dict[str, int] = {}
    for chunk in _chunks(wanted):
        for loc in session.scalars(select(Location).where(Location.name.in_(chunk))):
            found[loc.name] = loc.id
    for name in wanted:
        if name not in found:
            loc = Location(name=name)
            session.add(loc)
            session.flush()
            found[name] = loc.id
    return found


def _existing_keys(session: Session, model, source: str, candidate: list[str]) -> set[str]:
    existing: set[str] = set()
    for chunk in _chunks(candidate):
        existing.update(session.scalars(
            select(model.dedupe_key).where(model.source == source, model.dedupe_key.in_(chunk))))
    return existing


def _split_new(session: Session, model, keyed: list[tuple[str, str, object]]
               ) -> tuple[list[tuple[str, str, object]], int]:
    """Split (source, key, record) triples into the new ones and a duplicate count
    (already stored, or repeated within the same file)."""
    by_source: dict[str, list[str]] = defaultdict(list)
    for source, key, _ in keyed:
        by_source[source].append(key)
    known: set[tuple[str, str]] = set()
    for source, ks in by_source.items():
        known.update((source, k) for k in _existing_keys(session, model, source, ks))
    new, dupes = [], 0
    for source, key, rec in keyed:
        if (source, key) in known:
            dupes += 1
            continue
        known.add((source, key))
        new.append((source, key, rec))
    return new, dupes


# -- reviews ----------------------------------------------------------------

def insert_reviews(session: Session, batch_id: int | None,
                   records: Sequence[ReviewRecord]) -> tuple[int, int]:
    """Insert reviews not yet stored; returns (inserted, duplicates).

    A review already stored under the same source and id whose text, rating
    or owner reply changed since (the author edited it, the owner answered)
    is updated in place and its analysis dropped, so that it alone is
    analysed again; it still counts as a duplicate, not a new review."""
    keyed = [(r.source, keys.review_key(r.external_id, r.author, r.created_at, r.rating, r.text), r)
             for r in records]
    new, dupes = _split_new(session, Review, keyed)
    _refresh_edited_reviews(session, [(src, key, r) for src, key, r in keyed if r.external_id])
    locs = location_ids(session, (r.location for _, _, r in new))
    rows = [dict(
        source=src, dedupe_key=key, external_id=r.external_id, author=r.author, rating=r.rating,
        rating_raw=r.rating_raw, rating_scale=r.rating_scale, recommended=r.recommended,
        title=r.title, text=r.text, original_text=r.original_text,
        translated_text=r.translated_text, language=r.language, created_at=r.created_at,
        reply_text=r.reply_text, reply_at=r.reply_at, import_batch_id=batch_id,
        location_id=locs.get((r.location or "").strip()),
    ) for src, key, r in new]
    for chunk in _chunks(rows, 2000):
        session.execute(insert(Review), list(chunk))
    return len(rows), dupes


def _refresh_edited_reviews(session: Session, keyed: list[tuple[str, str, ReviewRecord]]) -> int:
    by_source: dict[str, dict[str, ReviewRecord]] = defaultdict(dict)
    for src, key, r in keyed:
        by_source[src][key] = r
    changed = 0
    for src, recs in by_source.items():
        for chunk in _chunks(list(recs)):
            stored = session.execute(
                select(Review.id, Review.dedupe_key, Review.text, Review.rating, Review.reply_text)
                .where(Review.source == src, Review.dedupe_key.in_(chunk)))
            for rid, key, text, rating, reply in stored:
                r = recs[key]
                edits = {}
                if (r.text or None) != (text or None) or (r.rating is not None and r.rating != rating):
                    edits.update(text=r.text, rating=r.rating, rating_raw=r.rating_raw)
                if r.reply_text and r.reply_text != reply:
                    edits.update(reply_text=r.reply_text, reply_at=r.reply_at)
                if not edits:
                    continue
                session.execute(update(Review).where(Review.id == rid).values(**edits))
                if "text" in edits:
                    for model in (ReviewAspect, ReviewSentence, ReviewAnalysis):
                        session.execute(delete(model).where(model.review_id == rid))
                changed += 1
    return changed


def pending_analysis(session: Session, engine_version: str, limit: int | None = None
                     ) -> list[tuple[int, str, int | None, str | None, str | None]]:
    """Reviews never analysed, analysed by another engine version, or whose
    text changed since: rows of (id, text, rating, language, stored text_hash)."""
    q = (select(Review.id, Review.text, Review.rating, Review.language, ReviewAnalysis.text_hash)
         .outerjoin(ReviewAnalysis, ReviewAnalysis.review_id == Review.id)
         .where(or_(ReviewAnalysis.review_id.is_(None),
                    ReviewAnalysis.engine_version != engine_version))
         .order_by(Review.id))
    if limit:
        q = q.limit(limit)
    return [tuple(r) for r in session.execute(q)]


def save_analysis(session: Session, items: Sequence[tuple[int, str, TextAnalysis]]) -> None:
    """Store (review_id, text_hash, analysis) results, replacing older ones."""
    ids = [i for i, _, _ in items]
    for chunk in _chunks(ids):
        for model in (ReviewAspect, ReviewSentence, ReviewAnalysis):
            session.execute(delete(model).where(model.review_id.in_(chunk)))
    now = datetime.now()
    session.execute(insert(ReviewAnalysis), [dict(
        review_id=i, engine_version=a.engine_version, text_hash=h, language=a.language,
        sentiment=a.sentiment, flags=",".join(a.flags), analysed_at=now) for i, h, a in items])
    aspects = [dict(review_id=i, aspect=m.aspect, polarity=m.polarity, term=m.term[:200],
                    sentence=m.sentence) for i, _, a in items for m in a.mentions]
    if not any(a.mentions for _, _, a in items):  # engines that give only the summary dict
        aspects = [dict(review_id=i, aspect=k, polarity=v, term=None, sentence=0)
                   for i, _, a in items for k, v in a.aspects.items()]
    if aspects:
        session.execute(insert(ReviewAspect), aspects)
    sentences = [dict(review_id=i, idx=n, text=s.text, sentiment=s.sentiment)
                 for i, _, a in items for n, s in enumerate(a.sentences)]
    if sentences:
        session.execute(insert(ReviewSentence), sentences)
    # a review whose own language was unknown takes the detected one
    for i, _, a in items:
        if a.language and a.language != "unknown":
            session.execute(update(Review).where(Review.id == i, Review.language.is_(None))
                            .values(language=a.language))


def review_rows(session: Session, *, text: str = "", sources: Sequence[str] = (),
                languages: Sequence[str] = (), min_rating: int | None = None,
                max_rating: int | None = None, date_from: date | None = None,
                date_to: date | None = None) -> list[tuple]:
    """Filtered reviews, newest first: (id, created_at, source, location, author,
    rating, sentiment, language, title, text, reply_text)."""
    lang = func.coalesce(Review.language, ReviewAnalysis.language)
    q = (select(Review.id, Review.created_at, Review.source, Location.name, Review.author,
                Review.rating, ReviewAnalysis.sentiment, lang, Review.title, Review.text,
                Review.reply_text)
         .outerjoin(Location, Location.id == Review.location_id)
         .outerjoin(ReviewAnalysis, ReviewAnalysis.review_id == Review.id))
    conds = []
    if text.strip():
        like = f"%{text.strip().lower()}%"
        conds.append(or_(func.lower(Review.text).like(like), func.lower(Review.author).like(like),
                         func.lower(Review.title).like(like)))
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


# -- customers, orders, preferences -------------------------------------------

def insert_customers(session: Session, batch_id: int | None,
                     records: Sequence[CustomerRecord]) -> tuple[int, int]:
    keyed = [(r.source, keys.customer_key(r.external_id, r.email, r.phone, r.name), r)
             for r in records]
    new, dupes = _split_new(session, Customer, keyed)
    rows = [dict(source=src, dedupe_key=key, external_id=r.external_id, name=r.name,
                 email=r.email, phone=r.phone, birthday=r.birthday, first_visit=r.first_visit,
                 last_visit=r.last_visit, visits=r.visits, total_spent=r.total_spent,
                 accepts_email=r.accepts_email, accepts_sms=r.accepts_sms, note=r.note,
                 tags=", ".join(r.tags) or None, import_batch_id=batch_id)
            for src, key, r in new]
    for chunk in _chunks(rows, 2000):
        session.execute(insert(Customer), list(chunk))
    return len(rows), dupes


def _customer_lookup(session: Session) -> tuple[dict, dict, dict]:
    by_ext, by_email, by_phone = {}, {}, {}
    for cid, ext, email, phone in session.execute(
            select(Customer.id, Customer.external_id, Customer.email, Customer.phone)):
        if ext:
            by_ext[ext] = cid
        if email:
            by_email[email.lower()] = cid
        if phone:
            by_phone[phone] = cid
    return by_ext, by_email, by_phone


def insert_orders(session: Session, batch_id: int | None,
                  records: Sequence[OrderRecord]) -> tuple[int, int]:
    """Insert new orders with their lines, linked to known customers by id, email or phone."""
    keyed = [(r.source, keys.order_key(r.external_id, r.ordered_at, r.total,
                                       tuple(l.item for l in r.lines)), r) for r in records]
    new, dupes = _split_new(session, Order, keyed)
    if not new:
        return 0, dupes
    by_ext, by_email, by_phone = _customer_lookup(session)
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
    by_ext, _, _ = _customer_lookup(session)
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
