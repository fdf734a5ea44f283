"""Loyalty tiers and the lapsed rule, edited by the owner with a live
preview of how many customers each rule puts in each tier (computed in the
background, nothing stored until Save)."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.customers.segments import SegmentRules
from desktop.customers.tiers import TierRule, validate_tiers
from desktop.ui.context import UiContext
from desktop.ui.models.columns import format_count
from desktop.ui.widgets.tier_rules_table import RULE_COLUMNS, TierRulesTable

PREVIEW_DEBOUNCE_MS = 350
COUNT = RULE_COLUMNS  # the live count, after the rule columns


class TiersDialog(QDialog):
    """Emits ``saved`` after the rules were stored; ``preview_ready`` after each preview."""

    saved = Signal()
    preview_ready = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DEBOUNCE_MS)
        self._timer.timeout.connect(self._on_preview_due)
        self.setWindowTitle(self.tr("Loyalty tiers"))
        self.resize(720, 520)
        self._setup_ui()
        self._load()

    # Public -----------------------------------------------------------------

    def rules(self) -> list[TierRule]:
        """The tiers as the table shows them now (0 = that threshold is not used)."""
        return self.table.rules()

    def segment_rules(self) -> SegmentRules:
        return replace(self._segment_rules, lapsed_gap_factor=self.lapsed_factor.value(),
                       lapsed_min_days=self.lapsed_days.value())

    def preview_counts(self) -> list[str]:
        return [self.table.item(row, COUNT).text() for row in range(self.table.rowCount())]

    # UI ---------------------------------------------------------------------

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A customer is in the highest tier whose visits or spend they reach in its window, "
                               "so a daily coffee and a weekly bag of beans both count. Leave a threshold at 0 "
                               "to use only the other."), self)
        intro.setWordWrap(True)
        intro.setObjectName("Muted")
        layout.addWidget(intro)
        self.table = TierRulesTable([self.tr("Tier"), self.tr("Visits at least"), self.tr("or spend at least"),
                                     self.tr("in the last (days)"), self.tr("Customers")], self)
        self.table.edited.connect(self._on_rules_edited)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a tier"), self)
        self.remove_button = QPushButton(self.tr("Remove the last tier"), self)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self.table.remove_last_tier)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.without_label = QLabel("", self)
        self.without_label.setObjectName("Muted")
        row.addWidget(self.without_label)
        layout.addLayout(row)

        lapsed = QGroupBox(self.tr("When is a regular lapsed?"), self)
        form = QFormLayout(lapsed)
        self.lapsed_factor = QDoubleSpinBox(lapsed)
        self.lapsed_factor.setRange(2.5, 12.0)
        self.lapsed_factor.setSingleStep(0.5)
        self.lapsed_factor.setDecimals(1)
        self.lapsed_days = QSpinBox(lapsed)
        self.lapsed_days.setRange(14, 365)
        form.addRow(self.tr("Away for more than this many of their usual gaps"), self.lapsed_factor)
        form.addRow(self.tr("and at least this many days"), self.lapsed_days)
        hint = QLabel(self.tr("Their usual gap is the time between visits they rarely go beyond; at risk comes "
                              "first, after twice that gap."), lapsed)
        hint.setWordWrap(True)
        hint.setObjectName("Muted")
        form.addRow(hint)
        layout.addWidget(lapsed)
        self.error_label = QLabel("", self)
        self.error_label.setObjectName("Problem")
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self._on_save_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _load(self) -> None:
        services = self._ctx.services.customers

        def load(_progress: Any, _cancel: Any) -> tuple:
            return services.tiers(), services.segment_rules()

        self._ctx.runner.run(load, label=self.tr("Loading the tiers"), on_success=self._on_loaded)

    # Slots ------------------------------------------------------------------

    def _on_loaded(self, data: tuple) -> None:
        rules, segment_rules = data
        self._segment_rules = segment_rules
        self.lapsed_factor.setValue(segment_rules.lapsed_gap_factor)
        self.lapsed_days.setValue(segment_rules.lapsed_min_days)
        self.table.set_rules(rules)
        for row in range(self.table.rowCount()):
            self.table.setItem(row, COUNT, QTableWidgetItem("…"))
        self._on_preview_due()

    def _on_add_clicked(self) -> None:
        self.table.setItem(self.table.add_tier(), COUNT, QTableWidgetItem("…"))

    def _on_rules_edited(self) -> None:
        self.remove_button.setEnabled(self.table.can_remove())
        self.add_button.setEnabled(self.table.can_add())
        self._timer.start()

    def _valid_rules(self) -> tuple[TierRule, ...] | None:
        try:
            rules = validate_tiers(self.rules())
        except ValueError as exc:
            self.error_label.setText(self.tr("Check the tiers: %1").replace("%1", str(exc)))
            self.save_button.setEnabled(False)
            return None
        self.error_label.setText("")
        self.save_button.setEnabled(True)
        return rules

    def _on_preview_due(self) -> None:
        rules = self._valid_rules()
        if rules is None:
            return
        self._generation += 1
        generation = self._generation
        services = self._ctx.services.customers
        self._ctx.runner.run(lambda _p, _c: services.preview_tiers(rules), label=self.tr("Counting customers"),
                             on_success=lambda counts: self._on_preview_finished(generation, rules, counts))

    def _on_preview_finished(self, generation: int, rules: tuple[TierRule, ...], counts: dict) -> None:
        if generation != self._generation:
            return
        for row, rule in enumerate(rules):
            if row < self.table.rowCount():
                self.table.item(row, COUNT).setText(format_count(counts.get(rule.name, 0)))
        self.without_label.setText(self.tr("Not in any tier: %1").replace("%1", format_count(counts.get(None, 0))))
        self.preview_ready.emit()

    def _on_save_clicked(self) -> None:
        rules = self._valid_rules()
        if rules is None:
            return
        segment_rules = self.segment_rules()
        services = self._ctx.services.customers

        def save(_progress: Any, _cancel: Any) -> Any:
            services.set_segment_rules(segment_rules)
            return services.set_tiers(rules)

        def done(changed: Any) -> None:
            self._ctx.signals.broadcast(changed)
            self.saved.emit()
            self.accept()

        self.save_button.setEnabled(False)
        self._ctx.runner.run(save, label=self.tr("Saving the tiers"), write=True, on_success=done)
