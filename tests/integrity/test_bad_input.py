"""Bad input: a corpus of nasty files (generated here, never committed) and
hypothesis fuzzing, through every importer entry point (sniff, iter_file,
read_file, ImportService.preview and import_files): never a crash, a hang or
a write outside the database; a refused file leaves the database as it was
(full dump); every message is one line naming the file (and the row)."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Iterator

import pytest
from badinput import exercise
from tests.integrity.conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from integrity_tools import make_reviews_csv
from nasty import GB, make_corpus

from desktop.services import Services

FUZZ_EXAMPLES = 40
"""Per fuzzing strategy in the suite (nasty_run.py --fuzz N runs more)."""
READ_1GB_PEAK_MB = 150
"""Peak resident memory allowed while the 1 GB sparse file is read."""


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temporary folder the importers use, watched for leftovers."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def cafe_with_data(tmp_path: Path, private_tmp: Path) -> Iterator[Services]:
    services = Services.open(tmp_path / "db" / "cafe.sqlite")
    services.imports.import_files([str(make_reviews_csv(tmp_path / "earlier.csv", 20))])
    yield services
    services.close()


def test_the_nasty_corpus(tmp_path: Path, cafe_with_data: Services) -> None:
    """Each file against its own copy of a database with 20 reviews, so the
    full dumps compared stay small."""
    import shutil

    corpus_dir = tmp_path / "corpus"
    corpus = make_corpus(corpus_dir)
    template = cafe_with_data.db_path
    cafe_with_data.close()
    failures, table = [], []
    for i, nasty in enumerate(corpus):
        db = tmp_path / f"db{i}" / "cafe.sqlite"
        db.parent.mkdir()
        shutil.copy2(template, db)
        services = Services.open(db)
        try:
            verdict = exercise(nasty.path, services, db, watch=(corpus_dir, db.parent))
        finally:
            services.close()
        table.append(f"{nasty.name:26} {verdict.summary:10} {verdict.seconds:5.1f}s  {nasty.what}")
        failures += [f"{nasty.name}: {f}" for f in verdict.failures]
        if nasty.readable is True and verdict.summary != "read":
            failures.append(f"{nasty.name}: should be read, got {verdict.outcomes}")
        if nasty.readable is False and verdict.summary != "refused":
            failures.append(f"{nasty.name}: should be refused, got {verdict.outcomes}")
    print("\n".join(table))
    for evil in ("evil_traversal.csv", "evil_absolute.csv", "evil_drive.csv", "evil_nested.csv"):
        hits = [p for root in (tmp_path.parent, Path("/tmp"), ROOT) for p in root.glob(evil)]
        assert not hits, f"a ZIP member was written where its name points: {hits}"
    assert not failures, "\n".join(failures)
    assert len(corpus) >= 35


def test_formula_cells_are_stored_as_text_and_exported_neutralised(cafe_with_data: Services, tmp_path: Path) -> None:
    import csv

    from sqlalchemy import text

    from desktop.core.exports import FORMULA_PREFIXES, csv_text

    corpus = {n.name: n for n in make_corpus(tmp_path / "corpus")}
    cafe_with_data.imports.import_files([str(corpus["formula_cells.csv"].path)])
    with cafe_with_data.db.session() as s:
        stored = [tuple(r) for r in s.execute(text("SELECT text, author FROM reviews WHERE text LIKE '=%' "
                                                   "OR text LIKE '+%'")).all()]
    assert ('=HYPERLINK("http://x.example","win")', "=cmd|' /C calc'!A0") in stored  # kept as typed
    cells = [c for row in list(csv.reader(io.StringIO(csv_text(["text", "author"], stored), newline="")))[1:]
             for c in row]
    assert len(cells) == 4 and all(c.startswith("'") and c[1:].startswith(FORMULA_PREFIXES) for c in cells)


def test_a_1_gb_file_is_refused_with_bounded_memory_and_no_disk(tmp_path: Path) -> None:
    """A sparse 1 GB file (valid rows, then a hole of NUL bytes) takes no disk;
    reading it must neither hold it in memory nor take long."""
    from nasty import HEADER, _rows, _sparse

    path = tmp_path / "sparse_1gb.csv"
    _sparse(path, (HEADER + _rows(9000)).encode(), GB)
    assert path.stat().st_size == GB and path.stat().st_blocks * 512 < 64 * 1024 ** 2
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the forked parent (pytest) across exec
    code = ("import sys, time\n"
            "from desktop import importers\n"
            "from desktop.core.errors import FileReadError\n"
            "t = time.monotonic()\n"
            "try:\n"
            "    n = sum(len(c.records) for c in importers.iter_file(sys.argv[1]))\n"
            "    print('read', n)\n"
            "except FileReadError as e:\n"
            "    print('refused', e)\n"
            "hwm = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]\n"
            "print(int(hwm) // 1024, round(time.monotonic() - t, 1))\n")
    out = subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, capture_output=True, text=True,
                         timeout=300)
    verdict, figures = out.stdout.strip().splitlines()
    peak_mb, seconds = figures.split()
    print(verdict, f"peak {peak_mb} MB, {seconds} s")
    assert verdict.startswith("refused") and "line 9002 is longer than 10 MB" in verdict
    assert int(peak_mb) < READ_1GB_PEAK_MB and float(seconds) < 60


# -- fuzzing ---------------------------------------------------------------------------------

HEADERS = st.sampled_from(["id", "date", "Data", "rating", "stars", "Valutazione", "text", "review", "Recensione",
                           "author", "name", "email", "phone", "total", "order id", "", " ", "=cmd", "<b>x</b>",
                           "\ufeffdate", "a;b", 'q"uote', "日付", "x" * 300])
CELLS = st.one_of(st.sampled_from(["", "5", "0", "-1", "11", "4.5", "4,5", "1e999", "nan", "2026-02-30", "31/12/2026",
                                   "12/31/2026 25:61", "=1+1", "+44 20 7946 0000", "a@b.com", "\x00", "☕", "'",
                                   '"', "\r\n", "9" * 400, "<img src=x>", "{{ 7*7 }}", "%1"]),
                  st.text(max_size=40))
DELIMS = st.sampled_from([",", ";", "\t", "|"])
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    header = draw(st.lists(HEADERS, min_size=1, max_size=7))
    rows = draw(st.lists(st.lists(CELLS, min_size=0, max_size=len(header) + 2), max_size=12))
    delim = draw(DELIMS)
    text = "\n".join(delim.join(f'"{c}"' if delim in c or "\n" in c else c for c in row)
                     for row in [header] + rows)
    if draw(st.booleans()):
        text = f"sep={delim}\n" + text
    return text.encode(draw(ENCODINGS), errors="replace")


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
                               st.sampled_from(["reviews", "review_id", "rating", "stars", "text", "comment",
                                                "starRating", "reviewer", "createTime", "name", "data", "x"]),
                               inner, max_size=5), max_leaves=25)


@st.composite
def json_files(draw: st.DrawFn) -> bytes:
    doc = draw(JSON_VALUES)
    if draw(st.booleans()):
        return "\n".join(json.dumps(draw(JSON_VALUES)) for _ in range(draw(st.integers(1, 5)))).encode()
    return json.dumps(doc).encode()


@st.composite
def zip_files(draw: st.DrawFn) -> bytes:
    names = draw(st.lists(st.sampled_from(["reviews.csv", "../up.csv", "/abs.csv", "a/../../b.json", "C:\\x.csv",
                                           "__MACOSX/._r.csv", ".hidden.csv", "deep/dir/r.tsv", "r.jsonl",
                                           "Takeout/Google Business Profile/account-1/location-2/reviews.json",
                                           "subscribed_members_export_x.csv", "data.json", "x.txt"]),
                          min_size=1, max_size=4, unique=True))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in names:
            zf.writestr(name, draw(st.one_of(csv_files(), json_files())))
    data = buf.getvalue()
    if draw(st.booleans()):  # damage it somewhere
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + draw(st.binary(max_size=20)) + data[cut + 10:]
    return data


FUZZED = {"csv": 0, "json": 0, "zip": 0}


def fuzz_one(kind: str, data: bytes, suffix: str, services: Services, folder: Path) -> None:
    FUZZED[kind] += 1
    folder.mkdir(exist_ok=True)
    path = folder / f"fuzz{FUZZED[kind]}{suffix}"
    path.write_bytes(data)
    verdict = exercise(path, services, services.db_path, watch=(folder, services.db_path.parent), seconds=30)
    assert not verdict.failures, (verdict.failures, data[:300])
    path.unlink()


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=csv_files(), suffix=st.sampled_from([".csv", ".tsv", ".txt", ".xlsx"]))
def test_fuzzed_tables(cafe_with_data: Services, tmp_path: Path, data: bytes, suffix: str) -> None:
    fuzz_one("csv", data, suffix, cafe_with_data, tmp_path / "fuzz")


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=json_files(), suffix=st.sampled_from([".json", ".jsonl"]))
def test_fuzzed_json(cafe_with_data: Services, tmp_path: Path, data: bytes, suffix: str) -> None:
    fuzz_one("json", data, suffix, cafe_with_data, tmp_path / "fuzz")


@settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=zip_files())
def test_fuzzed_zips(cafe_with_data: Services, tmp_path: Path, data: bytes) -> None:
    fuzz_one("zip", data, ".zip", cafe_with_data, tmp_path / "fuzz")
    for evil in ("up.csv", "abs.csv", "b.json", "x.csv"):
        assert not (tmp_path / evil).exists() and not Path("/" + evil).exists()
