"""importers layer: file -> core records (sniffing, format profiles,
normalisation); see ../shared ARCHITECTURE.md for what it may import.

Public API::

    read_file(path, kind=None, fmt=None, progress=None, cancel=None, options=None) -> list[ParsedFile]
    sniff(path, kind=None, options=None) -> Recognition
    list_formats() -> list[FormatInfo]
    field_names(kind) -> list[str]   # targets for ReadOptions.column_mapping
    ReadOptions, Recognition, FormatInfo
"""
from desktop.importers.api import field_names, list_formats, read_file, sniff
from desktop.importers.options import FormatInfo, ReadOptions, Recognition

__all__ = ["FormatInfo", "ReadOptions", "Recognition", "field_names", "list_formats", "read_file", "sniff"]
