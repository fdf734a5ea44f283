"""The after-import refresh builds the order-lines frame in slices (so that no
pandas call holds Python's lock long enough to stall the window): the frame
must be exactly the one built from whole columns at once."""
from __future__ import annotations

import pandas as pd
import pytest

from desktop.customers.menu import item_key
from desktop.customers.visits import to_ordinals
from desktop.services import customer_refresh
from desktop.storage import repositories as repo


def _at_once(rows: list[tuple]) -> pd.DataFrame:
    """The frame as it was built before slicing: whole columns, pandas inferring each dtype."""
    cids, times, items, mods = zip(*rows)
    frame = pd.DataFrame({"customer_id": list(cids), "day": to_ordinals(list(times)), "item": list(items),
                          "modifiers": list(mods)})
    keys = {name: item_key(name) for name in frame["item"].unique()}
    frame["item_key"] = frame["item"].map(keys)
    return frame


LINES = [
    (1, "2026-03-01 08:10:00", "Flat White", None),
    (1, "2026-03-01 08:10:00", "Croissant", "warm"),
    (2, "2026-03-02 12:00:00", "flat  white ", "oat milk"),
    (3, None, "Cappuccino", None),
    (2, "2026-03-09 12:30:00", "Crème brûlée", None),
    (4, "2026-04-01 09:00:00", "Flat White", "oat milk"),
    (5, "2026-04-02 09:00:00", "Panino", None),
]


@pytest.mark.parametrize("lines", [LINES, [r[:3] + (None,) for r in LINES], LINES[:1]],
                         ids=["mixed modifiers", "no modifiers at all", "one line"])
@pytest.mark.parametrize("slice_rows", [1, 2, 3, 1_000])
def test_the_sliced_frame_is_the_frame_built_at_once(monkeypatch, lines, slice_rows):
    monkeypatch.setattr(customer_refresh, "LINES_SLICE_ROWS", slice_rows)
    given = list(lines)
    monkeypatch.setattr(repo, "customer_lines", lambda _session: given)
    frame = customer_refresh._lines_frame(None)
    pd.testing.assert_frame_equal(frame, _at_once(lines), check_dtype=True, check_exact=True)
    assert given == []  # the rows were let go of as the frame was built


def test_no_lines_give_the_empty_frame(monkeypatch):
    monkeypatch.setattr(repo, "customer_lines", lambda _session: [])
    frame = customer_refresh._lines_frame(None)
    assert frame.empty and list(frame.columns) == ["customer_id", "day", "item", "modifiers", "item_key"]


def test_release_in_slices_empties_the_list(monkeypatch):
    monkeypatch.setattr(customer_refresh, "LINES_SLICE_ROWS", 3)
    rows = list(range(10))
    customer_refresh.release_in_slices(rows)
    assert rows == []


def test_the_slice_is_small_enough_to_keep_the_window_responsive():
    # 50,000 lines a pandas call: a few milliseconds each on the 2-core machine, well under the 100 ms stall target
    assert 1_000 <= customer_refresh.LINES_SLICE_ROWS <= 100_000
