"""Building visits and people frames by hand for the pure customer tests."""
from __future__ import annotations

from datetime import date, timedelta

import numpy as np
import pandas as pd

from desktop.customers.visits import Visits, daily_visits

AS_OF = date(2026, 11, 15)
END = AS_OF.toordinal()


def visits_of(history: dict[int, list[int]], spend: float = 5.0) -> Visits:
    """``{customer id: [days before AS_OF, ...]}`` -> visits (each ``spend``)."""
    cids, days = [], []
    for cid, ago in history.items():
        for a in ago:
            cids.append(cid)
            days.append(END - a)
    n = len(days)
    return daily_visits(np.array(cids, np.int64), np.array(days, np.int64), np.full(n, spend),
                        np.zeros(n, bool))


def every(gap: int, count: int, last_ago: int = 0) -> list[int]:
    """``count`` visits ``gap`` days apart, the last ``last_ago`` days before AS_OF."""
    return [last_ago + gap * i for i in range(count)]


def people_of(ids, **columns) -> pd.DataFrame:
    n = len(ids)
    frame = pd.DataFrame({"customer_id": np.array(ids, np.int64),
                          "file_first": np.full(n, -1, np.int64), "file_last": np.full(n, -1, np.int64),
                          "file_visits": np.full(n, np.nan), "file_spend": np.full(n, np.nan),
                          "birthday_month": np.zeros(n, np.int64)})
    for key, values in columns.items():
        frame[key] = values
    return frame


def ago(days: int) -> int:
    return (AS_OF - timedelta(days=days)).toordinal()
