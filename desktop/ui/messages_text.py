"""The core's coded messages (``desktop.core.messages``) in the window's language.

``TEMPLATES`` holds, for every code the importers produce, the same English
wording as ``desktop.core.messages.ENGLISH`` (a test keeps the two equal)
marked for translation; ``message_text`` renders a message through
``QCoreApplication.translate`` with its parameters formatted for the
window's locale (counts and row numbers with the locale's digit grouping,
decimals with its decimal sign, dates as ``format_date`` writes them) and nested
messages rendered the same way. Anything that is not a ``Message`` (text
from elsewhere) is shown as it is.

Cheap, no widgets: safe from any thread that may call ``translate``.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from desktop.core.messages import RAW, ROW_UNITS, Message, english_value
from desktop.ui.models.columns import format_date
from desktop.ui.ui_keys import language_name

CONTEXT = "ImportMessages"
TEMPLATES: dict[str, str] = {
    RAW: "{text}",
    "row.rejected": QT_TRANSLATE_NOOP("ImportMessages", "row {row}: {detail}"),
    "item.rejected": QT_TRANSLATE_NOOP("ImportMessages", "item {row}: {detail}"),
    "line.rejected": QT_TRANSLATE_NOOP("ImportMessages", "line {row}: {detail}"),
    "file.rejected": QT_TRANSLATE_NOOP("ImportMessages", "{file}: {detail}"),
    "value.not_number": QT_TRANSLATE_NOOP("ImportMessages", "{column} '{value}' is not a number"),
    "value.not_yes_no": QT_TRANSLATE_NOOP("ImportMessages", "{column} '{value}' is not yes/no"),
    "value.not_rating_scale": QT_TRANSLATE_NOOP("ImportMessages",
                                                "{column} '{value}' is not a rating out of 5, 10 or 100"),
    "value.not_rating": QT_TRANSLATE_NOOP("ImportMessages", "{column} '{value}' is not a number 1-{scale}"),
    "value.not_email": QT_TRANSLATE_NOOP("ImportMessages", "{column} '{value}' is not an e-mail address"),
    "value.not_phone": QT_TRANSLATE_NOOP("ImportMessages", "{column} '{value}' is not a phone number"),
    "value.excel_shortened": QT_TRANSLATE_NOOP(
        "ImportMessages", "{column} '{value}' was shortened by Excel (scientific notation); re-export the file "
                          "as text"),
    "value.not_date": QT_TRANSLATE_NOOP("ImportMessages", "{column} '{value}' is not a date"),
    "value.empty": QT_TRANSLATE_NOOP("ImportMessages", "{column} is empty"),
    "birthday.not_date": QT_TRANSLATE_NOOP("ImportMessages", "birthday {day}/{month}/{year} is not a date"),
    "customer.no_identity": QT_TRANSLATE_NOOP("ImportMessages", "has no name, e-mail, phone or customer id"),
    "review.empty": QT_TRANSLATE_NOOP("ImportMessages", "has no rating and no review text"),
    "json.invalid": QT_TRANSLATE_NOOP("ImportMessages", "is not valid JSON"),
    "json.not_review": QT_TRANSLATE_NOOP("ImportMessages", "is not a review object"),
    "json.odd_shape": QT_TRANSLATE_NOOP("ImportMessages", "unexpected review shape ({kind})"),
    "file.no_rows": QT_TRANSLATE_NOOP("ImportMessages", "The file has column names but no data rows."),
    "file.ragged": QT_TRANSLATE_NOOP(
        "ImportMessages", "Some rows have a different number of columns than the header; values may be in the "
                          "wrong columns. Check the file in a spreadsheet."),
    "file.more_rejected": QT_TRANSLATE_NOOP("ImportMessages", "{count} more rows were rejected and are not listed."),
    "file.other_sheet": QT_TRANSLATE_NOOP(
        "ImportMessages", "Read the worksheet '{sheet}' (the first sheet had no recognisable table)."),
    "ratings.ten_point": QT_TRANSLATE_NOOP(
        "ImportMessages", "Ratings in column '{column}' go up to {max}; they were read as a 10-point scale and "
                          "converted to 1-5 stars."),
    "orders.cancelled": QT_TRANSLATE_NOOP("ImportMessages", "{count} cancelled or void rows were left out."),
    "orders.not_sales": QT_TRANSLATE_NOOP(
        "ImportMessages", "{count} rows that are not sales (payouts, floats, transfers...) were left out."),
    "orders.bad_contacts": QT_TRANSLATE_NOOP(
        "ImportMessages", "{count} customer e-mails, phones or ids on orders were unusable and left empty; the "
                          "orders were kept."),
    "dates.ambiguous": QT_TRANSLATE_NOOP(
        "ImportMessages", "Dates in column '{column}' could be read either way (for example '{example}'); they "
                          "were read as {order} {why}. If that is wrong, re-import choosing the other date order."),
    "dates.order.dmy": QT_TRANSLATE_NOOP("ImportMessages", "day/month"),
    "dates.order.mdy": QT_TRANSLATE_NOOP("ImportMessages", "month/day (US style)"),
    "dates.why.profile": QT_TRANSLATE_NOOP("ImportMessages", "as {profile} usually writes them"),
    "dates.why.language": QT_TRANSLATE_NOOP("ImportMessages", "because the column names are in {language}"),
    "dates.why.dotted": QT_TRANSLATE_NOOP("ImportMessages", "because dotted dates are European style"),
    "dates.why.us": QT_TRANSLATE_NOOP("ImportMessages", "as in US exports"),
    "read.missing": QT_TRANSLATE_NOOP("ImportMessages", "the file does not exist"),
    "read.not_regular": QT_TRANSLATE_NOOP(
        "ImportMessages", "this is not a regular file (a pipe or a device); save the export as a file"),
    "read.cannot_open": QT_TRANSLATE_NOOP("ImportMessages", "cannot open the file ({reason})"),
    "read.empty": QT_TRANSLATE_NOOP("ImportMessages", "the file is empty"),
    "read.binary": QT_TRANSLATE_NOOP("ImportMessages", "this is not a text table (it contains binary data)"),
    "read.old_xls": QT_TRANSLATE_NOOP(
        "ImportMessages", "this is an old Excel .xls file; open it in Excel and save it as .xlsx or CSV"),
    "read.unknown_encoding": QT_TRANSLATE_NOOP("ImportMessages", "unknown text encoding"),
    "read.web_page": QT_TRANSLATE_NOOP(
        "ImportMessages", "this is a web page or XML file, not a table; open it in Excel and save it as "
                          ".xlsx or CSV"),
    "read.too_many_columns": QT_TRANSLATE_NOOP(
        "ImportMessages", "a row has {columns} columns; this is not a table of reviews, customers or orders"),
    "read.not_table": QT_TRANSLATE_NOOP("ImportMessages", "the file could not be read as a table ({reason})"),
    "read.line_too_long": QT_TRANSLATE_NOOP(
        "ImportMessages", "line {line} is longer than {megabytes} MB (a file without line breaks, or not a "
                          "table)"),
    "read.no_header": QT_TRANSLATE_NOOP("ImportMessages", "no table with column names was found"),
    "read.too_large": QT_TRANSLATE_NOOP("ImportMessages", "the file is too large to read into memory"),
    "read.too_deep": QT_TRANSLATE_NOOP("ImportMessages", "the file is nested too deeply to read"),
    "read.failed": QT_TRANSLATE_NOOP("ImportMessages", "the file could not be read ({reason})"),
    "read.folder_no_data": QT_TRANSLATE_NOOP("ImportMessages", "the folder contains no CSV, Excel or JSON files"),
    "read.folder_too_many": QT_TRANSLATE_NOOP(
        "ImportMessages", "this folder holds more than {files} data files or {limit} files in all; choose "
                          "the export's own folder"),
    "read.none_inside": QT_TRANSLATE_NOOP(
        "ImportMessages", "none of the {count} files inside could be read (first: {first})"),
    "excel.needs_openpyxl": QT_TRANSLATE_NOOP("ImportMessages", "reading Excel files needs openpyxl"),
    "excel.not_workbook": QT_TRANSLATE_NOOP(
        "ImportMessages", "the Excel file is damaged or not a workbook ({reason})"),
    "excel.damaged": QT_TRANSLATE_NOOP("ImportMessages", "the Excel file is damaged ({reason})"),
    "excel.first_sheet_empty": QT_TRANSLATE_NOOP("ImportMessages", "the workbook's first sheet is empty"),
    "excel.sheet_empty": QT_TRANSLATE_NOOP("ImportMessages", "the sheet is empty"),
    "excel.no_sheets": QT_TRANSLATE_NOOP("ImportMessages", "the workbook has no sheets"),
    "zip.no_data": QT_TRANSLATE_NOOP("ImportMessages", "the ZIP archive contains no CSV, Excel or JSON files"),
    "zip.not_xlsx": QT_TRANSLATE_NOOP("ImportMessages", "this ZIP is not an Excel workbook (.xlsx)"),
    "zip.damaged": QT_TRANSLATE_NOOP("ImportMessages", "the ZIP archive is damaged or incomplete ({reason})"),
    "zip.too_many": QT_TRANSLATE_NOOP(
        "ImportMessages", "the ZIP holds {files} data files; Regulars reads at most {limit} from one "
                          "archive"),
    "zip.too_big": QT_TRANSLATE_NOOP(
        "ImportMessages", "the files in this ZIP add up to more than {gigabytes} GB unpacked; unpack it and "
                          "import the files"),
    "zip.cannot_unpack": QT_TRANSLATE_NOOP("ImportMessages", "cannot unpack this file from the ZIP ({reason})"),
    "zip.member_too_large": QT_TRANSLATE_NOOP("ImportMessages", "this file in the ZIP is too large to import"),
    "zip.bomb": QT_TRANSLATE_NOOP(
        "ImportMessages", "this file would unpack {times} times larger than it is stored: a ZIP bomb, not "
                          "an export"),
    "format.json_not_table": QT_TRANSLATE_NOOP(
        "ImportMessages", "'{format}' is a JSON format but this file is a table"),
    "format.unrecognised": QT_TRANSLATE_NOOP("ImportMessages", "no recognisable columns; columns found: {columns}"),
    "format.unrecognised_kind": QT_TRANSLATE_NOOP(
        "ImportMessages", "no recognisable {kind} columns; columns found: {columns}"),
    "format.unrecognised_looks_like": QT_TRANSLATE_NOOP(
        "ImportMessages", "no recognisable {kind} columns (it looks like a {description} file); columns "
                          "found: {columns}"),
    "format.no_columns": QT_TRANSLATE_NOOP("ImportMessages", "none"),
    "format.unknown": QT_TRANSLATE_NOOP("ImportMessages", "unknown format '{format}' (see the list of formats)"),
    "format.other_kind": QT_TRANSLATE_NOOP("ImportMessages", "the format '{format}' holds {holds}, not {kind}"),
    "format.missing_columns": QT_TRANSLATE_NOOP(
        "ImportMessages", "this is not a {description} file: missing column(s) {columns}"),
    "format.is_other_kind": QT_TRANSLATE_NOOP(
        "ImportMessages", "this is a {description} file, which holds {holds}, not {kind}"),
    "json.only_reviews": QT_TRANSLATE_NOOP("ImportMessages", "JSON files hold reviews only; no {kind} found"),
    "json.not_valid": QT_TRANSLATE_NOOP("ImportMessages", "this is not valid JSON (line {line}: {reason})"),
    "json.own_maps_reviews": QT_TRANSLATE_NOOP(
        "ImportMessages", "these are reviews you wrote yourself on Google Maps (Takeout 'Maps (your "
                          "places)'); export 'Google Business Profile' to get your café's reviews"),
    "json.other_format": QT_TRANSLATE_NOOP("ImportMessages", "this JSON is {found}, not {format}"),
    "json.no_reviews": QT_TRANSLATE_NOOP("ImportMessages", "the JSON file contains no reviews"),
    "json.unknown_format": QT_TRANSLATE_NOOP(
        "ImportMessages", "no reviews in a known format were found in this JSON file"),
    "kind.reviews": QT_TRANSLATE_NOOP("ImportMessages", "reviews"),
    "kind.customers": QT_TRANSLATE_NOOP("ImportMessages", "customers"),
    "kind.orders": QT_TRANSLATE_NOOP("ImportMessages", "orders"),
    "import.skipped": QT_TRANSLATE_NOOP("ImportMessages", "Skipped {detail}"),
    "import.more_notes": QT_TRANSLATE_NOOP("ImportMessages", "... and {count} more like these"),
    "import.no_batch": QT_TRANSLATE_NOOP("ImportMessages", "There is no import batch {batch}."),
    "import.already_undone": QT_TRANSLATE_NOOP("ImportMessages", "Import batch {batch} ({file}) was already undone."),
}
"""Every message code the importers and the import service produce, in English, marked for translation."""

PLAIN_NUMBERS = frozenset({"day", "month", "year"})
"""Integer parameters written without digit grouping (a year is "1990", never "1,990")."""
FLOAT_DIGITS = 6
"""Significant digits of a decimal parameter (as the English ``:g``)."""


def _value(key: str, value: Any, locale: QLocale) -> str:
    if isinstance(value, Message):
        return message_text(value, locale)
    if isinstance(value, bool) or value is None or (isinstance(value, int) and key in PLAIN_NUMBERS):
        return english_value(value)
    if isinstance(value, int):
        return locale.toString(value)
    if isinstance(value, float):
        return locale.toString(value, "g", FLOAT_DIGITS)
    if isinstance(value, datetime):
        return format_date(value, with_time=bool(value.hour or value.minute), locale=locale)
    if isinstance(value, date):
        return format_date(value, locale=locale)
    return str(value)


def message_text(message: object, locale: QLocale | None = None) -> str:
    """``message`` in the window's language; plain text is returned as it is."""
    if not isinstance(message, Message):
        return "" if message is None else str(message)
    locale = locale or QLocale()
    source = TEMPLATES.get(message.code)
    if source is None:
        return str.__str__(message)
    template = QCoreApplication.translate(CONTEXT, source) if message.code != RAW else source
    values = {k: _value(k, v, locale) for k, v in message.params.items()}
    if message.code == "dates.why.language" and message.params.get("language_code"):
        values["language"] = language_name(str(message.params["language_code"]))
    try:
        return template.format_map(values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a field: the English, never a crash
        try:
            return source.format_map(values)
        except (KeyError, IndexError, ValueError):
            return str.__str__(message)


def reason_text(reason: object, locale: QLocale | None = None) -> str:
    """A rejected row's reason without its "row 4:" lead, for lists that show the row already
    ("Sterne 'abc' ist keine Zahl 1-5"); a file prefix of several files' preview is kept."""
    if isinstance(reason, Message):
        if reason.code in ROW_UNITS.values() and isinstance(reason.params.get("detail"), Message):
            return message_text(reason.params["detail"], locale)
        detail = reason.params.get("detail")
        if reason.code == "file.rejected" and isinstance(detail, Message) and detail.code in ROW_UNITS.values():
            inner = detail.params.get("detail")
            return f"{reason.params.get('file', '')}: {message_text(inner, locale)}"
        return message_text(reason, locale)
    return "" if reason is None else str(reason)
