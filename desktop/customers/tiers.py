"""Loyalty tiers: owner-editable rules over a rolling window of visits or spend.

A customer is in the highest tier whose rule they meet; a rule is met by
visits *or* by spend in its window, so a daily coffee buyer (many small
visits) and a weekly bean buyer (few large ones) both count. Every tier is
explained in one line: "12 visits in the last 60 days".

Pure; safe from any thread.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from typing import Sequence

import numpy as np

DEFAULT_TIER_WINDOW_DAYS = 60
"""The café default window: two months, long enough for a weekly habit to show."""
MAX_TIER_WINDOW_DAYS = 730
MAX_TIERS = 6


@dataclass(frozen=True)
class TierRule:
    """``name`` is given to customers with at least ``min_visits`` visits or at
    least ``min_spend`` spent (in the business's currency) in the last
    ``window_days`` days; a threshold left at None does not count."""

    name: str
    window_days: int = DEFAULT_TIER_WINDOW_DAYS
    min_visits: int | None = None
    min_spend: float | None = None

    def describe(self, currency: str = "") -> str:
        """"3 visits or 30 spent in the last 60 days" (English; the window translates its own)."""
        parts = []
        if self.min_visits is not None:
            parts.append(f"{self.min_visits} visit{'s' if self.min_visits != 1 else ''}")
        if self.min_spend is not None:
            parts.append(f"{money(self.min_spend, currency)} spent")
        return f"{' or '.join(parts)} in the last {self.window_days} days"


DEFAULT_TIERS: tuple[TierRule, ...] = (
    TierRule("Regular", DEFAULT_TIER_WINDOW_DAYS, min_visits=3, min_spend=30.0),
    TierRule("Gold", DEFAULT_TIER_WINDOW_DAYS, min_visits=10, min_spend=90.0),
    TierRule("VIP", DEFAULT_TIER_WINDOW_DAYS, min_visits=20, min_spend=180.0),
)
"""Café defaults, lowest first: a weekly coffee-and-cake habit (or a monthly
bag of beans) is Regular, two or three times a week (or a weekly bag of
beans) is Gold, nearly every working day is VIP."""


def money(amount: float, currency: str = "") -> str:
    text = f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,.2f}"
    return f"{currency}{text}" if currency and len(currency) == 1 else (
        f"{text} {currency}" if currency else text)


def validate_tiers(rules: Sequence[TierRule]) -> tuple[TierRule, ...]:
    """The rules as a tuple, or ValueError naming what is wrong (an empty or
    repeated name, no threshold, a window outside 1..730 days, a negative threshold)."""
    if len(rules) > MAX_TIERS:
        raise ValueError(f"at most {MAX_TIERS} tiers")
    seen: set[str] = set()
    for rule in rules:
        name = rule.name.strip()
        if not name:
            raise ValueError("every tier needs a name")
        if name.casefold() in seen:
            raise ValueError(f"the tier name '{name}' is used twice")
        seen.add(name.casefold())
        if rule.min_visits is None and rule.min_spend is None:
            raise ValueError(f"tier '{name}' needs a number of visits or an amount spent")
        if not 1 <= rule.window_days <= MAX_TIER_WINDOW_DAYS:
            raise ValueError(f"tier '{name}': the window must be 1 to {MAX_TIER_WINDOW_DAYS} days")
        if (rule.min_visits is not None and rule.min_visits < 1) or (
                rule.min_spend is not None and rule.min_spend <= 0):
            raise ValueError(f"tier '{name}': thresholds must be above zero")
    return tuple(TierRule(r.name.strip(), int(r.window_days), r.min_visits, r.min_spend) for r in rules)


def tiers_to_json(rules: Sequence[TierRule]) -> str:
    return json.dumps([asdict(r) for r in rules], ensure_ascii=False)


def tiers_from_json(text: str | None) -> tuple[TierRule, ...]:
    """Stored rules, or the defaults when there are none or they cannot be read."""
    if not text:
        return DEFAULT_TIERS
    try:
        data = json.loads(text)
        return validate_tiers([TierRule(str(d["name"]), int(d.get("window_days", DEFAULT_TIER_WINDOW_DAYS)),
                                        None if d.get("min_visits") is None else int(d["min_visits"]),
                                        None if d.get("min_spend") is None else float(d["min_spend"]))
                               for d in data])
    except (ValueError, TypeError, KeyError):
        return DEFAULT_TIERS


@dataclass(frozen=True)
class TierAssignment:
    """Per customer (arrays aligned with the input): the tier's index in the
    rules (-1: none), which criterion earned it ("visits" or "spend"), the
    customer's value for it and the rule's threshold."""

    rank: np.ndarray
    basis: np.ndarray
    value: np.ndarray
    threshold: np.ndarray


def assign_tiers(rules: Sequence[TierRule], window_visits: dict[int, np.ndarray],
                 window_spend: dict[int, np.ndarray], size: int) -> TierAssignment:
    """The highest tier each customer meets. ``window_visits[w]`` and
    ``window_spend[w]`` hold every customer's visits and spend in the last
    ``w`` days, for each rule's window. Visits win over spend when both are met
    (a visit count is the plainer explanation)."""
    rank = np.full(size, -1, dtype=np.int64)
    basis = np.full(size, "", dtype=object)
    value = np.full(size, np.nan)
    threshold = np.full(size, np.nan)
    for i, rule in enumerate(rules):
        visits = window_visits[rule.window_days]
        spend = window_spend[rule.window_days]
        by_visits = visits >= rule.min_visits if rule.min_visits is not None else np.zeros(size, bool)
        by_spend = (spend >= rule.min_spend - 1e-9) if rule.min_spend is not None else np.zeros(size, bool)
        met = by_visits | by_spend
        rank[met] = i
        basis[met] = np.where(by_visits[met], "visits", "spend")
        value[met] = np.where(by_visits[met], visits[met], spend[met])
        threshold[met] = np.where(by_visits[met], rule.min_visits or 0, rule.min_spend or 0)
    return TierAssignment(rank, basis, value, threshold)


def explain_tier(rule: TierRule, basis: str, value: float, currency: str = "") -> str:
    """"12 visits in the last 60 days" or "140 spent in the last 60 days"."""
    if basis == "visits":
        n = int(value)
        return f"{n} visit{'s' if n != 1 else ''} in the last {rule.window_days} days"
    return f"{money(round(value, 2), currency)} spent in the last {rule.window_days} days"
