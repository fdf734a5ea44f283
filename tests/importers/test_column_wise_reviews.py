"""The column-wise review path (``ReviewBuilder.add_batch``) gives exactly
what the row-by-row path gives: the same records in the same order, and the
same rows rejected with the same messages, whatever mix of good and bad
cells a batch holds."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from desktop.importers import api, read_file
from desktop.importers.reviews import ReviewBuilder
from desktop.importers.tabular import BATCH_ROWS


class RowByRow(ReviewBuilder):
    """The builder as it was: no ``add_batch``, so the driver calls ``add`` per row."""

    add_batch = None  # type: ignore[assignment]


BAD = [  # rating, date, id, text, count: one problem each, or none
    ("7", "2025-06-19 22:30", "r-{i}", "too many stars", "3"),
    ("4", "19/40/2025", "r-{i}", "a date that is not one", "3"),
    ("4", "2025-06-19 22:30", "9.98031E+12", "an id Excel shortened", "3"),
    ("", "2025-06-19 22:30", "r-{i}", "", ""),                       # empty review
    ("4", "2025-13-01 10:00", "r-{i}", "month 13 in ISO form", ""),  # fromisoformat fails, general path decides
    ("FIVE", "2025-06-19T22:30:05.5Z", "r-{i}", "(Translated by Google) Great\n\n(Original)\nGenial", "1,204"),
    ("4 of 5", " 2025-06-19 22:30 ", "r-{i}", "spaces around the date", "²"),
    ("3", "1750370400", "r-{i}", "unix seconds", "12"),
]


def _write(path: Path, rows: int) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["review id", "date", "rating", "author", "text", "source", "location", "author reviews"])
        for i in range(rows):
            if i % 97 in range(len(BAD)):
                rating, when, rid, text, count = BAD[i % 97]
            else:
                rating, when, rid, text, count = str(1 + i % 5), f"2025-06-{1 + i % 28:02d} 10:{i % 60:02d}", \
                    "r-{i}", f"review {i}", str(i % 40)
            w.writerow([rid.format(i=i), when, rating, f"Author {i % 50}", text,
                        ["google", "Google Maps", "TripAdvisor", ""][i % 4], ["Centro", "", "Porto"][i % 3], count])
    return path


@pytest.mark.parametrize("chunk_rows", [BATCH_ROWS, 333])
def test_column_wise_equals_row_by_row(tmp_path, monkeypatch, chunk_rows):
    path = _write(tmp_path / "reviews.csv", 3 * BATCH_ROWS + 17)
    (fast,) = read_file(path)
    monkeypatch.setattr(api, "ReviewBuilder", RowByRow)
    (slow,) = read_file(path)
    assert len(fast.records) > 2_800 and len(fast.rejected) > 100  # both kinds are exercised
    assert fast.records == slow.records
    assert [(r.row, str(r.reason)) for r in fast.rejected] == [(r.row, str(r.reason)) for r in slow.rejected]
    assert fast.warnings == slow.warnings and fast.rows_read == slow.rows_read
    chunks = list(api.iter_file(path, chunk_rows=chunk_rows))
    assert tuple(r for c in chunks for r in c.records) == slow.records
