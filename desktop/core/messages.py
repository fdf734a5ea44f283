"""Message codes: what the Qt-free core tells the owner, in any language.

Importers (and any other core module) describe a problem as a ``Message``: a
stable ``code`` plus its parameters. A ``Message`` *is* a ``str`` whose value
is the English sentence rendered from ``ENGLISH`` (so the CLI, the logs, the
``--json`` output and every caller that joins or searches warnings keep
working unchanged), and the window renders the same code through ``tr()`` in
the owner's language (``desktop/ui/messages_text.py``). A parameter may itself
be a ``Message`` (a rejected row's reason, a sentence fragment): it is
rendered in the same language.

``MessageError`` is the ``ValueError`` a row parser raises to reject a row
with a coded reason. Stdlib only; immutable; safe from any thread; pickles
(worker processes can send messages back).
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any, Mapping

RAW = "text"
"""The code of a message that came from elsewhere as plain English text (not translated)."""

ENGLISH: dict[str, str] = {
    RAW: "{text}",
    # a rejected row or item, and the reason (``detail``, itself a Message)
    "row.rejected": "row {row}: {detail}",
    "item.rejected": "item {row}: {detail}",
    "line.rejected": "line {row}: {detail}",
    "file.rejected": "{file}: {detail}",
    # why a row was rejected
    "value.not_number": "{column} '{value}' is not a number",
    "value.not_yes_no": "{column} '{value}' is not yes/no",
    "value.not_rating_scale": "{column} '{value}' is not a rating out of 5, 10 or 100",
    "value.not_rating": "{column} '{value}' is not a number 1-{scale}",
    "value.not_email": "{column} '{value}' is not an e-mail address",
    "value.not_phone": "{column} '{value}' is not a phone number",
    "value.excel_shortened": "{column} '{value}' was shortened by Excel (scientific notation); re-export the file "
                             "as text",
    "value.not_date": "{column} '{value}' is not a date",
    "value.empty": "{column} is empty",
    "birthday.not_date": "birthday {day}/{month}/{year} is not a date",
    "customer.no_identity": "has no name, e-mail, phone or customer id",
    "review.empty": "has no rating and no review text",
    "json.invalid": "is not valid JSON",
    "json.not_review": "is not a review object",
    "json.odd_shape": "unexpected review shape ({kind})",
    # warnings about a whole file
    "file.no_rows": "The file has column names but no data rows.",
    "file.ragged": "Some rows have a different number of columns than the header; values may be in the wrong "
                   "columns. Check the file in a spreadsheet.",
    "file.more_rejected": "{count} more rows were rejected and are not listed.",
    "file.other_sheet": "Read the worksheet '{sheet}' (the first sheet had no recognisable table).",
    "ratings.ten_point": "Ratings in column '{column}' go up to {max}; they were read as a 10-point scale and "
                         "converted to 1-5 stars.",
    "orders.cancelled": "{count} cancelled or void rows were left out.",
    "orders.not_sales": "{count} rows that are not sales (payouts, floats, transfers...) were left out.",
    "orders.bad_contacts": "{count} customer e-mails, phones or ids on orders were unusable and left empty; the "
                           "orders were kept.",
    "dates.ambiguous": "Dates in column '{column}' could be read either way (for example '{example}'); they were "
                       "read as {order} {why}. If that is wrong, re-import choosing the other date order.",
    "dates.order.dmy": "day/month",
    "dates.order.mdy": "month/day (US style)",
    "dates.why.profile": "as {profile} usually writes them",
    "dates.why.language": "because the column names are in {language}",
    "dates.why.dotted": "because dotted dates are European style",
    "dates.why.us": "as in US exports",
}
"""Every code and its English wording (``{name}`` fields only; values are plain text)."""

ROW_UNITS: dict[str, str] = {"row": "row.rejected", "item": "item.rejected", "line": "line.rejected"}
"""The rejection code for each unit word an importer counts in."""


def english_value(value: Any) -> str:
    """A parameter as the English text writes it (floats as ``:g``: 10.0 -> "10")."""
    if isinstance(value, Message):
        return str.__str__(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return format(value, "g")
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return "" if value is None else str(value)


def render_english(code: str, params: Mapping[str, Any]) -> str:
    """The English sentence of ``code``; an unknown code renders its parameters, never raises."""
    template = ENGLISH.get(code)
    values = {k: english_value(v) for k, v in params.items()}
    if template is None:
        return " ".join(values.values()) or code
    try:
        return template.format_map(values)
    except (KeyError, IndexError, ValueError):
        return template


def _rebuild(code: str, params: dict[str, Any]) -> Message:
    return Message(code, **params)


class Message(str):
    """A coded message whose ``str`` value is its English text.

    ``code`` is a key of ``ENGLISH``; ``params`` the values its fields take
    (numbers, dates and text, or nested messages). Immutable.
    """

    code: str
    params: Mapping[str, Any]

    def __new__(cls, code: str, **params: Any) -> Message:
        obj = super().__new__(cls, render_english(code, params))
        object.__setattr__(obj, "code", code)
        object.__setattr__(obj, "params", dict(params))
        return obj

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("Message is immutable")

    def __reduce__(self) -> tuple:
        return _rebuild, (self.code, dict(self.params))

    def __repr__(self) -> str:
        return f"Message({self.code!r}, {self.params!r})"

    @property
    def leaf_code(self) -> str:
        """The innermost reason's code ("value.not_date" for "row 4: date 'x' is not a date")."""
        detail = self.params.get("detail")
        return detail.leaf_code if isinstance(detail, Message) else self.code

    def codes(self) -> set[str]:
        """This code and every nested message's code."""
        found = {self.code}
        for value in self.params.values():
            if isinstance(value, Message):
                found |= value.codes()
        return found


def as_message(value: object) -> Message:
    """``value`` as a Message: itself, a ``MessageError``'s message, or raw English text (code ``RAW``)."""
    if isinstance(value, Message):
        return value
    if isinstance(value, MessageError):
        return value.message
    return Message(RAW, text=str(value))


def rejected_message(unit: str, row: int, reason: object) -> Message:
    """"row 4: <reason>" for a row (or "item"/"line") the importer could not use."""
    return Message(ROW_UNITS.get(unit, "row.rejected"), row=row, detail=as_message(reason))


class MessageError(ValueError):
    """Rejects a row with a coded reason; ``str()`` is the English text."""

    def __init__(self, code: str, **params: Any) -> None:
        self.message = Message(code, **params)
        super().__init__(str.__str__(self.message))
