"""Review rows -> ReviewRecord, shared by tabular and JSON review formats."""
from __future__ import annotations

import re
from datetime import datetime
from typing import Callable

from desktop.core.messages import MessageError
from desktop.core.records import ReviewRecord
from desktop.importers import values as V
from desktop.importers.tabular import Context

TRANSLATED = "(Translated by Google)"
ORIGINAL = "(Original)"
RECOMMEND_WORDS = {"positive": True, "negative": False, "recommended": True, "not recommended": False,
                   "recommends": True, "doesn't recommend": False, "does not recommend": False}


def split_translation(comment: str | None) -> tuple[str | None, str | None, str | None]:
    """Split Google's translation envelope.

    Returns ``(text, original_text, translated_text)``: for
    ``"(Translated by Google) Great\\n\\n(Original)\\nGenial"`` that is
    ``("Genial", "Genial", "Great")``; text without an envelope is returned as
    ``(text, None, None)``.
    """
    if not comment or TRANSLATED not in comment:
        return comment, None, None
    t_pos, o_pos = comment.find(TRANSLATED), comment.find(ORIGINAL)
    if o_pos < 0:  # "original (Translated by Google) translation", or a translation alone
        before, after = comment[:t_pos].strip(), comment[t_pos + len(TRANSLATED):].strip() or None
        if before:
            return before, before, after
        return after, None, after
    if t_pos < o_pos:
        translated = comment[t_pos + len(TRANSLATED):o_pos].strip()
        original = comment[o_pos + len(ORIGINAL):].strip()
    else:  # "(Original) ... (Translated by Google) ..." order also occurs
        original = comment[o_pos + len(ORIGINAL):t_pos].strip()
        translated = comment[t_pos + len(TRANSLATED):].strip()
    original = original or None
    return original, original, translated or None


def recommendation(value: object, column: str = "recommended") -> bool | None:
    """positive/negative, yes/no, true/false -> bool."""
    s = V.text(value)
    if s is None:
        return None
    low = s.lower()
    if low in RECOMMEND_WORDS:
        return RECOMMEND_WORDS[low]
    return V.boolean(s, column)


def make_review(
    *,
    source: str,
    external_id: object = None,
    author: object = None,
    rating: object = None,
    rating_column: str = "rating",
    rating_scale: int | None = None,
    text: object = None,
    created_at: datetime | None = None,
    title: object = None,
    language: object = None,
    reply_text: object = None,
    reply_at: datetime | None = None,
    location: object = None,
    translated_text: object = None,
    recommended: bool | None = None,
    id_column: str = "id",
    id_is_local: bool = False,
    author_reviews: object = None,
    author_local_guide: object = None,
) -> ReviewRecord:
    """Build a ReviewRecord with normalised rating and translation split.

    Raises ValueError (with a human reason) for an unusable rating or id, or
    when the review has neither a rating, a recommendation nor any text.
    """
    stars, raw, scale = V.star_rating(rating, rating_column, rating_scale)
    return assemble_review(
        source=source, stars=stars, raw=raw, scale=scale, body=V.long_text(text),
        translated=V.long_text(translated_text), recommended=recommended,
        reply=V.long_text(reply_text), external_id=lambda: V.identifier(external_id, id_column),
        author=V.text(author), created_at=created_at, title=V.text(title), language=V.text(language),
        reply_at=reply_at, location=V.text(location), id_is_local=id_is_local,
        author_reviews=_count(author_reviews), author_local_guide=_flag(author_local_guide))


def assemble_review(*, source: str, stars: int | None, raw: float | None, scale: int, body: str | None,
                    translated: str | None, recommended: bool | None, reply: str | None,
                    external_id: Callable[[], str | None], author: str | None,
                    created_at: datetime | None, title: str | None, language: str | None,
                    reply_at: datetime | None, location: str | None, id_is_local: bool,
                    author_reviews: int | None, author_local_guide: bool | None) -> ReviewRecord:
    """The record from values already normalised (``body``, ``translated`` and
    ``reply`` by ``long_text``, the others by their own parsers), shared by
    :func:`make_review` and the column-wise builder so both build the same
    record. ``external_id`` is called after the emptiness check, so a row that
    is both empty and has a bad id is rejected as empty, as it always was.
    Raises ValueError (``review.empty``)."""
    body, original, translated_env = split_translation(body)
    if translated_env is not None:
        translated = translated_env
    else:
        if translated is not None and translated == body:
            translated = None
        if translated is not None:
            original = body
    if stars is None and recommended is None and not body:
        raise MessageError("review.empty")
    if reply:
        reply, _o, _t = split_translation(reply)
    return ReviewRecord(
        source=source,
        external_id=external_id(),
        author=author,
        rating=stars,
        text=body,
        created_at=created_at,
        title=title,
        language=language,
        reply_text=reply,
        reply_at=reply_at,
        location=location,
        original_text=original,
        translated_text=translated,
        rating_raw=raw,
        rating_scale=scale,
        recommended=recommended,
        author_reviews=author_reviews,
        author_local_guide=author_local_guide,
        id_is_local=id_is_local,
    )


def _count(value: object) -> int | None:
    """A reviewer's review count as the source gives it ("15", 15.0, "1,204"); None if unreadable."""
    text = V.text(value)
    if text is None:
        return None
    digits = re.sub(r"[\s,.'’]", "", text)
    return int(digits) if digits.isdigit() else None


def _flag(value: object) -> bool | None:
    if isinstance(value, bool) or value is None:
        return value
    try:
        return V.boolean(value, "local guide")
    except ValueError:
        return None


PLATFORMS = {"google": "google", "googlemaps": "google", "googlebusinessprofile": "google",
             "googlemybusiness": "google", "tripadvisor": "tripadvisor", "facebook": "facebook", "yelp": "yelp",
             "trustpilot": "trustpilot", "thefork": "thefork", "lafourchette": "thefork", "opentable": "opentable"}
"""Platform spellings in a generic file's source column -> the app's source names."""


def _source_name(value: object, default: str) -> str:
    s = V.text(value)
    if not s:
        return default
    squashed = re.sub(r"[^a-z]", "", s.lower())
    return PLATFORMS.get(squashed) or re.sub(r"\s+", "_", s.strip().lower())


_FAILED = object()
"""A cell the column-wise path could not parse: its row goes through the row-by-row path."""


class ReviewBuilder:
    """Tabular review rows -> ReviewRecords (one per row)."""

    def __init__(self) -> None:
        self.records: list[ReviewRecord] = []

    def add(self, row: int, cells: list[object], ctx: Context) -> None:
        g = ctx.get
        recommended = None
        if ctx.cmap.has("recommended"):
            recommended = recommendation(g(cells, "recommended"), ctx.col("recommended"))
        created = ctx.date(cells, "created_at", "time") if ctx.cmap.has("created_at") else (
            ctx.date(cells, "time") if ctx.cmap.has("time") else None)
        self.records.append(make_review(
            source=_source_name(g(cells, "source"), ctx.source),
            external_id=g(cells, "external_id"), id_column=ctx.col("external_id"),
            author=g(cells, "author"),
            rating=g(cells, "rating"), rating_column=ctx.col("rating"), rating_scale=ctx.rating_scale,
            text=g(cells, "text"), created_at=created, title=g(cells, "title"),
            language=g(cells, "language"), reply_text=g(cells, "reply_text"),
            reply_at=ctx.date(cells, "reply_at") if ctx.cmap.has("reply_at") else None,
            location=g(cells, "location") or ctx.extra.get("location"),
            translated_text=g(cells, "translated_text"), recommended=recommended,
            id_is_local=ctx.profile is None,
            author_reviews=g(cells, "author_reviews"), author_local_guide=g(cells, "author_local_guide"),
        ))

    def add_batch(self, rows: list[tuple[int, list[object]]], ctx: Context) -> list[tuple[int, ValueError]]:
        """Column-wise :meth:`add` for many rows at once: each field is parsed
        for the whole batch (low-variety columns such as rating, source and
        location once per distinct value), then the records are built once.
        A row any of whose cells fails is handed to :meth:`add`, so it is
        rejected with exactly the message the row-by-row path gives. Returns
        ``(row, error)`` for the rejected rows, in row order; the records are
        appended in row order as :meth:`add` does."""
        n = len(rows)
        cmap, idx = ctx.cmap, ctx.cmap.index

        def column(name: str) -> list[object]:
            i = idx.get(name)
            if i is None:
                return [None] * n
            return [c[i] if i < len(c) else None for _num, c in rows]

        def each(values: list[object], fn: Callable[[object], object], memo: bool = False) -> list[object]:
            out: list[object] = []
            cache: dict[object, object] = {}
            for v in values:
                if v is None or (memo and type(v) is str):
                    try:
                        out.append(cache[v])
                        continue
                    except KeyError:
                        pass
                try:
                    r = fn(v)
                except ValueError:
                    r = _FAILED
                if v is None or (memo and type(v) is str):
                    cache[v] = r
                out.append(r)
            return out

        def dates(name: str, time_field: str | None = None) -> list[object]:
            out: list[object] = []
            for _num, c in rows:
                try:
                    out.append(ctx.date(c, name, time_field))
                except ValueError:
                    out.append(_FAILED)
            return out

        rec_col = ctx.col("recommended")
        recommended = (each(column("recommended"), lambda v: recommendation(v, rec_col), memo=True)
                       if cmap.has("recommended") else [None] * n)
        created = (dates("created_at", "time") if cmap.has("created_at")
                   else dates("time") if cmap.has("time") else [None] * n)
        reply_at = dates("reply_at") if cmap.has("reply_at") else [None] * n
        rating_col, scale_ = ctx.col("rating"), ctx.rating_scale
        ratings = each(column("rating"), lambda v: V.star_rating(v, rating_col, scale_), memo=True)
        id_col = ctx.col("external_id")
        ids = each(column("external_id"), lambda v: V.identifier(v, id_col))
        default_source, default_location = ctx.source, ctx.extra.get("location")
        sources = each(column("source"), lambda v: _source_name(v, default_source), memo=True)
        locations = each([v or default_location for v in column("location")], V.text, memo=True)
        bodies = [V.long_text(v) for v in column("text")]
        translated = [V.long_text(v) for v in column("translated_text")]
        replies = [V.long_text(v) for v in column("reply_text")]
        authors = [V.text(v) for v in column("author")]
        titles = [V.text(v) for v in column("title")]
        languages = each(column("language"), V.text, memo=True)
        counts = each(column("author_reviews"), _count, memo=True)
        guides = each(column("author_local_guide"), _flag, memo=True)
        local = ctx.profile is None
        failed: list[tuple[int, ValueError]] = []
        append = self.records.append
        for k, (num, cells) in enumerate(rows):
            rating = ratings[k]
            if (rating is _FAILED or ids[k] is _FAILED or recommended[k] is _FAILED or created[k] is _FAILED
                    or reply_at[k] is _FAILED or counts[k] is _FAILED):
                try:
                    self.add(num, cells, ctx)
                except ValueError as exc:
                    failed.append((num, exc))
                continue
            stars, raw, scale = rating  # type: ignore[misc]
            ext = ids[k]
            try:
                append(assemble_review(
                    source=sources[k], stars=stars, raw=raw, scale=scale, body=bodies[k],  # type: ignore[arg-type]
                    translated=translated[k], recommended=recommended[k], reply=replies[k],  # type: ignore[arg-type]
                    external_id=lambda: ext, author=authors[k], created_at=created[k],  # type: ignore[arg-type]
                    title=titles[k], language=languages[k], reply_at=reply_at[k],  # type: ignore[arg-type]
                    location=locations[k], id_is_local=local, author_reviews=counts[k],  # type: ignore[arg-type]
                    author_local_guide=guides[k]))  # type: ignore[arg-type]
            except ValueError as exc:
                failed.append((num, exc))
        return failed

    def drain(self, ctx: Context, row: int) -> list[object]:  # noqa: ARG002
        """Hand over the records built so far (one per row, all complete)."""
        out: list[object] = list(self.records)
        self.records.clear()
        return out

    def finish(self, ctx: Context) -> tuple[list[object], list[str]]:
        """The records not yet drained, and the file's warnings."""
        return self.drain(ctx, 0), []
