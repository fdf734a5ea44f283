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


def test_translation_check_names_a_missing_or_broken_qm(tmp_path, monkeypatch) -> None:
    import desktop.analysis.resources as resources
    from desktop.services import selftest

    assert selftest._check_translations() == []  # the source tree ships them all
    (tmp_path / "translations").mkdir()
    for lang in selftest.WINDOW_LANGUAGES[1:]:
        (tmp_path / "translations" / f"regulars_{lang}.qm").write_bytes(selftest.QM_MAGIC + b"\0" * 8)
    (tmp_path / "translations" / "regulars_es.qm").write_bytes(b"<TS version='2.1'>")
    monkeypatch.setattr(resources, "resources_dir", lambda: tmp_path)
    problems = selftest._check_translations()
    assert len(problems) == 2
    assert "regulars_de.qm is missing" in problems[0]
    assert "regulars_es.qm is not a compiled Qt translation" in problems[1]
