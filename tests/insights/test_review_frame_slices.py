"""The report's review frame is built a slice of rows at a time (so that no
numpy or pandas call holds Python's lock long enough to stall the window):
it must be exactly the frame built from every row at once."""
from __future__ import annotations

from datetime import datetime

import pandas as pd
import pytest

from desktop.services import insights_frame
from desktop.services.insights_frame import review_frame

# (id, created_at, rating, source, location_id, language, author, author_reviews), in no order
TEXT_ROWS = [
    (5, "2026-03-02 10:00:00.000000", 4, "google", 1, "en", "Ana Lopes", 12),
    (2, "2026-03-01 09:30:00.000000", 2, "tripadvisor", None, "it", "Chiara", None),
    (9, "2026-03-01 09:30:00.000000", None, "google", 2, None, None, 1),
    (1, "2026-02-27 18:45:10.250000", 5, "google", 1, "pt", "ana lopes ", 3),
    (7, "2026-03-05 12:00:00.000000", 1, "yelp", 7, "en", "Ben Carter", 0),
    (3, "2026-03-04 08:00:00.000000", 3.5, "google", None, "sv", "Ben Carter", 40),
    (4, "2026-03-03 20:15:00.000000", 5, "tripadvisor", 2, "ru", "Олег", 2),
]
# a stray time that is not in the stored format: that slice falls back to ISO 8601 parsing
ODD_ROWS = TEXT_ROWS[:4] + [(8, "2026-03-06T07:00:00", 2, "google", 1, "en", "Dana", 5)] + TEXT_ROWS[4:]
# PostgreSQL hands back datetimes, not text
DATETIME_ROWS = [(r[0], datetime.fromisoformat(r[1]),) + r[2:] for r in TEXT_ROWS]
LOCATIONS = {1: "Centro", 2: "Porto"}


@pytest.mark.parametrize("rows", [TEXT_ROWS, ODD_ROWS, DATETIME_ROWS, TEXT_ROWS[:1]],
                         ids=["stored text", "one odd time", "datetimes", "one review"])
@pytest.mark.parametrize("slice_rows", [1, 2, 3])
def test_the_sliced_frame_is_the_frame_built_at_once(monkeypatch, rows, slice_rows):
    at_once = review_frame(list(rows), LOCATIONS)  # every row in one slice: the build as it was
    monkeypatch.setattr(insights_frame, "FRAME_SLICE_ROWS", slice_rows)
    sliced = review_frame(list(rows), LOCATIONS)
    pd.testing.assert_frame_equal(sliced, at_once, check_dtype=True, check_exact=True)
    assert sliced["id"].tolist() == sorted(sliced["id"].tolist(), key=lambda i: (
        sliced.set_index("id").loc[i, "created_at"], i))  # oldest first, then by id


def test_the_slice_is_small_enough_to_keep_the_window_responsive():
    # 50,000 reviews a call: a few milliseconds each, well under the window's 100 ms stall target
    assert 1_000 <= insights_frame.FRAME_SLICE_ROWS <= 100_000
