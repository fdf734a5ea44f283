"""The Customers page driven like a person: filters, sorting, the card, its
suggestions and links, the edit, consent, export and erase actions, the Tiers
and Menu dialogs, the author section of the Reviews page; and 50,000 rows."""
from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from customer_seed import seed
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from desktop.ui.main_window import MainWindow
from desktop.ui.models.customers_model import CustomersModel
from desktop.ui.models.menu_model import MenuModel
from tests.ui.conftest import show_page

WAIT_MS = 10_000


@pytest.fixture
def cafe_window(qtbot, services, tmp_path):
    from tests.ui.conftest import _make_window

    ids = seed(services)
    gen = _make_window(qtbot, services, tmp_path)
    window = next(gen)
    yield window, ids
    try:
        next(gen)
    except StopIteration:
        pass


def _open(qtbot, window: MainWindow):
    page = window.customers_page
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        window.show_page("customers")
        page.refresh()
    return page


def _names(page) -> list[str]:
    m = page.model
    return [m.data(m.index(r, m.column_index("name"))) for r in range(m.rowCount())]


def _select(qtbot, page, name: str):
    row = _names(page).index(name)
    with qtbot.waitSignal(page.card_loaded, timeout=WAIT_MS):
        page.table.selectRow(row)
    return page.card.card


def test_an_empty_database_invites_an_import(qtbot, window: MainWindow, monkeypatch) -> None:
    page = _open(qtbot, window)
    assert page.is_empty_state()
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: asked.append(1) or ([], ""))
    page.drop_zone.choose_button.click()
    assert asked == [1]  # the owner is asked for files


def test_the_table_filters_sorts_and_shows_the_card(qtbot, cafe_window) -> None:
    window, ids = cafe_window
    page = _open(qtbot, window)
    assert not page.is_empty_state()
    assert _names(page) == ["Tom Baker", "Giulia Rossi", "Ana Lopes"]  # most visits first
    assert page.lapsed_card.value() == "1"
    # sorting by clicking a header
    page.table.horizontalHeader().sectionClicked.emit(page.model.column_index("name"))
    assert sorted(_names(page)) in (_names(page), _names(page)[::-1])
    # filters
    page.segment_combo.setCurrentIndex(page.segment_combo.findData("lapsed"))
    assert _names(page) == ["Tom Baker"]
    page.segment_combo.setCurrentIndex(0)
    qtbot.keyClicks(page.search_edit, "giulia")
    qtbot.waitUntil(lambda: _names(page) == ["Giulia Rossi"], timeout=WAIT_MS)
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "nobody at all")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=WAIT_MS)
    assert page.no_match_label.isVisible()
    page.search_edit.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=WAIT_MS)
    card = _select(qtbot, page, "Tom Baker")
    assert card.summary.segment == "lapsed" and card.summary.id == ids["Tom Baker"]
    assert card.visits_by_month and page.card.chart.months()


def _two_locations(services, ids: dict[str, int]) -> None:
    """Giulia orders at both cafés, Tom only at the harbour, Ana (no located order) at neither."""
    from datetime import datetime

    from desktop.core.records import OrderLineRecord, OrderRecord
    from desktop.storage import repositories as repo

    when = datetime(2026, 11, 1, 9, 0)
    line = (OrderLineRecord("Espresso", 1, 2.0, 2.0),)
    with services.db.session() as s:
        repo.insert_orders(s, None, [
            OrderRecord("square", "loc-g1", when, 2.0, customer_external_id="c1", location="Centro", lines=line),
            OrderRecord("square", "loc-g2", when, 2.0, customer_external_id="c1", location="Porto", lines=line),
            OrderRecord("square", "loc-t1", when, 2.0, customer_external_id="c2", location="Porto", lines=line)])
    services.customers.refresh()
    assert services.locations.customer_ids("Porto") == {ids["Giulia Rossi"], ids["Tom Baker"]}


def test_a_group_filters_customers_by_location_and_remembers_it(qtbot, cafe_window, tmp_path) -> None:
    window, ids = cafe_window
    _two_locations(window.ctx.services, ids)
    page = _open(qtbot, window)
    combo = page.location_combo
    assert not combo.isHidden()
    assert [combo.itemText(i) for i in range(combo.count())] == ["All locations", "Centro", "Porto"]
    assert sorted(_names(page)) == ["Ana Lopes", "Giulia Rossi", "Tom Baker"]
    combo.setCurrentIndex(combo.findData("Porto"))
    assert sorted(_names(page)) == ["Giulia Rossi", "Tom Baker"]  # as `customers --location Porto` says
    assert page.total_card.value() == "2"                         # the cards count this location's customers
    combo.setCurrentIndex(combo.findData("Centro"))
    assert _names(page) == ["Giulia Rossi"]
    # the other filters narrow within the location
    page.segment_combo.setCurrentIndex(page.segment_combo.findData("lapsed"))
    assert _names(page) == []
    page.segment_combo.setCurrentIndex(0)
    # remembered: a new window on this computer opens on the same location
    assert window.settings.value("customers/location") == "Centro"
    from PySide6.QtCore import QSettings

    from desktop.ui.pages.customers import CustomersPage

    again = CustomersPage(window.ctx, None, settings=QSettings(window.settings.fileName(),
                                                               QSettings.Format.IniFormat))
    with qtbot.waitSignal(again.loaded, timeout=WAIT_MS):
        again.refresh()
    assert again.location_combo.currentData() == "Centro" and again.model.rowCount() == 1
    again.location_combo.setCurrentIndex(0)
    assert again.model.rowCount() == 3
    again.deleteLater()


def test_a_single_cafe_shows_no_location_filter(qtbot, cafe_window) -> None:
    window, _ids = cafe_window
    page = _open(qtbot, window)
    assert page.location_combo.isHidden() and page.model.rowCount() == 3


def test_accepting_and_dismissing_suggestions_from_the_card(qtbot, cafe_window) -> None:
    window, ids = cafe_window
    page = _open(qtbot, window)
    card = _select(qtbot, page, "Giulia Rossi")
    assert card.summary.allergies == ("gluten",)        # the staff note
    usual = next(s for s in card.suggestions if s.field == "usual_order")
    vegetarian = next(s for s in card.suggestions if s.field == "diet" and s.value == "vegetarian")
    with qtbot.waitSignal(page.card_loaded, timeout=WAIT_MS):
        page.card.buttons[f"accept:{usual.id}"].click()
    card = page.card.card
    assert card.profile["usual_order"] == "Oat latte (extra hot)"
    assert all(s.id != usual.id for s in card.suggestions)
    with qtbot.waitSignal(page.card_loaded, timeout=WAIT_MS):
        page.card.buttons[f"dismiss:{vegetarian.id}"].click()
    assert "vegetarian" not in page.card.card.summary.diets
    (link,) = page.card.card.reviews
    with qtbot.waitSignal(page.card_loaded, timeout=WAIT_MS):
        page.card.buttons[f"confirm:{link.id}"].click()
    assert page.card.card.reviews[0].status == "confirmed"


def test_edit_consent_export_and_erase(qtbot, cafe_window, tmp_path, monkeypatch) -> None:
    window, ids = cafe_window
    page = _open(qtbot, window)
    _select(qtbot, page, "Ana Lopes")
    page.card.buttons["edit"].click()
    dialog = page.edit_dialog
    dialog.edits["usual_order"].setText("double espresso")
    dialog.diet_boxes["vegan"].setChecked(True)
    dialog.allergy_boxes["sesame"].setChecked(True)
    with qtbot.waitSignal(page.card_loaded, timeout=WAIT_MS):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    card = page.card.card
    assert card.profile["usual_order"] == "double espresso"
    assert card.summary.diets == ("vegan",) and card.summary.allergies == ("sesame",)
    page.card.buttons["consent"].click()
    consent = page.consent_dialog
    assert not consent.save_button.isEnabled()   # evidence first
    consent.channel_combo.setCurrentIndex(consent.channel_combo.findData("sms"))
    qtbot.keyClicks(consent.evidence_edit, "Asked at the counter, said yes")
    with qtbot.waitSignal(page.card_loaded, timeout=WAIT_MS):
        consent.save_button.click()
    assert page.card.card.summary.consent["sms"] is True
    out = tmp_path / "export"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    page.card.buttons["export"].click()
    qtbot.waitUntil(lambda: out.exists() and any(out.glob("*.json")), timeout=WAIT_MS)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        page.card.buttons["erase"].click()
    qtbot.waitUntil(lambda: "Ana Lopes" not in _names(page), timeout=WAIT_MS)
    assert page.card.card is None


def test_tiers_dialog_previews_and_saves(qtbot, cafe_window) -> None:
    window, _ids = cafe_window
    page = _open(qtbot, window)
    with qtbot.waitSignal(page.open_tiers().preview_ready, timeout=WAIT_MS):
        pass
    dialog = page.tiers_dialog
    assert [r.name for r in dialog.rules()] == ["Regular", "Gold", "VIP"]
    assert dialog.preview_counts() == ["0", "0", "1"]  # Giulia: 16 visits, 208 spent in 60 days
    with qtbot.waitSignal(dialog.preview_ready, timeout=WAIT_MS):
        dialog.table.cellWidget(2, 1).setValue(30)   # VIP now needs 30 visits...
        dialog.table.cellWidget(2, 2).setValue(0)    # ... and no spend rule
    assert dialog.preview_counts() == ["0", "1", "0"]
    dialog.table.cellWidget(1, 0).setText("")
    qtbot.waitUntil(lambda: not dialog.save_button.isEnabled(), timeout=WAIT_MS)
    dialog.table.cellWidget(1, 0).setText("Gold")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=WAIT_MS)
    dialog.lapsed_days.setValue(60)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.save_button.click()
    rules = window.ctx.services.customers.tiers()
    assert rules[2].min_visits == 30 and rules[2].min_spend is None
    assert window.ctx.services.customers.segment_rules().lapsed_min_days == 60


def test_menu_dialog_tags_are_the_owners_choice(qtbot, qtmodeltester, cafe_window) -> None:
    window, _ids = cafe_window
    page = _open(qtbot, window)
    dialog = page.open_menu()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 4, timeout=WAIT_MS)
    qtmodeltester.check(dialog.model)
    model = dialog.model
    row = next(r for r in range(model.rowCount()) if model.item(r).name == "Bacon roll")
    meat = 2 + 0
    assert model.data(model.index(row, meat), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        model.setData(model.index(row, meat), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert window.ctx.services.customers.menu_tags()["Bacon roll"] == frozenset({"gluten"})


def test_reviews_page_shows_the_author_and_confirms(qtbot, cafe_window) -> None:
    window, ids = cafe_window
    reviews = window.reviews_page
    show_page(qtbot, window, "reviews")  # the page is on screen, as the owner sees it
    row = next(r for r in range(reviews.model.rowCount()) if reviews.model.row_data(r)["author"] == "Giulia Rossi")
    reviews.table.selectRow(reviews.proxy.mapFromSource(reviews.model.index(row, 0)).row())
    qtbot.waitUntil(lambda: "Giulia Rossi" in reviews.detail.toPlainText()
                    and "your customer" in reviews.detail.toPlainText(), timeout=WAIT_MS)
    html = reviews.detail.toHtml()
    assert "author:confirm:" in html
    link_id = int(html.split("author:confirm:")[1].split('"')[0].split("'")[0])
    reviews.detail.anchorClicked.emit(QUrl(f"author:confirm:{link_id}"))
    qtbot.waitUntil(lambda: "author:confirm:" not in reviews.detail.toHtml()
                    and "Written by your customer" in reviews.detail.toPlainText(), timeout=WAIT_MS)


def _big_frame(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(1)
    segments = np.array(["new", "regular", "at-risk", "lapsed", "one-off", None], dtype=object)
    tiers = np.array(["Regular", "Gold", "VIP", None], dtype=object)
    return pd.DataFrame({
        "id": np.arange(1, n + 1), "name": [f"Customer {i}" for i in range(n)],
        "email": [f"c{i}@example.com" for i in range(n)], "phone": [None] * n, "source": ["square"] * n,
        "tier": pd.Series(tiers[rng.integers(0, 4, n)], dtype=object), "tier_rank": rng.integers(-1, 3, n),
        "segment": pd.Series(segments[rng.integers(0, 6, n)], dtype=object),
        "last_visit": pd.to_datetime("2026-01-01") + pd.to_timedelta(rng.integers(0, 300, n), unit="D"),
        "visits": rng.integers(0, 200, n), "spend": rng.random(n) * 1000,
        "tags": pd.Series([("vegetarian",) if i % 7 == 0 else () for i in range(n)], dtype=object),
        "search": [f"customer {i} c{i}@example.com" for i in range(n)],
    })


def test_fifty_thousand_customers_without_a_stall(qtbot, qtmodeltester) -> None:
    from desktop.ui.pages.customers import filter_frame

    frame = _big_frame(50_000)
    model = CustomersModel()
    start = time.perf_counter()
    model.set_frame(frame)
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
    shown = filter_frame(frame, "customer 49", "regular", "Gold")
    model.set_frame(shown)
    elapsed = time.perf_counter() - start
    assert elapsed < 2.0, elapsed  # a person would call a longer pause a stall
    assert all(shown["segment"] == "regular") and all(shown["tier"] == "Gold")
    small = CustomersModel()
    small.set_frame(frame.head(200))
    qtmodeltester.check(small)
    empty = MenuModel()
    qtmodeltester.check(empty)


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_tags_are_readable_under_the_name_without_scrolling_sideways(qtbot, cafe_window, size) -> None:
    from PySide6.QtGui import QFontMetrics

    from desktop.ui.models.customers_model import TAGS_ROLE
    from desktop.ui.widgets.name_tags_delegate import tags_font, two_line_height

    window, _ids = cafe_window
    window.resize(*size)
    window.show()
    page = _open(qtbot, window)
    frame = _big_frame(50)
    frame["tags"] = pd.Series([("big-spender", "birthday-this-month", "newsletter", "loyalty card")] * 50,
                              dtype=object)  # the demo café's longest tags
    page.model.set_frame(frame)
    qtbot.waitUntil(lambda: page.table.viewport().width() > 300, timeout=WAIT_MS)
    name = page.model.column_index("name")
    tags = page.model.index(0, name).data(TAGS_ROLE)
    assert tags == "big spender, birthday this month, newsletter, loyalty card"
    assert page.table.isColumnHidden(page.model.column_index("tags"))       # drawn under the name instead
    assert page.table.horizontalScrollBar().maximum() == 0                  # nothing scrolls sideways
    needed = QFontMetrics(tags_font(page.table.font())).horizontalAdvance(tags)
    assert page.table.columnWidth(name) >= needed, (page.table.columnWidth(name), needed)  # not elided
    assert page.table.rowHeight(0) >= two_line_height(page.table.font())
    assert "loyalty card" in page.model.index(0, name).data(Qt.ItemDataRole.ToolTipRole)
    assert not page.table.grab().isNull()  # the two-line cells paint


def test_a_seasonal_break_is_explained_in_words(qapp) -> None:
    from desktop.ui.customer_text import CustomerText

    text = CustomerText().segment_reason({"reason": "seasonal", "reason_a": 50.0, "reason_b": 220.0})
    assert text.startswith("Not seen for 50 day") and "break of 220 day" in text and "came back" in text
