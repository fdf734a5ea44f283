"""What an import did, file by file, shown after it finishes."""
from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from desktop.ui import palette
from desktop.core.messages import Message
from desktop.ui.messages_text import message_text, reason_text
from desktop.ui.style import follow_theme

translate = QCoreApplication.translate
MAX_REJECTIONS_SHOWN = 5
"""Per file; the rest are counted, not listed, so the summary stays readable."""


class ImportWords(QObject):
    """Counted phrases. A class because pyside6-lupdate marks only
    ``self.tr(text, "", n)`` as a plural message, and languages count
    differently (Russian: 1 отзыв, 2 отзыва, 5 отзывов)."""

    def added(self, kind: str, n: int) -> str:
        if kind == "reviews":
            return self.tr("%Ln new review(s)", "", n)
        if kind == "customers":
            return self.tr("%Ln new customer(s)", "", n)
        if kind == "orders":
            return self.tr("%Ln new order(s)", "", n)
        return self.tr("%Ln new row(s)", "", n)


def added_phrase(outcome: Any) -> str:
    """"120 new reviews and 3 new customers", or "" when nothing was added."""
    totals: dict[str, int] = {}
    for result in outcome.results:
        totals[result.kind] = totals.get(result.kind, 0) + result.inserted
    words = ImportWords()
    parts = [words.added(kind, count) for kind, count in totals.items() if count]
    if len(parts) > 1:
        return translate("ImportSummary", "%1 and %2").replace("%1", ", ".join(parts[:-1])).replace("%2", parts[-1])
    return parts[0] if parts else ""


def problem_text(path: str, problem: str) -> str:
    """Why ``path`` could not be imported, in the window's language, without the
    "<path>: " lead the importers give it (the summary already names the file)."""
    if isinstance(problem, Message) and problem.code == "file.rejected" and problem.params.get("file") in (
            path, Path(path).name, str(Path(path))):
        return message_text(problem.params.get("detail"))
    text = message_text(problem)
    for prefix in (f"{path}: ", f"{Path(path).name}: "):
        if text.startswith(prefix):
            return text[len(prefix):]
    return text


def summary_html(outcome: Any) -> str:
    """HTML for an ``ImportOutcome``: a row per file, then the files that could not be read."""
    kinds = {"reviews": translate("ImportSummary", "reviews"), "customers": translate("ImportSummary", "customers"),
             "orders": translate("ImportSummary", "orders")}
    rows = []
    for result in outcome.results:
        rejected = len(result.rejected)
        reasons = "".join(
            "<li>" + escape(translate("ImportSummary", "Row %1: %2").replace("%1", str(r.row)).replace("%2", reason_text(r.reason)))
            + "</li>" for r in result.rejected[:MAX_REJECTIONS_SHOWN])
        if rejected > MAX_REJECTIONS_SHOWN:
            more = translate("ImportSummary", "…and %1 more").replace("%1", str(rejected - MAX_REJECTIONS_SHOWN))
            reasons += f"<li>{escape(more)}</li>"
        kind = kinds.get(result.kind, result.kind)
        rejected_colour = palette.NEGATIVE if rejected else palette.TEXT
        rows.append(
            f"<tr><td><b>{escape(Path(result.file).name)}</b><br>"
            f"<span style='color:{palette.MUTED}'>{escape(kind)} · {escape(result.format.replace('_', ' '))}</span>"
            f"{'<ul>' + reasons + '</ul>' if reasons else ''}</td>"
            f"<td align='right' style='color:{palette.POSITIVE}'><b>{result.inserted}</b></td>"
            f"<td align='right'>{result.duplicates}</td>"
            f"<td align='right'>{getattr(result, 'updated', 0)}</td>"
            f"<td align='right' style='color:{rejected_colour}'>{rejected}</td></tr>")
    html = ""
    if rows:
        headers = (translate("ImportSummary", "File"), translate("ImportSummary", "Added"),
                   translate("ImportSummary", "Already there"), translate("ImportSummary", "Updated"),
                   translate("ImportSummary", "Skipped"))
        html += (f"<table width='100%' cellspacing='0' cellpadding='6'>"
                 f"<tr style='color:{palette.MUTED}'><th align='left'>{escape(headers[0])}</th>"
                 + "".join(f"<th align='right'>{escape(h)}</th>" for h in headers[1:])
                 + f"</tr>{''.join(rows)}</table>")
    if outcome.errors:
        title = translate("ImportSummary", "These files could not be imported:")
        html += f"<p style='color:{palette.NEGATIVE}'><b>{escape(title)}</b></p><ul>"
        for path, problem in outcome.errors:
            html += f"<li><b>{escape(Path(path).name)}</b>: {escape(problem_text(path, problem))}</li>"
        html += "</ul>"
    if not rows and not outcome.errors:
        nothing = translate("ImportSummary", "There was nothing to import.")  # lupdate misses tr() in f-strings
        html = f"<p>{escape(nothing)}</p>"
    return html


class ImportSummaryDialog(QDialog):
    """Non-blocking: call ``open()``."""

    def __init__(self, outcome: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome = outcome
        self._setup_ui()

    def headline(self) -> str:
        added = added_phrase(self.outcome)
        if self.outcome.errors and not added:
            return self.tr("Nothing was imported")
        if not added:
            return self.tr("Everything in these files was already in Regulars")
        return self.tr("Imported %1").replace("%1", added)

    def _setup_ui(self) -> None:
        self.setWindowTitle(self.tr("Import finished"))
        self.resize(620, 380)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        title = QLabel(self.headline(), self)
        title.setObjectName("DropTitle")
        layout.addWidget(title)
        self.browser = QTextBrowser(self)
        self.browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.browser.setHtml(summary_html(self.outcome))
        follow_theme(self, lambda: self.browser.setHtml(summary_html(self.outcome)))
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
