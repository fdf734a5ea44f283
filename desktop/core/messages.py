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
    # a whole file that cannot be read (FileReadError's problem; "{file}: {detail}" names the file)
    "read.missing": "the file does not exist",
    "read.not_regular": "this is not a regular file (a pipe or a device); save the export as a file",
    "read.cannot_open": "cannot open the file ({reason})",
    "read.empty": "the file is empty",
    "read.binary": "this is not a text table (it contains binary data)",
    "read.old_xls": "this is an old Excel .xls file; open it in Excel and save it as .xlsx or CSV",
    "read.unknown_encoding": "unknown text encoding",
    "read.web_page": "this is a web page or XML file, not a table; open it in Excel and save it as .xlsx or CSV",
    "read.too_many_columns": "a row has {columns} columns; this is not a table of reviews, customers or orders",
    "read.not_table": "the file could not be read as a table ({reason})",
    "read.line_too_long": "line {line} is longer than {megabytes} MB (a file without line breaks, or not a table)",
    "read.no_header": "no table with column names was found",
    "read.too_large": "the file is too large to read into memory",
    "read.too_deep": "the file is nested too deeply to read",
    "read.failed": "the file could not be read ({reason})",
    "read.folder_no_data": "the folder contains no CSV, Excel or JSON files",
    "read.folder_too_many": "this folder holds more than {files} data files or {limit} files in all; choose the "
                            "export's own folder",
    "read.none_inside": "none of the {count} files inside could be read (first: {first})",
    "excel.needs_openpyxl": "reading Excel files needs openpyxl",
    "excel.not_workbook": "the Excel file is damaged or not a workbook ({reason})",
    "excel.damaged": "the Excel file is damaged ({reason})",
    "excel.first_sheet_empty": "the workbook's first sheet is empty",
    "excel.sheet_empty": "the sheet is empty",
    "excel.no_sheets": "the workbook has no sheets",
    "zip.no_data": "the ZIP archive contains no CSV, Excel or JSON files",
    "zip.not_xlsx": "this ZIP is not an Excel workbook (.xlsx)",
    "zip.damaged": "the ZIP archive is damaged or incomplete ({reason})",
    "zip.too_many": "the ZIP holds {files} data files; Regulars reads at most {limit} from one archive",
    "zip.too_big": "the files in this ZIP add up to more than {gigabytes} GB unpacked; unpack it and import the "
                   "files",
    "zip.cannot_unpack": "cannot unpack this file from the ZIP ({reason})",
    "zip.member_too_large": "this file in the ZIP is too large to import",
    "zip.bomb": "this file would unpack {times} times larger than it is stored: a ZIP bomb, not an export",
    "format.json_not_table": "'{format}' is a JSON format but this file is a table",
    "format.unrecognised": "no recognisable columns; columns found: {columns}",
    "format.unrecognised_kind": "no recognisable {kind} columns; columns found: {columns}",
    "format.unrecognised_looks_like": "no recognisable {kind} columns (it looks like a {description} file); "
                                      "columns found: {columns}",
    "format.no_columns": "none",
    "format.unknown": "unknown format '{format}' (see the list of formats)",
    "format.other_kind": "the format '{format}' holds {holds}, not {kind}",
    "format.missing_columns": "this is not a {description} file: missing column(s) {columns}",
    "format.is_other_kind": "this is a {description} file, which holds {holds}, not {kind}",
    "json.only_reviews": "JSON files hold reviews only; no {kind} found",
    "json.not_valid": "this is not valid JSON (line {line}: {reason})",
    "json.own_maps_reviews": "these are reviews you wrote yourself on Google Maps (Takeout 'Maps (your places)'); "
                             "export 'Google Business Profile' to get your café's reviews",
    "json.other_format": "this JSON is {found}, not {format}",
    "json.no_reviews": "the JSON file contains no reviews",
    "json.unknown_format": "no reviews in a known format were found in this JSON file",
    # what an import kind holds (a parameter of the messages above)
    "kind.reviews": "reviews",
    "kind.customers": "customers",
    "kind.orders": "orders",
    # notes the import service adds to a result
    "import.skipped": "Skipped {detail}",
    "import.more_notes": "... and {count} more like these",
    "import.no_batch": "There is no import batch {batch}.",
    "import.already_undone": "Import batch {batch} ({file}) was already undone.",
}
"""Every code and its English wording (``{name}`` fields only; values are plain text)."""

GROUPED_NUMBERS = frozenset({"columns", "files", "limit", "times"})
"""Integer parameters the English text writes with thousands separators ("1,024 columns")."""

ROW_UNITS: dict[str, str] = {"row": "row.rejected", "item": "item.rejected", "line": "line.rejected"}
"""The rejection code for each unit word an importer counts in."""


def english_value(value: Any, key: str = "") -> str:
    """A parameter as the English text writes it (floats as ``:g``: 10.0 -> "10"; the
    integers named in ``GROUPED_NUMBERS`` with thousands separators)."""
    if isinstance(value, int) and not isinstance(value, bool) and key in GROUPED_NUMBERS:
        return f"{value:,}"
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
    values = {k: english_value(v, k) for k, v in params.items()}
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


def kind_message(kind: object) -> Message:
    """What an import kind holds ("reviews", "customers", "orders") as a message; another value as raw text."""
    name = str(getattr(kind, "value", kind))
    code = f"kind.{name}"
    return Message(code) if code in ENGLISH else Message(RAW, text=name)


class MessageError(ValueError):
    """Rejects a row with a coded reason; ``str()`` is the English text."""

    def __init__(self, code: str, **params: Any) -> None:
        self.message = Message(code, **params)
        super().__init__(str.__str__(self.message))
