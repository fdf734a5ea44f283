"""The Customers page: who the regulars are, who is slipping away, what each
one likes. KPI cards, search and filters, a fast sortable table and the
selected customer's card. Every read and write runs through the operation
runner; only the newest answer is shown. Filtering happens in pandas on the
overview the service computed, so typing in the search box never waits for
the database."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
from PySide6.QtCore import QItemSelection, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.records import Changed
from desktop.ui.context import UiContext
from desktop.ui.pages.on_demand import OnDemand
from desktop.ui.dialogs.customer_dialogs import ConsentDialog, CustomerEditDialog
from desktop.ui.dialogs.menu_dialog import MenuDialog
from desktop.ui.dialogs.tiers_dialog import TiersDialog
from desktop.ui.models.columns import format_count, format_date
from desktop.ui.models.customers_model import (
    SEGMENT_LABELS,
    TAGS_ROLE,
    CustomersModel,
    segment_label,
    tier_label,
)
from desktop.ui.read_only import set_writable
from desktop.ui.widgets.customer_card import CustomerCardView
from desktop.ui.widgets.delegates import KeepColourDelegate
from desktop.ui.widgets.drop_zone import empty_state
from desktop.ui.widgets.fit_columns import ColumnFitter
from desktop.ui.widgets.kpi_card import KpiCard
from desktop.ui.widgets.side_pane import SidePaneSizer
from desktop.ui.widgets.name_tags_delegate import NameTagsDelegate, two_line_height

SEARCH_DEBOUNCE_MS = 250
CARD_WIDTH = 380
CARD_MIN_WIDTH, CARD_MAX_WIDTH, CARD_SHARE = 320, 460, 0.3
"""The card beside the table: this share of the width, between these pixels (``SidePaneSizer``):
on a 1366 px laptop the table keeps room for the tags under each name."""
ROW_HEIGHT = 30
"""The table's smallest row height (pixels); rows grow to hold a name and its tags on two lines."""
NO_TIER = "__none__"
LOCATION_KEY = "customers/location"
"""QSettings (this computer): the location the Customers page was last filtered to; empty for all."""


@dataclass(frozen=True)
class _PageData:
    frame: pd.DataFrame
    as_of: Any
    tiers: tuple
    moves: int
    currency: str | None
    locations: dict[str, frozenset[int]] = field(default_factory=dict)
    """Location name -> ids of the customers who ordered there at least once."""


def filter_frame(frame: pd.DataFrame, search: str = "", segment: str | None = None,
                 tier: str | None = None, ids: frozenset[int] | None = None) -> pd.DataFrame:
    """The rows matching a search (name, e-mail or phone; every word), a segment, a tier
    and, when ``ids`` is given, only those customers (one location's)."""
    mask = pd.Series(True, index=frame.index)
    if ids is not None:
        mask &= frame["id"].isin(ids)
    for word in search.casefold().split():
        mask &= frame["search"].str.contains(word, regex=False)
    if segment:
        mask &= frame["segment"] == segment
    if tier == NO_TIER:
        mask &= frame["tier"].isna()
    elif tier:
        mask &= frame["tier"] == tier
    return frame[mask]


class CustomersPage(QWidget):
    """Emits ``loaded`` after each refresh is shown and ``card_loaded`` after each card (tests wait on them)."""

    loaded = Signal()
    card_loaded = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._settings = settings  # remembers the location filter; None remembers nothing
        self._generation = 0
        self._card_generation = 0
        self._data: _PageData | None = None
        self._selected_id: int | None = None
        self.model = CustomersModel(self)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self._apply_filters)
        self.tiers_dialog: TiersDialog | None = None
        self.menu_dialog: MenuDialog | None = None
        self.on_demand = OnDemand(self, self.refresh)  # loads when shown (see on_demand)
        self._setup_ui()
        ctx.signals.data_changed.connect(self._on_data_changed)

    # Public -----------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the overview in the background."""
        self.on_demand.fresh()
        self._generation += 1
        generation = self._generation
        customers, locations = self._ctx.services.customers, self._ctx.services.locations

        def load(_progress: Any, _cancel: Any) -> _PageData:
            ov = customers.overview()
            # who belongs where is decided as `customers --location` decides it: an order there
            names = locations.names()
            where = {name: frozenset(locations.customer_ids(name)) for name in names} if len(names) > 1 else {}
            return _PageData(ov.frame, ov.as_of, ov.tiers, len(customers.tier_changes()), ov.currency, where)

        self._ctx.runner.run(load, label=self.tr("Loading customers"),
                             on_success=lambda data: self._on_load_finished(generation, data),
                             on_failure=lambda error: self._on_load_failed(generation, error))

    def is_empty_state(self) -> bool:
        return self.stack.currentWidget() is self.empty_state

    def select_customer(self, customer_id: int) -> bool:
        row = self.model.row_of(customer_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def open_tiers(self) -> TiersDialog:
        if self.tiers_dialog is None:
            self.tiers_dialog = TiersDialog(self._ctx, self)
            self.tiers_dialog.finished.connect(self._on_tiers_finished)
        self.tiers_dialog.open()
        return self.tiers_dialog

    def open_menu(self) -> MenuDialog:
        if self.menu_dialog is None:
            self.menu_dialog = MenuDialog(self._ctx, self)
            self.menu_dialog.finished.connect(self._on_menu_finished)
        self.menu_dialog.open()
        return self.menu_dialog

    # UI ---------------------------------------------------------------------

    def _setup_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 16)
        outer.setSpacing(12)
        title = QLabel(self.tr("Customers"), self)
        title.setObjectName("PageTitle")
        subtitle = QLabel(self.tr("Who your regulars are, who is slipping away, and what each one likes."), self)
        subtitle.setObjectName("PageSubtitle")
        title_row = QHBoxLayout()
        title_row.addWidget(title)
        title_row.addSpacing(12)
        title_row.addWidget(subtitle, 1, Qt.AlignmentFlag.AlignBottom)
        outer.addLayout(title_row)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)

        self.drop_zone, self.empty_state = empty_state(
            self.tr("No customers yet"),
            self.tr("Drop your till's customer list or sales export here (Square, Shopify, Loyverse, Toast, SumUp, "
                    "Zettle, Lightspeed) or a Mailchimp audience, or use Import.\nOrders that name their customer "
                    "bring the customer with them. Everything stays on this computer."),
            self._ctx.signals.choose_files_requested, self)
        self.stack.addWidget(self.empty_state)

        self.content = QWidget(self)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        cards = QHBoxLayout()
        cards.setSpacing(12)
        self.total_card = KpiCard(self.tr("Customers"), self.content)
        self.regular_card = KpiCard(self.tr("Regulars"), self.content)
        self.at_risk_card = KpiCard(self.tr("At risk"), self.content)
        self.lapsed_card = KpiCard(self.tr("Lapsed"), self.content)
        self.moves_card = KpiCard(self.tr("Tier moves"), self.content)
        for card in (self.total_card, self.regular_card, self.at_risk_card, self.lapsed_card, self.moves_card):
            cards.addWidget(card)
        layout.addLayout(cards)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.search_edit = QLineEdit(self.content)
        self.search_edit.setPlaceholderText(self.tr("Search name, e-mail or phone"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _t: self._debounce.start())
        self.segment_combo = QComboBox(self.content)
        self.segment_combo.addItem(self.tr("All segments"), None)
        for code in SEGMENT_LABELS:
            self.segment_combo.addItem(segment_label(code), code)
        self.segment_combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.tier_combo = QComboBox(self.content)
        self.tier_combo.addItem(self.tr("All tiers"), None)
        self.tier_combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.location_combo = QComboBox(self.content)  # shown for a group of cafés only
        self.location_combo.addItem(self.tr("All locations"), None)
        self.location_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.location_combo.hide()
        self.location_combo.currentIndexChanged.connect(self._on_location_changed)
        self.count_label = QLabel("", self.content)
        self.count_label.setObjectName("Muted")
        self.tiers_button = QPushButton(self.tr("Tiers…"), self.content)
        self.tiers_button.clicked.connect(self.open_tiers)
        self.menu_button = QPushButton(self.tr("Menu…"), self.content)
        self.menu_button.clicked.connect(self.open_menu)
        for button in (self.tiers_button, self.menu_button):  # both dialogs save what they edit
            set_writable(button, True, self._ctx.read_only)
        bar.addWidget(self.search_edit, 3)
        bar.addWidget(self.location_combo)
        bar.addWidget(self.segment_combo, 1)
        bar.addWidget(self.tier_combo, 1)
        bar.addWidget(self.count_label)
        bar.addStretch(1)
        bar.addWidget(self.tiers_button)
        bar.addWidget(self.menu_button)
        layout.addLayout(bar)

        self.table = QTableView(self.content)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(self.model.column_index("visits"), Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setMinimumSectionSize(36)
        for i, column in enumerate(self.model.columns):
            if column.width:
                self.table.setColumnWidth(i, column.width)
        # The tags are drawn under each name (NameTagsDelegate): a separate Tags column beside the
        # card is cut to "big spender…" on a 1366 px laptop, under the name they get its whole width.
        name_column = self.model.column_index("name")
        header.setSectionResizeMode(name_column, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(self.model.column_index("tags"), True)
        metrics = self.table.fontMetrics()
        bold_font = QFont(header.font())
        bold_font.setWeight(QFont.Weight.DemiBold)  # the stylesheet draws headers at weight 600
        bold = QFontMetrics(bold_font)
        for i, column in enumerate(self.model.columns):  # a header never wider than its column
            if column.width:
                title = str(self.model.headerData(i, Qt.Orientation.Horizontal))
                self.table.setColumnWidth(i, max(column.width, bold.horizontalAdvance(title) + 26))
        # dates are as long as the language's month abbreviations ("15 нояб. 2026")
        widest = max(metrics.horizontalAdvance(format_date(date(2026, month, 28))) for month in range(1, 13))
        date_column = self.model.column_index("last_visit")
        self.table.setColumnWidth(date_column, max(self.table.columnWidth(date_column), widest + 18))
        # tier and segment names are as long as the language makes them ("Abituale", "Под угрозой")
        for key, names in (("tier", [tier_label(n) for n in ("Regular", "Gold", "VIP")]),
                           ("segment", [segment_label(c) for c in SEGMENT_LABELS])):
            column = self.model.column_index(key)
            header_text = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            longest = max(metrics.horizontalAdvance(t) for t in names + [header_text])
            self.table.setColumnWidth(column, max(self.table.columnWidth(column), longest + 18))
        self.table.setItemDelegate(KeepColourDelegate(self.table))
        self.table.setItemDelegateForColumn(name_column, NameTagsDelegate(TAGS_ROLE, self.table))
        self.table.verticalHeader().setDefaultSectionSize(max(ROW_HEIGHT, two_line_height(self.table.font())))
        # the name keeps a readable share; an owner's long tier names give way first (elided, full in the
        # tooltip); segments ("Под угрозой") and numbers never do, they are what the owner scans for
        self.table_fitter = ColumnFitter(self.table, name_column, (self.model.column_index("tier"),))
        self.table_fitter.remember()
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.no_match_label = QLabel(self.tr("No customers match these filters."), self.content)
        self.no_match_label.setObjectName("Muted")
        self.no_match_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_match_label.hide()
        table_box = QWidget(self.content)
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table)
        table_layout.addWidget(self.no_match_label)

        self.card = CustomerCardView(self.content)
        self.card.read_only = self._ctx.read_only
        self.card.setMinimumWidth(CARD_MIN_WIDTH)
        self.card.edit_requested.connect(self._on_edit_requested)
        self.card.consent_requested.connect(self._on_consent_requested)
        self.card.export_requested.connect(self._on_export_requested)
        self.card.erase_requested.connect(self._on_erase_requested)
        self.card.suggestion_decided.connect(self._on_suggestion_decided)
        self.card.link_decided.connect(self._on_link_decided)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.content)
        self.splitter.addWidget(table_box)
        self.splitter.addWidget(self.card)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([700, CARD_WIDTH])
        self.card_sizer = SidePaneSizer(self.splitter, 1, CARD_SHARE, CARD_MIN_WIDTH, CARD_MAX_WIDTH)
        layout.addWidget(self.splitter, 1)
        self.stack.addWidget(self.content)
        self.loading_label = QLabel(self.tr("Loading your customers…"), self)
        self.loading_label.setObjectName("Muted")
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.loading_label)
        self.stack.setCurrentWidget(self.loading_label)

    # Loading ----------------------------------------------------------------

    def _on_data_changed(self, changed: Changed) -> None:
        if changed.customers or changed.orders or changed.reviews:
            self.on_demand.request()

    def _on_load_finished(self, generation: int, data: _PageData) -> None:
        if generation != self._generation:
            return
        self._data = data
        empty = data.frame.empty
        self.stack.setCurrentWidget(self.empty_state if empty else self.content)
        self._fill_tier_combo(data.tiers)
        self._fill_location_combo(data.locations)
        self._apply_filters()
        self.loaded.emit()

    def _on_load_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._ctx.runner.reporter.report(error, self.tr("Loading customers"))
        if self.stack.currentWidget() is self.loading_label:
            self.loading_label.setText(self.tr("Your customers could not be loaded."))
        self.loaded.emit()

    def _fill_tier_combo(self, tiers: tuple) -> None:
        current = self.tier_combo.currentData()
        self.tier_combo.blockSignals(True)
        self.tier_combo.clear()
        self.tier_combo.addItem(self.tr("All tiers"), None)
        for rule in tiers:
            self.tier_combo.addItem(tier_label(rule.name), rule.name)
        self.tier_combo.addItem(self.tr("No tier"), NO_TIER)
        self.tier_combo.setCurrentIndex(max(0, self.tier_combo.findData(current)))
        self.tier_combo.blockSignals(False)

    def _fill_location_combo(self, locations: dict[str, frozenset[int]]) -> None:
        current = self.location_combo.currentData()
        if current is None and self._settings is not None:
            current = str(self._settings.value(LOCATION_KEY, "") or "") or None
        self.location_combo.blockSignals(True)
        self.location_combo.clear()
        self.location_combo.addItem(self.tr("All locations"), None)
        for name in sorted(locations, key=str.casefold):
            self.location_combo.addItem(name, name)
        self.location_combo.setCurrentIndex(max(0, self.location_combo.findData(current)) if current else 0)
        self.location_combo.blockSignals(False)
        self.location_combo.setVisible(len(locations) > 1)

    def _on_location_changed(self, _index: int) -> None:
        if self._settings is not None:
            self._settings.setValue(LOCATION_KEY, self.location_combo.currentData() or "")
        self._apply_filters()

    def _location_ids(self) -> frozenset[int] | None:
        name = self.location_combo.currentData()
        if self._data is None or not name:
            return None
        return self._data.locations.get(name)

    def _show_kpis(self, data: _PageData, f: pd.DataFrame) -> None:
        """The cards count the customers of the chosen location (all of them without one)."""
        counts = f["segment"].value_counts()
        known = int((f["visits"] > 0).sum())
        self.total_card.set_value(format_count(len(f)), self.tr("as of %1").replace("%1", format_date(data.as_of)))
        self.total_card.setToolTip(self.tr("%1 of them with visits; judged as of the latest order.").replace(
            "%1", format_count(known)))
        self.regular_card.set_value(format_count(int(counts.get("regular", 0))), self.tr("in their rhythm"), "good")
        at_risk = int(counts.get("at-risk", 0))
        self.at_risk_card.set_value(format_count(at_risk), self.tr("slower than usual"), "bad" if at_risk else "")
        self.lapsed_card.set_value(format_count(int(counts.get("lapsed", 0))), self.tr("well past their rhythm"))
        self.moves_card.set_value(format_count(data.moves), self.tr("this month"))

    def _apply_filters(self) -> None:
        if self._data is None:
            return
        ids = self._location_ids()
        here = self._data.frame if ids is None else filter_frame(self._data.frame, ids=ids)
        self._show_kpis(self._data, here)
        shown = filter_frame(here, self.search_edit.text(), self.segment_combo.currentData(),
                             self.tier_combo.currentData())
        selected = self._selected_id
        self.model.set_frame(shown)
        self.count_label.setText(self.tr("%1 shown").replace("%1", format_count(len(shown))))
        self.no_match_label.setVisible(shown.empty and not self._data.frame.empty)
        if selected is not None and self.select_customer(selected):
            self._load_card(selected)
        else:
            self._selected_id = None
            self.card.show_card(None)

    # The card -----------------------------------------------------------------

    def _on_table_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        cid = self.model.customer_id(rows[0].row()) if rows else None
        if cid is None or cid == self._selected_id and self.card.card is not None:
            return
        self._selected_id = cid
        self._load_card(cid)

    def _load_card(self, customer_id: int) -> None:
        self._card_generation += 1
        generation = self._card_generation
        customers = self._ctx.services.customers
        self._ctx.runner.run(lambda _p, _c: customers.card(customer_id), label=self.tr("Loading the customer"),
                             on_success=lambda card: self._on_card_loaded(generation, card),
                             on_failure=lambda error: self._on_card_failed(generation, error))

    def _on_card_loaded(self, generation: int, card: Any) -> None:
        if generation == self._card_generation:
            self.card.show_card(card)
            self.card_loaded.emit()

    def _on_card_failed(self, generation: int, error: BaseException) -> None:
        if generation == self._card_generation:
            self.card.show_card(None)
            self._ctx.runner.reporter.report(error, self.tr("Loading the customer"))
            self.card_loaded.emit()

    def _write(self, work: Any, label: str, done: Any = None) -> None:
        def finished(changed: Any) -> None:
            if isinstance(changed, Changed):
                self._ctx.signals.broadcast(changed)
            if done is not None:
                done(changed)

        self._ctx.runner.run(lambda _p, _c: work(), label=label, write=True, on_success=finished)

    def _card_name(self) -> str:
        card = self.card.card
        return (card.summary.name or card.summary.email or "") if card else ""

    def _on_edit_requested(self, customer_id: int) -> None:
        card = self.card.card
        if card is None:
            return
        diets = {h["code"] for h in card.health if h["kind"] == "diet"}
        allergies = {h["code"] for h in card.health if h["kind"] == "allergy"}
        dialog = CustomerEditDialog(self._card_name(), card.profile, diets, allergies, self)
        self.edit_dialog = dialog
        customers = self._ctx.services.customers

        def save() -> None:
            fields, new_diets, new_allergies = dialog.values()

            def work() -> Changed:
                customers.save_profile(customer_id, fields)
                return customers.set_health(customer_id, new_diets, new_allergies)

            self._write(work, self.tr("Saving the customer"))

        dialog.accepted.connect(save)
        dialog.open()

    def _on_consent_requested(self, customer_id: int) -> None:
        card = self.card.card
        dialog = ConsentDialog(self._card_name(), card.summary.consent if card else {}, self)
        self.consent_dialog = dialog
        customers = self._ctx.services.customers

        def save() -> None:
            channel, granted, evidence = dialog.values()
            self._write(lambda: customers.set_consent(customer_id, channel, granted, evidence),
                        self.tr("Recording consent"))

        dialog.accepted.connect(save)
        dialog.open()

    def _on_export_requested(self, customer_id: int) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export this customer's data to"), str(Path.home()))
        if not folder:
            return
        customers = self._ctx.services.customers

        def done(paths: Any) -> None:
            self.window().statusBar().showMessage(
                self.tr("Exported %1 files to %2").replace("%1", str(len(paths))).replace("%2", folder), 8000)

        self._ctx.runner.run(lambda _p, _c: customers.export_customer(customer_id, folder),
                             label=self.tr("Exporting"), on_success=done)

    def _on_erase_requested(self, customer_id: int) -> None:
        answer = QMessageBox.question(
            self, self.tr("Erase this customer?"),
            self.tr("Erase %1 and everything about them: contact details, notes, diet and allergies, consent, "
                    "and which reviews they wrote. Their orders stay as anonymous sales. This cannot be undone; "
                    "the erasure is logged without any personal data.").replace("%1", self._card_name()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        customers = self._ctx.services.customers

        def done(_result: Any) -> None:
            self._selected_id = None
            self.card.show_card(None)
            self._ctx.signals.broadcast(Changed(customers=True, reviews=True))
            self.window().statusBar().showMessage(self.tr("The customer was erased."), 8000)

        self._ctx.runner.run(lambda _p, _c: customers.erase_customer(customer_id), label=self.tr("Erasing"),
                             write=True, on_success=done)

    def _on_suggestion_decided(self, suggestion_id: int, accept: bool) -> None:
        customers = self._ctx.services.customers
        self._write(lambda: customers.decide_suggestion(suggestion_id, accept), self.tr("Saving"))

    def _on_link_decided(self, link_id: int, confirm: bool) -> None:
        customers = self._ctx.services.customers
        self._write(lambda: customers.decide_link(link_id, confirm), self.tr("Saving"))

    def _on_tiers_finished(self) -> None:
        if self.tiers_dialog is not None:
            self.tiers_dialog.deleteLater()
            self.tiers_dialog = None

    def _on_menu_finished(self) -> None:
        if self.menu_dialog is not None:
            self.menu_dialog.deleteLater()
            self.menu_dialog = None
