"""The Reviews page: KPI cards, the rating trend, filters, the table and the
full text of the selected review. It owns its service calls; every read runs
through the operation runner and only the newest answer is shown."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from html import escape
from typing import Any

import pandas as pd
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QItemSelection,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.records import Changed
from desktop.core.sources import source_label
from desktop.services.reviews import ReviewFilter
from desktop.ui import palette
from desktop.ui.context import UiContext
from desktop.ui.pages.on_demand import OnDemand
from desktop.ui.customer_text import text as customer_text
from desktop.ui.models.columns import (
    RAW_ROLE,
    format_count,
    format_date,
    format_decimal,
    is_missing,
    stars,
    text_or_empty,
)
from desktop.ui.models.customers_model import segment_label, tier_label
from desktop.ui.models.reviews_model import (
    ReviewsModel,
    rating_display,
    sentiment_color,
    sentiment_label,
)
from desktop.ui.models.sorted_rows import ForwardingSortProxy, PreparedRows
from desktop.ui.widgets.delegates import KeepColourDelegate
from desktop.ui.widgets.drop_zone import empty_state
from desktop.ui.widgets.filter_bar import FilterBar
from desktop.ui.widgets.kpi_card import KpiCard
from desktop.ui.widgets.trend_chart import TrendChart

TREND_EPSILON = 0.05
"""A change in average stars smaller than this is shown as "steady"."""


ASPECT_LABELS = {  # aspect code -> what the owner reads (translated through tr())
    "food": QT_TRANSLATE_NOOP("ReviewsPage", "Food"),
    "drinks": QT_TRANSLATE_NOOP("ReviewsPage", "Drinks"),
    "service": QT_TRANSLATE_NOOP("ReviewsPage", "Service"),
    "price": QT_TRANSLATE_NOOP("ReviewsPage", "Price"),
    "ambience": QT_TRANSLATE_NOOP("ReviewsPage", "Ambience"),
    "cleanliness": QT_TRANSLATE_NOOP("ReviewsPage", "Cleanliness"),
    "wait": QT_TRANSLATE_NOOP("ReviewsPage", "Waiting"),
    "dish": QT_TRANSLATE_NOOP("ReviewsPage", "Your dishes"),
    "staff": QT_TRANSLATE_NOOP("ReviewsPage", "Your staff"),
}
FLAG_LABELS = {
    "food_poisoning": QT_TRANSLATE_NOOP("ReviewsPage", "food poisoning"),
    "allergy": QT_TRANSLATE_NOOP("ReviewsPage", "allergic reaction"),
    "foreign_object": QT_TRANSLATE_NOOP("ReviewsPage", "something in the food"),
    "pest": QT_TRANSLATE_NOOP("ReviewsPage", "pests"),
    "hygiene": QT_TRANSLATE_NOOP("ReviewsPage", "hygiene"),
    "legal_threat": QT_TRANSLATE_NOOP("ReviewsPage", "legal threat"),
}


@dataclass(frozen=True)
class _PageData:
    reviews: PreparedRows  # the rows, sorted on the worker thread (sorting 100,000 on the GUI thread froze it)
    trend: pd.DataFrame
    summary: Any  # ReviewSummary
    facets: Any  # ReviewFacets
    flt: ReviewFilter
    period: str


class ReviewsPage(QWidget):
    """Emits ``loaded`` after each refresh has been shown (tests wait on it)."""

    loaded = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._generation = 0
        self._filter = ReviewFilter()
        self._authors: dict[int, Any] = {}  # review id -> ReviewAuthor or None, loaded in the background
        self._shown_row: dict | None = None
        self.model = ReviewsModel(self)
        self.proxy = ForwardingSortProxy(self)  # the model sorts itself
        self.proxy.setSourceModel(self.model)
        self.on_demand = OnDemand(self, self.refresh)  # loads when shown (see on_demand)
        self._setup_ui()
        ctx.signals.data_changed.connect(self._on_data_changed)

    def refresh(self) -> None:
        """Reload everything for the current filter in the background."""
        self.on_demand.fresh()
        self._generation += 1
        generation, flt, period = self._generation, self._filter, self.trend_chart.period
        reviews, spec = self._ctx.services.reviews, self.model.sort_spec()

        def load(progress: Any, cancel: Any) -> _PageData:
            rows = ReviewsModel.prepare(reviews.list_reviews(flt), spec)
            return _PageData(rows, reviews.trend(period, flt), reviews.summary(flt),
                             reviews.facets(), flt, period)

        self._ctx.runner.run(load, label=self.tr("Loading reviews"),
                             on_success=lambda data: self._on_load_finished(generation, data),
                             on_failure=lambda error: self._on_load_failed(generation, error))

    def is_empty_state(self) -> bool:
        return self.stack.currentWidget() is self.empty_state

    # UI ---------------------------------------------------------------------

    def _setup_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 16)
        outer.setSpacing(12)
        title = QLabel(self.tr("Reviews"), self)
        title.setObjectName("PageTitle")
        subtitle = QLabel(self.tr("What your guests say, across every site you are listed on."), self)
        subtitle.setObjectName("PageSubtitle")
        title_row = QHBoxLayout()
        title_row.addWidget(title)
        title_row.addSpacing(12)
        title_row.addWidget(subtitle, 1, Qt.AlignmentFlag.AlignBottom)
        outer.addLayout(title_row)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)

        self.drop_zone, self.empty_state = empty_state(
            self.tr("No reviews yet"),
            self.tr("Drop your Google, Tripadvisor or spreadsheet export here, or use Import.\n"
                    "Regulars reads the file on this computer; nothing is uploaded."),
            self._ctx.signals.choose_files_requested, self)
        self.stack.addWidget(self.empty_state)

        self.content = QWidget(self)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)

        cards = QHBoxLayout()
        cards.setSpacing(12)
        self.total_card = KpiCard(self.tr("Reviews"), self.content)
        self.average_card = KpiCard(self.tr("Average rating"), self.content)
        self.recent_card = KpiCard(self.tr("Last 30 days"), self.content)
        self.unanswered_card = KpiCard(self.tr("Needing a reply"), self.content)
        for card in (self.total_card, self.average_card, self.recent_card, self.unanswered_card):
            cards.addWidget(card)
        layout.addLayout(cards)

        self.trend_chart = TrendChart(self.content)
        self.trend_chart.period_changed.connect(self._on_trend_period_changed)
        self.filter_bar = FilterBar(self.content)
        self.filter_bar.filter_changed.connect(self._on_filter_changed)

        self.table = QTableView(self.content)
        self.table.setModel(self.proxy)
        self.table.setItemDelegate(KeepColourDelegate(self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(self.model.column_index("created_at"), Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(32)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for i, column in enumerate(self.model.columns):
            if column.width:
                self.table.setColumnWidth(i, column.width)
        # dates are as long as the language's month abbreviations ("15 нояб. 2026")
        metrics = self.table.fontMetrics()
        widest = max(metrics.horizontalAdvance(format_date(date(2026, month, 28))) for month in range(1, 13))
        date_column = self.model.column_index("created_at")
        self.table.setColumnWidth(date_column, max(self.table.columnWidth(date_column), widest + 30))
        header.setSectionResizeMode(self.model.column_index("text"), QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)

        self.detail = QTextBrowser(self.content)
        self.detail.setOpenExternalLinks(False)
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._on_detail_anchor_clicked)
        self.detail.setMinimumWidth(240)
        self._show_detail(None)
        self.no_match_label = QLabel(self.tr("No reviews match these filters."), self.content)
        self.no_match_label.setObjectName("Muted")
        self.no_match_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match_label.hide()

        table_box = QWidget(self.content)
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table)
        table_layout.addWidget(self.no_match_label)
        lower_split = QSplitter(Qt.Orientation.Horizontal, self.content)
        lower_split.addWidget(table_box)
        lower_split.addWidget(self.detail)
        lower_split.setStretchFactor(0, 3)
        lower_split.setStretchFactor(1, 1)
        lower_split.setSizes([900, 300])
        lower = QWidget(self.content)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.setSpacing(10)
        lower_layout.addWidget(self.filter_bar)
        lower_layout.addWidget(lower_split, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self.content)
        self.splitter.addWidget(self.trend_chart)
        self.splitter.addWidget(lower)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([200, 400])
        layout.addWidget(self.splitter, 1)
        self.stack.addWidget(self.content)
        self.loading_label = QLabel(self.tr("Loading your reviews…"), self)
        self.loading_label.setObjectName("Muted")
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading_label)
        self.stack.setCurrentWidget(self.loading_label)

    # Slots ------------------------------------------------------------------

    def _on_data_changed(self, changed: Changed) -> None:
        if changed.customers or changed.reviews or changed.orders:
            self._authors.clear()  # who wrote what may have changed
        if changed.reviews or changed.analysis:
            self.on_demand.request()
        elif changed.customers and self._shown_row is not None:
            self._show_detail(self._shown_row)

    def _on_filter_changed(self, flt: ReviewFilter) -> None:
        if flt != self._filter:
            self._filter = flt
            self.refresh()

    def _on_trend_period_changed(self, _period: str) -> None:
        self.refresh()

    def _on_load_finished(self, generation: int, data: _PageData) -> None:
        if generation != self._generation:
            return  # an older answer; a newer request is on its way
        empty = data.summary.total == 0 and data.flt == ReviewFilter()
        self.stack.setCurrentWidget(self.empty_state if empty else self.content)
        self.filter_bar.set_facets(data.facets.sources, data.facets.languages)
        self._show_summary(data.summary)
        self.trend_chart.set_trend(data.trend, data.period)
        selected = self._selected_review_id()
        self.model.set_prepared(data.reviews)
        self.no_match_label.setVisible(self.model.rowCount() == 0 and not empty)
        self._reselect(selected)
        self.loaded.emit()

    def _on_load_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._ctx.runner.reporter.report(error, self.tr("Loading reviews"))
        if self.stack.currentWidget() is self.loading_label:
            self.loading_label.setText(self.tr("Your reviews could not be loaded."))
        self.loaded.emit()

    def _on_table_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._show_detail(rows[0].data(RAW_ROLE) if rows else None)

    # Helpers ----------------------------------------------------------------

    def _show_summary(self, summary: Any) -> None:
        self.total_card.set_value(format_count(summary.total), self.tr("matching your filters")
                                  if self._filter != ReviewFilter() else self.tr("all time"))
        if summary.avg_rating is None:
            self.average_card.set_value("—", self.tr("no star ratings yet"))
        else:
            self.average_card.set_value(f"{format_decimal(summary.avg_rating)} ★", stars(summary.avg_rating))
        last, prev = summary.last_30_avg, summary.prev_30_avg
        if last is None:
            self.recent_card.set_value("—", self.tr("no rated reviews in the last 30 days"))
        elif prev is None:
            self.recent_card.set_value(f"{format_decimal(last)} ★", self.tr("nothing to compare with before"))
        else:
            delta = last - prev
            if abs(delta) < TREND_EPSILON:
                caption, tone = self.tr("→ steady vs previous 30 days (%1)").replace("%1", format_decimal(prev)), ""
            elif delta > 0:
                caption, tone = self.tr("▲ %1 vs previous 30 days").replace("%1", format_decimal(delta, signed=True)), "good"
            else:
                caption, tone = self.tr("▼ %1 vs previous 30 days").replace("%1", format_decimal(delta, signed=True)), "bad"
            self.recent_card.set_value(f"{format_decimal(last)} ★", caption, tone)
        self.unanswered_card.set_value(format_count(summary.unanswered), self.tr("reviews without your reply"),
                                       "bad" if summary.unanswered else "good")

    def _show_detail(self, row: dict | None) -> None:
        self._shown_row = row
        if row is None:
            hint = self.tr("Select a review to read it in full.")  # not inside the f-string: lupdate misses those
            self.detail.setHtml(f"<p style='color:{palette.MUTED}'>{escape(hint)}</p>")
            return
        parts = []
        rating = row.get("rating")
        if not is_missing(rating):
            parts.append(f"<div style='color:{palette.STAR};font-size:16pt'>{stars(rating)}</div>")
        elif not is_missing(row.get("recommended")):
            parts.append(f"<div style='font-size:13pt'>{escape(rating_display(row))}</div>")
        meta = " · ".join(escape(x) for x in (
            text_or_empty(row.get("author")) or self.tr("Anonymous"),
            format_date(row.get("created_at"), with_time=False),
            source_label(row.get("source")),
            text_or_empty(row.get("location"))) if x)
        parts.append(f"<p style='color:{palette.MUTED}'>{meta}</p>")
        sentiment = row.get("sentiment")
        if not is_missing(sentiment):
            color = sentiment_color(sentiment).name()
            parts.append(f"<p><span style='color:{color};font-weight:600'>● {escape(sentiment_label(sentiment))}"
                         f"</span> <span style='color:{palette.MUTED}'>({format_decimal(float(sentiment), signed=True)})</span></p>")
        parts.append(self._insight_html(int(row["id"])))
        parts.append(self._author_html(row))
        title = text_or_empty(row.get("title"))
        if title:
            parts.append(f"<h3>{escape(title)}</h3>")
        text = text_or_empty(row.get("text")) or self.tr("(This review has stars but no text.)")
        parts.append(f"<p style='line-height:140%'>{escape(text).replace(chr(10), '<br>')}</p>")
        reply = text_or_empty(row.get("reply_text"))
        heading = self.tr("Your reply") if reply else self.tr("No reply yet")
        body = escape(reply).replace(chr(10), "<br>") if reply else ""
        parts.append(f"<table width='100%' cellpadding='8' style='background:{palette.ACCENT_SOFT if reply else palette.WARNING_SOFT};margin-top:10px'>"
                     f"<tr><td><b>{escape(heading)}</b>{'<br>' + body if body else ''}</td></tr></table>")
        self.detail.setHtml("".join(parts))

    def _insight_html(self, review_id: int) -> str:
        """Aspects the review talks about, coloured by polarity, and any
        health or safety claim, which changes how the owner must answer."""
        insight = self._ctx.services.reviews.insight(review_id)
        html = []
        claim = self.tr("Health or safety claim:")  # not inside the f-string: lupdate misses those
        for flag in insight.flags:
            label = FLAG_LABELS.get(flag, flag.replace("_", " "))
            html.append(f"<p style='color:{palette.NEGATIVE};font-weight:600'>⚠ "
                        f"{escape(claim)} {escape(self.tr(label))}</p>")
        chips = []
        for aspect, polarity, terms in sorted(insight.aspects, key=lambda a: a[1]):
            color = sentiment_color(polarity).name()
            name = self.tr(ASPECT_LABELS.get(aspect, aspect.title()))
            said = ", ".join(terms[:3])
            chips.append(f"<span style='color:{color}'>●</span> <b>{escape(name)}</b> "
                         f"<span style='color:{palette.MUTED}'>{format_decimal(polarity, 1, signed=True)}"
                         f"{' · ' + escape(said) if said else ''}</span>")
        if chips:
            html.append("<p style='line-height:150%'>" + "<br>".join(chips) + "</p>")
        return "".join(html)

    def _author_html(self, row: dict) -> str:
        """Who wrote the review, when a customer did: their tier, visits and
        notes, and (for a suggested match) links to confirm or dismiss it.
        Loaded in the background the first time; the pane is drawn again then."""
        review_id = int(row["id"])
        if review_id not in self._authors:
            self._load_author(review_id)
            return ""
        author = self._authors[review_id]
        if author is None:
            return ""
        s, link = author.summary, author.link
        if link.status == "confirmed":
            heading = self.tr("Written by your customer")
        else:
            heading = self.tr("Probably written by your customer (%1%)").replace(
                "%1", str(int(round(link.confidence * 100))))
        facts = " · ".join(x for x in (tier_label(s.tier), segment_label(s.segment),
                                       customer_text().visits(s.visits)) if x)
        if s.last_visit:
            facts += " · " + self.tr("last visit %1").replace("%1", format_date(s.last_visit))
        lines = [f"<b>{escape(heading)}:</b> {escape(s.name or s.email or '')}",
                 f"<span style='color:{palette.MUTED}'>{escape(facts)}</span>"]
        if author.usual_order:
            lines.append(escape(self.tr("Usual order: %1").replace("%1", author.usual_order)))
        for note in author.notes[:3]:
            lines.append(f"<span style='color:{palette.MUTED}'>• {escape(note)}</span>")
        if link.status != "confirmed":
            yes, no = self.tr("It is them"), self.tr("Not them")  # not inside the f-string: lupdate misses those
            lines.append(f"<a href='author:confirm:{link.id}'>{escape(yes)}</a> &nbsp; "
                         f"<a href='author:dismiss:{link.id}'>{escape(no)}</a>")
        return (f"<table width='100%' cellpadding='8' style='background:{palette.ACCENT_SOFT};margin:6px 0'>"
                f"<tr><td>{'<br>'.join(lines)}</td></tr></table>")

    def _load_author(self, review_id: int) -> None:
        customers = self._ctx.services.customers

        def done(author: Any) -> None:
            self._authors[review_id] = author
            if author is not None and self._shown_row is not None and int(self._shown_row["id"]) == review_id:
                self._show_detail(self._shown_row)

        self._ctx.runner.run(lambda _p, _c: customers.review_author(review_id), label=self.tr("Loading the author"),
                             on_success=done, on_failure=lambda _error: None)

    def _on_detail_anchor_clicked(self, url: Any) -> None:
        parts = url.toString().split(":")
        if len(parts) != 3 or parts[0] != "author":
            return
        confirm, link_id = parts[1] == "confirm", int(parts[2])
        customers = self._ctx.services.customers
        self._ctx.runner.run(lambda _p, _c: customers.decide_link(link_id, confirm), label=self.tr("Saving"),
                             write=True, on_success=self._ctx.signals.broadcast)

    def _selected_review_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].data(RAW_ROLE) if rows else None
        return int(row["id"]) if row else None

    def _reselect(self, review_id: int | None) -> None:
        if review_id is None:
            self._show_detail(None)
            return
        source_row = self.model.find_row("id", review_id)
        if source_row is not None:
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
            self.table.selectRow(index.row())
            self.table.scrollTo(index)
            return
        self._show_detail(None)
