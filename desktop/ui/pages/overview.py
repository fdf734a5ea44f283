"""The Overview page, the one the owner opens every morning: the week at a
glance as cards (rating and its change, new reviews, reviews waiting for a
reply and the most urgent one, the latest rating drop with the Insights
page's sentence, suspicious reviews, regulars who became at-risk or lapsed,
birthdays ahead, the last campaign's result). Each card is one click (or
Enter) from the page that explains it: the page emits ``open_requested``
with a target the main window turns into "switch page, select the item".

An empty database gets a welcome card instead (open the demo café, import).

The page shows its skeleton at once (every card's title, "…" for its value)
and asks ``Services.overview`` for the ``Week`` off the GUI thread.

The ``Week`` is gathered by ``services.overview`` through the operation
runner: first a quick call (a fraction of a second, slow parts from the
cache), then, when parts are pending, a full call that fills the cards that
say "Looking…". Only the newest answer is shown. Review text is plain text
on labels (never rich text), so it can never become markup."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.records import Changed
from desktop.core.sources import source_label
from desktop.services.overview import (
    BIRTHDAY_DAYS,
    COMPARE_WEEKS,
    RATING_CHANGE_EPSILON,
    Person,
    Week,
)
from desktop.ui.context import UiContext
from desktop.ui.message_words import campaign_label, reason_text, urgency_label, verdict_text
from desktop.ui.models.columns import format_count, format_date, words_locale
from desktop.ui.widgets.locations_panel import LocationsPanel

CARD_COLUMNS = 3
"""Cards per row; the page scrolls when the window is short."""
STALE_AFTER_DAYS = 2
"""When the newest data is older than this many days, the page says so."""
SKELETON_VALUE = "…"
"""A card's value until its part of the week arrives (not a word: nothing to translate)."""


@dataclass(frozen=True)
class Target:
    """Where a card leads: ``page`` (a main-window page key), ``kind`` what to
    select there ("review", "drop", "customer", "inbox", "campaigns",
    "bursts", "segment", "location") and ``value`` the review or customer id, the
    drop's sentence (it names the drop on the Insights page), the segment code
    or the location's name."""

    page: str
    kind: str = ""
    value: Any = None


def window_language() -> str:
    return QLocale().name().split("_")[0] or "en"


def stars_text(value: float | None) -> str:
    """"4.2" in the window's decimal sign; "–" when unknown."""
    if value is None:
        return "–"
    return QLocale().toString(float(value), "f", 1)


def day_month(value: date) -> str:
    """A birthday in the window's language, without the year: "7 December",
    "7 dicembre", "7 декабря" (Qt writes the month in the form a date wants)."""
    return words_locale().toString(QDate(value.year, value.month, value.day), "d MMMM")


class Card(QFrame):
    """A clickable card: a small title, a big value and a caption. Focusable;
    Enter or Space opens it like a click. Emits ``clicked``."""

    clicked = Signal()

    def __init__(self, title: str, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.setProperty("clickable", True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(tooltip)
        self.setMinimumHeight(128)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(4)
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("CardTitle")
        self.value_label = QLabel("", self)
        self.value_label.setObjectName("CardValue")
        self.value_label.setWordWrap(True)
        self.caption_label = QLabel("", self)
        self.caption_label.setObjectName("CardCaption")
        self.caption_label.setWordWrap(True)
        for label in (self.title_label, self.value_label, self.caption_label):
            label.setTextFormat(Qt.TextFormat.PlainText)  # names and review text are data
            layout.addWidget(label)
        layout.addStretch(1)

    def set_content(self, value: str, caption: str, tone: str = "") -> None:
        self.value_label.setText(value)
        self.caption_label.setText(caption)
        self.caption_label.setProperty("tone", tone)
        self.caption_label.style().unpolish(self.caption_label)
        self.caption_label.style().polish(self.caption_label)
        self.setAccessibleName(f"{self.title_label.text()}: {value}")
        self.setAccessibleDescription(caption)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)


class OverviewPage(QWidget):
    """Emits ``loaded`` after every answer shown (tests wait on it),
    ``open_requested(Target)`` when a card is opened, and ``demo_requested``
    / ``import_requested`` from the welcome card."""

    loaded = Signal()
    open_requested = Signal(object)
    demo_requested = Signal()
    import_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._generation = 0
        self.week: Week | None = None
        self.cards: dict[str, Card] = {}
        self._targets: dict[str, Target] = {}
        self._setup_ui()
        ctx.signals.data_changed.connect(self._on_data_changed)

    # Public -----------------------------------------------------------------

    def refresh(self) -> None:
        """Gather the week in the background: quick first, then the rest."""
        self._generation += 1
        self._load(self._generation, quick=True)
        self.locations_panel.refresh()

    def is_empty_state(self) -> bool:
        return self.stack.currentWidget() is self.welcome

    def open_card(self, key: str) -> None:
        """What a click on card ``key`` does (for the keyboard and tests)."""
        target = self._targets.get(key)
        if target is not None:
            self.open_requested.emit(target)

    # UI ---------------------------------------------------------------------

    def _setup_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 16)
        outer.setSpacing(8)
        row = QHBoxLayout()
        title = QLabel(self.tr("Overview"), self)
        title.setObjectName("PageTitle")
        self.subtitle = QLabel(self.tr("Your week at a glance. Open a card to see what is behind it."), self)
        self.subtitle.setObjectName("PageSubtitle")
        self.subtitle.setWordWrap(True)
        row.addWidget(title)
        row.addSpacing(12)
        row.addWidget(self.subtitle, 1, Qt.AlignmentFlag.AlignBottom)
        outer.addLayout(row)
        self.stale_label = QLabel("", self)
        self.stale_label.setObjectName("Problem")
        self.stale_label.setWordWrap(True)
        self.stale_label.hide()
        outer.addWidget(self.stale_label)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)

        scroll = QScrollArea(self.stack)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        holder = QWidget(scroll)
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 6, 0, 6)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(14)
        specs = (
            ("rating", self.tr("Rating this week"), self.tr("Open your reviews")),
            ("reviews", self.tr("New reviews"), self.tr("Open your reviews")),
            ("waiting", self.tr("Waiting for a reply"), self.tr("Open the most urgent review in the Inbox")),
            ("drop", self.tr("Rating drop"), self.tr("See why on the Insights page")),
            ("bursts", self.tr("Suspicious reviews"), self.tr("See the evidence on the Insights page")),
            ("campaign", self.tr("Last campaign"), self.tr("Open your campaigns")),
            ("at_risk", self.tr("Regulars at risk"), self.tr("Open them on the Customers page")),
            ("lapsed", self.tr("Lapsed regulars"), self.tr("Open them on the Customers page")),
            ("birthdays", self.tr("Birthdays ahead"), self.tr("Open them on the Customers page")),
        )
        for i, (key, name, tip) in enumerate(specs):
            card = Card(name, tip, holder)
            card.clicked.connect(lambda key=key: self.open_card(key))
            self.cards[key] = card
            grid.addWidget(card, i // CARD_COLUMNS, i % CARD_COLUMNS)
        for c in range(CARD_COLUMNS):
            grid.setColumnStretch(c, 1)
        rows = (len(specs) + CARD_COLUMNS - 1) // CARD_COLUMNS
        self.locations_panel = LocationsPanel(self._ctx, holder)  # a group's locations, compared
        self.locations_panel.location_opened.connect(
            lambda name: self.open_requested.emit(Target("insights", "location", name)))
        grid.addWidget(self.locations_panel, rows, 0, 1, CARD_COLUMNS)
        grid.setRowStretch(rows + 1, 1)
        scroll.setWidget(holder)
        self.cards_view = scroll
        self.stack.addWidget(scroll)
        self.welcome = self._build_welcome()
        self.stack.addWidget(self.welcome)
        for card in self.cards.values():  # the skeleton, shown before any answer
            card.set_content(SKELETON_VALUE, "")
        self.stack.setCurrentWidget(self.cards_view)

    def _build_welcome(self) -> QWidget:
        page = QWidget(self.stack)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 30, 0, 0)
        card = QFrame(page)
        card.setObjectName("Placeholder")
        card.setMaximumWidth(720)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(36, 30, 36, 32)
        inner.setSpacing(12)
        heading = QLabel(self.tr("Welcome to Regulars"), card)
        heading.setObjectName("DropTitle")
        text = QLabel(self.tr("There is nothing here yet. Import your review exports and your till's customer and "
                              "order files, and this page will show your week: how your rating moves, who is "
                              "waiting for a reply, and which regulars you have not seen for a while. Or look "
                              "around the demo café first: it opens in a window of its own and leaves your data "
                              "alone."), card)
        text.setWordWrap(True)
        text.setObjectName("Muted")
        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import your files…"), card)
        self.import_button.setProperty("primary", True)
        self.import_button.clicked.connect(self.import_requested)
        self.demo_button = QPushButton(self.tr("Open the demo café"), card)
        self.demo_button.clicked.connect(self.demo_requested)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        for widget in (heading, text):
            inner.addWidget(widget)
        inner.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # Loading ----------------------------------------------------------------

    def _load(self, generation: int, quick: bool) -> None:
        service, lang = self._ctx.services.overview, window_language()
        self._ctx.runner.run(lambda progress, cancel: service.week(lang, progress=progress, cancel=cancel,
                                                                    quick=quick),
                             label=self.tr("Gathering your week"),
                             on_success=lambda week: self._on_week_ready(generation, week),
                             on_failure=lambda error: self._on_week_failed(generation, error))

    def _on_week_ready(self, generation: int, week: Week) -> None:
        if generation != self._generation:
            return
        self.week = week
        self._show(week)
        self.loaded.emit()
        if week.pending:
            self._load(generation, quick=False)

    def _on_week_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._ctx.runner.reporter.report(error, self.tr("Gathering your week"))
        self.loaded.emit()

    def _on_data_changed(self, changed: Changed) -> None:
        if changed.reviews or changed.customers or changed.orders or changed.analysis:
            self.refresh()

    # Showing ----------------------------------------------------------------

    def _show(self, week: Week) -> None:
        if week.status == "empty":
            self.stack.setCurrentWidget(self.welcome)
            self.stale_label.hide()
            return
        self.stack.setCurrentWidget(self.cards_view)
        self.subtitle.setText(self.tr("Your week to %1. Open a card to see what is behind it.")
                              .replace("%1", format_date(week.as_of)))
        self.stale_label.setVisible(week.stale_days > STALE_AFTER_DAYS)
        self.stale_label.setText(self.tr("Your newest review or order is from %1: import newer exports to see "
                                         "this week.").replace("%1", format_date(week.as_of)))
        looking = self.tr("Looking…")
        self._show_reviews(week)
        if "replies" in week.pending:
            self.cards["waiting"].set_content(looking, "")
        else:
            self._show_waiting(week)
        if "insights" in week.pending:
            for key in ("drop", "bursts"):
                self.cards[key].set_content(looking, "")
        else:
            self._show_insights(week)
        for key in ("at_risk", "lapsed", "birthdays"):
            if "customers" in week.pending:
                self.cards[key].set_content(looking, "")
        if "customers" not in week.pending:
            self._show_customers(week)
        if "campaign" in week.pending:
            self.cards["campaign"].set_content(looking, "")
        else:
            self._show_campaign(week)

    def _show_reviews(self, week: Week) -> None:
        self._targets["rating"] = self._targets["reviews"] = Target("reviews")
        change = week.rating_change
        if week.reviews_total == 0:
            self.cards["rating"].set_content("–", self.tr("No reviews imported yet."))
            self.cards["reviews"].set_content("0", self.tr("Import your review exports to see them here."))
            return
        if week.rating_week is None:
            caption, tone = self.tr("No rated review this week."), ""
        elif change is None:
            caption, tone = self.tr("No rated review in the %1 weeks before to compare with.").replace(
                "%1", str(COMPARE_WEEKS)), ""
        elif abs(change) < RATING_CHANGE_EPSILON:
            caption, tone = self.tr("Steady: %1 in the %2 weeks before.").replace(
                "%1", stars_text(week.rating_before)).replace("%2", str(COMPARE_WEEKS)), ""
        else:
            template = self.tr("Up %1 from %2 in the %3 weeks before.") if change > 0 else \
                self.tr("Down %1 from %2 in the %3 weeks before.")
            caption = template.replace("%1", stars_text(abs(change))).replace(
                "%2", stars_text(week.rating_before)).replace("%3", str(COMPARE_WEEKS))
            tone = "good" if change > 0 else "bad"
        value = stars_text(week.rating_week) + (" ★" if week.rating_week is not None else "")
        self.cards["rating"].set_content(value, caption, tone)
        self.cards["reviews"].set_content(
            format_count(week.reviews_week),
            self.tr("in the 7 days to %1; %2 in all.").replace("%1", format_date(week.as_of))
            .replace("%2", format_count(week.reviews_total)))

    def _show_waiting(self, week: Week) -> None:
        card = self.cards["waiting"]
        urgent = week.urgent
        if urgent is None:
            self._targets["waiting"] = Target("messages", "inbox")
            card.set_content("0", self.tr("Every review with text has a reply. Well done."), "good")
            return
        self._targets["waiting"] = Target("messages", "review", urgent.review_id)
        who = urgent.author or self.tr("Anonymous")
        stars = "★" * int(urgent.rating) if urgent.rating else ""
        reasons = "; ".join(reason_text(r) for r in urgent.reasons[:2])
        caption = (self.tr("Top of the inbox (%1): %2 %3 on %4, %5").replace("%1", urgency_label(urgent.urgency))
                   .replace("%2", who).replace("%3", stars).replace("%4", source_label(urgent.source))
                   .replace("%5", reasons) + "\n“" + urgent.snippet + "”")
        card.set_content(format_count(week.waiting), caption, "bad" if urgent.urgency == "urgent" else "")

    def _show_insights(self, week: Week) -> None:
        drop = week.drop
        self._targets["drop"] = Target("insights", "drop", drop.sentence if drop else None)
        if drop is None:
            self.cards["drop"].set_content(self.tr("None found"), week.insight_summary, "good")
        else:
            value = (stars_text(drop.rating_before) + " → " + stars_text(drop.rating_after))
            lead = self.tr("Still going.") if drop.current else self.tr("The latest one.")
            self.cards["drop"].set_content(value, lead + " " + drop.sentence, "bad" if drop.current else "")
        self._targets["bursts"] = Target("insights", "bursts")
        if week.bursts:
            self.cards["bursts"].set_content(format_count(week.bursts), week.burst_sentence, "bad")
        else:
            self.cards["bursts"].set_content(self.tr("None"), self.tr("No burst of suspicious reviews found."),
                                             "good")

    def _people(self, people: tuple[Person, ...], count: int, with_day: bool) -> str:
        names = [p.name + (f" ({day_month(p.day)})" if with_day and p.day else "") for p in people]
        text = ", ".join(names)
        if count > len(people):
            text += " " + self.tr("and %1 more").replace("%1", format_count(count - len(people)))
        return text

    def _show_customers(self, week: Week) -> None:
        if week.customers_total == 0:
            for key in ("at_risk", "lapsed", "birthdays"):
                self._targets[key] = Target("customers")
                self.cards[key].set_content("–", self.tr("Import your till's customer and order files to "
                                                         "know your regulars."))
            return
        for key, people, count, segment, none in (
                ("at_risk", week.at_risk, week.at_risk_count, "at-risk",
                 self.tr("Nobody became at risk this week.")),
                ("lapsed", week.lapsed, week.lapsed_count, "lapsed", self.tr("Nobody lapsed this week."))):
            self._targets[key] = (Target("customers", "customer", people[0].customer_id) if people
                                  else Target("customers", "segment", segment))
            if count:
                caption = self.tr("This week: %1").replace("%1", self._people(people, count, False))
                self.cards[key].set_content(format_count(count), caption, "bad")
            else:
                self.cards[key].set_content("0", none, "good")
        people = week.birthdays
        self._targets["birthdays"] = (Target("customers", "customer", people[0].customer_id) if people
                                      else Target("customers"))
        if week.birthday_count:
            self.cards["birthdays"].set_content(format_count(week.birthday_count),
                                                self._people(people, week.birthday_count, True))
        else:
            self.cards["birthdays"].set_content("0", self.tr("No birthday in the next %1 days.")
                                                .replace("%1", str(BIRTHDAY_DAYS)))

    def _show_campaign(self, week: Week) -> None:
        self._targets["campaign"] = Target("messages", "campaigns")
        c = week.campaign
        if c is None:
            self.cards["campaign"].set_content(self.tr("None yet"), self.tr(
                "Send a win-back or thank-you campaign from the Messages page; its result shows here."))
            return
        if c.lift is None:
            value = "–"
        else:
            points = round(100 * c.lift)
            value = self.tr("%1 points").replace("%1", f"{points:+d}")
        caption = (campaign_label(c.campaign) + ", " + format_date(c.created_at) + ": "
                   + verdict_text(c.verdict, format_date(c.window_closes)))
        tone = {"worked": "good", "worse": "bad"}.get(c.verdict, "")
        self.cards["campaign"].set_content(value, caption, tone)
