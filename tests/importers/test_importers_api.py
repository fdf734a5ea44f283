"""The public contract: list_formats, sniff, options, folders."""
from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.errors import FileReadError
from desktop.core.records import ImportKind
from desktop.importers import FormatInfo, ReadOptions, list_formats, read_file, sniff
from desktop.importers.profiles import PROFILES, match_profiles


def test_list_formats_covers_every_format_read(fx: Path) -> None:
    formats = list_formats()
    assert all(isinstance(f, FormatInfo) and f.description for f in formats)
    names = {f.name for f in formats}
    assert len({(f.name, f.kind) for f in formats}) == len(formats)
    seen = {pf.format for p in fx.iterdir() for pf in read_file(p)}
    assert seen <= names, seen - names


def test_sniff_known_and_generic(fx: Path) -> None:
    rec = sniff(fx / "square_items.csv")
    assert (rec.format, rec.kind) == ("square_items", ImportKind.ORDERS) and rec.confidence >= 0.8
    assert rec.mapping["order_id"] == "Transaction ID" and "Date" in rec.headers
    gen = sniff(fx / "generic_reviews.csv")
    assert gen.format == "generic" and gen.confidence < 0.8 and gen.mapping["rating"] == "Stars"
    assert sniff(fx / "generic_customers.csv").kind == ImportKind.CUSTOMERS
    assert sniff(fx / "generic_orders.csv").kind == ImportKind.ORDERS


def test_sniff_nothing_maps(tmp_path: Path) -> None:
    p = tmp_path / "x.csv"
    p.write_text("alpha,beta\n1,2\n", encoding="utf-8")
    with pytest.raises(FileReadError, match="no recognisable columns; columns found: alpha, beta"):
        sniff(p)


def test_customer_list_with_comment_column_is_not_reviews(tmp_path: Path) -> None:
    p = tmp_path / "c.csv"
    p.write_text("Name,Email,Comment\nAna,ana@example.com,likes oat milk\n", encoding="utf-8")
    [pf] = read_file(p)
    assert pf.kind == ImportKind.CUSTOMERS and pf.records[0].note == "likes oat milk"


def test_fingerprints_never_pick_a_near_miss() -> None:
    # Square items minus one must-have column: no profile, so it falls to generic
    headers = ["Date", "Time", "Time Zone", "Category", "Item", "Qty", "SKU", "Net Sales", "Transaction ID"]
    assert match_profiles(headers) == []
    # every profile recognises its own must-have columns, in any order and case
    for prof in PROFILES:
        heads = [g[0].upper() for g in prof.must][::-1]
        found = match_profiles(heads)
        assert found and found[0][0].kind == prof.kind, prof.name


def test_loyverse_by_item_beats_receipts_on_tie() -> None:
    headers = ["Date", "Receipt number", "Receipt type", "Item", "Variant", "Modifiers applied",
               "Total collected", "Cashier name"]
    assert match_profiles(headers)[0][0].name == "loyverse_receipts_by_item"


def test_folder_with_mixed_files(fx: Path, tmp_path: Path) -> None:
    for name in ("trustpilot.csv", "square_items.csv", "facebook.json"):
        (tmp_path / name).write_bytes((fx / name).read_bytes())
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    files = read_file(tmp_path)
    assert sorted(f.format for f in files) == ["facebook", "square_items", "trustpilot"]
    only_reviews = read_file(tmp_path, kind=ImportKind.REVIEWS)
    assert sorted(f.format for f in only_reviews) == ["facebook", "trustpilot"]
    assert any("Skipped" in w for w in only_reviews[0].warnings)


def test_options_source_for_generic_reviews(fx: Path) -> None:
    [pf] = read_file(fx / "generic_reviews_semicolon.csv", options=ReadOptions(source="tripadvisor"))
    assert {r.source for r in pf.records} == {"tripadvisor"}


def test_field_names_for_mapping_editor() -> None:
    from desktop.importers import field_names
    assert field_names(ImportKind.REVIEWS)[:3] == ["created_at", "time", "rating"]
    assert "email" in field_names(ImportKind.CUSTOMERS) and "order_id" in field_names("orders")


def test_override_moves_a_column_to_another_field(tmp_path: Path) -> None:
    p = tmp_path / "r.csv"
    p.write_text("Date,Rating,Name,Comment\n2026-01-01,4,Example Cafe,Nice\n", encoding="utf-8")
    [pf] = read_file(p, options=ReadOptions(column_mapping={"location": "Name"}))
    r = pf.records[0]
    assert (r.location, r.author) == ("Example Cafe", None)
    assert sniff(p, options=ReadOptions(column_mapping={"location": "Name"})).mapping["location"] == "Name"


def test_sniff_with_forced_format(fx: Path) -> None:
    rec = sniff(fx / "trustpilot.csv", fmt="generic")
    assert rec.format == "generic" and rec.mapping["rating"] == "Review Stars"
    with pytest.raises(FileReadError, match="missing column"):
        sniff(fx / "generic_reviews.csv", fmt="trustpilot")
