"""What the Reviews page says about one review: aspects, flags, platforms without stars."""
from __future__ import annotations

import math

import pandas as pd

from desktop.services.reviews import REVIEW_COLUMNS
from desktop.ui.main_window import MainWindow
from desktop.ui.models.reviews_model import ReviewsModel
from tests.ui.conftest import show_page


def _select_author(page, author: str) -> None:
    col = page.model.column_index("author")
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, col).data() == author:
            page.table.selectRow(row)
            return
    raise AssertionError(f"{author} not in the table")


def test_detail_shows_the_aspects_the_review_talks_about(qtbot, seeded_window: MainWindow) -> None:
    page = seeded_window.reviews_page
    show_page(qtbot, seeded_window, "reviews")
    _select_author(page, "Guest r2")  # "Cold coffee and a dirty table. Disappointing."
    shown = page.detail.toPlainText()
    assert "Drinks" in shown and "Cleanliness" in shown
    assert "-0." in shown  # both complaints carry a negative score


def test_detail_warns_of_a_health_claim(qtbot, services, tmp_path) -> None:
    from tests.ui.conftest import _make_window

    path = tmp_path / "claim.csv"
    path.write_text("id,date,stars,reviewer,comment\n"
                    "1,2026-05-01,1,Dora,I got food poisoning after the chicken\n", encoding="utf-8")
    services.imports.import_files([str(path)])
    gen = _make_window(qtbot, services, tmp_path)
    window = next(gen)
    try:
        show_page(qtbot, window, "reviews")
        window.reviews_page.table.selectRow(0)
        assert "food poisoning" in window.reviews_page.detail.toPlainText()
        assert "Health or safety claim" in window.reviews_page.detail.toPlainText()
    finally:
        next(gen, None)


def test_platform_names_and_recommendations_without_stars(qtmodeltester) -> None:
    base = {c: None for c in REVIEW_COLUMNS}
    rows = [
        {**base, "id": 1, "created_at": pd.Timestamp("2026-05-01"), "source": "facebook",
         "rating": math.nan, "recommended": True, "text": "Lovely"},
        {**base, "id": 2, "created_at": pd.Timestamp("2026-05-02"), "source": "facebook",
         "rating": math.nan, "recommended": False, "text": "Meh"},
        {**base, "id": 3, "created_at": pd.Timestamp("2026-05-03"), "source": "thefork",
         "rating": 4.0, "recommended": None, "text": "Buono"},
    ]
    model = ReviewsModel()
    model.set_frame(pd.DataFrame(rows, columns=REVIEW_COLUMNS))
    qtmodeltester.check(model)
    rating, source = model.column_index("rating"), model.column_index("source")
    assert "Recommends" in model.index(0, rating).data()
    assert "Doesn't recommend" in model.index(1, rating).data()
    assert model.index(2, source).data() == "TheFork"
