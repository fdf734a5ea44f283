"""ReviewService.insight: the aspect colour of the Reviews pane is the mean
of the opinions only; neutral mentions (polarity 0) do not pale it."""
from __future__ import annotations

from contextlib import contextmanager

import pytest

from desktop.services import reviews as reviews_service
from desktop.services.reviews import ReviewService


class _FakeDb:
    @contextmanager
    def session(self):
        yield None


@pytest.fixture
def service(monkeypatch):
    mentions = [("food", -0.8, "pizza"), ("food", 0.0, "dinner"), ("food", 0.0, "Dinner"),
                ("service", 0.0, "waiter"), ("price", 0.4, "prices"), ("price", -0.2, "bill")]
    monkeypatch.setattr(reviews_service.repo, "review_insight", lambda s, rid: ("allergy", mentions))
    return ReviewService(_FakeDb())


def test_insight_averages_opinions_only(service) -> None:
    got = {a: (pol, terms) for a, pol, terms in service.insight(1).aspects}
    assert got["food"] == (pytest.approx(-0.8), ("pizza", "dinner"))  # not -0.8 / 3
    assert got["price"][0] == pytest.approx(0.1)


def test_insight_aspect_only_mentioned_is_zero(service) -> None:
    got = {a: pol for a, pol, _terms in service.insight(1).aspects}
    assert got["service"] == 0.0
    assert service.insight(1).flags == ("allergy",)
