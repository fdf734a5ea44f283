"""This computer's window settings (QSettings keys) and the language and
region names the window shows. Below application.py, main_window.py and the
dialogs, so they share the keys without importing each other in a circle.

Cheap; any thread (no widgets)."""
from __future__ import annotations

from PySide6.QtCore import QLocale

from desktop.ui.resources import TRANSLATIONS_DIR

UI_LANGUAGE_KEY = "ui/language"
"""QSettings (this computer): the window's language code, or empty for the computer's own."""
SERVER_URL_KEY = "database/server_url"
"""QSettings (this computer): the shared PostgreSQL server to open at start, without its password;
empty for the data file on this computer. ``--db``/``--db-url`` on the command line win."""
DONT_ASK_KEY = "import/dont_ask_for_recognised"
"""QSettings (this computer): import recognised, clean files without the preview."""
GEOMETRY_KEY, STATE_KEY, PAGE_KEY = "window/geometry", "window/state", "window/page"
"""QSettings (this computer): the window's size and position, toolbar state and last page."""
THEME_KEY = "ui/theme"
"""QSettings (this computer): "system" (follow the computer's light or dark scheme), "light" or "dark"."""

NATIVE_NAMES = {"en": "English", "de": "Deutsch", "es": "Español", "fr": "Français", "it": "Italiano",
                "nl": "Nederlands", "pt": "Português", "ru": "Русский", "sv": "Svenska"}
"""Each language in its own words (Qt would say "American English", "português europeu")."""


def ui_languages() -> list[str]:
    """Codes of the languages the window can speak: English plus every
    compiled translation shipped in ``resources/translations``."""
    shipped = {p.stem.split("_", 1)[1] for p in TRANSLATIONS_DIR.glob("regulars_*.qm")}
    return ["en"] + sorted(shipped - {"en"})


def language_name(code: str) -> str:
    """A language's name in that language, as a menu item."""
    name = NATIVE_NAMES.get(code) or QLocale(code).nativeLanguageName() or code
    return name[:1].upper() + name[1:]


def region_label(code: str) -> str:
    """"United Kingdom (GB)"; the bare code when Qt does not know the country."""
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return f"{QLocale.territoryToString(territory)} ({code})"
