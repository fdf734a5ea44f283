"""Trim Qt's own translations (``qtbase_*.qm``) to the Qt parts the bundle ships.

``qtbase_<lang>.qm`` holds the messages of every Qt Base module: besides the
widgets' buttons, dialogs and shortcut names the owner sees, it carries the
error texts of networking, TLS, SQL drivers, printing, XML and regular
expressions, none of which is in the bundle (bundle_rules.py leaves those
libraries out) or shown by the app. Dropping those contexts takes each
catalogue from about 210 KB to about 100 KB.

The .qm format (Qt's ``qtranslator.cpp``): a 16-byte magic, then blocks of
(tag byte, big-endian length, data). The Messages block is a run of
records, each a list of (tag, length, bytes) fields ending with an End
tag; the Hashes block lists (hash, record offset) pairs sorted by hash,
which is how Qt finds a message. A trimmed file keeps the records of the
kept contexts and their hash entries with the new offsets, in the same
order, and the other blocks (language, plural rules, dependencies) as
they are; the optional Contexts block (a quick reject of unknown
contexts) is left out, which only makes Qt look up those misses in the
hash table. Build-time only (build.spec); never shipped.
"""
from __future__ import annotations

import re
import struct
from pathlib import Path

MAGIC = bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD")
TAG_CONTEXTS, TAG_HASHES, TAG_MESSAGES = 0x2F, 0x42, 0x69
_END, _OBSOLETE1, _CONTEXT = 1, 5, 7

DROPPED_CONTEXTS = re.compile(
    r"Q(?:Ssl|Dtls|NativeSocketEngine|Socks5|HttpSocketEngine|Http|AbstractSocket|TcpServer|UdpSocket|Sctp"
    r"|LocalSocket|LocalServer|DnsLookup|HostInfo|NetworkAccess|NetworkReply|NetworkSession|Ftp"
    r"|Sql|IBase|Mimer|ODBC|MYSQL|OCI|PSQL|DB2|SQLite|TDS"
    r"|Print|PageSetup|Cups|UnixPrint|AbstractPrint|AbstractPageSetup"
    r"|XmlStream|Xml|Dom|RegularExpression|AxSelect|Windows(?:Direct2D)?Integration|TgaFile).*"
    r"|Print Device .*")
"""Contexts of Qt parts that are not in the bundle or that the app never
shows: networking and TLS, SQL drivers, printing, XML, QRegularExpression's
pattern errors (the app uses Python's re), ActiveX, Direct2D, TGA images."""


def _blocks(data: bytes) -> list[tuple[int, bytes]]:
    if data[:16] != MAGIC:
        raise ValueError("not a Qt .qm file")
    out, i = [], 16
    while i < len(data):
        tag = data[i]
        (length,) = struct.unpack_from(">I", data, i + 1)
        out.append((tag, data[i + 5:i + 5 + length]))
        i += 5 + length
    return out


def _records(messages: bytes) -> list[tuple[int, int, str | None]]:
    """(start, end, context) of every message record."""
    out, i, start, context = [], 0, 0, None
    while i < len(messages):
        tag = messages[i]
        i += 1
        if tag == _END:
            out.append((start, i, context))
            start, context = i, None
        elif tag == _OBSOLETE1:
            i += 4
        else:
            (length,) = struct.unpack_from(">I", messages, i)
            i += 4
            length = 0 if length == 0xFFFFFFFF else length
            if tag == _CONTEXT:
                context = messages[i:i + length].decode("latin-1")
            i += length
    return out


def contexts(data: bytes) -> set[str | None]:
    """The contexts of a .qm file's messages."""
    messages = next((d for t, d in _blocks(data) if t == TAG_MESSAGES), b"")
    return {context for _, _, context in _records(messages)}


def trim(data: bytes, dropped: re.Pattern[str] = DROPPED_CONTEXTS) -> bytes:
    """``data`` (a .qm file) without the messages of contexts ``dropped`` matches."""
    blocks = _blocks(data)
    messages = next((d for t, d in blocks if t == TAG_MESSAGES), None)
    if messages is None:  # an empty catalogue (qtbase_en.qm)
        return data
    hashes = next((d for t, d in blocks if t == TAG_HASHES), b"")
    new_messages = bytearray()
    moved: dict[int, int] = {}
    for start, end, context in _records(messages):
        if context is None or not dropped.fullmatch(context):
            moved[start] = len(new_messages)
            new_messages += messages[start:end]
    new_hashes = bytearray()
    for n in range(0, len(hashes), 8):
        hash_value, offset = struct.unpack_from(">II", hashes, n)
        if offset in moved:
            new_hashes += struct.pack(">II", hash_value, moved[offset])
    out = bytearray(MAGIC)
    for tag, block in blocks:
        if tag == TAG_CONTEXTS:
            continue
        block = {TAG_MESSAGES: bytes(new_messages), TAG_HASHES: bytes(new_hashes)}.get(tag, block)
        out += struct.pack(">BI", tag, len(block)) + block
    return bytes(out)


def with_trimmed_translations(datas: list[tuple[str, str, str]], folder: Path) -> tuple[list, str]:
    """PyInstaller data entries with each ``qtbase_*.qm`` swapped for a
    trimmed copy in ``folder``, and a line saying what was done."""
    out, before, after = [], 0, 0
    for dest, src, typecode in datas:
        name = Path(dest).name
        if name.startswith("qtbase_") and name.endswith(".qm") and "PySide6" in Path(dest).parts:
            data = Path(src).read_bytes()
            trimmed = trim(data)
            target = folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(trimmed)
            before, after = before + len(data), after + len(trimmed)
            src = str(target)
        out.append((dest, src, typecode))
    if not before:
        return out, "no Qt translations in the bundle"
    return out, f"Qt's own translations trimmed to the parts the bundle ships: {before / 1e6:.2f} MB -> {after / 1e6:.2f} MB"
