"""The customer commands as a user runs them: real files, exit codes, the JSON
contract (the contract once in a real subprocess; the rest in-process, which is
the same code without a second of start-up per command)."""
from __future__ import annotations

import csv
import json
import subprocess

import pytest
from test_cli import run as run_process

from desktop.cli import main


@pytest.fixture(autouse=True)
def _capture(capsys):
    global _capsys
    _capsys = capsys
    yield


def run(*args: str) -> subprocess.CompletedProcess:
    """``python -m desktop ARGS`` in this process: exit code, stdout, stderr."""
    _capsys.readouterr()
    code = main(list(args))
    out = _capsys.readouterr()
    return subprocess.CompletedProcess(args, code, out.out, out.err)

SQUARE = ("Reference ID,First Name,Last Name,Email Address,Phone Number,Nickname,Company Name,Street Address 1,"
          "Street Address 2,City,State,Postal Code,Birthday,Memo,Square Customer ID,Creation Source,First Visit,"
          "Last Visit,Transaction Count,Lifetime Spend,Email Subscription Status,Instant Profile,"
          "Blocked from online booking\n"
          ",Maria,Santos,maria@example.com,'+15625550123,,,,,,,,,vegetarian,MQ0MARIA,Directory,2025-01-02,"
          "2025-11-20,14,$766.57,subscribed,No,No\n")
ORDERS = "order id,date,item,total,customer email,customer name\n" + "".join(
    f"A-{i},2025-{1 + i // 4:02d}-{1 + (i * 7) % 27:02d},Flat white,3.50,maria@example.com,Maria Santos\n"
    for i in range(40)) + "B-1,2025-11-20,Ham sandwich,6.00,bo@example.com,Bo Berg\n"


def _setup(tmp_path):
    db = tmp_path / "c.sqlite"
    (tmp_path / "square.csv").write_text(SQUARE, encoding="utf-8")
    (tmp_path / "orders.csv").write_text(ORDERS, encoding="utf-8")
    out = run("import", str(tmp_path / "square.csv"), str(tmp_path / "orders.csv"), "--db", str(db), "--json")
    assert out.returncode == 0, out.stderr
    return db


def test_customers_json_contract(tmp_path):
    db = _setup(tmp_path)
    out = run_process("customers", "--db", str(db), "--json")
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert len(rows) == 2
    for row in rows:
        assert set(row) >= {"id", "name", "email", "phone", "tier", "segment", "visits", "spend", "last_visit",
                            "tags", "allergies", "consent"}
        assert set(row["consent"]) >= {"email", "sms"} and all(isinstance(v, bool) for v in row["consent"].values())
        assert row["segment"] in ("new", "regular", "at-risk", "lapsed", "one-off")
    maria = next(r for r in rows if r["name"] == "Maria Santos")
    assert maria["visits"] == 40 and maria["consent"]["email"] is True and maria["email"] == "maria@example.com"
    assert "vegetarian" in maria["tags"]      # read from the staff memo
    assert maria["last_visit"] == "2025-11-20"
    bo = next(r for r in rows if r["name"] == "Bo Berg")
    assert bo["consent"] == {"email": False, "sms": False, "whatsapp": False}  # a receipt e-mail is no consent
    one = json.loads(run("customers", "--db", str(db), "--json", "--segment", "new").stdout)
    assert [r["name"] for r in one] == ["Bo Berg"]
    past = json.loads(run("customers", "--db", str(db), "--json", "--as-of", "2025-06-01").stdout)
    assert next(r for r in past if r["name"] == "Maria Santos")["visits"] < 40
    bad = run("customers", "--db", str(db), "--as-of", "yesterday")
    assert bad.returncode == 2 and "--as-of" in bad.stderr


def test_customer_show_export_erase(tmp_path):
    db = _setup(tmp_path)
    rows = json.loads(run("customers", "--db", str(db), "--json").stdout)
    maria = next(r for r in rows if r["name"] == "Maria Santos")
    shown = run("customer", "show", str(maria["id"]), "--db", str(db))
    assert shown.returncode == 0 and "Maria Santos" in shown.stdout and "segment:" in shown.stdout
    card = json.loads(run("customer", "show", str(maria["id"]), "--db", str(db), "--json").stdout)
    assert card["id"] == maria["id"] and card["visits_by_month"]
    out_dir = tmp_path / "export"
    exported = run("customer", "export", str(maria["id"]), "--out", str(out_dir), "--db", str(db))
    assert exported.returncode == 0, exported.stderr
    files = sorted(p.name for p in out_dir.iterdir())
    assert any(f.endswith(".json") for f in files) and any(f.endswith("-orders.csv") for f in files)
    doc = json.loads(next(out_dir.glob("*.json")).read_text(encoding="utf-8"))
    assert doc["customer"]["email"] == "maria@example.com" and len(doc["orders"]) == 40
    with open(next(out_dir.glob("*-orders.csv")), encoding="utf-8-sig", newline="") as fh:
        assert len(list(csv.reader(fh))) == 41
    erased = run("customer", "erase", str(maria["id"]), "--db", str(db))
    assert erased.returncode == 0 and "40 orders kept as anonymous sales" in erased.stdout
    rows = json.loads(run("customers", "--db", str(db), "--json").stdout)
    assert [r["name"] for r in rows] == ["Bo Berg"]
    assert run("customer", "show", str(maria["id"]), "--db", str(db)).returncode == 2


def test_suggestions_menu_and_tiers(tmp_path):
    db = _setup(tmp_path)
    listed = json.loads(run("suggestions", "--db", str(db), "--json").stdout)
    usual = next(s for s in listed if s["field"] == "usual_order")
    assert usual["value"] == "Flat white" and "40 of 40 visits" in usual["evidence"]
    assert run("suggestions", "accept", str(usual["id"]), "--db", str(db)).returncode == 0
    assert all(s["id"] != usual["id"] for s in json.loads(run("suggestions", "--db", str(db), "--json").stdout))
    again = run("suggestions", "accept", str(usual["id"]), "--db", str(db))
    assert again.returncode == 2 and "already accepted" in again.stderr
    menu = json.loads(run("menu", "--db", str(db), "--json").stdout)
    ham = next(m for m in menu if m["name"] == "Ham sandwich")
    assert ham["tags"] == ["meat", "gluten"] and not ham["chosen_by_owner"]
    assert run("menu", "set", str(ham["id"]), "meat", "--db", str(db)).returncode == 0
    ham = next(m for m in json.loads(run("menu", "--db", str(db), "--json").stdout) if m["name"] == "Ham sandwich")
    assert ham["tags"] == ["meat"] and ham["chosen_by_owner"]
    tiers = json.loads(run("tiers", "--db", str(db), "--json").stdout)
    assert [t["name"] for t in tiers["tiers"]] == ["Regular", "Gold", "VIP"]


def test_customers_opens_an_encrypted_database_with_its_passphrase(tmp_path, monkeypatch):
    from desktop.services import Services

    db = _setup(tmp_path)
    services = Services.open(db)
    services.security.encrypt("Caffè-Lungo 42!")
    services.close()
    monkeypatch.delenv("REGULARS_PASSPHRASE", raising=False)
    locked = run("customers", "--db", str(db), "--json")
    assert locked.returncode == 2 and "is encrypted" in locked.stderr
    monkeypatch.setenv("REGULARS_PASSPHRASE", "wrong passphrase")
    wrong = run("customers", "--db", str(db), "--json")
    assert wrong.returncode == 2 and "does not open" in wrong.stderr
    monkeypatch.setenv("REGULARS_PASSPHRASE", "Caffè-Lungo 42!")
    right = run("customers", "--db", str(db), "--json")
    assert right.returncode == 0, right.stderr
    assert {c["email"] for c in json.loads(right.stdout)} >= {"maria@example.com", "bo@example.com"}
    shown = run("customer", "show", "1", "--db", str(db), "--json")
    assert shown.returncode == 0, shown.stderr


def test_customers_respects_the_single_writer_lock(tmp_path):
    from desktop.services import Services

    db = _setup(tmp_path)
    holder = Services.open(db)  # another window holds the database
    try:
        out = run_process("customers", "--db", str(db), "--json")
        assert out.returncode == 2 and "is open in another Regulars window or command" in out.stderr
        erase = run_process("customer", "erase", "1", "--db", str(db))
        assert erase.returncode == 2 and "is open in another" in erase.stderr
    finally:
        holder.close()
    services = Services.open(db)
    try:
        assert len(services.customers.list_customers()) == 2  # nothing was erased
    finally:
        services.close()
