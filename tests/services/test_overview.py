"""The Overview's ``Week``: the same story the other pages tell (the Insights
sentence, the Inbox's top review, the customers' segments, the campaign log),
a welcome on an empty database, the quick call and its cache."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from desktop.services import Services
from desktop.services.demo import build_demo
from desktop.services.overview import (
    BIRTHDAY_DAYS,
    COMPARE_WEEKS,
    CURRENT_DROP_DAYS,
    MAX_LISTED,
    SLOW_PARTS,
    SNIPPET_CHARS,
    WEEK_DAYS,
    OverviewService,
    next_birthday,
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Services:
    path = tmp_path_factory.mktemp("overview") / "demo.sqlite"
    build_demo(path)
    s = Services.open(path)
    yield s
    s.close()


def test_constants_are_what_the_page_says() -> None:
    assert (WEEK_DAYS, COMPARE_WEEKS, BIRTHDAY_DAYS, CURRENT_DROP_DAYS) == (7, 4, 7, 28)
    assert MAX_LISTED == 5 and SNIPPET_CHARS == 140
    assert set(SLOW_PARTS) == {"campaign", "customers", "replies", "insights"}


def test_an_empty_database_welcomes(tmp_path: Path) -> None:
    s = Services.open(tmp_path / "empty.sqlite")
    try:
        week = OverviewService(s).week(today=date(2026, 3, 4))
    finally:
        s.close()
    assert week.status == "empty"
    assert (week.reviews_total, week.customers_total) == (0, 0)
    assert week.as_of == week.today == date(2026, 3, 4)
    assert week.drop is None and week.urgent is None and week.campaign is None


def test_the_week_tells_the_story_of_the_other_pages(demo: Services) -> None:
    today = date.today()
    week = OverviewService(demo).week(lang="en", today=today)
    assert week.status == "ok" and not week.pending
    assert week.reviews_total == 1520 and week.customers_total == 800
    # the week ends at the newest data, never after today
    assert week.as_of <= today
    # the rating compares this week with the weeks before it, from the stored reviews
    end = datetime.combine(week.as_of + timedelta(days=1), datetime.min.time())
    from desktop.storage import repositories as repo

    with demo.db.session() as session:
        rows = repo.ratings_between(session, end - timedelta(days=WEEK_DAYS * (COMPARE_WEEKS + 1)), end)
    this_week = [r for when, r in rows if when >= end - timedelta(days=WEEK_DAYS) and r is not None]
    assert week.reviews_week == sum(1 for when, _r in rows if when >= end - timedelta(days=WEEK_DAYS))
    assert week.rating_week == pytest.approx(sum(this_week) / len(this_week))
    assert week.rating_change == pytest.approx(week.rating_week - week.rating_before)
    # the drop card says exactly what the Insights page says
    report = demo.insights.report(lang="en")
    assert week.drop is not None and week.drop.sentence == report.drops[-1].summary
    assert week.drop.index == len(report.drops) - 1
    assert week.insight_summary == report.summary
    assert week.bursts == len(report.bursts) and week.burst_sentence == report.bursts[-1].summary
    # the waiting card counts and ranks as the Inbox does
    when = datetime.combine(today, datetime.now().time())
    inbox = demo.replies.inbox(when)
    assert week.waiting == len(inbox)
    assert week.urgent is not None and week.urgent.review_id == inbox[0].candidate.review_id
    assert week.urgent.urgency == inbox[0].urgency
    assert len(week.urgent.snippet) <= SNIPPET_CHARS
    # the campaign card is the newest run of the campaign log
    runs = demo.messaging.runs()
    if runs:
        assert week.campaign is not None and week.campaign.run_id == runs[0].id
        assert week.campaign.lift == runs[0].outcome.lift
    else:
        assert week.campaign is None


def test_regulars_who_changed_segment_this_week(demo: Services) -> None:
    week = OverviewService(demo).week(today=date.today())
    as_of = demo.customers.default_as_of()
    now = demo.customers.overview(as_of).frame
    before = demo.customers.overview(as_of - timedelta(days=WEEK_DAYS)).frame["segment"].reindex(now.index)
    became_lapsed = now[(now["segment"] == "lapsed") & (before != "lapsed")]
    assert week.lapsed_count == len(became_lapsed)
    assert {p.customer_id for p in week.lapsed} <= set(int(i) for i in became_lapsed["id"])
    assert len(week.at_risk) == min(week.at_risk_count, MAX_LISTED)
    for person in week.birthdays:
        assert 0 <= (person.day - date.today()).days < BIRTHDAY_DAYS


def test_the_quick_call_waits_for_nothing_slow_and_then_uses_the_cache(demo: Services) -> None:
    service = OverviewService(demo)
    quick = service.week(today=date.today(), quick=True)
    assert quick.status == "ok" and set(quick.pending) == set(SLOW_PARTS)
    assert quick.drop is None and quick.waiting == 0  # not gathered, not invented
    assert quick.reviews_week > 0  # the cheap part is there at once
    full = service.week(today=date.today())
    again = service.week(today=date.today(), quick=True)
    assert not again.pending and again == full


def test_the_cache_forgets_when_the_data_changes(demo: Services, tmp_path: Path) -> None:
    service = OverviewService(demo)
    service.week(today=date.today())
    top = service.week(today=date.today(), quick=True).urgent
    assert top is not None
    demo.replies.mark_answered(top.review_id, "Thank you, we are on it.")
    try:
        quick = service.week(today=date.today(), quick=True)
        assert "replies" in quick.pending
        assert service.week(today=date.today()).urgent.review_id != top.review_id
    finally:
        demo.replies.unmark_answered(top.review_id)


def test_cancel_stops_between_parts(demo: Services) -> None:
    from desktop.core.progress import CancelFlag, Cancelled

    token = CancelFlag()
    token.cancel()
    with pytest.raises(Cancelled):
        OverviewService(demo).week(today=date.today(), cancel=token)


@pytest.mark.parametrize(("born", "today", "expected"), [
    (date(1990, 5, 10), date(2026, 5, 8), date(2026, 5, 10)),
    (date(1990, 5, 10), date(2026, 5, 11), date(2027, 5, 10)),
    (date(1992, 2, 29), date(2027, 2, 20), date(2027, 2, 28)),
    (date(1992, 2, 29), date(2028, 2, 20), date(2028, 2, 29)),
])
def test_next_birthday(born: date, today: date, expected: date) -> None:
    assert next_birthday(born, today) == expected
