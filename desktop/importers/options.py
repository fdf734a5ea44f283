"""Public option and result types of the importers package."""
from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.records import ImportKind


@dataclass(frozen=True)
class ReadOptions:
    """What the user chose in the import dialog.

    ``dayfirst``: the day/month order for date columns the file leaves
    ambiguous (None = decide, and warn if the file does not say).
    ``default_region``: ISO 3166 region for national phone numbers ("GB").
    ``column_mapping``: ``{field: header}`` overriding the recognised mapping;
    an empty header removes a field.
    ``source``: platform name for generic review files without a source column.
    """

    dayfirst: bool | None = None
    default_region: str | None = None
    column_mapping: dict[str, str] = field(default_factory=dict)
    source: str | None = None


@dataclass(frozen=True)
class FormatInfo:
    """One supported format, for the ``formats`` CLI command."""

    name: str
    kind: ImportKind
    description: str


@dataclass(frozen=True)
class Recognition:
    """What :func:`desktop.importers.sniff` found: the format, the kind, a
    confidence in [0, 1] and the ``{field: header}`` mapping for a preview."""

    format: str
    kind: ImportKind
    confidence: float
    mapping: dict[str, str] = field(default_factory=dict)
    headers: tuple[str, ...] = ()
