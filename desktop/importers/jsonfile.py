"""Reading JSON and JSON Lines review files into a ParsedFile.

JSON Lines (the Yelp dataset, 5 GB) is streamed line by line; ordinary JSON
is loaded whole (API responses and Takeout pages are small). Rejections name
the item (1-based position in the list) or the line of a JSON Lines file.
"""
from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any, Iterable, Iterator

from desktop.core.errors import FileReadError
from desktop.core.progress import CancelToken, ProgressFn, check_cancel
from desktop.core.records import ImportKind, ParsedFile, Rejection
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


def _lines(text: str | None, path: Path | None, encoding: str) -> Iterator[str]:
    if text is not None:
        yield from io.StringIO(text)
        return
    assert path is not None
    with open(path, encoding=encoding, errors="replace") as fh:
        yield from fh


def _is_jsonl(lines: Iterator[str]) -> bool:
    first = next((ln for ln in lines if ln.strip()), "")
    second = next((ln for ln in lines if ln.strip()), "")
    if not second.lstrip().startswith("{"):
        return False
    try:
        return isinstance(json.loads(first.lstrip("\ufeff")), dict)
    except ValueError:
        return False


def _load(src: Source, data: bytes | None) -> tuple[Iterable[tuple[int, Any]], str | None, str]:
    """Items with their 1-based position, a wrapper location, and the unit
    word used in rejections ("item" or "line")."""
    text, path, enc = _text(src, data)
    with contextlib.closing(_lines(text, path, enc)) as probe:
        jsonl = _is_jsonl(probe)
    if jsonl:
        def stream() -> Iterator[tuple[int, Any]]:
            for n, line in enumerate(_lines(text, path, enc), start=1):
                if not line.strip():
                    continue
                try:
                    yield n, json.loads(line.lstrip("\ufeff"))
                except ValueError:
                    yield n, _BadLine(line)
        return stream(), None, "line"
    try:
        if text is None:
            with open(path, encoding=enc, errors="replace") as fh:  # type: ignore[arg-type]
                text = fh.read().lstrip("\ufeff")
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise FileReadError(src.name, f"this is not valid JSON (line {exc.lineno}: {exc.msg})") from None
    if isinstance(doc, dict) and doc.get("type") == "FeatureCollection":
        raise FileReadError(src.name, "these are reviews you wrote yourself on Google Maps (Takeout 'Maps (your "
                                      "places)'); export 'Google Business Profile' to get your café's reviews")
    items, loc = review_items(doc)
    return enumerate(items, start=1), loc, "item"


class _BadLine:
    def __init__(self, line: str) -> None:
        self.line = line


def read_json(src: Source, data: bytes | None, fmt: str | None, progress: ProgressFn | None,
              cancel: CancelToken | None) -> ParsedFile:
    """Read one JSON/JSONL review file; FileReadError if no review format fits."""
    items, wrapper_loc, unit = _load(src, data)
    location = src.context.get("location") or wrapper_loc
    records: list[Any] = []
    rejected: list[Rejection] = []
    pending: list[tuple[int, Any]] = []
    fmt_name, parser = None, None
    total = 0
    for pos, item in items:
        total += 1
        if total % PROGRESS_EVERY == 0:
            check_cancel(cancel)
            if progress:
                progress(0.5, f"Reading {src.name}: {total} {unit}s")
        if parser is None:
            found = recognise_item(item)
            if found is None:
                pending.append((pos, item))
                if len(pending) >= SAMPLE_ITEMS:
                    break
                continue
            fmt_name, parser = found
            if fmt and fmt not in (fmt_name, "generic"):
                raise FileReadError(src.name, f"this JSON is {fmt_name}, not {fmt}")
            for p, it in pending:
                _one(p, it, parser, location, unit, records, rejected)
            pending = []
        _one(pos, item, parser, location, unit, records, rejected)
    if parser is None:
        if total == 0 and src.context.get("takeout"):
            return ParsedFile(path=src.name, kind=ImportKind.REVIEWS, format="google_business_profile")
        if total == 0:
            raise FileReadError(src.name, "the JSON file contains no reviews")
        raise FileReadError(src.name, "no reviews in a known format were found in this JSON file")
    check_cancel(cancel)
    return ParsedFile(path=src.name, kind=ImportKind.REVIEWS, format=fmt_name or "json",
                      records=tuple(records), rejected=tuple(rejected[:MAX_REJECTIONS]), rows_read=total)


def _one(pos: int, item: Any, parser: Any, location: str | None, unit: str,
         records: list[Any], rejected: list[Rejection]) -> None:
    if isinstance(item, _BadLine):
        rejected.append(Rejection(pos, f"{unit} {pos}: is not valid JSON"))
        return
    if not isinstance(item, dict) or recognise_item(item) is None:
        rejected.append(Rejection(pos, f"{unit} {pos}: is not a review object"))
        return
    try:
        records.append(parser(item, location))
    except ValueError as exc:
        rejected.append(Rejection(pos, f"{unit} {pos}: {exc}"))
    except Exception as exc:  # noqa: BLE001 - odd shapes (lists where objects belong, ...)
        rejected.append(Rejection(pos, f"{unit} {pos}: unexpected review shape ({type(exc).__name__})"))


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
    raise FileReadError(src.name, "no reviews in a known format were found in this JSON file")
