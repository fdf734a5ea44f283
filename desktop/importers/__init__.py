"""importers layer: file -> core records (sniffing, format profiles,
normalisation); see ../shared ARCHITECTURE.md for what it may import.

Public API::

    read_file(path, kind=None, fmt=None, progress=None, cancel=None, options=None) -> list[ParsedFile]
    iter_file(path, kind=None, fmt=None, progress=None, cancel=None, options=None,
              chunk_rows=5000) -> Iterator[ParsedChunk]   # bounded memory; read_file concatenates it
    sniff(path, kind=None, options=None) -> Recognition
    list_formats() -> list[FormatInfo]
    field_names(kind) -> list[str]   # targets for ReadOptions.column_mapping
    ReadOptions, Recognition, FormatInfo, ParsedChunk, merge_chunks
"""
from desktop.importers.api import field_names, iter_file, list_formats, read_file, read_sample, sniff
from desktop.importers.chunks import ParsedChunk, merge_chunks
from desktop.importers.options import FormatInfo, ReadOptions, Recognition

__all__ = ["FormatInfo", "ParsedChunk", "ReadOptions", "Recognition", "field_names", "iter_file", "list_formats", "read_sample",
           "merge_chunks", "read_file", "sniff"]
