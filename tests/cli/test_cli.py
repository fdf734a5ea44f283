"""The CLI as a user runs it: a real subprocess, real files, exit codes and output."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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


def test_import_json_contract_and_idempotence(tmp_path):
    csv = tmp_path / "reviews.csv"
    csv.write_text(CSV, encoding="utf-8")
    db = tmp_path / "cli.sqlite"
    first = run("import", str(csv), "--db", str(db), "--json")
    assert first.returncode == 0, first.stderr
    obj = json.loads(first.stdout.strip().splitlines()[0])
    assert set(obj) == {"file", "kind", "format", "rows_read", "inserted", "duplicates",
                        "rejected", "batch_id"}
    assert (obj["kind"], obj["rows_read"], obj["inserted"], obj["duplicates"]) == ("reviews", 2, 2, 0)
    assert obj["rejected"] == [] and isinstance(obj["batch_id"], int)
    second = json.loads(run("import", str(csv), "--db", str(db), "--json").stdout)
    assert (second["inserted"], second["duplicates"]) == (0, 2)
    batches = json.loads(run("batches", "--db", str(db), "--json").stdout)
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
