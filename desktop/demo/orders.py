"""Demo orders: known customers' visits plus walk-ins, with realistic baskets,
hours, weekdays and staff on shift."""
from __future__ import annotations

import math
import random
from datetime import date, datetime, timedelta
from itertools import accumulate

from desktop.core.records import OrderLineRecord, OrderRecord
from desktop.demo.catalog import (CURRENCY, FLOOR_STAFF, MENU, MENU_BY_NAME, MODIFIER_PRICES,
                                  SLOW_WEEKEND_STAFF, SOURCE, MenuItem)
from desktop.demo.people import Profile
from desktop.demo.timeline import Timeline

TARGET_ORDERS = 25_000
WALK_IN_FLOOR = 0.2   # at least this share of each day's orders are anonymous walk-ins
DOW_FACTOR = (0.85, 0.9, 0.95, 1.0, 1.1, 1.6, 1.45)

_DRINKS = [m for m in MENU if m.category in ("coffee", "tea")]
_DRINK_W = [{"Espresso": 9, "Cappuccino": 9, "Flat white": 8, "Galão": 7, "Oat latte": 6,
             "Latte": 5, "Americano": 5, "Cortado": 4, "Double espresso": 3}.get(m.name, 2)
            for m in _DRINKS]
_DRINK_CUM = list(accumulate(_DRINK_W))
_COLD = [m for m in MENU if m.category == "drinks"]
_BY_CAT = {c: [m for m in MENU if m.category == c] for c in ("bakery", "breakfast", "lunch", "dessert")}
_POPULAR = {"Pastel de nata": 6, "Cornetto": 5, "Avocado toast": 6, "Shakshuka": 4,
            "Cacio e pepe": 6, "Veggie bowl": 4, "Tiramisù": 5, "Croissant": 4, "Bifana": 3}


def _season(d: date, tl: Timeline) -> float:
    summer = 1.0 + 0.15 * math.exp(-((d.timetuple().tm_yday - 205) / 45) ** 2)
    growth = 1.0 + 0.12 * (d - tl.start).days / max(1, (tl.end - tl.start).days)
    dip = 0.85 if (d.month == 12 and d.day >= 24) or (d.month == 1 and d.day <= 2) else 1.0
    return summer * growth * dip


KITCHEN_DISH_WEIGHT = 0.4  # word gets round: fewer cacio e pepe orders while the kitchen struggles
KITCHEN_DISHES = ("Cacio e pepe", "Shakshuka")


_PICK_CACHE: dict[tuple, tuple[list[MenuItem], list[float]]] = {}


def _pick(rng: random.Random, items: list[MenuItem], allow=None, kitchen: bool = False) -> MenuItem | None:
    """A weighted choice among ``items`` the customer may eat. The filtered
    list and cumulative weights are cached per (menu part, diet, kitchen), which is
    all that decides them, so the cache is safe across calls and seeds."""
    owner = getattr(allow, "__self__", None)  # the Profile whose diet filters the menu
    diet = (owner.vegetarian, owner.allergy) if owner is not None else None
    key = (id(items), diet, kitchen)
    hit = _PICK_CACHE.get(key)
    if hit is None:
        ok = [m for m in items if allow is None or allow(m)]
        cum, total = [], 0.0
        for m in ok:
            total += _POPULAR.get(m.name, 2) * (KITCHEN_DISH_WEIGHT if kitchen and m.name in KITCHEN_DISHES else 1)
            cum.append(total)
        hit = _PICK_CACHE[key] = (ok, cum)
    ok, cum = hit
    if not ok:
        return None
    return rng.choices(ok, cum_weights=cum)[0]


_LINE_CACHE: dict[tuple[str, int, str | None], OrderLineRecord] = {}


def _line(item: MenuItem, qty: int = 1, modifiers: str | None = None) -> OrderLineRecord:
    """One order line; identical lines share one frozen instance."""
    key = (item.name, qty, modifiers)
    hit = _LINE_CACHE.get(key)
    if hit is None:
        hit = _LINE_CACHE[key] = _make_line(item, qty, modifiers)
    return hit


def _make_line(item: MenuItem, qty: int, modifiers: str | None) -> OrderLineRecord:
    extra = sum(MODIFIER_PRICES.get(m.strip(), 0.0) for m in (modifiers or "").split(",") if m.strip())
    unit = round(item.price + extra, 2)
    return OrderLineRecord(item=item.name, quantity=float(qty), unit_price=unit,
                           total=round(unit * qty, 2), category=item.category, modifiers=modifiers)


def _basket(rng: random.Random, hour: float, weekend: bool, p: Profile | None,
            kitchen: bool = False) -> list[OrderLineRecord]:
    allow = p.allows if p else None
    people = 1
    if p is None:
        people = rng.choices((1, 2, 3, 4), weights=(50, 32, 10, 8) if weekend else (65, 27, 6, 2))[0]
    elif rng.random() < 0.2:
        people = 2
    lines: dict[tuple[str, str | None], int] = {}

    def add(item: MenuItem | None, mods: str | None = None) -> None:
        if item is not None:
            lines[(item.name, mods)] = lines.get((item.name, mods), 0) + 1

    for person in range(people):
        own = p is not None and person == 0
        if own and rng.random() < 0.85:
            mods = p.coffee[1] if p.coffee else None
            drink = MENU_BY_NAME[p.drink]
            if p.allergy == "lactose" and drink.milk_drink and not (mods and "milk" in mods):
                mods = "oat milk" if not mods else f"oat milk, {mods}"
            add(drink, mods)
        else:
            drink = rng.choices(_DRINKS, cum_weights=_DRINK_CUM)[0]
            mods = None
            if drink.milk_drink and (rng.random() < 0.15 or (p and p.allergy == "lactose")):
                mods = "oat milk"
            elif rng.random() < 0.05:
                mods = rng.choice(("extra shot", "decaf", "extra hot"))
            if hour >= 12 and hour < 15 and rng.random() < 0.3:
                add(_pick(rng, _COLD, allow))
            else:
                add(drink, mods)
        if own and rng.random() < 0.55:
            fav = MENU_BY_NAME[rng.choice(p.favourites)]
            add(fav)
            continue
        if hour < 11.5:
            r = rng.random()
            if r < 0.45:
                add(_pick(rng, _BY_CAT["bakery"], allow))
            elif r < 0.75 or weekend:
                add(_pick(rng, _BY_CAT["breakfast"], allow, kitchen))
        elif hour < 15:
            if rng.random() < 0.75:
                add(_pick(rng, _BY_CAT["lunch"], allow, kitchen))
            if rng.random() < 0.2:
                add(_pick(rng, _BY_CAT["dessert"], allow))
        else:
            r = rng.random()
            if r < 0.35:
                add(_pick(rng, _BY_CAT["dessert"], allow))
            elif r < 0.6:
                add(_pick(rng, _BY_CAT["bakery"], allow))
    return [_line(MENU_BY_NAME[name], qty, mods) for (name, mods), qty in lines.items()]


def _walk_in_time(rng: random.Random, d: date) -> datetime:
    weekend = d.weekday() >= 5
    r = rng.random()
    if weekend:
        h = rng.gauss(11.3, 1.3) if r < 0.75 else rng.uniform(14.0, 18.3)
        h = min(max(h, 8.5), 18.4)
    else:
        if r < 0.42:
            h = rng.gauss(8.7, 0.75)
        elif r < 0.77:
            h = rng.gauss(13.1, 0.6)
        else:
            h = rng.uniform(14.2, 18.8)
        h = min(max(h, 7.5), 18.9)
    return datetime(d.year, d.month, d.day) + timedelta(minutes=int(h * 60), seconds=rng.randrange(60))


def _crew(rng: random.Random, d: date, loc: str, tl: Timeline) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(morning crew, afternoon crew) for one day at one location."""
    staff = FLOOR_STAFF[loc]
    if d.weekday() >= 5 and SLOW_WEEKEND_STAFF in staff:
        if tl.slow_start <= d <= tl.slow_end:
            return (SLOW_WEEKEND_STAFF,), (SLOW_WEEKEND_STAFF,)  # short-staffed: one person on the floor
        others = [s for s in staff if s != SLOW_WEEKEND_STAFF]
        return (SLOW_WEEKEND_STAFF, rng.choice(others)), tuple(rng.sample(others, 2))
    am = tuple(rng.sample(staff, 2))
    pm = tuple(rng.sample(staff, 2))
    return am, pm


def make_orders(rng: random.Random, profiles: list[Profile], tl: Timeline,
                locations: tuple[str, ...]) -> list[OrderRecord]:
    """All orders, sorted by time, with ids ORD-000001... in that order."""
    by_day: dict[date, list[tuple[datetime, Profile | None, str]]] = {}
    for p in profiles:
        for t in p.visits:
            loc = p.location if rng.random() < 0.9 else rng.choice(locations)
            by_day.setdefault(t.date(), []).append((t, p, loc))
    days = tl.days()
    weights = [DOW_FACTOR[d.weekday()] * _season(d, tl) for d in days]
    scale = TARGET_ORDERS / sum(weights)
    raw: list[tuple[datetime, Profile | None, str, tuple[str, ...]]] = []
    for d, w in zip(days, weights):
        known = by_day.get(d, [])
        target = w * scale * rng.uniform(0.9, 1.1)
        walk = max(int(round(target - len(known))), int(target * WALK_IN_FLOOR))
        crews = {loc: _crew(rng, d, loc, tl) for loc in locations}
        visits = list(known)
        for _ in range(walk):
            loc = locations[0] if rng.random() < 0.6 else locations[-1]
            visits.append((_walk_in_time(rng, d), None, loc))
        visits.sort(key=lambda v: (v[0], v[1].cid if v[1] else ""))
        for t, p, loc in visits:
            am, pm = crews[loc]
            raw.append((t, p, loc, am if t.hour < 13 else pm))
    orders: list[OrderRecord] = []
    for n, (t, p, loc, crew) in enumerate(raw, start=1):
        lines = tuple(_basket(rng, t.hour + t.minute / 60, t.weekday() >= 5, p, tl.in_kitchen(t.date())))
        total = round(sum(line.total or 0.0 for line in lines), 2)
        status = "refunded" if rng.random() < 0.003 else "completed"
        orders.append(OrderRecord(
            source=SOURCE, external_id=f"ORD-{n:06d}", ordered_at=t, total=total,
            customer_external_id=p.cid if p else None,
            customer_email=p.email if p else None,
            customer_phone=p.phone if p else None,
            customer_name=p.name if p else None,
            location=loc, currency=CURRENCY, status=status, staff=rng.choice(crew), lines=lines,
        ))
    return orders
