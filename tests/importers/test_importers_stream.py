"""Streaming import: ``iter_file`` yields bounded chunks whose concatenation is
exactly ``read_file``'s result; receipts are never split; rejections keep
absolute row numbers; progress rises to 1; cancel stops mid-file."""
from __future__ import annotations

import codecs
import json
import random
from pathlib import Path

import pytest

from desktop.core.errors import Cancelled, FileReadError
from desktop.core.progress import CancelFlag
from desktop.core.records import OrderRecord
from desktop.importers import ParsedChunk, iter_file, merge_chunks, read_file

FIXTURES = Path(__file__).parent / "fixtures"
ALL_FIXTURES = sorted(p.name for p in FIXTURES.iterdir())

SQUARE_ITEMS_HEADER = (
    "Date,Time,Time Zone,Category,Item,Qty,Price Point Name,SKU,Modifiers Applied,Gross Sales,Discounts,"
    "Net Sales,Tax,Transaction ID,Payment ID,Device Name,Notes,Details,Event Type,Location,Dining Option,"
    "Customer ID,Customer Name,Customer Reference ID,Unit,Count,GTIN,Itemization Type,Commission,Employee,"
    "Fulfillment Note,Channel,Token,Card Brand,PAN Suffix"
)
ITEMS = (("Coffee", "Flat White", 3.6), ("Coffee", "Latte", 3.9), ("Bakery", "Croissant", 2.8),
         ("Bakery", "Scone", 3.1))


def square_items_csv(path: Path, receipts: int, seed: int = 1, bad_every: int = 0,
                     encoding: str = "utf-8") -> tuple[Path, dict[str, int], list[int]]:
    """A Square items-detail export; returns (path, lines per receipt id,
    spreadsheet rows left without an item, which must be rejected)."""
    rnd = random.Random(seed)
    lines = [SQUARE_ITEMS_HEADER]
    per_receipt: dict[str, int] = {}
    bad_rows: list[int] = []
    for r in range(receipts):
        tx = f"TX{r:07d}"
        for _ in range(rnd.randint(1, 4)):
            cat, item, price = rnd.choice(ITEMS)
            row = len(lines) + 1
            if bad_every and row % bad_every == 0:
                item = ""
                bad_rows.append(row)
            else:
                per_receipt[tx] = per_receipt.get(tx, 0) + 1
            lines.append(f"2026-07-{1 + r % 28:02d},{8 + r % 10:02d}:{r % 60:02d}:00,Europe/London,{cat},{item},"
                         f"1.0,Regular,,,£{price:.2f},£0.00,£{price:.2f},£0.00,{tx},P{r},Terminal,,,Payment,"
                         f"Main St,,C{r % 50},,,ea,1,,Physical Good,£0.00,,,Main St,T,Visa,1234")
    data = "\r\n".join(lines) + "\r\n"
    raw = codecs.BOM_UTF16_LE + data.encode("utf-16-le") if encoding == "utf-16" else data.encode(encoding)
    path.write_bytes(raw)
    return path, per_receipt, bad_rows


def by_path(chunks: list[ParsedChunk]) -> dict[str, list[ParsedChunk]]:
    out: dict[str, list[ParsedChunk]] = {}
    for c in chunks:
        out.setdefault(c.path, []).append(c)
    return out


@pytest.mark.parametrize("chunk_rows", [1, 3, 50])
@pytest.mark.parametrize("name", ALL_FIXTURES)
def test_chunks_concatenate_to_read_file(name: str, chunk_rows: int) -> None:
    path = FIXTURES / name
    try:
        whole = read_file(path)
    except FileReadError as exc:
        with pytest.raises(FileReadError) as again:
            list(iter_file(path, chunk_rows=chunk_rows))
        assert str(again.value) == str(exc)
        return
    groups = by_path(list(iter_file(path, chunk_rows=chunk_rows)))
    assert [merge_chunks(g) for g in groups.values()] == whole
    for chunks in groups.values():
        assert [c.final for c in chunks] == [False] * (len(chunks) - 1) + [True]
        assert all(c.error is None for c in chunks)
        reads = [c.rows_read for c in chunks]
        assert reads == sorted(reads)


def test_receipts_are_never_split(tmp_path: Path) -> None:
    path, per_receipt, _bad = square_items_csv(tmp_path / "items.csv", 400)
    chunks = list(iter_file(path, chunk_rows=7))
    assert len(chunks) > 50
    seen: dict[str, int] = {}
    for i, c in enumerate(chunks):
        for rec in c.records:
            assert isinstance(rec, OrderRecord)
            assert rec.external_id not in seen, f"{rec.external_id} in chunks {seen[rec.external_id]} and {i}"
            seen[rec.external_id] = i
            assert len(rec.lines) == per_receipt[rec.external_id]
        assert len(c.records) <= 2 * 7  # bounded by the chunk (orders of at most two windows)
    assert set(seen) == set(per_receipt)
    assert merge_chunks(chunks) == read_file(path)[0]


def test_rejections_keep_absolute_row_numbers(tmp_path: Path) -> None:
    path, _per, bad_rows = square_items_csv(tmp_path / "items.csv", 300, bad_every=13)
    chunks = list(iter_file(path, chunk_rows=10))
    assert len(chunks) > 20
    rows = [r.row for c in chunks for r in c.rejected]
    assert rows == bad_rows
    for c in chunks:
        for r in c.rejected:
            assert r.reason.startswith(f"row {r.row}: ")
            # rows_read counts data rows (header is row 1, no blank lines here)
            assert r.row <= c.rows_read + 1
    assert [r.row for r in read_file(path)[0].rejected] == bad_rows


def test_json_lines_rejections_are_absolute(tmp_path: Path) -> None:
    good = json.loads((FIXTURES / "yelp_dataset.jsonl").read_text().splitlines()[0])
    lines = []
    for i in range(1, 101):
        lines.append("{not json" if i % 17 == 0 else json.dumps({**good, "review_id": f"r{i}"}))
    path = tmp_path / "yelp.jsonl"
    path.write_text("\n".join(lines) + "\n")
    chunks = list(iter_file(path, chunk_rows=8))
    assert len(chunks) == 13
    assert [r.row for c in chunks for r in c.rejected] == [17, 34, 51, 68, 85]
    assert sum(len(c.records) for c in chunks) == 95
    assert chunks[-1].rows_read == 100


def test_json_array_streams_in_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.importers import jsonfile

    streamed: list[object] = []
    real = jsonfile._stream_array
    monkeypatch.setattr(jsonfile, "_stream_array", lambda *a: streamed.append(real(*a)) or streamed[-1])
    item = json.loads((FIXTURES / "apify_google_maps.json").read_text())[0]
    items = [{**item, "reviewId": f"ap-{i}", "text": f"Great coffee number {i} " + "x" * (i % 300)}
             for i in range(2000)]
    path = tmp_path / "apify.json"
    path.write_text(json.dumps(items, indent=1))
    chunks = list(iter_file(path, chunk_rows=100))
    assert streamed and streamed[0] is not None  # not loaded whole
    assert [len(c.records) for c in chunks if not c.final] == [100] * 20
    assert [r.external_id for c in chunks for r in c.records] == [f"ap-{i}" for i in range(2000)]
    whole = merge_chunks(chunks)
    assert whole == read_file(path)[0] and whole.rows_read == 2000


def test_json_array_broken_at_the_end_is_an_error(tmp_path: Path) -> None:
    item = json.loads((FIXTURES / "apify_google_maps.json").read_text())[0]
    path = tmp_path / "apify.json"
    path.write_text(json.dumps([item] * 50)[:-1] + ", {")
    with pytest.raises(FileReadError, match="not valid JSON"):
        list(iter_file(path, chunk_rows=10))
    with pytest.raises(FileReadError, match="not valid JSON"):
        read_file(path)


def test_utf16_streams_like_utf8(tmp_path: Path) -> None:
    p8, _per, _bad = square_items_csv(tmp_path / "a.csv", 200)
    p16, _per, _bad = square_items_csv(tmp_path / "b.csv", 200, encoding="utf-16")
    c8 = list(iter_file(p8, chunk_rows=25))
    c16 = list(iter_file(p16, chunk_rows=25))
    assert [c.records for c in c8] == [c.records for c in c16]
    assert len(c16) > 10


def test_cancel_mid_file_raises(tmp_path: Path) -> None:
    path, _per, _bad = square_items_csv(tmp_path / "items.csv", 500)
    flag = CancelFlag()
    stream = iter_file(path, cancel=flag, chunk_rows=20)
    first = next(stream)
    assert first.records and not first.final
    flag.cancel()
    with pytest.raises(Cancelled):
        for _chunk in stream:
            pass


@pytest.mark.parametrize("name", ["square_items.csv", "yelp_dataset.jsonl", "mailchimp", "takeout",
                                  "tripadvisor.json", "generated"])
def test_progress_is_monotonic_and_ends_at_one(name: str, tmp_path: Path) -> None:
    path = FIXTURES / name
    if name == "generated":
        path, _per, _bad = square_items_csv(tmp_path / "items.csv", 3000)
    seen: list[float] = []
    chunks = list(iter_file(path, progress=lambda f, _m: seen.append(f), chunk_rows=100))
    assert chunks and seen
    assert seen == sorted(seen)
    assert all(0.0 <= f <= 1.0 for f in seen)
    assert seen[-1] == 1.0
    if name == "generated":  # by bytes, in many steps, not only at the end
        assert len({round(f, 2) for f in seen}) > 10


def test_zip_members_stream_and_bad_member_is_skipped(tmp_path: Path, make_zip) -> None:
    path, per_receipt, _bad = square_items_csv(tmp_path / "items.csv", 300)
    z = make_zip(tmp_path / "export.zip", {"items.csv": path.read_bytes(), "broken.csv": b"\x00\x01\x02binary"})
    groups = by_path(list(iter_file(z, chunk_rows=30)))
    ok = groups[f"{z}::items.csv"]
    assert len(ok) > 5 and ok[-1].final
    assert merge_chunks(ok).records == read_file(path)[0].records
    bad = groups[f"{z}::broken.csv"]
    assert len(bad) == 1 and bad[0].final and bad[0].error and bad[0].error.startswith(f"{z}::broken.csv: ")
    files = read_file(z)
    assert len(files) == 1 and any(w.startswith("Skipped") for w in files[0].warnings)
    assert {r.external_id for r in files[0].records} == set(per_receipt)


def _takeout_doc(n: int) -> dict:
    fixture = FIXTURES / "takeout" / "Takeout" / "Google Business Profile" / "account-1090" / "location-4811"
    item = json.loads((fixture / "reviews.json").read_text(encoding="utf-8"))["reviews"][0]
    reviews = [{**item, "reviewId": f"tk-{i}", "name": f"accounts/1/locations/2/reviews/tk-{i}",
                "comment": f"Lovely flat white number {i} " + "é" * (i % 200)} for i in range(n)]
    return {"averageRating": 4.2, "reviews": reviews, "totalReviewCount": n, "nextPageToken": None}


def test_takeout_object_streams_and_reads_like_the_whole_file(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.importers import jsonfile

    path = tmp_path / "reviews.json"
    path.write_text(json.dumps(_takeout_doc(1500), indent=1, ensure_ascii=False), encoding="utf-8")
    whole = read_file(path)[0]  # under STREAM_OBJECT_MIN_BYTES: read whole
    monkeypatch.setattr(jsonfile, "STREAM_OBJECT_MIN_BYTES", 0)
    opened: list[object] = []
    real = jsonfile._stream_object
    monkeypatch.setattr(jsonfile, "_stream_object", lambda *a: opened.append(real(*a)) or opened[-1])
    chunks = list(iter_file(path, chunk_rows=100))
    assert opened and opened[0] is not None  # streamed, not loaded whole
    assert [len(c.records) for c in chunks if not c.final] == [100] * 15
    streamed = merge_chunks(chunks)
    assert streamed == whole and len(whole.records) == 1500
    assert [r.external_id for r in streamed.records][:2] == ["tk-0", "tk-1"]


@pytest.mark.parametrize("broken", ["end", "twice"])
def test_takeout_object_broken_after_the_reviews_is_an_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             broken: str) -> None:
    from desktop.importers import jsonfile

    monkeypatch.setattr(jsonfile, "STREAM_OBJECT_MIN_BYTES", 0)
    text = json.dumps(_takeout_doc(40))
    path = tmp_path / "reviews.json"
    path.write_text(text[:-1] + ', "x": [1, 2' if broken == "end" else text[:-1] + ', "reviews": []}')
    with pytest.raises(FileReadError, match="not valid JSON"):
        list(iter_file(path, chunk_rows=10))


def test_object_without_a_reviews_array_is_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.importers import jsonfile

    doc = _takeout_doc(30)
    wrapped = {"result": {"name": "Café Lume", "reviews": doc["reviews"]}, "reviews": None}
    path = tmp_path / "place.json"
    path.write_text(json.dumps(wrapped))
    whole = read_file(path)[0]
    monkeypatch.setattr(jsonfile, "STREAM_OBJECT_MIN_BYTES", 0)
    assert read_file(path)[0] == whole and len(whole.records) == 30
