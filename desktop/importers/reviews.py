"""Review rows -> ReviewRecord, shared by tabular and JSON review formats."""
from __future__ import annotations

import re
from datetime import datetime

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
    body = V.long_text(text)
    body, original, translated = split_translation(body)
    if translated is None:
        translated = V.long_text(translated_text)
        if translated is not None and translated == body:
            translated = None
        if translated is not None:
            original = body
    if stars is None and recommended is None and not body:
        raise MessageError("review.empty")
    reply = V.long_text(reply_text)
    if reply:
        reply, _o, _t = split_translation(reply)
    return ReviewRecord(
        source=source,
        external_id=V.identifier(external_id, id_column),
        author=V.text(author),
        rating=stars,
        text=body,
        created_at=created_at,
        title=V.text(title),
        language=V.text(language),
        reply_text=reply,
        reply_at=reply_at,
        location=V.text(location),
        original_text=original,
        translated_text=translated,
        rating_raw=raw,
        rating_scale=scale,
        recommended=recommended,
        author_reviews=_count(author_reviews),
        author_local_guide=_flag(author_local_guide),
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

    def drain(self, ctx: Context, row: int) -> list[object]:  # noqa: ARG002
        """Hand over the records built so far (one per row, all complete)."""
        out: list[object] = list(self.records)
        self.records.clear()
        return out

    def finish(self, ctx: Context) -> tuple[list[object], list[str]]:
        """The records not yet drained, and the file's warnings."""
        return self.drain(ctx, 0), []
