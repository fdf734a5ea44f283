"""The customer overview: every customer with their tier, segment, visits,
spend, tags, diets and allergies, computed from the stored orders by
``desktop.customers`` and cached until the data or the rules change.

Threading: ``overview`` may run on any worker thread (each call opens its
own session; the cache is guarded by a lock). It returns a new DataFrame the
caller may keep.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, datetime

import numpy as np
import pandas as pd

from desktop.customers.segments import SegmentRules, customer_metrics
from desktop.customers.tiers import DEFAULT_TIERS, TierRule, tiers_from_json, tiers_to_json
from desktop.customers.visits import EPOCH_ORDINAL, Visits, daily_visits, to_ordinals
from desktop.storage import repositories as repo
from desktop.storage.database import Database

TIERS_KEY = "customers.tiers"
SEGMENT_RULES_KEY = "customers.segment_rules"
BIG_SPENDER_TAG = "big-spender"
BIRTHDAY_TAG = "birthday-this-month"
OVERVIEW_COLUMNS = ("id", "name", "email", "phone", "source", "tier", "tier_rank", "tier_basis", "tier_value",
                    "tier_window", "segment", "reason", "reason_a", "reason_b", "reason_window", "visits", "spend",
                    "first_visit", "last_visit", "recency", "usual_gap", "totals_from", "r", "f", "m", "big_spender",
                    "birthday_this_month", "diets", "allergies", "tags", "search")


@dataclass(frozen=True)
class Overview:
    """The overview frame (``OVERVIEW_COLUMNS``, one row per customer, indexed
    by id), the day it is computed as of, the rules used and the currency."""

    frame: pd.DataFrame
    as_of: date
    tiers: tuple[TierRule, ...]
    rules: SegmentRules
    currency: str | None


def default_as_of(session, today: date | None = None) -> date:
    """The latest order's day (never after today); without orders the latest
    last visit a customer file gives; else today."""
    today = today or date.today()
    latest = repo.latest_order_time(session) or repo.latest_visit_in_files(session)
    if latest is None:
        return today
    day = latest.date() if isinstance(latest, datetime) else latest
    return min(day, today)


def load_tiers(session) -> tuple[TierRule, ...]:
    return tiers_from_json(repo.get_setting(session, TIERS_KEY))


def load_segment_rules(session) -> SegmentRules:
    import json

    text = repo.get_setting(session, SEGMENT_RULES_KEY)
    try:
        return SegmentRules.from_dict(json.loads(text)) if text else SegmentRules()
    except (ValueError, TypeError):
        return SegmentRules()


def visits_from_orders(session) -> Visits:
    """Every known customer's visits, read from the orders (the slow path)."""
    cids, times, totals, refunds = repo.order_columns(session)
    if not cids:
        return Visits.empty()
    return daily_visits(np.array(cids, np.int64), to_ordinals(times),
                        np.array([t if t is not None else 0.0 for t in totals], np.float64),
                        np.array(refunds, bool))


def cache_visits(session) -> Visits:
    """Rebuild the stored visit cache from the orders (after an import; write
    thread) and return the visits."""
    fp = repo.orders_fingerprint(session)
    visits = visits_from_orders(session)
    repo.store_visit_cache(session, fp, visits.customer_id.astype("<i8").tobytes(),
                           visits.day.astype("<i4").tobytes(), visits.spend.astype("<f8").tobytes())
    return visits


def load_visits(session, as_of: int | None = None) -> Visits:
    """Every known customer's visits up to ``as_of`` (an ordinal): from the
    stored cache when it was built from the orders as they are now, else from
    the orders themselves (never a stale answer)."""
    packed = repo.visit_cache(session, repo.orders_fingerprint(session))
    if packed is not None and as_of is not None and len(packed[1]) and \
            int(np.frombuffer(packed[1], "<i4").max()) > as_of:
        packed = None  # a day in the past: refunds after it must not count, so from the orders exactly
    if packed is None:
        cids, times, totals, refunds = repo.order_columns(session)
        if not cids:
            return Visits.empty()
        return daily_visits(np.array(cids, np.int64), to_ordinals(times),
                            np.array([t if t is not None else 0.0 for t in totals], np.float64),
                            np.array(refunds, bool), as_of)
    else:
        visits = Visits(np.frombuffer(packed[0], "<i8").astype(np.int64),
                        np.frombuffer(packed[1], "<i4").astype(np.int64),
                        np.frombuffer(packed[2], "<f8").astype(np.float64))
    return visits


def people_frame(rows: list[tuple]) -> pd.DataFrame:
    """Customers (``repo.PEOPLE_FIELDS`` tuples) as the frame ``customer_metrics`` wants, plus identity."""
    cols = list(zip(*rows)) if rows else [[] for _ in repo.PEOPLE_FIELDS]
    data = dict(zip(repo.PEOPLE_FIELDS, cols))
    birthdays = to_ordinals(list(data["birthday"]))
    known = birthdays > 0
    months = np.zeros(len(birthdays), np.int64)
    if known.any():  # calendar months of the ordinals, vectorised (numpy months count from 1970-01)
        as_months = (birthdays[known] - EPOCH_ORDINAL).astype("datetime64[D]").astype("datetime64[M]")
        months[known] = as_months.astype(np.int64) % 12 + 1
    return pd.DataFrame({
        "customer_id": np.array(data["id"], np.int64),
        "file_first": to_ordinals(list(data["first_visit"])), "file_last": to_ordinals(list(data["last_visit"])),
        "file_visits": pd.to_numeric(pd.Series(list(data["visits"]), dtype=object), errors="coerce").to_numpy(float),
        "file_spend": pd.to_numeric(pd.Series(list(data["total_spent"]), dtype=object), errors="coerce").to_numpy(float),
        "birthday_month": months,
        "name": pd.Series(list(data["name"]), dtype=object), "email": pd.Series(list(data["email"]), dtype=object),
        "phone": pd.Series(list(data["phone"]), dtype=object), "source": pd.Series(list(data["source"]), dtype=object),
        "file_tags": pd.Series(list(data["tags"]), dtype=object),
    })


def _dates(ordinals: np.ndarray) -> pd.Series:
    values = pd.to_datetime(np.where(ordinals > 0, ordinals - EPOCH_ORDINAL, 0).astype("datetime64[D]"))
    return pd.Series(values).where(ordinals > 0)


def build_overview(session, as_of: date | None = None, tiers: tuple[TierRule, ...] | None = None,
                   rules: SegmentRules | None = None) -> Overview:
    """Compute the overview from the database (see the module docstring)."""
    as_of = as_of or default_as_of(session)
    tiers = tiers or load_tiers(session)
    rules = rules or load_segment_rules(session)
    visits = load_visits(session, as_of.toordinal())
    people = people_frame(repo.people_rows(session))
    metrics = customer_metrics(visits, people[["customer_id", "file_first", "file_last", "file_visits",
                                               "file_spend", "birthday_month"]], as_of.toordinal(), rules, tiers)
    health = repo.health(session)
    frame = metrics.reset_index().rename(columns={"customer_id": "id"})
    for col in ("name", "email", "phone", "source"):
        frame[col] = people[col].to_numpy()
    frame["first_visit"] = _dates(metrics["first_visit"].to_numpy())
    frame["last_visit"] = _dates(metrics["last_visit"].to_numpy())
    ids = frame["id"].tolist()
    none: tuple[str, ...] = ()
    diets = [none] * len(ids)
    allergies = [none] * len(ids)
    file_tags = people["file_tags"].tolist()
    big = frame["big_spender"].to_numpy()
    bday = frame["birthday_this_month"].to_numpy()
    row_of = {cid: k for k, cid in enumerate(ids)}
    special = {row_of[c] for c in health if c in row_of}  # only the few with a diet, a tag or a mark
    special.update(np.flatnonzero(big | bday).tolist())
    special.update(k for k, t in enumerate(file_tags) if t)
    tags = [none] * len(ids)
    for k in special:
        h = health.get(ids[k], {})
        diets[k] = tuple(sorted(h.get("diet", ())))
        allergies[k] = tuple(sorted(h.get("allergy", ())))
        t = list(diets[k])
        if big[k]:
            t.append(BIG_SPENDER_TAG)
        if bday[k]:
            t.append(BIRTHDAY_TAG)
        for extra in (file_tags[k] or "").split(","):
            extra = extra.strip().lower()
            if extra and extra not in t:
                t.append(extra)
        tags[k] = tuple(t)
    frame["diets"] = pd.Series(diets, dtype=object)
    frame["allergies"] = pd.Series(allergies, dtype=object)
    frame["tags"] = pd.Series(tags, dtype=object)
    frame["search"] = (frame["name"].fillna("") + " " + frame["email"].fillna("") + " "
                       + frame["phone"].fillna("")).str.casefold()
    frame = frame[list(OVERVIEW_COLUMNS)].set_index("id", drop=False)
    frame.index.name = None
    return Overview(frame, as_of, tuple(tiers), rules, repo.currency(session))


class OverviewCache:
    """The last overview per (as of, rules), kept while the database's
    fingerprint is unchanged. Thread-safe."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._lock = threading.Lock()
        self._key: tuple | None = None
        self._value: Overview | None = None

    def get(self, as_of: date | None = None, tiers: tuple[TierRule, ...] | None = None,
            rules: SegmentRules | None = None) -> Overview:
        with self._db.session() as s:
            fp = repo.fingerprint(s)
            key = (fp, as_of, tiers_to_json(tiers) if tiers else None, rules)
            with self._lock:
                if self._key == key and self._value is not None:
                    return self._value
            value = build_overview(s, as_of, tiers, rules)
        with self._lock:
            self._key, self._value = key, value
        return value

    def clear(self) -> None:
        with self._lock:
            self._key = self._value = None


__all__ = ["Overview", "OverviewCache", "build_overview", "default_as_of", "load_tiers", "load_segment_rules",
           "load_visits", "cache_visits", "visits_from_orders", "TIERS_KEY", "SEGMENT_RULES_KEY", "DEFAULT_TIERS", "BIG_SPENDER_TAG", "BIRTHDAY_TAG"]
