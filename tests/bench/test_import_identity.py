"""The fast import paths store exactly what the import stored before they
were made fast: every importer fixture is imported twice (the second time is
a re-import: duplicates and updates) into a fresh database, and the stored
rows of every table an import writes are compared with a dump taken from the
code before the speed work (``import_dump.json``).

When an importer's *behaviour* changes on purpose, regenerate the dump and
say why in the commit::

    REGEN_IMPORT_DUMP=1 QT_QPA_PLATFORM=offscreen python -m pytest -q tests/bench/test_import_identity.py
"""
from __future__ import annotations

import hashlib
import json
import os
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from desktop.services import Services
from desktop.storage.schema import Base

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "importers" / "fixtures"
DUMP = Path(__file__).with_name("import_dump.json")
TABLES = ("import_batches", "locations", "reviews", "orders", "order_lines", "customers",
          "customer_merges", "row_changes", "consent_events", "preference_notes")
"""Tables the import path writes (derived tables such as links and tiers are
rebuilt by hooks outside the import path and are left out)."""
CLOCK_COLUMNS = {"import_batches": ("created_at",), "row_changes": ("created_at",),
                 "customer_merges": ("created_at",), "consent_events": ("recorded_at",),
                 "preference_notes": ("created_at",)}
"""Columns holding the time of the import itself, which differs per run."""


def _fixture_files() -> list[Path]:
    return sorted([p for p in FIXTURES.iterdir() if p.is_file()]
                  + [FIXTURES / "takeout", FIXTURES / "mailchimp"])


def _plain(value: object) -> object:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def bench_files(tmp: Path) -> list[Path]:
    """The bench's tiny data set (300 reviews as CSV and Takeout, 2,000 Square
    item lines naming 100 customers, the customer list): more rows than the
    fixtures, many chunks when read with small chunks."""
    from desktop.bench.data import write_customers, write_reviews_csv, write_square_items, write_takeout

    tmp.mkdir(parents=True, exist_ok=True)
    return [write_reviews_csv(tmp / "reviews.csv", 300), write_takeout(tmp / "takeout", 300),
            write_square_items(tmp / "square_items.csv", 2_000, 100),
            write_customers(tmp / "customers.csv", 100)]


def dump(tmp: Path, files: list[Path], name: str = "identity.sqlite") -> dict:
    """Import ``files`` twice and return the stored rows and the results."""
    services = Services.open(tmp / name)
    services.imports.after_change.clear()  # derived data is not the import path's
    results = []
    try:
        for _round in range(2):
            for path in files:
                outcome = services.imports.import_files([str(path)], analyze=False)
                results.extend([Path(r.file).name, r.kind, r.rows_read, r.inserted, r.duplicates,
                                r.merged, r.updated, len(r.rejected), list(r.warnings)]
                               for r in outcome.results)
                results.extend([Path(f).name, e] for f, e in outcome.errors)
        tables = {}
        with services.db.session() as s:
            for name in TABLES:
                table = Base.metadata.tables[name]
                skip = CLOCK_COLUMNS.get(name, ())
                cols = [c for c in table.c if c.name not in skip]
                rows = s.execute(select(*cols).order_by(*table.primary_key.columns)).all()
                tables[name] = [[_plain(v) for v in row] for row in rows]
    finally:
        services.close()
    return {"results": results, "tables": tables}


def _digest(rows: list) -> str:
    return hashlib.sha256(json.dumps(rows, ensure_ascii=False).encode()).hexdigest()


def test_imports_store_what_they_stored_before(tmp_path, monkeypatch):
    got = json.loads(json.dumps(dump(tmp_path, _fixture_files()), ensure_ascii=False))
    # the bench data read in chunks of 128 rows, compared by digest (too many rows to keep)
    monkeypatch.setattr("desktop.services.imports.IMPORT_CHUNK_ROWS", 128)
    bench = dump(tmp_path, bench_files(tmp_path / "bench"), "bench.sqlite")
    got["bench"] = {"results": json.loads(json.dumps(bench["results"], ensure_ascii=False)),
                    "tables": {name: [len(rows), _digest(json.loads(json.dumps(rows)))]
                               for name, rows in bench["tables"].items()}}
    if os.environ.get("REGEN_IMPORT_DUMP"):
        DUMP.write_text(json.dumps(got, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    want = json.loads(DUMP.read_text(encoding="utf-8"))
    assert got["results"] == want["results"]
    for name in TABLES:
        assert len(got["tables"][name]) == len(want["tables"][name]), name
        for mine, theirs in zip(got["tables"][name], want["tables"][name]):
            assert mine == theirs, name
    assert got["bench"]["results"] == want["bench"]["results"]
    assert got["bench"]["tables"] == want["bench"]["tables"]
    assert sum(len(rows) for rows in got["tables"].values()) > 150  # the fixtures did land
    assert got["bench"]["tables"]["order_lines"][0] == 2_000
