"""The Messages page: a Campaigns tab (pick a campaign, see who gets a
message and who is left out and why, edit each draft, edit the wording,
export or send, past campaigns and the log) and an Inbox tab (reviews
waiting for a reply, see ``messages_inbox``).

The page owns its service calls; every read and write runs through the
operation runner (writes with ``write=True``) and only the newest answer
is shown. Emits ``loaded`` after each plan, and ``history_loaded`` after
past campaigns and the log were shown (tests wait on them).
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QSortFilterProxyModel, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import UserError
from desktop.core.records import Changed
from desktop.customers.tiers import DEFAULT_TIERS
from desktop.messaging.diet import parse_tags
from desktop.messaging.exports import mailto_url
from desktop.messaging.model import EMAIL, CampaignPlan, Draft, Offer
from desktop.ui.context import UiContext
from desktop.ui.dialogs.messaging_settings import MessagingSettingsDialog
from desktop.ui.dialogs.template_dialog import TemplateDialog
from desktop.ui.message_words import CAMPAIGN_LABELS, campaign_label, reason_text, word
from desktop.ui.models.columns import RAW_ROLE, format_count
from desktop.ui.models.customers_model import tier_label
from desktop.ui.models.message_models import LOG_COLUMNS, RECIPIENT_COLUMNS, RUN_COLUMNS, RowsModel, sent_as, status_text
from desktop.ui.read_only import set_writable
from desktop.ui.widgets.fit_columns import ColumnFitter
from desktop.ui.widgets.name_tags_delegate import RowLineDelegate, two_line_height
from desktop.ui.widgets.side_pane import SidePaneSizer
from desktop.ui.widgets.tables import HEADER_PADDING, configure_table
from desktop.ui.pages.message_draft_pane import DraftPane
from desktop.ui.pages.messages_inbox import INBOX_PANE_MIN_WIDTH, PANE_MAX_WIDTH, PANE_SHARE, InboxTab
from desktop.ui.pages.on_demand import OnDemand

"""Tier filter of the thank-you campaign ("" = every tier)."""
SHOW_ALL, SHOW_IN, SHOW_OUT = 0, 1, 2
RECIPIENT_MIN_WIDTH = 90
"""On a laptop screen names, statuses and segments give way to the reasons, down to this (pixels)."""


class _InOutFilter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.mode = SHOW_ALL

    def filterAcceptsRow(self, source_row: int, source_parent: Any) -> bool:  # noqa: N802
        if self.mode == SHOW_ALL:
            return True
        row = self.sourceModel().row_data(source_row)
        return bool(row and row["included"]) == (self.mode == SHOW_IN)


class CampaignsTab(QWidget):
    loaded = Signal()
    history_loaded = Signal()
    exported = Signal(object)  # ExportResult

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._generation = 0
        self.plan: CampaignPlan | None = None
        self.offer: Offer | None = None
        self._shown = False
        self.open_url: Callable[[QUrl], Any] = QDesktopServices.openUrl
        self.model = RowsModel(RECIPIENT_COLUMNS, self)
        self.runs_model = RowsModel(RUN_COLUMNS, self)
        self.log_model = RowsModel(LOG_COLUMNS, self)
        self._setup_ui()

    # Public -------------------------------------------------------------------

    def prepare(self) -> None:
        """Plan the chosen campaign in the background (writes nothing)."""
        campaign = self.campaign_combo.currentData()
        try:
            tags = parse_tags(self.tags_edit.text())
        except ValueError:
            self.summary_label.setText(self.tr("Unknown offer tags. Use: %1").replace(
                "%1", ", ".join(word(t) for t in ("meat", "fish", "shellfish", "dairy", "egg", "gluten", "nuts", "alcohol"))))
            return
        offer = Offer(campaign, tags, dish=self.dish_edit.text().strip() or None,
                      offer_text=self.offer_edit.text().strip() or None, tier=self.tier_combo.currentData() or None)
        if campaign == "new-dish" and not offer.dish:
            self.summary_label.setText(self.tr("Write the new dish's name first."))
            return
        self._generation += 1
        generation, messaging = self._generation, self._ctx.services.messaging
        self.summary_label.setText(self.tr("Preparing the drafts…"))
        self._ctx.runner.run(lambda progress, cancel: messaging.plan(campaign, offer, progress=progress, cancel=cancel),
                             label=self.tr("Preparing drafts"),
                             on_success=lambda plan: self._on_plan_ready(generation, plan, offer),
                             on_failure=lambda error: self._on_plan_failed(generation, error))

    def refresh_history(self) -> None:
        """Past campaigns, the log and the owner's tier names (the Customers page's), in the background."""
        messaging, customers = self._ctx.services.messaging, self._ctx.services.customers
        self._ctx.runner.run(lambda progress, cancel: (messaging.runs(), messaging.log(),
                                                       tuple(t.name for t in customers.tiers())),
                             label=self.tr("Loading past campaigns"), on_success=self._on_history_loaded)

    def drafts(self) -> list[Draft]:
        """The plan's drafts with the owner's edits."""
        if self.plan is None:
            return []
        out = []
        for d in self.plan.drafts:
            if d.customer_id in self.draft_pane.edits:
                subject, body = self.draft_pane.edits[d.customer_id]
                d = replace(d, subject=subject, body=body)
            out.append(d)
        return out

    def export_to(self, folder: str) -> None:
        """Write the drafts into ``folder`` and log them (a serialised write)."""
        if self.plan is None or not folder:
            return
        plan, drafts, offer, messaging = self.plan, self.drafts(), self.offer, self._ctx.services.messaging
        self._ctx.runner.run(lambda progress, cancel: messaging.export(plan, folder, drafts, offer),
                             label=self.tr("Exporting messages"), write=True, on_success=self._on_exported)

    def send_with(self, password: str) -> None:
        if self.plan is None:
            return
        plan, drafts, offer, messaging = self.plan, self.drafts(), self.offer, self._ctx.services.messaging
        self.summary_label.setText(self.tr("Sending…"))
        self._ctx.runner.run(lambda progress, cancel: messaging.send(plan, password, drafts, offer, progress, cancel),
                             label=self.tr("Sending messages"), write=True, on_success=self._on_exported)

    def showEvent(self, event: Any) -> None:  # noqa: N802
        """The first time the tab is seen, prepare the first campaign (a read), so the owner sees people, not a blank table."""
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self.prepare()

    def select_customer(self, customer_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            data = self.proxy.index(row, 0).data(RAW_ROLE)
            if data and data["customer_id"] == customer_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return True
        return False

    # UI -------------------------------------------------------------------------

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 0)
        layout.setSpacing(8)
        controls = QHBoxLayout()
        self.campaign_combo = QComboBox(self)
        for name in CAMPAIGN_LABELS:
            self.campaign_combo.addItem(campaign_label(name), name)
        self.campaign_combo.currentIndexChanged.connect(self._on_campaign_changed)
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setPlaceholderText(self.tr("Offer contains, e.g. meat, dairy"))
        self.tags_edit.setToolTip(self.tr("Menu tags of what you offer: customers whose diet or allergies "
                                          "conflict are left out, and the list says why."))
        self.dish_edit = QLineEdit(self)
        self.dish_edit.setPlaceholderText(self.tr("The new dish"))
        self.tier_combo = QComboBox(self)
        self._fill_tier_combo(tuple(t.name for t in DEFAULT_TIERS))  # the owner's tiers come with the first refresh
        self.offer_edit = QLineEdit(self)
        self.offer_edit.setPlaceholderText(self.tr("Your offer, if any (written as is)"))
        self.prepare_button = QPushButton(self.tr("Prepare drafts"), self)
        self.prepare_button.setProperty("primary", True)
        self.prepare_button.clicked.connect(self.prepare)
        controls.addWidget(self.campaign_combo, 3)
        controls.addWidget(self.tier_combo, 1)
        controls.addWidget(self.dish_edit, 2)
        controls.addWidget(self.tags_edit, 2)
        controls.addWidget(self.offer_edit, 3)
        controls.addWidget(self.prepare_button)
        layout.addLayout(controls)
        self.summary_label = QLabel(self.tr("Pick a campaign and press Prepare drafts."), self)
        self.summary_label.setObjectName("Muted")
        self.summary_label.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import files…"), self)
        self.import_button.clicked.connect(self._ctx.signals.choose_files_requested)
        self.import_button.hide()
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary_label, 1)
        summary_row.addWidget(self.import_button)
        layout.addLayout(summary_row)

        self.table = QTableView(self)
        self.filter = _InOutFilter(self)
        self.filter.setSourceModel(self.model)
        self.proxy = configure_table(self.table, self.model, "why")
        self.proxy.setSourceModel(self.filter)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.show_combo = QComboBox(self)
        for label in (self.tr("Everyone"), self.tr("Getting a message"), self.tr("Left out")):
            self.show_combo.addItem(label)
        self.show_combo.currentIndexChanged.connect(self._on_show_changed)
        self.table.sortByColumn(self.model.column_index("status"), Qt.SortOrder.AscendingOrder)
        # how the message goes ("e-mail, RU") under the guest's name, as the Inbox shows the site under
        # the author: a column of its own left the names and statuses "Irina Pop…", "Получит с…" at 1366 px
        self.table.setColumnHidden(self.model.column_index("channel"), True)
        self.table.setItemDelegateForColumn(self.model.column_index("name"), RowLineDelegate(sent_as, self.table))
        self.table.verticalHeader().setDefaultSectionSize(two_line_height(self.table.font()))
        # whether someone gets a message is what the owner scans for: the status never gives way, at
        # its longest words' width ("Получит сообщение" is longer than "Gets a message")
        status = self.model.column_index("status")
        longest = max(self.table.fontMetrics().horizontalAdvance(status_text({"included": included}))
                      for included in (True, False))
        self.table.setColumnWidth(status, max(self.table.columnWidth(status), longest + HEADER_PADDING))
        self.table_fitter = ColumnFitter(self.table, self.model.column_index("why"), tuple(
            self.model.column_index(k) for k in ("name", "segment")), min_width=RECIPIENT_MIN_WIDTH)
        self.table_fitter.remember()
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        show_row = QHBoxLayout()
        show_row.addWidget(QLabel(self.tr("Show"), left))
        show_row.addWidget(self.show_combo)
        show_row.addStretch(1)
        left_layout.addLayout(show_row)
        left_layout.addWidget(self.table, 1)

        right = self.draft_pane = DraftPane(self._ctx.read_only, self)
        right.copy_requested.connect(self._on_copy_requested)
        right.mail_requested.connect(self._on_mail_requested)
        # the pane's parts, by the names the tab always had
        self.draft_header, self.subject_edit, self.body_edit = right.header, right.subject_edit, right.body_edit
        self.copy_button, self.mail_button = right.copy_button, right.mail_button

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        self.draft_sizer = SidePaneSizer(split, 1, PANE_SHARE, INBOX_PANE_MIN_WIDTH, PANE_MAX_WIDTH)

        actions = QHBoxLayout()
        self.template_button = QPushButton(self.tr("Edit the wording…"), self)
        self.template_button.clicked.connect(self._on_template_clicked)
        self.export_button = QPushButton(self.tr("Export for mail merge…"), self)
        self._export_tip = self.tr("Writes one .eml file per e-mail and a CSV for your mail or SMS tool, "
                                   "and logs the messages as sent.")
        self.export_button.setToolTip(self._export_tip)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.send_button = QPushButton(self.tr("Send by e-mail…"), self)
        self.send_button.clicked.connect(self._on_send_clicked)
        self.settings_button = QPushButton(self.tr("Sending settings…"), self)
        self.settings_button.clicked.connect(self._on_settings_clicked)
        for button in (self.template_button, self.export_button, self.send_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.settings_button)

        self.history_tabs = QTabWidget(self)
        self.runs_table = QTableView(self)
        configure_table(self.runs_table, self.runs_model, "verdict")
        self.log_table = QTableView(self)
        configure_table(self.log_table, self.log_model, "address")
        self.history_tabs.addTab(self.runs_table, self.tr("Past campaigns"))
        self.history_tabs.addTab(self.log_table, self.tr("Messages sent"))

        vertical = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(split, 1)
        top_layout.addLayout(actions)
        vertical.addWidget(top)
        vertical.addWidget(self.history_tabs)
        vertical.setStretchFactor(0, 3)
        vertical.setStretchFactor(1, 1)
        vertical.setChildrenCollapsible(False)
        layout.addWidget(vertical, 1)
        self._on_campaign_changed()
        self._update_buttons()

    # Slots ------------------------------------------------------------------------

    def _fill_tier_combo(self, tiers: tuple[str, ...]) -> None:
        """The thank-you tier choice: the tiers the owner configured, named as on the Customers page."""
        current = self.tier_combo.currentData()
        self.tier_combo.clear()
        self.tier_combo.addItem(self.tr("Every tier"), "")
        for name in tiers:
            self.tier_combo.addItem(tier_label(name), name)
        self.tier_combo.setCurrentIndex(max(0, self.tier_combo.findData(current)))

    def _on_campaign_changed(self, *_: Any) -> None:
        campaign = self.campaign_combo.currentData()
        self.dish_edit.setVisible(campaign == "new-dish")
        self.tier_combo.setVisible(campaign == "thank-you")
        self.tags_edit.setVisible(campaign != "apology")

    def _on_plan_ready(self, generation: int, plan: CampaignPlan, offer: Offer) -> None:
        if generation != self._generation:
            return
        self.plan, self.offer = plan, offer
        self.draft_pane.reset()
        rows = [dict(customer_id=d.customer_id, name=d.name, included=True, channel=d.channel, language=d.language,
                     tier=d.tier, segment=d.segment, reasons=d.why, draft=d) for d in plan.drafts]
        rows += [dict(customer_id=e.customer_id, name=e.name, included=False, channel="", language="",
                      tier=e.tier, segment=e.segment, reasons=e.reasons, draft=None) for e in plan.excluded]
        self.model.set_rows(rows)
        for key in ("status", "channel", "segment"):  # translated words differ in length
            self.table.resizeColumnToContents(self.model.column_index(key))
        self.table_fitter.remember()  # the reasons keep their room on a laptop screen
        held = len(plan.holdout)
        text = self.tr("%Ln message(s) ready.", "", len(plan.drafts)) + " " + self.tr(
            "%Ln customer(s) left out.", "", len(plan.excluded))
        if held:
            text += " " + self.tr("%Ln of them held out at random, to measure whether the campaign works.", "", held)
        self.import_button.setVisible(not rows)
        if not rows:
            text = self.tr("Nobody fits this campaign right now. Customers come from your till's and mailing "
                           "list's exports: drop them on the Import page.")
        self.summary_label.setText(text)
        if plan.drafts:
            first = self.proxy.index(0, 0).data(RAW_ROLE)
            self.select_customer(first["customer_id"] if first else plan.drafts[0].customer_id)
        else:
            self.draft_pane.show_row(None)
        self._update_buttons()
        self.loaded.emit()

    def _on_plan_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        if isinstance(error, UserError):
            self.summary_label.setText(str(error))
        else:
            self._ctx.runner.reporter.report(error, self.tr("Preparing drafts"))
            self.summary_label.setText(self.tr("The drafts could not be prepared."))
        self.loaded.emit()

    def _on_history_loaded(self, result: tuple) -> None:
        runs, log, tiers = result
        self._fill_tier_combo(tiers)
        self.runs_model.set_rows([dict(
            created_at=r.created_at, campaign=r.campaign, contacted=r.outcome.contacted,
            contacted_returned=r.outcome.contacted_returned, holdout=r.outcome.holdout,
            holdout_returned=r.outcome.holdout_returned, verdict=r.outcome.verdict,
            closes=f"{r.outcome.window_closes:%Y-%m-%d}",
            interval=None if r.outcome.low is None else self.tr("Difference: %1 points (95% interval %2 to %3)")
            .replace("%1", f"{100 * r.outcome.lift:+.0f}").replace("%2", f"{100 * r.outcome.low:+.0f}")
            .replace("%3", f"{100 * r.outcome.high:+.0f}")) for r in runs])
        self.log_model.set_rows([dict(sent_at=e.sent_at, name=e.name, campaign=e.campaign, channel=e.channel,
                                      address=e.address) for e in log])
        for key in ("campaign", "contacted", "holdout"):
            self.runs_table.resizeColumnToContents(self.runs_model.column_index(key))
        self.log_table.resizeColumnToContents(self.log_model.column_index("campaign"))
        self.history_loaded.emit()

    def _on_show_changed(self, index: int) -> None:
        self.filter.mode = index
        self.filter.invalidate()

    def _on_selection_changed(self, *_: Any) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.draft_pane.show_row(rows[0].data(RAW_ROLE) if rows else None)

    def _log_one(self, draft: Draft, via: str) -> None:
        plan, messaging = self.plan, self._ctx.services.messaging
        self._ctx.runner.run(lambda progress, cancel: messaging.log_sent(plan, [draft], via),
                             label=self.tr("Logging the message"), write=True, on_success=self._on_logged)

    def _on_copy_requested(self, draft: Draft) -> None:
        QGuiApplication.clipboard().setText(f"{draft.subject}\n\n{draft.body}" if draft.subject else draft.body)
        self._log_one(draft, "copy")

    def _on_mail_requested(self, draft: Draft) -> None:
        self.open_url(QUrl(mailto_url(draft)))
        self._log_one(draft, "mail-client")

    def _on_logged(self, result: Any) -> None:
        if result.logged:
            self.summary_label.setText(self.tr("Logged: the frequency cap now counts this message."))
        elif result.skipped:
            self.summary_label.setText(reason_text(result.skipped[0].reasons[0]))
        self._ctx.signals.broadcast(result.changed)
        self.refresh_history()

    def _on_export_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export the messages into…"), str(Path.home()))
        if folder:
            self.export_to(folder)

    def _on_send_clicked(self) -> None:
        password, ok = QInputDialog.getText(self, self.tr("Send by e-mail"),
                                            self.tr("Password of your mail account (not stored):"),
                                            QLineEdit.EchoMode.Password)
        if ok:
            self.send_with(password)

    def _on_exported(self, result: Any) -> None:
        if result.files:
            text = self.tr("Exported %Ln message(s) to %1 and logged them.", "", result.logged).replace(
                "%1", str(Path(result.files[0]).parent))
        else:
            text = self.tr("Sent and logged %Ln message(s).", "", result.logged)
        if result.failed:
            text += " " + self.tr("%Ln could not be sent.", "", len(result.failed))
        if result.skipped:
            text += " " + self.tr("%Ln left out because of the frequency cap.", "", len(result.skipped))
        self.summary_label.setText(text)
        self._ctx.signals.broadcast(result.changed)
        self.exported.emit(result)
        self.refresh_history()

    def _on_template_clicked(self) -> None:
        campaign = self.campaign_combo.currentData()
        current = self.draft_pane.current
        language = current.language if current is not None else None
        dialog = TemplateDialog(self._ctx, campaign, language, self)
        dialog.saved.connect(self.prepare)
        dialog.open()

    def _on_settings_clicked(self) -> None:
        dialog = MessagingSettingsDialog(self._ctx, self)
        dialog.saved.connect(self._update_buttons)
        dialog.open()

    def _update_buttons(self) -> None:
        has = self.plan is not None and bool(self.plan.drafts)
        ro = self._ctx.read_only
        set_writable(self.export_button, has, ro, self._export_tip)
        set_writable(self.send_button, has and any(d.channel == EMAIL for d in self.plan.drafts), ro)
        set_writable(self.template_button, True, ro)
        set_writable(self.settings_button, True, ro)


class MessagesPage(QWidget):
    """Campaigns and the reply inbox."""

    loaded = Signal()
    waiting_changed = Signal(int)  # reviews waiting for a reply: for a badge wherever the window shows one

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.waiting = 0  # reviews waiting for a reply, as last counted or loaded
        self._count_generation = 0
        self.on_demand = OnDemand(self, self.refresh)  # loads when shown (see on_demand)
        self._setup_ui()
        ctx.signals.data_changed.connect(self._on_data_changed)
        self._count_waiting()  # the Inbox tab's count is right before the page is ever shown

    def refresh(self) -> None:
        """Past campaigns and the inbox, in the background (the inbox's count shows on its tab)."""
        self.on_demand.fresh()
        self.campaigns.refresh_history()
        self.inbox.refresh()

    def _setup_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 16)
        outer.setSpacing(8)
        title = QLabel(self.tr("Messages"), self)
        title.setObjectName("PageTitle")
        subtitle = QLabel(self.tr("Personal notes to the customers who agreed to hear from you, and replies to your reviews."), self)
        subtitle.setObjectName("PageSubtitle")
        subtitle.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(title)
        row.addSpacing(12)
        row.addWidget(subtitle, 1, Qt.AlignmentFlag.AlignBottom)
        outer.addLayout(row)
        self.tabs = QTabWidget(self)
        self.campaigns = CampaignsTab(self._ctx, self)
        self.inbox = InboxTab(self._ctx, self)
        self.tabs.addTab(self.campaigns, self.tr("Campaigns"))
        self.tabs.addTab(self.inbox, self.tr("Inbox"))
        outer.addWidget(self.tabs, 1)
        self.inbox.loaded.connect(self._on_inbox_loaded)

    def _on_inbox_loaded(self) -> None:
        self._show_waiting(self.inbox.model.rowCount())
        self.loaded.emit()

    def _count_waiting(self) -> None:
        """How many reviews wait for a reply, by one COUNT in the background (not the inbox's load)."""
        self._count_generation += 1
        generation, replies = self._count_generation, self._ctx.services.replies
        self._ctx.runner.run(lambda progress, cancel: replies.waiting_count(),
                             label=self.tr("Loading the reviews waiting for a reply"),
                             on_success=lambda count: self._on_counted(generation, count))

    def _on_counted(self, generation: int, count: int) -> None:
        if generation == self._count_generation:
            self._show_waiting(count)

    def _show_waiting(self, count: int) -> None:
        self.waiting = count
        self.tabs.setTabText(1, self.tr("Inbox (%1)").replace("%1", format_count(count)) if count else self.tr("Inbox"))
        self.waiting_changed.emit(count)

    def _on_data_changed(self, changed: Changed) -> None:
        # in front, only what changed is read again; behind another page, all of it once shown
        if changed.reviews or changed.analysis:
            self._count_waiting()  # shown or not: the count is one query
            self.on_demand.request(self.inbox.refresh)
        if changed.customers or changed.orders:
            self.on_demand.request(self.campaigns.refresh_history)


__all__ = ["MessagesPage", "CampaignsTab"]
