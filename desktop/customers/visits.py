"""From orders to visits: one visit per customer per calendar day.

Days are proleptic ordinals (``date.toordinal()``) everywhere in this package,
so arithmetic on them is plain integer arithmetic. Pure numpy/pandas; no I/O;
safe from any thread.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import numpy as np
import pandas as pd

EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
"""``datetime64[D]`` counts days from 1970-01-01; add this to get an ordinal."""


@dataclass(frozen=True)
class Visits:
    """Visits sorted by customer then day: ``customer_id[i]`` came on ``day[i]``
    (an ordinal) and spent ``spend[i]`` that day (refunds subtract). A day
    with only refunds is no visit and is left out of ``day``, but its amount
    still counts in the spend of the customer's other visits (see
    :func:`daily_visits`)."""

    customer_id: np.ndarray  # int64, sorted
    day: np.ndarray          # int64 ordinals, sorted within each customer
    spend: np.ndarray        # float64

    def __len__(self) -> int:
        return len(self.day)

    @staticmethod
    def empty() -> Visits:
        return Visits(np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float64))


ORDINAL_SLICE_ROWS = 50_000
"""Values turned into days at a time by :func:`to_ordinals`: one numpy or pandas call over a
million order times held Python's global lock for 100 ms and more, and the window's GUI
thread waits for that lock while the after-import refresh runs on a worker."""


def to_ordinals(values: object) -> np.ndarray:
    """Ordinal days of datetimes given as ISO text ("2026-05-01 08:12:00..."),
    ``datetime``/``date`` objects or numpy datetimes; -1 where missing.
    Element by element, ``ORDINAL_SLICE_ROWS`` values per numpy call."""
    arr = np.asarray(values, dtype=object)
    if arr.size == 0:
        return np.zeros(0, np.int64)
    first = next((v for v in arr if v is not None), None)
    parts = [_days(arr[i:i + ORDINAL_SLICE_ROWS], isinstance(first, str))
             for i in range(0, arr.size, ORDINAL_SLICE_ROWS)]
    days = parts[0] if len(parts) == 1 else np.concatenate(parts)
    out = days.astype(np.int64) + EPOCH_ORDINAL
    out[np.isnat(days)] = -1
    return out


def _days(arr: np.ndarray, textual: bool) -> np.ndarray:
    if textual:  # SQLite hands back text: the date is its first 10 characters
        return np.array([v[:10] if v else "NaT" for v in arr], dtype="datetime64[D]")
    return pd.to_datetime(pd.Series(arr), errors="coerce").to_numpy().astype("datetime64[D]")


def to_ordinal(value: date | datetime | None) -> int | None:
    if value is None:
        return None
    return value.toordinal() if isinstance(value, date) else None


def daily_visits(customer_id: np.ndarray, day: np.ndarray, total: np.ndarray,
                 refund: np.ndarray, as_of: int | None = None) -> Visits:
    """Orders -> visits: orders of one customer on one day are one visit; a
    refund is not a visit but its (negative) amount lowers what they spent;
    orders after ``as_of`` (an ordinal) or without a date are left out."""
    customer_id = np.asarray(customer_id, dtype=np.int64)
    day = np.asarray(day, dtype=np.int64)
    total = np.nan_to_num(np.asarray(total, dtype=np.float64))
    refund = np.asarray(refund, dtype=bool)
    keep = day >= 0
    if as_of is not None:
        keep &= day <= as_of
    customer_id, day, total, refund = customer_id[keep], day[keep], total[keep], refund[keep]
    if not len(day):
        return Visits.empty()
    order = np.lexsort((day, customer_id))
    customer_id, day, total, refund = customer_id[order], day[order], total[order], refund[order]
    new_group = np.ones(len(day), dtype=bool)
    new_group[1:] = (customer_id[1:] != customer_id[:-1]) | (day[1:] != day[:-1])
    starts = np.flatnonzero(new_group)
    spend = np.add.reduceat(total, starts)
    is_visit = np.logical_or.reduceat(~refund, starts)
    cid, d = customer_id[starts], day[starts]
    # a refund-only day is no visit: its amount joins the customer's previous visit (or next)
    if not is_visit.all():
        spend = _move_refund_days(cid, spend, is_visit)
    return Visits(cid[is_visit], d[is_visit], spend[is_visit])


def _move_refund_days(cid: np.ndarray, spend: np.ndarray, is_visit: np.ndarray) -> np.ndarray:
    spend = spend.copy()
    for i in np.flatnonzero(~is_visit):
        j = i - 1
        while j >= 0 and cid[j] == cid[i] and not is_visit[j]:
            j -= 1
        if j < 0 or cid[j] != cid[i]:
            j = i + 1
            while j < len(cid) and cid[j] == cid[i] and not is_visit[j]:
                j += 1
            if j >= len(cid) or cid[j] != cid[i]:
                continue  # only refunds: no visit to carry them
        spend[j] += spend[i]
    return spend
