"""The loyalty tier rules as an editable table, lowest tier first: one row per
tier (name, visits, spend, window in days) plus any columns the owner of the
table adds after them (Customers > Tiers… adds a live customer count).

Shared by File > Settings > Tiers and Customers > Tiers…, so both edit the
rules the same way: a default tier shown under its translated name is read
back under its stored name unless the owner renamed it. GUI thread only.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QDoubleSpinBox,
    QHeaderView,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QWidget,
)

from desktop.customers.tiers import DEFAULT_TIER_WINDOW_DAYS, MAX_TIER_WINDOW_DAYS, MAX_TIERS, TierRule
from desktop.ui.models.customers_model import tier_label

NAME, VISITS, SPEND, WINDOW = range(4)
RULE_COLUMNS = 4
MAX_TIER_VISITS = 999
MAX_TIER_SPEND = 100_000
MAX_TIER_NAME = 40


class TierRulesTable(QTableWidget):
    """Emits ``edited`` whenever a cell changes or a tier is added or removed."""

    edited = Signal()

    def __init__(self, headers: Sequence[str], parent: QWidget | None = None) -> None:
        """``headers``: the four rule columns' titles, then any extra columns'."""
        super().__init__(0, len(headers), parent)
        self._stored_names: list[str] = []  # per row: the stored name behind a translated default label
        self.setHorizontalHeaderLabels(list(headers))
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(headers)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

    # Reading and writing ------------------------------------------------------

    def set_rules(self, rules: Sequence[TierRule]) -> None:
        self.setRowCount(0)
        self._stored_names = []
        for rule in rules:
            self.add_rule(rule)

    def rules(self) -> list[TierRule]:
        """The rules as the table shows them (0 = that threshold is not used)."""
        out = []
        for row in range(self.rowCount()):
            text = self.name_at(row)
            stored = self._stored_names[row]
            name = stored if stored and text == tier_label(stored) else text
            visits, spend = self.cell(row, VISITS).value(), self.cell(row, SPEND).value()
            out.append(TierRule(name, self.cell(row, WINDOW).value(), visits or None, spend or None))
        return out

    def cell(self, row: int, col: int) -> QWidget:
        return self.cellWidget(row, col)  # type: ignore[return-value]

    def name_at(self, row: int) -> str:
        """The name as shown (translated for a default tier), stripped."""
        return self.cell(row, NAME).text().strip()

    def can_add(self) -> bool:
        return self.rowCount() < MAX_TIERS

    def can_remove(self) -> bool:
        return self.rowCount() > 1

    # Rows ---------------------------------------------------------------------

    def add_rule(self, rule: TierRule, stored_name: str | None = None) -> int:
        """Append ``rule``'s row (``stored_name`` "" for a tier the owner adds) and return its index."""
        row = self.rowCount()
        self.insertRow(row)
        self._stored_names.append(rule.name if stored_name is None else stored_name)
        name = QLineEdit(tier_label(rule.name), self)
        name.setMaxLength(MAX_TIER_NAME)
        visits = QSpinBox(self)
        visits.setRange(0, MAX_TIER_VISITS)
        visits.setValue(rule.min_visits or 0)
        spend = QDoubleSpinBox(self)
        spend.setRange(0, MAX_TIER_SPEND)
        spend.setDecimals(0)
        spend.setValue(rule.min_spend or 0)
        window = QSpinBox(self)
        window.setRange(1, MAX_TIER_WINDOW_DAYS)
        window.setValue(rule.window_days)
        for col, widget in ((NAME, name), (VISITS, visits), (SPEND, spend), (WINDOW, window)):
            if isinstance(widget, QAbstractSpinBox):
                widget.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.setCellWidget(row, col, widget)
        # the row as tall as the styled editors want, or a spin box's digits are clipped away
        self.setRowHeight(row, max(w.sizeHint().height() for w in (name, visits, spend, window)) + 6)
        name.textChanged.connect(self.edited)
        for spin in (visits, spend, window):
            spin.valueChanged.connect(self.edited)
        return row

    def add_tier(self) -> int:
        """Append a new tier asking twice what the highest one asks; return its row."""
        rules = self.rules()
        last = rules[-1] if rules else TierRule("", DEFAULT_TIER_WINDOW_DAYS, 3, 30.0)
        row = self.add_rule(TierRule(QCoreApplication.translate("TiersTab", "New tier"), last.window_days,
                                     min((last.min_visits or 3) * 2, MAX_TIER_VISITS),
                                     min((last.min_spend or 30.0) * 2, MAX_TIER_SPEND)), stored_name="")
        self.edited.emit()
        return row

    def remove_last_tier(self) -> None:
        if self.can_remove():
            self.removeRow(self.rowCount() - 1)
            self._stored_names.pop()
            self.edited.emit()
