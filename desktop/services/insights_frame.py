"""The rating-drop report's review frame: the stored review rows as columns.

Built a slice of rows at a time (``FRAME_SLICE_ROWS``): the report computes on a
worker thread of the window's process, and one numpy or pandas call over 200,000
reviews held Python's global lock 35-60 ms on the 2-core machine (more under load)
while the window's GUI thread waited for that lock. The frame is the same as built
at once (tests/insights/test_review_frame_slices.py).

Pure (no I/O); safe from any thread.
"""
from __future__ import annotations

from typing import Any, Callable, Mapping, Sequence

import numpy as np
import pandas as pd

from desktop.storage import repositories as repo

STORED_TIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"
"""How SQLAlchemy stores a DateTime in SQLite (parsed a whole column at once)."""


FRAME_SLICE_ROWS = 50_000
"""Review rows turned into columns (and their times parsed) at a time in :func:`review_frame`: one
numpy or pandas call over 200,000 reviews held Python's global lock up to 100 ms and more
and stalled the window, whose GUI thread waits for that lock while a report computes."""


def _in_slices(build: Callable[[Any], np.ndarray], values: Sequence) -> np.ndarray:
    """``build`` over ``values`` ``FRAME_SLICE_ROWS`` at a time, joined (the same
    array as ``build(values)``: each call short enough not to stall the window)."""
    if len(values) <= FRAME_SLICE_ROWS:
        return build(values)
    return np.concatenate([build(values[i:i + FRAME_SLICE_ROWS]) for i in range(0, len(values), FRAME_SLICE_ROWS)])


def _times(values: np.ndarray) -> np.ndarray:
    """Stored times (text or datetimes) as datetime64 (the same values and unit
    as the whole column parsed at once)."""
    textual = bool(len(values)) and isinstance(values[0], str)
    return _in_slices(lambda part: _times_at_once(part, textual), values)


def _times_at_once(values: np.ndarray, textual: bool) -> np.ndarray:
    column = pd.Series(values, dtype=object)
    if textual:
        try:
            return pd.to_datetime(column, format=STORED_TIME_FORMAT).to_numpy()
        except (ValueError, TypeError):
            return pd.to_datetime(column, format="ISO8601", errors="coerce").to_numpy()
    return pd.to_datetime(column, errors="coerce").to_numpy()


def _table(rows: list[tuple]) -> np.ndarray:
    """The rows as a 2-D object array."""
    return _in_slices(lambda part: np.array(part, dtype=object), rows)


def _numbers(values: np.ndarray) -> np.ndarray:
    """A column of numbers or None as floats (None is NaN), vectorised; any
    other stray value (text in a number column) through pandas' coercion."""
    try:
        return values.astype(float)
    except (TypeError, ValueError):
        return pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").to_numpy(float)


def _categorical(values: np.ndarray) -> tuple[pd.Categorical, np.ndarray]:
    """A text column as a categorical (categories in order of appearance, no
    sort: a filter compares with ``==``) and its codes (-1 for None)."""
    codes, names = pd.factorize(values, use_na_sentinel=True)
    return pd.Categorical.from_codes(codes, pd.Index(names, dtype=object)), codes


def _locations(ids: np.ndarray, names: Mapping[int, str]) -> pd.Categorical:
    """Location ids (None for none) as a categorical of their names."""
    known = sorted(names)
    lookup = np.full(max(known, default=0) + 2, -1, dtype=np.int64)
    lookup[known] = np.arange(len(known))
    raw = _numbers(ids)
    safe = np.where(np.isnan(raw) | (raw < 0) | (raw > lookup.size - 2), lookup.size - 1, raw).astype(np.int64)
    return pd.Categorical.from_codes(lookup[safe], pd.Index([names[k] for k in known], dtype=object))


def review_frame(rows: list[tuple], locations: Mapping[int, str] | None = None) -> pd.DataFrame:
    """The review rows (:data:`repo.INSIGHT_REVIEW_COLUMNS`) as a frame, oldest
    first (then by id), with ``location`` the location's name and
    ``author_key`` a code per author as stored (-1 for none), for
    :meth:`InsightsService._prepare`. Built ``FRAME_SLICE_ROWS`` rows at a time where a
    single call over every review would hold Python's global lock long (see below)."""
    names = ["id", "created_at", "rating", "source", "location", "language", "author", "author_reviews"]
    if not rows:
        empty = pd.DataFrame({c: pd.Series(dtype="datetime64[ns]" if c == "created_at" else float if c in
                                           ("rating", "author_reviews") else "int64" if c == "id" else object)
                              for c in names})
        return empty.assign(author_key=pd.Series(dtype="int64"))
    table = _table(rows)
    col = {c: table[:, k] for k, c in enumerate(repo.INSIGHT_REVIEW_COLUMNS)}
    ids, times = col["id"].astype(np.int64), _times(col["created_at"])
    order = np.lexsort((ids, times))
    author_key, _ = pd.factorize(col["author"][order], use_na_sentinel=True)
    return pd.DataFrame({"id": ids[order], "created_at": times[order],
                         "rating": _numbers(col["rating"])[order],
                         "source": _categorical(col["source"][order])[0],
                         "location": _locations(col["location_id"][order], locations or {}),
                         "language": _categorical(col["language"][order])[0],
                         "author": col["author"][order],
                         "author_reviews": _numbers(col["author_reviews"])[order],
                         "author_key": author_key})


__all__ = ["FRAME_SLICE_ROWS", "STORED_TIME_FORMAT", "review_frame"]
