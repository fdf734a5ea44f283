"""Search and filters for the reviews: emits a ``ReviewFilter`` when they change.

Typing in the search box is debounced so the list does not reload on every key."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Sequence

from PySide6.QtCore import QDate, QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from desktop.core.sources import source_label
from desktop.services.reviews import ReviewFilter
from desktop.ui.models.columns import date_pattern
from desktop.ui.resources import icon

SEARCH_DEBOUNCE_MS = 300
PERIOD_DAYS: dict[str, int | None] = {"all": None, "30": 30, "90": 90, "365": 365, "custom": None}


def language_name(code: str) -> str:
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C or len(code) > 3:
        return code
    return f"{QLocale.languageToString(locale.language())} ({code})"


class FilterBar(QWidget):
    filter_changed = Signal(object)  # ReviewFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._emit)
        self._setup_ui()

    def current_filter(self, today: date | None = None) -> ReviewFilter:
        """The filter the controls describe now (GUI thread)."""
        today = today or date.today()
        min_rating, max_rating = self.min_combo.currentData(), self.max_combo.currentData()
        if min_rating is not None and max_rating is not None and min_rating > max_rating:
            min_rating, max_rating = max_rating, min_rating
        period = self.period_combo.currentData()
        date_from = date_to = None
        if period == "custom":
            date_from = self.from_edit.date().toPython()
            date_to = self.to_edit.date().toPython()
        elif PERIOD_DAYS.get(period):
            date_from = today - timedelta(days=PERIOD_DAYS[period])
        source, language = self.source_combo.currentData(), self.language_combo.currentData()
        return ReviewFilter(
            text=self.search_edit.text().strip(),
            sources=(source,) if source else (),
            languages=(language,) if language else (),
            min_rating=min_rating, max_rating=max_rating,
            date_from=date_from, date_to=date_to,
        )

    def set_facets(self, sources: Sequence[str], languages: Sequence[str]) -> None:
        """Offer these sources and languages, keeping the current choice if still there."""
        self._fill(self.source_combo, self.tr("All sources"), [(s, source_label(s)) for s in sources])
        self._fill(self.language_combo, self.tr("All languages"), [(c, language_name(c)) for c in languages])
        self.language_combo.setVisible(len(languages) > 1 or bool(self.language_combo.currentData()))

    def set_search_text(self, text: str) -> None:
        """Type ``text`` into the search box (debounced like a person typing)."""
        self.search_edit.setText(text)

    def clear(self) -> None:
        for combo in (self.source_combo, self.language_combo, self.min_combo, self.max_combo, self.period_combo):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self._on_period_changed()
        self._emit()

    def _fill(self, combo: QComboBox, all_text: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, None)
        for value, text in items:
            combo.addItem(text, value)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _setup_ui(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search reviews, authors…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_edit.setMinimumWidth(140)  # shrinks first when the labels are long (Russian, German)
        self.search_edit.textChanged.connect(self._on_search_text_changed)
        layout.addWidget(self.search_edit, 2)

        self.source_combo = QComboBox(self)
        self.language_combo = QComboBox(self)
        self.set_facets((), ())
        self.min_combo, self.max_combo = QComboBox(self), QComboBox(self)
        self.min_combo.addItem(self.tr("Any"), None)
        self.max_combo.addItem(self.tr("Any"), None)
        for stars in range(1, 6):
            self.min_combo.addItem(f"{stars} ★", stars)
            self.max_combo.addItem(f"{stars} ★", stars)
        self.period_combo = QComboBox(self)
        for key, text in (("all", self.tr("All time")), ("30", self.tr("Last 30 days")),
                          ("90", self.tr("Last 90 days")), ("365", self.tr("Last 12 months")),
                          ("custom", self.tr("Custom dates…"))):
            self.period_combo.addItem(text, key)
        today = QDate.currentDate()
        self.from_edit = QDateEdit(today.addMonths(-3), self)
        self.to_edit = QDateEdit(today, self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_pattern())
            edit.dateChanged.connect(self._emit)
        self._on_period_changed()

        layout.addWidget(self.source_combo)
        layout.addWidget(self.language_combo)
        stars_label = QLabel(self.tr("Stars"), self)
        stars_label.setObjectName("Muted")
        to_label = QLabel(self.tr("to"), self)
        to_label.setObjectName("Muted")
        for widget in (stars_label, self.min_combo, to_label, self.max_combo, self.period_combo,
                       self.from_edit, self.to_edit):
            layout.addWidget(widget)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.setProperty("flat", True)
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)
        for combo in (self.source_combo, self.language_combo, self.min_combo, self.max_combo):
            combo.currentIndexChanged.connect(self._emit)
        for combo in (self.source_combo, self.language_combo, self.period_combo):
            # as wide as their text when there is room; on a 1366-pixel screen with long
            # labels they elide rather than push the bar wider than the window
            combo.setMinimumWidth(100)
        self.period_combo.currentIndexChanged.connect(self._on_period_changed)
        self.period_combo.currentIndexChanged.connect(self._emit)

    def _on_search_text_changed(self, _text: str) -> None:
        self._debounce.start()

    def _on_period_changed(self, _index: int = 0) -> None:
        custom = self.period_combo.currentData() == "custom"
        self.from_edit.setVisible(custom)
        self.to_edit.setVisible(custom)

    def _emit(self) -> None:
        self._debounce.stop()
        self.filter_changed.emit(self.current_filter())
