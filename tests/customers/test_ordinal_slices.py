"""``to_ordinals`` turns values into days a slice at a time (so that no numpy
call over a million order times holds Python's lock long enough to stall the
window): the days must be those of the whole column at once."""
from __future__ import annotations

from datetime import date, datetime

import numpy as np
import pytest

from desktop.customers import visits
from desktop.customers.visits import to_ordinals

TEXT = ["2026-05-01 08:12:00", None, "2026-05-02", "", "2026-12-31 23:59:59.999", "2025-01-01T00:00:00"]
OBJECTS = [datetime(2026, 5, 1, 8, 12), None, date(2026, 5, 2), np.datetime64("2026-12-31T23:59"),
           datetime(2025, 1, 1)]


@pytest.mark.parametrize("values", [TEXT, OBJECTS, [None, None], [None] + TEXT], ids=["text", "objects",
                                                                                  "none", "none first"])
@pytest.mark.parametrize("slice_rows", [1, 2, 4])
def test_sliced_days_are_the_days_of_the_whole_column(monkeypatch, values, slice_rows):
    whole = to_ordinals(values)
    monkeypatch.setattr(visits, "ORDINAL_SLICE_ROWS", slice_rows)
    sliced = to_ordinals(values)
    assert sliced.dtype == np.int64 and sliced.tolist() == whole.tolist()


def test_days_are_ordinals_and_missing_is_minus_one(monkeypatch):
    monkeypatch.setattr(visits, "ORDINAL_SLICE_ROWS", 2)
    assert to_ordinals(TEXT).tolist() == [date(2026, 5, 1).toordinal(), -1, date(2026, 5, 2).toordinal(), -1,
                                          date(2026, 12, 31).toordinal(), date(2025, 1, 1).toordinal()]
    assert to_ordinals([]).tolist() == []


def test_the_slice_is_small_enough_to_keep_the_window_responsive():
    assert 1_000 <= visits.ORDINAL_SLICE_ROWS <= 100_000
