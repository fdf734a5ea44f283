"""Value parsers: dates, ratings, phones, ids, e-mails; property tests that
they fail only with ValueError."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.importers import values as V
from desktop.importers.dates import DateOrder, parse_datetime
from desktop.importers.reviews import split_translation


@pytest.mark.parametrize("raw,dayfirst,expected", [
    ("2025-08-02T16:50:44Z", None, datetime(2025, 8, 2, 16, 50, 44)),
    ("2025-08-02T16:50:44.123Z", None, datetime(2025, 8, 2, 16, 50, 44, 123000)),
    ("2025-08-02T16:50:44.123456789Z", None, datetime(2025, 8, 2, 16, 50, 44, 123456)),
    ("2026-09-30T14:05:42+0000", None, datetime(2026, 9, 30, 14, 5, 42)),
    ("2026-09-30T16:05:42+02:00", None, datetime(2026, 9, 30, 14, 5, 42)),
    ("7/28/26 1:33 PM", False, datetime(2026, 7, 28, 13, 33)),
    ("01/10/2026 23:50", True, datetime(2026, 10, 1, 23, 50)),
    ("01/10/2026 23:50", False, datetime(2026, 1, 10, 23, 50)),
    ("31/12/2025 14:05", None, datetime(2025, 12, 31, 14, 5)),
    ("2026-01-01 08:00:00", None, datetime(2026, 1, 1, 8)),
    ("03.02.2026, 09:15", True, datetime(2026, 2, 3, 9, 15)),
    ("\u200b03.02.2026, 09:15", True, datetime(2026, 2, 3, 9, 15)),
    ("12-04-2022 09:30", True, datetime(2022, 4, 12, 9, 30)),
    ("12:00 AM", None, None),
    (1754153444, None, datetime(2025, 8, 2, 16, 50, 44)),
    ("1754153444000", None, datetime(2025, 8, 2, 16, 50, 44)),
    ("Aug 2, 2025", None, datetime(2025, 8, 2)),
    ("45292", None, datetime(2024, 1, 1)), ("45292.5", None, datetime(2024, 1, 1, 12)),
    (date(2026, 1, 2), None, datetime(2026, 1, 2)),
    ("", None, None), (None, None, None),
])
def test_parse_datetime(raw: object, dayfirst: bool | None, expected: datetime | None) -> None:
    if raw == "12:00 AM":
        with pytest.raises(ValueError, match="is not a date"):
            parse_datetime(raw, dayfirst, "Date")
        return
    assert parse_datetime(raw, dayfirst) == expected


def test_date_order_evidence() -> None:
    order = DateOrder()
    for v in ["01/02/2026", "03/04/2026"]:
        order.observe(v)
    assert order.decide() is None and order.needs_choice and order.example == "01/02/2026"
    order.observe("13/04/2026")
    assert order.decide() is True
    us = DateOrder()
    us.observe("04/13/2026")
    assert us.decide() is False


@pytest.mark.parametrize("raw,expected", [
    ("FIVE", (5, 5.0, 5)), ("ONE", (1, 1.0, 5)), (4.0, (4, 4.0, 5)), ("4,5", (5, 4.5, 5)),
    ("4 of 5 bubbles", (4, 4.0, 5)), ("8/10", (4, 8.0, 10)), ("STAR_RATING_UNSPECIFIED", (None, None, 5)),
    ("", (None, None, 5)),
])
def test_star_rating(raw: object, expected: tuple) -> None:
    assert V.star_rating(raw) == expected


@pytest.mark.parametrize("raw", ["abc", "0", "-1", "11", "six"])
def test_star_rating_rejects(raw: str) -> None:
    with pytest.raises(ValueError, match="rating"):
        V.star_rating(raw)


@pytest.mark.parametrize("raw,region,expected", [
    ("'+15623972052", None, "+15623972052"), ("(310) 703-8944", "US", "+13107038944"),
    ("13108921848", "US", "+13108921848"), ("07700 900123", "GB", "+447700900123"),
    ("0044 7700 900123", None, "+447700900123"), ("06 12 34 56 78", "fr", "+33612345678"),
])
def test_phone(raw: str, region: str | None, expected: str) -> None:
    assert V.phone(raw, region) == expected


@pytest.mark.parametrize("raw", ["1.5625E+10", "abc", "12"])
def test_phone_rejects(raw: str) -> None:
    with pytest.raises(ValueError, match="phone|Excel"):
        V.phone(raw, "US")


def test_ids_and_emails() -> None:
    assert V.identifier("'9980311896380") == "9980311896380"
    assert V.identifier(7210448301122.0) == "7210448301122"
    with pytest.raises(ValueError, match="scientific notation"):
        V.identifier("9.98031E+12", "Customer ID")
    assert V.email(" Ana@Example.COM ") == "ana@example.com"
    assert V.email("Ana <Ana@Example.com>") == "ana@example.com"
    assert V.email("a@x.com;b@y.com") == "a@x.com"
    with pytest.raises(ValueError, match="not an e-mail"):
        V.email("ana at example")
    assert V.split_tags('"VIP","Blog"') == ("VIP", "Blog")


def test_translation_envelope() -> None:
    assert split_translation("(Translated by Google) Great\n\n(Original)\nGenial") == ("Genial", "Genial", "Great")
    assert split_translation("Genial\n\n(Translated by Google)\nGreat") == ("Genial", "Genial", "Great")
    assert split_translation("(Translated by Google) Great") == ("Great", None, "Great")
    assert split_translation("(Original)\nGenial\n\n(Translated by Google)\nGreat") == ("Genial", "Genial", "Great")
    assert split_translation("plain") == ("plain", None, None)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=30), st.integers(), st.floats(allow_nan=True), st.none()))
def test_parsers_fail_only_with_value_error(value: object) -> None:
    for fn in (V.number, V.boolean, V.star_rating, V.email, V.identifier, lambda v: V.phone(v, "GB"),
               lambda v: parse_datetime(v, None), lambda v: parse_datetime(v, True)):
        try:
            fn(value)
        except ValueError as exc:
            assert str(exc)
