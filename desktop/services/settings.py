"""Business settings kept in the database (not QSettings): they belong to the
café's data file, so a copied file keeps them.

Threading: any thread; each call opens its own short session.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time
from typing import Sequence

from desktop.core.errors import UserError
from desktop.customers.tiers import TierRule, validate_tiers
from desktop.storage import repositories as repo
from desktop.storage.database import Database

DEFAULT_REGION_KEY = "default_region"
"""Settings key: ISO 3166 alpha-2 region for phone numbers written without a
country code ("GB", "US"); used as ``ReadOptions.default_region``."""
REGION_RE = re.compile(r"^[A-Z]{2}$")


def normalise_region(code: str) -> str:
    """Upper-cased two-letter region code; UserError if it is not one."""
    value = (code or "").strip().upper()
    if not REGION_RE.match(value):
        raise UserError(f"'{code}' is not a two-letter country code such as GB, US or IT.")
    try:
        import phonenumbers
    except ImportError:  # pragma: no cover - phonenumbers ships with the importers
        return value
    if value not in phonenumbers.SUPPORTED_REGIONS:
        raise UserError(f"'{code}' is not a country code that phone numbers know (try GB, US, IT).")
    return value


class SettingsService:
    """Get and set business settings (plain strings by key)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str, default: str | None = None) -> str | None:
        with self._db.session() as s:
            return repo.get_setting(s, key, default)

    def set(self, key: str, value: str) -> None:
        with self._db.session() as s:
            repo.set_setting(s, key, value)

    def default_region(self) -> str | None:
        """The business's phone region, or None when it was never set."""
        return self.get(DEFAULT_REGION_KEY) or None

    def set_default_region(self, code: str | None) -> str | None:
        """Set (validated, upper-cased) or clear (None / "") the phone region; returns it."""
        value = normalise_region(code) if code and code.strip() else ""
        self.set(DEFAULT_REGION_KEY, value)
        return value or None


BUSINESS_LANGUAGE_KEY = "business_language"
"""Settings key: the language messages and replies are written in when a
customer's or reviewer's own language is not known (ISO 639-1, default "en")."""
DEFAULT_BUSINESS_LANGUAGE = "en"
BUSINESS_LANGUAGES: tuple[str, ...] = ("en", "de", "it", "fr", "es", "pt", "sv", "nl", "ru")


def business_language(settings: SettingsService) -> str:
    """The business's language, "en" when never set or not one of the nine."""
    value = (settings.get(BUSINESS_LANGUAGE_KEY) or "").strip().lower()
    return value if value in BUSINESS_LANGUAGES else DEFAULT_BUSINESS_LANGUAGE


def set_business_language(settings: SettingsService, code: str) -> str:
    """Set the business language; UserError unless it is one of the nine."""
    value = (code or "").strip().lower()
    if value not in BUSINESS_LANGUAGES:
        raise UserError(f"'{code}' is not a language Regulars writes in: use one of {', '.join(BUSINESS_LANGUAGES)}.")
    settings.set(BUSINESS_LANGUAGE_KEY, value)
    return value


BUSINESS_NAME_KEY = "business_name"
"""Settings key: the business's name, as messages sign it (the demo writes it too)."""
CURRENCY_KEY = "currency"
"""Settings key: ISO 4217 code of the business's money ("EUR", "GBP")."""
LOCATIONS_KEY = "locations"
"""Settings key: the business's locations, one a line, as the owner names them."""
FIRST_RUN_KEY = "first_run"
"""Settings key: "done" once the welcome was completed or skipped for this database."""
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
NAME_MAX_CHARS = 120
"""The longest business or location name kept (characters)."""
MAX_LOCATIONS = 50


@dataclass(frozen=True)
class BusinessProfile:
    """Who the business is: its name, locations, currency (ISO 4217, "" when
    not set), phone region (ISO 3166 alpha-2, "" when not set) and the
    language messages are written in by default (one of ``BUSINESS_LANGUAGES``)."""

    name: str = ""
    locations: tuple[str, ...] = ()
    currency: str = ""
    region: str = ""
    language: str = DEFAULT_BUSINESS_LANGUAGE


def normalise_currency(code: str) -> str:
    """Upper-cased three-letter currency code ("" stays ""); UserError otherwise."""
    value = (code or "").strip().upper()
    if value and not CURRENCY_RE.match(value):
        raise UserError(f"'{code}' is not a three-letter currency code such as EUR, GBP or SEK.")
    return value


def profile(settings: SettingsService) -> BusinessProfile:
    """The stored business profile (defaults for what was never set)."""
    lines = (settings.get(LOCATIONS_KEY) or "").splitlines()
    return BusinessProfile(name=settings.get(BUSINESS_NAME_KEY) or "",
                           locations=tuple(x for x in (" ".join(line.split()) for line in lines) if x),
                           currency=settings.get(CURRENCY_KEY) or "", region=settings.default_region() or "",
                           language=business_language(settings))


def save_profile(settings: SettingsService, value: BusinessProfile) -> BusinessProfile:
    """Validate everything first, then store: a UserError (naming the field)
    leaves every setting as it was. Returns the profile as stored."""
    name = " ".join(value.name.split())[:NAME_MAX_CHARS]
    locations: list[str] = []
    for raw in value.locations:
        place = " ".join(raw.split())[:NAME_MAX_CHARS]
        if place and place.lower() not in {p.lower() for p in locations}:
            locations.append(place)
    if len(locations) > MAX_LOCATIONS:
        raise UserError(f"Regulars keeps at most {MAX_LOCATIONS} locations; {len(locations)} were given.")
    currency = normalise_currency(value.currency)
    region = normalise_region(value.region) if value.region.strip() else ""
    language = (value.language or "").strip().lower()
    if language not in BUSINESS_LANGUAGES:
        raise UserError(f"'{value.language}' is not a language Regulars writes in: use one of "
                        f"{', '.join(BUSINESS_LANGUAGES)}.")
    settings.set(BUSINESS_NAME_KEY, name)
    settings.set(LOCATIONS_KEY, "\n".join(locations))
    settings.set(CURRENCY_KEY, currency)
    settings.set_default_region(region or None)
    settings.set(BUSINESS_LANGUAGE_KEY, language)
    return profile(settings)


def first_run_due(settings: SettingsService, has_data: bool) -> bool:
    """True when the welcome should show: a database with no data whose
    welcome was never completed or skipped."""
    return not has_data and settings.get(FIRST_RUN_KEY) != "done"


def finish_first_run(settings: SettingsService) -> None:
    """The welcome was completed or skipped: it never shows again for this database."""
    settings.set(FIRST_RUN_KEY, "done")


# -- checks shared by File > Settings and the command line ------------------------------

MIN_CAP_DAYS, MAX_CAP_DAYS = 1, 365
"""The frequency cap the owner may choose: at most one message per customer every 1..365 days."""


@dataclass(frozen=True)
class TierOrderProblem:
    """A tier (``index``, 0 = the lowest) whose ``kind`` threshold ("visits" or
    "spend") is not above the one of the tier beneath it although its window is
    as long or longer, so the tier beneath could never be reached that way."""

    index: int
    kind: str
    value: float
    beneath: float


def tier_order_problem(rules: Sequence[TierRule]) -> TierOrderProblem | None:
    """The first tier (lowest first) that does not ask more than the tier
    beneath it, or None. Thresholds are compared only when both tiers use them
    and the higher tier's window is at least as long (a shorter window may
    rightly ask for fewer visits)."""
    for i in range(1, len(rules)):
        low, high = rules[i - 1], rules[i]
        if high.window_days < low.window_days:
            continue
        for kind, a, b in (("visits", high.min_visits, low.min_visits), ("spend", high.min_spend, low.min_spend)):
            if a is not None and b is not None and a <= b:
                return TierOrderProblem(i, kind, float(a), float(b))
    return None


def check_tiers(rules: Sequence[TierRule]) -> tuple[TierRule, ...]:
    """``validate_tiers`` (the command line's check) plus the order check; a
    UserError names the first problem. Returns the rules as stored."""
    try:
        checked = validate_tiers(rules)
    except ValueError as exc:
        raise UserError(str(exc)[:1].upper() + str(exc)[1:] + ".") from None
    problem = tier_order_problem(checked)
    if problem is not None:
        high, low = checked[problem.index], checked[problem.index - 1]
        what = "visits" if problem.kind == "visits" else "spend"
        raise UserError(f"Tier '{high.name}' must ask for more {what} than '{low.name}' beneath it "
                        f"({problem.value:g} is not more than {problem.beneath:g}).")
    return checked


def quiet_hours_problem(start: time, end: time) -> str | None:
    """None when the quiet hours are usable (an end before the start is fine:
    they run overnight); "equal" when start and end are the same minute."""
    return "equal" if (start.hour, start.minute) == (end.hour, end.minute) else None


def check_quiet_hours(start: time, end: time) -> None:
    """UserError when quiet hours start and end at the same minute (they may cross midnight)."""
    if quiet_hours_problem(start, end):
        raise UserError(f"Quiet hours must start and end at different times (both are {start:%H:%M}): "
                        "say when sending stops, e.g. 21:00, and when it may start again, e.g. 09:00.")


def check_sending_rules(cap_days: int, start: time, end: time) -> None:
    """UserError for a cap outside MIN_CAP_DAYS..MAX_CAP_DAYS or equal quiet hours."""
    if not MIN_CAP_DAYS <= cap_days <= MAX_CAP_DAYS:
        raise UserError(f"The frequency cap must be {MIN_CAP_DAYS} to {MAX_CAP_DAYS} days.")
    check_quiet_hours(start, end)
