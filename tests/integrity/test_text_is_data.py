"""Text is data: review text (and file names, column names, cells) that looks
like HTML or Qt rich text, a template, a Qt placeholder or a format string
shows literally everywhere the window shows it: the reviews table and its
tooltips, the detail pane, the import summary, the import preview and
message boxes; nothing is evaluated, linked or loaded."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from desktop.services import Services

NASTY_TEXTS = (
    "<b>bold</b> claim",
    '<img src="file:///etc/hosts" width=500>',
    '<a href="https://x.example/phish">click here</a>',
    "{{ 7*7 }} and {{ config.items() }}",
    "{% for x in range(3) %}loop{% endfor %}",
    "%1 %2 %n %L1 placeholders",
    "{0.__class__} {name!r:>10} format",
    "${HOME} $(whoami) `id`",
    "&amp; &lt;b&gt; entities",
    "<script>alert(1)</script><style>*{color:red}</style>",
)
NASTY_FILE = "reviews <b>bold<b> {0} %1.csv"  # no slash: it is a file name


def rendered(text: str | None) -> str:
    """What Qt shows for a string given to a tooltip or an AutoText label."""
    if text is None:
        return ""
    if GuiQt.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def label_shows(label: QLabel) -> str:
    if label.textFormat() == Qt.TextFormat.PlainText:
        return label.text()
    doc = QTextDocument()
    doc.setHtml(label.text()) if label.textFormat() == Qt.TextFormat.RichText or GuiQt.mightBeRichText(
        label.text()) else doc.setPlainText(label.text())
    return doc.toPlainText()


def write_nasty(folder: Path) -> Path:
    path = folder / NASTY_FILE
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "date", "rating", "text", "author"])
        for i, text in enumerate(NASTY_TEXTS, start=1):
            writer.writerow([i, f"2026-03-{i:02}", 1 + i % 5, text, f"<i>Guest</i> {i} %1"])
        writer.writerow([99, "2026-03-30", "<b>9</b>", "a rejected row", "Eve"])
    return path


@pytest.fixture
def nasty_window(qtbot, tmp_path: Path):
    from PySide6.QtCore import QSettings

    from desktop.ui.main_window import MainWindow

    services = Services.open(tmp_path / "cafe.sqlite")
    outcome = services.imports.import_files([str(write_nasty(tmp_path))])
    window = MainWindow(services, db_name="cafe.sqlite",
                        settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    window.reporter.show_dialogs = False
    with qtbot.waitSignal(window.overview_page.loaded, timeout=10_000):  # only the page in front loads
        window.show()
    with qtbot.waitSignal(window.reviews_page.loaded, timeout=10_000):  # pages load when shown
        window.show_page("reviews")
    yield window, outcome
    window.close()
    window.shutdown()
    QApplication.processEvents()
    services.close()


def test_stored_exactly_as_written(nasty_window) -> None:
    window, outcome = nasty_window
    [result] = outcome.results
    assert result.inserted == len(NASTY_TEXTS) and len(result.rejected) == 1
    with window.ctx.services.db.session() as s:
        from sqlalchemy import text

        stored = set(s.execute(text("SELECT text FROM reviews")).scalars())
    assert stored == set(NASTY_TEXTS)  # nothing rendered, evaluated or escaped on the way in


def test_table_tooltips_and_detail_show_text_literally(nasty_window, qtbot) -> None:
    window, _ = nasty_window
    page = window.reviews_page
    model = page.proxy
    text_col = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Review")
    author_col = next(c for c in range(model.columnCount())
                      if model.headerData(c, Qt.Orientation.Horizontal) in ("Author", "Who"))
    seen = set()
    for row in range(model.rowCount()):
        shown = model.index(row, text_col).data(Qt.ItemDataRole.DisplayRole)
        tip = rendered(model.index(row, text_col).data(Qt.ItemDataRole.ToolTipRole))
        author = model.index(row, author_col).data(Qt.ItemDataRole.DisplayRole)
        assert shown in NASTY_TEXTS and tip == shown, (shown, tip)
        assert author.startswith("<i>Guest</i> ") and author.endswith(" %1")
        page.table.selectRow(row)
        QApplication.processEvents()
        detail = page.detail.toPlainText()
        assert shown in detail and author in detail, detail
        body = page.detail.document().toHtml().split("<body", 1)[1]
        assert not re.search(r"<(img|a|script|style)\b", body), body  # escaped (&lt;img), never a tag
        seen.add(shown)
    assert seen == set(NASTY_TEXTS)
    assert "49" not in page.detail.toPlainText().replace("2026", "")


def test_the_import_summary_shows_names_and_cells_literally(nasty_window) -> None:
    from desktop.ui.import_summary import ImportSummaryDialog

    window, outcome = nasty_window
    dialog = ImportSummaryDialog(outcome, window)
    shown = dialog.browser.toPlainText()
    assert NASTY_FILE in shown and "<b>9</b>" in shown
    assert not re.search(r"<(img|a|script)\b", dialog.browser.document().toHtml().split("<body", 1)[1])
    dialog.deleteLater()


def test_the_import_page_lists_the_file_name_literally(nasty_window, qtbot) -> None:
    window, _ = nasty_window
    page = window.import_page
    with qtbot.waitSignal(page.loaded, timeout=10_000):  # pages load when shown
        window.show_page("import")
    model = page.proxy
    names = [model.index(r, c).data(Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())
             for c in range(model.columnCount())]
    assert NASTY_FILE in names
    tips = [rendered(model.index(r, c).data(Qt.ItemDataRole.ToolTipRole)) for r in range(model.rowCount())
            for c in range(model.columnCount())]
    assert NASTY_FILE in tips


def test_the_preview_shows_file_column_and_cell_names_literally(qtbot, tmp_path: Path) -> None:
    from desktop.ui.context import AppSignals, UiContext
    from desktop.ui.dialogs.import_preview import ImportPreviewDialog
    from desktop.ui.errors import ErrorReporter
    from desktop.ui.operation import OperationRunner

    path = tmp_path / "<img src=x> columns.csv"
    long_cell = "<b>" + "very long review " * 10 + "</b>"
    path.write_text(f"Date,Rating,Review,<a href='x'>Notes</a>,Name\n2026-01-02,5,{long_cell},<i>n</i>,<b>Ana</b>\n",
                    encoding="utf-8")
    services = Services.open(tmp_path / "cafe.sqlite")
    reporter = ErrorReporter()
    reporter.show_dialogs = False
    runner = OperationRunner(reporter)
    ctx = UiContext(services, runner, AppSignals())
    dialog = ImportPreviewDialog(ctx, [str(path)])
    with qtbot.waitSignal(dialog.ready, timeout=20_000):
        dialog.open()
    labels = [label_shows(w) for w in dialog.findChildren(QLabel) if w.isVisible()]
    assert any(path.name in t for t in labels), labels
    assert not any("src=x" not in t and "<img" in t for t in labels)
    from PySide6.QtWidgets import QAbstractItemView

    tips = []

    for view in dialog.findChildren(QAbstractItemView):
        m = view.model()
        if m is None:
            continue
        for r in range(m.rowCount()):
            for c in range(m.columnCount()):
                tips.append(rendered(m.index(r, c).data(Qt.ItemDataRole.ToolTipRole)))
                tips.append(str(m.index(r, c).data(Qt.ItemDataRole.DisplayRole) or ""))
    joined = "\n".join(tips)
    assert "<a href='x'>Notes</a>" in joined and long_cell in joined and "<b>Ana</b>" in joined
    dialog.reject()
    runner.shutdown()
    services.close()


def test_message_boxes_show_errors_literally(qtbot) -> None:
    from desktop.ui.errors import ErrorReporter

    reporter = ErrorReporter()
    reporter._show(QMessageBox.Icon.Warning, "t", "x.csv: columns found: <img src=x>, <b>y</b>")
    [box] = reporter._dialogs
    assert box.textFormat() == Qt.TextFormat.PlainText and "<img src=x>" in box.text()
    box.reject()
    QApplication.processEvents()


def test_a_qt_placeholder_in_data_is_not_substituted(nasty_window) -> None:
    """Texts with %1 pass through .replace('%1', ...) only in our own strings:
    the status bar after importing a file named with %1 shows it as named."""
    window, _ = nasty_window
    name = "100% {0} %1 file.csv"
    window.status_label.setText(window.tr("Reading %1…").replace("%1", name))
    assert label_shows(window.status_label) == f"Reading {name}…"
