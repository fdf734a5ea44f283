"""Date and time parsing with the day/month order decided per column.

Never guess ``dd/mm`` versus ``mm/dd`` from one value: :class:`DateOrder`
scans a whole column first (a first number above 12 means day-first, a second
number above 12 means month-first); only when nothing decides does the caller
fall back to the user's choice or a documented default with a warning.
All results are timezone-naive UTC when the source carries a zone, otherwise
the local wall-clock time the source wrote.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from desktop.core.messages import Message, MessageError

NUMERIC_DATE = re.compile(
    r"^\W?\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})(?!\d)\.?(?:,?\s*[T ]?\s*(.*))?$"
)
PLAIN_ISO = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)?Z?")
"""The ISO 8601 forms exports write most (``2025-06-19 22:30``,
``2025-06-19T22:30:05.123Z``): :func:`parse_datetime` reads a cell that is
exactly this with ``datetime.fromisoformat`` straight away, which is what its
general path does for them too, only after a dozen regular expressions."""
ISO_LIKE = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
TIME_RE = re.compile(r"^(\d{1,2})(?::(\d{2}))?(?::(\d{2})(?:[.,](\d+))?)?\s*([AaPp]\.?[Mm]\.?)?\s*(.*)$")
TEXT_FORMATS = (
    "%b %d, %Y", "%B %d, %Y", "%d %b %Y", "%d %B %Y", "%b %d %Y", "%B %Y", "%Y-%m",
    "%a, %d %b %Y %H:%M:%S", "%b %d, %Y %I:%M %p", "%B %d, %Y %I:%M %p", "%d %b %Y %H:%M",
)
UNIX_MIN, UNIX_MAX = 100_000_000, 10_000_000_000
"""Plausible Unix-seconds range (1973..2286); larger values are milliseconds."""
EXCEL_EPOCH = datetime(1899, 12, 30)


def to_utc_naive(dt: datetime) -> datetime:
    """Aware datetimes become naive UTC; naive ones are returned unchanged."""
    if dt.tzinfo is not None:
        return dt.astimezone(timezone.utc).replace(tzinfo=None)
    return dt


def from_zone(dt: datetime | None, zone: str) -> datetime | None:
    """Interpret a naive wall-clock time in ``zone`` and return naive UTC."""
    if dt is None or dt.tzinfo is not None:
        return to_utc_naive(dt) if dt else dt
    try:
        return to_utc_naive(dt.replace(tzinfo=ZoneInfo(zone)))
    except Exception:  # unknown zone or no tz database: keep the wall clock
        return dt


@dataclass
class DateOrder:
    """Evidence about one column's day/month order, collected value by value."""

    dayfirst_seen: int = 0
    monthfirst_seen: int = 0
    ambiguous_seen: int = 0
    example: str = ""
    dotted: int = 0

    def observe(self, value: object) -> None:
        if not isinstance(value, str):
            return
        m = NUMERIC_DATE.match(value.strip())
        if not m:
            return
        a, b = int(m.group(1)), int(m.group(2))
        if "." in value[:8]:
            self.dotted += 1
        if a > 12 and b <= 12:
            self.dayfirst_seen += 1
        elif b > 12 and a <= 12:
            self.monthfirst_seen += 1
        else:
            self.ambiguous_seen += 1
            if not self.example:
                self.example = value.strip()

    def decide(self) -> bool | None:
        """True for day-first, False for month-first, None if undecided."""
        if self.dayfirst_seen and not self.monthfirst_seen:
            return True
        if self.monthfirst_seen and not self.dayfirst_seen:
            return False
        if self.dayfirst_seen and self.monthfirst_seen:
            return self.dayfirst_seen >= self.monthfirst_seen
        return None

    @property
    def needs_choice(self) -> bool:
        return self.decide() is None and self.ambiguous_seen > 0


def _time_part(rest: str | None) -> tuple[int, int, int, int, str]:
    """Parse ``13:45``, ``1:33 PM``, ``13:45:00.123``; returns h, m, s, us, tail."""
    if not rest:
        return 0, 0, 0, 0, ""
    m = TIME_RE.match(rest.strip())
    if not m:
        raise ValueError(rest)
    h = int(m.group(1))
    mi = int(m.group(2) or 0)
    sec = int(m.group(3) or 0)
    us = int((m.group(4) or "0")[:6].ljust(6, "0"))
    ampm = (m.group(5) or "").lower().replace(".", "")
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    return h, mi, sec, us, m.group(6).strip()


def _apply_offset(dt: datetime, tail: str) -> datetime:
    tail = tail.strip()
    if not tail or tail.upper() in ("UTC", "GMT", "Z"):
        return dt
    m = re.match(r"^(?:UTC|GMT)?\s*([+-])(\d{1,2}):?(\d{2})?$", tail)
    if m:
        sign = 1 if m.group(1) == "+" else -1
        off = timedelta(hours=int(m.group(2)), minutes=int(m.group(3) or 0))
        return dt - sign * off
    raise ValueError(tail)


def parse_datetime(value: object, dayfirst: bool | None = None, column: str = "date") -> datetime | None:
    """Parse one cell into a naive datetime (UTC when the value has a zone).

    Accepts datetime/date objects (from Excel), Unix seconds or milliseconds,
    ISO 8601 / RFC 3339 (any fractional digits, ``Z`` or ``+0000``), numeric
    day/month forms with 2- or 4-digit years and 12/24-hour times, and a few
    English month-name forms. Raises ValueError naming the column and value.
    """
    if value is None:
        return None
    if type(value) is str and PLAIN_ISO.fullmatch(value):
        try:
            if value[-1] == "Z":
                return to_utc_naive(datetime.fromisoformat(value[:-1] + "+00:00"))
            return datetime.fromisoformat(value)
        except ValueError:
            pass  # the general path below decides (and names the problem)
    if isinstance(value, datetime):
        return to_utc_naive(value)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if isinstance(value, float) and math.isnan(value):
            return None
        return _from_number(float(value), column)
    s = str(value).replace("\ufeff", "").strip().strip("'")
    if not s or s.lower() in ("nan", "none", "null", "nat"):
        return None
    try:
        if re.fullmatch(r"\d{9,13}(\.\d+)?|\d{5}(\.\d+)?", s):  # Unix time or an Excel serial day
            return _from_number(float(s), column)
        if ISO_LIKE.match(s):
            return _iso(s)
        m = NUMERIC_DATE.match(s)
        if m:
            a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
            if len(m.group(3)) == 2:
                y += 2000 if y < 70 else 1900
            if dayfirst is None:
                dayfirst = a > 12
            day, month = (a, b) if dayfirst else (b, a)
            h, mi, sec, us, tail = _time_part(m.group(4))
            return _apply_offset(datetime(y, month, day, h, mi, sec, us), tail)
        for fmt in TEXT_FORMATS:
            try:
                return datetime.strptime(s, fmt)
            except ValueError:
                continue
    except (ValueError, OverflowError):
        pass
    raise MessageError("value.not_date", column=column, value=s)


def _iso(s: str) -> datetime:
    t = s.replace("/", "-", 2) if re.match(r"^\d{4}/", s) else s
    if t.endswith(("Z", "z")):
        t = t[:-1] + "+00:00"
    t = re.sub(r"\s+(UTC|GMT)$", "+00:00", t)
    try:
        return to_utc_naive(datetime.fromisoformat(t))
    except ValueError:
        pass
    m = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})[T ]?(.*)$", t)
    if not m:
        raise ValueError(s)
    h, mi, sec, us, tail = _time_part(m.group(4))
    base = datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)), h, mi, sec, us)
    return _apply_offset(base, tail)


def _from_number(x: float, column: str) -> datetime:
    if UNIX_MIN <= x < UNIX_MAX:
        return datetime(1970, 1, 1) + timedelta(seconds=x)
    if UNIX_MAX * 10 <= x < UNIX_MAX * 1000:
        return datetime(1970, 1, 1) + timedelta(milliseconds=x)
    if 20_000 <= x < 80_000:  # an Excel serial day number that lost its format
        return EXCEL_EPOCH + timedelta(days=x)
    raise MessageError("value.not_date", column=column, value=x)


def ambiguity_warning(column: str, example: str, dayfirst: bool, chosen_by: Message) -> Message:
    """The warning shown when a column's day/month order was assumed; ``chosen_by`` is a
    "dates.why.*" message saying why."""
    order = Message("dates.order.dmy" if dayfirst else "dates.order.mdy")
    return Message("dates.ambiguous", column=column, example=example, order=order, why=chosen_by)
