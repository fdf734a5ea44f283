"""The drafts / replies CLI contract, in a real subprocess on the demo café."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from test_cli import run

CAMPAIGNS = ("thank-you", "welcome", "winback", "birthday", "tier-upgrade", "new-dish", "apology")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli-demo") / "demo.sqlite"
    out = run("demo", "--db", str(path))
    assert out.returncode == 0, out.stderr
    return path


@pytest.fixture
def db(demo_db: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.sqlite"
    shutil.copy(demo_db, copy)
    return copy


def test_drafts_json_contract_export_and_cap(db: Path, tmp_path: Path) -> None:
    first = run("drafts", "--db", str(db), "--campaign", "winback", "--offer-tags", "meat,dairy",
                "--export", str(tmp_path / "out"), "--as-of", "2026-11-16T10:00", "--json")
    assert first.returncode == 0, first.stderr
    obj = json.loads(first.stdout)
    assert obj["campaign"] == "winback" and obj["drafts"] and obj["excluded"]
    for d in obj["drafts"]:
        assert {"customer_id", "channel", "language", "subject", "body"} <= set(d)
    for e in obj["excluded"]:
        assert {"customer_id", "reason"} <= set(e) and e["reason"]
    assert any("vegetarian" in e["reason"] for e in obj["excluded"])
    written = list((tmp_path / "out").iterdir())
    assert any(p.suffix == ".eml" for p in written) and any(p.suffix == ".csv" for p in written)
    contacted = {d["customer_id"] for d in obj["drafts"]}
    # a second campaign within the cap: a new dish for everyone seen lately (the at-risk regulars just
    # written to among them), and the win-back again; both leave them out because of the cap
    for second in (["--campaign", "new-dish", "--dish", "Focaccia"], ["--campaign", "winback"]):
        out = run("drafts", "--db", str(db), *second, "--as-of", "2026-11-18T10:00", "--json")
        assert out.returncode == 0, out.stderr
        later = json.loads(out.stdout)
        assert not contacted & {d["customer_id"] for d in later["drafts"]}
        reasons = [e["reason"] for e in later["excluded"] if e["customer_id"] in contacted]
        assert reasons and all("frequency cap" in r and "2026-11-16" in r for r in reasons), second


@pytest.mark.parametrize("campaign", CAMPAIGNS)
def test_every_campaign_name_is_accepted(db: Path, campaign: str) -> None:
    extra = ["--dish", "Pumpkin soup"] if campaign == "new-dish" else []
    out = run("drafts", "--db", str(db), "--campaign", campaign, *extra, "--as-of", "2026-11-16T10:00", "--json")
    assert out.returncode == 0, out.stderr
    obj = json.loads(out.stdout)
    assert obj["campaign"] == campaign and isinstance(obj["drafts"], list) and isinstance(obj["excluded"], list)


def test_bad_input_is_a_clear_error(db: Path) -> None:
    out = run("drafts", "--db", str(db), "--campaign", "winback", "--offer-tags", "meet", "--json")
    assert out.returncode == 2 and "meet" in out.stderr and "Traceback" not in out.stderr
    out = run("drafts", "--db", str(db), "--campaign", "new-dish", "--json")
    assert out.returncode == 2 and "--dish" in out.stderr


def test_replies_json_contract(db: Path) -> None:
    out = run("replies", "--db", str(db), "--as-of", "2026-11-16T10:00", "--json")
    assert out.returncode == 0, out.stderr
    items = json.loads(out.stdout)
    assert items
    for item in items:
        assert {"review_id", "external_id", "urgency", "reasons", "draft"} <= set(item)
        assert isinstance(item["reasons"], list)
        assert (item["draft"] is None) == (item["urgency"] == "urgent")
    order = ["urgent", "high", "normal", "low"]
    assert [order.index(i["urgency"]) for i in items] == sorted(order.index(i["urgency"]) for i in items)
    answered = run("answered", "--db", str(db), str(items[0]["review_id"]))
    assert answered.returncode == 0
    again = json.loads(run("replies", "--db", str(db), "--json").stdout)
    assert items[0]["review_id"] not in {i["review_id"] for i in again}
