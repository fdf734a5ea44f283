"""Drop the symbol table of a shared library that ``strip`` would break (Linux).

auditwheel copies a wheel's libraries into ``<package>.libs/`` and renames
them with patchelf, which appends new copies of the dynamic string and
symbol tables in extra LOAD segments. ``strip`` rewrites such a file with a
layout the dynamic linker refuses ("ELF load command address/offset not
page-aligned"), so NumPy's OpenBLAS kept its 1 MB full symbol table
(``.symtab``/``.strtab``, read only by debuggers and ``nm``; the dynamic
linker uses ``.dynsym``).

:func:`drop_symbol_table` removes just those two sections and nothing the
loader reads: every byte inside a segment stays where it is relative to
its page, a hole between segments is closed only by whole multiples of
the segments' alignment, the other non-loaded sections (``.comment``,
``.shstrtab``) move to the end with a new section header table, and
section indices are renumbered. 64-bit little-endian ELF only (x86-64,
aarch64); anything else is left as it is.

Build-time only (bundle_rules.py); never shipped.
"""
from __future__ import annotations

import struct
from pathlib import Path

SHT_SYMTAB = 2
SHT_NOBITS = 8
SHF_ALLOC = 0x2
SHF_INFO_LINK = 0x40
SHT_RELA = 4
SHT_REL = 9
_EHDR = struct.Struct("<16sHHIQQQIHHHHHH")
_PHDR = struct.Struct("<IIQQQQQQ")
_SHDR = struct.Struct("<IIQQQQIIQQ")


def drop_symbol_table(src: Path, dst: Path) -> bool:
    """Write ``src`` without ``.symtab`` and its string table to ``dst``;
    False (``dst`` untouched) when there is none or the file is not a
    64-bit little-endian ELF."""
    data = src.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return False
    (ident, e_type, machine, version, entry, phoff, shoff, flags, ehsize, phentsize, phnum,
     shentsize, shnum, shstrndx) = _EHDR.unpack_from(data, 0)
    phdrs = [list(_PHDR.unpack_from(data, phoff + i * phentsize)) for i in range(phnum)]
    shdrs = [list(_SHDR.unpack_from(data, shoff + i * shentsize)) for i in range(shnum)]
    symtabs = [i for i, s in enumerate(shdrs) if s[1] == SHT_SYMTAB and not s[2] & SHF_ALLOC]
    if not symtabs:
        return False
    dropped = set(symtabs) | {shdrs[i][6] for i in symtabs}
    if any(shdrs[i][2] & SHF_ALLOC for i in dropped) or shstrndx in dropped:
        return False
    align = max([p[7] for p in phdrs if p[0] == 1] + [1])  # PT_LOAD alignment

    # what must stay in place: the headers and every segment's bytes
    keep = sorted([(0, max(ehsize, phoff + phnum * phentsize))]
                  + [(p[2], p[2] + p[5]) for p in phdrs if p[5]])
    merged: list[list[int]] = []
    for start, end in keep:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    # close each hole between kept ranges by whole multiples of the alignment
    pieces: list[tuple[int, int, int]] = []  # (old start, old end, shift)
    shift = 0
    for n, (start, end) in enumerate(merged):
        if n:
            hole = start - merged[n - 1][1]
            shift += hole - hole % align
        pieces.append((start, end, shift))

    def moved(offset: int) -> int:
        for start, end, s in reversed(pieces):
            if offset >= start:
                return offset - s if offset <= end else end - s + (offset - end)  # after a range: stays close
        return offset

    out = bytearray()
    for start, end, s in pieces:
        out += b"\0" * (start - s - len(out))
        out += data[start:end]
    new_index = {}
    kept_sections = []
    for i, s in enumerate(shdrs):
        if i in dropped:
            continue
        new_index[i] = len(kept_sections)
        kept_sections.append(s)
    for s in kept_sections:
        sh_type, sh_flags, sh_offset, sh_size = s[1], s[2], s[4], s[5]
        if sh_flags & SHF_ALLOC or sh_type == SHT_NOBITS or sh_offset == 0:
            s[4] = moved(sh_offset) if sh_offset else 0
        else:  # a non-loaded section (.comment, .shstrtab): to the end
            boundary = max(s[8], 1)
            out += b"\0" * (-len(out) % boundary)
            s[4] = len(out)
            out += data[sh_offset:sh_offset + sh_size]
        s[6] = new_index.get(s[6], 0)  # sh_link
        if sh_type in (SHT_RELA, SHT_REL) or sh_flags & SHF_INFO_LINK:
            s[7] = new_index.get(s[7], 0)  # sh_info names a section
    for i, p in enumerate(phdrs):  # (type, flags, offset, vaddr, paddr, filesz, memsz, align)
        p[2] = moved(p[2])
        _PHDR.pack_into(out, phoff + i * phentsize, *p)
    out += b"\0" * (-len(out) % 8)
    new_shoff = len(out)
    for s in kept_sections:
        out += _SHDR.pack(*s)
    _EHDR.pack_into(out, 0, ident, e_type, machine, version, entry, phoff, new_shoff, flags, ehsize,
                    phentsize, phnum, shentsize, len(kept_sections), new_index[shstrndx])
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_bytes(bytes(out))
    return True
