"""The CLI as a user runs it: a real subprocess, real files, exit codes and output."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pg_cluster import db_args

ROOT = Path(__file__).resolve().parents[2]
CSV = ("id,date,stars,reviewer,comment\n"
       "1,2026-05-01,5,Ana,Superb cortado\n"
       "2,2026-05-02,1,Bo,Rude staff and a dirty table\n")


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "desktop", *args], input=stdin, text=True,
                          capture_output=True, cwd=ROOT, env=env, timeout=180, encoding="utf-8")


def test_help_is_readable():
    out = run("--help")
    assert out.returncode == 0
    for command in ("import", "demo", "analyze-text", "self-test", "formats"):
        assert command in out.stdout


def test_import_json_contract_and_idempotence(tmp_path, db_target):
    """Once on a SQLite file and once on a PostgreSQL database (``--db-url``)."""
    csv = tmp_path / "reviews.csv"
    csv.write_text(CSV, encoding="utf-8")
    first = run("import", str(csv), *db_args(db_target), "--json")
    assert first.returncode == 0, first.stderr
    obj = json.loads(first.stdout.strip().splitlines()[0])
    assert set(obj) >= {"file", "kind", "format", "rows_read", "inserted", "duplicates",
                        "rejected", "batch_id"}
    assert (obj["merged"], obj["blocked"]) == (0, False)
    assert (obj["kind"], obj["rows_read"], obj["inserted"], obj["duplicates"]) == ("reviews", 2, 2, 0)
    assert obj["rejected"] == [] and isinstance(obj["batch_id"], int)
    second = json.loads(run("import", str(csv), *db_args(db_target), "--json").stdout)
    assert (second["inserted"], second["duplicates"]) == (0, 2)
    batches = json.loads(run("batches", *db_args(db_target), "--json").stdout)
    assert len(batches) == 1 and batches[0]["inserted"] == 2


def test_unreadable_file_exits_2_and_leaves_db_unchanged(tmp_path):
    db = tmp_path / "cli.sqlite"
    good = tmp_path / "ok.csv"
    good.write_text(CSV, encoding="utf-8")
    run("import", str(good), "--db", str(db))
    before = db.read_bytes() if db.exists() else b""
    bad = tmp_path / "garbage.xlsx"
    bad.write_bytes(b"PK\x03\x04 this is not really a workbook")
    out = run("import", str(bad), "--db", str(db), "--json")
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and "garbage.xlsx" in lines[0]
    assert json.loads(run("batches", "--db", str(db), "--json").stdout)[0]["inserted"] == 2
    assert len(before) > 0


def test_analyze_text_one_json_line_per_input_line():
    out = run("analyze-text", stdin="The food was great but the service was slow\n\nTerrible coffee\n")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert len(rows) == 3
    assert all(set(r) == {"language", "sentiment", "aspects"} for r in rows)
    assert rows[2]["sentiment"] < 0
    assert all(-1 <= r["sentiment"] <= 1 for r in rows)


def test_undo_unknown_batch_is_a_clear_error(tmp_path):
    out = run("undo", "42", "--db", str(tmp_path / "x.sqlite"))
    assert out.returncode == 2 and "no import batch 42" in out.stderr


def test_self_test_passes_from_source():
    out = run("self-test")
    assert out.returncode == 0, out.stdout + out.stderr
    assert "all checks passed" in out.stdout


SQUARE = ("Reference ID,First Name,Last Name,Email Address,Phone Number,Nickname,Company Name,"
          "Street Address 1,Street Address 2,City,State,Postal Code,Birthday,Memo,"
          "Square Customer ID,Creation Source,First Visit,Last Visit,Transaction Count,"
          "Lifetime Spend,Email Subscription Status,Instant Profile,Blocked from online booking\n"
          ",Tom,Baker,,(562) 555-0199,,,,,,,,,,MQ0TOM,Directory,03/04/2025,05/06/2025,3,$31.50,,No,No\n")
SHOPIFY = ("Customer ID,First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,"
           "Default Address Address1,Default Address Address2,Default Address City,"
           "Default Address Province Code,Default Address Country Code,Default Address Zip,"
           "Default Address Phone,Phone,Accepts SMS Marketing,Total Spent,Total Orders,Note,"
           "Tax Exempt,Tags\n"
           "'7210448301122,Tom,Baker,tom@example.com,yes,,,,,,,,,'+15625550199,no,150.00,3,,no,\n"
           "'7210448301133,Bad,Row,not-an-email,yes,,,,,,,,,,no,1.00,1,,no,\n")


def test_preview_strict_region_dayfirst_merges_and_unmerge(tmp_path):
    db = str(tmp_path / "c.sqlite")
    square = tmp_path / "export.csv"
    square.write_text(SQUARE, encoding="utf-8")
    shopify = tmp_path / "customers_export.csv"
    shopify.write_text(SHOPIFY, encoding="utf-8")

    out = run("preview", str(square), "--db", db, "--json", "--region", "us")
    assert out.returncode == 0, out.stderr
    preview = json.loads(out.stdout)
    assert (preview["format"], preview["new"], preview["ambiguous_dates"]) == (
        "square_customers", 1, ["First Visit", "Last Visit"])
    assert preview["columns"]["Phone Number"] == "phone"
    assert preview["records"][0]["phone"] == "+15625550199"
    assert json.loads(run("batches", "--db", db, "--json").stdout) == []  # preview wrote nothing

    assert run("region", "us", "--db", db).stdout.strip() == "US"
    out = run("import", str(square), "--db", db, "--json", "--dayfirst")
    (obj,) = [json.loads(line) for line in out.stdout.splitlines()]
    assert obj["inserted"] == 1 and not obj["warnings"]

    out = run("import", str(shopify), "--db", db, "--json", "--strict")
    assert out.returncode == 1
    obj = json.loads(out.stdout)
    assert (obj["blocked"], obj["batch_id"], obj["inserted"], len(obj["rejected"])) == (
        True, None, 0, 1)

    out = run("import", str(shopify), "--db", db, "--json")
    obj = json.loads(out.stdout)
    assert (obj["merged"], obj["inserted"]) == (1, 0)
    merges = json.loads(run("merges", "--db", db, "--json").stdout)
    assert [(m["source"], m["matched_on"], m["kept_name"]) for m in merges] == [
        ("shopify", "phone", "Tom Baker")]
    assert merges[0]["fields_changed"]["email"] == {"old": None, "new": "tom@example.com"}
    out = run("unmerge", str(merges[0]["id"]), "--db", db)
    assert out.returncode == 0 and "restored" in out.stdout
    again = run("unmerge", str(merges[0]["id"]), "--db", db)
    assert again.returncode == 2 and "already undone" in again.stderr
    assert json.loads(run("merges", "--db", db, "--json").stdout)[0]["undone"] is True


def test_import_rejects_a_bad_region_and_both_date_orders(tmp_path):
    csv = tmp_path / "r.csv"
    csv.write_text(CSV, encoding="utf-8")
    out = run("import", str(csv), "--db", str(tmp_path / "x.sqlite"), "--region", "ZZZ")
    assert out.returncode == 2 and "ZZZ" in out.stderr
    out = run("import", str(csv), "--dayfirst", "--monthfirst")
    assert out.returncode == 2 and "not allowed with" in out.stderr


def test_import_without_analysis_leaves_it_for_later(tmp_path):
    csv = tmp_path / "reviews.csv"
    csv.write_text(CSV, encoding="utf-8")
    db = tmp_path / "later.sqlite"
    out = run("import", str(csv), "--db", str(db), "--json", "--no-analyze")
    assert out.returncode == 0, out.stderr
    import sqlite3

    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM reviews").fetchone()[0] == 2
    assert con.execute("SELECT count(*) FROM review_analysis").fetchone()[0] == 0
    con.close()
    assert run("analyze", "--db", str(db)).stdout.strip() == "Analysed 2 reviews."
