"""Low-level table reading: encoding and delimiter sniffing, CSV streaming and
XLSX reading, all yielding ``(row_number, cells)`` with the header as row 1.

Everything here raises only ``FileReadError`` for bad input. Tables are
re-iterable (each iteration re-opens the file), so callers can scan a column
once to decide the date order and read it again to build records while memory
stays bounded by one row.
"""
from __future__ import annotations

import codecs
import contextlib
import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from desktop.core.errors import FileReadError
from desktop.core.messages import Message

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
OLE2_MAGIC = b"\xd0\xcf\x11\xe0"
ZIP_MAGIC = b"PK"
SNIFF_BYTES = 256 * 1024
"""How much of a file is read to decide encoding and delimiter."""
DELIMITERS = ",;\t|"
MAX_FIELD_SIZE = 10 * 1024 * 1024
MAX_LINE_CHARS = MAX_FIELD_SIZE + 64 * 1024
"""Longest physical line read: a field may fill MAX_FIELD_SIZE; a longer line
(a file with no line breaks, a hole of NUL bytes) is refused after reading
this much, never held whole in memory."""
MAX_COLUMNS = 2000
"""More columns than this is not a table of reviews, customers or orders
(the widest real export, Shopify orders, has about 80)."""
CONSISTENT_ROWS = 0.9
"""Below this fraction of sample rows matching the header width, warn."""

csv.field_size_limit(MAX_FIELD_SIZE)


def clean_header(name: object) -> str:
    """A header cell without BOM, surrounding spaces or quotes."""
    text = "" if name is None else str(name)
    return text.replace("\ufeff", "").strip().strip('"').strip()


def norm_key(name: str) -> str:
    """Case- and space-insensitive key used to match header names."""
    return " ".join(clean_header(name).lower().split())


@dataclass
class Table:
    """A re-iterable rectangular source: ``header`` plus ``rows()`` yielding
    ``(row_number, cells)``; row numbers are spreadsheet-style (header = 1)."""

    path: str
    header: list[str]
    _rows: Callable[[], Iterator[tuple[int, list[object]]]]
    size_hint: int = 0
    warnings: list[str] = field(default_factory=list)
    raw: Callable[[], Iterator[tuple[int, list[object]]]] | None = None
    """Unfiltered rows including any preamble (workbooks only)."""
    position: Callable[[], int] | None = None
    """Bytes of the file consumed by the iteration in progress (None when the
    reader cannot tell, e.g. workbooks); compared with ``size_hint`` for progress."""

    def rows(self) -> Iterator[tuple[int, list[object]]]:
        """Yield ``(row_number, cells)``; cells are padded to the header width."""
        width = len(self.header)
        for num, cells in self._rows():
            if len(cells) < width:
                cells = list(cells) + [None] * (width - len(cells))
            yield num, cells


def detect_encoding(head: bytes, path: str) -> str:
    """Choose a text encoding from the first bytes: BOM, strict UTF-8, cp1252."""
    for bom, enc in BOMS:
        if head.startswith(bom):
            return enc
    if head.startswith(OLE2_MAGIC):
        raise FileReadError(path, Message("read.old_xls"))
    if b"\x00" in head[:4096]:
        # UTF-16 without BOM, or a binary file
        if len(head) >= 4 and head[1:4:2] == b"\x00\x00" and head[0] != 0:
            return "utf-16-le"
        if len(head) >= 4 and head[0:4:2] == b"\x00\x00" and head[1] != 0:
            return "utf-16-be"
        raise FileReadError(path, Message("read.binary"))
    try:
        # a multi-byte character may be cut at the end of the sniff window
        head.decode("utf-8") if len(head) < SNIFF_BYTES else head[:-4].decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        head.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def _sniff_delimiter(lines: list[str]) -> tuple[str, float]:
    """Pick the delimiter that splits the sample into the most consistent
    columns; returns it with the fraction of sample rows as wide as the header."""
    best, best_score = ",", (-1.0, 0)
    sample = [ln for ln in lines if ln.strip()][:50]
    if not sample:
        return ",", 1.0
    for delim in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(sample, delimiter=delim)]
        except csv.Error:
            continue
        if not counts or counts[0] < 2:
            continue
        # fraction of rows with the header's width (the last line may be cut)
        body = counts[:-1] if len(counts) > 2 else counts
        consistent = sum(1 for c in body if c == counts[0]) / len(body)
        score = (consistent, counts[0])
        if score > best_score:
            best, best_score = delim, score
    return best, max(best_score[0], 0.0) if best_score[1] else 1.0


def open_csv(path: str, data: bytes | None = None) -> Table:
    """Open a delimited text file (or in-memory bytes from a ZIP) as a Table."""
    p = Path(path)
    try:
        if data is None:
            with open(p, "rb") as fh:
                head = fh.read(SNIFF_BYTES)
            size = p.stat().st_size
        else:
            head, size = data[:SNIFF_BYTES], len(data)
    except OSError as exc:
        raise FileReadError(path, Message("read.cannot_open", reason=exc.strerror or str(exc))) from None
    if not head.strip(b" \r\n\t\x00\xef\xbb\xbf\xff\xfe"):
        raise FileReadError(path, Message("read.empty"))
    encoding = detect_encoding(head, path)
    if encoding == "utf-8" and size > len(head) and not _all_utf8(p, data):
        encoding = "cp1252"  # a Windows character after the sniffed block
    try:
        text = head.decode(encoding, errors="replace")
    except LookupError:  # pragma: no cover - encodings above always exist
        raise FileReadError(path, Message("read.unknown_encoding")) from None
    text = text.lstrip("\ufeff")
    if text.lstrip()[:1] == "<":
        raise FileReadError(path, Message("read.web_page"))
    lines = text.splitlines()
    skip_sep = False
    delim = None
    if lines and lines[0].lower().startswith("sep=") and len(lines[0].strip()) <= 6:
        delim = lines[0].strip()[4:5] or ","
        skip_sep = True
        lines = lines[1:]
    warnings: list[str] = []
    if delim is None:
        if encoding.startswith("utf-16") and "\t" in (lines[0] if lines else ""):
            delim = "\t"
        else:
            delim, consistency = _sniff_delimiter(lines)
            if consistency < CONSISTENT_ROWS:
                warnings.append(Message("file.ragged"))

    current: list[io.IOBase] = []  # the binary stream of the iteration in progress

    def position() -> int:
        try:
            return current[-1].tell() if current else 0
        except (OSError, ValueError):  # closed between iterations
            return 0

    def raw_rows() -> Iterator[list[str]]:
        try:
            stream = io.BytesIO(data) if data is not None else open(p, "rb")
            current[:] = [stream]
            with io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline="") as txt:
                lines_in = _bounded_lines(txt, path)
                first = next(lines_in, "")
                if not skip_sep:
                    lines_in = _chain(first, lines_in)
                for row in csv.reader(lines_in, delimiter=delim):
                    if len(row) > MAX_COLUMNS:
                        raise FileReadError(path, Message("read.too_many_columns", columns=len(row)))
                    yield row
        except (OSError, csv.Error) as exc:
            raise FileReadError(path, Message("read.not_table", reason=str(exc))) from None

    header: list[str] | None = None
    with contextlib.closing(raw_rows()) as first_rows:
        for row in first_rows:
            if any(c.strip() for c in row):
                header = [clean_header(c) for c in row]
                break
    if not header:
        raise FileReadError(path, Message("read.empty"))

    def rows() -> Iterator[tuple[int, list[object]]]:
        num = 1
        seen_header = False
        for row in raw_rows():
            if not seen_header:
                if any(c.strip() for c in row):
                    seen_header = True
                continue
            num += 1
            if not any(c.strip() for c in row):
                continue
            yield num, list(row)

    return Table(path=path, header=header, _rows=rows, size_hint=size, warnings=warnings, position=position)


def _all_utf8(p: Path, data: bytes | None) -> bool:
    """True if the whole file decodes as UTF-8 (checked in 1 MB blocks)."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        if data is not None:
            decoder.decode(data, final=True)
            return True
        with open(p, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                decoder.decode(block)
        decoder.decode(b"", final=True)
        return True
    except UnicodeDecodeError:
        return False
    except OSError:
        return True  # the read itself will report the problem


def _chain(first: str, rest: Iterator[str]) -> Iterator[str]:
    yield first
    yield from rest


def _bounded_lines(txt: io.TextIOWrapper, path: str) -> Iterator[str]:
    """The lines of ``txt``, none longer than MAX_LINE_CHARS in memory: a
    longer one raises FileReadError naming its line number."""
    number = 0
    while True:
        line = txt.readline(MAX_LINE_CHARS)
        if not line:
            return
        number += 1
        if len(line) >= MAX_LINE_CHARS and not line.endswith(("\n", "\r")):
            raise FileReadError(path, Message("read.line_too_long", line=number, megabytes=MAX_LINE_CHARS // (1024 * 1024)))
        yield line


def open_xlsx(path: str, data: bytes | None = None, skip_rows: int = 0, sheet: int = 0) -> Table:
    """Open worksheet number ``sheet`` of an .xlsx workbook (read-only, streamed).

    ``skip_rows`` preamble rows are skipped before the header; row numbers stay
    the worksheet's own so a rejection points at the row Excel shows.
    """
    try:
        import openpyxl
    except ImportError:  # pragma: no cover
        raise FileReadError(path, Message("excel.needs_openpyxl")) from None

    def load():  # noqa: ANN202 - openpyxl workbook
        src = io.BytesIO(data) if data is not None else path
        try:
            return openpyxl.load_workbook(src, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many types for corrupt files
            raise FileReadError(path, Message("excel.not_workbook", reason=type(exc).__name__)) from None

    def sheet_rows() -> Iterator[tuple[int, list[object]]]:
        wb = load()
        try:
            ws = wb.worksheets[sheet] if len(wb.worksheets) > sheet else None
            if ws is None:
                return
            for i, row in enumerate(ws.iter_rows(values_only=True), start=1):
                yield i, list(row)
        except FileReadError:
            raise
        except Exception as exc:
            raise FileReadError(path, Message("excel.damaged", reason=type(exc).__name__)) from None
        finally:
            wb.close()

    header: list[str] | None = None
    header_row = 0
    with contextlib.closing(sheet_rows()) as first_rows:
        for num, row in first_rows:
            if num <= skip_rows:
                continue
            if any(c is not None and str(c).strip() for c in row):
                header, header_row = [clean_header(c) for c in row], num
                break
    if header is None:
        raise FileReadError(path, Message("excel.first_sheet_empty" if sheet == 0 else "excel.sheet_empty"))
    while header and not header[-1]:
        header.pop()

    def rows() -> Iterator[tuple[int, list[object]]]:
        for num, row in sheet_rows():
            if num <= header_row:
                continue
            if not any(c is not None and str(c).strip() for c in row):
                continue
            yield num, row[: len(header)]

    size = len(data) if data is not None else _size(path)
    return Table(path=path, header=header, _rows=rows, size_hint=size, raw=sheet_rows)


def xlsx_sheet_names(path: str, data: bytes | None = None) -> list[str]:
    """Worksheet names of a workbook, in order ([] if it cannot be opened)."""
    import openpyxl

    try:
        wb = openpyxl.load_workbook(io.BytesIO(data) if data is not None else path, read_only=True)
    except Exception:  # noqa: BLE001 - a damaged workbook is reported by open_xlsx
        return []
    try:
        return list(wb.sheetnames)
    finally:
        wb.close()


def _size(path: str) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0


def is_zip(head: bytes) -> bool:
    return head.startswith(ZIP_MAGIC)


def xlsx_has_workbook(data_or_path: bytes | str) -> bool:
    """True when a ZIP container is an Office Open XML workbook."""
    try:
        src = io.BytesIO(data_or_path) if isinstance(data_or_path, bytes) else data_or_path
        with zipfile.ZipFile(src) as zf:
            return "xl/workbook.xml" in zf.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
