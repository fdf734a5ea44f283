"""Demo reviews: volume over time, ratings shaped by the planted stories,
authors (some of them customers), owner replies, the fake one-star burst and
the health claims."""
from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from desktop.core.records import ReviewRecord
from desktop.demo import compose as C
from desktop.demo.catalog import (FLOOR_STAFF, KITCHEN_EGGS, KITCHEN_PASTA, NAMES, ORIGIN_LANG,
                                  RU_CYRILLIC, SAVOURY_MENTION, SLOW_WEEKEND_STAFF,
                                  VEG_FOOD_MENTION)
from desktop.demo.people import Profile
from desktop.demo.resources import LANGUAGES, load_bank
from desktop.demo.timeline import (FAKE_BURST_COUNT, NUT_REACTION_DAY_OFFSET,
                                   POISONING_DAY_OFFSET, Timeline)

GENUINE_TARGET = 1470
SOURCE_WEIGHTS = {"google": 62, "tripadvisor": 13, "thefork": 8, "trustpilot": 6, "facebook": 11}
LANG_WEIGHTS = {"en": 52, "it": 9, "pt": 11, "sv": 6, "ru": 7, "es": 6, "fr": 5, "de": 4}
LINKED_SHARE = 0.2          # share of genuine reviews written by a known customer
STAR_ONLY_GOOGLE = 0.1
RATINGS = (1, 2, 3, 4, 5)
DIST_NORMAL = (0.03, 0.04, 0.07, 0.22, 0.64)        # mean ~4.4
DIST_KITCHEN = (0.14, 0.15, 0.2, 0.25, 0.26)        # mean ~3.3
DIST_RECOVERY = (0.05, 0.07, 0.12, 0.26, 0.5)       # mean ~4.1
DIST_SLOW_WEEKEND = (0.1, 0.16, 0.24, 0.3, 0.2)     # mean ~3.3
RECOVERY_DAYS = 90
FAKE_AUTHOR_FIRST = ("James", "Jessica", "Michael", "Ashley", "David", "Amanda", "Robert",
                     "Brittany", "John", "Megan", "Kevin", "Nicole", "Brian", "Stephanie", "Jason")
FAKE_AUTHOR_LAST = ("Miller", "Johnson", "Williams", "Brown", "Davis", "Wilson", "Moore",
                    "Taylor", "Anderson", "Thomas", "Jackson", "Harris")


@dataclass(frozen=True)
class ReviewPlan:
    """What the rest of the generator needs to know about planted reviews."""

    reviews: tuple[ReviewRecord, ...]
    linked: int
    lapsed_reviews: int


def _weighted(rng: random.Random, weights: dict[str, float]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _rating(rng: random.Random, d: date, tl: Timeline) -> int:
    """A star rating drawn from the distribution of the story period ``d`` is in."""
    if tl.in_kitchen(d):
        dist = DIST_KITCHEN
    elif tl.kitchen_end < d <= tl.kitchen_end + timedelta(days=RECOVERY_DAYS):
        dist = DIST_RECOVERY
    elif tl.in_slow_weekend(d):
        dist = DIST_SLOW_WEEKEND
    else:
        dist = DIST_NORMAL
    return rng.choices(RATINGS, weights=dist)[0]


def _stranger(rng: random.Random, lang: str, source: str, taken: frozenset[str] = frozenset()) -> str:
    """A review author who is not a known customer (never equal to a customer name)."""
    while True:
        name = _stranger_once(rng, lang, source)
        if name not in taken:
            return name


def _stranger_once(rng: random.Random, lang: str, source: str) -> str:
    if lang == "ru" and rng.random() < 0.7:
        firsts, lasts = RU_CYRILLIC
    else:
        origin = {"pt": rng.choice(("pt", "pt", "br"))}.get(lang, lang)
        firsts, lasts = NAMES[origin]
    first, last = rng.choice(firsts), rng.choice(lasts)
    if source == "tripadvisor" and rng.random() < 0.5:
        return rng.choice((f"{first}{rng.randrange(1, 99)}", f"{first[0]}{last}",
                           f"{first}_{last[0]}", f"{first} from {rng.choice(('London', 'Milan', 'Stockholm', 'Porto', 'Madrid', 'Lyon', 'Berlin', 'Kyiv'))}"))
    if rng.random() < 0.35:
        return f"{first} {last[0]}."
    return f"{first} {last}"


def _day_weights(tl: Timeline) -> list[tuple[date, float]]:
    out = []
    for d in tl.days():
        w = (1.3 if d.weekday() >= 5 else 1.0)
        w *= 1.0 + 0.2 * math.exp(-((d.timetuple().tm_yday - 205) / 45) ** 2)
        w *= 1.0 + 0.25 * (d - tl.start).days / max(1, (tl.end - tl.start).days)
        if tl.in_kitchen(d):
            w *= 1.3  # unhappy guests write more
        out.append((d, w))
    return out


class _Builder:
    def __init__(self, rng: random.Random, tl: Timeline, locations: tuple[str, ...]):
        self.rng, self.tl, self.locations = rng, tl, locations
        self.banks = {lang: load_bank(lang) for lang in LANGUAGES}
        self.seen: set[str] = set()
        self.reviews: list[ReviewRecord] = []
        self.counter = 0
        self.taken: frozenset[str] = frozenset()

    def clauses_for(self, d: date, rating: int, lang: str, size: int, loc: str,
                    p: Profile | None, weekend_slow: bool) -> list[C.Clause]:
        rng, tl = self.rng, self.tl
        forced: list[C.Clause] = []
        exclude: list[str] = []
        if tl.in_kitchen(d) and rating <= 3:
            picks = rng.sample(("kitchen_pasta", "kitchen_eggs", "kitchen_general"), rng.choice((1, 2)))
            for k in picks:
                slots = {}
                if k == "kitchen_pasta":
                    slots["dish"] = "Cacio e pepe" if rng.random() < 0.7 else rng.choice(KITCHEN_PASTA)
                elif k == "kitchen_eggs":
                    slots["dish"] = rng.choice(KITCHEN_EGGS)
                forced.append(C.Clause("story:" + k, "neg", slots))
            exclude.append("food")
        elif tl.in_kitchen(d) and rating == 4 and rng.random() < 0.4:
            forced.append(C.Clause("story:kitchen_mild", "neu"))
            exclude.append("food")
        elif tl.kitchen_end < d <= tl.kitchen_end + timedelta(days=60) and rating >= 4 and rng.random() < 0.3:
            forced.append(C.Clause("story:recovery", "pos"))
            exclude.append("food")
        if weekend_slow:
            exclude += ["waiting", "service"]  # nobody got quick service that weekend
        if weekend_slow and rating <= 4:
            slots = {"staff": SLOW_WEEKEND_STAFF} if loc == self.locations[0] else {}
            key = "slow_weekend_staff" if slots and rng.random() < 0.5 else "slow_weekend"
            forced.append(C.Clause("story:" + key, "neg", slots))
            exclude += ["waiting", "service"]
        if p is not None:
            if p.vegetarian and rating >= 3 and rng.random() < 0.6:
                forced.append(C.Clause("story:vegetarian", "pos", {"dish": rng.choice(VEG_FOOD_MENTION)}))
            if p.allergy and rating >= 3 and rng.random() < 0.5:
                forced.append(C.Clause("story:allergy_ok", "pos", {"allergy": p.allergy}))
            if p.coffee and rating >= 3 and rng.random() < 0.5:
                forced.append(C.Clause("story:coffee_regular", "pos", {"drink": p.coffee[0]}))
                exclude.append("coffee")
            if p.kind in ("regular", "at_risk", "lapsed") and rating >= 4 and rng.random() < 0.35:
                forced.insert(0, C.Clause("story:regular", "pos"))
        free_n = max(0, size - len(forced))
        clauses = forced + C.free_clauses(rng, rating, free_n, tuple(exclude))
        staff = FLOOR_STAFF[loc]
        for c in clauses:
            if c.key == "service":
                c.slots.setdefault("staff", rng.choice(staff))
            if c.key == "food":
                pool = SAVOURY_MENTION if c.polarity == "neg" else None
                if p is not None and p.vegetarian:
                    pool = tuple(x for x in (pool or VEG_FOOD_MENTION) if x in VEG_FOOD_MENTION)
                if pool:
                    c.slots.setdefault("dish", rng.choice(pool))
        # story clauses first, then the rest in a shuffled order
        head, tail = clauses[:len(forced)], clauses[len(forced):]
        rng.shuffle(tail)
        return head + tail

    def text(self, d: date, rating: int, lang: str, loc: str, p: Profile | None,
             weekend_slow: bool, allow_short: bool = True) -> str:
        rng, bank = self.rng, self.banks[lang]
        for attempt in range(6):
            r = rng.random()
            forced_story = (self.tl.in_kitchen(d) and rating <= 3) or (weekend_slow and rating <= 4)
            if allow_short and r < 0.18 and not forced_story and p is None:
                t = C.short_text(bank, rng, rating)
            else:
                size = rng.choice((1, 2, 2)) if r < 0.6 else rng.choice((3, 3, 4))
                cl = self.clauses_for(d, rating, lang, size, loc, p, weekend_slow)
                t = C.compose(bank, rng, rating, cl, opener=rng.random() < 0.5,
                              closer=rng.random() < 0.45)
            if weekend_slow and rating <= 3 and rng.random() < 0.3:
                t = rng.choice(bank["story"]["slow_weekend_opener"]) + " " + t
            if t not in self.seen:
                break
            allow_short = False
        self.seen.add(t)
        return t

    def add(self, *, source: str, author: str | None, rating: int, text: str | None,
            at: datetime, lang: str | None, loc: str, title: str | None = None,
            no_reply: bool = False) -> None:
        rng, tl = self.rng, self.tl
        self.counter += 1
        prefix = {"google": "G", "tripadvisor": "TA", "thefork": "TF", "trustpilot": "TP",
                  "facebook": "FB"}[source]
        reply_text = reply_at = None
        age = (tl.end - at.date()).days
        p_reply = 0.55 if age > 180 else (0.4 if age > 60 else 0.15)
        if rating <= 2:
            p_reply += 0.1
        if not no_reply:
            chance = p_reply if text is not None else p_reply * 0.3
            if rng.random() < chance:
                when = at + timedelta(days=rng.choice((1, 1, 2)), hours=rng.randint(-6, 6),
                                      minutes=rng.randrange(60))
                if when.date() <= tl.end:
                    reply_text = C.reply(self.banks[lang or "en"], rng, rating, author)
                    reply_at = when
        rating_val: int | None = rating
        recommended = None
        raw: float | None = float(rating)
        scale = 5
        if source == "facebook":
            recommended = rating >= 4 or (rating == 3 and rng.random() < 0.5)
            rating_val, raw = None, None
        elif source == "thefork":
            raw, scale = float(rating * 2), 10
        self.reviews.append(ReviewRecord(
            source=source, external_id=f"{prefix}-{self.counter:06d}", author=author,
            rating=rating_val, text=text, created_at=at, title=title, language=lang if text else None,
            reply_text=reply_text, reply_at=reply_at, location=loc, rating_raw=raw,
            rating_scale=scale, recommended=recommended))


def make_reviews(rng: random.Random, profiles: list[Profile], tl: Timeline,
                 locations: tuple[str, ...]) -> ReviewPlan:
    b = _Builder(rng, tl, locations)
    b.taken = frozenset(p.name for p in profiles)
    visitors: dict[date, list[tuple[Profile, datetime]]] = {}
    for p in profiles:
        for t in p.visits:
            visitors.setdefault(t.date(), []).append((p, t))
    weights = _day_weights(tl)
    scale = GENUINE_TARGET / sum(w for _, w in weights)
    linked = 0
    for d, w in weights:
        lam = w * scale
        n = int(lam) + (1 if rng.random() < lam - int(lam) else 0)
        for _ in range(n):
            at = datetime(d.year, d.month, d.day) + timedelta(
                minutes=rng.randint(10 * 60, 23 * 60 + 30), seconds=rng.randrange(60))
            source = _weighted(rng, SOURCE_WEIGHTS)
            loc = locations[0] if rng.random() < 0.62 else locations[-1]
            p = None
            if rng.random() < LINKED_SHARE:
                recent = [v for k in range(0, 4) for v in visitors.get(d - timedelta(days=k), [])]
                if recent:
                    p, visit = rng.choice(recent)
                    loc = p.location
                    if at < visit + timedelta(minutes=40):  # written after the visit, not before
                        at = min(visit + timedelta(minutes=rng.randint(40, 300)),
                                 datetime(d.year, d.month, d.day, 23, 59))
            if p is not None:
                lang = ORIGIN_LANG[p.origin] if rng.random() < 0.7 else "en"
                author = p.name
                linked += 1
            else:
                lang = _weighted(rng, LANG_WEIGHTS)
                author = _stranger(rng, lang, source, b.taken)
            rating = _rating(rng, d, tl)
            if p is not None and rating <= 2 and rng.random() < 0.5:
                rating += 2  # regulars are kinder than strangers
            slow = tl.in_slow_weekend(d)
            if source == "google" and rng.random() < STAR_ONLY_GOOGLE and not (slow and rating <= 4):
                b.add(source=source, author=author, rating=rating, text=None, at=at, lang=None, loc=loc)
                continue
            text = b.text(d, rating, lang, loc, p, slow)
            title = None
            if source in ("tripadvisor", "trustpilot"):
                title = C.title(b.banks[lang], rng, rating)
                if slow and rating <= 3 and rng.random() < 0.5:
                    title = rng.choice(b.banks[lang]["story"]["slow_weekend_title"])
            b.add(source=source, author=author, rating=rating, text=text, at=at, lang=lang, loc=loc,
                  title=title)
    lapsed_n = _lapsed_reviews(b, profiles)
    _health_claims(b)
    _fake_burst(b)
    b.reviews.sort(key=lambda r: (r.created_at, r.external_id))
    return ReviewPlan(tuple(b.reviews), linked + lapsed_n, lapsed_n)


def _lapsed_reviews(b: _Builder, profiles: list[Profile]) -> int:
    """A few lapsed regulars leave a disappointed review around their last visit."""
    rng, tl = b.rng, b.tl
    lapsed = [p for p in profiles if p.kind == "lapsed"]
    chosen = rng.sample(lapsed, 8)
    for p in chosen:
        d = p.stop + timedelta(days=rng.randint(0, 2))
        at = datetime(d.year, d.month, d.day, rng.randint(19, 22), rng.randrange(60))
        lang = ORIGIN_LANG[p.origin]
        bank = b.banks[lang]
        rating = rng.choice((2, 2, 3))
        clauses = [C.Clause("story:used_to_come", "neg")]
        if tl.in_kitchen(p.stop) or tl.in_kitchen(p.stop - timedelta(days=14)):
            clauses.append(C.Clause("story:kitchen_pasta", "neg", {"dish": "Cacio e pepe"}))
        else:
            clauses.append(C.Clause("story:kitchen_general", "neg"))
        clauses += C.free_clauses(rng, rating, 1, ("food",))
        text = C.compose(bank, rng, rating, clauses, opener=False, closer=rng.random() < 0.5)
        b.seen.add(text)
        source = rng.choice(("google", "google", "tripadvisor"))
        b.add(source=source, author=p.name, rating=rating, text=text, at=at, lang=lang,
              loc=p.location, title=C.title(bank, rng, rating) if source == "tripadvisor" else None)
    return len(chosen)


def _health_claims(b: _Builder) -> None:
    rng, tl = b.rng, b.tl
    en = b.banks["en"]
    d1 = tl.chef_start + timedelta(days=POISONING_DAY_OFFSET)
    b.add(source="google", author=_stranger(rng, "en", "google", b.taken), rating=1,
          text=rng.choice(en["story"]["food_poisoning"]), at=datetime(d1.year, d1.month, d1.day, 21, 14),
          lang="en", loc=b.locations[0], no_reply=True)
    d2 = tl.chef_start + timedelta(days=NUT_REACTION_DAY_OFFSET)
    b.add(source="tripadvisor", author=_stranger(rng, "en", "google", b.taken), rating=1,
          text=rng.choice(en["story"]["nut_reaction"]), at=datetime(d2.year, d2.month, d2.day, 16, 41),
          lang="en", loc=b.locations[0], title=rng.choice(en["story"]["nut_reaction_title"]),
          no_reply=True)


def _fake_burst(b: _Builder) -> None:
    rng, tl = b.rng, b.tl
    texts = b.banks["en"]["story"]["fake"]
    t = datetime(tl.burst_start.year, tl.burst_start.month, tl.burst_start.day, 18, 42)
    first_wave = FAKE_BURST_COUNT * 3 // 5
    used: set[str] = set()
    for i in range(FAKE_BURST_COUNT):
        if i == first_wave:
            t = datetime(tl.burst_end.year, tl.burst_end.month, tl.burst_end.day, 11, 7)
        while True:
            author = f"{rng.choice(FAKE_AUTHOR_FIRST)}{rng.choice(FAKE_AUTHOR_LAST)}{rng.randrange(10, 99)}"
            if author not in used:
                used.add(author)
                break
        b.add(source="google", author=author, rating=1, text=rng.choice(texts),
              at=t + timedelta(seconds=rng.randrange(60)), lang="en", loc=b.locations[0], no_reply=True)
        t += timedelta(minutes=rng.randint(2, 9))
