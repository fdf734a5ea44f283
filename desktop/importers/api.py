"""Public entry points: :func:`read_file`, :func:`sniff`, :func:`list_formats`.

Threading: everything here is plain blocking Python, safe to run in a worker
thread; it reports through ``progress`` and polls ``cancel``. Bad input only
ever raises :class:`FileReadError` (``Cancelled`` when cancelled); any other
exception escaping a reader is wrapped, so a malformed file can never surface
as a crash.
"""
from __future__ import annotations

import contextlib
import shutil
import tempfile
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import Any, Iterator

from desktop.core.errors import Cancelled, FileReadError, UnrecognisedFileError
from desktop.core.messages import Message, kind_message
from desktop.core.progress import CancelToken, ProgressFn, check_cancel
from desktop.core.records import ImportKind, ParsedFile
from desktop.importers import jsonfile
from desktop.importers.chunks import (
    DEFAULT_CHUNK_ROWS,
    MonotonicProgress,
    ParsedChunk,
    merge_chunks,
)
from desktop.importers.containers import Source, expand_folder, expand_zip, regular_file, single_file
from desktop.importers.customers import CustomerBuilder
from desktop.importers.mapping import (
    GENERIC_SYNONYMS,
    ColumnMap,
    apply_override,
    generic_score,
    generic_usable,
    map_exact,
    map_generic,
)
from desktop.importers.options import FormatInfo, ReadOptions, Recognition
from desktop.importers.orders import OrderBuilder
from desktop.importers.profiles import (
    BY_NAME,
    PROFILES,
    Profile,
    header_present,
    match_profiles,
)
from desktop.importers.reviews import ReviewBuilder
from desktop.importers.tabular import iter_table
from desktop.importers.textio import (
    Table,
    is_zip,
    norm_key,
    open_csv,
    open_xlsx,
    xlsx_has_workbook,
    xlsx_sheet_names,
)

GENERIC = "generic"
MAX_SHEETS = 10
"""Worksheets searched for a recognisable table."""
HEADER_SEARCH_ROWS = 40
"""Rows scanned for a header below a preamble (Zettle has 16)."""
MAX_PROBLEM = 300
"""Longest problem message, in characters."""
KIND_PREFERENCE = (ImportKind.REVIEWS, ImportKind.ORDERS, ImportKind.CUSTOMERS)


def list_formats() -> list[FormatInfo]:
    """Every format the importers recognise, for the ``formats`` command."""
    out = [FormatInfo(p.name, p.kind, p.description) for p in PROFILES]
    out.extend(FormatInfo(n, ImportKind.REVIEWS, d) for n, d in jsonfile.JSON_FORMATS)
    out.extend(FormatInfo(GENERIC, k, f"Any CSV/XLSX {k.value} file with recognisable column names")
               for k in KIND_PREFERENCE)
    return out


def field_names(kind: ImportKind) -> list[str]:
    """Canonical field names a ``column_mapping`` override may use for ``kind``
    (e.g. "created_at", "rating", "text" for reviews), in display order."""
    return list(GENERIC_SYNONYMS[ImportKind(kind)])


def _one_line(text: str) -> str:
    """Collapse whitespace so a problem is one short line."""
    flat = " ".join(text.split())
    return flat if len(flat) <= MAX_PROBLEM else flat[: MAX_PROBLEM - 1] + "…"


def _one_line_message(problem: Message) -> Message:
    """``problem`` with every text parameter collapsed to one short line (raw text: the whole text)."""
    params = {k: _one_line(v) if isinstance(v, str) and not isinstance(v, Message) else v
              for k, v in problem.params.items()}
    return Message(problem.code, **params)


def _guard(name: str, fn: Any, *args: Any) -> Any:
    """Call ``fn``; turn any unexpected exception into a FileReadError."""
    try:
        return fn(*args)
    except Cancelled:
        raise
    except FileReadError as exc:
        if "\n" in exc.problem or "\r" in exc.problem or len(exc.problem) > MAX_PROBLEM:
            raise FileReadError(exc.path, _one_line_message(exc.problem)) from None
        raise
    except MemoryError:
        raise FileReadError(name, Message("read.too_large")) from None
    except RecursionError:
        raise FileReadError(name, Message("read.too_deep")) from None
    except Exception as exc:  # noqa: BLE001 - the contract: bad input never crashes
        raise FileReadError(name, Message("read.failed", reason=_one_line(f"{type(exc).__name__}: {exc}"))) from None


def _sources(path: str | Path) -> list[Source]:
    p = Path(path)
    name = str(path)
    if p.is_dir():
        sources = expand_folder(name)
        if not sources:
            raise FileReadError(name, Message("read.folder_no_data"))
        return sources
    if not p.exists():
        raise FileReadError(name, Message("read.missing"))
    if not regular_file(p):
        raise FileReadError(name, Message("read.not_regular"))
    try:
        with open(p, "rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise FileReadError(name, Message("read.cannot_open", reason=exc.strerror or str(exc))) from None
    if is_zip(head) and not xlsx_has_workbook(name) and not p.suffix.lower() in (".xlsx", ".xlsm"):
        sources = expand_zip(name)
        if not sources:
            raise FileReadError(name, Message("zip.no_data"))
        return sources
    return [single_file(p)]


def _open_table(src: Source, kind: ImportKind | None, fmt: str | None) -> tuple[Table | None, Any]:
    """Return (table, None) for tabular sources or (None, json_doc_loader) for JSON."""
    data = None if src.path else src.read_bytes()
    head = data[:4096] if data is not None else _head(src.path or src.name)
    if is_zip(head):
        if not xlsx_has_workbook(data if data is not None else (src.path or "")):
            raise FileReadError(src.name, Message("zip.not_xlsx"))
        return _open_workbook(src, data, kind, fmt), None
    if jsonfile.looks_like_json(head):
        return None, data
    table = open_csv(src.name, data) if src.path is None else open_csv(src.path)
    table.path = src.name
    return table, None


def _open_workbook(src: Source, data: bytes | None, kind: ImportKind | None, fmt: str | None) -> Table:
    """The first worksheet whose header (possibly below a preamble) is
    recognisable; the first sheet if none is."""
    prof = BY_NAME.get(fmt or "")
    where = src.path or src.name
    names = xlsx_sheet_names(where, data) or [""]
    first: Table | None = None
    error: FileReadError | None = None
    for index, sheet_name in enumerate(names[:MAX_SHEETS]):
        try:
            table = open_xlsx(where, data, 0, index)
        except FileReadError as exc:
            error = error or exc
            continue
        table.path = src.name
        first = first or table
        skip = 0
        if not match_profiles(table.header, kind) and not _generic_any(table.header, kind):
            found = _find_header(table, kind)
            skip = found if found is not None else (prof.skip_rows if prof else 0)
            if found is None and not skip:
                continue
            table = open_xlsx(where, data, skip, index)
            table.path = src.name
        if index:
            table.warnings.append(Message("file.other_sheet", sheet=sheet_name))
        return table
    if first is None:
        raise error or FileReadError(src.name, Message("excel.no_sheets"))
    return first


def _head(path: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(4096)
    except OSError as exc:
        raise FileReadError(path, Message("read.cannot_open", reason=exc.strerror or str(exc))) from None


def _generic_any(headers: list[str], kind: ImportKind | None) -> bool:
    kinds = [kind] if kind else list(KIND_PREFERENCE)
    return any(generic_usable(map_generic(headers, k), k) for k in kinds)


def _find_header(table: Table, kind: ImportKind | None) -> int | None:
    """Rows to skip so that a header becomes the first row (preambles): the
    first row matching a known profile, else the first a generic mapping can use."""
    generic_row = None
    with contextlib.closing((table.raw or table.rows)()) as candidates:
        for num, cells in candidates:
            if num > HEADER_SEARCH_ROWS:
                break
            headers = [str(c) if c is not None else "" for c in cells]
            if match_profiles(headers, kind):
                return num - 1
            if generic_row is None and sum(1 for h in headers if h.strip()) >= 2 and _generic_any(headers, kind):
                generic_row = num - 1
    return generic_row


def recognise(headers: list[str], kind: ImportKind | None, fmt: str | None,
              options: ReadOptions, name: str) -> tuple[Profile | None, ColumnMap, ImportKind, float, str]:
    """Choose profile (or generic) and column mapping for a header row."""
    if fmt and fmt != GENERIC:
        prof = BY_NAME.get(fmt)
        if prof is None:
            if fmt in dict(jsonfile.JSON_FORMATS):
                raise FileReadError(name, Message("format.json_not_table", format=fmt))
            raise FileReadError(name, Message("format.unknown", format=fmt))
        if kind is not None and prof.kind != kind:
            raise FileReadError(name, Message("format.other_kind", format=fmt, holds=kind_message(prof.kind), kind=kind_message(kind)))
        cmap = apply_override(map_exact(headers, prof.columns), options.column_mapping)
        keys = {norm_key(h) for h in headers}
        missing = [g[0] for g in prof.must if not any(header_present(keys, a) for a in g)]
        if missing and not options.column_mapping:
            raise FileReadError(name, Message("format.missing_columns", description=prof.description, columns=", ".join(missing)))
        return prof, cmap, prof.kind, 1.0, prof.name
    matches = [] if fmt == GENERIC else match_profiles(headers, kind)
    if not matches and kind is not None and fmt != GENERIC:
        other = match_profiles(headers)
        if other:  # a known export of another kind: never read it as something else by synonyms
            prof = other[0][0]
            raise FileReadError(name, Message("format.is_other_kind", description=prof.description, holds=kind_message(prof.kind), kind=kind_message(kind)))
    if matches:
        prof, conf = matches[0]
        cmap = apply_override(map_exact(headers, prof.columns), options.column_mapping)
        return prof, cmap, prof.kind, conf, prof.name
    kinds = [kind] if kind else list(KIND_PREFERENCE)
    scored = []
    for k in kinds:
        cmap = apply_override(map_generic(headers, k), options.column_mapping)
        scored.append((generic_score(cmap, k), -kinds.index(k), k, cmap))
    scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
    score, _o, k, cmap = scored[0]
    if score == 0:
        shown = ", ".join(_one_line(h)[:40] for h in headers[:8] if h) or Message("format.no_columns")
        other = match_profiles(headers)
        if kind and other:
            problem = Message("format.unrecognised_looks_like", kind=kind_message(kind),
                              description=other[0][0].description, columns=shown)
        elif kind:
            problem = Message("format.unrecognised_kind", kind=kind_message(kind), columns=shown)
        else:
            problem = Message("format.unrecognised", columns=shown)
        raise UnrecognisedFileError(name, problem)
    conf = round(min(0.7, 0.2 + 0.1 * score), 2)
    return None, cmap, k, conf, GENERIC


def _builder(kind: ImportKind, prof: Profile | None, window: int = 0) -> Any:
    if kind == ImportKind.REVIEWS:
        return ReviewBuilder()
    if kind == ImportKind.CUSTOMERS:
        return CustomerBuilder()
    return OrderBuilder(prof.mode if prof else "", window)


def _iter_source(src: Source, kind: ImportKind | None, fmt: str | None, options: ReadOptions,
                 progress: ProgressFn | None, cancel: CancelToken | None,
                 chunk_rows: int) -> Iterator[ParsedChunk]:
    with _on_disk(src) as local:
        table, json_data = _open_table(local, kind, fmt)
        if table is None:
            if kind not in (None, ImportKind.REVIEWS):
                raise FileReadError(local.name, Message("json.only_reviews", kind=kind_message(kind)))
            yield from jsonfile.iter_json(local, json_data, fmt, progress, cancel, chunk_rows)
            return
        prof, cmap, k, _conf, fmt_name = recognise(table.header, kind, fmt, options, local.name)
        source = (prof.source if prof else None) or (options.source if k == ImportKind.REVIEWS else None) or (
            "other" if k == ImportKind.REVIEWS else GENERIC)
        yield from iter_table(table, k, fmt_name, cmap, _builder(k, prof, chunk_rows), options, prof, source,
                              progress, cancel, extra=local.context, chunk_rows=chunk_rows)


SPILL_BLOCK = 1 << 20
"""Bytes copied at a time when a ZIP member is unpacked to a temporary file."""


@contextlib.contextmanager
def _on_disk(src: Source) -> Iterator[Source]:
    """The source as a file on disk: a ZIP member is unpacked, streamed block
    by block, into a temporary file (removed afterwards), so no member is ever
    held in memory and every reader can re-read and seek it."""
    if src.path is not None or src.open is None:
        yield src
        return
    suffix = PurePosixPath(src.name.replace("\\", "/")).suffix
    with tempfile.TemporaryDirectory(prefix="regulars-import-") as tmp:
        target = Path(tmp) / f"member{suffix}"
        try:
            with src.open() as member, open(target, "wb") as out:
                shutil.copyfileobj(member, out, SPILL_BLOCK)
        except FileReadError:
            raise
        except OSError as exc:
            raise FileReadError(src.name, Message("zip.cannot_unpack", reason=exc.strerror or str(exc))) from None
        except Exception as exc:  # zlib.error, BadZipFile, NotImplementedError (compression) ...
            raise FileReadError(src.name, Message("zip.cannot_unpack", reason=type(exc).__name__)) from None
        try:
            yield replace(src, path=str(target))
        except FileReadError as exc:
            if exc.path != str(target):
                raise
            raise FileReadError(src.name, exc.problem) from None  # name the member, not the temp file


def _guarded(name: str, chunks: Iterator[ParsedChunk]) -> Iterator[ParsedChunk]:
    """:func:`_guard` for a generator: every step runs under the same contract."""
    with contextlib.closing(chunks):
        while True:
            chunk = _guard(name, next, chunks, None)
            if chunk is None:
                return
            yield chunk


def iter_file(
    path: str | Path,
    kind: ImportKind | None = None,
    fmt: str | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
    options: ReadOptions | None = None,
    chunk_rows: int = DEFAULT_CHUNK_ROWS,
) -> Iterator[ParsedChunk]:
    """Read a file, folder or ZIP as a stream of :class:`ParsedChunk`, one
    logical file after another; memory is bounded by ``chunk_rows``, not by
    the file's size (CSV/TSV in any encoding, JSON Lines, top-level JSON
    arrays, XLSX rows; ZIP members are unpacked to a temporary file, never
    into memory; other JSON shapes are small and read whole).

    Every logical file yields at least one chunk and ends with ``final=True``.
    Concatenating one file's chunks (:func:`desktop.importers.chunks.merge_chunks`)
    gives exactly what :func:`read_file` returns for it. Orders whose rows are
    contiguous are never split across chunks (see ``importers.orders``).

    ``progress(fraction, message)`` rises monotonically to 1.0, by bytes read
    where the reader knows them; ``cancel`` is polled every few hundred rows
    and between chunks (raises ``Cancelled``). Errors: FileReadError for a
    single file that cannot be read, even after some chunks were yielded (the
    consumer rolls back). Inside a folder or ZIP a failing file ends with a
    final chunk whose ``error`` is set (discard its earlier chunks) and the
    stream goes on; FileReadError at the end if no file could be read.
    Threading: a plain blocking generator; run it in a worker thread.
    """
    options = options or ReadOptions()
    kind = ImportKind(kind) if kind is not None else None
    chunk_rows = max(1, int(chunk_rows))
    name = str(path)
    sources = _guard(name, _sources, path)
    overall = MonotonicProgress(progress)
    failures: list[FileReadError] = []
    n = len(sources)
    for i, src in enumerate(sources):
        check_cancel(cancel)
        sub = MonotonicProgress(overall, i / n, (i + 1) / n) if progress else None
        try:
            yield from _guarded(src.name, _iter_source(src, kind, fmt, options, sub, cancel, chunk_rows))
        except FileReadError as exc:
            if n == 1:
                raise
            failures.append(exc)
            yield ParsedChunk(path=src.name, kind=kind or ImportKind.REVIEWS, format="",
                              final=True, error=exc.message)
    if len(failures) == n:
        raise FileReadError(name, failures[0].problem if len(failures) == 1 else
                            Message("read.none_inside", count=n, first=failures[0].message))
    overall(1.0, "Done")


def read_file(
    path: str | Path,
    kind: ImportKind | None = None,
    fmt: str | None = None,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
    options: ReadOptions | None = None,
) -> list[ParsedFile]:
    """Read a file, folder or ZIP into one ParsedFile per logical file.

    ``kind`` restricts recognition to one kind; ``fmt`` forces a format by
    name (see :func:`list_formats`). Raises FileReadError if nothing could be
    read; files inside a folder/ZIP that fail are skipped and named in the
    first result's warnings. Raises Cancelled when ``cancel`` fires.
    Holds the whole file in memory: a thin wrapper that concatenates
    :func:`iter_file`'s chunks.
    """
    results: list[ParsedFile] = []
    failures: list[str] = []
    current: list[ParsedChunk] = []
    for chunk in iter_file(path, kind, fmt, progress, cancel, options):
        if chunk.error is not None:
            failures.append(chunk.error)
            current = []
            continue
        current.append(chunk)
        if chunk.final:
            results.append(merge_chunks(current))
            current = []
    if failures:
        skipped = tuple(Message("import.skipped", detail=f) for f in failures)
        results[0] = replace(results[0], warnings=results[0].warnings + skipped)
    return results


def sniff(path: str | Path, kind: ImportKind | None = None, options: ReadOptions | None = None,
          fmt: str | None = None) -> Recognition:
    """Recognise the (first readable) file at ``path`` without reading all rows.

    Unknown tables fall to ``generic`` with the synonym mapping; raises
    FileReadError when nothing maps. With ``fmt`` the mapping is that format's
    (FileReadError if the file lacks its must-have columns).
    """
    options = options or ReadOptions()
    kind = ImportKind(kind) if kind is not None else None
    name = str(path)
    sources = _guard(name, _sources, path)
    last: FileReadError | None = None
    for src in sources:
        try:
            return _guard(src.name, _sniff_source, src, kind, options, fmt)
        except FileReadError as exc:
            last = exc
    assert last is not None
    raise last


def _sniff_source(src: Source, kind: ImportKind | None, options: ReadOptions, fmt: str | None = None) -> Recognition:
    with _on_disk(src) as on_disk:
        return _sniff_table(on_disk, kind, options, fmt)


def _sniff_table(src: Source, kind: ImportKind | None, options: ReadOptions, fmt: str | None) -> Recognition:
    table, json_data = _open_table(src, kind, fmt)
    if table is None:
        found, conf = jsonfile.sniff_json(src, json_data)
        return Recognition(format=found, kind=ImportKind.REVIEWS, confidence=conf)
    prof, cmap, k, conf, fmt_name = recognise(table.header, kind, fmt, options, src.name)
    return Recognition(format=fmt_name, kind=k, confidence=conf, mapping=cmap.named(),
                       headers=tuple(table.header))


def read_sample(path: str | Path) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(header row, first data row as text) of the first table in ``path``
    (a CSV, a workbook or a ZIP of them), for mapping by hand a file no
    format recognises. Raises FileReadError when no table with column names
    can be read (JSON files have none)."""
    name = str(path)
    sources = _guard(name, _sources, path)
    for src in sources:
        try:
            with _on_disk(src) as on_disk:
                table, _json = _guard(src.name, _open_table, on_disk, None, None)
                if table is None:
                    continue
                headers = tuple(str(h) if h is not None else "" for h in table.header)
                first: tuple[str, ...] = ()
                with contextlib.closing(table.rows()) as rows:
                    for _num, cells in rows:
                        first = tuple("" if c is None else str(c) for c in cells)
                        break
        except FileReadError:
            continue
        if any(h.strip() for h in headers):
            return headers, first
    raise FileReadError(name, Message("read.no_header"))
