from __future__ import annotations

import pytest

from desktop.core.errors import UserError
from desktop.services.terms import effective_version


def test_terms_round_trip_and_dedupe(services):
    services.terms.set("dish", ["Cacio e pepe", "cacio  e pepe", "Shakshuka"])
    services.terms.add("staff", "Tiago")
    assert services.terms.get() == {"dish": ["Cacio e pepe", "Shakshuka"], "staff": ["Tiago"]}
    services.terms.remove("dish", "shakshuka")
    assert services.terms.get()["dish"] == ["Cacio e pepe"]
    with pytest.raises(UserError):
        services.terms.remove("staff", "Nobody")
    with pytest.raises(UserError):
        services.terms.set("drink", ["x"])


def test_changing_terms_reanalyses_and_finds_the_names(services, reviews_csv, tmp_path):
    path = tmp_path / "staff.csv"
    path.write_text("id,date,stars,reviewer,comment\n"
                    "1,2026-05-01,5,Ana,Tiago was so kind and quick\n"
                    "2,2026-05-02,2,Bo,Tiago forgot our order twice\n", encoding="utf-8")
    services.imports.import_files([str(path)])
    assert services.analysis.pending_count() == 0
    before = effective_version(services.terms.get())
    services.terms.add("staff", "Tiago")
    assert effective_version(services.terms.get()) != before
    assert services.analysis.pending_count() == 2
    assert services.analysis.analyze_pending() == 2
    assert services.analysis.pending_count() == 0
    from sqlalchemy import text  # the test may look into the database directly

    with services.db.engine.connect() as conn:
        rows = conn.execute(text("SELECT aspect, polarity FROM review_aspects "
                                 "WHERE aspect = 'staff' ORDER BY review_id")).all()
    assert [r[1] > 0 for r in rows] == [True, False]


def test_propose_suggests_frequent_names_not_yet_listed(services, tmp_path):
    lines = ["id,date,stars,reviewer,comment"]
    for i in range(8):
        lines.append(f"{i},2026-05-0{1 + i % 9},5,P{i},The pastel de nata was lovely and Marco smiled")
    path = tmp_path / "many.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    services.imports.import_files([str(path)])
    proposed = [t for t, _ in services.terms.propose()]
    assert "pastel de nata" in proposed or "marco" in proposed
    services.terms.add("staff", "Marco")
    assert "marco" not in [t for t, _ in services.terms.propose()]
