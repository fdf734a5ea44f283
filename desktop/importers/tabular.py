"""The shared driver that turns a :class:`Table` into :class:`ParsedChunk` s.

Two streamed passes over the file keep memory bounded by one chunk of rows:
pass 1 counts rows and gathers per-column evidence (day/month order, decimal
separator, rating scale), keeping only counters per column; pass 2 builds
records through a kind-specific builder and hands them over every
``chunk_rows`` rows. A row that raises ``ValueError`` becomes a ``Rejection``
naming row and reason. Progress is the fraction of the file's bytes read
(pass 1 counts for ``SCAN_SHARE`` of it) when the table knows its position,
else rows done.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time
from typing import Any, Iterator, Protocol

from desktop.core.messages import Message, rejected_message
from desktop.core.progress import CancelToken, ProgressFn, check_cancel
from desktop.core.records import ImportKind, ParsedFile, Rejection
from desktop.importers.chunks import DEFAULT_CHUNK_ROWS, ParsedChunk, merge_chunks
from desktop.importers.dates import DateOrder, ambiguity_warning, parse_datetime
from desktop.importers.mapping import DAY_FIRST_LANGUAGES, ColumnMap, header_language
from desktop.importers.options import ReadOptions
from desktop.importers.profiles import Profile
from desktop.importers.textio import Table
from desktop.importers.values import DECIMAL_COMMA, DECIMAL_DOT, STAR_WORDS, number

MONEY_FIELDS: tuple[str, ...] = ("total", "line_total", "unit_price", "total_spent", "quantity")
DATE_FIELDS: tuple[str, ...] = ("created_at", "reply_at", "ordered_at", "first_visit", "last_visit", "birthday",
                                "optin_at", "confirm_at", "unsubscribed_at")
PROGRESS_EVERY = 500
"""Rows between cancel checks and progress reports."""
BATCH_ROWS = 1000
"""Rows a column-wise builder (one with ``add_batch``) parses at a time: big
enough that per-column work pays, small enough to stay well inside a chunk."""
MAX_REJECTIONS = 10_000
"""Rejections kept per file; beyond this only a count is reported."""
SCAN_SHARE = 0.25
"""Share of a file's progress given to the first (scanning) pass."""
TEN_POINT_SHARE = 0.05
"""A rating column is read as 10-point only if this share of values is above 5
(one typo must not rescale a whole 5-star file)."""
DATE_CACHE_SIZE = 50_000
"""Parsed date cells remembered per file (POS exports repeat timestamps)."""
MONEY_CACHE_SIZE = 50_000
"""Parsed number cells remembered per file (menu prices and quantities repeat
on every line; a cell that is not a number is parsed, and rejected, each time)."""


@dataclass
class Context:
    """Everything a row builder needs besides the cells."""

    cmap: ColumnMap
    options: ReadOptions
    profile: Profile | None
    source: str
    dayfirst: dict[str, bool] = field(default_factory=dict)
    rating_scale: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    decimal_comma: dict[str, bool] = field(default_factory=dict)
    _date_cache: dict[tuple[object, str], datetime | None] = field(default_factory=dict)
    _money_cache: dict[tuple[str, str], float | None] = field(default_factory=dict)
    _columns: dict[str, str] = field(default_factory=dict)

    def money(self, cells: list[object], name: str) -> float | None:
        """A number field, read with the column's decimal separator (decided
        for the column before the records are built, so a cell's value never
        depends on the rows before it)."""
        value = self.cmap.get(cells, name)
        if type(value) is not str:
            return number(value, self.col(name), self.decimal_comma.get(name))
        key = (value, name)
        try:
            return self._money_cache[key]
        except KeyError:
            pass
        result = number(value, self.col(name), self.decimal_comma.get(name))  # raises: not cached
        if len(self._money_cache) > MONEY_CACHE_SIZE:
            self._money_cache.clear()
        self._money_cache[key] = result
        return result

    def get(self, cells: list[object], name: str) -> object:
        return self.cmap.get(cells, name)

    def col(self, name: str) -> str:
        try:
            return self._columns[name]
        except KeyError:
            column = self._columns[name] = self.cmap.column(name)
            return column

    def date(self, cells: list[object], name: str, time_field: str | None = None) -> datetime | None:
        """Parse a date field, joining a separate time column when mapped."""
        value = self.get(cells, name)
        if time_field and self.cmap.has(time_field) and value is not None:
            t = self.get(cells, time_field)
            if isinstance(t, datetime):  # Excel may give a time as a full datetime
                t = t.time()
            if t is not None and str(t).strip():
                if isinstance(value, datetime):
                    if value.time() == time() or not hasattr(t, "hour"):
                        value = value.date().isoformat()
                    else:
                        t = None
                if t is not None:
                    t_text = t.isoformat() if isinstance(t, time) else str(t).strip()
                    value = f"{str(value).strip()} {t_text}"
        key = (value, name)
        try:
            return self._date_cache[key]
        except (KeyError, TypeError):
            pass
        result = parse_datetime(value, self.dayfirst.get(name), self.col(name))
        if len(self._date_cache) > DATE_CACHE_SIZE:
            self._date_cache.clear()
        try:
            self._date_cache[key] = result
        except TypeError:  # unhashable cell value
            pass
        return result


class Builder(Protocol):
    def add(self, row: int, cells: list[object], ctx: Context) -> None: ...

    def drain(self, ctx: Context, row: int) -> list[object]: ...

    def finish(self, ctx: Context) -> tuple[list[object], list[str]]: ...


def _fraction(table: Table, done: int, total: int) -> float:
    """Fraction of the table read in the current pass: bytes when known, else rows."""
    if table.position is not None and table.size_hint:
        return min(1.0, table.position() / table.size_hint)
    return min(1.0, done / total) if total else 0.0


def read_table(
    table: Table,
    kind: ImportKind,
    fmt: str,
    cmap: ColumnMap,
    builder: Builder,
    options: ReadOptions,
    profile: Profile | None,
    source: str,
    progress: ProgressFn | None,
    cancel: CancelToken | None,
    extra: dict[str, Any] | None = None,
) -> ParsedFile:
    """Run both passes and return the whole ParsedFile for one table."""
    return merge_chunks(iter_table(table, kind, fmt, cmap, builder, options, profile, source,
                                   progress, cancel, extra))


def iter_table(
    table: Table,
    kind: ImportKind,
    fmt: str,
    cmap: ColumnMap,
    builder: Builder,
    options: ReadOptions,
    profile: Profile | None,
    source: str,
    progress: ProgressFn | None,
    cancel: CancelToken | None,
    extra: dict[str, Any] | None = None,
    chunk_rows: int = DEFAULT_CHUNK_ROWS,
) -> Iterator[ParsedChunk]:
    """Run both passes over one table, yielding a chunk every ``chunk_rows``
    rows (if it holds anything) and always a final one. Raises Cancelled
    between rows when ``cancel`` fires."""
    ctx = Context(cmap=cmap, options=options, profile=profile, source=source, extra=dict(extra or {}))
    warnings = list(table.warnings)
    date_fields = [f for f in DATE_FIELDS if cmap.has(f)]
    orders = {f: DateOrder() for f in date_fields}
    max_rating, n_ratings, n_above_five = 0.0, 0, 0
    money_fields = [f for f in MONEY_FIELDS if cmap.has(f)]
    separators = {f: [0, 0] for f in money_fields}  # [decimal comma seen, decimal dot seen]
    total = 0
    has_rating = cmap.has("rating")
    rating_values: dict[object, float | None] = {}
    for num, cells in table.rows():
        total += 1
        if total % PROGRESS_EVERY == 0:
            check_cancel(cancel)
            if progress:
                progress(SCAN_SHARE * _fraction(table, 0, 0), f"Scanning {table.path}: {total} rows")
        for f in date_fields:
            orders[f].observe(cmap.get(cells, f))
        for f in money_fields:
            v = cmap.get(cells, f)
            if isinstance(v, str):
                separators[f][0] += bool(DECIMAL_COMMA.search(v))
                separators[f][1] += bool(DECIMAL_DOT.search(v))
        if has_rating:
            v = cmap.get(cells, "rating")
            if v is not None and not (isinstance(v, str) and v.strip().upper() in STAR_WORDS):
                try:
                    r = rating_values[v]  # a rating column holds a handful of distinct values
                except (KeyError, TypeError):
                    try:
                        r = number(v) or 0.0
                    except ValueError:
                        r = None
                    try:
                        rating_values[v] = r
                    except TypeError:  # an unhashable cell
                        pass
                if r is not None:
                    n_ratings += 1
                    n_above_five += r > 5
                    max_rating = max(max_rating, r)
    if total == 0:
        warnings.append(Message("file.no_rows"))
    # a file uses one decimal separator: any column that shows it decides for all
    comma_file = any(c and not d for c, d in separators.values())
    dot_file = any(d and not c for c, d in separators.values())
    for f, (c, d) in separators.items():
        ctx.decimal_comma[f] = bool(c and not d) or (comma_file and not dot_file and not d)
    # one export writes all its dates one way: a column that decides, decides for all
    file_decision = next((e.decide() for e in orders.values() if e.decide() is not None), None)
    header_lang = header_language(cmap.headers) if profile is None else None
    for f, evidence in orders.items():
        decided = evidence.decide()
        if decided is not None:
            ctx.dayfirst[f] = decided
        elif evidence.needs_choice:
            if options.dayfirst is not None:
                ctx.dayfirst[f] = options.dayfirst
            elif file_decision is not None:
                ctx.dayfirst[f] = file_decision
            elif profile is not None and profile.dayfirst is not None:
                ctx.dayfirst[f] = profile.dayfirst
                warnings.append(ambiguity_warning(cmap.column(f), evidence.example, profile.dayfirst,
                                                  Message("dates.why.profile", profile=profile.description)))
            elif header_lang in DAY_FIRST_LANGUAGES:
                ctx.dayfirst[f] = True
                warnings.append(ambiguity_warning(
                    cmap.column(f), evidence.example, True,
                    Message("dates.why.language", language=DAY_FIRST_LANGUAGES[header_lang],
                            language_code=header_lang)))
            elif evidence.dotted * 2 > evidence.ambiguous_seen:
                ctx.dayfirst[f] = True
                warnings.append(ambiguity_warning(cmap.column(f), evidence.example, True,
                                                  Message("dates.why.dotted")))
            else:
                ctx.dayfirst[f] = False
                warnings.append(ambiguity_warning(cmap.column(f), evidence.example, False,
                                                  Message("dates.why.us")))
    if profile is not None and profile.rating_scale:
        ctx.rating_scale = profile.rating_scale
    elif 5 < max_rating <= 10 and n_above_five >= max(1, TEN_POINT_SHARE * n_ratings):
        ctx.rating_scale = 10
        warnings.append(Message("ratings.ten_point", column=cmap.column('rating'), max=float(max_rating)))

    if progress:
        progress(SCAN_SHARE, f"Scanned {table.path}: {total} rows")
    rejected: list[Rejection] = []
    n_rejected = extra_rejected = done = since = 0
    pending_warnings = warnings
    add_batch = getattr(builder, "add_batch", None)
    batch: list[tuple[int, list[object]]] = []

    def reject(num: int, exc: ValueError) -> None:
        nonlocal n_rejected, extra_rejected
        if n_rejected < MAX_REJECTIONS:
            n_rejected += 1
            rejected.append(Rejection(num, rejected_message("row", num, exc)))
        else:
            extra_rejected += 1

    def flush() -> None:
        if batch:
            for num, exc in add_batch(batch, ctx):
                reject(num, exc)
            batch.clear()

    for num, cells in table.rows():
        done += 1
        since += 1
        if done % PROGRESS_EVERY == 0:
            check_cancel(cancel)
            if progress:
                progress(SCAN_SHARE + (1 - SCAN_SHARE) * _fraction(table, done, total),
                         f"Reading {table.path}: row {done} of {total}")
        if add_batch is not None:  # column-wise: parsed BATCH_ROWS rows at a time
            batch.append((num, cells))
            if len(batch) >= BATCH_ROWS:
                flush()
        else:
            try:
                builder.add(num, cells, ctx)
            except ValueError as exc:
                reject(num, exc)
        if since >= chunk_rows:
            flush()
            since = 0
            records = builder.drain(ctx, num)
            if records or rejected:
                yield ParsedChunk(path=table.path, kind=kind, format=fmt, records=tuple(records),
                                  rejected=tuple(rejected), rows_read=done, warnings=tuple(pending_warnings))
                rejected, pending_warnings = [], []
            check_cancel(cancel)
    flush()
    check_cancel(cancel)
    records, more_warnings = builder.finish(ctx)
    pending_warnings = list(pending_warnings) + list(more_warnings)
    if extra_rejected:
        pending_warnings.append(Message("file.more_rejected", count=extra_rejected))
    if progress:
        progress(1.0, f"Read {table.path}")
    yield ParsedChunk(path=table.path, kind=kind, format=fmt, records=tuple(records), rejected=tuple(rejected),
                      rows_read=total, warnings=tuple(pending_warnings), final=True)
