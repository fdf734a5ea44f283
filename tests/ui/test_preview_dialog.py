"""The import preview, driven like an owner would: look, fix the columns,
answer the date question, decide about rejected rows, then import."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from desktop.ui.dialogs.import_preview import ImportPreviewDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.models.preview_models import MappingModel, PreviewRecordsModel

WAIT_MS = 10_000

AMBIGUOUS_CSV = """Date,Stars,Comment,Name
03/04/2026,5,Lovely coffee,Ann
05/06/2026,4,Nice cake,Bob
07/08/2026,,No rating here,Cy
02/01/2026,abc,bad rating,Dee
"""
UNKNOWN_CSV = """Col A,Col B,Col C
Ann,1,Lovely flat white
Bob,2,Slow service
"""


@pytest.fixture
def ambiguous_csv(tmp_path: Path) -> Path:
    path = tmp_path / "feedback.csv"
    path.write_text(AMBIGUOUS_CSV, encoding="utf-8")
    return path


@pytest.fixture
def unknown_csv(tmp_path: Path) -> Path:
    path = tmp_path / "notes.csv"
    path.write_text(UNKNOWN_CSV, encoding="utf-8")
    return path


def open_preview(qtbot, window: MainWindow, paths: list[Path]) -> ImportPreviewDialog:
    dialog = window.request_import([str(p) for p in paths])
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.is_ready, timeout=WAIT_MS)
    return dialog


def set_field(qtbot, dialog: ImportPreviewDialog, column: str, field: str) -> None:
    """Choose ``field`` for the file's ``column`` in the mapping, and wait for the new preview."""
    model = dialog.panel().mapping_model
    row = next(r for r in range(model.rowCount()) if model.index(r, MappingModel.SOURCE).data() == column)
    with qtbot.waitSignal(dialog.preview_updated, timeout=WAIT_MS):
        assert model.setData(model.index(row, MappingModel.FIELD), field)
    qtbot.waitUntil(dialog.is_ready, timeout=WAIT_MS)


def import_and_wait(qtbot, window: MainWindow, dialog: ImportPreviewDialog) -> None:
    assert dialog.import_button.isEnabled(), dialog.hint_label.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.last_summary is not None and window.import_operation is None, timeout=WAIT_MS)
    window.last_summary.accept()


def test_preview_shows_format_mapping_and_counts_and_writes_nothing(
        qtbot, qtmodeltester, window: MainWindow, reviews_csv: Path) -> None:
    dialog = open_preview(qtbot, window, [reviews_csv])
    panel = dialog.panel()
    assert "Outscraper" in panel.subtitle_label.text() and "reviews" in panel.subtitle_label.text()
    assert "recognised for certain" in panel.subtitle_label.text()
    mapping = panel.mapping_model.mapping()
    assert mapping["review_rating"] == "rating" and mapping["review_text"] == "text"
    assert mapping["google_id"] == ""  # a column no field takes is shown as "(ignore)"
    counts = panel.counts_label.text()
    assert ">8<" in counts and "new" in counts and "rejected" in counts
    assert dialog.import_button.text() == "Import 8 rows" and dialog.import_button.isEnabled()
    assert not dialog.skip_check.isVisible()
    assert panel.records_model.rowCount() == 8
    assert panel.records_model.index(0, 0).data() == "New"
    qtmodeltester.check(panel.records_model)
    qtmodeltester.check(panel.mapping_model)
    # the preview is a dry run
    assert window.ctx.services.imports.list_batches() == []
    import_and_wait(qtbot, window, dialog)
    assert window.ctx.services.imports.list_batches()[0].inserted == 8


def test_editing_the_mapping_changes_the_preview(qtbot, window: MainWindow, ambiguous_csv: Path) -> None:
    dialog = open_preview(qtbot, window, [ambiguous_csv])
    panel = dialog.panel()
    assert len(dialog.state().preview.rejected) == 1
    assert "rating" in panel.records_model.column_keys()
    set_field(qtbot, dialog, "Stars", "")  # stop reading the broken Stars column
    assert dialog.state().preview.rejected == ()
    assert "rating" not in panel.records_model.column_keys()
    assert dialog.state().preview.new == 4
    assert not dialog.skip_check.isVisible()
    set_field(qtbot, dialog, "Name", "title")
    assert panel.mapping_model.mapping()["Name"] == "title"
    assert panel.records_model.record(0)["title"] == "Ann"
    assert panel.records_model.record(0).get("author") is None


def test_ambiguous_dates_ask_and_the_answer_is_applied(qtbot, window: MainWindow, ambiguous_csv: Path) -> None:
    QLocale.setDefault(QLocale("en_GB"))  # both readings are dates in the window's own format
    try:
        dialog = open_preview(qtbot, window, [ambiguous_csv])
    finally:
        QLocale.setDefault(QLocale.system())
    panel = dialog.panel()
    assert panel.date_frame.isVisible()
    question = panel.date_question.text()
    assert "Date" in question and "03/04/2026" in question
    assert "3 April 2026" in panel.day_first_radio.text()
    assert "4 March 2026" in panel.month_first_radio.text()
    assert not dialog.import_button.isEnabled()  # a question is open
    assert "dates" in dialog.hint_label.text()
    with qtbot.waitSignal(dialog.preview_updated, timeout=WAIT_MS):
        qtbot.mouseClick(panel.day_first_radio, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.is_ready, timeout=WAIT_MS)
    assert panel.day_first_radio.isChecked() and panel.date_frame.isVisible()
    assert dialog.state().preview.records[0]["created_at"].startswith("2026-04-03")
    assert dialog.plans()[0].options.dayfirst is True
    import_and_wait(qtbot, window, dialog)
    frame = window.ctx.services.reviews.list_reviews()
    dates = sorted(str(d)[:10] for d in frame["created_at"])
    assert dates == ["2026-04-03", "2026-06-05", "2026-08-07"]


def test_strict_mode_refuses_while_rows_are_rejected(qtbot, window: MainWindow, ambiguous_csv: Path) -> None:
    dialog = open_preview(qtbot, window, [ambiguous_csv])
    panel = dialog.panel()
    with qtbot.waitSignal(dialog.preview_updated, timeout=WAIT_MS):
        qtbot.mouseClick(panel.month_first_radio, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.is_ready, timeout=WAIT_MS)
    assert panel.rejected_list.count() == 1
    assert panel.rejected_list.item(0).text() == "Row 5: Stars 'abc' is not a number 1-5"
    assert dialog.skip_check.isVisible() and dialog.skip_check.text() == "Skip the rejected row"
    assert dialog.import_button.isEnabled()
    dialog.skip_check.setChecked(False)
    assert not dialog.import_button.isEnabled()
    assert "all or nothing" in dialog.hint_label.text()
    dialog.skip_check.setChecked(True)
    assert dialog.import_button.isEnabled() and dialog.plans()[0].skip_rejected
    dialog.reject()
    assert window.ctx.services.imports.list_batches() == []


def test_an_unknown_file_goes_to_the_mapping(qtbot, window: MainWindow, unknown_csv: Path) -> None:
    dialog = open_preview(qtbot, window, [unknown_csv])
    panel = dialog.panel()
    assert "Not a format Regulars knows" in panel.subtitle_label.text()
    assert panel.kind_row.isVisible()
    assert panel.mapping_model.mapping() == {"Col A": "", "Col B": "", "Col C": ""}
    assert panel.mapping_model.index(2, MappingModel.SAMPLE).data() == "Lovely flat white"
    assert not dialog.import_button.isEnabled()
    set_field(qtbot, dialog, "Col C", "text")
    set_field(qtbot, dialog, "Col A", "author")
    assert dialog.state().preview.new == 2
    assert "mapped by you" in panel.subtitle_label.text()
    assert dialog.import_button.text() == "Import 2 rows"
    import_and_wait(qtbot, window, dialog)
    frame = window.ctx.services.reviews.list_reviews()
    assert sorted(frame["author"]) == ["Ann", "Bob"]


def test_several_files_get_a_tab_each_and_unreadable_ones_are_named(
        qtbot, window: MainWindow, reviews_csv: Path, tmp_path: Path) -> None:
    junk = tmp_path / "till.xlsx"
    junk.write_bytes(b"PK\x03\x04 broken")
    dialog = open_preview(qtbot, window, [reviews_csv, junk])
    assert dialog.tabs is not None and dialog.tabs.count() == 2
    assert "till.xlsx" in dialog.panel(1).message_label.text()
    assert dialog.import_button.text() == "Import 8 rows"  # the readable file still imports
    assert [Path(p.path).name for p in dialog.plans()] == [reviews_csv.name]
    dialog.reject()


def test_dont_ask_again_imports_clean_recognised_files_at_once(
        qtbot, window: MainWindow, reviews_csv: Path, ambiguous_csv: Path) -> None:
    window.settings.setValue("import/dont_ask_for_recognised", "true")
    dialog = window.request_import([str(reviews_csv)])
    assert dialog is not None and not dialog.isVisible()
    qtbot.waitUntil(lambda: window.last_summary is not None and window.import_operation is None, timeout=WAIT_MS)
    assert window.ctx.services.imports.list_batches()[0].inserted == 8
    window.last_summary.accept()
    dialog = window.request_import([str(ambiguous_csv)])  # a question is open: ask after all
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=WAIT_MS)
    assert dialog.dont_ask_check.isChecked()
    dialog.reject()


def test_preview_models_pass_the_model_tester(qtmodeltester) -> None:
    mapping = MappingModel()
    mapping.set_mapping(["Date", "Stars", "Other"], {"Date": "created_at", "Stars": "rating"},
                        ["created_at", "rating", "text"], {"Date": "1 Jan"})
    qtmodeltester.check(mapping)
    assert mapping.index(2, MappingModel.FIELD).data() == "(ignore)"
    assert mapping.setData(mapping.index(2, MappingModel.FIELD), "rating")
    assert mapping.mapping() == {"Date": "created_at", "Stars": "", "Other": "rating"}  # one column per field
    assert not mapping.setData(mapping.index(0, MappingModel.FIELD), "no_such_field")
    records = PreviewRecordsModel()
    records.set_records([{"action": "new", "text": "Nice", "rating": 5, "created_at": "2026-04-03T00:00:00"},
                         {"action": "duplicate", "text": "x" * 200, "rating": None, "created_at": None}],
                        ["created_at", "rating", "text"])
    qtmodeltester.check(records)
    assert records.column_keys() == ["action", "created_at", "rating", "text"]
    assert records.index(0, 1).data() == "3 Apr 2026"
    assert records.index(1, 0).data() == "Already there"
    assert records.index(1, 3).data().endswith("…")
    records.set_records([])
    qtmodeltester.check(records)


def test_cancelling_the_preview_while_it_reads_writes_nothing_and_reports_nothing(
        qtbot, window: MainWindow, reviews_csv: Path) -> None:
    bugs: list[str] = []
    window.reporter.bug_shown.connect(bugs.append)
    window.reporter.user_error_shown.connect(bugs.append)
    dialog = window.request_import([str(reviews_csv)])
    assert dialog is not None
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not window.runner.is_busy() and window.preview_dialog is None, timeout=WAIT_MS)
    qtbot.wait(50)
    assert bugs == []
    assert window.ctx.services.imports.list_batches() == []
    assert window.import_operation is None


def test_a_file_left_out_is_named_next_to_the_import_button(
        qtbot, window: MainWindow, reviews_csv: Path, unknown_csv: Path) -> None:
    dialog = open_preview(qtbot, window, [reviews_csv, unknown_csv])
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "Import 8 rows"
    assert "notes.csv" in dialog.hint_label.text() and "left out" in dialog.hint_label.text()
    dialog.reject()


@pytest.mark.parametrize("locale,expected", [
    ("en_GB", ("3 April 2026", "4 March 2026", "3 April", "4 March")),
    ("en_US", ("April 3, 2026", "March 4, 2026", "April 3", "March 4")),
    ("de_DE", ("3. April 2026", "4. März 2026", "3. April", "4. März")),
    ("es_ES", ("3 de abril de 2026", "4 de marzo de 2026", "3 de abril", "4 de marzo")),
    ("ru_RU", ("3 апреля 2026\u202fг.", "4 марта 2026\u202fг.", "3 апреля", "4 марта")),
    ("ja_JP", ("2026年4月3日", "2026年3月4日", "4月3日", "3月4日")),
])
def test_both_readings_are_dates_in_the_window_language(qapp, locale: str, expected: tuple) -> None:
    from desktop.ui.widgets.preview_panel import both_readings

    QLocale.setDefault(QLocale(locale))
    try:
        assert both_readings("03/04/2026") + both_readings("03/04") == expected
        assert both_readings("13/04/2026") is None  # only one reading
    finally:
        QLocale.setDefault(QLocale.system())
