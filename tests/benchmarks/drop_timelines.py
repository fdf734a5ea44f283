"""Year-long review timelines with a planted cause, for ``bench_drops.py``.

Every text is a real, human-labelled restaurant-review sentence (or whole
review) from ``../shared/benchmarks`` (read in place, never copied):

- SemEval-2016 Task 5 train (native en, es, fr, ru, nl), MAMS (en) and
  M-ABSA train + dev (de, pt, sv; machine-translated from SemEval English),
  as sentences with coarse aspect polarities (the mapping of
  ``shared/benchmarks/README.md``);
- CEBaB (en, OpenTable): whole original reviews with their star rating and
  food / service / ambience (ambiance + noise) sentiment, as the pool
  ``en-cebab``.

Reviews are composed the way real ones read: 1-4 sentences whose tone
follows the star rating (five stars: praise; three: praise and a complaint;
one or two: complaints, sometimes "never again"), about 15 % stars only.
A planted cause turns a share of the reviews of its period (its days or its
platform only, for those scenarios) into complaints about one aspect.

Labels the data does not have are taken from labelled sentences by words:
``wait`` is a service-negative sentence that speaks of waiting, slowness or
minutes; ``cleanliness`` an ambience-negative (or general-negative) one that
speaks of dirt, smells or vermin (:data:`WAIT_CUES`, :data:`CLEAN_CUES`). A
scenario whose pool has fewer than :data:`MIN_POOL` such sentences for a
language is skipped for it ("where labels allow").

Pure Python; deterministic for a seed.
"""
from __future__ import annotations

import json
import math
import random
import re
import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from scoring import MABSA_MAP, MAMS_MAP, POL, _TRIPLE

SEMEVAL_FILES = {"en": "english", "es": "spanish", "fr": "french", "ru": "russian", "nl": "dutch"}
MABSA_ONLY = ("de", "pt", "sv")
LANGS = ("en", "es", "fr", "ru", "nl", "de", "pt", "sv", "en-cebab")
ASPECTS = ("food", "service", "wait", "price", "ambience", "drinks", "cleanliness")
MIN_POOL = 12
"""A planted aspect needs at least this many distinct complaint sentences in the language."""
END = date(2026, 6, 28)
DAYS = 364
PLATFORMS = (("google", 0.55), ("tripadvisor", 0.3), ("thefork", 0.15))
HISTORY_PLATFORMS = ("google", "tripadvisor")
"""Platforms whose exports say how many reviews the author wrote."""

WAIT_CUES = {
    "en": r"\bwait(ed|ing|s)?\b|\bslow|\bminutes|\bhours?\b|forever|\bages\b|took (so |too |very )?long",
    "es": r"minutos|\bhoras?\b|\blent|demor|tardaron|tardó|tardan|esper(amos|ar|ando)\b",
    "fr": r"attend|attente|minutes|\bheures?\b|\blent(e|s|es|eur|ement)?\b|longtemps|retard",
    "ru": r"\bжд|ожидан|минут|\bчас(а|ов|ом|ами)?\b|полчаса|долго|медлен",
    "nl": r"wacht|minuten|\buur\b|traag|langzaam|lang duren|duurde",
    "de": r"\bwart|gewartet|minuten|stunde|langsam|ewig|dauert",
    "pt": r"minutos|\bhoras?\b|\blent|demor|esper(amos|ar|ando|ei)\b",
    "sv": r"vänt|vänta|väntan|minuter|timm|långsam|dröj",
}
CLEAN_CUES = {
    "en": r"\bdirt|filth|sticky|clean|hygien|\bsmell|stink|stank|roach|\bflies\b|\bmice\b|\bmouse\b|\brats?\b|stain|\bgross\b",
    "es": r"suci|limpi|higien|\bolor|huele|cucarach|mosca|\bratas?\b|manch|asquer",
    "fr": r"\bsale\b|saleté|propre|hygièn|odeur|sent mauvais|cafard|mouche|souris|crasse|dégoût",
    "ru": r"грязн|чист|антисанитар|запах|вонь|воня|таракан|\bмух|\bмыш|крыс|пятн",
    "nl": r"\bvies|\bvuil|smerig|schoon|hygiën|stank|stinkt|kakkerlak|vlieg|\bmuis|muizen|\bratten|vlek",
    "de": r"schmutz|dreckig|sauber|hygien|gestank|stinkt|riecht|kakerlak|fliege|\bmaus|mäuse|ratte|fleck|eklig",
    "pt": r"\bsuj|limp|higien|cheiro|fedor|barata|mosca|\bratos?\b|manch|nojent",
    "sv": r"smuts|skitig|\bren\b|\brent\b|hygien|lukt|stank|kackerlack|fluga|flugor|\bmöss|råtta|fläck|äcklig",
}
FIRST_NAMES = ("Ana", "Bruno", "Carla", "Diego", "Elena", "Filipe", "Greta", "Hugo", "Ines", "Jonas",
               "Karin", "Lars", "Marta", "Nico", "Olga", "Pieter", "Rita", "Sven", "Tomas", "Ursula",
               "Vera", "Wim", "Yara", "Zoe", "Anton", "Beatriz", "Chloe", "Dmitri", "Emma", "Femke")


@dataclass
class Pool:
    """Labelled texts of one language: ``pos`` praise only, ``neutral`` no
    opinion, ``general_neg`` a complaint about no aspect ("never again"),
    ``neg[aspect]`` a complaint about that aspect and no other; ``reviews``
    (CEBaB only): whole reviews as (text, stars, {aspect: polarity})."""

    lang: str
    pos: list[str] = field(default_factory=list)
    neutral: list[str] = field(default_factory=list)
    general_neg: list[str] = field(default_factory=list)
    neg: dict[str, list[str]] = field(default_factory=dict)
    reviews: list[tuple[str, int, dict[str, int]]] = field(default_factory=list)

    def aspects(self) -> tuple[str, ...]:
        """The aspects this pool can plant."""
        if self.reviews:
            return tuple(a for a in ("food", "service", "ambience")
                         if sum(1 for _t, s, asp in self.reviews if asp.get(a) == -1 and s <= 3) >= MIN_POOL)
        return tuple(a for a in ASPECTS if len(self.neg.get(a, ())) >= MIN_POOL)


def _semeval(shared: Path, lang: str) -> list[tuple[str, dict[str, int], int | None]]:
    """(text, {aspect: polarity}, general polarity) per SemEval-2016 sentence."""
    path = shared / "semeval2016-train" / f"restaurants_train_{SEMEVAL_FILES[lang]}.xml"
    out = []
    for s in ET.parse(path).getroot().iter("sentence"):
        aspects: dict[str, int] = {}
        general: list[int] = []
        for o in s.iter("Opinion"):
            cat = (o.get("category") or "").lower().replace("#", " ")
            pol = POL.get(o.get("polarity", "neutral"), 0)
            asp = MABSA_MAP.get(cat)
            if asp:
                aspects[asp] = pol if aspects.get(asp, pol) == pol else 2
            elif cat.startswith("restaurant"):
                general.append(pol)
        out.append(((s.findtext("text") or "").strip(), aspects, _one(general)))
    return out


def _mabsa(shared: Path, lang: str) -> list[tuple[str, dict[str, int], int | None]]:
    out = []
    for split in ("train", "dev"):
        path = shared / "m-absa-restaurant" / lang / f"{split}.txt"
        for line in path.read_text(encoding="utf-8").splitlines():
            if "####" not in line:
                continue
            text, labels = line.split("####", 1)
            aspects: dict[str, int] = {}
            general: list[int] = []
            for _term, cat, pol in _TRIPLE.findall(labels):
                asp = MABSA_MAP.get(cat)
                if asp:
                    aspects[asp] = POL[pol] if aspects.get(asp, POL[pol]) == POL[pol] else 2
                elif cat.startswith("restaurant"):
                    general.append(POL[pol])
            out.append((text.strip(), aspects, _one(general)))
    return out


def _mams(shared: Path) -> list[tuple[str, dict[str, int], int | None]]:
    out = []
    for split in ("train", "val", "test"):
        for s in ET.parse(shared / "mams" / f"{split}.xml").getroot().iter("sentence"):
            aspects: dict[str, int] = {}
            general: list[int] = []
            for c in s.iter("aspectCategory"):
                pol = POL[c.get("polarity", "neutral")]
                asp = MAMS_MAP.get(c.get("category", ""))
                if asp:
                    aspects[asp] = pol if aspects.get(asp, pol) == pol else 2
                else:
                    general.append(pol)
            out.append(((s.findtext("text") or "").strip(), aspects, _one(general)))
    return out


def _one(pols: list[int]) -> int | None:
    return pols[0] if pols and all(p == pols[0] for p in pols) else (2 if pols else None)


def _sort(pool: Pool, rows: list[tuple[str, dict[str, int], int | None]]) -> None:
    wait = re.compile(WAIT_CUES[pool.lang], re.IGNORECASE)
    clean = re.compile(CLEAN_CUES[pool.lang], re.IGNORECASE)
    for text, aspects, general in rows:
        if len(text) < 8 or len(text) > 300:
            continue
        pols = list(aspects.values()) + ([general] if general is not None else [])
        negs = [a for a, p in aspects.items() if p == -1]
        if pols and all(p == 1 for p in pols):
            pool.pos.append(text)
        elif not pols or all(p == 0 for p in pols):
            pool.neutral.append(text)
        elif any(p in (1, 2) for p in pols):
            continue  # mixed: not used
        elif not negs:
            if clean.search(text):
                pool.neg.setdefault("cleanliness", []).append(text)
            else:
                pool.general_neg.append(text)
        elif len(negs) == 1:
            aspect = negs[0]
            if aspect == "service" and wait.search(text):
                aspect = "wait"
            elif aspect == "ambience" and clean.search(text):
                aspect = "cleanliness"
            pool.neg.setdefault(aspect, []).append(text)
    for key in ("pos", "neutral", "general_neg"):
        setattr(pool, key, sorted(set(getattr(pool, key))))
    pool.neg = {a: sorted(set(v)) for a, v in pool.neg.items()}


def _cebab(shared: Path) -> Pool:
    pool = Pool("en")
    seen: set[str] = set()
    amap = {"Positive": 1, "Negative": -1}
    with zipfile.ZipFile(shared / "cebab" / "CEBaB-v1.1.zip") as z:
        for split in ("train_inclusive", "dev", "test"):
            for d in json.loads(z.read(f"CEBaB-v1.1/{split}.json")):
                oid = str(d.get("original_id"))
                stars = str(d.get("review_majority"))
                if not d.get("is_original") or oid in seen or stars not in "12345":
                    continue
                seen.add(oid)
                aspects: dict[str, int] = {}
                for key, asp in (("food", "food"), ("service", "service"), ("ambiance", "ambience"),
                                 ("noise", "ambience")):
                    v = amap.get(d.get(f"{key}_aspect_majority") or "")
                    if v is not None:
                        aspects[asp] = min(aspects.get(asp, v), v)
                pool.reviews.append((d["description"].strip(), int(stars), aspects))
    return pool


@lru_cache(maxsize=None)
def load_pool(shared: Path, lang: str) -> Pool:
    """The labelled texts of ``lang`` (one of :data:`LANGS`)."""
    if lang == "en-cebab":
        return _cebab(shared)
    pool = Pool(lang)
    rows: list = []
    if lang in SEMEVAL_FILES:
        rows += _semeval(shared, lang)
    if lang == "en":
        rows += _mams(shared)
    else:
        rows += _mabsa(shared, lang)
    _sort(pool, rows)
    return pool


def available(shared: Path) -> bool:
    return (shared / "semeval2016-train").is_dir() and (shared / "m-absa-restaurant").is_dir() \
        and (shared / "mams").is_dir() and (shared / "cebab").is_dir()


# -- timelines ------------------------------------------------------------------

SCENARIOS = ("food", "service", "wait", "price", "ambience", "drinks", "cleanliness",
             "weekend", "platform", "small", "stable", "sparse", "burst", "busy")
"""Planted aspect (one per aspect), a weekend-only service problem, one
platform, a small café (1-3 reviews a week); stable cafés (3-15 a week, and
under one a week), a planted fake burst, a genuine busy day (no fake)."""
ASPECT_SCENARIOS = ASPECTS
STABLE_SCENARIOS = ("stable", "sparse", "busy")
BACKGROUND = {"food": 0.35, "service": 0.25, "wait": 0.12, "price": 0.13, "ambience": 0.1, "drinks": 0.05}
"""Which aspect an ordinary unhappy review complains about."""
SEVERITY = (0.3, 0.6)
"""Share of the reviews of a planted period turned into complaints (uniform):
the rating falls by about 0.7 to 1.4 stars there."""
SMALL_SEVERITY = (0.4, 0.7)
"""The small café's (1-3 reviews a week): its problem shows in fewer reviews, so a clearer one is planted."""
GROUP_SEVERITY = (0.45, 0.75)
"""The share of the weekend's (or the platform's) reviews turned into complaints."""


@dataclass(frozen=True)
class Review:
    """One composed review (plain values; the bench turns it into a ReviewRecord)."""

    external_id: str
    source: str
    created_at: datetime
    rating: int
    text: str | None
    author: str
    author_reviews: int | None
    planted: str = ""
    """"drop" (a planted complaint), "fake" (a planted burst) or ""."""


@dataclass(frozen=True)
class Timeline:
    """A composed year of reviews and what was planted in it."""

    scenario: str
    lang: str
    seed: int
    per_week: float
    reviews: tuple[Review, ...]
    aspect: str | None = None
    start: date | None = None
    end: date | None = None
    weekdays: tuple[int, ...] | None = None
    platform: str | None = None
    burst: tuple[date, date] | None = None
    busy: tuple[date, date] | None = None
    severity: float = 0.0

    @property
    def small(self) -> bool:
        return self.scenario == "small"


class _Composer:
    def __init__(self, pool: Pool, rnd: random.Random) -> None:
        self.pool, self.rnd = pool, rnd
        self.background = {a: w for a, w in BACKGROUND.items() if pool.neg.get(a)}
        if pool.reviews:
            self.by_stars = {s: [r for r in pool.reviews if r[1] == s] for s in range(1, 6)}
            self.background = {a: w for a, w in BACKGROUND.items() if a in ("food", "service", "ambience")}

    def _complaint(self, aspect: str | None = None) -> str:
        if aspect is None:
            names, weights = zip(*self.background.items())
            aspect = self.rnd.choices(names, weights)[0]
        return self.rnd.choice(self.pool.neg[aspect])

    def ordinary(self, stars: int) -> str:
        """A review whose tone follows its stars."""
        r, p = self.rnd, self.pool
        if p.reviews:
            return r.choice(self.by_stars[stars])[0]
        k = r.choices((1, 2, 3, 4), (0.3, 0.35, 0.2, 0.15))[0]
        if stars == 5:
            parts = [r.choice(p.pos) for _ in range(k)]
            if k >= 2 and r.random() < 0.1:
                parts[r.randrange(1, k)] = r.choice(p.neutral)
        elif stars == 4:
            parts = [r.choice(p.pos) for _ in range(max(1, k - 1))]
            if r.random() < 0.3:
                parts.insert(0, r.choice(p.neutral))
            if r.random() < 0.2:
                parts.append(self._complaint())
        elif stars == 3:
            parts = [r.choice(p.pos), self._complaint()]
            r.shuffle(parts)
            if r.random() < 0.3:
                parts.insert(0, r.choice(p.neutral))
        else:
            parts = [self._complaint() for _ in range(r.choice((1, 1, 2)))]
            if r.random() < 0.2:
                parts.insert(0, r.choice(p.neutral))
            if r.random() < 0.4:
                parts.append(r.choice(p.general_neg))
        return " ".join(dict.fromkeys(parts))

    def complaint(self, aspect: str) -> tuple[int, str]:
        """A planted complaint about ``aspect``: (stars, text)."""
        r, p = self.rnd, self.pool
        stars = r.choices((1, 2, 3), (0.3, 0.45, 0.25))[0]
        if p.reviews:
            fits = [t for t, s, a in p.reviews if s <= 3 and a.get(aspect) == -1
                    and not any(v == -1 for k, v in a.items() if k != aspect)]
            fits = fits or [t for t, s, a in p.reviews if s <= 3 and a.get(aspect) == -1]
            exact = [t for t, s, a in p.reviews if s == stars and a.get(aspect) == -1
                     and not any(v == -1 for k, v in a.items() if k != aspect)]
            return stars, r.choice(exact or fits)
        parts = [self._complaint(aspect)]
        if r.random() < 0.35:
            parts.append(self._complaint(aspect))
        if stars == 3:
            parts.insert(r.randrange(len(parts) + 1), r.choice(p.pos))
        if r.random() < 0.2:
            parts.insert(0, r.choice(p.neutral))
        if stars < 3 and r.random() < 0.35:
            parts.append(r.choice(p.general_neg))
        return stars, " ".join(dict.fromkeys(parts))

    def short_complaint(self) -> str:
        if self.pool.reviews:  # whole reviews: the short unhappy ones, else an unhappy one's first sentence
            unhappy = [t for t, stars, _a in self.pool.reviews if stars <= 2]
            shorts = [t for t in unhappy if len(t) <= 80]
            return self.rnd.choice(shorts or [re.split(r"(?<=[.!?])\s", t)[0] for t in unhappy])
        shorts = [t for t in self.pool.general_neg if len(t) <= 60] + \
            [t for v in self.pool.neg.values() for t in v if len(t) <= 60]
        return self.rnd.choice(shorts or self.pool.general_neg)


def _hour(rnd: random.Random) -> tuple[int, int]:
    band = rnd.choices(((9, 12), (12, 15), (15, 19), (19, 23)), (0.15, 0.35, 0.15, 0.35))[0]
    return rnd.randrange(*band), rnd.randrange(60)


def _author(rnd: random.Random, source: str) -> tuple[str, int | None]:
    name = f"{rnd.choice(FIRST_NAMES)} {chr(65 + rnd.randrange(26))}."
    if source not in HISTORY_PLATFORMS:
        return name, None
    n = 1 if rnd.random() < 0.12 else 1 + int(rnd.lognormvariate(2.5, 1.2))
    return name, n


def _stars(rnd: random.Random, probs: tuple[float, ...]) -> int:
    return rnd.choices((1, 2, 3, 4, 5), probs)[0]


def build(pool: Pool, scenario: str, seed: int) -> Timeline:
    """The timeline of ``scenario`` for ``seed`` (same arguments, same reviews)."""
    rnd = random.Random(f"{pool.lang}:{scenario}:{seed}")
    comp = _Composer(pool, rnd)
    first = END - timedelta(days=DAYS - 1)
    per_week = rnd.uniform(4, 15)
    if scenario == "small":
        per_week = rnd.uniform(1, 3)
    elif scenario == "sparse":
        per_week = rnd.uniform(0.4, 0.95)
    elif scenario == "stable":
        per_week = rnd.uniform(3, 15)
    p5, p4 = rnd.uniform(0.45, 0.65), rnd.uniform(0.18, 0.28)
    rest = 1 - p5 - p4
    probs = (rest * 0.25, rest * 0.2, rest * 0.55, p4, p5)
    plan: dict = {}
    severity = rnd.uniform(*SEVERITY)
    if scenario in ASPECTS or scenario in ("weekend", "platform", "small"):
        small = scenario == "small"
        if small:
            severity = rnd.uniform(*SMALL_SEVERITY)
        weeks = rnd.randint(12, 24) if small else rnd.randint(6, 12)
        ongoing = rnd.random() < 0.3
        latest = DAYS - (6 * 7 if ongoing else weeks * 7 + 14)
        start = first + timedelta(days=rnd.randint(120, max(121, latest)))
        end = END if ongoing else min(END, start + timedelta(days=weeks * 7 - 1))
        aspect = scenario
        if scenario == "weekend":
            aspect = "service"
            plan["weekdays"] = (5, 6)
            severity = rnd.uniform(*GROUP_SEVERITY)
            while start.weekday() != 5:
                start += timedelta(days=1)
        elif scenario == "platform":
            aspect = rnd.choice([a for a in ("food", "price", "service") if a in pool.aspects()])
            plan["platform"] = "tripadvisor"
            severity = rnd.uniform(*GROUP_SEVERITY)
        elif small:
            aspect = rnd.choice([a for a in ("food", "service", "wait", "price") if a in pool.aspects()])
        plan.update(aspect=aspect, start=start, end=end)
    reviews: list[Review] = []
    n = 0

    def add(day: date, stars: int, text: str | None, source: str, planted: str = "",
            when: datetime | None = None, author: tuple[str, int | None] | None = None) -> None:
        nonlocal n
        if when is None:
            h, m = _hour(rnd)
            when = datetime(day.year, day.month, day.day, h, m)
        name, history = author or _author(rnd, source)
        reviews.append(Review(f"{source[:2]}-{seed}-{n}", source, when, stars, text, name, history, planted))
        n += 1

    names, weights = zip(*PLATFORMS)
    for k in range(DAYS):
        day = first + timedelta(days=k)
        rate = per_week / 7 * (1.4 if day.weekday() >= 5 else 0.84) * (1 + 0.2 * math.sin(2 * math.pi * k / 365))
        for _ in range(_poisson(rnd, rate)):
            source = rnd.choices(names, weights)[0]
            hit = ("start" in plan and plan["start"] <= day <= plan["end"]
                   and (plan.get("weekdays") is None or day.weekday() in plan["weekdays"])
                   and (plan.get("platform") is None or source == plan["platform"])
                   and rnd.random() < severity)
            if hit:
                stars, text = comp.complaint(plan["aspect"])
                add(day, stars, text, source, "drop")
                continue
            stars = _stars(rnd, probs)
            text = None if source == "google" and rnd.random() < 0.15 else comp.ordinary(stars)
            add(day, stars, text, source)
    if scenario == "sparse" and rnd.random() < 0.5:
        day = first + timedelta(days=rnd.randint(60, DAYS - 30))
        for gap in (0, rnd.randint(3, 14)):
            add(day + timedelta(days=gap), 1, comp.ordinary(1), "google")
    if scenario == "burst":
        plan["burst"] = _fake_burst(comp, rnd, first, add)
    if scenario == "busy":
        plan["busy"] = _busy_day(comp, rnd, first, probs, add)
    reviews.sort(key=lambda r: r.created_at)
    return Timeline(scenario, pool.lang, seed, round(per_week, 2), tuple(reviews),
                    plan.get("aspect"), plan.get("start"), plan.get("end"), plan.get("weekdays"),
                    plan.get("platform"), plan.get("burst"), plan.get("busy"), round(severity, 3))


def _poisson(rnd: random.Random, lam: float) -> int:
    k, p, limit = 0, 1.0, math.exp(-lam)
    while True:
        p *= rnd.random()
        if p <= limit:
            return k
        k += 1


FAKE_TRAITS = {"short": 0.55, "copies": 0.45, "new_accounts": 0.6, "minutes_apart": 0.5,
               "odd_hours": 0.2, "name_pattern": 0.3}
"""How often a planted fake burst shows each trait (at least two are drawn)."""


def _fake_burst(comp: _Composer, rnd: random.Random, first: date, add) -> tuple[date, date]:  # noqa: ANN001
    """8-25 one-star reviews in 1-3 days, with at least two of :data:`FAKE_TRAITS`."""
    while True:
        traits = {t for t, p in FAKE_TRAITS.items() if rnd.random() < p}
        if len(traits) >= 2:
            break
    day = first + timedelta(days=rnd.randint(60, DAYS - 10))
    span = rnd.choices((1, 2, 3), (0.5, 0.35, 0.15))[0]
    count = rnd.randint(8, 25)
    templates = [comp.short_complaint() if "short" in traits else comp.complaint(rnd.choice(list(comp.background)))[1]
                 for _ in range(rnd.randint(1, 2))]
    stem = rnd.choice(("JohnSmith", "MariaL", "AlexK", "user")) if "name_pattern" in traits else None
    when = None
    for i in range(count):
        d = day + timedelta(days=min(span - 1, i * span // count))
        if "odd_hours" in traits:
            base = datetime(d.year, d.month, d.day, rnd.randrange(0, 5), rnd.randrange(60))
        else:
            base = datetime(d.year, d.month, d.day, *_hour(rnd))
        if "minutes_apart" in traits:
            when = base if when is None or when.date() != d else when + timedelta(minutes=rnd.randint(1, 9))
        else:
            when = base
        if "copies" in traits:
            text = _edit(rnd, rnd.choice(templates))
        elif "short" in traits:
            text = None if rnd.random() < 0.4 else comp.short_complaint()
        else:
            text = comp.complaint(rnd.choice(list(comp.background)))[1]
        name = f"{stem}{rnd.randint(10, 99)}" if stem else None
        history = rnd.choice((0, 1, 1)) if "new_accounts" in traits else None
        author = (name or f"{rnd.choice(FIRST_NAMES)} {chr(65 + rnd.randrange(26))}.",
                  history if history is not None else 1 + int(rnd.lognormvariate(2.5, 1.2)))
        add(d, 1 if rnd.random() < 0.9 else 2, text, "google", "fake", when, author)
    return day, day + timedelta(days=span - 1)


def _edit(rnd: random.Random, text: str) -> str:
    """A near copy: the same text with a small change, as copy-and-paste campaigns write."""
    words = text.split()
    choice = rnd.randrange(4)
    if choice == 0 and len(words) > 3:
        words.pop(rnd.randrange(len(words)))
    elif choice == 1:
        words[-1] = words[-1].rstrip(".!") + "!!"
    elif choice == 2:
        words[0] = words[0].lower() if words[0][:1].isupper() else words[0].capitalize()
    return " ".join(words)


def _busy_day(comp: _Composer, rnd: random.Random, first: date, probs, add) -> tuple[date, date]:  # noqa: ANN001
    """A genuine busy day or two (a festival, a group that had a bad night):
    8-20 real, distinct reviews from reviewers with a history, spread over the day."""
    day = first + timedelta(days=rnd.randint(60, DAYS - 10))
    span = rnd.choice((1, 2))
    festival = rnd.random() < 0.5
    for i in range(rnd.randint(8, 20)):
        d = day + timedelta(days=i % span)
        source = rnd.choices([p for p, _ in PLATFORMS], [w for _, w in PLATFORMS])[0]
        if festival:
            stars = _stars(rnd, probs)
            text, hour = comp.ordinary(stars), rnd.randrange(10, 23)
        else:
            stars, text = comp.complaint(rnd.choice(("service", "wait") if "wait" in comp.background else ("service",)))
            stars, hour = min(stars, 2), rnd.randrange(19, 24)
        name = f"{rnd.choice(FIRST_NAMES)} {chr(65 + rnd.randrange(26))}."
        history = 2 + int(rnd.lognormvariate(2.5, 1.0)) if source in HISTORY_PLATFORMS else None
        add(d, stars, text, source, "", datetime(d.year, d.month, d.day, hour, rnd.randrange(60)), (name, history))
    return day, day + timedelta(days=span - 1)
