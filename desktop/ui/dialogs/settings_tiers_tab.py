"""The Tiers tab of File > Settings: the loyalty tier rules, lowest first,
one row each (name, visits, spend, window in days), checked as they are
typed with the same rules the command line uses (``settings.check_tiers``),
the problem shown under the table with the row selected. Saving is the
dialog's (``CustomersService.set_tiers``, which also records who moved tier).

Customers > Tiers… edits the same rules with a live count of customers and
the lapsed rule. GUI thread only.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.customers.tiers import DEFAULT_TIER_WINDOW_DAYS, MAX_TIER_WINDOW_DAYS, MAX_TIERS, TierRule
from desktop.services.settings import check_tiers, tier_order_problem
from desktop.ui.dialogs.settings_tabs import _muted, _problem, _show, _Tab
from desktop.ui.models.customers_model import tier_label

NAME, VISITS, SPEND, WINDOW = range(4)
MAX_TIER_VISITS = 999
MAX_TIER_SPEND = 100_000


class TiersTab(_Tab):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loaded: tuple[TierRule, ...] | None = None
        self._stored_names: list[str] = []  # per row: the stored name behind a translated default label
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 14, 14, 14)
        layout.addWidget(_muted(self.tr("A customer is in the highest tier whose visits or spend they reach in its "
                                        "window, lowest tier first. Leave a threshold at 0 to use only the other."),
                                self))
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Tier"), self.tr("Visits at least"),
                                              self.tr("or spend at least"), self.tr("in the last (days)")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for col in (VISITS, SPEND, WINDOW):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.tiers_problem = _problem(self)
        layout.addWidget(self.tiers_problem)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a tier"), self)
        self.remove_button = QPushButton(self.tr("Remove the last tier"), self)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(_muted(self.tr("Customers > Tiers… shows how many customers each rule holds."), self))
        self.setEnabled(False)  # until loaded

    # Public -----------------------------------------------------------------

    def set_rules(self, rules: tuple[TierRule, ...]) -> None:
        self._loaded = tuple(rules)
        self.table.setRowCount(0)
        self._stored_names = []
        for rule in rules:
            self._add_row(rule)
        self.setEnabled(True)
        self._check()

    def rules(self) -> list[TierRule]:
        """The rules as the table shows them (0 = that threshold is not used);
        a default tier whose translated name was not edited keeps its stored name."""
        out = []
        for row in range(self.table.rowCount()):
            text = self._cell(row, NAME).text().strip()
            stored = self._stored_names[row]
            name = stored if stored and text == tier_label(stored) else text
            visits, spend = self._cell(row, VISITS).value(), self._cell(row, SPEND).value()
            out.append(TierRule(name, self._cell(row, WINDOW).value(), visits or None, spend or None))
        return out

    def changed(self) -> bool:
        return self._loaded is not None and tuple(self.rules()) != self._loaded

    # Rows -------------------------------------------------------------------

    def _cell(self, row: int, col: int) -> QWidget:
        return self.table.cellWidget(row, col)  # type: ignore[return-value]

    def _add_row(self, rule: TierRule, stored_name: str | None = None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._stored_names.append(rule.name if stored_name is None else stored_name)
        name = QLineEdit(tier_label(rule.name), self.table)
        name.setMaxLength(40)
        visits = QSpinBox(self.table)
        visits.setRange(0, MAX_TIER_VISITS)
        visits.setValue(rule.min_visits or 0)
        spend = QDoubleSpinBox(self.table)
        spend.setRange(0, MAX_TIER_SPEND)
        spend.setDecimals(0)
        spend.setValue(rule.min_spend or 0)
        window = QSpinBox(self.table)
        window.setRange(1, MAX_TIER_WINDOW_DAYS)
        window.setValue(rule.window_days)
        for col, widget in ((NAME, name), (VISITS, visits), (SPEND, spend), (WINDOW, window)):
            if isinstance(widget, QAbstractSpinBox):
                widget.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setCellWidget(row, col, widget)
        # the row as tall as the styled editors want, or a spin box's digits are clipped away
        self.table.setRowHeight(row, max(w.sizeHint().height() for w in (name, visits, spend, window)) + 6)
        name.textChanged.connect(self._check)
        for spin in (visits, spend, window):
            spin.valueChanged.connect(self._check)
        self.remove_button.setEnabled(self.table.rowCount() > 1)
        self.add_button.setEnabled(self.table.rowCount() < MAX_TIERS)

    def _on_add_clicked(self) -> None:
        rules = self.rules()
        last = rules[-1] if rules else TierRule("", DEFAULT_TIER_WINDOW_DAYS, 3, 30.0)
        self._add_row(TierRule(self.tr("New tier"), last.window_days, min((last.min_visits or 3) * 2, MAX_TIER_VISITS),
                               min((last.min_spend or 30.0) * 2, MAX_TIER_SPEND)), stored_name="")
        self._check()

    def _on_remove_clicked(self) -> None:
        if self.table.rowCount() > 1:
            self.table.removeRow(self.table.rowCount() - 1)
            self._stored_names.pop()
            self.remove_button.setEnabled(self.table.rowCount() > 1)
            self.add_button.setEnabled(True)
            self._check()

    # Checks -----------------------------------------------------------------

    def _check(self) -> None:
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
            label = self._cell(row, NAME).text().strip()
            if not rule.name.strip():
                return row, self.tr("Every tier needs a name (row %1).").replace("%1", str(row + 1))
            if rule.name.strip().casefold() in seen:
                return row, self.tr("The name “%1” is used twice.").replace("%1", label)
            seen.add(rule.name.strip().casefold())
            if rule.min_visits is None and rule.min_spend is None:
                return row, self.tr("“%1” needs a number of visits or an amount spent.").replace("%1", label)
        order = tier_order_problem(rules)
        if order is not None:
            high = self._cell(order.index, NAME).text().strip()
            low = self._cell(order.index - 1, NAME).text().strip()
            text = (self.tr("“%1” must ask for more visits than “%2” beneath it.") if order.kind == "visits"
                    else self.tr("“%1” must ask for more spend than “%2” beneath it."))
            return order.index, text.replace("%1", high).replace("%2", low)
        try:  # anything the window's own checks above do not word yet
            check_tiers(rules)
        except UserError as exc:
            return None, str(exc)
        return None, ""
