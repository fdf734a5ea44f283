"""Writing files the owner opens elsewhere (spreadsheets, mail merge tools):
every CSV the app writes goes through here so that no cell can run as a
formula (CSV/formula injection, OWASP), and every piece of user text put into
HTML or Qt rich text goes through :func:`html_text`. Stdlib only.
``tests/integrity/test_exports_safe.py`` fails on any other CSV writer in
``desktop/``."""
from __future__ import annotations

import csv
import html
import io
from pathlib import Path
from typing import Any, Iterable, Sequence

FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
"""A cell starting with one of these is read as a formula (or, for tab and CR,
hides one) by Excel, LibreOffice and Google Sheets."""


def neutralise_cell(value: Any) -> str:
    """``value`` as CSV cell text that a spreadsheet shows as text, never runs:
    a leading formula character gets a single quote before it (the quote is
    what spreadsheets themselves use to mark text). Numbers stay numbers;
    None is an empty cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value) if isinstance(value, float) else str(value)
    text = str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> str:
    """A whole CSV document (UTF-8 text, comma separated, every cell neutralised)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([neutralise_cell(h) for h in header])
    for row in rows:
        writer.writerow([neutralise_cell(v) for v in row])
    return buf.getvalue()


def write_csv(path: str | Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Path:
    """Write a CSV with a UTF-8 BOM (so Excel reads accents right), every cell
    neutralised. Returns the path written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow([neutralise_cell(h) for h in header])
        for row in rows:
            writer.writerow([neutralise_cell(v) for v in row])
    return path


def html_text(value: Any) -> str:
    """``value`` as text inside HTML or Qt rich text (QTextBrowser.setHtml,
    a QLabel in RichText, a PDF written from HTML): ``& < > " '`` escaped and
    line breaks kept as ``<br>``, so review text and templates show literally
    and never become markup, links or images. None is empty."""
    if value is None:
        return ""
    return html.escape(str(value), quote=True).replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")
