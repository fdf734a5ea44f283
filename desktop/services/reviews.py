"""Read-side use cases for the Reviews page and the CLI."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pandas as pd

from desktop.storage import repositories as repo
from desktop.storage.database import Database

REVIEW_COLUMNS = ["id", "created_at", "source", "location", "author", "rating", "sentiment",
                  "language", "title", "text", "reply_text", "recommended"]
TREND_COLUMNS = ["period_start", "reviews", "avg_rating", "avg_sentiment"]
RECENT_DAYS = 30  # the KPI compares the last 30 days with the 30 before


@dataclass(frozen=True)
class ReviewFilter:
    text: str = ""
    sources: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    min_rating: int | None = None
    max_rating: int | None = None
    date_from: date | None = None
    date_to: date | None = None

    @property
    def is_empty(self) -> bool:
        return self == ReviewFilter()


@dataclass(frozen=True)
class ReviewSummary:
    total: int
    avg_rating: float | None
    last_30_avg: float | None
    prev_30_avg: float | None
    unanswered: int


@dataclass(frozen=True)
class ReviewInsight:
    """What the engine found in one review: aspects with polarity (the mean
    of their opinions; 0.0 for an aspect only mentioned), the words that triggered them, and health/safety flags."""

    aspects: tuple[tuple[str, float, tuple[str, ...]], ...]
    flags: tuple[str, ...]


@dataclass(frozen=True)
class ReviewFacets:
    sources: tuple[str, ...]
    languages: tuple[str, ...]
    locations: tuple[str, ...]


def _mean(series: pd.Series) -> float | None:
    value = series.mean()
    return None if pd.isna(value) else float(value)


class ReviewService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list_reviews(self, flt: ReviewFilter = ReviewFilter()) -> pd.DataFrame:
        """Filtered reviews, newest first, as a DataFrame with REVIEW_COLUMNS."""
        with self._db.session() as s:
            rows = repo.review_rows(s, text=flt.text, sources=flt.sources,
                                    languages=flt.languages, min_rating=flt.min_rating,
                                    max_rating=flt.max_rating, date_from=flt.date_from,
                                    date_to=flt.date_to)
        df = pd.DataFrame.from_records(rows, columns=REVIEW_COLUMNS)
        df["created_at"] = pd.to_datetime(df["created_at"])
        df["rating"] = pd.to_numeric(df["rating"], errors="coerce").astype("float64")
        df["sentiment"] = pd.to_numeric(df["sentiment"], errors="coerce").astype("float64")
        return df

    def trend(self, period: str, flt: ReviewFilter = ReviewFilter()) -> pd.DataFrame:
        """Average rating and sentiment per ``period`` ("week" or "month").
        Unfiltered trends come from the stored table; filtered ones are computed."""
        if period not in ("week", "month"):
            raise ValueError(f"period must be week or month, not {period!r}")
        if flt.is_empty:
            with self._db.session() as s:
                rows = repo.trend_rows(s, period)
            df = pd.DataFrame.from_records(rows, columns=TREND_COLUMNS)
            df["period_start"] = pd.to_datetime(df["period_start"])
            return df
        reviews = self.list_reviews(flt).dropna(subset=["created_at"])
        if reviews.empty:
            return pd.DataFrame(columns=TREND_COLUMNS)
        starts = reviews["created_at"].map(lambda t: repo.period_start(t.to_pydatetime(), period))
        grouped = reviews.groupby(pd.to_datetime(starts))
        df = pd.DataFrame({"reviews": grouped.size(), "avg_rating": grouped["rating"].mean(),
                           "avg_sentiment": grouped["sentiment"].mean()})
        return df.rename_axis("period_start").reset_index()[TREND_COLUMNS]

    def summary(self, flt: ReviewFilter = ReviewFilter(), today: date | None = None
                ) -> ReviewSummary:
        df = self.list_reviews(flt)
        with self._db.session() as s:
            unanswered = repo.unanswered_count(s) if flt.is_empty else int(
                (df["reply_text"].isna() & df["text"].notna()).sum())
        if df.empty:
            return ReviewSummary(0, None, None, None, unanswered)
        end = datetime.combine(today or df["created_at"].max().date(), datetime.max.time())
        recent = df[df["created_at"] > end - timedelta(days=RECENT_DAYS)]
        prev = df[(df["created_at"] <= end - timedelta(days=RECENT_DAYS))
                  & (df["created_at"] > end - timedelta(days=2 * RECENT_DAYS))]
        return ReviewSummary(len(df), _mean(df["rating"]), _mean(recent["rating"]),
                             _mean(prev["rating"]), unanswered)

    def insight(self, review_id: int) -> ReviewInsight:
        """The stored analysis of one review (a primary-key read, fast enough
        for the GUI thread)."""
        with self._db.session() as s:
            flags, mentions = repo.review_insight(s, review_id)
        grouped: dict[str, list] = {}
        for aspect, polarity, term in mentions:
            scores, terms = grouped.setdefault(aspect, [[], []])
            scores.append(polarity)
            if term and term.lower() not in (t.lower() for t in terms):
                terms.append(term)
        # The colour is the mean of the opinions only: a neutral mention
        # (polarity 0, "we came for dinner") is no praise and no complaint
        # and must not pale them; an aspect only mentioned shows 0.
        aspects = []
        for a, (sc, t) in grouped.items():
            opinions = [x for x in sc if x]
            aspects.append((a, sum(opinions) / len(opinions) if opinions else 0.0, tuple(t)))
        aspects = tuple(aspects)
        return ReviewInsight(aspects, tuple(f for f in flags.split(",") if f))

    def facets(self) -> ReviewFacets:
        with self._db.session() as s:
            sources, languages, locations = repo.review_facets(s)
        return ReviewFacets(tuple(sources), tuple(languages), tuple(locations))
