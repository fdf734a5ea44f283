"""Which language to write to someone in: a language note staff wrote, the
language of the reviews they wrote, the country of their phone number, or
the business's own language, in that order.

Threading: pure; safe anywhere.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Iterable

from desktop.messaging.model import DEFAULT_LANGUAGE, LANGUAGES

LANGUAGE_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("english", "inglese", "ingles", "anglais", "englisch", "engels", "engelska", "английск"),
    "de": ("german", "deutsch", "tedesco", "alemao", "aleman", "allemand", "duits", "tyska", "немецк"),
    "it": ("italian", "italiano", "italien", "italienisch", "italiaans", "italienska", "итальянск"),
    "fr": ("french", "francais", "francese", "frances", "franzosisch", "frans", "franska", "французск"),
    "es": ("spanish", "espanol", "spagnolo", "espanhol", "espagnol", "spanisch", "spaans", "spanska",
           "castellano", "испанск"),
    "pt": ("portuguese", "portugues", "portoghese", "portugais", "portugiesisch", "portugees",
           "portugisiska", "португальск"),
    "sv": ("swedish", "svenska", "svedese", "sueco", "suedois", "schwedisch", "zweeds", "шведск"),
    "nl": ("dutch", "nederlands", "olandese", "holandes", "neerlandais", "niederlandisch", "hollandska",
           "нидерландск", "голландск", "flemish", "vlaams"),
    "ru": ("russian", "russo", "ruso", "russe", "russisch", "ryska", "русск", "по-русски"),
}
PHONE_REGION_LANGUAGE: dict[str, str] = {
    "GB": "en", "IE": "en", "US": "en", "AU": "en", "NZ": "en",
    "DE": "de", "AT": "de", "IT": "it", "SM": "it", "FR": "fr", "MC": "fr",
    "ES": "es", "MX": "es", "AR": "es", "CO": "es", "CL": "es", "PE": "es", "UY": "es",
    "PT": "pt", "BR": "pt", "AO": "pt", "MZ": "pt", "SE": "sv", "NL": "nl", "RU": "ru", "BY": "ru",
}
"""Countries with one clear language of the nine. Switzerland, Belgium, Canada,
Luxembourg, Finland ... are left out: their numbers say nothing about the language."""


def _fold(text: str) -> str:
    norm = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in norm if not unicodedata.combining(c))


def language_from_note(note: str | None) -> str | None:
    """The language a note names ("speaks Italian", "parla tedesco", "ru")."""
    folded = _fold(note or "").strip()
    if folded in LANGUAGES:
        return folded
    for code, names in LANGUAGE_NAMES.items():
        if any(re.search(r"(?<![^\W\d_])" + re.escape(name), folded) for name in names):
            return code
    return None


def language_from_reviews(languages: Iterable[str | None]) -> str | None:
    """The most common supported language among someone's reviews."""
    counts = Counter(lang for lang in languages if lang in LANGUAGES)
    return counts.most_common(1)[0][0] if counts else None


def phone_region(phone: str | None) -> str | None:
    """ISO region of an E.164 phone number, or None."""
    if not phone or not phone.strip().startswith("+"):
        return None
    try:
        import phonenumbers
    except ImportError:  # pragma: no cover - a dependency of the importers
        return None
    try:
        return phonenumbers.region_code_for_number(phonenumbers.parse(phone.strip(), None)) or None
    except phonenumbers.NumberParseException:
        return None


def choose_language(notes: Iterable[str], review_languages: Iterable[str | None], phone: str | None,
                    business_language: str = DEFAULT_LANGUAGE) -> tuple[str, str]:
    """(language, where it came from: "note" | "reviews" | "phone" | "default")."""
    for note in notes:
        found = language_from_note(note)
        if found:
            return found, "note"
    found = language_from_reviews(review_languages)
    if found:
        return found, "reviews"
    region = phone_region(phone)
    if region and region in PHONE_REGION_LANGUAGE:
        return PHONE_REGION_LANGUAGE[region], "phone"
    fallback = business_language if business_language in LANGUAGES else DEFAULT_LANGUAGE
    return fallback, "default"
