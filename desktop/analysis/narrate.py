"""One plain sentence per drop and per suspicious burst, in the owner's language.

The wording is data: ``resources/insights/<lang>.json`` holds every phrase,
month, weekday, aspect and signal name for en, de, it, fr, es, pt, sv, nl and
ru; a key missing in a language falls back to English. Templates use
``{name}`` fields only, never code, and values are inserted as plain text
(escaping for HTML is the caller's job).

Pure functions; the phrasebooks are read once and cached; safe from any thread.
"""
from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from typing import Any, Sequence

from desktop.analysis.bursts import Burst
from desktop.analysis.causes import Cause
from desktop.analysis.drops import MIN_RATED_REVIEWS, Drop
from desktop.analysis.resources import resources_dir
from desktop.core.sources import source_label

LANGUAGES: tuple[str, ...] = ("en", "de", "it", "fr", "es", "pt", "sv", "nl", "ru")
THIN_DROP_REVIEWS = 20
"""A drop with fewer reviews than this and no cause says "not enough reviews yet to tell why"."""


MOSTLY_SHARE = 0.3
"""A dish (or person) is named as "mostly ..." of its aspect when it explains at least this share of it."""


def insights_dir():
    return resources_dir() / "insights"


@lru_cache(maxsize=None)
def _read(lang: str) -> dict[str, Any]:
    path = insights_dir() / f"{lang}.json"
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def phrasebook(lang: str | None) -> dict[str, Any]:
    """The phrases of ``lang`` (a code such as "it" or "pt_PT"), English where missing."""
    base = dict(_read("en"))
    code = (lang or "en").replace("-", "_").split("_")[0].lower()
    if code != "en":
        base.update(_read(code))
    return base


def stars(value: float, lang: str | None) -> str:
    """Average stars with one decimal in the language's decimal sign: 4.4 / 4,4."""
    return f"{value:.1f}".replace(".", phrasebook(lang)["decimal"])


def day(d: date, lang: str | None, with_year: bool = False) -> str:
    """A day as the language writes it: "18 June", "18. Juni", "1er juin"."""
    book = phrasebook(lang)
    month = book["months"][d.month - 1]
    number = book.get("day_ordinals", {}).get(str(d.day), d.day)
    return book["date_year" if with_year else "date"].format(day=number, month=month, year=d.year)


def _prepositional(book: dict[str, Any], key: str, d: date, text: str) -> str:
    """``text`` (a formatted day) inside the language's "from"/"to" phrase,
    elided where the language elides before the day (Italian "dall'8")."""
    template = book.get(f"{key}_elided") if d.day in book.get("elide_days", ()) else None
    return (template or book.get(key, "{date}")).format(date=text)


def share_words(share: float, lang: str | None) -> str:
    """0.66 -> "two thirds"; the table's first floor not above ``share`` wins."""
    for floor, words in phrasebook(lang)["shares"]:
        if share >= floor:
            return words
    return phrasebook(lang)["shares"][-1][1]


def platform_name(code: str) -> str:
    return source_label(code)


def cause_label(cause: Cause, lang: str | None) -> str:
    """What a cause is called in a list or chart: "Food", "Saturday", "Tripadvisor", "“new chef”"
    (a phrase in the language's quotation marks, :func:`quoted`)."""
    book = phrasebook(lang)
    if cause.kind == "aspect":
        return book["aspect_labels"].get(cause.name, cause.name)
    if cause.kind == "weekday":
        from desktop.analysis.causes import WEEKDAYS
        return book["weekdays"][WEEKDAYS.index(cause.name)] if cause.name in WEEKDAYS else cause.name
    if cause.kind == "daypart":
        return book["daypart_labels"].get(cause.name, cause.name)
    if cause.kind == "platform":
        return platform_name(cause.name)
    if cause.kind == "language":
        return book["languages"].get(cause.name, cause.name)
    if cause.kind == "reviewer":
        return book["reviewers"].get(cause.name, cause.name)
    if cause.kind == "phrase":
        return quoted(cause.name, lang)
    return cause.name


def quoted(text: str, lang: str | None) -> str:
    """``text`` between the language's own opening and closing quotation
    marks (the phrasebook's ``quotes``, CLDR's): “rubbery”, „gummiartig“,
    « caoutchouteux », ”gummiaktig”."""
    opening, closing = phrasebook(lang).get("quotes", ("“", "”"))
    return f"{opening}{text}{closing}"


def _cause_in_sentence(cause: Cause, lang: str | None) -> str:
    book = phrasebook(lang)
    if cause.kind == "aspect":
        return book["aspects"].get(cause.name, cause.name)
    return cause_label(cause, lang)


def _scope_words(scope: tuple[str, str], lang: str | None) -> str | None:
    kind, name = scope
    scopes = phrasebook(lang)["scopes"]
    if kind == "all":
        return None
    if kind == "weekday":
        return scopes.get(name, name)
    if kind == "platform":
        return scopes["platform"].format(name=platform_name(name))
    if kind == "location":
        return scopes["location"].format(name=name)
    return None


def _when(causes: Sequence[Cause], scope: tuple[str, str], lang: str | None) -> str | None:
    from desktop.analysis.causes import WEEKDAYS
    book = phrasebook(lang)
    days = [c.name for c in causes if c.kind == "weekday"]
    if days and scope[0] != "weekday":
        if set(days) >= {"saturday", "sunday"} and len(days) == 2:
            return book["weekend"]
        names = [book["weekdays_plural"][WEEKDAYS.index(d)] for d in sorted(days, key=WEEKDAYS.index)[:2]]
        return book["on_weekday"].format(days=book["and"].join(names))
    parts = [c.name for c in causes if c.kind == "daypart"]
    if parts:
        return book["dayparts"].get(parts[0], parts[0])
    return None


def drop_sentence(drop: Drop, causes: Sequence[Cause], lang: str | None,
                  latest: date | None = None) -> str:
    """"Your rating fell from 4.6 to 3.9 from 12 March; two thirds of that is
    food, mostly the carbonara, on weekends." ``latest`` (the newest review)
    decides whether dates need their year."""
    book = phrasebook(lang)
    year = latest is not None and (drop.start.year != latest.year)
    scope = _scope_words(drop.scope, lang)
    # a drop that ended is a range ("du 18 juin au 13 août"), the others run from their start
    key = {"decline": "declining", "drop": "fell_range"}.get(drop.kind, "fell") + ("_scope" if scope else "")
    start = day(drop.start, lang, year)
    end_year = year or (latest is not None and drop.end.year != latest.year)
    end = day(drop.end, lang, end_year)
    text = book[key].format(before=stars(drop.rating_before, lang), after=stars(drop.rating_after, lang),
                            start=start, end=end, scope=scope or "",
                            from_start=_prepositional(book, "from", drop.start, start),
                            to_end=_prepositional(book, "to", drop.end, end))
    if drop.kind == "shift":
        text += book["ongoing"]
    top = next((c for c in causes if c.kind == "aspect"), None) or \
        next((c for c in causes if c.kind in ("dish", "staff", "phrase")), None)
    if top is None:
        if causes:
            top = causes[0]
        else:
            return text + (book["thin"] if drop.n_after < THIN_DROP_REVIEWS else book["unclear"]) + "."
    text += book["because"].format(share=share_words(top.contribution, lang), cause=_cause_in_sentence(top, lang))
    detail = None
    if top.kind == "aspect" and top.name in ("food", "drinks"):
        detail = next((c for c in causes if c.kind == "dish"), None)
    elif top.kind == "aspect" and top.name in ("service", "wait"):
        detail = next((c for c in causes if c.kind == "staff"), None)
    if detail is not None and detail.contribution >= MOSTLY_SHARE * top.contribution:
        if detail.kind == "staff":  # a person is not a kind of waiting: say how often they are named
            text += book["named_in"].format(what=detail.name, n=detail.n_during)
        else:
            text += book["mostly"].format(what=detail.name)
    when = _when(causes, drop.scope, lang)
    if when:
        text += book["on_days"].format(when=when)
    platform = next((c for c in causes if c.kind == "platform" and c.effect == "within"), None)
    if platform is not None and drop.scope[0] != "platform":
        text += book["on_platform"].format(platform=platform_name(platform.name))
    return text + "."


def not_enough_sentence(rated: int, lang: str | None) -> str:
    return phrasebook(lang)["not_enough"].format(n=rated, min=MIN_RATED_REVIEWS)


def no_drop_sentence(lang: str | None) -> str:
    return phrasebook(lang)["no_drop"]


def too_few_sentence(per_week: float, detectable: float, recent: int, lang: str | None) -> str:
    """No drop was found, but the reviews are too few for that to mean much:
    "with about 1.5 reviews a week, only a fall of more than 1.4 stars over
    the last two months would stand out from chance" (``detectable`` in
    stars; infinite when the last weeks hold too few reviews to test at all,
    then ``recent`` is how many they hold)."""
    book = phrasebook(lang)
    if detectable == float("inf"):
        return book["no_drop_too_few_recent"].format(n=recent)
    return book["no_drop_too_few"].format(per_week=stars(per_week, lang), stars=stars(detectable, lang))


def signal_label(signal: str, lang: str | None) -> str:
    return phrasebook(lang)["signals"].get(signal, signal.replace("_", " "))


def burst_sentence(burst: Burst, lang: str | None, latest: date | None = None) -> str:
    """"30 reviews from 6 October to 7 October are suspicious, because: ..."."""
    book = phrasebook(lang)
    year = latest is not None and burst.start.year != latest.year
    signals = ", ".join(signal_label(s, lang) for s in burst.signals)
    with_ = stars(burst.rating_with, lang) if burst.rating_with is not None else "—"
    without = stars(burst.rating_without, lang) if burst.rating_without is not None else "—"
    start, end = day(burst.start, lang, year), day(burst.end, lang, year)
    return book["burst"].format(count=burst.count, start=start, end=end, signals=signals,
                                from_start=_prepositional(book, "from", burst.start, start),
                                to_end=_prepositional(book, "to", burst.end, end),
                                without=without, **{"with": with_})


def competitor_cues(langs: Sequence[str] = LANGUAGES) -> tuple[str, ...]:
    """Every language's phrases that point to another place ("go to", "vai da")."""
    cues: list[str] = []
    for lang in langs:
        cues += _read(lang).get("competitor_cues", [])
    return tuple(dict.fromkeys(cues))
