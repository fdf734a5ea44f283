"""The owner's week on one page: everything the Overview page shows, gathered
in one call into one frozen ``Week`` record.

The week is the seven days up to the newest day the data knows (the latest
review or order, never after today), so an export imported a few days late
still shows a full week; ``Week.as_of`` says which day that is and the page
says so when it is not today. Birthdays are the exception: they are about
the days ahead, so they count from today.

Each part reuses the service the page explaining it uses (the Insights
report's sentence, the reply inbox's ranking, the customers' segments, the
campaign log's lift), so the Overview never tells a different story.

Threading: call from a worker thread (or the CLI); every service it calls
opens its own session. Returns plain frozen dataclasses only.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from desktop.core.progress import CancelToken, ProgressFn, check_cancel, no_progress
from desktop.messaging.replies import URGENCIES, Reason, rank
from desktop.storage import repositories as repo

WEEK_DAYS = 7
"""The Overview's week: this many days up to ``Week.as_of``."""
COMPARE_WEEKS = 4
"""The week's rating is compared with the average of this many weeks before it."""
CURRENT_DROP_DAYS = 28
"""A drop that ended at most this many days before ``as_of`` is still "current"."""
BIRTHDAY_DAYS = 7
"""Birthdays from today to this many days ahead (today included) are listed."""
MAX_LISTED = 5
"""People named on a card (the card says how many more there are)."""
SNIPPET_CHARS = 140
"""The most urgent review's text is cut to this many characters on its card."""
RATING_CHANGE_EPSILON = 0.05
"""A change of the week's rating smaller than this (stars) reads as "steady"."""
AT_RISK, LAPSED = "at-risk", "lapsed"


@dataclass(frozen=True)
class UrgentReview:
    """The review at the top of the reply inbox. ``reasons`` render with the
    same words the Inbox uses (``ui.message_words.reason_text``)."""

    review_id: int
    author: str | None
    rating: int | None
    source: str
    created_at: datetime | None
    snippet: str
    urgency: str
    reasons: tuple[Reason, ...]


@dataclass(frozen=True)
class DropNote:
    """The latest rating drop, with the Insights page's own sentence.
    ``index`` is its row in the Insights page's list (unfiltered report)."""

    index: int
    start: date
    end: date
    rating_before: float
    rating_after: float
    sentence: str
    current: bool


@dataclass(frozen=True)
class Person:
    """A customer named on a card; ``day`` is the birthday (this year) or the last visit."""

    customer_id: int
    name: str
    day: date | None = None


@dataclass(frozen=True)
class CampaignNote:
    """The newest campaign run and its outcome (``messaging.lift.Outcome``)."""

    run_id: int
    campaign: str
    created_at: datetime
    contacted: int
    contacted_returned: int
    holdout: int
    holdout_returned: int
    lift: float | None
    verdict: str
    window_closes: datetime


@dataclass(frozen=True)
class Week:
    """The Overview page's record. ``status`` is "empty" (no review and no
    customer: the page welcomes) or "ok". Ratings are average stars (1-5),
    None without rated reviews in that span. ``insight_summary`` is the
    Insights page's headline sentence (also when there is no drop)."""

    status: str
    as_of: date
    today: date
    reviews_total: int
    customers_total: int
    reviews_week: int = 0
    rating_week: float | None = None
    rating_before: float | None = None
    waiting: int = 0
    urgent: UrgentReview | None = None
    drop: DropNote | None = None
    insight_summary: str = ""
    bursts: int = 0
    burst_sentence: str = ""
    at_risk: tuple[Person, ...] = ()
    at_risk_count: int = 0
    lapsed: tuple[Person, ...] = ()
    lapsed_count: int = 0
    birthdays: tuple[Person, ...] = ()
    birthday_count: int = 0
    campaign: CampaignNote | None = None
    pending: tuple[str, ...] = ()
    """Parts not gathered yet in a quick call (names from ``SLOW_PARTS``); their fields keep the defaults until a full call."""

    @property
    def rating_change(self) -> float | None:
        """This week's average minus the weeks before (stars), None if either is unknown."""
        if self.rating_week is None or self.rating_before is None:
            return None
        return self.rating_week - self.rating_before

    @property
    def stale_days(self) -> int:
        """Days between the newest data and today (0: the data is current)."""
        return max((self.today - self.as_of).days, 0)


def _day(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def next_birthday(born: date, today: date) -> date:
    """The next birthday on or after ``today`` (29 February -> 28 February in other years)."""
    for year in (today.year, today.year + 1):
        try:
            day = born.replace(year=year)
        except ValueError:
            day = date(year, 2, 28)
        if day >= today:
            return day
    return date(today.year + 1, born.month, min(born.day, 28))  # pragma: no cover - unreachable


def _snippet(text: str) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= SNIPPET_CHARS else text[:SNIPPET_CHARS - 1].rstrip() + "…"


SLOW_PARTS = ("campaign", "customers", "replies", "insights")
"""The parts a quick call takes from the cache or leaves pending, in the order a full call gathers them."""


class OverviewService:
    """Gathers the ``Week``. ``services`` is the ``desktop.services.Services``
    bundle (its reviews, insights, replies, customers and messaging).

    The slow parts (the Insights report, the inbox ranking, the customers'
    segments a week apart) are cached in memory while the data's fingerprint,
    the language and the day stay the same; the cache is thread-safe."""

    def __init__(self, services: Any) -> None:
        self._s = services
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[tuple, dict[str, Any]]] = {}

    def week(self, lang: str = "en", today: date | None = None, progress: ProgressFn = no_progress,
             cancel: CancelToken | None = None, quick: bool = False) -> Week:
        """The week at a glance, sentences in ``lang``. Reads only; never
        analyses text. ``quick``: take the slow parts only from the cache and
        name the others in ``Week.pending`` (a fraction of a second on
        100,000 reviews), so the page can show at once and ask again."""
        today = today or date.today()
        with self._s.db.session() as s:
            reviews_total, customers_total = repo.table_counts(s)
            latest_review = repo.latest_review_time(s)
            latest_order = repo.latest_order_time(s)
            key = (repo.reviews_fingerprint(s), repo.fingerprint(s), lang, today)
        if not reviews_total and not customers_total:
            return Week("empty", today, today, 0, 0)
        as_of = min(max(d for d in (_day(latest_review), _day(latest_order), date(1970, 1, 1)) if d), today)
        progress(0.05, "Reading your reviews")
        parts: dict[str, Any] = {}
        if reviews_total:
            parts.update(self._ratings(as_of))
        wanted = [p for p in SLOW_PARTS if (p in ("customers", "campaign") and customers_total)
                  or (p in ("replies", "insights") and reviews_total)]
        gather = {"campaign": self._campaign, "customers": lambda: self._customers(today), "insights": lambda: self._insights(lang, as_of),
                  "replies": lambda: self._replies(datetime.combine(today, datetime.now().time()))}
        messages = {"campaign": "Reading your campaigns", "customers": "Looking at your regulars", "insights": "Looking for rating drops",
                    "replies": "Reading the reviews waiting for a reply"}
        pending = []
        for i, part in enumerate(wanted):
            check_cancel(cancel)
            with self._lock:
                cached = self._cache.get(part)
            if cached is not None and cached[0] == key:
                parts.update(cached[1])
                continue
            if quick:
                pending.append(part)
                continue
            progress(0.1 + 0.85 * i / len(wanted), messages[part])
            value = gather[part]()
            with self._lock:
                self._cache[part] = (key, value)
            parts.update(value)
        progress(1.0, "Your week is ready")
        return Week("ok", as_of, today, reviews_total, customers_total, pending=tuple(pending), **parts)

    # -- parts ------------------------------------------------------------------

    def _ratings(self, as_of: date) -> dict[str, Any]:
        end = datetime.combine(as_of + timedelta(days=1), datetime.min.time())
        week_start = end - timedelta(days=WEEK_DAYS)
        before_start = week_start - timedelta(days=WEEK_DAYS * COMPARE_WEEKS)
        with self._s.db.session() as s:
            rows = repo.ratings_between(s, before_start, end)
        week = [r for when, r in rows if when >= week_start]
        before = [r for when, r in rows if when < week_start]
        count = sum(1 for when, _r in rows if when >= week_start)
        return {"reviews_week": count, "rating_week": _mean([r for r in week if r is not None]),
                "rating_before": _mean([r for r in before if r is not None])}

    def _insights(self, lang: str, as_of: date) -> dict[str, Any]:
        report = self._s.insights.report(lang=lang)
        drop = None
        if report.drops:
            last = report.drops[-1]
            d = last.drop
            drop = DropNote(len(report.drops) - 1, d.start, d.end, d.rating_before, d.rating_after, last.summary,
                            current=(as_of - d.end).days <= CURRENT_DROP_DAYS)
        return {"drop": drop, "insight_summary": report.summary, "bursts": len(report.bursts),
                "burst_sentence": report.bursts[-1].summary if report.bursts else ""}

    def _replies(self, when: datetime) -> dict[str, Any]:
        """Count and the top of the inbox, ranked as the Inbox ranks at
        ``when`` (without writing every draft, which only the Inbox needs)."""
        candidates = self._s.replies.candidates(when)
        if not candidates:
            return {"waiting": 0, "urgent": None}
        order = {u: i for i, u in enumerate(URGENCIES)}

        def key(c: Any) -> tuple:
            urgency, score, _reasons = rank(c, when)
            return (order[urgency], -score, -(c.created_at.timestamp() if c.created_at else 0), -c.review_id)

        top = min(candidates, key=key)
        urgency, _score, reasons = rank(top, when)
        return {"waiting": len(candidates), "urgent": UrgentReview(
            top.review_id, top.author, top.rating, top.source, top.created_at,
            _snippet(". ".join(p for p in (top.title, top.text) if p)), urgency, tuple(reasons))}

    def _customers(self, today: date) -> dict[str, Any]:
        customers = self._s.customers
        as_of = customers.default_as_of()
        # the week before first: the cache keeps the last one, which the Customers page wants
        before = customers.overview(as_of - timedelta(days=WEEK_DAYS)).frame["segment"]
        now = customers.overview(as_of).frame
        was = before.reindex(now.index)
        parts: dict[str, Any] = {}
        for key, segment, earlier in (("at_risk", AT_RISK, (AT_RISK, LAPSED)), ("lapsed", LAPSED, (LAPSED,))):
            became = now[(now["segment"] == segment) & ~was.isin(earlier)]
            became = became.sort_values(["visits", "id"], ascending=[False, True])
            parts[key] = tuple(Person(int(r["id"]), str(r["name"] or r["email"] or r["phone"] or r["id"]),
                                      _day(r["last_visit"])) for r in became.head(MAX_LISTED).to_dict("records"))
            parts[f"{key}_count"] = len(became)
        with self._s.db.session() as s:
            people = repo.birthdays(s)
        soon = []
        for cid, name, born in people:
            born_day = _day(born)
            if born_day is None or cid not in now.index:  # merged-away records are not people
                continue
            day = next_birthday(born_day, today)
            if (day - today).days < BIRTHDAY_DAYS:
                soon.append(Person(int(cid), str(name or cid), day))
        soon.sort(key=lambda p: (p.day, p.name))
        parts["birthdays"] = tuple(soon[:MAX_LISTED])
        parts["birthday_count"] = len(soon)
        return parts

    def _campaign(self) -> dict[str, Any]:
        runs = self._s.messaging.runs()
        if not runs:
            return {"campaign": None}
        r = runs[0]
        o = r.outcome
        return {"campaign": CampaignNote(r.id, r.campaign, r.created_at, o.contacted, o.contacted_returned, o.holdout,
                                         o.holdout_returned, o.lift, o.verdict, o.window_closes)}


def has_data(services: Any) -> bool:
    """True when the database holds any review or customer (any thread)."""
    with services.db.session() as s:
        reviews, customers = repo.table_counts(s)
    return bool(reviews or customers)
