"""PDFs of the Insights report: the staff-meeting report (sentences, the
trend and cause charts, the reviews behind each cause) and the evidence file
of suspicious bursts. Qt's own PDF writer (QPdfWriter + QTextDocument, QtGui
only). Every piece of review text is escaped: it is data, never markup.

Threading: GUI thread (QTextDocument and images need the application);
the command line creates an offscreen QGuiApplication first.
"""
from __future__ import annotations

import os
from html import escape
from pathlib import Path
from typing import Any, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QGuiApplication, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from desktop.analysis import narrate
from desktop.ui import palette

PDF_RESOLUTION = 300
SCREEN_DPI = 96
PAGE_MARGIN_MM = 15
MAX_QUOTES_PER_CAUSE = 3


def ensure_app() -> Any:
    """A Qt application for drawing: the running one, or an offscreen one (command line)."""
    app = QCoreApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
    return app


def _page_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM),
                       QPageLayout.Unit.Millimeter)


def page_width_px() -> int:
    """The width of the printable area in the document's image units (charts
    fill it): an image's width is given in screen pixels of 96 per inch,
    whatever the PDF's resolution."""
    return int(_page_layout().paintRectPixels(PDF_RESOLUTION).width() * SCREEN_DPI / PDF_RESOLUTION)


def _write(html: str, path: Path, images: Mapping[str, QImage] | None = None) -> Path:
    ensure_app()
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(_page_layout())
    doc = QTextDocument()
    # laid out for the PDF's own resolution: 10 pt text is 10 pt on paper (laid out for the
    # screen and then printed, the text came out a third of its size)
    doc.documentLayout().setPaintDevice(writer)
    for name, image in (images or {}).items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    rect = writer.pageLayout().paintRectPixels(PDF_RESOLUTION)
    doc.setHtml(html)
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(writer)
    return path


def _head(title: str) -> str:
    return (f"<html><head><meta charset='utf-8'></head><body style='font-family:sans-serif;font-size:10pt'>"
            f"<h2>{escape(title)}</h2>")


def report_html(report: Any, labels: Mapping[str, str], images: Sequence[str] = ()) -> str:
    """The staff-meeting report as HTML; ``labels`` are the window's translated
    headings (title, causes, reviews, bursts, till); ``images`` resource names."""
    lang = report.lang
    width = page_width_px()
    html = [_head(labels.get("title", "Why did the rating change?")),
            f"<p>{escape(report.summary)}</p>"]
    if images:
        html.append(f"<p><img src='{images[0]}' width='{width}'></p>")
    for k, d in enumerate(report.drops):
        html.append(f"<h3>{escape(d.summary)}</h3>")
        if len(images) > k + 1:
            html.append(f"<p><img src='{images[k + 1]}' width='{width}'></p>")
        html.append(f"<table cellpadding='3' border='0'><tr><th align='left'>{escape(labels.get('causes', 'Causes'))}</th>"
                    f"<th align='right'>%</th><th align='right'>{escape(labels.get('reviews', 'Reviews'))}</th></tr>")
        for c in d.causes:
            html.append(f"<tr><td>{escape(narrate.cause_label(c, lang))}</td><td align='right'>{c.contribution:.0%}</td>"
                        f"<td align='right'>{c.n_during}</td></tr>")
        html.append("</table>")
        for c in d.causes:
            for q in c.quotes[:MAX_QUOTES_PER_CAUSE]:
                html.append(f"<p style='margin-left:12px;color:{palette.PRINT_QUOTE}'>“{escape(q.text)}”</p>")
        for check in d.cross_checks[:4]:
            html.append(f"<p style='color:{palette.PRINT_NOTE}'>{escape(labels.get('till', 'Till'))}: {escape(check.name)}: "
                        f"{check.before} → {check.during}</p>")
    if report.bursts:
        html.append(f"<h3>{escape(labels.get('bursts', 'Suspicious reviews'))}</h3>")
        for b in report.bursts:
            html.append(f"<p>{escape(b.summary)}</p>")
    html.append("</body></html>")
    return "".join(html)


def write_report_pdf(report: Any, path: Path, labels: Mapping[str, str],
                     images: Sequence[QImage] = ()) -> Path:
    """The staff-meeting report with its charts (``images``: the trend first,
    then one cause chart per drop)."""
    names = [f"chart{i}.png" for i in range(len(images))]
    return _write(report_html(report, labels, names), path, dict(zip(names, images)))


def evidence_html(report: Any, rows: Sequence[Sequence[Any]], title: str = "Suspicious reviews") -> str:
    html = [_head(title)]
    for b in report.bursts:
        html.append(f"<p>{escape(b.summary)}</p>")
    html.append("<table cellpadding='3' border='1' style='border-collapse:collapse;font-size:8pt'>"
                "<tr><th>#</th><th>posted</th><th>platform id</th><th>author</th><th>reviews</th>"
                "<th>stars</th><th>text</th><th>near copy of</th></tr>")
    for r in rows:
        html.append("<tr>" + "".join(f"<td>{escape('' if v is None else str(v))}</td>" for v in
                                     (r[0], r[7], r[5], r[8], r[9], r[11], r[12], r[13])) + "</tr>")
    html.append("</table></body></html>")
    return "".join(html)


def write_evidence_pdf(report: Any, rows: Sequence[Sequence[Any]], path: Path,
                       title: str = "Suspicious reviews") -> Path:
    """The evidence file: each burst's sentence, then every suspect review."""
    return _write(evidence_html(report, rows, title), path)
