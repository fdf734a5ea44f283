"""The Inbox tab of the Messages page: reviews waiting for a reply, most
urgent first, with the reasons for each rank; the review beside its draft
reply (or, for a health, safety or legal claim, a checklist and a holding
reply the owner completes); copy the reply, mark the review answered.

Loads through the operation runner, ranked but undrafted: the draft of the
selected review alone is written (in the background, a few milliseconds),
not one for each of 100,000 reviews. Marking answered is a serialised write
that broadcasts ``data_changed``. Emits ``loaded`` after each load and
``drafted`` when the selected review's draft is in the editor.
"""
from __future__ import annotations

from html import escape
from typing import Any, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.sources import source_label
from desktop.messaging.reply_drafts import REPLY_MAX_CHARS
from desktop.ui import palette
from desktop.ui.context import UiContext
from desktop.ui.message_words import checklist_text, reason_text, urgency_label
from desktop.ui.models.columns import RAW_ROLE, format_count, format_date, stars
from desktop.ui.models.message_models import INBOX_COLUMNS, RowsModel
from desktop.ui.models.sorted_rows import prepare_rows
from desktop.ui.read_only import set_writable
from desktop.ui.widgets.drop_zone import empty_state
from desktop.ui.widgets.fit_columns import ColumnFitter
from desktop.ui.widgets.name_tags_delegate import RowLineDelegate, two_line_height
from desktop.ui.widgets.side_pane import SidePaneSizer
from desktop.ui.widgets.tables import HEADER_PADDING, configure_table, header_width


INBOX_MIN_WIDTH = 90
"""On a laptop screen authors and sites give way to the reasons, down to this (pixels)."""
INBOX_PANE_MIN_WIDTH = 360
"""The review and its reply never get narrower than this (pixels): about 45 characters a line."""
PANE_SHARE, PANE_MAX_WIDTH = 0.4, 720
"""The review pane's share of the tab's width, and its widest (pixels): the list keeps the rest."""


def inbox_rows(items: Sequence[Any]) -> list[dict]:
    """The inbox table's rows for ``replies.inbox()`` items (pure Python; worker thread)."""
    return [dict(review_id=i.candidate.review_id, urgency=i.urgency, score=i.score,
                 rating=i.candidate.rating, author=i.candidate.author, source=i.candidate.source,
                 created_at=i.candidate.created_at, reasons=i.reasons, item=i) for i in items]


def _site(row: dict) -> str:
    """The line under a review's author: the site it was posted on."""
    return source_label(row.get("source")) if row.get("source") else ""


class InboxTab(QWidget):
    loaded = Signal()
    answered = Signal(int)
    drafted = Signal(int)  # review id

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._generation = 0
        self._drafts: dict[int, str] = {}  # the owner's edits, by review id
        self._items: list[Any] = []  # the ranked inbox (InboxItem), drafts not written
        self._position: dict[int, int] = {}  # review id -> place in it
        self._written: dict[int, Any] = {}  # review id -> its item with the draft written
        self._reply_ctx: Any = None
        self.model = RowsModel(INBOX_COLUMNS, self)
        self._setup_ui()

    def refresh(self) -> None:
        self._generation += 1
        generation, replies, spec = self._generation, self._ctx.services.replies, self.model.sort_spec()
        reviews = self._ctx.services.reviews

        def load(progress: Any, cancel: Any) -> tuple:
            # the rows are built and sorted here, on the worker: for 100,000 reviews
            # that took seconds on the GUI thread
            items, reply_ctx = replies.ranked(progress=progress, cancel=cancel)
            # an empty inbox on a database without reviews is "nothing imported yet", not "well done":
            # every review has a site, so no site means no review (one DISTINCT query, only then)
            any_reviews = bool(items) or bool(reviews.facets().sources)
            return items, reply_ctx, prepare_rows(inbox_rows(items), *spec), replies.reply_times(), any_reviews

        self._ctx.runner.run(load,
                             label=self.tr("Loading the reviews waiting for a reply"),
                             on_success=lambda result: self._on_loaded(generation, result))

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RAW_ROLE) if rows else None

    def select_review(self, review_id: int) -> bool:
        row = self.model.find_row("review_id", review_id)  # the view shows the model's order
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def reply_text(self) -> str:
        return self.reply_edit.toPlainText()

    def mark_selected_answered(self) -> None:
        row = self.selected()
        if row is None:
            return
        rid, text, replies = row["review_id"], self.reply_text(), self._ctx.services.replies
        self._ctx.runner.run(lambda progress, cancel: replies.mark_answered(rid, text), label=self.tr("Marking answered"),
                             write=True, on_success=lambda changed: self._on_marked(rid, changed))

    # UI --------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        self.times_label = QLabel("", self)
        self.times_label.setObjectName("Muted")
        self.times_label.setWordWrap(True)
        layout.addWidget(self.times_label)
        self.stack = QStackedWidget(self)
        self.empty_label = QLabel(self.tr("No reviews are waiting for a reply. Well done!\n"
                                          "New reviews appear here after you import them."), self)
        self.empty_label.setObjectName("Muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty_label)
        self.no_reviews, self.no_reviews_state = empty_state(
            self.tr("No reviews yet"),
            self.tr("Import your review exports on the Import page, or drop them here: the reviews "
                    "waiting for a reply then appear here, most urgent first, each with a draft reply."),
            self._ctx.signals.choose_files_requested, self)
        self.stack.addWidget(self.no_reviews_state)
        self.table = QTableView(self)
        configure_table(self.table, self.model, "why")
        # the site under the author, the way the Customers page shows tags under a name: a Site
        # column of its own left the reasons some 85 px on a 1366 px laptop in Russian
        self.table.setColumnHidden(self.model.column_index("source"), True)
        self.table.setItemDelegateForColumn(self.model.column_index("author"), RowLineDelegate(_site, self.table))
        self.table.verticalHeader().setDefaultSectionSize(two_line_height(self.table.font()))
        # on a laptop screen authors give way to the reasons (elided, full in the tooltip)
        self.table_fitter = ColumnFitter(self.table, self.model.column_index("why"), (
            self.model.column_index("author"),), min_width=INBOX_MIN_WIDTH)
        # the stars need only their own width (five glyphs), not the model's 100 px
        rating = self.model.column_index("rating")
        self.table.setColumnWidth(rating, min(self.table.columnWidth(rating), max(
            header_width(self.table, rating), self.table.fontMetrics().horizontalAdvance(stars(1)) + HEADER_PADDING)))
        self.table_fitter.remember()
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.review_view = QTextBrowser(right)
        self.review_view.setOpenExternalLinks(False)
        self.reply_label = QLabel(self.tr("Draft reply (edit it before you post it)"), right)
        self.reply_edit = QPlainTextEdit(right)
        self.reply_edit.textChanged.connect(self._on_reply_edited)
        self.count_label = QLabel("", right)
        self.count_label.setObjectName("Muted")
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy reply"), right)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.answered_button = QPushButton(self.tr("Mark as answered"), right)
        self.answered_button.setProperty("primary", True)
        self._answered_tip = self.tr("After you pasted the reply on the review site: "
                                     "the review leaves the inbox.")
        self.answered_button.setToolTip(self._answered_tip)
        self.answered_button.clicked.connect(self.mark_selected_answered)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.answered_button)
        buttons.addStretch(1)
        # the count sits beside the reply's heading, not beside the buttons: in the buttons' row it
        # made the pane at least 545 px wide in Russian, and on a 1366 px laptop the list then
        # scrolled sideways with its "Why it ranks here" column out of sight
        self.reply_label.setWordWrap(True)
        heading = QHBoxLayout()
        heading.addWidget(self.reply_label, 1)
        heading.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        right_layout.addWidget(self.review_view, 3)
        right_layout.addLayout(heading)
        right_layout.addWidget(self.reply_edit, 2)
        right_layout.addLayout(buttons)
        right.setMinimumWidth(INBOX_PANE_MIN_WIDTH)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.table)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([900, 560])
        self.pane_sizer = SidePaneSizer(split, 1, PANE_SHARE, INBOX_PANE_MIN_WIDTH, PANE_MAX_WIDTH)
        split.setChildrenCollapsible(False)
        self.stack.addWidget(split)
        self.content = split
        layout.addWidget(self.stack, 1)
        self._show(None)

    # Slots ------------------------------------------------------------------------

    def _on_loaded(self, generation: int, result: tuple) -> None:
        if generation != self._generation:
            return
        items, self._reply_ctx, rows, times, any_reviews = result
        selected = self.selected()
        self._drafts = {}
        self._items, self._written = items, {}
        self._position = {item.candidate.review_id: k for k, item in enumerate(items)}
        self.model.set_prepared(rows)
        self.stack.setCurrentWidget(self.content if items else self.empty_label if any_reviews
                                    else self.no_reviews_state)
        answered = [t for t in times if t.median_hours is not None]
        if answered:
            parts = [self.tr("%1: %2 h").replace("%1", source_label(t.source)).replace("%2", f"{t.median_hours:.0f}")
                     for t in answered]
            self.times_label.setText(self.tr("Typical time to reply (median): %1").replace("%1", ", ".join(parts)))
        else:
            self.times_label.setText("")
        if not (selected and self.select_review(selected["review_id"])) and items:
            self.table.selectRow(0)
        self.loaded.emit()

    def _on_selection_changed(self, *_: Any) -> None:
        self._show(self.selected())

    def _show(self, row: dict | None) -> None:
        for widget in (self.reply_edit, self.copy_button):
            widget.setEnabled(row is not None)
        set_writable(self.answered_button, row is not None, self._ctx.read_only, self._answered_tip)
        if row is None:
            self.review_view.setHtml(f"<p style='color:{palette.MUTED}'>{escape(self.tr('Select a review to answer it.'))}</p>")
            self.reply_edit.clear()
            return
        item = self._written.get(row["review_id"], row["item"])
        c = item.candidate
        parts = [f"<div style='color:{palette.STAR};font-size:15pt'>{stars(c.rating)}</div>" if c.rating else ""]
        meta = " · ".join(escape(x) for x in (c.author or self.tr("Anonymous"), format_date(c.created_at),
                                               source_label(c.source)) if x)
        parts.append(f"<p style='color:{palette.MUTED}'>{meta}</p>")
        colour = palette.NEGATIVE if item.urgency == "urgent" else palette.TEXT
        parts.append(f"<p style='color:{colour};font-weight:600'>{escape(urgency_label(item.urgency))}: "
                     + escape("; ".join(reason_text(r) for r in item.reasons)) + "</p>")
        if c.title:
            parts.append(f"<h3>{escape(c.title)}</h3>")
        parts.append(f"<p style='line-height:140%'>{escape(c.text).replace(chr(10), '<br>')}</p>")
        if item.draft is None:
            heading = self.tr("Answer this one yourself. Before you do:")
            steps = "".join(f"<li>{escape(checklist_text(step))}</li>" for step in item.checklist)
            parts.append(f"<table width='100%' cellpadding='8' style='background:{palette.WARNING_SOFT};margin-top:8px'>"
                         f"<tr><td><b>{escape(heading)}</b><ol>{steps}</ol></td></tr></table>")
            self.reply_label.setText(self.tr("Holding reply: complete the part in [brackets] before you post it"))
        else:
            self.reply_label.setText(self.tr("Draft reply (edit it before you post it)"))
        self.review_view.setHtml("".join(parts))
        self.reply_edit.setReadOnly(False)
        if not item.drafted and c.review_id not in self._drafts:
            self._write_draft(c.review_id)
            if c.review_id in self._written:  # written at once (a synchronous runner): shown already
                return
        text = self._drafts.get(c.review_id, item.draft if item.draft is not None else (item.holding or ""))
        self.reply_edit.blockSignals(True)
        self.reply_edit.setPlainText(text)
        self.reply_edit.blockSignals(False)
        self._update_count()

    def _write_draft(self, review_id: int) -> None:
        """Write the draft of this review (and only this one) in the background; the editor waits
        for it, empty and read-only, a few milliseconds."""
        self.reply_edit.setReadOnly(True)
        generation, items, reply_ctx = self._generation, self._items, self._reply_ctx
        index, replies = self._position[review_id], self._ctx.services.replies
        self._ctx.runner.run(lambda progress, cancel: replies.draft(items, index, reply_ctx),
                             label=self.tr("Writing the draft reply"),
                             on_success=lambda item: self._on_drafted(generation, item))

    def _on_drafted(self, generation: int, item: Any) -> None:
        if generation != self._generation:
            return
        rid = item.candidate.review_id
        self._written[rid] = item
        row = self.selected()
        if row is not None and row["review_id"] == rid:
            self.reply_edit.setReadOnly(False)
            self._show(row)
        self.drafted.emit(rid)

    def _on_reply_edited(self) -> None:
        row = self.selected()
        if row is not None:
            self._drafts[row["review_id"]] = self.reply_edit.toPlainText()
        self._update_count()

    def _update_count(self) -> None:
        n = len(self.reply_edit.toPlainText())
        self.count_label.setText(self.tr("%1 of %2 characters").replace("%1", format_count(n))
                                 .replace("%2", format_count(REPLY_MAX_CHARS)))
        self.count_label.setProperty("tone", "bad" if n > REPLY_MAX_CHARS else "")

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.reply_text())

    def _on_marked(self, review_id: int, changed: Any) -> None:
        self._drafts.pop(review_id, None)
        self.answered.emit(review_id)
        self._ctx.signals.broadcast(changed)
