"""Business settings kept in the database (not QSettings): they belong to the
café's data file, so a copied file keeps them.

Threading: any thread; each call opens its own short session.
"""
from __future__ import annotations

import re

from desktop.core.errors import UserError
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
