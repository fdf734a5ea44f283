"""The locations of a group side by side: reviews, average stars, the last
90 days against the 90 before, customers and open rating drops of each, for
``python -m desktop locations`` and the window.

Threading: call from a worker thread (the drops come from one report per
location, a second or so each on a large group); each call opens its own
sessions and returns frozen dataclasses.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from desktop.core.errors import UserError
from desktop.core.progress import CancelToken, ProgressFn, check_cancel, no_progress
from desktop.services.insights import InsightFilter, InsightsService
from desktop.storage import repositories as repo
from desktop.storage.database import Database

TREND_WINDOW_DAYS = 90
"""The rating trend compares the last this-many days (to the as-of day) with the same span before."""
OPEN_DROP_KINDS = ("shift", "decline")
"""Drop kinds that run to the newest review: still open (a "drop" has ended, the rating came back)."""


@dataclass(frozen=True)
class LocationSummary:
    """One location's figures. ``name`` None gathers the reviews and orders
    without a location. ``average`` is the mean stars (1..5) of every rated
    review; ``rating`` of the rated reviews in the last
    :data:`TREND_WINDOW_DAYS` days, ``rating_before`` of the span before
    (None when a span has no rated review). ``customers`` counts distinct
    customers who ordered there; ``drops`` the open rating drops of the
    location's own report, ``drops_ended`` the ones that ended (both None
    for the unassigned row, which has no report of its own)."""

    name: str | None
    reviews: int
    average: float | None
    rating: float | None
    rating_before: float | None
    reviews_recent: int
    reviews_before: int
    customers: int
    drops: int | None
    drops_ended: int | None
    latest: date | None

    @property
    def change(self) -> float | None:
        """Stars gained (negative: lost) in the last span against the one before."""
        if self.rating is None or self.rating_before is None:
            return None
        return self.rating - self.rating_before

    def as_json(self) -> dict[str, Any]:
        def r(x: float | None) -> float | None:
            return None if x is None else round(x, 3)

        return {"name": self.name, "reviews": self.reviews, "average": r(self.average),
                "rating": r(self.rating), "rating_before": r(self.rating_before), "change": r(self.change),
                "reviews_recent": self.reviews_recent, "reviews_before": self.reviews_before,
                "customers": self.customers, "drops": self.drops, "drops_ended": self.drops_ended,
                "latest": self.latest.isoformat() if self.latest else None}


@dataclass(frozen=True)
class LocationComparison:
    """Every location, by name (the unassigned row last), compared over the
    same spans: ``recent`` and ``before`` are (first day, last day) inclusive."""

    as_of: date | None
    window_days: int
    recent: tuple[date, date] | None
    before: tuple[date, date] | None
    locations: tuple[LocationSummary, ...]

    def as_json(self) -> dict[str, Any]:
        def span(s: tuple[date, date] | None) -> list[str] | None:
            return None if s is None else [s[0].isoformat(), s[1].isoformat()]

        return {"as_of": self.as_of.isoformat() if self.as_of else None, "window_days": self.window_days,
                "recent": span(self.recent), "before": span(self.before),
                "locations": [x.as_json() for x in self.locations]}


def _day(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


class LocationsService:
    """Compares the group's locations; keeps one location's customers apart."""

    def __init__(self, db: Database, insights: InsightsService) -> None:
        self._db = db
        self._insights = insights

    def names(self) -> tuple[str, ...]:
        """Every location's name, sorted."""
        with self._db.session() as s:
            return tuple(repo.location_names_all(s))

    def check(self, name: str) -> str:
        """``name`` if it is a location of the group; a UserError naming the known ones if not."""
        known = self.names()
        if name not in known:
            listed = ", ".join(known) if known else "none yet"
            raise UserError(f"There is no location '{name}' (locations: {listed}).")
        return name

    def customer_ids(self, name: str) -> set[int]:
        """Ids of the customers who ordered at least once at location ``name``."""
        self.check(name)
        with self._db.session() as s:
            return repo.location_customer_ids(s, name)

    def compare(self, as_of: date | None = None, progress: ProgressFn = no_progress,
                cancel: CancelToken | None = None) -> LocationComparison:
        """Every location side by side. The spans end at ``as_of`` (default:
        the day of the group's newest review, so every location is measured
        over the same days); the open drops are those of each location's
        report up to ``as_of`` when it is given, up to the newest review if not."""
        window = timedelta(days=TREND_WINDOW_DAYS)
        until = as_of  # an explicit day also ends each location's drop report
        with self._db.session() as s:
            if as_of is None:
                as_of = _day(repo.latest_review_time(s))
            end = datetime.combine((as_of or date.today()) + timedelta(days=1), time.min)
            stats = repo.location_review_stats(s, end - 2 * window, end - window, end)
            customers = repo.location_customer_counts(s)
            names = repo.location_names_all(s)
        by_name = {x.name: x for x in stats}
        rows: list[LocationSummary] = []
        ordered: list[str | None] = [*names]
        if None in by_name or None in customers:
            ordered.append(None)
        for k, name in enumerate(ordered):
            check_cancel(cancel)
            progress(k / max(1, len(ordered)), f"Comparing {name or 'reviews without a location'}")
            st = by_name.get(name)
            drops = ended = None
            if name is not None and st is not None and st.reviews:
                report = self._insights.report(InsightFilter(location=name, date_to=until), cancel=cancel)
                drops = sum(1 for d in report.drops if d.drop.kind in OPEN_DROP_KINDS)
                ended = len(report.drops) - drops
            elif name is not None:
                drops = ended = 0
            rows.append(LocationSummary(
                name=name, reviews=st.reviews if st else 0,
                average=st.rating_sum / st.rated if st and st.rated else None,
                rating=st.recent_sum / st.recent_rated if st and st.recent_rated else None,
                rating_before=st.before_sum / st.before_rated if st and st.before_rated else None,
                reviews_recent=st.recent_rated if st else 0, reviews_before=st.before_rated if st else 0,
                customers=customers.get(name, 0), drops=drops, drops_ended=ended,
                latest=_day(st.latest) if st else None))
        progress(1.0, "Locations compared")
        if as_of is None:
            return LocationComparison(None, TREND_WINDOW_DAYS, None, None, tuple(rows))
        last = as_of
        recent = (last - window + timedelta(days=1), last)
        before = (recent[0] - window, recent[0] - timedelta(days=1))
        return LocationComparison(as_of, TREND_WINDOW_DAYS, recent, before, tuple(rows))
