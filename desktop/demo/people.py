"""Demo customers: identities, habits, diets and visit schedules."""
from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from desktop.demo.catalog import MENU, NAMES, ORIGIN_WEIGHTS, PHONE_PREFIX, MenuItem
from desktop.demo.timeline import (AT_RISK_COUNT, LAPSED_COUNT, LAPSED_STOP_MAX_DAYS,
                                   LAPSED_STOP_MIN_DAYS, Timeline)

CUSTOMER_COUNT = 800
REGULAR_COUNT = 95
ONE_TIME_COUNT = 200
VEGETARIAN_COUNT = 60
ALLERGY_COUNT = 40

# (drink, modifiers, note as staff would write it)
COFFEE_PREFS: tuple[tuple[str, str | None, str], ...] = (
    ("Flat white", "oat milk, extra hot", "oat flat white, extra hot"),
    ("Double espresso", "no sugar", "double espresso, no sugar"),
    ("Cappuccino", "decaf", "decaf cappuccino"),
    ("Iced latte", "oat milk", "iced oat latte, even in winter"),
    ("Galão", None, "galão, not too hot"),
    ("Cortado", "extra shot", "cortado with an extra shot"),
    ("Americano", None, "americano, black, big mug"),
    ("Chai latte", "soy milk", "chai latte with soy"),
    ("Oat latte", "extra hot", "oat latte, extra hot"),
    ("Espresso", None, "espresso, drinks it at the bar"),
)
ALLERGY_NOTES: dict[str, tuple[str, ...]] = {
    "nuts": ("nut allergy (severe) - check pastries and granola", "allergic to tree nuts and peanuts"),
    "gluten": ("coeliac - gluten-free only", "gluten intolerant, no bread or pastries"),
    "lactose": ("lactose intolerant - oat or soy milk", "no dairy, plant milk only"),
}
VEG_NOTES = ("vegetarian", "vegetarian (no fish either)", "vegetarian, loves the veggie bowl")
OTHER_NOTES = ("likes the window table", "comes with a dog (water bowl)", "works on a laptop, needs a socket",
               "prefers the terrace", "birthday person: likes a candle on the cake")


@dataclass
class Profile:
    cid: str
    origin: str
    name: str
    email: str | None
    phone: str | None
    birthday: date | None
    accepts_email: bool | None
    accepts_sms: bool | None
    kind: str  # regular | lapsed | at_risk | occasional | one_time
    location: str
    weekdays: tuple[int, ...]
    hour: float
    first: date
    stop: date | None = None
    vegetarian: bool = False
    allergy: str | None = None
    coffee: tuple[str, str | None, str] | None = None
    drink: str = "Cappuccino"
    favourites: tuple[str, ...] = ()
    other_note: str | None = None
    visits: list[datetime] = field(default_factory=list)

    def allows(self, item: MenuItem) -> bool:
        if self.vegetarian and item.meat:
            return False
        if self.allergy == "nuts" and item.nuts:
            return False
        if self.allergy == "gluten" and item.gluten:
            return False
        if self.allergy == "lactose" and item.dairy and not item.milk_drink:
            return False
        return True


def ascii_slug(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if c.isascii() and (c.isalnum())).lower()


def _email(rng: random.Random, first: str, last: str) -> str:
    f, l = ascii_slug(first), ascii_slug(last)
    domain = rng.choice(("example.com", "example.com", "example.org", "example.net", "mail.example.com"))
    style = rng.randrange(5)
    local = (f"{f}.{l}", f"{f}{l}{rng.randrange(10, 99)}", f"{f[0]}.{l}", f"{f}_{l}", f"{l}.{f}")[style]
    return f"{local}@{domain}"


def _phone(rng: random.Random, origin: str) -> str:
    prefix, digits = PHONE_PREFIX[origin]
    return prefix + "".join(str(rng.randrange(10)) for _ in range(digits))


def _weighted(rng: random.Random, weights: dict[str, float]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _rand_date(rng: random.Random, a: date, b: date) -> date:
    return a + timedelta(days=rng.randrange(max(1, (b - a).days + 1)))


HABIT_DAY_WEIGHTS = (1.0, 1.0, 1.0, 1.0, 1.0, 0.8, 0.7)  # regulars are mostly weekday commuters


def _habit_days(rng: random.Random, n: int) -> tuple[int, ...]:
    days: list[int] = []
    while len(days) < n:
        d = rng.choices(range(7), weights=HABIT_DAY_WEIGHTS)[0]
        if d not in days:
            days.append(d)
    return tuple(sorted(days))


def make_profiles(rng: random.Random, tl: Timeline, locations: tuple[str, ...]) -> list[Profile]:
    """800 customers with unique names; kinds decide the visit pattern."""
    kinds = (["regular"] * REGULAR_COUNT + ["lapsed"] * LAPSED_COUNT + ["at_risk"] * AT_RISK_COUNT
             + ["one_time"] * ONE_TIME_COUNT)
    kinds += ["occasional"] * (CUSTOMER_COUNT - len(kinds))
    rng.shuffle(kinds)
    used: set[str] = set()
    profiles: list[Profile] = []
    for i, kind in enumerate(kinds):
        origin = _weighted(rng, ORIGIN_WEIGHTS)
        firsts, lasts = NAMES[origin]
        while True:
            first, last = rng.choice(firsts), rng.choice(lasts)
            if f"{first} {last}" not in used:
                break
        used.add(f"{first} {last}")
        if kind in ("regular", "lapsed", "at_risk"):
            n_days = rng.choice((1, 1, 1, 2, 2, 3)) if kind == "regular" else rng.choice((1, 2, 2))
            weekdays = _habit_days(rng, n_days)
        else:
            weekdays = ()
        loc = locations[0] if rng.random() < 0.62 else locations[-1]
        hour = rng.choice((7.9, 8.3, 8.7, 9.2, 10.5, 12.8, 13.3, 15.5, 16.5))
        if kind == "regular":
            first_d = _rand_date(rng, tl.start, tl.end - timedelta(days=200))
        elif kind in ("lapsed", "at_risk"):
            first_d = _rand_date(rng, tl.start, tl.start + timedelta(days=150))
        else:
            first_d = _rand_date(rng, tl.start, tl.end - timedelta(days=3))
        stop = None
        if kind == "lapsed":
            stop = tl.end - timedelta(days=rng.randint(LAPSED_STOP_MIN_DAYS + 1, LAPSED_STOP_MAX_DAYS))
        p = Profile(
            cid=f"CUST-{i + 1:04d}", origin=origin, name=f"{first} {last}",
            email=_email(rng, first, last) if rng.random() < 0.82 else None,
            phone=_phone(rng, origin) if rng.random() < 0.7 else None,
            birthday=(date(rng.randint(1958, 2004), rng.randint(1, 12), rng.randint(1, 28))
                      if rng.random() < 0.45 else None),
            accepts_email=rng.random() < 0.6 if rng.random() < 0.92 else None,
            accepts_sms=rng.random() < 0.35 if rng.random() < 0.9 else None,
            kind=kind, location=loc, weekdays=weekdays, hour=hour, first=first_d, stop=stop,
        )
        profiles.append(p)
    _assign_preferences(rng, profiles)
    return profiles


def _assign_preferences(rng: random.Random, profiles: list[Profile]) -> None:
    habitual = [p for p in profiles if p.kind in ("regular", "lapsed", "at_risk")]
    others = [p for p in profiles if p.kind == "occasional"]
    pool = rng.sample(habitual, 40) + rng.sample(others, 60)
    for p in pool[:VEGETARIAN_COUNT]:
        p.vegetarian = True
    for p in pool[VEGETARIAN_COUNT:VEGETARIAN_COUNT + ALLERGY_COUNT]:
        p.allergy = rng.choice(("nuts", "nuts", "gluten", "lactose", "lactose"))
    for p in habitual:
        if rng.random() < 0.7:
            p.coffee = rng.choice(COFFEE_PREFS)
    for p in rng.sample(others, 25):
        p.coffee = rng.choice(COFFEE_PREFS)
    for p in rng.sample(habitual, 12) + rng.sample(others, 8):
        p.other_note = rng.choice(OTHER_NOTES)
    drinks = [m.name for m in MENU if m.category in ("coffee", "tea")]
    food = [m for m in MENU if m.category in ("bakery", "breakfast", "lunch", "dessert")]
    for p in profiles:
        if p.coffee:
            p.drink = p.coffee[0]
        else:
            p.drink = rng.choice(drinks)
        ok = [m.name for m in food if p.allows(m)]
        p.favourites = tuple(rng.sample(ok, 3))


def schedule_visits(rng: random.Random, p: Profile, tl: Timeline) -> list[datetime]:
    """Visit times for one customer, sorted."""
    days: list[date] = []
    total = (tl.end - p.first).days + 1
    if p.kind in ("regular", "lapsed", "at_risk"):
        last = p.stop or tl.end
        d = p.first
        while d <= last:
            if d.weekday() in p.weekdays:
                prob = {"regular": 0.62, "lapsed": 0.85, "at_risk": 0.8}[p.kind]
                if p.kind == "at_risk" and d >= tl.at_risk_decline:
                    frac = (d - tl.at_risk_decline).days / max(1, (tl.end - tl.at_risk_decline).days)
                    prob = 0.5 - 0.45 * frac
                if rng.random() < prob:
                    days.append(d)
            d += timedelta(days=1)
        if p.kind == "lapsed" and p.stop not in days:
            days.append(p.stop)
        if p.kind == "at_risk":
            recent = tl.end - timedelta(days=rng.randint(8, 35))
            if recent not in days:
                days.append(recent)
    elif p.kind == "occasional":
        rate = rng.choice((0.008, 0.012, 0.018, 0.025, 0.04))
        days = [p.first + timedelta(days=i) for i in range(total) if rng.random() < rate] or [p.first]
    else:
        days = sorted({_rand_date(rng, p.first, min(tl.end, p.first + timedelta(days=60)))
                       for _ in range(rng.randint(1, 3))})
    out = []
    for d in sorted(set(days)):
        h = p.hour + rng.gauss(0, 0.35)
        if d.weekday() >= 5:
            h = max(h, 9.2) + rng.uniform(0, 1.5)
        h = min(max(h, 7.6), 18.4)
        out.append(datetime(d.year, d.month, d.day) + timedelta(minutes=int(h * 60), seconds=rng.randrange(60)))
    return out
