"""A corpus of nasty files, generated (never committed): what owners' laptops,
broken exports and hostile files throw at the importers.

``make_corpus(folder, big=False)`` writes every file and returns
``[NastyFile]``; ``big=True`` adds the by-hand sizes (a real 1 GB CSV).
Files that need no disk space are sparse (the 1 GB one in the suite).
"""
from __future__ import annotations

import io
import json
import os
import random
import zipfile
from dataclasses import dataclass
from pathlib import Path

HEADER = "id,date,rating,text,author\n"
GB = 1024 ** 3
MB = 1024 ** 2


@dataclass(frozen=True)
class NastyFile:
    name: str
    path: Path
    what: str
    readable: bool | None = None
    """True: must import (something); False: must be refused; None: either."""


def _rows(n: int, seed: int = 3, text: str | None = None) -> str:
    rnd = random.Random(seed)
    out = io.StringIO()
    for i in range(n):
        body = text if text is not None else rnd.choice(["Good coffee", "Slow service", "Lovely cake"])
        out.write(f"{i + 1},2026-0{1 + i % 9}-1{i % 9},{1 + i % 5},{body},Guest {i}\n")
    return out.getvalue()


def _sparse(path: Path, head: bytes, size: int) -> None:
    with open(path, "wb") as fh:
        fh.write(head)
        fh.truncate(size)  # a hole: no disk blocks, reads as NUL bytes


def _zip(path: Path, members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> None:
    with zipfile.ZipFile(path, "w", compression) as zf:
        for name, data in members.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = compression
            zf.writestr(info, data)


def _zip_of_zeros(path: Path, name: str, size: int) -> None:
    """A ZIP bomb: ``size`` bytes of zeros, compressed about 1000:1, streamed."""
    block = b"0" * MB
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        with zf.open(name, "w", force_zip64=True) as member:
            member.write(HEADER.encode())
            for _ in range(size // MB):
                member.write(block)


def make_corpus(folder: Path, big: bool = False) -> list[NastyFile]:
    folder.mkdir(parents=True, exist_ok=True)
    out: list[NastyFile] = []

    def add(name: str, what: str, data: bytes | str | None = None, readable: bool | None = None) -> Path:
        path = folder / name
        if data is not None:
            path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        out.append(NastyFile(name, path, what, readable))
        return path

    add("empty.csv", "an empty file", b"", False)
    add("blank_lines.csv", "only blank lines and a BOM", "\ufeff\n\r\n  \n", False)
    add("binary.csv", "random binary", random.Random(1).randbytes(64 * 1024), False)
    add("nul_header.csv", "NUL bytes in the header", b"id,da\x00te,rating\n1,2,3\n", None)
    add("nul_late.csv", "NUL bytes after the first 256 KB",
        (HEADER + _rows(6000)).encode() + b"7,2026-01-01,5,bad\x00\x00text,Eve\n" + _rows(10).encode(), None)
    add("one_line_10mb.csv", "a 10 MB single line with no newline", "a," * (5 * MB), False)
    add("field_10mb.csv", "a review whose text is one 10 MB field",
        HEADER + "1,2026-01-01,5," + "x" * (10 * MB) + ",Ana\n" + _rows(3), None)
    _sparse(add("sparse_1gb.csv", "1 GB: valid rows then a 1 GB hole (sparse, no disk used)"),
            (HEADER + _rows(9000)).encode(), GB)
    add("unterminated_quote.csv", "a quote that never closes", HEADER + '1,2026-01-01,5,"never closed,' + "y" * MB,
        None)
    add("cp1252.csv", "Windows-1252 with accents", (HEADER + "1,2026-01-01,5,Caf\xe9 cr\xe8me br\xfbl\xe9e,Jos\xe9\n"
                                                   ).encode("cp1252"), True)
    add("utf16_no_bom.csv", "UTF-16 without a BOM", (HEADER + _rows(5)).encode("utf-16-le"), None)
    add("shift_jis.csv", "Shift-JIS, a foreign encoding", (HEADER + "1,2026-01-01,5,美味しいコーヒー,田中\n").encode("shift_jis"),
        None)
    add("late_bad_utf8.csv", "invalid UTF-8 after the sniffed block",
        (HEADER + _rows(8000)).encode() + b"9,2026-01-01,4,\xff\xfe broken \xc3,Al\n", True)
    add("mixed_delimiters.csv", "commas, semicolons and tabs mixed",
        "id;date,rating\ttext|author\n1;2026-01-01,5\tgood|Ana\n2,2026-01-02;4,ok\tBo\n", None)
    add("formula_cells.csv", "formula cells in every column",
        HEADER + '1,2026-01-01,5,"=HYPERLINK(""http://x.example"",""win"")",=cmd|\' /C calc\'!A0\n'
                 "2,2026-01-02,4,+1+1 @SUM(A1:A9),-2+3\n", True)
    add("huge_numbers.csv", "huge and odd numbers", HEADER + "1,2026-01-01,1e999,big,A\n2,2026-01-01,"
        + "9" * 5000 + ",long,B\n3,2026-01-01,nan,nan,C\n4,2026-01-01,-0,zero,D\n5,2026-01-01,5,fine,E\n", True)
    add("wide_header.csv", "20,000 columns", ",".join(f"c{i}" for i in range(20_000)) + "\n" + "1," * 19_999 + "1\n",
        False)
    add("all_rejected.csv", "12,000 rows that are all wrong", HEADER + "x,not a date,eleven,,\n" * 12_000, None)
    add("html_saved_as.xls", "a web page saved as .xls",
        "<html><body><table><tr><td>Date</td><td>Rating</td></tr><tr><td>1</td><td>5</td></tr></table></body></html>",
        False)
    add("xml_spreadsheet.xls", "Excel 2003 XML saved as .xls", '<?xml version="1.0"?><Workbook></Workbook>', False)
    add("old_excel.xls", "an old binary .xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4000, False)
    add("not_a_zip.xlsx", "an .xlsx that is really a CSV", HEADER + _rows(3), True)
    add("garbage.xlsx", "an .xlsx of random bytes", random.Random(2).randbytes(5000), False)
    _zip(add("no_workbook.xlsx", "a ZIP named .xlsx with no workbook"), {"hello.txt": b"hi"})
    add("truncated.zip", "half a ZIP", b"PK\x03\x04" + random.Random(3).randbytes(300), False)
    _zip_of_zeros(add("bomb_ratio.zip", "ZIP bomb: 300 MB of zeros in ~300 KB"), "reviews.csv", 300 * MB)
    _zip(add("bomb_members.zip", "ZIP bomb: 3,000 members"),
         {f"part{i:05}.csv": (HEADER + _rows(1)).encode() for i in range(3000)})
    _zip(add("traversal.zip", "members named ../../, absolute and drive paths"),
         {"../../evil_traversal.csv": (HEADER + _rows(2)).encode(),
          "/tmp/evil_absolute.csv": (HEADER + _rows(2)).encode(),
          "C:\\evil_drive.csv": (HEADER + _rows(2)).encode(),
          "ok/../../../evil_nested.csv": (HEADER + _rows(2)).encode()}, )
    _zip(add("zip_in_zip.zip", "a ZIP inside a ZIP"), {"inner.zip": (folder / "traversal.zip").read_bytes()})
    lying = folder / "lying_size.zip"
    _zip(lying, {"reviews.csv": (HEADER + _rows(2000)).encode()})
    data = bytearray(lying.read_bytes())
    # the central directory says the member is 100 bytes; it inflates to far more
    cd = data.rfind(b"PK\x01\x02")
    data[cd + 24:cd + 28] = (100).to_bytes(4, "little")
    lying.write_bytes(bytes(data))
    out.append(NastyFile("lying_size.zip", lying, "a ZIP whose member lies about its size", None))
    add("deep_array.json", "JSON nested 100,000 deep", "[" * 100_000 + "]" * 100_000, False)
    add("deep_object.json", "JSON objects nested 50,000 deep", '{"a":' * 50_000 + "1" + "}" * 50_000, False)
    add("huge_numbers.json", "JSON with 1e999, a 5,000-digit number and NaN",
        '[{"review_id":"1","rating":1e999,"text":"big","author":"A"},'
        '{"review_id":"2","rating":' + "9" * 5000 + ',"text":"long","author":"B"},'
        '{"review_id":"3","rating":NaN,"text":"nan","author":"C"}]', None)
    add("json_lines_garbage.jsonl", "JSON Lines with broken lines",
        '{"review_id":"1","stars":5,"text":"ok","date":"2026-01-01"}\n{broken\n\x00\x00\n[1,2]\n', None)
    add("json_scalar.json", "a JSON document that is just a number", "12345678901234567890", False)
    add("json_bom_utf16.json", "UTF-16 JSON", json.dumps([{"a": "é"}]).encode("utf-16"), False)

    # symlinks and special files
    tricky = folder / "tricky_folder"
    tricky.mkdir(exist_ok=True)
    (tricky / "reviews.csv").write_text(HEADER + _rows(4), encoding="utf-8")
    if hasattr(os, "symlink"):
        os.symlink("/dev/zero", tricky / "zero.csv")
        os.symlink(tricky, tricky / "loop")
        secret = folder / "outside_secret.csv"
        secret.write_text(HEADER + "1,2026-01-01,5,SECRET OUTSIDE THE FOLDER,Eve\n", encoding="utf-8")
        os.symlink(secret, tricky / "linked_outside.csv")
        os.symlink("/dev/zero", folder / "dev_zero.csv")
        out.append(NastyFile("dev_zero.csv", folder / "dev_zero.csv", "a symlink to /dev/zero (endless)", False))
    if hasattr(os, "mkfifo"):
        os.mkfifo(tricky / "pipe.csv")
        os.mkfifo(folder / "fifo.csv")
        out.append(NastyFile("fifo.csv", folder / "fifo.csv", "a named pipe (blocks whoever opens it)", False))
    out.append(NastyFile("tricky_folder", tricky, "a folder with /dev/zero, a FIFO, a loop and a link outside",
                         True))
    if big:
        real = folder / "real_1gb.csv"
        with open(real, "w", encoding="utf-8") as fh:
            fh.write(HEADER)
            chunk = _rows(20_000)
            while fh.tell() < GB:
                fh.write(chunk)
        out.append(NastyFile("real_1gb.csv", real, "a real 1 GB review log (by hand only)", True))
    return out
