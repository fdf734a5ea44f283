"""Streamed import: one transaction per file, chunk by chunk."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop.core.errors import Cancelled
from desktop.core.progress import CancelFlag
from desktop.services import imports as imports_mod
from desktop.storage import repositories as repo

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "importers"))
from test_importers_stream import square_items_csv  # noqa: E402


def test_chunked_import_equals_whole_file(services, tmp_path, monkeypatch):
    path, per_receipt, bad = square_items_csv(tmp_path / "items.csv", 300, bad_every=29)
    monkeypatch.setattr(imports_mod, "IMPORT_CHUNK_ROWS", 7)
    out = services.imports.import_files([str(path)])
    assert not out.errors
    [res] = out.results
    assert res.inserted == len(per_receipt) and res.duplicates == 0
    assert [r.row for r in res.rejected] == bad
    [batch] = services.imports.list_batches()
    assert batch.inserted == len(per_receipt) and batch.rejected == len(bad)
    assert batch.rows_read == res.rows_read
    with services.db.session() as s:
        assert repo.counts(s)["orders"] == len(per_receipt)
    again = services.imports.import_files([str(path)]).results[0]
    assert again.inserted == 0 and again.duplicates == len(per_receipt) and again.batch_id is None


def test_cancel_mid_file_rolls_the_file_back(services, tmp_path, monkeypatch):
    path, _per, _bad = square_items_csv(tmp_path / "items.csv", 300)
    monkeypatch.setattr(imports_mod, "IMPORT_CHUNK_ROWS", 7)
    flag = CancelFlag()
    real = repo.store_orders
    calls = []

    def insert(*a, **k):
        calls.append(1)
        if len(calls) == 3:
            flag.cancel()
        return real(*a, **k)

    monkeypatch.setattr(repo, "store_orders", insert)
    with pytest.raises(Cancelled):
        services.imports.import_files([str(path)], cancel=flag)
    assert len(calls) == 3
    with services.db.session() as s:
        assert repo.counts(s)["orders"] == 0
    assert services.imports.list_batches() == []


def test_strict_mode_blocks_a_streamed_file(services, tmp_path, monkeypatch):
    path, _per, bad = square_items_csv(tmp_path / "items.csv", 300, bad_every=200)
    monkeypatch.setattr(imports_mod, "IMPORT_CHUNK_ROWS", 7)
    res = services.imports.import_files([str(path)], skip_rejected=False).results[0]
    assert res.blocked and res.batch_id is None and [r.row for r in res.rejected] == bad
    with services.db.session() as s:
        assert repo.counts(s)["orders"] == 0


def test_dedupe_across_chunks(services, tmp_path, monkeypatch):
    rows = [f"g-{i},2026-03-{1 + i % 28:02d},{1 + i % 5},Guest {i},Google,Review number {i}" for i in range(20)]
    rows.append(rows[2])  # the same review again, chunks later
    path = tmp_path / "reviews.csv"
    path.write_text("Review ID,Date,Rating,Author,Source,Review\n" + "\n".join(rows) + "\n")
    monkeypatch.setattr(imports_mod, "IMPORT_CHUNK_ROWS", 5)
    res = services.imports.import_files([str(path)]).results[0]
    assert (res.inserted, res.duplicates) == (20, 1)


def test_preview_streams_chunk_by_chunk_and_agrees_with_the_import(services, tmp_path, monkeypatch):
    """The preview goes through the same chunked write path as the import
    (so a huge file previews in bounded memory) and predicts it exactly."""
    import desktop.services.imports as imports_module

    monkeypatch.setattr(imports_module, "IMPORT_CHUNK_ROWS", 3)
    lines = ["id,date,stars,reviewer,comment"]
    lines += [f"{i},2026-05-{1 + i % 28:02d},{1 + i % 5},P{i},Review {i}" for i in range(10)]
    lines += ["3,2026-05-04,4,P3,Review 3"]  # a repeat of row 4, in a later chunk
    path = tmp_path / "chunky.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    preview = services.imports.preview(str(path))
    assert (preview.rows_read, preview.new, preview.duplicates) == (11, 10, 1)
    assert len(preview.records) == 11 and preview.records[-1]["action"] == "duplicate"
    assert services.reviews.list_reviews().empty  # the dry run wrote nothing
    (result,) = services.imports.import_files([str(path)]).results
    assert (result.rows_read, result.inserted, result.duplicates) == (11, 10, 1)
