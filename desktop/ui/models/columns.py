"""Column definitions shared by the table models: built once, read by ``data()``."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
"""The raw value to sort by (number, datetime, lower-cased text)."""
RAW_ROLE = Qt.ItemDataRole.UserRole + 2
"""The whole row as a dict, for detail panes."""

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

Row = dict[str, Any]
MISSING_DATE_KEY = -1e18


@dataclass(frozen=True)
class Column:
    """One table column: how to show it, sort it and explain it."""

    key: str
    header: str  # untranslated source text; translated with the model's context
    display: Callable[[Row], str]
    sort_key: Callable[[Row], Any]
    alignment: Qt.AlignmentFlag = LEFT
    tooltip: Callable[[Row], str | None] | None = None
    foreground: Callable[[Row], Any] | None = None
    width: int | None = None


def tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def is_missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return isinstance(value, float) and math.isnan(value) or value != value  # NaN, NaT
    except (TypeError, ValueError):
        return False


def text_or_empty(value: Any) -> str:
    return "" if is_missing(value) else str(value)


def number_or(value: Any, default: float = -1.0) -> float:
    return default if is_missing(value) else float(value)


def to_datetime(value: Any) -> datetime | None:
    if is_missing(value):
        return None
    if hasattr(value, "to_pydatetime"):
        return value.to_pydatetime()
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    return None


def date_sort_key(value: Any) -> float:
    """Seconds since the epoch (naive times read as local), missing dates first.
    A float, because Qt's proxy cannot compare Python datetimes."""
    when = to_datetime(value)
    return MISSING_DATE_KEY if when is None else when.timestamp()


def format_count(n: int) -> str:
    """``1,517`` in the user's locale; grouped even under the C locale."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return f"{n:,}"
    return locale.toString(int(n))


def words_locale() -> QLocale:
    """The locale for month names and long dates: the window's, or English
    under the C locale (which has no words of its own)."""
    locale = QLocale()
    return QLocale(QLocale.Language.English) if locale.language() == QLocale.Language.C else locale


def format_decimal(x: float, places: int = 2, signed: bool = False) -> str:
    """``4.05`` / ``+0.57`` with the window language's decimal sign (``4,05``)."""
    text = f"{x:+.{places}f}" if signed else f"{x:.{places}f}"
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return text
    return text.replace(".", locale.decimalPoint()).replace("-", locale.negativeSign())


FALLBACK_DATE_PATTERN = "d MMM yyyy"
"""The date pattern under the C locale (no conventions of its own): "7 Dec 2026"."""
FALLBACK_TIME_PATTERN = "HH:mm"
"""The time pattern under the C locale."""
_WEEKDAY = re.compile(r"^\s*dddd[,.]?\s*|\s*,?\s*dddd\s*$")
_IBERIAN_DE = re.compile(r"\s*'de'\s*")


def date_pattern(locale: QLocale | None = None) -> str:
    """The locale's own medium date pattern, made from its long one: no weekday and
    the short month name, days padded only where the locale pads them ("d MMM yyyy"
    in Italian: "7 dic 2026"; Russian "7 дек. 2026 г."; German "7. Dez. 2026"; US
    English "Dec 7, 2026"; the Spanish and Portuguese "de" dropped: "7 dic 2026")."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return FALLBACK_DATE_PATTERN
    pattern = _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat))
    pattern = _IBERIAN_DE.sub(" ", pattern.replace("MMMM", "MMM")).strip()
    return pattern or FALLBACK_DATE_PATTERN


def time_pattern(locale: QLocale | None = None) -> str:
    """The locale's short time pattern ("HH:mm", "h:mm AP" in US English)."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return FALLBACK_TIME_PATTERN
    return locale.timeFormat(QLocale.FormatType.ShortFormat) or FALLBACK_TIME_PATTERN


def format_date(value: Any, with_time: bool = False, locale: QLocale | None = None) -> str:
    """A date (datetime, pandas Timestamp) as the window's language writes it, with
    month names ("7 Dec 2026", "7 dic 2026", "7 дек. 2026 г."); "" for a missing
    value. ``with_time`` adds the time of day in the locale's short format. The one
    date helper of the pages, models and messages; GUI or worker thread."""
    when = to_datetime(value)
    if when is None:
        return ""
    locale = locale or QLocale()
    words = QLocale(QLocale.Language.English) if locale.language() == QLocale.Language.C else locale
    text = words.toString(QDate(when.year, when.month, when.day), date_pattern(locale))
    if not with_time:
        return text
    return f"{text} {words.toString(QTime(when.hour, when.minute), time_pattern(locale))}"


def stars(rating: Any) -> str:
    """``★★★☆☆`` for 3.2; empty for a missing rating."""
    if is_missing(rating):
        return ""
    filled = max(0, min(5, int(round(float(rating)))))
    return "★" * filled + "☆" * (5 - filled)
