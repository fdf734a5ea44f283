"""Trim ICU's data library to what the window's languages need (Linux).

PySide6's Linux wheels link Qt to ICU 73, whose data library
(``libicudata.so.73``, 32 MB, the largest file of the bundle) holds
collation, line-breaking dictionaries, converters and display names for
over 700 locales. Qt uses ICU for collation (QCollator, locale-aware
sorting), case mapping, text converters (QStringConverter beyond UTF) and
time-zone names; it formats numbers and dates from its own tables. So the
trimmed library keeps:

- every locale-independent item (normalisation, properties,
  supplemental data, time-zone rules, the converter alias table),
- locale items (top-level, ``coll/``, ``zone/``) for the
  window's languages, English and ``root``, plus each tree's ``pool.res``
  and ``res_index.res``,
- single-byte converters (Windows and ISO code pages); not the large
  CJK/EBCDIC tables, transliteration, spelled-out numbers, or ICU's names
  of currencies, languages, regions and units (QLocale formats those from
  its own tables);
- nothing for the ICU services Qt never calls: its C API use is collation
  (``ucol_*``), converters (``ucnv_*``), time-zone names (``ucal_*``) and
  case mapping (``u_strToUpper``/``u_strToLower``), per ``nm -D`` of every
  Qt library in the bundle; so text boundaries (``brkitr/``: Qt has its
  own), character names (``unames.icu``), spoof checks (``confusables``),
  StringPrep and IDNA (``*.spp``, ``uts46.nrm``: QUrl has its own) go.

The package format is ICU's "common data" (``ucmndata.h``): a data header,
a count, (name offset, data offset) pairs relative to the table, the
names, then each item 16-byte aligned. The new package is linked into a
library with the same SONAME and symbol (``icudt73_dat``) by the system's C
compiler; without one the build keeps the full library.

Build-time only (build.spec); never shipped. The self-test compares
collation and converters with the source tree's full ICU.
"""
from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

LOCALE_TREES: frozenset[str] = frozenset({"coll", "zone"})
"""Subfolders holding one .res per locale that Qt reads (collation,
time-zone names)."""
DROPPED_TREES: frozenset[str] = frozenset({"translit", "rbnf", "curr", "lang", "region", "unit", "brkitr"})
"""Subfolders Qt never reads: transliteration, spelled-out numbers, the
names of currencies, languages, regions and units (QLocale has its own),
and text boundaries (Qt's QTextBoundaryFinder has its own tables)."""
DROPPED_ITEMS: re.Pattern[str] = re.compile(r"unames\.icu|confusables\w*\.cfu|\w+\.spp|uts46\.nrm")
"""Top-level items of ICU services Qt never calls: character names, spoof
checks, StringPrep profiles, IDNA (uts46)."""
MAX_CONVERTER_BYTES = 64 * 1024
"""Converters (.cnv) larger than this (multi-byte CJK and EBCDIC tables) are dropped."""
ALIGN = 16
_SYMBOL = re.compile(r"\b(icudt\d+_dat)\b")


def read_package(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(item name, item bytes)]) of an ICU common data package. An
    item's bytes run to the next item, so they include ICU's own padding to
    16 bytes (ICU writes every item padded)."""
    if len(blob) < 32 or blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    header_size = struct.unpack_from("<H", blob, 0)[0]
    toc = header_size
    count = struct.unpack_from("<I", blob, toc)[0]
    offsets = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_at, data_at) in enumerate(offsets):
        end = offsets[i + 1][1] if i + 1 < count else len(blob) - toc
        name_end = blob.index(b"\0", toc + name_at)
        items.append((blob[toc + name_at:name_end].decode("ascii"), blob[toc + data_at:toc + end]))
    return blob[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package holding ``items`` (names sorted as ICU binary-searches them)."""
    items = sorted(items, key=lambda item: item[0].encode("ascii"))
    names = b""
    name_offsets = []
    table_size = 4 + 8 * len(items)
    for name, _ in items:
        name_offsets.append(table_size + len(names))
        names += name.encode("ascii") + b"\0"
    data_start = table_size + len(names)
    data_start += -(len(header) + data_start) % ALIGN
    body = b""
    data_offsets = []
    for _, data in items:
        data_offsets.append(data_start + len(body))
        body += data + b"\0" * (-len(data) % ALIGN)
    table = struct.pack("<I", len(items)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets))
    padding = b"\0" * (data_start - table_size - len(names))
    return header + table + names + padding + body


def keep_item(name: str, languages: tuple[str, ...]) -> bool:
    """Whether an item (``icudt73l/coll/de.res``) is kept for ``languages``."""
    parts = name.split("/")[1:]  # drop the package prefix
    if not parts:
        return False
    file = parts[-1]
    stem, _, ext = file.rpartition(".")
    wanted = set(languages) | {"en", "root"}

    def for_wanted_locale() -> bool:
        return stem in ("pool", "res_index", "root") or stem.split("_", 1)[0] in wanted

    if len(parts) == 1:
        if DROPPED_ITEMS.fullmatch(file):
            return False
        if ext == "cnv":
            return False  # size is decided by the caller (needs the bytes)
        if ext == "res" and re.fullmatch(r"[a-z]{2,3}(_[A-Za-z0-9]+)*", stem) and stem not in (
                "pool", "res_index", "root"):
            return stem.split("_", 1)[0] in wanted  # a locale's own data
        return True  # supplemental data, properties, normalisation, zones, aliases
    tree = parts[0]
    if tree in DROPPED_TREES:
        return False
    if tree in LOCALE_TREES and ext == "res":
        return for_wanted_locale()
    return True  # break rules (.brk), collation base data (.icu), anything new


def _stem(name: str) -> str:
    return name.rsplit("/", 1)[-1].rsplit(".", 1)[0]


def trim_package(blob: bytes, languages: tuple[str, ...]) -> bytes:
    """``blob`` with only the items :func:`keep_item` keeps, plus the small
    converters that do not extend a dropped one (a delta table names its
    base table inside its data)."""
    header, items = read_package(blob)
    kept = [(n, d) for n, d in items if keep_item(n, languages)]
    converters = [(n, d) for n, d in items if n.endswith(".cnv") and n.count("/") == 1]
    small = [(n, d) for n, d in converters if len(d) <= MAX_CONVERTER_BYTES]
    dropped = {_stem(n).encode("ascii") for n, d in converters if len(d) > MAX_CONVERTER_BYTES}
    while True:
        extends_dropped = [(n, d) for n, d in small if any(base in d for base in dropped)]
        if not extends_dropped:
            break
        dropped |= {_stem(n).encode("ascii") for n, _ in extends_dropped}
        small = [item for item in small if item not in extends_dropped]
    return write_package(header, kept + small)


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """(symbol name, file offset, size) of the data blob in an ICU data library."""
    out = subprocess.run(["readelf", "--dyn-syms", "-W", str(library)], capture_output=True,
                         text=True, check=True, timeout=60).stdout
    for line in out.splitlines():
        fields = line.split()
        if len(fields) >= 8 and _SYMBOL.fullmatch(fields[7]) and fields[6] != "UND":
            address, size = int(fields[1], 16), int(fields[2], 0)
            return fields[7], _file_offset(library, address), size
    raise ValueError(f"no icudt*_dat symbol in {library}")


def _file_offset(library: Path, address: int) -> int:
    out = subprocess.run(["readelf", "-l", "-W", str(library)], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    for line in out.splitlines():
        fields = line.split()
        if fields and fields[0] == "LOAD":
            offset, vaddr, filesz = int(fields[1], 16), int(fields[2], 16), int(fields[4], 16)
            if vaddr <= address < vaddr + filesz:
                return address - vaddr + offset
    raise ValueError(f"address {address:#x} is in no loaded segment of {library}")


def trimmed_library(library: Path, folder: Path, languages: tuple[str, ...]) -> Path | None:
    """A copy of ``library`` (libicudata.so.NN) holding the trimmed data, in
    ``folder``; None when the tools (readelf, a C compiler) are missing."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None or shutil.which("readelf") is None:
        return None
    symbol, offset, size = _data_symbol(library)
    blob = library.read_bytes()[offset:offset + size]
    folder.mkdir(parents=True, exist_ok=True)
    data = folder / "icudata.dat"
    data.write_bytes(trim_package(blob, languages))
    source = folder / "icudata.S"
    source.write_text(
        f'  .section .rodata\n  .globl {symbol}\n  .type {symbol}, @object\n  .balign 16\n'
        f'{symbol}:\n  .incbin "{data}"\n  .size {symbol}, . - {symbol}\n'
        '  .section .note.GNU-stack,"",@progbits\n', encoding="ascii")
    out = folder / library.name
    subprocess.run([compiler, "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-Wl,-z,noexecstack",
                    "-o", str(out), str(source)], check=True, timeout=300)
    return out
