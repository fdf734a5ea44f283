"""Streaming results: :class:`ParsedChunk` and the helpers that turn chunks
back into whole :class:`ParsedFile` values.

A logical file (one CSV, one worksheet, one JSON file, one ZIP member) is
delivered as one or more chunks with the same ``path``; its last chunk has
``final=True``. Concatenating the chunks of one path gives exactly the
ParsedFile ``read_file`` returns for it (that is how ``read_file`` works).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from desktop.core.progress import ProgressFn
from desktop.core.records import ImportKind, ParsedFile, Rejection

DEFAULT_CHUNK_ROWS = 5000
"""Rows read per chunk: the unit that bounds memory (records of about this
many rows are alive at once, twice that for orders, see ``orders.OrderBuilder``)."""


@dataclass(frozen=True)
class ParsedChunk:
    """Part of one logical file.

    ``records``: the records completed in this part (an order is never split
    across chunks when its rows are contiguous). ``rejected``: rejections
    found in this part, with absolute row numbers (the row a spreadsheet shows,
    or the item/line number of a JSON file). ``rows_read``: rows (JSON items)
    read from the start of this logical file up to the end of this chunk, so
    the final chunk's value is the file's total. ``warnings``: new warnings
    only (file-level ones in the first chunk, totals such as "n cancelled rows
    were left out" in the final one). ``error``: set only on the final chunk
    of a file inside a folder or ZIP that failed part way; its earlier chunks
    must then be discarded (rolled back) and the error reported; such a chunk
    holds no records and its ``kind``/``format`` are placeholders.
    """

    path: str
    kind: ImportKind
    format: str
    records: tuple = ()
    rejected: tuple[Rejection, ...] = ()
    rows_read: int = 0
    warnings: tuple[str, ...] = ()
    final: bool = False
    error: str | None = None


def merge_chunks(chunks: Iterable[ParsedChunk]) -> ParsedFile:
    """Concatenate the chunks of one logical file into its ParsedFile."""
    records: list[object] = []
    rejected: list[Rejection] = []
    warnings: list[str] = []
    first: ParsedChunk | None = None
    last: ParsedChunk | None = None
    for c in chunks:
        first = first or c
        last = c
        records.extend(c.records)
        rejected.extend(c.rejected)
        warnings.extend(c.warnings)
    assert first is not None and last is not None, "a logical file yields at least one chunk"
    return ParsedFile(path=first.path, kind=first.kind, format=last.format, records=tuple(records),
                      rejected=tuple(rejected), rows_read=last.rows_read, warnings=tuple(warnings))


class MonotonicProgress:
    """Wraps a progress callback so the fraction never goes backwards and
    stays within [lo, hi] of the parent's scale."""

    def __init__(self, progress: ProgressFn | None, lo: float = 0.0, hi: float = 1.0) -> None:
        self._progress = progress
        self._lo, self._hi = lo, hi
        self._last = 0.0

    def __call__(self, fraction: float, message: str) -> None:
        if self._progress is None:
            return
        fraction = max(self._last, min(1.0, max(0.0, fraction)))
        self._last = fraction
        self._progress(self._lo + (self._hi - self._lo) * fraction, message)
