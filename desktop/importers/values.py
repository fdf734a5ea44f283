"""Value normalisation shared by all importers: text, money, numbers, booleans,
ratings, e-mails, phones and identifiers.

Parsers return ``None`` for an empty cell and raise ``ValueError`` with a short
human reason (without the row number) for a value that is present but unusable;
the caller turns that into a ``Rejection`` naming the row and column.
"""
from __future__ import annotations

import math
import re
from datetime import date, datetime

from desktop.core.messages import MessageError

try:  # optional but installed with the app: E.164 formatting
    import phonenumbers
except ImportError:  # pragma: no cover
    phonenumbers = None  # type: ignore[assignment]

STAR_WORDS = {"ONE": 1, "TWO": 2, "THREE": 3, "FOUR": 4, "FIVE": 5}
TRUE_WORDS = {"yes", "y", "true", "t", "1", "ja", "oui", "si", "sí", "subscribed", "positive", "recommended", "x"}
FALSE_WORDS = {"no", "n", "false", "f", "0", "nein", "non", "unsubscribed", "negative", "not recommended",
               "bounced", "cleaned"}
NULL_WORDS = {"", "nan", "none", "null", "n/a", "-", "—"}
SCIENTIFIC_ID = re.compile(r"^[+-]?\d(\.\d+)?[eE]\+?\d+$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
EMAIL_IN_TEXT = re.compile(r"[^@\s<>;,\"']+@[^@\s<>;,\"']+\.[^@\s<>;,\"']+")
CURRENCY_RE = re.compile(r"(?i)(kr\.?|sek|nok|dkk|eur|usd|gbp|chf|[$€£¥₹]|[a-z]{0,2}\$)")
PLAIN_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
DIGITS = re.compile(r"[\d.,]+")
THOUSANDS_DOTS = re.compile(r"\d{1,3}(\.\d{3})+")
DECIMAL_COMMA = re.compile(r"\d,\d{1,2}(?!\d)")
DECIMAL_DOT = re.compile(r"\d\.\d{1,2}(?!\d)")
BUBBLES_RE = re.compile(r"(?i)^\s*(\d+(?:[.,]\d+)?)\s*(?:of|out of|/)\s*(\d+)")


def text(value: object) -> str | None:
    """A stripped string, or None for empty/NaN-like cells. One leading
    apostrophe (Excel's keep-as-text marker) is removed."""
    if value is None:
        return None
    if type(value) is str:  # the hot path: CSV cells
        s = value.strip()
        if not s:
            return None
        if s[0] in "'\ufeff":
            s = s.replace("\ufeff", "").strip()
            if s.startswith("'"):
                s = s[1:].strip()
        return None if len(s) <= 4 and s.lower() in NULL_WORDS else s
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    s = str(value).replace("\ufeff", "").strip()
    if s.startswith("'"):
        s = s[1:].strip()
    if s.lower() in NULL_WORDS:
        return None
    return s


def long_text(value: object) -> str | None:
    """Like :func:`text` but keeps inner newlines (as ``\\n``) and the literal word 'None'."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    s = str(value).replace("\r\n", "\n").replace("\r", "\n").strip()
    return s or None


def number(value: object, column: str = "value", decimal_comma: bool | None = None) -> float | None:
    """Parse a number or money amount: ``$1,149.00 ``, ``($33.62)``, ``-$3.00``,
    ``kr 45,50``, ``1.234,56``, ``12,50``. Returns None when empty.

    ``decimal_comma=True`` (decided for the whole column by the caller) makes
    ``1.234`` one thousand two hundred and thirty-four."""
    if value is None:
        return None
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, (int, float)):
        if isinstance(value, float) and (math.isnan(value) or math.isinf(value)):
            return None
        return float(value)
    s = text(value)
    if s is None:
        return None
    if PLAIN_NUMBER.match(s) and not (decimal_comma and "." in s):  # fast path for the common "12.50" / "-3"
        return float(s)
    raw = s
    neg = False
    if s.startswith("(") and s.endswith(")"):
        neg, s = True, s[1:-1]
    s = s.replace("\u00a0", " ").replace("\u2212", "-")
    if s.endswith("-"):
        neg, s = True, s[:-1]
    s = CURRENCY_RE.sub("", s).replace(" ", "").replace("'", "")
    if s.startswith("-"):
        neg, s = (not neg) if neg else True, s[1:]
    elif s.startswith("+"):
        s = s[1:]
    s = CURRENCY_RE.sub("", s)
    if not s or not DIGITS.fullmatch(s):
        raise MessageError("value.not_number", column=column, value=raw)
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s and decimal_comma and s.count(",") == 1:
        s = s.replace(",", ".")
    elif "," in s:
        parts = s.split(",")
        # "1,234" with exactly 3 digits after a single comma is a thousands separator
        if len(parts) == 2 and len(parts[1]) != 3:
            s = s.replace(",", ".")
        elif len(parts) > 2 or (len(parts) == 2 and len(parts[1]) == 3 and len(parts[0]) <= 3 and parts[0] != "0"):
            s = s.replace(",", "")
        else:
            s = s.replace(",", ".")
    elif s.count(".") > 1 or (decimal_comma and THOUSANDS_DOTS.fullmatch(s)):
        s = s.replace(".", "")
    try:
        out = float(s)
    except ValueError:
        raise MessageError("value.not_number", column=column, value=raw) from None
    return -out if neg else out


def integer(value: object, column: str = "value") -> int | None:
    n = number(value, column)
    if n is None:
        return None
    return int(round(n))


def boolean(value: object, column: str = "value") -> bool | None:
    """yes/no, true/false, 1/0 and a few localised words; None when empty."""
    if isinstance(value, bool):
        return value
    s = text(value)
    if s is None:
        return None
    low = s.lower()
    if low in TRUE_WORDS:
        return True
    if low in FALSE_WORDS:
        return False
    raise MessageError("value.not_yes_no", column=column, value=s)


def star_rating(value: object, column: str = "rating",
                scale: int | None = None) -> tuple[int | None, float | None, int]:
    """Normalise a rating to 1..5; returns ``(rating, raw, scale)``.

    Accepts ONE..FIVE, numbers, "4 of 5 bubbles", "8/10". A 10-point scale
    (given by the caller or written in the value) is halved and rounded half up;
    without one, values outside 1..5 are rejected.
    """
    if value is None:
        return None, None, scale or 5
    if isinstance(value, str):
        s = text(value)
        if s is None:
            return None, None, scale or 5
        if s.upper() in STAR_WORDS:
            n = STAR_WORDS[s.upper()]
            return n, float(n), 5
        if s.upper() == "STAR_RATING_UNSPECIFIED":
            return None, None, 5
        m = BUBBLES_RE.match(s)
        if m:
            raw = float(m.group(1).replace(",", "."))
            scale = int(m.group(2))
            if scale not in (5, 10, 100):
                raise MessageError("value.not_rating_scale", column=column, value=s)
        else:
            try:
                raw = float(s.replace(",", "."))
            except ValueError:
                raise MessageError("value.not_rating", column=column, value=s, scale=5) from None
    else:
        try:
            raw = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise MessageError("value.not_rating", column=column, value=value, scale=5) from None
    if math.isnan(raw):
        return None, None, scale or 5
    if scale is None:
        scale = 5  # a 10-point column is decided per column by the caller, never per value
    if raw < 0 or raw > scale or (raw < 1 and scale == 5):
        raise MessageError("value.not_rating", column=column, value=_fmt(raw), scale=scale)
    scaled = raw * 5.0 / scale
    rating = max(1, min(5, int(math.floor(scaled + 0.5))))
    return rating, raw, scale


def _fmt(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def email(value: object, column: str = "email") -> str | None:
    """Lower-cased e-mail; ValueError if it does not look like one."""
    s = text(value)
    if s is None:
        return None
    low = s.strip("<>").lower()
    if low.startswith("mailto:"):
        low = low[7:]
    if EMAIL_RE.match(low):
        return low
    found = EMAIL_IN_TEXT.search(low)  # "Ana <ana@example.com>" or "a@x.com; b@y.com": the first address
    if found:
        return found.group(0)
    raise MessageError("value.not_email", column=column, value=s)


def phone(value: object, region: str | None = None, column: str = "phone") -> str | None:
    """Phone in E.164 when it can be parsed (with ``region`` for national
    numbers); otherwise the cleaned digits with a leading '+' kept.
    Excel-mangled numbers like ``1.5625E+10`` are rejected."""
    s = text(value)
    if s is None:
        return None
    if SCIENTIFIC_ID.match(s):
        raise MessageError("value.excel_shortened", column=column, value=s)
    if phonenumbers is not None:
        for reg in ([region.upper()] if region else []) + ([None] if s.startswith(("+", "00")) else []):
            try:
                parsed = phonenumbers.parse(s, reg)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_possible_number(parsed):
                return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    if s.startswith("00") and phonenumbers is not None:
        return phone("+" + s[2:], region, column)
    digits = re.sub(r"[^\d]", "", s)
    if len(digits) < 5:
        raise MessageError("value.not_phone", column=column, value=s)
    return ("+" + digits) if s.startswith("+") else digits


def identifier(value: object, column: str = "id") -> str | None:
    """An external id as text; rejects Excel's scientific notation (9.98031E+12),
    which has lost digits and would merge different people."""
    if isinstance(value, float):
        if math.isnan(value):
            return None
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
    s = text(value)
    if s is None:
        return None
    if SCIENTIFIC_ID.match(s):
        raise MessageError("value.excel_shortened", column=column, value=s)
    return s


def split_tags(value: object) -> tuple[str, ...]:
    """Tags from ``"vip, denver"`` or ``"VIP","Blog"`` forms."""
    s = text(value)
    if s is None:
        return ()
    parts = [p.strip().strip('"').strip() for p in re.split(r"[,;]", s)]
    return tuple(p for p in parts if p)


def to_date(value: datetime | date | None) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value
