from __future__ import annotations

import json
import sys

from desktop.services import selftest


def test_compare_catches_a_build_that_lost_its_lexicon():
    """A frozen build without sentiment data gives 0.0 everywhere: the self-test must see it."""
    expected = selftest.compute()
    lost = [{**row, "sentiment": 0.0, "aspects": {k: 0.0 for k in row["aspects"]}} for row in expected]
    problems = selftest._compare(lost, expected)
    assert sum("sentiment" in p for p in problems) >= len(selftest.SANITY)
    assert selftest._compare(expected, expected) == []


def test_frozen_mode_compares_with_bundled_values(tmp_path, monkeypatch):
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    rows = selftest.compute()
    rows[0]["sentiment"] += 0.5  # the "source tree" said something else
    (bundle / selftest.EXPECTED_NAME).write_text(json.dumps(rows), encoding="utf-8")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    said: list[str] = []
    failures = selftest.run_self_test(said.append)
    assert any("sentiment" in f for f in failures)
    assert any(line.startswith("FAIL  analysis matches") for line in said)


def test_frozen_mode_without_expected_values_fails(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    failures = selftest.run_self_test(lambda _: None)
    assert any("missing" in f for f in failures)


def test_source_self_test_passes():
    assert selftest.run_self_test(lambda _: None) == []
