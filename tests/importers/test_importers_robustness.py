"""Bad input never crashes: only FileReadError or a ParsedFile comes out, and
every rejection names its row and a reason."""
from __future__ import annotations

import csv
import io
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.errors import Cancelled, FileReadError
from desktop.core.progress import CancelFlag
from desktop.core.records import ParsedFile
from desktop.importers import read_file, sniff

FIXTURES = Path(__file__).parent / "fixtures"


def check_result(files: list[ParsedFile]) -> None:
    for pf in files:
        assert isinstance(pf, ParsedFile)
        for rej in pf.rejected:
            assert rej.row >= 1 and str(rej.row) in rej.reason and ": " in rej.reason


def read_or_error(path: Path) -> None:
    try:
        check_result(read_file(path))
    except FileReadError as exc:
        assert str(exc) and "\n" not in exc.problem


@pytest.mark.parametrize("content,message", [
    (b"", "empty"), (b"\n\n  \r\n", "empty"), (b"\xef\xbb\xbf", "empty"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, ".xls"),
    (b"\x00\x01\x02\x03binary\x00\xff" * 20, "binary"),
    (b"PK\x03\x04garbage", "ZIP"),
    (b'{"reviews": [', "not valid JSON"),
    (b'{"hello": "world"}', "no reviews"),
    (b"[]", "no reviews"),
    (b"foo,bar,baz\n1,2,3\n", "no recognisable"),
])
def test_unreadable_files_raise_file_read_error(tmp_path: Path, content: bytes, message: str) -> None:
    p = tmp_path / "bad.csv"
    p.write_bytes(content)
    with pytest.raises(FileReadError, match=message):
        read_file(p)


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(FileReadError, match="does not exist"):
        read_file(tmp_path / "nope.csv")
    (tmp_path / "empty").mkdir()
    with pytest.raises(FileReadError, match="no CSV"):
        read_file(tmp_path / "empty")


def test_truncated_xlsx_and_zip(tmp_path: Path, make_xlsx, make_zip) -> None:
    x = make_xlsx(tmp_path / "r.xlsx", [["date", "rating", "text"], ["2026-01-01", 5, "good"]])
    data = x.read_bytes()
    (tmp_path / "cut.xlsx").write_bytes(data[: len(data) // 2])
    with pytest.raises(FileReadError):
        read_file(tmp_path / "cut.xlsx")
    z = make_zip(tmp_path / "a.zip", {"reviews.csv": "date,rating\n2026-01-01,5\n" * 50})
    zd = z.read_bytes()
    (tmp_path / "cut.zip").write_bytes(zd[: len(zd) - 30])
    with pytest.raises(FileReadError):
        read_file(tmp_path / "cut.zip")


def test_header_only_gives_empty_result_with_warning(tmp_path: Path) -> None:
    p = tmp_path / "h.csv"
    p.write_text("Date,Rating,Review\n", encoding="utf-8")
    [pf] = read_file(p)
    assert pf.records == () and pf.rows_read == 0 and "no data rows" in pf.warnings[0]


def test_zip_with_one_bad_member_keeps_the_good_one(tmp_path: Path, make_zip) -> None:
    z = make_zip(tmp_path / "mix.zip", {"a.csv": "date,rating\n2026-01-01,5\n", "b.csv": "x,y\n1,2\n",
                                        "img.png": b"\x89PNG"})
    [pf] = read_file(z)
    assert len(pf.records) == 1 and any("Skipped" in w and "b.csv" in w for w in pf.warnings)


def test_cancel_and_progress(tmp_path: Path) -> None:
    p = tmp_path / "big.csv"
    p.write_text("date,rating,text\n" + "2026-01-01,4,fine\n" * 3000, encoding="utf-8")
    seen: list[float] = []
    [pf] = read_file(p, progress=lambda f, m: seen.append(f))
    assert len(pf.records) == 3000 and seen and seen[-1] == 1.0 and all(0 <= f <= 1 for f in seen)
    flag = CancelFlag()
    flag.cancel()
    with pytest.raises(Cancelled):
        read_file(p, cancel=flag)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".csv", ".json", ".xlsx", ".zip", ".txt"]))
def test_random_bytes(tmp_path: Path, data: bytes, suffix: str) -> None:
    p = tmp_path / f"random{suffix}"
    p.write_bytes(data)
    read_or_error(p)
    try:
        sniff(p)
    except FileReadError:
        pass


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.sampled_from(list("ab,;\t|\"'\n\r 0123456789/.-:xyzé€$()") + [
    "date", "rating", "text", "stars", "email", "total", "ONE", "FIVE", "\ufeff"]), max_size=120))
def test_random_csv_like_text(tmp_path: Path, parts: list[str]) -> None:
    text = "".join(parts)
    p = tmp_path / "t.csv"
    p.write_text(text, encoding="utf-8")
    read_or_error(p)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10_000), name=st.sampled_from([
    "generic_reviews.csv", "trustpilot.csv", "outscraper.csv", "apify_google_maps.csv", "tripadvisor_apify.csv",
    "square_customers.csv", "shopify_customers.csv", "square_items.csv", "loyverse_receipts_by_item.csv",
    "toast_checkdetails.csv", "generic_orders.csv", "generic_customers.csv"]))
def test_shuffled_columns_give_same_records(tmp_path: Path, seed: int, name: str) -> None:
    rows = list(csv.reader(io.StringIO((FIXTURES / name).read_text(encoding="utf-8-sig"))))
    order = list(range(len(rows[0])))
    random.Random(seed).shuffle(order)
    buf = io.StringIO()
    csv.writer(buf).writerows([[r[i] for i in order] for r in rows])
    p = tmp_path / name
    p.write_text(buf.getvalue(), encoding="utf-8")
    [a] = read_file(FIXTURES / name)
    [b] = read_file(p)
    assert (a.format, a.records) == (b.format, b.records)
    assert [r.row for r in a.rejected] == [r.row for r in b.rejected]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(0, 2000), name=st.sampled_from([
    "yelp_dataset.jsonl", "gbp_api.json", "trustpilot.csv", "facebook.json", "outscraper.json"]))
def test_truncated_fixtures(tmp_path: Path, cut: int, name: str) -> None:
    data = (FIXTURES / name).read_bytes()
    p = tmp_path / name
    p.write_bytes(data[: cut % (len(data) + 1)])
    read_or_error(p)


@pytest.mark.parametrize("content,message", [
    (b"<html><table><tr><td>Date</td></tr></table></html>", "web page"),
    (b'<?xml version="1.0"?><Workbook></Workbook>', "web page or XML"),
    (b'{"type": "FeatureCollection", "features": []}', "reviews you wrote yourself"),
])
def test_look_alike_files_get_a_helpful_message(tmp_path: Path, content: bytes, message: str) -> None:
    p = tmp_path / "export.xls"
    p.write_bytes(content)
    with pytest.raises(FileReadError, match=message):
        read_file(p)


TRICKY = st.sampled_from(["", " ", "abc", "0", "-1", "5", "6", "11", "1e5", "9.98031E+12", "'+15555550123", "$1,149.00 ",
                          "($3.00)", "kr 45,50", "31/12/2025 14:05", "7/28/26 1:33 PM", "2026-13-45", "FIVE", "yes",
                          "None", "x@y", "a@b.com", "1 x Latte, 2 x Scone", "Cancelled", "Refund", "nan", "∞", "\u00a0"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_garbage_values_under_every_profile(tmp_path: Path, data: st.DataObject) -> None:
    from desktop.importers.profiles import PROFILES
    prof = data.draw(st.sampled_from(PROFILES))
    header = list(dict.fromkeys([g[0] for g in prof.must] + [a[0] for a in prof.columns.values()]))
    header = [h.rstrip("*") + ("25%)" if h.endswith("(*") else "") for h in header]
    rows = data.draw(st.lists(st.lists(TRICKY, min_size=len(header), max_size=len(header)), min_size=1, max_size=6))
    buf = io.StringIO()
    csv.writer(buf).writerows([header] + rows)
    p = tmp_path / "g.csv"
    p.write_text(buf.getvalue(), encoding="utf-8")
    try:
        files = read_file(p)
    except FileReadError:
        return
    check_result(files)
    assert files[0].rows_read + 0 >= len(files[0].rejected)
