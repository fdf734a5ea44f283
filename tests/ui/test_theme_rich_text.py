"""Rich text that embeds palette colours (the import summary, the preview's
counts, a review's detail; the customer card is drawn again when its page reloads) is built again with the new
scheme's colours when the theme switches, so no dark-on-dark text is left
behind in a window that went dark."""
from __future__ import annotations

from typing import Iterator

import pytest
from PySide6.QtCore import Qt

from desktop.core.messages import Message
from desktop.core.records import Changed, Rejection
from desktop.services.import_results import FileImportResult, ImportOutcome
from desktop.ui import palette
from desktop.ui.import_summary import ImportSummaryDialog
from desktop.ui.models.columns import RAW_ROLE
from desktop.ui.style import DARK, LIGHT, SYSTEM, ThemeController
from desktop.ui.widgets.preview_panel import PreviewPanel
from tests.ui.conftest import show_page

WAIT_MS = 20_000


@pytest.fixture
def theme(qapp) -> Iterator[ThemeController]:
    """The application's controller, back to following the (light, offscreen) system afterwards."""
    controller = ThemeController.of(qapp)
    controller.set_choice(LIGHT)
    yield controller
    controller.set_choice(SYSTEM)
    qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Unknown)
    assert not palette.is_dark()


def _outcome() -> ImportOutcome:
    reason = Message("row.rejected", row=3, detail=Message("review.empty"))
    result = FileImportResult(file="google.csv", kind="reviews", format="google_maps", rows_read=4, inserted=3,
                              duplicates=0, rejected=(Rejection(3, reason),), batch_id=1)
    return ImportOutcome(results=(result,), errors=(), changed=Changed(reviews=True))


def test_the_import_summary_takes_the_new_colours(qtbot, theme: ThemeController) -> None:
    dialog = ImportSummaryDialog(_outcome())
    qtbot.addWidget(dialog)
    negative = palette.COLOURS["NEGATIVE"]
    assert negative.light in dialog.browser.toHtml() and negative.dark not in dialog.browser.toHtml()
    theme.set_choice(DARK)
    assert negative.dark in dialog.browser.toHtml() and negative.light not in dialog.browser.toHtml()
    theme.set_choice(LIGHT)
    assert negative.light in dialog.browser.toHtml()


def test_the_preview_counts_take_the_new_colours(qtbot, theme: ThemeController) -> None:
    panel = PreviewPanel("a.csv", [("reviews", "Reviews")])
    qtbot.addWidget(panel)
    panel.show_counts(new=12, duplicates=2, rejected=1, parts=("a.csv: 12 new",))
    positive = palette.COLOURS["POSITIVE"]
    assert positive.light in panel.counts_label.text()
    theme.set_choice(DARK)
    assert positive.dark in panel.counts_label.text() and positive.light not in panel.counts_label.text()
    assert "12" in panel.counts_label.text() and "a.csv" in panel.counts_label.text()  # same facts, new colours


def test_a_deleted_widget_leaves_no_theme_connection_behind(qtbot, theme: ThemeController) -> None:
    view = PreviewPanel("b.csv", [("reviews", "Reviews")])
    view.deleteLater()
    qtbot.wait(10)
    theme.set_choice(DARK)  # would raise "Internal C++ object already deleted" through the follower
    assert palette.is_dark()


def test_a_shown_review_detail_is_drawn_again_in_the_new_colours(qtbot, seeded_window, theme: ThemeController) -> None:
    show_page(qtbot, seeded_window, "reviews")
    page = seeded_window.reviews_page
    page.table.selectRow(0)
    assert page.table.model().index(0, 0).data(RAW_ROLE) is not None
    muted = palette.COLOURS["MUTED"]
    assert muted.light in page.detail.toHtml()
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        theme.set_choice(DARK)
    qtbot.waitUntil(lambda: muted.dark in page.detail.toHtml(), timeout=WAIT_MS)
    assert muted.light not in page.detail.toHtml()
