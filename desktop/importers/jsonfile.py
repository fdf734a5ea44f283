"""Reading JSON and JSON Lines review files into ParsedChunks.

JSON Lines (the Yelp dataset, 5 GB) is streamed line by line, and so is a
file whose top level is an array of review objects (scraper exports), and a
big file whose top level is an object with a ``"reviews"`` array (a Takeout
``reviews.json``): items are decoded one at a time from a sliding text
buffer. Other JSON shapes (API responses, Outscraper's place list with
nested reviews) are loaded whole: they are small by nature. Rejections name the item
(1-based position in the list) or the line of a JSON Lines file.
"""
from __future__ import annotations

import contextlib
import io
import json
from itertools import chain
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from desktop.core.errors import FileReadError
from desktop.core.messages import Message, as_message, rejected_message
from desktop.core.progress import CancelToken, ProgressFn, check_cancel
from desktop.core.records import ImportKind, ParsedFile, Rejection
from desktop.importers.chunks import DEFAULT_CHUNK_ROWS, ParsedChunk, merge_chunks
from desktop.importers.containers import Source
from desktop.importers.jsonreviews import recognise_item, review_items
from desktop.importers.textio import detect_encoding

JSON_FORMATS: tuple[tuple[str, str], ...] = (
    ("google_business_profile", "Google Business Profile reviews: Takeout reviews*.json or API v4 JSON"),
    ("google_places", "Google Places API (legacy) place details JSON with up to 5 reviews"),
    ("google_places_new", "Google Places API (New) place JSON with up to 5 reviews"),
    ("yelp_fusion", "Yelp Fusion API business reviews JSON"),
    ("tripadvisor", "Tripadvisor reviews JSON (Apify scraper or Content API)"),
)
"""JSON-only formats (the tabular profiles with JSON variants are listed there)."""
SAMPLE_ITEMS = 20
"""Items inspected to recognise a JSON file's format."""
PROGRESS_EVERY = 1000
MAX_REJECTIONS = 10_000
STREAM_BLOCK = 1 << 16
"""Characters read at a time when streaming a top-level JSON array."""
STREAM_OBJECT_MIN_BYTES = 4 << 20
"""A file whose top level is an object is streamed (its ``"reviews"`` array item
by item) from this size on: a Takeout ``reviews.json`` of 100,000 reviews is
40 MB, and decoding it whole held the GIL for a second (the window froze) and
held every review in memory at once. Smaller objects are read whole."""
LONGEST_INT_DIGITS = 100
"""A longer integer is read as a float (infinity): Python refuses to convert
more than 4,300 digits, which would refuse the whole file for one value."""


def _int(text: str) -> int | float:
    return int(text) if len(text) <= LONGEST_INT_DIGITS else float(text)


_DECODER = json.JSONDecoder(parse_int=_int)


def _loads(text: str) -> Any:
    """``json.loads`` that reads absurd numbers as values (rejected per item), not errors."""
    return _DECODER.decode(text)


def looks_like_json(head: bytes) -> bool:
    """True when the first non-space character (after any BOM) is { or [."""
    try:
        enc = detect_encoding(head, "")
    except FileReadError:
        return False
    text = head.decode(enc, errors="ignore").lstrip("\ufeff \t\r\n")
    return text[:1] in ("{", "[")


def _text(src: Source, data: bytes | None) -> tuple[str | None, Path | None, str]:
    """Either the whole decoded text (small/in-memory) or a path to stream."""
    raw = data if data is not None else None
    if raw is None:
        path = Path(src.path or src.name)
        with open(path, "rb") as fh:
            head = fh.read(65536)
        return None, path, detect_encoding(head, src.name)
    return raw.decode(detect_encoding(raw[:65536], src.name), errors="replace").lstrip("\ufeff"), None, "utf-8"


class _Position:
    """Bytes consumed by the stream being read (for progress by bytes)."""

    def __init__(self) -> None:
        self.fh: IO[bytes] | None = None

    def __call__(self) -> int:
        try:
            return self.fh.tell() if self.fh is not None else 0
        except (OSError, ValueError):
            return 0


def _lines(text: str | None, path: Path | None, encoding: str, where: _Position | None = None) -> Iterator[str]:
    if text is not None:
        yield from io.StringIO(text)
        return
    assert path is not None
    with open(path, encoding=encoding, errors="replace") as fh:
        if where is not None:
            where.fh = fh.buffer
        yield from fh


class _StreamError(ValueError):
    def __init__(self, lineno: int, msg: str) -> None:
        super().__init__(msg)
        self.lineno, self.msg = lineno, msg


class _Reader:
    """A sliding text buffer over a JSON stream: whitespace, single values and
    array items decoded one at a time; memory holds one value plus a block of
    text. Raises _StreamError (line, message) for invalid JSON."""

    def __init__(self, fh: IO[str]) -> None:
        self.fh = fh
        self.buf, self.pos, self.lines, self.eof = "", 0, 0, False

    def more(self) -> bool:
        if self.eof:
            return False
        block = self.fh.read(max(STREAM_BLOCK, len(self.buf) - self.pos))  # doubles for one huge item
        if not block:
            self.eof = True
            return False
        self.lines += self.buf.count("\n", 0, self.pos)
        self.buf, self.pos = self.buf[self.pos:] + block, 0
        return True

    def skip_ws(self) -> str:
        """The next non-space character (not consumed), or "" at the end."""
        while True:
            buf, pos = self.buf, self.pos
            while pos < len(buf) and buf[pos] in " \t\r\n\ufeff":
                pos += 1
            self.pos = pos
            if pos < len(buf):
                return buf[pos]
            if not self.more():
                return ""

    def fail(self, msg: str) -> _StreamError:
        return _StreamError(self.lines + self.buf.count("\n", 0, self.pos) + 1, msg)

    def value(self) -> Any:
        """Decode the value that starts at the next non-space character."""
        if not self.skip_ws():
            raise self.fail("Expecting value")
        while True:
            try:
                item, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                if self.more():
                    continue
                raise _StreamError(self.lines + exc.lineno, exc.msg) from None
            if end == len(self.buf) and self.more():  # a number may go on in the next block
                continue
            self.pos = end
            return item

    def array_items(self) -> Iterator[Any]:
        """Items of the array that starts at the next non-space character."""
        if self.skip_ws() != "[":
            raise self.fail("Expecting '['")
        self.pos += 1
        if self.skip_ws() == "]":
            self.pos += 1
            return
        while True:
            yield self.value()
            c = self.skip_ws()
            if c == ",":
                self.pos += 1
                continue
            if c == "]":
                self.pos += 1
                return
            raise self.fail("Expecting ',' delimiter")

    def end(self) -> None:
        """Nothing but whitespace may follow the top-level value."""
        if self.skip_ws():
            raise self.fail("Extra data")


def _array_items(fh: IO[str]) -> Iterator[Any]:
    """Items of a top-level JSON array, decoded one at a time; memory holds one
    item plus a block of text. Raises _StreamError (line, message) for invalid
    JSON, also after the closing bracket."""
    reader = _Reader(fh)
    yield from reader.array_items()
    reader.end()


def _object_reviews(fh: IO[str]) -> Iterator[Any] | None:
    """Items of the ``"reviews"`` array of a top-level JSON object (a Google
    Takeout ``reviews.json``), decoded one at a time, and then the rest of the
    object checked; None when the object has no ``"reviews"`` array (read the
    file whole: ``review_items`` then looks elsewhere in it) or is broken
    before it (the whole read reports the error).

    The same items as ``review_items(json.load(fh))`` gives: a ``"reviews"``
    list wins over every other key, and the wrapper gives no location for it.
    One difference: a second ``"reviews"`` key (json.load keeps the last) is
    refused as invalid, after the first list was read (the import of the file
    is then rolled back, as for any broken file)."""
    reader = _Reader(fh)
    try:
        if reader.skip_ws() != "{":
            return None
        reader.pos += 1
        if reader.skip_ws() == "}":
            return None
        while True:
            key = reader.value()
            if not isinstance(key, str) or reader.skip_ws() != ":":
                return None
            reader.pos += 1
            if key == "reviews" and reader.skip_ws() == "[":
                break
            if reader.value() == "FeatureCollection" and key == "type":
                return None  # Google Maps places, refused by the whole read with its own message
            c = reader.skip_ws()
            if c != ",":
                return None  # "}" (no reviews array) or broken
            reader.pos += 1
    except _StreamError:
        return None

    def items() -> Iterator[Any]:
        yield from reader.array_items()
        while True:  # the rest of the object: valid, and no second list of reviews
            c = reader.skip_ws()
            if c == "}":
                reader.pos += 1
                break
            if c != ",":
                raise reader.fail("Expecting ',' delimiter")
            reader.pos += 1
            key = reader.value()
            if not isinstance(key, str):
                raise reader.fail("Expecting property name enclosed in double quotes")
            if key == "reviews":
                raise reader.fail("the key \"reviews\" appears twice")
            if reader.skip_ws() != ":":
                raise reader.fail("Expecting ':' delimiter")
            reader.pos += 1
            reader.value()
        reader.end()
    return items()


def _stream_array(path: Path, encoding: str, where: _Position) -> Iterator[tuple[int, Any]] | None:
    """Numbered items of a file whose top level is an array of review objects,
    streamed; None when the file has another shape (read it whole)."""
    fh = open(path, encoding=encoding, errors="replace")  # noqa: SIM115 - closed by the generator
    where.fh = fh.buffer
    items = _array_items(fh)
    try:
        first = next(items, None)
    except _StreamError:
        first = None
    if not isinstance(first, dict) or "reviews_data" in first:
        items.close()
        fh.close()
        return None

    def numbered() -> Iterator[tuple[int, Any]]:
        with fh:
            yield from enumerate(chain([first], items), start=1)
    return numbered()


def _stream_object(path: Path, encoding: str, where: _Position) -> Iterator[tuple[int, Any]] | None:
    """Numbered items of a big file whose top level is an object with a
    ``"reviews"`` array (Takeout), streamed; None for another shape."""
    fh = open(path, encoding=encoding, errors="replace")  # noqa: SIM115 - closed by the generator
    items = _object_reviews(fh)
    if items is None:
        fh.close()
        return None
    where.fh = fh.buffer

    def numbered() -> Iterator[tuple[int, Any]]:
        with fh:
            yield from enumerate(items, start=1)
    return numbered()


def _is_jsonl(lines: Iterator[str]) -> bool:
    first = next((ln for ln in lines if ln.strip()), "")
    second = next((ln for ln in lines if ln.strip()), "")
    if not second.lstrip().startswith("{"):
        return False
    try:
        return isinstance(_loads(first.lstrip("\ufeff")), dict)
    except ValueError:
        return False


def _load(src: Source, data: bytes | None,
          where: _Position | None = None) -> tuple[Iterable[tuple[int, Any]], str | None, str]:
    """Items with their 1-based position, a wrapper location, and the unit
    word used in rejections ("item" or "line"). ``where`` is told the byte
    stream being read when the file is streamed."""
    where = where or _Position()
    text, path, enc = _text(src, data)
    with contextlib.closing(_lines(text, path, enc)) as probe:
        jsonl = _is_jsonl(probe)
    if jsonl:
        def stream() -> Iterator[tuple[int, Any]]:
            for n, line in enumerate(_lines(text, path, enc, where), start=1):
                if not line.strip():
                    continue
                try:
                    yield n, _loads(line.lstrip("\ufeff"))
                except ValueError:
                    yield n, _BadLine(line)
        return stream(), None, "line"
    if text is None and path is not None:
        with open(path, "rb") as fh:
            head = fh.read(4096).decode(enc, errors="ignore").lstrip("\ufeff \t\r\n")
        streamed = _stream_array(path, enc, where) if head.startswith("[") else None
        if streamed is None and head.startswith("{") and path.stat().st_size >= STREAM_OBJECT_MIN_BYTES:
            streamed = _stream_object(path, enc, where)
        if streamed is not None:
            return _invalid_as_error(streamed, src.name), None, "item"
    try:
        if text is None:
            with open(path, encoding=enc, errors="replace") as fh:  # type: ignore[arg-type]
                text = fh.read().lstrip("\ufeff")
        doc = _loads(text)
    except json.JSONDecodeError as exc:
        raise FileReadError(src.name, Message("json.not_valid", line=exc.lineno, reason=exc.msg)) from None
    if isinstance(doc, dict) and doc.get("type") == "FeatureCollection":
        raise FileReadError(src.name, Message("json.own_maps_reviews"))
    items, loc = review_items(doc)
    return enumerate(items, start=1), loc, "item"


def _invalid_as_error(items: Iterator[tuple[int, Any]], name: str) -> Iterator[tuple[int, Any]]:
    try:
        yield from items
    except _StreamError as exc:
        raise FileReadError(name, Message("json.not_valid", line=exc.lineno, reason=exc.msg)) from None


class _BadLine:
    def __init__(self, line: str) -> None:
        self.line = line


def read_json(src: Source, data: bytes | None, fmt: str | None, progress: ProgressFn | None,
              cancel: CancelToken | None) -> ParsedFile:
    """Read one JSON/JSONL review file whole; FileReadError if no review format fits."""
    return merge_chunks(iter_json(src, data, fmt, progress, cancel))


def iter_json(src: Source, data: bytes | None, fmt: str | None, progress: ProgressFn | None,
              cancel: CancelToken | None, chunk_rows: int = DEFAULT_CHUNK_ROWS) -> Iterator[ParsedChunk]:
    """Read one JSON/JSONL review file as chunks of about ``chunk_rows``
    items; FileReadError if no review format fits (raised before the first
    chunk), Cancelled when ``cancel`` fires. ``rows_read`` counts items/lines."""
    where = _Position()
    items, wrapper_loc, unit = _load(src, data, where)
    size = _size(src, data)
    location = src.context.get("location") or wrapper_loc
    records: list[Any] = []
    rejected: list[Rejection] = []
    pending: list[tuple[int, Any]] = []
    fmt_name, parser = None, None
    total = n_rejected = since = 0

    def fraction() -> float:
        return min(1.0, where() / size) if size and where.fh is not None else 0.5

    for pos, item in items:
        total += 1
        since += 1
        if total % PROGRESS_EVERY == 0:
            check_cancel(cancel)
            if progress:
                progress(fraction(), f"Reading {src.name}: {total} {unit}s")
        if parser is None:
            found = recognise_item(item)
            if found is None:
                pending.append((pos, item))
                if len(pending) >= SAMPLE_ITEMS:
                    break
                continue
            fmt_name, parser = found
            if fmt and fmt not in (fmt_name, "generic"):
                raise FileReadError(src.name, Message("json.other_format", found=fmt_name, format=fmt))
            for p, it in pending:
                n_rejected += _one(p, it, parser, location, unit, records, rejected, n_rejected)
            pending = []
        n_rejected += _one(pos, item, parser, location, unit, records, rejected, n_rejected)
        if since >= chunk_rows:
            since = 0
            yield ParsedChunk(path=src.name, kind=ImportKind.REVIEWS, format=fmt_name or "json",
                              records=tuple(records), rejected=tuple(rejected), rows_read=total)
            records, rejected = [], []
            check_cancel(cancel)
    if parser is None:
        if total == 0 and src.context.get("takeout"):
            yield ParsedChunk(path=src.name, kind=ImportKind.REVIEWS, format="google_business_profile",
                              final=True)
            return
        if total == 0:
            raise FileReadError(src.name, Message("json.no_reviews"))
        raise FileReadError(src.name, Message("json.unknown_format"))
    check_cancel(cancel)
    yield ParsedChunk(path=src.name, kind=ImportKind.REVIEWS, format=fmt_name or "json",
                      records=tuple(records), rejected=tuple(rejected), rows_read=total, final=True)


def _size(src: Source, data: bytes | None) -> int:
    if data is not None:
        return len(data)
    try:
        return Path(src.path or src.name).stat().st_size
    except OSError:
        return 0


def _one(pos: int, item: Any, parser: Any, location: str | None, unit: str,
         records: list[Any], rejected: list[Rejection], n_rejected: int) -> int:
    """Parse one item into ``records`` or ``rejected`` (kept only while fewer
    than MAX_REJECTIONS were); returns 1 if it was rejected."""
    reason = None
    if isinstance(item, _BadLine):
        reason = Message("json.invalid")
    elif not isinstance(item, dict) or recognise_item(item) is None:
        reason = Message("json.not_review")
    else:
        try:
            records.append(parser(item, location))
        except ValueError as exc:
            reason = as_message(exc)
        except Exception as exc:  # noqa: BLE001 - odd shapes (lists where objects belong, ...)
            reason = Message("json.odd_shape", kind=type(exc).__name__)
    if reason is None:
        return 0
    if n_rejected < MAX_REJECTIONS:
        rejected.append(Rejection(pos, rejected_message(unit, pos, reason)))
    return 1


def sniff_json(src: Source, data: bytes | None) -> tuple[str, float]:
    """Format name and confidence of a JSON review file."""
    items, _loc, _unit = _load(src, data)
    for n, (_pos, item) in enumerate(items):
        found = recognise_item(item)
        if found:
            return found[0], 0.95
        if n >= SAMPLE_ITEMS:
            break
    if src.context.get("takeout"):
        return "google_business_profile", 0.6
    raise FileReadError(src.name, Message("json.unknown_format"))
