"""What an import and its preview report: plain frozen records the CLI
prints as JSON and the window shows, plus the helpers that build them."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date, datetime
from enum import Enum
from typing import Mapping, Sequence

from desktop.core.records import Changed, ImportResult, Rejection
from desktop.importers import ReadOptions

AMBIGUOUS_DATE_RE = re.compile(r"Dates in column '(.+?)' could be read either way")
"""Recognises the importers' day/month warning (``importers.dates.ambiguity_warning``)."""


@dataclass(frozen=True)
class FileImportResult(ImportResult):
    """An ``ImportResult`` with what the service adds: customers ``merged``
    into existing ones, known customers whose consent a newer export
    ``updated`` (counted among the duplicates too), the reader's and
    storage's ``warnings``, and ``blocked`` when strict mode wrote nothing
    because rows were rejected."""

    merged: int = 0
    updated: int = 0
    warnings: tuple[str, ...] = ()
    blocked: bool = False

    def as_json(self) -> dict:
        """The foundation's contract plus these fields (``batch_id`` is null
        when nothing was written)."""
        out = super().as_json()
        out.update(merged=self.merged, updated=self.updated, warnings=list(self.warnings),
                   blocked=self.blocked)
        return out


@dataclass(frozen=True)
class ImportOutcome:
    results: tuple[ImportResult, ...]
    errors: tuple[tuple[str, str], ...]  # (file, one-line problem) for files not read at all
    changed: Changed


@dataclass(frozen=True)
class PartPreview:
    """The dry run of one logical file (a ZIP or folder holds several)."""

    file: str
    kind: str
    format: str
    rows_read: int
    new: int
    duplicates: int
    merged: int
    rejected: tuple[Rejection, ...]
    warnings: tuple[str, ...]
    blocked: bool
    records: tuple[dict, ...]
    updated: int = 0


@dataclass(frozen=True)
class ImportPreview:
    """What importing a file would do, computed by running the real import
    inside a transaction that is rolled back: the counts are exactly what
    ``import_files`` with the same arguments would report next.

    ``columns`` maps each recognised source column to its field (the UI shows
    it editable; feed an edited copy to :meth:`mapping_override`);
    ``fields`` lists the fields a column may be mapped to. ``ambiguous_dates``
    names the date columns whose day/month order the file does not decide and
    the caller did not choose (pass ``ReadOptions(dayfirst=...)`` to decide).
    ``records`` are the first records as they will be stored, as plain JSON-ready
    dicts with an ``action`` key: "new", "duplicate", "merged" (then
    ``merged_into`` is the customer id), "updated" (a known customer whose
    consent the file changes; ``merged_into`` is that customer) or "blocked"
    (strict mode and the file has rejected rows). ``updated`` counts those
    among the duplicates."""

    file: str
    format: str
    kind: str
    confidence: float
    columns: dict[str, str]
    headers: tuple[str, ...]
    fields: tuple[str, ...]
    warnings: tuple[str, ...]
    ambiguous_dates: tuple[str, ...]
    records: tuple[dict, ...]
    rows_read: int
    new: int
    duplicates: int
    merged: int
    rejected: tuple[Rejection, ...]
    parts: tuple[PartPreview, ...]
    options: ReadOptions
    strict: bool = False
    updated: int = 0

    @property
    def blocked(self) -> bool:
        """True when strict mode would write nothing from some part of the file."""
        return any(p.blocked for p in self.parts)

    def mapping_override(self, columns: Mapping[str, str]) -> dict[str, str]:
        """``ReadOptions.column_mapping`` ({field: column}) for an edited
        ``columns`` ({column: field}, "" or missing = not imported)."""
        override = {f: "" for f in self.columns.values() if f not in columns.values()}
        override.update({f: col for col, f in columns.items() if f})
        return override

    def as_json(self) -> dict:
        def rej(rs: tuple[Rejection, ...]) -> list[dict]:
            return [{"row": r.row, "reason": r.reason} for r in rs]

        return {
            "file": self.file, "format": self.format, "kind": self.kind,
            "confidence": self.confidence, "columns": dict(self.columns),
            "warnings": list(self.warnings), "ambiguous_dates": list(self.ambiguous_dates),
            "rows_read": self.rows_read, "new": self.new, "duplicates": self.duplicates,
            "merged": self.merged, "updated": self.updated, "rejected": rej(self.rejected),
            "strict": self.strict,
            "blocked": self.blocked, "records": list(self.records),
            "parts": [{"file": p.file, "kind": p.kind, "format": p.format,
                       "rows_read": p.rows_read, "new": p.new, "duplicates": p.duplicates,
                       "merged": p.merged, "updated": p.updated, "rejected": rej(p.rejected),
                       "blocked": p.blocked}
                      for p in self.parts],
        }


def _json_value(value: object) -> object:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [_json_value(v) for v in value]
    if isinstance(value, dict):
        return {k: _json_value(v) for k, v in value.items()}
    return value


def record_dict(record: object, outcome: tuple[str, int | None] | None = None) -> dict:
    """A record as a plain JSON-ready dict, with its import outcome."""
    out = {k: _json_value(v) for k, v in asdict(record).items()}  # type: ignore[call-overload]
    if outcome is not None:
        out["action"] = outcome[0]
        if outcome[0] in ("merged", "updated"):
            out["merged_into"] = outcome[1]
    return out


def ambiguous_date_columns(warnings: Sequence[str]) -> tuple[str, ...]:
    """Column names that the importers' warnings say could be read either way."""
    found: list[str] = []
    for w in warnings:
        m = AMBIGUOUS_DATE_RE.search(w)
        if m and m.group(1) not in found:
            found.append(m.group(1))
    return tuple(found)
