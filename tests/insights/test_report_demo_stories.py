"""Every planted story of the demo café is found by the report, each with the right cause."""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import timedelta

from pg_cluster import db_args

from desktop.demo.generator import DEFAULT_END
from desktop.demo.timeline import FAKE_BURST_COUNT, Timeline

TL = Timeline.for_end(DEFAULT_END)


def _drop_near(report, day, days=14):
    return [d for d in report.drops if abs((d.drop.start - day).days) <= days]


def test_the_kitchen_change_is_a_food_drop_mostly_cacio_e_pepe(demo_report):
    [kitchen] = _drop_near(demo_report, TL.chef_start)
    assert kitchen.drop.rating_before >= 4.2 and kitchen.drop.rating_after <= 3.7
    top_aspect = next(c for c in kitchen.causes if c.kind == "aspect")
    assert top_aspect.name == "food"
    assert kitchen.causes[0].name == "food"
    dishes = [c.name for c in kitchen.causes if c.kind == "dish"]
    assert "Cacio e pepe" in dishes
    assert "food" in kitchen.summary and "Cacio e pepe" in kitchen.summary
    # the till agrees: the dish sells less while it is being complained about
    sales = next(c for c in kitchen.cross_checks if c.kind == "dish_sales" and c.name == "Cacio e pepe")
    assert sales.during < sales.before
    # the drop ends when the kitchen story does, not months into the recovery
    assert abs((kitchen.drop.end - TL.kitchen_end).days) <= 21


def test_the_slow_weekends_are_a_weekend_drop_about_waiting(demo_report):
    [slow] = _drop_near(demo_report, TL.slow_start)
    assert slow.drop.scope == ("weekday", "weekend")
    top3 = slow.causes[:3]
    assert any(c.kind == "weekday" and c.name in ("saturday", "sunday") for c in top3)
    top_aspect = next(c for c in slow.causes if c.kind == "aspect")
    assert top_aspect.name in ("wait", "service")
    assert any(c.kind == "staff" and c.name == "Tiago" for c in slow.causes)


def test_the_fake_burst_is_suspicious_and_not_a_drop(demo_report):
    [burst] = demo_report.bursts
    assert burst.burst.start == TL.burst_start and burst.burst.end == TL.burst_end
    assert burst.burst.count == FAKE_BURST_COUNT
    assert {"burst", "near_duplicate_text", "similar_author_names"} <= set(burst.burst.signals)
    assert burst.burst.rating_without > burst.burst.rating_with
    assert not _drop_near(demo_report, TL.burst_start, days=7)
    assert "suspicious" in burst.summary and "fake" not in burst.summary.lower()


def test_no_other_drop_is_invented(demo_report):
    starts = {d.drop.start for d in demo_report.drops}
    assert len(starts) == 2, starts


def test_every_cause_names_reviews_and_neutral_mentions_never_complain(demo_db, demo_report):
    from desktop.services import Services

    services = Services.open(demo_db)
    try:
        with services.db.session() as s:
            from desktop.storage import repositories as repo
            ranges = [(d.drop.start, d.drop.end) for d in demo_report.drops]
            mentions, _ = repo.insight_details(s, ranges)
    finally:
        services.close()
    polarity = {}
    for rid, aspect, pol, _term, _sent in mentions:
        polarity.setdefault((rid, aspect), []).append(pol)
    for d in demo_report.drops:
        for c in d.causes:
            assert c.reviews, c
            assert 0 < c.contribution <= 1
            if c.kind == "aspect":
                for rid in c.reviews:  # every listed review really complains about the aspect
                    assert min(polarity[(rid, c.name)]) < 0


def test_report_cli_json_contract(demo_db):
    out = subprocess.run([sys.executable, "-m", "desktop", "report", *db_args(demo_db), "--json"],
                         capture_output=True, text=True, timeout=120, check=True)
    data = json.loads(out.stdout)
    assert set(data) >= {"drops", "suspicious_bursts"}
    kinds = {"aspect", "dish", "staff", "phrase", "weekday", "daypart", "platform", "language", "reviewer"}
    for d in data["drops"]:
        assert {"start", "end", "rating_before", "rating_after", "confidence", "summary", "causes"} <= set(d)
        contributions = [c["contribution"] for c in d["causes"]]
        assert contributions == sorted(contributions, reverse=True)
        for c in d["causes"]:
            assert c["kind"] in kinds
            assert all(set(r) >= {"id", "external_id"} for r in c["reviews"])
            if c["kind"] == "weekday":
                assert c["name"] in ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    [b] = data["suspicious_bursts"]
    assert {"start", "end", "signals", "reviews", "rating_with", "rating_without"} <= set(b)
    assert all(r["external_id"].startswith("G-") for r in b["reviews"])


def test_report_cli_filters_and_languages(demo_db, tmp_path):
    def run(*extra):
        out = subprocess.run([sys.executable, "-m", "desktop", "report", *db_args(demo_db), "--json", *extra],
                             capture_output=True, text=True, timeout=120)
        return out
    since = (TL.chef_start - timedelta(days=120)).isoformat()
    data = json.loads(run("--since", since, "--lang", "it").stdout)
    assert [d["start"] for d in data["drops"]] and all(d["start"] >= since for d in data["drops"])
    assert "valutazione" in data["drops"][0]["summary"]
    assert json.loads(run("--location", "Cais do Sodré").stdout)["suspicious_bursts"] == []
    bad = run("--location", "Nowhere")
    assert bad.returncode == 2 and "Nowhere" in bad.stderr
    evidence = subprocess.run([sys.executable, "-m", "desktop", "report", *db_args(demo_db),
                               "--evidence", str(tmp_path / "ev")], capture_output=True, text=True,
                              timeout=120, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert evidence.returncode == 0, evidence.stderr
    csv_text = (tmp_path / "ev" / "suspicious_reviews.csv").read_text(encoding="utf-8-sig")
    assert csv_text.count("\n") == FAKE_BURST_COUNT + 1
    assert (tmp_path / "ev" / "suspicious_reviews.pdf").read_bytes().startswith(b"%PDF")
