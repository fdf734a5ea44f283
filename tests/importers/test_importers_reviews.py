"""Review formats: generic CSV/XLSX, Google Takeout/API, Places, scrapers,
Trustpilot, Yelp, Tripadvisor, Facebook."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from desktop.core.errors import FileReadError
from desktop.core.records import ImportKind, ReviewRecord
from desktop.importers import ReadOptions, read_file, sniff


def one(path: Path | str, **kw) -> object:
    files = read_file(path, **kw)
    assert len(files) == 1
    return files[0]


def test_generic_csv_maps_synonyms_and_rejects_with_row_numbers(fx: Path) -> None:
    pf = one(fx / "generic_reviews.csv")
    assert pf.format == "generic" and pf.kind == ImportKind.REVIEWS
    assert pf.rows_read == 5
    assert [r.external_id for r in pf.records] == ["r-1", "r-2", "r-4"]
    first = pf.records[0]
    assert first == ReviewRecord(source="google", external_id="r-1", author="Ana Example", rating=5,
                                 text="Lovely flat white, friendly staff", created_at=datetime(2026, 3, 14),
                                 title="Great", rating_raw=5.0, id_is_local=True)
    assert pf.records[1].text == "Cold toast.\nSlow service"
    reasons = {r.row: r.reason for r in pf.rejected}
    assert reasons == {4: "row 4: Stars 'abc' is not a number 1-5", 6: "row 6: has no rating and no review text"}


def test_sep_line_semicolon_dotted_dates(fx: Path) -> None:
    pf = one(fx / "generic_reviews_semicolon.csv", options=ReadOptions(source="google"))
    assert [(r.author, r.rating, r.created_at) for r in pf.records] == [
        ("Anna Muster", 4, datetime(2026, 3, 13)), ("Bernd Beispiel", 3, datetime(2026, 4, 1))]
    assert pf.records[0].source == "google"


@pytest.mark.parametrize("encoding,bom", [("utf-8", b"\xef\xbb\xbf"), ("utf-8", b""), ("cp1252", b"")])
def test_encodings(tmp_path: Path, encoding: str, bom: bytes) -> None:
    p = tmp_path / "r.csv"
    p.write_bytes(bom + "DATE,RATING,REVIEW,AUTHOR\n2026-01-02,4,Café crème très bon,Zoë\n".encode(encoding))
    pf = one(p)
    assert pf.records[0].text == "Café crème très bon" and pf.records[0].author == "Zoë"


def test_utf16_tab_delimited_excel_unicode_text(tmp_path: Path) -> None:
    p = tmp_path / "r.txt"
    p.write_bytes("Date\tScore\tContent\r\n2026-01-02\t5\tSüper\r\n".encode("utf-16"))
    pf = one(p)
    assert pf.records[0].rating == 5 and pf.records[0].text == "Süper"


@pytest.mark.parametrize("delim", [",", ";", "\t", "|"])
def test_delimiters(tmp_path: Path, delim: str) -> None:
    p = tmp_path / "r.csv"
    p.write_text(delim.join(["id", "stars", "text"]) + "\n" + delim.join(["a1", "3", "ok, fine"]).replace(
        "ok, fine", '"ok, fine"' if delim == "," else "ok, fine") + "\n", encoding="utf-8")
    assert one(p).records[0].text == "ok, fine"


def test_dates_dayfirst_decided_from_whole_column(tmp_path: Path) -> None:
    p = tmp_path / "r.csv"
    p.write_text("date,rating\n01/02/2026,5\n25/02/2026,4\n", encoding="utf-8")
    pf = one(p)
    assert [r.created_at for r in pf.records] == [datetime(2026, 2, 1), datetime(2026, 2, 25)]
    assert pf.warnings == ()


def test_ambiguous_dates_warn_and_assume_month_first(tmp_path: Path) -> None:
    p = tmp_path / "r.csv"
    p.write_text("date,rating\n01/02/2026,5\n03/04/2026,4\n", encoding="utf-8")
    pf = one(p)
    assert pf.records[0].created_at == datetime(2026, 1, 2)
    assert len(pf.warnings) == 1 and "month/day" in pf.warnings[0] and "'date'" in pf.warnings[0]
    pf2 = one(p, options=ReadOptions(dayfirst=True))
    assert pf2.records[0].created_at == datetime(2026, 2, 1) and pf2.warnings == ()


def test_ten_point_scale_is_halved(tmp_path: Path) -> None:
    p = tmp_path / "r.csv"
    p.write_text("rating,comment\n9,great\n5,ok\n10,wow\n", encoding="utf-8")
    pf = one(p)
    assert [(r.rating, r.rating_raw, r.rating_scale) for r in pf.records] == [(5, 9.0, 10), (3, 5.0, 10), (5, 10.0, 10)]
    assert any("10-point" in w for w in pf.warnings)


def test_binary_recommendation_column(tmp_path: Path) -> None:
    p = tmp_path / "r.csv"
    p.write_text("recommended,text\nyes,nice\nno,\n", encoding="utf-8")
    recs = one(p).records
    assert [(r.rating, r.recommended) for r in recs] == [(None, True), (None, False)]


def test_xlsx_generic(tmp_path: Path, make_xlsx) -> None:
    p = make_xlsx(tmp_path / "r.xlsx", [["Created", "Score", "Review", "Name"],
                                         [datetime(2026, 5, 1, 9, 30), 4, "Good", "Ana"], [None, None, None, None],
                                         ["2026-05-02", "x", "Bad", "Ben"]])
    pf = one(p)
    assert pf.records[0].created_at == datetime(2026, 5, 1, 9, 30) and pf.records[0].rating == 4
    assert [r.row for r in pf.rejected] == [4] and "Score 'x'" in pf.rejected[0].reason


def test_gbp_takeout_folder_several_locations(fx: Path) -> None:
    files = read_file(fx / "takeout")
    assert [f.format for f in files] == ["google_business_profile"] * 3
    recs = [r for f in files for r in f.records]
    assert {r.location for r in recs} == {"Example Cafe High Street", "Example Cafe Station Road"}
    by_id = {r.external_id: r for r in recs}
    assert by_id["AbF1"].reply_text == "Thank you!" and by_id["AbF1"].reply_at == datetime(2025, 8, 3, 9)
    assert by_id["AbF1"].created_at == datetime(2025, 8, 2, 16, 50, 44, 123456)
    assert by_id["AbF2"].text is None and by_id["AbF2"].rating == 3 and by_id["AbF2"].author is None
    assert by_id["AbF3"].text == "Muy buena tarta" and by_id["AbF3"].original_text == "Muy buena tarta"
    assert by_id["AbF3"].translated_text == "Very good cake"
    assert by_id["AbF3"].created_at == datetime(2025, 8, 5, 10, 0, 0, 123456)
    assert by_id["AbF4"].created_at == datetime(2025, 9, 1, 8, 0, 0, 500000)
    rejected = [r for f in files for r in f.rejected]
    assert len(rejected) == 1 and rejected[0].reason.startswith("item 2:")


def test_gbp_takeout_zip(fx: Path, tmp_path: Path, make_zip) -> None:
    root = fx / "takeout"
    members = {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}
    members["Takeout/Google Business Profile/account-1090/location-3692/photo-1.jpg"] = b"\xff\xd8\xff"
    z = make_zip(tmp_path / "takeout-20260101T000000Z-001.zip", members)
    files = read_file(z)
    assert sum(len(f.records) for f in files) == 5
    assert all("::Takeout/" in f.path for f in files)
    assert sniff(z).format == "google_business_profile"


@pytest.mark.parametrize("name,fmt,n", [
    ("gbp_api.json", "google_business_profile", 1), ("places_legacy.json", "google_places", 1),
    ("places_new.json", "google_places_new", 1), ("yelp_fusion.json", "yelp_fusion", 1),
    ("yelp_dataset.jsonl", "yelp_dataset", 2), ("tripadvisor.json", "tripadvisor", 1),
    ("facebook.json", "facebook", 2), ("outscraper.json", "outscraper", 1),
    ("apify_google_maps.json", "apify_google_maps", 1), ("outscraper.csv", "outscraper", 2),
    ("apify_google_maps.csv", "apify_google_maps", 2), ("trustpilot.csv", "trustpilot", 2),
    ("trustpilot_variant.csv", "trustpilot", 1), ("tripadvisor_apify.csv", "tripadvisor_apify", 2),
])
def test_known_formats_recognised(fx: Path, name: str, fmt: str, n: int) -> None:
    pf = one(fx / name)
    assert pf.format == fmt and len(pf.records) == n
    assert sniff(fx / name).format == fmt
    assert all(isinstance(r, ReviewRecord) and (r.rating or r.recommended is not None) for r in pf.records)


def test_format_details(fx: Path) -> None:
    places_new = one(fx / "places_new.json").records[0]
    assert (places_new.text, places_new.translated_text, places_new.language) == ("Buen café", "Good coffee", "es")
    yelp = one(fx / "yelp_fusion.json").records[0]
    assert yelp.created_at == datetime(2026, 1, 10, 16, 0)  # Pacific 08:00 -> UTC
    fb = one(fx / "facebook.json").records
    assert [(r.recommended, r.rating, r.created_at) for r in fb] == [
        (True, None, datetime(2026, 9, 30, 14, 5, 42)), (False, None, datetime(2026, 9, 29, 10))]
    out = one(fx / "outscraper.csv").records[0]
    assert (out.text, out.translated_text, out.reply_text, out.location) == (
        "Muy buen café", "Very good coffee", "Gracias!", "Example Cafe")
    assert out.created_at == datetime(2025, 8, 2, 16, 50, 44)
    tp = one(fx / "trustpilot.csv").records
    assert tp[1].created_at == datetime(2026, 1, 5, 8, 30) and tp[0].reply_text == "Thanks Jo!"
    apify = one(fx / "apify_google_maps.csv").records[1]
    assert (apify.text, apify.translated_text, apify.author, apify.location) == (
        "Kaffee war ok", "Coffee was ok", "Bea Example", "Example Cafe")
    jl = one(fx / "yelp_dataset.jsonl")
    assert {r.row: r.reason for r in jl.rejected} == {3: "line 3: stars 'lots' is not a number 1-5",
                                                      4: "line 4: is not valid JSON"}


def test_forced_format_must_fit(fx: Path) -> None:
    with pytest.raises(FileReadError, match="missing column"):
        read_file(fx / "generic_reviews.csv", fmt="trustpilot")
    assert one(fx / "trustpilot.csv", fmt="generic").format == "generic"


def test_column_mapping_override(tmp_path: Path) -> None:
    p = tmp_path / "r.csv"
    p.write_text("when,how many stars,what they said\n2026-01-01,4,nice\n", encoding="utf-8")
    with pytest.raises(FileReadError, match="no recognisable"):
        read_file(p)
    pf = one(p, kind=ImportKind.REVIEWS, options=ReadOptions(column_mapping={
        "created_at": "when", "rating": "How Many Stars", "text": "what they said"}))
    assert pf.records[0].rating == 4 and pf.records[0].created_at == datetime(2026, 1, 1)


def _csv_to_xlsx(src: Path, dest: Path, make_xlsx) -> Path:
    import csv
    with open(src, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    return make_xlsx(dest, rows)


@pytest.mark.parametrize("name,fmt", [("trustpilot.csv", "trustpilot"), ("outscraper.csv", "outscraper"),
                                      ("apify_google_maps.csv", "apify_google_maps")])
def test_xlsx_versions_of_scraper_exports(fx: Path, tmp_path: Path, make_xlsx, name: str, fmt: str) -> None:
    x = _csv_to_xlsx(fx / name, tmp_path / name.replace(".csv", ".xlsx"), make_xlsx)
    a, b = one(fx / name), one(x)
    assert b.format == fmt and a.records == b.records


def test_xlsx_numeric_cells(tmp_path: Path, make_xlsx) -> None:
    p = make_xlsx(tmp_path / "tp.xlsx", [["Review ID", "Review Created (UTC)", "Review Stars", "Review Content"],
                                         [123456789012, datetime(2026, 1, 2, 10), 4.0, "ok"]])
    r = one(p).records[0]
    assert (r.external_id, r.created_at, r.rating) == ("123456789012", datetime(2026, 1, 2, 10), 4)


def test_old_yelp_dataset_shape(tmp_path: Path) -> None:
    p = tmp_path / "old.json"
    p.write_text('{"type":"review","review_id":"o1","user_id":"u","business_id":"b","stars":4,'
                 '"votes":{"useful":0,"funny":0,"cool":0},"text":"ok","date":"2012-05-01"}\n'
                 '{"type":"review","review_id":"o2","user_id":"u","business_id":"b","stars":3,'
                 '"votes":{"useful":0,"funny":0,"cool":0},"text":"meh","date":"2012-05-02"}\n', encoding="utf-8")
    pf = one(p)
    assert pf.format == "yelp_dataset" and [r.created_at for r in pf.records] == [
        datetime(2012, 5, 1), datetime(2012, 5, 2)]


def test_forced_format_of_wrong_kind(fx: Path) -> None:
    with pytest.raises(FileReadError, match="holds orders"):
        read_file(fx / "square_items.csv", kind=ImportKind.REVIEWS, fmt="square_items")


def test_xlsx_generic_below_a_title_block(tmp_path: Path, make_xlsx) -> None:
    p = make_xlsx(tmp_path / "r.xlsx", [["Our reviews"], ["exported 2026-01-01"], [None],
                                         ["Date", "Rating", "Review"], ["2026-01-02", 5, "Great"]])
    pf = one(p)
    assert pf.format == "generic" and pf.records[0].rating == 5 and pf.rejected == ()


def test_one_typo_does_not_rescale_a_five_star_column(tmp_path: Path) -> None:
    p = tmp_path / "r.csv"
    p.write_text("rating,text\n" + "4,ok\n" * 40 + "7,typo\n", encoding="utf-8")
    pf = one(p)
    assert {r.rating for r in pf.records} == {4} and len(pf.records) == 40
    assert [r.reason for r in pf.rejected] == ["row 42: rating '7' is not a number 1-5"]


def test_cp1252_character_after_the_sniffed_block(tmp_path: Path) -> None:
    p = tmp_path / "late.csv"
    body = "date,rating,text\n" + "2026-01-01,4,fine\n" * 20_000 + "2026-01-02,5,Caf\xe9 cr\xe8me\n"
    p.write_bytes(body.encode("cp1252"))
    assert one(p).records[-1].text == "Café crème"


def test_utf16le_without_bom(tmp_path: Path) -> None:
    p = tmp_path / "nobom.txt"
    p.write_bytes("Date\tRating\tReview\r\n2026-01-02\t4\tGöod\r\n".encode("utf-16-le"))
    assert one(p).records[0].text == "Göod"


def test_trustpilot_api_json_and_tripadvisor_content_api(tmp_path: Path) -> None:
    tp = tmp_path / "tp.json"
    tp.write_text('{"reviews": [{"id": "t1", "consumer": {"id": "c", "displayName": "Jo E."}, '
                  '"businessUnit": {"id": "b", "displayName": "Example Cafe"}, "stars": 4, "title": "Nice", '
                  '"text": "Good cake", "language": "en", "createdAt": "2026-01-02T10:00:00Z", '
                  '"companyReply": {"text": "Thanks", "createdAt": "2026-01-03T10:00:00Z"}}]}', encoding="utf-8")
    r = one(tp).records[0]
    assert (r.source, r.author, r.rating, r.reply_text, r.location) == (
        "trustpilot", "Jo E.", 4, "Thanks", "Example Cafe")
    ta = tmp_path / "ta.json"
    ta.write_text('{"data": [{"id": 99, "lang": "en", "location_id": 1, "published_date": "2024-05-01T10:00:00Z", '
                  '"rating": 5, "helpful_votes": 0, "trip_type": "Couples", "travel_date": "2024-04", '
                  '"user": {"username": "ta_user"}, "title": "Yum", "text": "Great", "owner_response": null}]}',
                  encoding="utf-8")
    r = one(ta).records[0]
    assert (r.source, r.external_id, r.author, r.rating, r.created_at) == (
        "tripadvisor", "99", "ta_user", 5, datetime(2024, 5, 1, 10))


def test_ambiguity_warning_wording_is_stable(tmp_path: Path) -> None:
    """services.imports parses this wording; keep it in step."""
    import re
    p = tmp_path / "r.csv"
    p.write_text("When,rating\n01/02/2026,5\n", encoding="utf-8")
    [w] = one(p, options=ReadOptions(column_mapping={"created_at": "When"})).warnings
    assert re.search(r"Dates in column '(.+?)' could be read either way", w).group(1) == "When"


def test_split_takeout_archives_share_location_names(fx: Path, tmp_path: Path, make_zip) -> None:
    root = fx / "takeout"
    members = {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}
    part1 = {k: v for k, v in members.items() if k.endswith("data.json")}
    part2 = {k: v for k, v in members.items() if not k.endswith("data.json")}
    folder = tmp_path / "downloads"
    folder.mkdir()
    make_zip(folder / "takeout-20260101T000000Z-001.zip", part1)
    make_zip(folder / "takeout-20260101T000000Z-002.zip", part2)
    recs = [r for f in read_file(folder) for r in f.records]
    assert len(recs) == 5 and {r.location for r in recs} == {"Example Cafe High Street", "Example Cafe Station Road"}


def test_single_takeout_reviews_file_reads_sibling_title(fx: Path) -> None:
    path = fx / "takeout/Takeout/Google Business Profile/account-1090/location-4811/reviews.json"
    assert one(path).records[0].location == "Example Cafe Station Road"


def test_platform_names_normalised(tmp_path: Path) -> None:
    p = tmp_path / "r.csv"
    p.write_text("source,rating\nGoogle Maps,5\nTrip Advisor,4\nThe Fork,3\nMy Blog,2\n", encoding="utf-8")
    assert [r.source for r in one(p).records] == ["google", "tripadvisor", "thefork", "my_blog"]


def test_crlf_inside_quoted_text_becomes_lf(tmp_path: Path) -> None:
    p = tmp_path / "r.csv"
    p.write_bytes(b'rating,text\r\n4,"line one\r\nline two"\r\n')
    assert one(p).records[0].text == "line one\nline two"


def test_trustpilot_products_and_facebook_csv(fx: Path) -> None:
    pr = one(fx / "trustpilot_products.csv")
    assert pr.format == "trustpilot_products" and pr.records[0].location == "House Blend 250g"
    fb = one(fx / "facebook_ratings.csv")
    assert fb.format == "facebook"
    assert [(r.recommended, r.rating, r.author) for r in fb.records] == [
        (True, None, "Ana Example"), (False, None, "Ben Example")]
    assert [r.reason for r in fb.rejected] == ["row 4: recommendation_type 'maybe' is not yes/no"]


def test_outscraper_misspelt_autor_name(tmp_path: Path) -> None:
    p = tmp_path / "o.json"
    p.write_text('[{"name": "Example Cafe", "reviews_data": [{"review_id": "x1", "autor_name": "Old Example", '
                 '"review_text": "ok", "review_rating": 3, "review_datetime_utc": "08/02/2025 16:50:44"}]}]',
                 encoding="utf-8")
    r = one(p).records[0]
    assert (r.author, r.created_at) == ("Old Example", datetime(2025, 8, 2, 16, 50, 44))
