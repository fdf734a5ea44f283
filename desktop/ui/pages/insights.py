"""The Insights page: "Why did my rating drop?". The trend with drops and
suspicious bursts marked; for the selected drop its sentence, the bar chart
of causes and, for the selected cause, its reviews with the words that show
it highlighted; the suspicious bursts with the rating with and without them
and their evidence export; filters; the staff-meeting PDF.

Every computation runs through the operation runner; only the newest answer
is shown. Review text is data: it is escaped before it becomes HTML."""
from __future__ import annotations

import re
from datetime import date, timedelta
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.analysis import narrate
from desktop.analysis.causes import ASPECTS
from desktop.core.records import Changed
from desktop.core.sources import source_label
from desktop.services.insights import InsightFilter, InsightReport
from desktop.ui import palette
from desktop.ui.context import UiContext
from desktop.ui.pages.on_demand import OnDemand
from desktop.ui.models.columns import format_date
from desktop.ui.style import when_theme_changes
from desktop.ui.widgets.drop_zone import empty_state
from desktop.ui.widgets.filter_bar import language_name
from desktop.ui.widgets.insight_charts import CauseBarChart, InsightTrendChart

PERIODS: tuple[tuple[str, int | None], ...] = (("all", None), ("365", 365), ("180", 180))
MAX_LISTED_REVIEWS = 40
"""Reviews shown under a selected cause (the JSON report lists up to 100)."""
EXPORT_CHART_SIZE = (900, 360)


def window_language() -> str:
    """The window's language code ("it" for an Italian window)."""
    return QLocale().name().split("_")[0] or "en"


def highlight(text: str, terms: tuple[str, ...]) -> str:
    """``text`` escaped as HTML with each of ``terms`` marked (case-insensitive)."""
    safe = escape(text)
    words = sorted({escape(t) for t in terms if t and t.strip()}, key=len, reverse=True)
    if not words:
        return safe
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    return pattern.sub(lambda m: f"<span style='background:{palette.WARNING_SOFT};font-weight:600'>{m.group(0)}</span>", safe)


def offscreen_image(view: QWidget, size: tuple[int, int] = EXPORT_CHART_SIZE) -> QImage:
    """``view`` (a chart made for the export, never shown on screen) drawn at
    ``size`` into an image, then disposed of: the page's own charts keep
    their size and state. GUI thread."""
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    if isinstance(view, QChartView):  # the card colour of the scheme in use, not the window's
        view.setBackgroundBrush(QColor(palette.SURFACE))
    view.resize(*size)
    view.show()
    image = view.grab().toImage()
    view.hide()
    view.deleteLater()
    return image


class InsightsPage(QWidget):
    """Emits ``loaded`` after each report has been shown and ``reviews_shown``
    after a cause's reviews have (tests wait on them)."""

    loaded = Signal()
    reviews_shown = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._generation = 0
        self._review_generation = 0
        self.report: InsightReport | None = None
        self.on_demand = OnDemand(self, self.refresh)  # loads when shown (see on_demand)
        self._setup_ui()
        ctx.signals.data_changed.connect(self._on_data_changed)

    # Public -----------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute the report for the current filters in the background."""
        self.on_demand.fresh()
        self._generation += 1
        generation, flt, lang = self._generation, self.current_filter(), window_language()
        insights = self._ctx.services.insights

        def load(progress: Any, cancel: Any) -> tuple[InsightReport, tuple]:
            return insights.report(flt, lang, progress, cancel), insights.facets()

        self._ctx.runner.run(load, label=self.tr("Looking for rating drops"),
                             on_success=lambda data: self._on_report_ready(generation, *data),
                             on_failure=lambda error: self._on_report_failed(generation, error))

    def current_filter(self, today: date | None = None) -> InsightFilter:
        days = self.period_combo.currentData()
        since = (today or date.today()) - timedelta(days=days) if days else None
        return InsightFilter(location=self.location_combo.currentData(), platform=self.platform_combo.currentData(),
                             language=self.language_combo.currentData(), aspect=self.aspect_combo.currentData(),
                             date_from=since)

    def select_drop(self, row: int) -> None:
        self.drop_list.setCurrentRow(row)

    def select_cause(self, row: int) -> None:
        self.cause_list.setCurrentRow(row)

    def export_report(self, path: str | Path) -> Path:
        """Write the staff-meeting PDF (GUI thread: it draws the charts)."""
        from desktop.ui.report_pdf import write_report_pdf

        assert self.report is not None
        report, lang = self.report, window_language()
        with palette.using(dark=False):  # the PDF is white paper, whatever the window's theme
            trend = InsightTrendChart()
            trend.set_data(report.trend, [(d.drop.start, d.drop.end) for d in report.drops],
                           [(b.burst.start, 1.0) for b in report.bursts])
            images = [offscreen_image(trend)]
            for d in report.drops:
                bars = CauseBarChart()
                bars.set_causes([narrate.cause_label(c, lang) for c in d.causes], [c.contribution for c in d.causes])
                images.append(offscreen_image(bars))
        labels = {"title": self.tr("Why did the rating change?"), "causes": self.tr("Causes"),
                  "reviews": self.tr("Reviews"), "bursts": self.tr("Suspicious reviews"), "till": self.tr("Till")}
        return write_report_pdf(self.report, Path(path), labels, images)

    def export_evidence(self, folder: str | Path) -> None:
        """Write the burst evidence (CSV in the background, then the PDF)."""
        from desktop.services.evidence import evidence_rows, write_evidence_csv

        report, services, folder = self.report, self._ctx.services, Path(folder)

        def work(progress: Any, cancel: Any) -> list[tuple]:
            write_evidence_csv(services, report, folder / "suspicious_reviews.csv")
            return evidence_rows(services, report)

        def done(rows: list[tuple]) -> None:
            from desktop.ui.report_pdf import write_evidence_pdf
            write_evidence_pdf(report, rows, folder / "suspicious_reviews.pdf", self.tr("Suspicious reviews"))
            self.status_label.setText(self.tr("Evidence saved in %1").replace("%1", str(folder)))

        self._ctx.runner.run(work, label=self.tr("Saving the evidence"), on_success=done)

    def is_empty_state(self) -> bool:
        """True while the page shows no analysis: no reviews yet, or too few to show a trend."""
        return self.stack.currentWidget() in (self.empty_state, self.no_reviews_state)

    # UI ---------------------------------------------------------------------

    def _paint_chart_key(self, _dark: bool = False) -> None:
        """The chart's key in the scheme's colours (again after a theme switch)."""
        # not inside the f-string: lupdate misses those
        average, drop, burst = self.tr("Average stars"), self.tr("Drop"), self.tr("Suspicious burst")
        self.chart_key.setText(f"<span style='color:{palette.ACCENT}'>━</span> {escape(average)} &nbsp; "
                               f"<span style='color:{palette.DROP_KEY}'>■</span> {escape(drop)} &nbsp; "
                               f"<span style='color:{palette.BURST}'>●</span> {escape(burst)}")

    def _setup_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 16)
        outer.setSpacing(10)
        title = QLabel(self.tr("Insights"), self)
        title.setObjectName("PageTitle")
        subtitle = QLabel(self.tr("Why your rating moved, with the reviews that show it."), self)
        subtitle.setObjectName("PageSubtitle")
        row = QHBoxLayout()
        row.addWidget(title)
        row.addSpacing(12)
        row.addWidget(subtitle, 1, Qt.AlignmentFlag.AlignBottom)
        self.export_button = QPushButton(self.tr("Export report…"), self)
        self.export_button.clicked.connect(self._on_export_clicked)
        row.addWidget(self.export_button)
        outer.addLayout(row)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        self.location_combo, self.platform_combo = QComboBox(self), QComboBox(self)
        self.language_combo, self.aspect_combo, self.period_combo = QComboBox(self), QComboBox(self), QComboBox(self)
        self._fill(self.location_combo, self.tr("All locations"), [])
        self._fill(self.platform_combo, self.tr("All platforms"), [])
        self._fill(self.language_combo, self.tr("All languages"), [])
        labels = narrate.phrasebook(window_language())["aspect_labels"]
        self._fill(self.aspect_combo, self.tr("All topics"), [(a, labels.get(a, a)) for a in ASPECTS])
        for key, days in PERIODS:
            text = {"all": self.tr("All time"), "365": self.tr("Last 12 months"), "180": self.tr("Last 6 months")}[key]
            self.period_combo.addItem(text, days)
        for combo in (self.location_combo, self.platform_combo, self.language_combo, self.aspect_combo,
                      self.period_combo):
            combo.setMinimumWidth(110)
            combo.currentIndexChanged.connect(self._on_filter_changed)
            filters.addWidget(combo)
        filters.addStretch(1)
        self.status_label = QLabel("", self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # file paths are not markup
        self.status_label.setObjectName("Muted")
        filters.addWidget(self.status_label)
        outer.addLayout(filters)

        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)
        self.empty_state = QLabel(self)
        self.empty_state.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_state.setObjectName("Muted")
        self.empty_state.setWordWrap(True)
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty_state)
        self.no_reviews, self.no_reviews_state = empty_state(
            self.tr("No reviews yet"),
            self.tr("Import your review exports on the Import page, or drop them here: Regulars then "
                    "tells you here when your rating really drops, and why."),
            self._ctx.signals.choose_files_requested, self)
        self.stack.addWidget(self.no_reviews_state)

        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.summary_label = QLabel("", content)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes review words
        self.summary_label.setWordWrap(True)
        self.summary_label.setObjectName("CardTitle")
        layout.addWidget(self.summary_label)
        self.trend_chart = InsightTrendChart(content)
        key = self.chart_key = QLabel(content)
        key.setObjectName("Muted")
        self._paint_chart_key()
        when_theme_changes(self._paint_chart_key)

        left = QWidget(content)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Drops"), left))
        self.drop_list = QListWidget(left)
        self.drop_list.setWordWrap(True)
        self.drop_list.currentRowChanged.connect(self._on_drop_selected)
        left_layout.addWidget(self.drop_list, 2)
        self.burst_title = QLabel(self.tr("Suspicious reviews"), left)
        left_layout.addWidget(self.burst_title)
        # the burst's whole sentence, readable without a tooltip (a list row would cut it)
        self.burst_view = QTextBrowser(left)
        self.burst_view.setOpenExternalLinks(False)
        left_layout.addWidget(self.burst_view, 3)
        self.evidence_button = QPushButton(self.tr("Export evidence…"), left)
        self.evidence_button.clicked.connect(self._on_evidence_clicked)
        left_layout.addWidget(self.evidence_button)

        middle = QWidget(content)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        self.drop_facts = QLabel("", middle)  # the selected drop's figures; its sentence is the headline
        self.drop_facts.setTextFormat(Qt.TextFormat.PlainText)
        self.drop_facts.setWordWrap(True)
        self.drop_facts.setObjectName("Muted")
        middle_layout.addWidget(self.drop_facts)
        self.cause_chart = CauseBarChart(middle)
        self.cause_chart.cause_clicked.connect(self.select_cause)
        middle_layout.addWidget(self.cause_chart, 2)
        self.cause_list = QListWidget(middle)
        self.cause_list.currentRowChanged.connect(self._on_cause_selected)
        middle_layout.addWidget(self.cause_list, 1)

        self.review_view = QTextBrowser(content)
        self.review_view.setOpenExternalLinks(False)
        self.review_view.setMinimumWidth(240)

        lower = QSplitter(Qt.Orientation.Horizontal, content)
        for widget in (left, middle, self.review_view):
            lower.addWidget(widget)
        lower.setStretchFactor(0, 2)
        lower.setStretchFactor(1, 3)
        lower.setStretchFactor(2, 3)
        split = QSplitter(Qt.Orientation.Vertical, content)
        top = QWidget(content)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.trend_chart, 1)
        top_layout.addWidget(key)
        split.addWidget(top)
        split.addWidget(lower)
        split.setChildrenCollapsible(False)
        split.setSizes([180, 460])
        layout.addWidget(split, 1)
        self.content = content
        self.stack.addWidget(content)
        self.loading_label = QLabel(self.tr("Looking for rating drops…"), self)
        self.loading_label.setObjectName("Muted")
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading_label)
        self.stack.setCurrentWidget(self.loading_label)

    def _fill(self, combo: QComboBox, all_text: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, None)
        for value, text in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        combo.blockSignals(False)

    # Slots ------------------------------------------------------------------

    def _on_data_changed(self, changed: Changed) -> None:
        if changed.reviews or changed.analysis or changed.customers or changed.orders:
            self.on_demand.request()

    def _on_filter_changed(self, _index: int) -> None:
        self.refresh()

    def _on_report_ready(self, generation: int, report: InsightReport, facets: tuple) -> None:
        if generation != self._generation:
            return
        self.report = report
        sources, languages, locations = facets
        self._fill(self.location_combo, self.tr("All locations"), [(x, x) for x in locations])
        self._fill(self.platform_combo, self.tr("All platforms"), [(x, source_label(x)) for x in sources])
        self._fill(self.language_combo, self.tr("All languages"), [(x, language_name(x)) for x in languages])
        self.location_combo.setVisible(len(locations) > 1)
        empty = report.status == "empty" and self.current_filter() == InsightFilter()
        for combo in (self.platform_combo, self.language_combo, self.aspect_combo, self.period_combo):
            combo.setVisible(not empty)  # nothing to filter yet
        if empty:
            self.stack.setCurrentWidget(self.no_reviews_state)
        elif report.status != "ok":
            self.empty_state.setText(report.summary + "\n\n" + self.tr(
                "A handful of reviews is not a trend: Regulars names a cause only when the reviews show one."))
            self.stack.setCurrentWidget(self.empty_state)
        else:
            self.stack.setCurrentWidget(self.content)
        self.export_button.setEnabled(report.status == "ok")
        self.summary_label.setText(report.summary)
        self.trend_chart.set_data(report.trend, [(d.drop.start, d.drop.end) for d in report.drops],
                                  [(b.burst.start, 1.0) for b in report.bursts])
        self.drop_list.blockSignals(True)
        self.drop_list.clear()
        for d in report.drops:
            item = QListWidgetItem(self._drop_item_text(d), self.drop_list)
            # the sentence names dishes, people and phrases from review text: escaped, never markup
            item.setToolTip(f"<p>{escape(d.summary)}</p>")
        self.drop_list.blockSignals(False)
        self.burst_view.setHtml("".join(f"<p>{escape(b.summary)}</p>" for b in report.bursts))
        for widget in (self.burst_title, self.burst_view, self.evidence_button):
            widget.setVisible(bool(report.bursts))
        if report.drops:
            self.drop_list.setCurrentRow(len(report.drops) - 1)
        else:
            self._show_causes(-1)
        self.loaded.emit()

    def _on_report_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._ctx.runner.reporter.report(error, self.tr("Looking for rating drops"))
        self.loaded.emit()

    def _on_drop_selected(self, row: int) -> None:
        self._show_causes(row)
        if self.report is not None and 0 <= row < len(self.report.drops):
            self.trend_chart.set_data(self.report.trend, [(d.drop.start, d.drop.end) for d in self.report.drops],
                                      [(b.burst.start, 1.0) for b in self.report.bursts], selected=row)

    def _on_cause_selected(self, row: int) -> None:
        drop = self._current_drop()
        if drop is None or not 0 <= row < len(drop.causes):
            hint = self.tr("Select a cause to read the reviews that show it.")
            self.review_view.setHtml(f"<p style='color:{palette.MUTED}'>{escape(hint)}</p>")
            return
        cause = drop.causes[row]
        ids = list(cause.reviews[:MAX_LISTED_REVIEWS])
        self._review_generation += 1
        generation, insights = self._review_generation, self._ctx.services.insights
        self._ctx.runner.run(lambda p, c: insights.review_rows(ids), label=self.tr("Loading reviews"),
                             on_success=lambda rows: self._show_reviews(generation, cause, rows))

    def _on_export_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export report"), str(Path.home() / "rating-report.pdf"),
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.export_report(path)
            self.status_label.setText(self.tr("Report saved as %1").replace("%1", path))

    def _on_evidence_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the evidence in"), str(Path.home()))
        if folder:
            self.export_evidence(folder)

    # Helpers ----------------------------------------------------------------

    def _current_drop(self):
        row = self.drop_list.currentRow()
        if self.report is None or not 0 <= row < len(self.report.drops):
            return None
        return self.report.drops[row]

    def _show_causes(self, row: int) -> None:
        lang = window_language()
        drop = self.report.drops[row] if self.report is not None and 0 <= row < len(self.report.drops) else None
        self.cause_list.blockSignals(True)
        self.cause_list.clear()
        if drop is None:
            self.drop_facts.setText("")
            if self.report is not None:
                self.summary_label.setText(self.report.summary)
            self.cause_chart.set_causes([], [])
            self.cause_list.blockSignals(False)
            self._on_cause_selected(-1)
            return
        self.summary_label.setText(drop.summary)
        self.drop_facts.setText(self._drop_facts(drop))
        kinds = narrate.phrasebook(lang)["kinds"]
        labels = [narrate.cause_label(c, lang) for c in drop.causes]
        self.cause_chart.set_causes(labels, [c.contribution for c in drop.causes])
        for c, label in zip(drop.causes, labels):
            thin = " · " + self.tr("few reviews") if c.thin else ""
            QListWidgetItem(f"{round(100 * c.contribution)} %  {label}  ({kinds.get(c.kind, c.kind)}, "
                            + self.tr("%1 reviews").replace("%1", str(c.n_during)) + f"){thin}", self.cause_list)
        self.cause_list.blockSignals(False)
        if drop.causes:
            self.cause_list.setCurrentRow(0)
        else:
            self._on_cause_selected(-1)

    def _drop_item_text(self, d: Any) -> str:
        """Two short lines for the list of drops: when, and from how many stars to how many."""
        x, lang = d.drop, window_language()
        when = (self.tr("since %1").replace("%1", format_date(x.start)) if x.kind != "drop"
                else f"{format_date(x.start)} – {format_date(x.end)}")
        top = next((c for c in d.causes if c.kind == "aspect"), d.causes[0] if d.causes else None)
        what = f" · {narrate.cause_label(top, lang)}" if top is not None else ""
        return f"{when}\n{narrate.stars(x.rating_before, lang)} → {narrate.stars(x.rating_after, lang)} ★{what}"

    def _drop_facts(self, d: Any) -> str:
        x = d.drop
        # a scan's p-value is never 0: "over 99.9 %", not a certainty of 100 %
        confidence = (self.tr("over %1 %").replace("%1", QLocale().toString(99.9, "f", 1))
                      if x.confidence >= 0.999 else f"{QLocale().toString(100 * x.confidence, 'f', 1)} %")
        # a number and its per cent sign stay on one line (Italian wrapped "99,9" / "%")
        return (self.tr("%1 reviews in the drop, %2 before it; confidence %3")
                .replace("%1", str(x.n_after)).replace("%2", str(x.n_before)).replace("%3", confidence)
                .replace(" %", "\u00a0%"))

    def _show_reviews(self, generation: int, cause: Any, rows: list[tuple]) -> None:
        if generation != self._review_generation:
            return
        terms = tuple(cause.terms) + ((cause.name,) if cause.kind in ("dish", "staff", "phrase") else ())
        html = []
        for rid, _ext, source, location, created, author, _n, _guide, rating, title, text in rows:
            stars = "★" * int(rating) if rating else ""
            meta = " · ".join(escape(x) for x in (author or self.tr("Anonymous"), format_date(created),
                                                   source_label(source), location or "") if x)
            body = highlight(". ".join(p for p in (title, text) if p) or self.tr("(stars only)"), terms)
            html.append(f"<p><span style='color:{palette.STAR}'>{stars}</span> "
                        f"<span style='color:{palette.MUTED}'>{meta}</span><br>{body}</p>")
        self.review_view.setHtml("".join(html))
        self.reviews_shown.emit()

