"""The customer card: who they are, their tier and segment with the reason,
their rhythm of visits, what they like, what is suggested about them, the
reviews they wrote and what they agreed to receive.

The card knows no services: it shows a ``CustomerCard`` and emits what the
owner asked for; the page runs it and shows the card again."""
from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.sources import source_label
from desktop.services.customer_views import CustomerCard
from desktop.ui import palette
from desktop.ui.customer_text import (
    ALLERGEN_LABELS,
    CHANNEL_LABELS,
    DIET_LABELS,
    ENTERED_BY_LABELS,
    FIELD_LABELS,
    label,
    language_label,
    text,
)
from desktop.ui.message_words import campaign_label, word
from desktop.ui.models.columns import format_count, format_date, stars
from desktop.ui.models.customers_model import money_text, segment_label, tier_label
from desktop.ui.read_only import set_writable
from desktop.ui.widgets.visits_chart import VisitsChart

REVIEW_SNIPPET_CHARS = 180
SHOWN_REVIEWS = 6
SHOWN_NOTES = 6


def _label(text_: str, parent: QWidget, name: str | None = None, rich: bool = False) -> QLabel:
    w = QLabel(text_, parent)
    w.setWordWrap(True)
    w.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    w.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        w.setObjectName(name)
    return w


def _section(title: str, parent: QWidget) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent)
    frame.setObjectName("Card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 12)
    layout.setSpacing(6)
    heading = QLabel(title.upper(), frame)
    heading.setObjectName("CardTitle")
    layout.addWidget(heading)
    return frame, layout


def _button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 6)
    row.addStretch(1)
    for button in buttons:
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        row.addWidget(button)
    return row


class CustomerCardView(QScrollArea):
    """Emits the owner's requests; ``show_card(None)`` shows the hint."""

    edit_requested = Signal(int)
    consent_requested = Signal(int)
    export_requested = Signal(int)
    erase_requested = Signal(int)
    suggestion_decided = Signal(int, bool)  # suggestion id, accept
    link_decided = Signal(int, bool)        # link id, confirm

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.card: CustomerCard | None = None
        self.buttons: dict[str, QPushButton] = {}
        self.read_only = False
        """Set by the page in a read-only window: the card's write buttons show disabled, saying why."""
        self.show_card(None)

    def show_card(self, card: CustomerCard | None) -> None:
        """Show ``card`` (GUI thread); None shows how to pick one."""
        self.card = card
        self.buttons = {}
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(2, 0, 6, 6)
        layout.setSpacing(10)
        if card is None:
            hint = _label(self.tr("Select a customer to see their card: their rhythm, what they like, "
                                  "their reviews and what they agreed to receive."), body, "Muted")
            hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addStretch(1)
            layout.addWidget(hint)
            layout.addStretch(2)
        else:
            for build in (self._header, self._standing, self._visits, self._preferences, self._suggestions,
                          self._reviews, self._consent):
                section = build(card, body)
                if section is not None:
                    layout.addWidget(section)
            layout.addStretch(1)
            for key, button in self.buttons.items():
                if key != "export":  # exporting a customer's data only reads
                    set_writable(button, True, self.read_only)
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.setWidget(body)

    # Sections ---------------------------------------------------------------

    def _header(self, card: CustomerCard, parent: QWidget) -> QWidget:
        s = card.summary
        box = QWidget(parent)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        name = _label(s.name or s.email or s.phone or self.tr("(no name)"), box)
        name.setStyleSheet("font-size: 15pt; font-weight: 600;")
        layout.addWidget(name)
        contact = " · ".join(x for x in (s.email, s.phone) if x)
        if contact:
            layout.addWidget(_label(contact, box, "Muted"))
        since = format_date(s.first_visit) if s.first_visit else ""
        origin = self.tr("From %1").replace("%1", source_label(card.source))
        if since:
            origin += " · " + self.tr("first visit %1").replace("%1", since)
        if card.birthday:
            origin += " · " + self.tr("birthday %1").replace("%1", format_date(card.birthday).rsplit(" ", 1)[0]
                                                                if card.birthday.year == 1900
                                                                else format_date(card.birthday))
        layout.addWidget(_label(origin, box, "Muted"))
        row = QGridLayout()
        row.setHorizontalSpacing(2)
        row.setVerticalSpacing(0)
        for i, (key, caption) in enumerate((("edit", self.tr("Edit…")), ("consent", self.tr("Consent…")),
                                            ("export", self.tr("Export data…")), ("erase", self.tr("Erase…")))):
            button = QPushButton(caption, box)
            button.setProperty("flat", True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.buttons[key] = button
            row.addWidget(button, i // 2, i % 2, Qt.AlignmentFlag.AlignLeft)
        row.setColumnStretch(2, 1)
        cid = s.id
        self.buttons["edit"].clicked.connect(lambda: self.edit_requested.emit(cid))
        self.buttons["consent"].clicked.connect(lambda: self.consent_requested.emit(cid))
        self.buttons["export"].clicked.connect(lambda: self.export_requested.emit(cid))
        self.buttons["erase"].clicked.connect(lambda: self.erase_requested.emit(cid))
        layout.addLayout(row)
        return box

    def _standing(self, card: CustomerCard, parent: QWidget) -> QWidget:
        s, m = card.summary, card.metrics
        frame, layout = _section(self.tr("Tier and rhythm"), parent)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        t = text()
        rows = (
            (self.tr("Tier"), tier_label(s.tier) or self.tr("None yet"), t.tier_reason(m, card.currency) if s.tier else ""),
            (self.tr("Segment"), segment_label(s.segment) or self.tr("None"), t.segment_reason(m)),
            (self.tr("Visits"), format_count(s.visits),
             self.tr("%1 spent").replace("%1", money_text(s.spend, card.currency))),
            (self.tr("In short"), "", t.rfm(int(m.get("r") or 0), int(m.get("f") or 0), int(m.get("m") or 0))),
        )
        for i, (name, value, why) in enumerate(rows):
            key = _label(name, frame, "Muted")
            grid.addWidget(key, i, 0, Qt.AlignmentFlag.AlignTop)
            shown = f"<b>{escape(value)}</b> " if value else ""
            grid.addWidget(_label(f"{shown}<span style='color:{palette.MUTED}'>{escape(why)}</span>", frame,
                                  rich=True), i, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        moves = [h for h in card.tier_history if h.get("old_tier") or h.get("new_tier")][:3]
        if len(moves) > 1 or (moves and moves[0].get("old_tier")):
            none = self.tr("no tier")  # not inside the f-string: lupdate misses those
            lines = [f"{format_date(h['as_of'])}: {tier_label(h.get('old_tier')) or none} → "
                     f"{tier_label(h.get('new_tier')) or none}" for h in moves]
            layout.addWidget(_label("\n".join(lines), frame, "Muted"))
        return frame

    def _visits(self, card: CustomerCard, parent: QWidget) -> QWidget:
        frame, layout = _section(self.tr("Visits per month"), parent)
        chart = VisitsChart(frame)
        chart.set_months(card.visits_by_month)
        self.chart = chart
        layout.addWidget(chart)
        if card.summary.visits and not card.visits_by_month:
            layout.addWidget(_label(self.tr("Counted from the customer file: no orders of theirs imported yet."),
                                    frame, "Muted"))
        return frame

    def _preferences(self, card: CustomerCard, parent: QWidget) -> QWidget:
        frame, layout = _section(self.tr("What they like"), parent)
        profile = card.profile or {}
        shown = False
        for field in ("usual_order", "seating", "language", "preferred_channel", "best_time", "notes"):
            value = profile.get(field)
            if not value:
                continue
            if field == "language":
                value = language_label(value)
            elif field == "preferred_channel":
                value = label(CHANNEL_LABELS, value)
            layout.addWidget(_label(f"<span style='color:{palette.MUTED}'>{escape(label(FIELD_LABELS, field))}:"
                                    f"</span> {escape(str(value))}", frame, rich=True))
            shown = True
        diets = [h for h in card.health if h["kind"] == "diet"]
        allergies = [h for h in card.health if h["kind"] == "allergy"]
        for title, items, table, colour in ((self.tr("Diet"), diets, DIET_LABELS, palette.TEXT),
                                            (self.tr("Allergies"), allergies, ALLERGEN_LABELS, palette.NEGATIVE)):
            if items:
                names = ", ".join(f"{escape(label(table, h['code']))} <span style='color:{palette.MUTED}'>("
                                  f"{escape(label(ENTERED_BY_LABELS, h['entered_by']))})</span>" for h in items)
                layout.addWidget(_label(f"<span style='color:{palette.MUTED}'>{escape(title)}:</span> "
                                        f"<span style='color:{colour}'>{names}</span>", frame, rich=True))
                shown = True
        notes = [n for n in card.staff_notes][:SHOWN_NOTES]
        if notes:
            layout.addWidget(_label(self.tr("Staff notes"), frame, "Muted"))
            for n in notes:
                layout.addWidget(_label(f"• {n['note']}", frame))
            shown = True
        if not shown:
            layout.addWidget(_label(self.tr("Nothing noted yet. Use Edit… to add their usual order, diet or "
                                            "allergies."), frame, "Muted"))
        return frame

    def _suggestions(self, card: CustomerCard, parent: QWidget) -> QWidget | None:
        if not card.suggestions:
            return None
        frame, layout = _section(self.tr("Suggestions to check"), parent)
        t = text()
        for s in card.suggestions:
            words = _label(f"<b>{escape(label(FIELD_LABELS, s.field))}: {escape(t.suggestion_value(s.field, s.value))}"
                           f"</b><br><span style='color:{palette.MUTED}'>{escape(t.evidence(s.evidence))}</span>",
                           frame, rich=True)
            accept = QPushButton(self.tr("Accept"), frame)
            dismiss = QPushButton(self.tr("Dismiss"), frame)
            accept.setProperty("primary", True)
            sid = s.id
            accept.clicked.connect(lambda _=False, sid=sid: self.suggestion_decided.emit(sid, True))
            dismiss.clicked.connect(lambda _=False, sid=sid: self.suggestion_decided.emit(sid, False))
            self.buttons[f"accept:{sid}"] = accept
            self.buttons[f"dismiss:{sid}"] = dismiss
            layout.addWidget(words)
            layout.addLayout(_button_row(accept, dismiss))
        if any(s.field == "allergy" for s in card.suggestions):
            layout.addWidget(_label(self.tr("An allergy counts only once you accept it."), frame, "Muted"))
        return frame

    def _reviews(self, card: CustomerCard, parent: QWidget) -> QWidget | None:
        if not card.reviews:
            return None
        frame, layout = _section(self.tr("Their reviews"), parent)
        for r in card.reviews[:SHOWN_REVIEWS]:
            snippet = " ".join((r.text or "").split())
            if len(snippet) > REVIEW_SNIPPET_CHARS:
                snippet = snippet[:REVIEW_SNIPPET_CHARS - 1] + "…"
            meta = " · ".join(x for x in (format_date(r.created_at), source_label(r.source)) if x)
            if r.status == "confirmed":
                status = self.tr("Confirmed")
            else:
                status = self.tr("Probably them (%1%)").replace("%1", str(int(round(r.confidence * 100))))
            layout.addWidget(_label(f"<span style='color:{palette.STAR}'>{stars(r.rating)}</span> "
                                    f"<span style='color:{palette.MUTED}'>{escape(meta)} · {escape(status)}</span>"
                                    f"<br>{escape(snippet)}", frame, rich=True))
            if r.status != "confirmed":
                yes = QPushButton(self.tr("It's them"), frame)
                no = QPushButton(self.tr("Not them"), frame)
                lid = r.id
                yes.clicked.connect(lambda _=False, lid=lid: self.link_decided.emit(lid, True))
                no.clicked.connect(lambda _=False, lid=lid: self.link_decided.emit(lid, False))
                self.buttons[f"confirm:{lid}"] = yes
                self.buttons[f"reject:{lid}"] = no
                layout.addLayout(_button_row(yes, no))
        if len(card.reviews) > SHOWN_REVIEWS:
            layout.addWidget(_label(self.tr("… and %1 more").replace("%1", str(len(card.reviews) - SHOWN_REVIEWS)),
                                    frame, "Muted"))
        return frame

    def _consent(self, card: CustomerCard, parent: QWidget) -> QWidget:
        frame, layout = _section(self.tr("May we contact them?"), parent)
        latest: dict[str, dict[str, Any]] = {}
        for event in card.consent_history:
            latest[event["channel"]] = event
        for channel in ("email", "sms", "whatsapp"):
            yes = bool(card.summary.consent.get(channel))
            event = latest.get(channel)
            state = self.tr("Yes") if yes else self.tr("No")
            colour = palette.POSITIVE if yes else palette.MUTED
            detail = ""
            if event is not None:
                detail = event.get("evidence") or source_label(event.get("source"))
                if not event.get("applied"):
                    detail = self.tr("They said no before; a later “yes” was not applied: %1").replace("%1", detail)
            elif not yes:
                detail = self.tr("no choice recorded")
            words = _label(f"{escape(label(CHANNEL_LABELS, channel))}: <b style='color:{colour}'>{escape(state)}</b>"
                           f" <span style='color:{palette.MUTED}'>{escape(detail)}</span>", frame, rich=True)
            said_yes, said_no = self.tr("yes"), self.tr("no")
            history = [f"{format_date(e['recorded_at'])} {source_label(e['source'])}: "
                       f"{said_yes if e['granted'] else said_no}"
                       for e in card.consent_history if e["channel"] == channel]
            if history:
                words.setToolTip("\n".join(history))
            layout.addWidget(words)
        # what the frequency cap reads: the message log
        if card.messages_count:
            last = card.messages_sent[0]
            sent = self.tr("%Ln message(s) sent; the last on %1: %2, by %3.", "", card.messages_count)
            sent = sent.replace("%1", format_date(last["sent_at"])).replace(
                "%2", campaign_label(last["campaign"])).replace("%3", word(last["channel"]))
            words = _label(sent, frame, "Muted")
            words.setToolTip("\n".join(f"{format_date(m['sent_at'])}: {campaign_label(m['campaign'])}, {word(m['channel'])}"
                                       for m in card.messages_sent))
        else:
            words = _label(self.tr("No message sent to them yet."), frame, "Muted")
        layout.addWidget(words)
        return frame
