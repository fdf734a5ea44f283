"""Compose review texts from per-language phrase banks (resources/demo/<lang>.json).

A text is an optional opener, one to four aspect clauses (each with a polarity,
joined by "and"/"but"-style connectors or split into sentences) and an
optional closer. Slots {dish}, {drink}, {staff}, {allergy} are filled from
the bank's localised names, so the same skeleton rarely repeats.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

from desktop.demo.catalog import DRINK_MENTION, FOOD_MENTION

ASPECT_WEIGHTS: dict[str, float] = {"food": 30, "coffee": 25, "service": 20, "ambience": 11,
                                    "price": 8, "cleanliness": 5, "waiting": 5}
# probability of (pos, neu, neg) for a free clause given the star rating
CLAUSE_POLARITY: dict[int, tuple[float, float, float]] = {
    5: (0.96, 0.03, 0.01), 4: (0.72, 0.1, 0.18), 3: (0.38, 0.2, 0.42), 2: (0.18, 0.07, 0.75),
    1: (0.04, 0.01, 0.95)}
TYPO_RATE = 0.05


@dataclass
class Clause:
    key: str          # aspect name, or "story:<key>"
    polarity: str     # pos | neu | neg
    slots: dict[str, str] = field(default_factory=dict)


def overall_polarity(rating: int) -> str:
    return "pos" if rating >= 4 else ("neu" if rating == 3 else "neg")


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _fill(template: str, bank: dict, rng: random.Random, slots: dict[str, str]) -> str:
    values = dict(slots)
    if "{dish}" in template and "dish" not in values:
        values["dish"] = rng.choice(FOOD_MENTION)
    if "{drink}" in template and "drink" not in values:
        values["drink"] = rng.choice(DRINK_MENTION)
    out = template
    for key, val in values.items():
        if key == "dish":
            val = bank["dishes"].get(val, val)
        elif key == "drink":
            val = bank["drinks"].get(val, val)
        elif key == "staff":
            val = bank.get("staff_names", {}).get(val, val)
        elif key == "allergy":
            val = bank["allergies"].get(val, val)
        out = out.replace("{" + key + "}", val)
    return out


def _clause_text(c: Clause, bank: dict, rng: random.Random) -> str:
    if c.key.startswith("story:"):
        options = bank["story"][c.key[6:]]
    else:
        aspect = bank["aspects"][c.key]
        options = aspect.get(c.polarity) or aspect["neg" if c.polarity == "neu" else c.polarity]
    return _fill(rng.choice(options), bank, rng, c.slots)


def _typo(text: str, rng: random.Random) -> str:
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    kind = rng.randrange(3)
    if kind == 0:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    elif kind == 1:
        w = w[:j] + w[j + 1:]
    else:
        w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def free_clauses(rng: random.Random, rating: int, count: int, exclude: tuple[str, ...] = ()) -> list[Clause]:
    """``count`` clauses on distinct aspects with polarities that fit ``rating``."""
    aspects = [a for a in ASPECT_WEIGHTS if a not in exclude]
    chosen: list[str] = []
    while aspects and len(chosen) < count:
        a = rng.choices(aspects, weights=[ASPECT_WEIGHTS[x] for x in aspects])[0]
        chosen.append(a)
        aspects.remove(a)
    pp = CLAUSE_POLARITY[rating]
    out = [Clause(a, rng.choices(("pos", "neu", "neg"), weights=pp)[0]) for a in chosen]
    want = overall_polarity(rating)
    if out and want != "neu" and all(c.polarity != want for c in out):
        out[0].polarity = want
    return out


def compose(bank: dict, rng: random.Random, rating: int, clauses: list[Clause],
            opener: bool = True, closer: bool = True) -> str:
    """Join ``clauses`` into review text in the bank's language."""
    pol = overall_polarity(rating)
    sentences: list[str] = []
    if opener and bank["openers"].get(pol):
        sentences.append(_fill(rng.choice(bank["openers"][pol]), bank, rng, {}))
    if len(clauses) >= 2 and bank.get("context") and rng.random() < 0.25:
        sentences.append(rng.choice(bank["context"]))
    i = 0
    prev_pol = None
    exclaim = bank.get("exclaim", True)
    while i < len(clauses):
        c = clauses[i]
        text = _clause_text(c, bank, rng)
        if i + 1 < len(clauses) and rng.random() < 0.45:
            nxt = clauses[i + 1]
            contrast = {c.polarity, nxt.polarity} == {"pos", "neg"}
            conns = bank["connectors"]
            if contrast:
                options = conns["contrast"] + conns.get("contrast_" + nxt.polarity, [])
            else:
                options = conns["add"]
            conn = rng.choice(options)
            text = text + conn + _clause_text(nxt, bank, rng)
            i += 1
            last_pol = nxt.polarity
        else:
            if prev_pol and {prev_pol, c.polarity} == {"pos", "neg"} and rng.random() < 0.5:
                options = bank["sentence_contrast"] + (bank.get("sentence_contrast_neg", [])
                                                       if c.polarity == "neg" else [])
                text = rng.choice(options) + text
            last_pol = c.polarity
        end = "!" if exclaim and last_pol == "pos" and rng.random() < 0.18 else "."
        if text.endswith(("?", "!", ".", "…")):
            end = ""
        sentences.append(_cap(text) + end)
        prev_pol = last_pol
        i += 1
    if closer and bank["closers"].get(pol):
        sentences.append(_fill(rng.choice(bank["closers"][pol]), bank, rng, {}))
    text = " ".join(sentences)
    if rng.random() < TYPO_RATE:
        text = _typo(text, rng)
    if rng.random() < 0.03:
        text = text[:1].lower() + text[1:]
    return text


def short_text(bank: dict, rng: random.Random, rating: int) -> str:
    return _fill(rng.choice(bank["short"][str(rating)]), bank, rng, {})


def title(bank: dict, rng: random.Random, rating: int) -> str:
    return _fill(rng.choice(bank["titles"][overall_polarity(rating)]), bank, rng, {})


def reply(bank: dict, rng: random.Random, rating: int, author: str | None) -> str:
    name = (author or "").split(" ")[0]
    key = overall_polarity(rating)
    text = rng.choice(bank["replies"][key])
    if not name or not name[:1].isalpha():
        text = text.replace(", {name}", "").replace(" {name}", "")
    return text.replace("{name}", name)
