"""Customer rows -> CustomerRecord (Square, Shopify, Mailchimp, Brevo,
Loyverse, TheFork, generic).

Phones become E.164 using ``ReadOptions.default_region``; e-mails are
lower-cased; one leading apostrophe is stripped; ids that Excel turned into
scientific notation are rejected because they have lost digits.
"""
from __future__ import annotations

import re
from datetime import date

from desktop.core.messages import MessageError
from desktop.core.records import CustomerRecord
from desktop.core.sources import source_label
from desktop.importers import values as V
from desktop.importers.dates import parse_datetime
from desktop.importers.tabular import Context

EMAIL_STATUS = {"subscribed": True, "unsubscribed": False, "bounced": False, "cleaned": False,
                "unknown": None, "pending": None, "transactional": None, "non-subscribed": None}
BIRTHDAY_NO_YEAR = re.compile(r"^(\d{1,2})[-/.](\d{1,2})$")
NO_YEAR = 1900
"""Year used for a birthday given without one (e.g. Square's MM-DD)."""


def parse_birthday(value: object, dayfirst: bool | None, column: str) -> date | None:
    """A birthday as a date; ``MM-DD`` (no year) becomes year 1900."""
    s = V.text(value) if not hasattr(value, "year") else None
    if s is not None:
        m = BIRTHDAY_NO_YEAR.match(s)
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            month, day = (b, a) if dayfirst or a > 12 else (a, b)
            try:
                return date(NO_YEAR, month, day)
            except ValueError:
                raise MessageError("value.not_date", column=column, value=s) from None
    dt = parse_datetime(value, dayfirst, column)
    return dt.date() if dt else None


class CustomerBuilder:
    """Tabular customer rows -> CustomerRecords (one per row)."""

    def __init__(self) -> None:
        self.records: list[CustomerRecord] = []

    def add(self, row: int, cells: list[object], ctx: Context) -> None:
        g, col = ctx.get, ctx.col
        first, last = V.text(g(cells, "first_name")), V.text(g(cells, "last_name"))
        whole = V.text(g(cells, "name"))
        if first is None and last and whole and last.casefold() not in whole.casefold():
            # "Nome;Cognome", "Имя;Фамилия": the word for "name" holds the first name
            first = whole
        name = " ".join(p for p in (first, last) if p) or whole
        email = V.email(g(cells, "email"), col("email"))
        phone = V.phone(g(cells, "phone"), ctx.options.default_region, col("phone"))
        ext = V.identifier(g(cells, "external_id"), col("external_id"))
        if not (name or email or phone or ext):
            raise MessageError("customer.no_identity")
        accepts_email, accepts_sms, accepts_whatsapp, consent_at, evidence = _consent(cells, ctx)
        birthday = None
        if ctx.cmap.has("birthday"):
            birthday = parse_birthday(g(cells, "birthday"), ctx.dayfirst.get("birthday"), col("birthday"))
        if birthday is None and ctx.cmap.has("birth_month"):
            birthday = _birthday_parts(g(cells, "birth_day"), g(cells, "birth_month"), g(cells, "birth_year"))
        tags = V.split_tags(g(cells, "tags"))
        if V.boolean(g(cells, "vip"), col("vip")):
            tags = tags + ("vip",)
        self.records.append(CustomerRecord(
            source=ctx.source,
            external_id=ext,
            name=name,
            email=email,
            phone=phone,
            first_visit=ctx.date(cells, "first_visit") if ctx.cmap.has("first_visit") else None,
            last_visit=ctx.date(cells, "last_visit") if ctx.cmap.has("last_visit") else None,
            visits=V.integer(g(cells, "visits"), col("visits")),
            total_spent=ctx.money(cells, "total_spent"),
            birthday=birthday,
            accepts_email=accepts_email,
            accepts_sms=accepts_sms,
            note=_note(cells, ctx),
            tags=tags,
            id_is_local=ctx.profile is None and ext is not None,
            accepts_whatsapp=accepts_whatsapp,
            consent_at=consent_at,
            consent_source=evidence,
            preferences=_preferences(cells, ctx),
        ))

    def drain(self, ctx: Context, row: int) -> list[object]:  # noqa: ARG002
        """Hand over the records built so far (one per row, all complete)."""
        out: list[object] = list(self.records)
        self.records.clear()
        return out

    def finish(self, ctx: Context) -> tuple[list[object], list[str]]:
        """The records not yet drained, and the file's warnings."""
        return self.drain(ctx, 0), []


def _birthday_parts(day: object, month: object, year: object) -> date | None:
    """A birthday from separate day/month/year cells (TheFork)."""
    d, m, y = V.integer(day, "birthDay"), V.integer(month, "birthMonth"), V.integer(year, "birthYear")
    if not d or not m:
        return None
    try:
        return date(y or NO_YEAR, m, d)
    except ValueError:
        raise MessageError("birthday.not_date", day=d, month=m, year=y or "") from None


def _consent(cells: list[object], ctx: Context) -> tuple[bool | None, bool | None, bool | None,
                                                         object, str | None]:
    """(email, sms, whatsapp) marketing choices, when the choice was made, and
    the evidence in the file's own words for the consent ledger. Only an
    explicit choice counts: an e-mail address alone (a receipt) is no consent."""
    g, col = ctx.get, ctx.col
    label = source_label(ctx.source)
    said: list[str] = []

    def flag(field: str) -> bool | None:
        value = V.boolean(g(cells, field), col(field))
        if value is not None:
            said.append(f"{col(field)} = {V.text(g(cells, field))}")
        return value

    accepts_email = flag("accepts_email")
    if accepts_email is None and ctx.cmap.has("email_status"):
        raw = V.text(g(cells, "email_status"))
        accepts_email = EMAIL_STATUS.get((raw or "").lower())
        if accepts_email is not None:
            said.append(f"{col('email_status')} = {raw}")
    if accepts_email is None and ctx.cmap.has("email_blocked"):
        blocked = V.boolean(g(cells, "email_blocked"), col("email_blocked"))
        accepts_email = None if blocked is None else not blocked
        if blocked is not None:
            said.append(f"{col('email_blocked')} = {V.text(g(cells, 'email_blocked'))}")
    if accepts_email is None and "accepts_email" in ctx.extra:
        accepts_email = ctx.extra["accepts_email"]
        state = ctx.extra.get("mailchimp_state")
        said.append(f"in the {state} members export" if state else "in the audience export")
    if accepts_email is None and ctx.cmap.has("unsubscribed_at"):
        accepts_email = False  # Mailchimp unsubscribed/cleaned files carry these columns
        said.append(f"{col('unsubscribed_at')} given")
    accepts_sms = flag("accepts_sms")
    if accepts_sms is None and ctx.cmap.has("sms_blocked"):
        blocked = V.boolean(g(cells, "sms_blocked"), col("sms_blocked"))
        accepts_sms = None if blocked is None else not blocked
        if blocked is not None:
            said.append(f"{col('sms_blocked')} = {V.text(g(cells, 'sms_blocked'))}")
    accepts_whatsapp = flag("accepts_whatsapp")
    times: dict[str, object] = {}
    for field, words in (("optin_at", "opted in"), ("confirm_at", "confirmed"),
                         ("unsubscribed_at", "unsubscribed")):
        at = ctx.date(cells, field) if ctx.cmap.has(field) else None
        if at is None:
            continue
        times[field] = at
        extra = ""
        if field == "optin_at" and V.text(g(cells, "optin_ip")):
            extra = f" from {V.text(g(cells, 'optin_ip'))}"
        if field == "unsubscribed_at" and V.text(g(cells, "unsub_reason")):
            extra = f" ({V.text(g(cells, 'unsub_reason'))})"
        said.append(f"{words} {at.isoformat(sep=' ')}{extra}")
    # the time of the choice that stands: the unsubscription, else the confirmation, else the opt-in
    when = (times.get("unsubscribed_at") if accepts_email is False else None) or times.get(
        "confirm_at") or times.get("optin_at")
    if accepts_email is None and accepts_sms is None and accepts_whatsapp is None:
        return None, None, None, None, None
    return accepts_email, accepts_sms, accepts_whatsapp, when, f"{label}: " + "; ".join(said)


def _preferences(cells: list[object], ctx: Context) -> tuple[tuple[str, str], ...]:
    """Preference columns of their own (TheFork), as (kind, text)."""
    out = []
    for fname, label in PREFERENCE_FIELDS + (("pref_language", "language"),):
        val = V.text(ctx.get(cells, fname))
        if val:
            out.append(("allergy" if label == "allergies" else label, val))
    return tuple(out)


PREFERENCE_FIELDS = (("pref_allergies", "allergies"), ("pref_diet", "diet"), ("pref_food", "food"),
                     ("pref_drinks", "drinks"), ("pref_seating", "seating"))


def _note(cells: list[object], ctx: Context) -> str | None:
    """The note column plus any preference columns (TheFork) as "kind: value" lines."""
    parts = [V.long_text(ctx.get(cells, "note"))]
    for fname, label in PREFERENCE_FIELDS:
        val = V.text(ctx.get(cells, fname))
        if val:
            parts.append(f"{label}: {val}")
    text = "\n".join(p for p in parts if p)
    return text or None
