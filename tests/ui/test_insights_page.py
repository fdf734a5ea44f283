"""The Insights page driven like a person: the demo café's drops and burst,
a cause clicked to read its reviews, the filters, the exports, the empty state."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from desktop.services import Services
from desktop.services.demo import build_demo
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.insights import highlight
from desktop.ui.style import apply_style
from tests.ui.conftest import show_page


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("insights_ui") / "demo.sqlite"
    build_demo(path)
    return path


@pytest.fixture
def demo_window(qtbot: QtBot, demo_path: Path, tmp_path: Path):
    services = Services.open(demo_path)
    apply_style(QApplication.instance())
    window = MainWindow(services, db_name="demo", settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    window.reporter.show_dialogs = False
    with qtbot.waitSignal(window.overview_page.loaded, timeout=30_000):
        window.show()
    show_page(qtbot, window, "insights", timeout=30_000)
    yield window
    window.close()
    window.shutdown()
    QApplication.processEvents()
    services.close()


def test_the_page_shows_the_drops_causes_and_burst(qtbot, demo_window):
    demo_window.show_page("insights")
    page = demo_window.insights_page
    assert demo_window.current_page() == "insights"
    assert page.drop_list.count() == 2 and "suspicious" in page.burst_view.toPlainText() and len(page.report.bursts) == 1
    assert page.trend_chart.bands == 2 and page.trend_chart.markers == 1
    page.select_drop(1)  # the kitchen change
    assert "food" in page.summary_label.text() and "210" in page.drop_facts.text()
    assert page.cause_chart.labels[0] == "Food"
    with qtbot.waitSignal(page.reviews_shown, timeout=10_000):
        page.select_cause(1)  # Cacio e pepe
    html = page.review_view.toHtml()
    assert "cacio e pepe" in html.lower() and "font-weight:600" in html
    assert page.evidence_button.isVisible()


def test_filters_recompute_in_the_background(qtbot, demo_window):
    page = demo_window.insights_page
    index = page.location_combo.findData("Cais do Sodré")
    assert index > 0
    with qtbot.waitSignal(page.loaded, timeout=30_000):
        page.location_combo.setCurrentIndex(index)
    assert not page.burst_view.isVisibleTo(page) and not page.report.bursts  # the fake burst hit the other location


def test_exports_write_a_report_and_the_evidence(qtbot, demo_window, tmp_path):
    page = demo_window.insights_page
    pdf = page.export_report(tmp_path / "report.pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000
    page.export_evidence(tmp_path / "ev")
    qtbot.waitUntil(lambda: (tmp_path / "ev" / "suspicious_reviews.pdf").exists(), timeout=10_000)
    assert (tmp_path / "ev" / "suspicious_reviews.csv").read_text(encoding="utf-8-sig").count("\n") == 31


def test_an_empty_database_shows_a_helpful_empty_state(qtbot, window, monkeypatch):
    page = window.insights_page
    show_page(qtbot, window, "insights")
    qtbot.waitUntil(lambda: page.report is not None, timeout=10_000)
    assert page.is_empty_state()
    # the same drop zone and Choose files button as the other pages' empty states
    assert page.stack.currentWidget() is page.no_reviews_state
    assert page.no_reviews.title_label.text() == "No reviews yet"
    assert "Import page" in page.no_reviews.text_label.text()
    assert not page.export_button.isEnabled()
    asked: list[int] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: asked.append(1) or ([], ""))
    page.no_reviews.choose_button.click()
    assert asked == [1]  # the same file chooser as the toolbar's Import files


def test_review_text_is_escaped_before_highlighting():
    html = highlight("<b>bland</b> & <script>x</script>", ("bland",))
    assert "<script>" not in html and "&lt;b&gt;" in html and "font-weight:600'>bland</span>" in html


def test_the_pdf_export_leaves_the_page_charts_as_they_are(qtbot, demo_window, tmp_path):
    demo_window.show_page("insights")
    page = demo_window.insights_page
    page.select_drop(0)
    before = (page.trend_chart.size(), page.cause_chart.size(), list(page.cause_chart.labels),
              page.drop_list.currentRow(), page.cause_list.count())
    page.export_report(tmp_path / "report.pdf")
    assert (page.trend_chart.size(), page.cause_chart.size(), list(page.cause_chart.labels),
            page.drop_list.currentRow(), page.cause_list.count()) == before


def test_sentences_from_review_words_are_never_markup(qtbot, demo_window):
    """A dish or phrase mined from review text reaches the headline, the
    figures and the drop's tooltip: shown as the words typed, never as HTML."""
    from dataclasses import replace

    from PySide6.QtCore import Qt

    page = demo_window.insights_page
    evil = "<b>bold</b> <img src='x'> & co"
    page.report = replace(page.report, drops=tuple(replace(d, summary=evil) for d in page.report.drops),
                          summary=evil)
    page._on_report_ready(page._generation, page.report, page._ctx.services.insights.facets())
    assert page.summary_label.textFormat() == Qt.TextFormat.PlainText and page.summary_label.text() == evil
    assert page.drop_facts.textFormat() == Qt.TextFormat.PlainText
    tip = page.drop_list.item(0).toolTip()
    assert "<b>" not in tip and "&lt;b&gt;bold&lt;/b&gt;" in tip and "&amp; co" in tip
