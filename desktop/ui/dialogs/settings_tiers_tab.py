"""The Tiers tab of File > Settings: the loyalty tier rules, lowest first,
one row each (name, visits, spend, window in days), checked as they are
typed with the same rules the command line uses (``settings.check_tiers``),
the problem shown under the table with the row selected. Saving is the
dialog's (``CustomersService.set_tiers``, which also records who moved tier).

Customers > Tiers… edits the same rules with a live count of customers and
the lapsed rule. GUI thread only.
"""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.core.errors import UserError
from desktop.customers.tiers import TierRule
from desktop.services.settings import check_tiers, tier_order_problem
from desktop.ui.dialogs.settings_tabs import _muted, _problem, _show, _Tab
from desktop.ui.widgets.tier_rules_table import TierRulesTable


class TiersTab(_Tab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: tuple[TierRule, ...] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.addWidget(_muted(self.tr("A customer is in the highest tier whose visits or spend they reach in its "
                                        "window, lowest tier first. Leave a threshold at 0 to use only the other."),
                                self))
        self.table = TierRulesTable([self.tr("Tier"), self.tr("Visits at least"),
                                     self.tr("or spend at least"), self.tr("in the last (days)")], self)
        self.table.edited.connect(self._check)
        layout.addWidget(self.table, 1)
        self.tiers_problem = _problem(self)
        layout.addWidget(self.tiers_problem)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a tier"), self)
        self.remove_button = QPushButton(self.tr("Remove the last tier"), self)
        self.add_button.clicked.connect(self.table.add_tier)
        self.remove_button.clicked.connect(self.table.remove_last_tier)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(_muted(self.tr("Customers > Tiers… shows how many customers each rule holds."), self))
        self.setEnabled(False)  # until loaded

    # Public -----------------------------------------------------------------

    def set_rules(self, rules: tuple[TierRule, ...]) -> None:
        self._loaded = tuple(rules)
        self.table.set_rules(rules)
        self.setEnabled(True)
        self._check()

    def rules(self) -> list[TierRule]:
        """The rules as the table shows them (0 = that threshold is not used);
        a default tier whose translated name was not edited keeps its stored name."""
        return self.table.rules()

    def changed(self) -> bool:
        return self._loaded is not None and tuple(self.rules()) != self._loaded

    def _cell(self, row: int, col: int) -> QWidget:
        return self.table.cell(row, col)

    # Checks -----------------------------------------------------------------

    def _check(self) -> None:
        self.remove_button.setEnabled(self.table.can_remove())
        self.add_button.setEnabled(self.table.can_add())
        row, text = self._first_problem()
        _show(self.tiers_problem, text)
        if row is not None:
            self.table.selectRow(row)
        self._set_problem(text)

    def _first_problem(self) -> tuple[int | None, str]:
        """The row and the translated sentence of the first problem; the same
        checks as ``check_tiers``, worded for the window."""
        rules = self.rules()
        seen: set[str] = set()
        for row, rule in enumerate(rules):
            label = self.table.name_at(row)
            if not rule.name.strip():
                return row, self.tr("Every tier needs a name (row %1).").replace("%1", str(row + 1))
            if rule.name.strip().casefold() in seen:
                return row, self.tr("The name “%1” is used twice.").replace("%1", label)
            seen.add(rule.name.strip().casefold())
            if rule.min_visits is None and rule.min_spend is None:
                return row, self.tr("“%1” needs a number of visits or an amount spent.").replace("%1", label)
        order = tier_order_problem(rules)
        if order is not None:
            high = self.table.name_at(order.index)
            low = self.table.name_at(order.index - 1)
            text = (self.tr("“%1” must ask for more visits than “%2” beneath it.") if order.kind == "visits"
                    else self.tr("“%1” must ask for more spend than “%2” beneath it."))
            return order.index, text.replace("%1", high).replace("%2", low)
        try:  # anything the window's own checks above do not word yet
            check_tiers(rules)
        except UserError as exc:
            return None, str(exc)
        return None, ""
