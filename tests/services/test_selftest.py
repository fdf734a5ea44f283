"""The self-test's machinery: a registry of named checks, expectations
recorded from the source tree and compared exactly by a build, readable
failures; and its built-in import fixtures cover every recognised format."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import desktop.services.selftest_checks  # noqa: F401 - registers the checks
import desktop.ui.selftest_checks  # noqa: F401
from desktop.importers import list_formats
from desktop.services import selftest
from desktop.services.selftest_fixtures import write_fixtures

ROOT = Path(__file__).resolve().parents[2]
QT_FREE = ["version and bundled data files", "analysis in every supported language",
           "phone numbers to E.164"]
CUSTOMERS = "customers: segments, tiers, diets and menu tags on invented customers"


@pytest.fixture
def scratch_check():
    """Register a throw-away check for one test, then remove it."""
    added: list[str] = []

    def add(name, fn):
        selftest.check(name)(fn)
        added.append(name)

    yield add
    selftest.CHECKS[:] = [c for c in selftest.CHECKS if c.name not in added]


def test_every_check_has_a_unique_name_and_the_planned_ones_are_registered():
    names = [c.name for c in selftest.CHECKS]
    assert len(names) == len(set(names))
    for expected in ("analysis in every supported language", "imports: every recognised format, stored and read back",
                     "database: create, migrate from the first schema, keep a backup",
                     "Qt: platform plugins, SVG icons, charts, PDF", "window translations and Qt's own",
                     CUSTOMERS, "report: why the demo café's rating dropped",
                     "message templates: every campaign in every language, in the sandbox"):
        assert expected in names
    with pytest.raises(ValueError, match="already registered"):
        selftest.check(names[0])(lambda ctx: None)


def test_differences_name_the_path_and_both_values():
    want = {"a": [1, 2.5, {"b": "x"}], "gone": 1}
    got = {"a": [1, 2.25, {"b": "y"}], "new": 2}
    assert selftest.differences(want, got) == [
        "a[1]: 2.5 (source tree) != 2.25 (this build)",
        'a[2].b: "x" (source tree) != "y" (this build)',
        "gone: missing in this build (source tree: 1)",
        'new: only in this build (2)',
    ]
    assert selftest.differences(want, json.loads(json.dumps(want))) == []
    assert selftest.differences(1, 1.0) != []  # an int that became a float is a change


def test_a_build_that_lost_data_fails_with_the_difference(tmp_path, monkeypatch):
    """Record from the source tree, then compare with expectations that
    differ (as a build that lost data would): the failures name what changed."""
    results = selftest.run_checks("record", names=QT_FREE)
    assert all(r.ok for r in results), [r.problems for r in results]
    checks = {r.name: r.recorded for r in results}
    samples = checks["analysis in every supported language"]["samples"]
    first = sorted(samples)[0]
    samples[first]["sentiment"] = 0.0  # a build without its lexicon says 0.0
    checks["version and bundled data files"]["resources"]["lexicons/xx.json"] = "0" * 16
    path = tmp_path / selftest.EXPECTED_NAME
    path.write_text(json.dumps({"checks": checks}), encoding="utf-8")
    monkeypatch.setattr(selftest, "CHECKS", [c for c in selftest.CHECKS if c.name in QT_FREE])
    said: list[str] = []
    failures = selftest.run_self_test(said.append, path)
    assert f"analysis in every supported language: samples.{first}.sentiment: 0.0 (source tree) != " in "\n".join(failures)
    assert "version and bundled data files: resources.lexicons/xx.json: missing in this build" in "\n".join(failures)
    assert len(failures) == 2
    assert "FAIL  analysis in every supported language" in said
    assert "ok    phone numbers to E.164" in said


def test_a_frozen_build_without_expectations_fails(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(selftest, "CHECKS", [c for c in selftest.CHECKS if c.name == "phone numbers to E.164"])
    failures = selftest.run_self_test(lambda _: None)
    assert failures and "cannot read selftest_expected.json" in failures[0]


def test_an_expected_check_missing_from_the_app_is_a_failure(tmp_path, monkeypatch):
    path = tmp_path / "expected.json"
    path.write_text(json.dumps({"checks": {"tiers on a tiny fixture": {"x": 1}}}), encoding="utf-8")
    monkeypatch.setattr(selftest, "CHECKS", [])
    assert selftest.run_self_test(lambda _: None, path) == [
        "tiers on a tiny fixture: the build expected this check but it is not in this app"]


def test_exceptions_are_reported_and_a_failing_source_tree_writes_nothing(tmp_path, scratch_check, monkeypatch):
    def broken(ctx):
        raise KeyError("lexicon")

    monkeypatch.setattr(selftest, "CHECKS", [c for c in selftest.CHECKS if c.name in QT_FREE])
    scratch_check("a broken check", broken)
    result = selftest.run_checks("reference", names=["a broken check"])[0]
    assert not result.ok and result.problems[0].startswith("KeyError: 'lexicon' (at test_selftest.py:")
    with pytest.raises(RuntimeError, match="a broken check"):
        selftest.write_expected(tmp_path / "expected.json")
    assert not (tmp_path / "expected.json").exists()


def test_a_value_never_checked_by_the_build_is_reported(scratch_check):
    scratch_check("counts", lambda ctx: ctx.expect("reviews", 3))
    expected = {"counts": {"reviews": 3, "customers": 2}}
    result = selftest.run_checks("compare", expected, names=["counts"])[0]
    assert result.problems == ("customers: expected by the build but never checked",)


def test_every_recognised_format_has_a_fixture_that_imports_every_row(tmp_path):
    fixtures = write_fixtures(tmp_path)
    assert [(name, kind) for name, kind, _ in fixtures] == [
        (f.name, str(f.kind.value)) for f in list_formats()]
    assert all(path.stat().st_size < 8_000 for _, _, path in fixtures)  # tiny
    result = selftest.run_checks("reference", names=["imports: every recognised format, stored and read back"])[0]
    assert result.ok, result.problems
    imported = result.recorded["imported"]
    assert len(imported) == len(fixtures)
    assert all(r["inserted"] == r["rows_read"] > 0 and not r["rejected"] and not r["warnings"]
               for r in imported.values()), imported


def test_the_cli_records_from_the_source_tree_and_compares_with_it(tmp_path):
    """As build.spec and the frozen app use it, in processes of their own (the
    Qt checks make their own QApplication): record, then compare and pass;
    a tampered expectation then fails with exit status 1 and says what."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    expected = tmp_path / "expected.json"

    def cli(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "desktop", "self-test", *args], cwd=ROOT, env=env,
                              capture_output=True, text=True, timeout=300)

    recorded = cli("--write-expected", str(expected))
    assert recorded.returncode == 0, recorded.stdout + recorded.stderr
    data = json.loads(expected.read_text(encoding="utf-8"))
    assert {c.name for c in selftest.CHECKS} == set(data["checks"])
    compared = cli("--expected", str(expected))
    assert compared.returncode == 0, compared.stdout
    assert "running from the source tree" not in compared.stdout
    assert compared.stdout.count("\nok    ") + compared.stdout.startswith("ok    ") == len(selftest.CHECKS)
    data["checks"]["Qt's locale data: sorting and text encodings"]["collation"]["sv"].reverse()
    expected.write_text(json.dumps(data), encoding="utf-8")
    tampered = cli("--expected", str(expected))
    assert tampered.returncode == 1
    assert "FAIL  Qt's locale data: sorting and text encodings" in tampered.stdout
    assert "collation.sv[0]:" in tampered.stdout and "self-test: FAILED" in tampered.stdout


def test_widget_checks_refuse_a_process_that_cannot_make_widgets(qapp):
    """A QGuiApplication already running (the PDF writer and the icon maker
    make one) cannot make widgets: the Qt checks say so instead of crashing."""
    import desktop.ui.selftest_checks as qt_checks

    class GuiOnly:  # stands in for a QGuiApplication: not a QApplication
        pass

    assert qt_checks.require_widgets(qapp) is qapp
    with pytest.raises(RuntimeError, match="GuiOnly, which cannot make widgets"):
        qt_checks.require_widgets(GuiOnly())


def test_a_long_list_of_differences_is_cut_with_a_count(scratch_check):
    n = selftest.MAX_DIFFERENCES + 5
    scratch_check("many values", lambda ctx: ctx.expect("values", list(range(n))))
    expected = {"many values": {"values": [-1] * n}}
    problems = selftest.run_checks("compare", expected, names=["many values"])[0].problems
    assert len(problems) == selftest.MAX_DIFFERENCES + 1
    assert problems[-1] == "... and 5 more differences in values"


def test_the_customers_check_knows_its_customers_and_catches_a_build_without_the_lexicon(monkeypatch):
    """From the source tree every invented customer gets its planned segment
    and tier; a build whose customer lexicon did not ship (no diet found in
    any note) fails on the notes and names one of them."""
    from desktop.services import selftest_checks

    recorded = selftest.run_checks("record", names=[CUSTOMERS])[0]
    assert recorded.ok, recorded.problems
    metrics = recorded.recorded["metrics"]
    assert {int(k): v["segment"] for k, v in metrics.items()} == selftest_checks.CUSTOMER_SEGMENTS
    assert metrics["1"]["tier"] == "VIP" and metrics["7"]["totals_from"] == "file"
    assert "diet:vegan" in recorded.recorded["mentions"][selftest_checks.CUSTOMER_NOTES[0]]

    monkeypatch.setattr("desktop.customers.preferences.find_mentions", lambda text, *a, **k: [])
    broken = selftest.run_checks("compare", {CUSTOMERS: recorded.recorded}, names=[CUSTOMERS])[0]
    assert any(p.startswith("diets/allergies found in too few notes") for p in broken.problems)
    assert any(p.startswith("mentions.") and "(source tree) != [] (this build)" in p for p in broken.problems)
