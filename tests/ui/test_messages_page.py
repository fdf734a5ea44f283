"""The Messages page driven like a person: a campaign prepared, a vegetarian left out of a meat
offer with the reason shown, a draft edited and exported (and then held back by the cap),
the wording edited with a live preview, and the reply inbox with a health claim on top."""
from __future__ import annotations

import csv
import re
from datetime import datetime, timedelta
from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktop.core.records import CustomerRecord, OrderRecord, PreferenceRecord
from desktop.messaging.reasons import ENGLISH
from desktop.messaging.replies import CHECKLISTS
from desktop.messaging.templates import CAMPAIGNS, MERGE_FIELDS
from desktop.services import Services
from desktop.storage import repositories as repo
from desktop.ui import message_words
from desktop.ui.dialogs.template_dialog import TemplateDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.models.columns import RAW_ROLE
from desktop.ui.models.message_models import INBOX_COLUMNS, LOG_COLUMNS, RECIPIENT_COLUMNS, RUN_COLUMNS, RowsModel

WAIT = 15_000
NOW = datetime.now().replace(microsecond=0)


def _seed(services: Services, tmp_path: Path) -> None:
    start = NOW - timedelta(days=200)
    with services.db.session() as s:
        people = [CustomerRecord("pos", f"c{i}", name, email=f"c{i}@example.com", accepts_email=True)
                  for i, name in enumerate(["Ana Lopes", "Bruno Costa", "Carla Dias", "Davide Rossi"])]
        repo.insert_customers(s, None, people)
        repo.insert_preferences(s, None, [PreferenceRecord("c1", "diet", "vegetarian")])
        orders = [OrderRecord("pos", f"o{i}-{k}", start + timedelta(days=7 * k, hours=9), 4.0, customer_external_id=f"c{i}")
                  for i in range(4) for k in range(20)]
        orders += [OrderRecord("pos", f"walk{n}", NOW - timedelta(days=n, hours=2), 3.0) for n in range(60)]
        repo.insert_orders(s, None, orders)
    path = tmp_path / "reviews.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["name", "google_id", "review_id", "author_title", "review_text", "review_rating",
                    "review_datetime_utc", "owner_answer", "review_language"])
        w.writerow(["Café", "0x1", "r1", "Tom Hale", "Lovely coffee and friendly staff, will be back.", 5,
                    (NOW - timedelta(days=3)).strftime("%m/%d/%Y %H:%M:%S"), "", "en"])
        w.writerow(["Café", "0x1", "r2", "Jo Pike", "I got food poisoning after eating the eggs here. Sick all night.", 1,
                    (NOW - timedelta(days=20)).strftime("%m/%d/%Y %H:%M:%S"), "", "en"])
    outcome = services.imports.import_files([str(path)])
    assert outcome.results[0].inserted == 2



def show_messages(qtbot, window: MainWindow) -> None:
    """Open the Messages page and wait for what it reads when shown: the first
    campaign's plan, past campaigns and the inbox (pages load when shown)."""
    page = window.messages_page
    with qtbot.waitSignals([page.campaigns.loaded, page.campaigns.history_loaded, page.loaded], timeout=WAIT):
        window.show_page("messages")

@pytest.fixture
def messages_window(qtbot, services: Services, tmp_path: Path) -> Iterator[MainWindow]:
    _seed(services, tmp_path)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, db_name="cafe.sqlite", settings=settings)
    window.reporter.show_dialogs = False
    with qtbot.waitSignal(window.overview_page.loaded, timeout=WAIT):
        window.show()
    yield window
    window.close()
    window.shutdown()
    QApplication.processEvents()
    window.deleteLater()
    QApplication.processEvents()


def _rows(tab) -> list[dict]:
    return [tab.proxy.index(r, 0).data(RAW_ROLE) for r in range(tab.proxy.rowCount())]


def test_a_meat_winback_leaves_the_vegetarian_out_and_says_why(qtbot, messages_window: MainWindow) -> None:
    tab = messages_window.messages_page.campaigns
    show_messages(qtbot, messages_window)  # the first look prepares the first campaign
    assert tab.campaign_combo.currentData() == "winback"
    assert {r["name"] for r in _rows(tab) if r["included"]} == {"Ana Lopes", "Bruno Costa", "Carla Dias", "Davide Rossi"}
    tab.tags_edit.setText("meat")
    with qtbot.waitSignal(tab.loaded, timeout=WAIT):
        qtbot.mouseClick(tab.prepare_button, Qt.MouseButton.LeftButton)
    rows = {r["name"]: r for r in _rows(tab)}
    assert not rows["Bruno Costa"]["included"]
    assert tab.select_customer(rows["Bruno Costa"]["customer_id"])
    assert "vegetarian" in tab.draft_header.text() and "meat" in tab.draft_header.text()
    assert not tab.body_edit.isEnabled()
    assert "4 messages ready" in tab.summary_label.text() or "3 messages ready" in tab.summary_label.text()
    why = tab.model.column_index("why")
    bruno = next(r for r in range(tab.model.rowCount()) if tab.model.row_data(r)["name"] == "Bruno Costa")
    assert "vegetarian" in tab.model.index(bruno, why).data()


def test_edit_a_draft_export_it_and_the_cap_holds_that_customer_back(qtbot, messages_window: MainWindow, tmp_path: Path) -> None:
    tab = messages_window.messages_page.campaigns
    show_messages(qtbot, messages_window)
    ana = next(r for r in _rows(tab) if r["name"] == "Ana Lopes")
    assert tab.select_customer(ana["customer_id"])
    assert "Ana" in tab.body_edit.toPlainText() and tab.subject_edit.text()
    tab.body_edit.setPlainText("Dear Ana, a personal note from me.")
    with qtbot.waitSignals([tab.exported, tab.history_loaded], timeout=WAIT):
        tab.export_to(str(tmp_path / "out"))
    eml = [p for p in (tmp_path / "out").iterdir() if p.suffix == ".eml" and "Ana" in p.name]
    assert eml and "a personal note from me" in eml[0].read_text(encoding="utf-8")
    assert "Exported" in tab.summary_label.text()
    assert tab.log_model.rowCount() == 4 and tab.runs_model.rowCount() == 1
    assert "Too early to tell" in tab.runs_model.index(0, tab.runs_model.column_index("verdict")).data()
    with qtbot.waitSignal(tab.loaded, timeout=WAIT):
        tab.prepare()
    rows = {r["name"]: r for r in _rows(tab)}
    assert not rows["Ana Lopes"]["included"]
    tab.select_customer(rows["Ana Lopes"]["customer_id"])
    assert "frequency cap" in tab.draft_header.text()


def test_copy_and_mail_program_log_one_message(qtbot, messages_window: MainWindow) -> None:
    tab = messages_window.messages_page.campaigns
    show_messages(qtbot, messages_window)
    opened = []
    tab.open_url = opened.append
    with qtbot.waitSignal(tab.history_loaded, timeout=WAIT):
        qtbot.mouseClick(tab.mail_button, Qt.MouseButton.LeftButton)
    assert opened and opened[0].toString().startswith("mailto:")
    assert tab.log_model.rowCount() == 1 and tab.runs_model.rowCount() == 0
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text().strip()


def test_wording_editor_previews_live_refuses_escapes_and_saves(qtbot, messages_window: MainWindow) -> None:
    dialog = TemplateDialog(messages_window.ctx, "winback", "it", messages_window)
    with qtbot.waitSignals([dialog.loaded, dialog.previewed], timeout=WAIT):
        dialog.open()
    assert dialog.language() == "it" and "Maria" in dialog.preview.toPlainText()
    assert dialog.version_combo.count() >= 2
    with qtbot.waitSignal(dialog.previewed, timeout=WAIT):
        dialog.email_edit.setPlainText("{{ ''.__class__.__mro__ }}")
    assert "cannot be used" in dialog.problem_label.text()
    with qtbot.waitSignal(dialog.previewed, timeout=WAIT):
        dialog.email_edit.setPlainText("{{ hello }} ti aspettiamo da {{ business_name }}!")
    assert "Ciao Maria, ti aspettiamo" in dialog.preview.toPlainText()
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    versions, edited = messages_window.ctx.services.messaging.template("winback", "it")
    assert edited and versions[0].email.startswith("{{ hello }} ti aspettiamo")


def test_inbox_puts_the_health_claim_first_with_a_checklist_and_no_draft(qtbot, messages_window: MainWindow) -> None:
    page = messages_window.messages_page
    show_messages(qtbot, messages_window)
    page.tabs.setCurrentWidget(page.inbox)
    inbox = page.inbox
    assert inbox.model.rowCount() == 2 and page.tabs.tabText(1) == "Inbox (2)"
    first = inbox.selected()
    assert first["urgency"] == "urgent" and first["item"].draft is None
    assert "[" in inbox.reply_text() and "Holding reply" in inbox.reply_label.text()
    assert "food poisoning" in inbox.review_view.toPlainText()
    assert "Before you do" in inbox.review_view.toPlainText()
    other = next(inbox.model.row_data(r)["review_id"] for r in range(2) if inbox.model.row_data(r)["urgency"] != "urgent")
    assert not inbox.model.row_data(inbox.model.find_row("review_id", other))["item"].drafted  # loaded undrafted
    with qtbot.waitSignal(inbox.drafted, timeout=WAIT) as drafted:
        assert inbox.select_review(other)
    assert drafted.args == [other]  # its draft, written when it was selected
    assert "Tom" in inbox.reply_text() and "of 4,096 characters" in inbox.count_label.text()
    with qtbot.waitSignal(inbox.loaded, timeout=WAIT):
        qtbot.mouseClick(inbox.answered_button, Qt.MouseButton.LeftButton)
    assert inbox.model.rowCount() == 1 and page.tabs.tabText(1) == "Inbox (1)"


def test_inbox_count_is_right_before_the_page_was_ever_shown(qtbot, messages_window: MainWindow) -> None:
    page = messages_window.messages_page
    qtbot.waitUntil(lambda: page.waiting == 2, timeout=WAIT)  # one COUNT at start-up
    assert page.tabs.tabText(1) == "Inbox (2)"
    assert messages_window.sidebar.item(4).text() == "Messages (2)"  # the sidebar carries it too
    assert messages_window.sidebar.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert page.inbox.model.rowCount() == 0  # the inbox itself is not loaded (nor drafted) for it
    # a review answered elsewhere (the CLI, another window) is counted again on data_changed
    replies = messages_window.ctx.services.replies
    rid = replies.ranked()[0][0].candidate.review_id
    with qtbot.waitSignal(page.waiting_changed, timeout=WAIT) as counted:
        messages_window.ctx.signals.broadcast(replies.mark_answered(rid, "Thank you"))
    assert counted.args == [1] and page.tabs.tabText(1) == "Inbox (1)"
    assert messages_window.sidebar.item(4).text() == "Messages (1)"
    messages_window._show_waiting_replies(10 ** 12)  # too long for the sidebar's column: no elided count
    assert messages_window.sidebar.item(4).text() == "Messages"
    assert page.inbox.model.rowCount() == 0


def test_empty_database_shows_helpful_states(qtbot, window: MainWindow) -> None:
    page = window.messages_page
    show_messages(qtbot, window)
    assert "Import page" in page.campaigns.summary_label.text()
    page.tabs.setCurrentWidget(page.inbox)
    # nothing imported yet: not "Well done!", but where the reviews come from
    assert page.inbox.stack.currentWidget() is page.inbox.no_reviews_state
    assert page.inbox.no_reviews.title_label.text() == "No reviews yet"
    assert "Import page" in page.inbox.no_reviews.text_label.text()


def test_an_inbox_with_every_review_answered_says_well_done(qtbot, messages_window: MainWindow) -> None:
    page = messages_window.messages_page
    replies = messages_window.ctx.services.replies
    for item in replies.ranked()[0]:
        replies.mark_answered(item.candidate.review_id, "Thank you")
    show_messages(qtbot, messages_window)
    page.tabs.setCurrentWidget(page.inbox)
    assert page.inbox.stack.currentWidget() is page.inbox.empty_label
    assert "Well done!" in page.inbox.empty_label.text()


@pytest.mark.parametrize("columns", [RECIPIENT_COLUMNS, INBOX_COLUMNS, RUN_COLUMNS, LOG_COLUMNS])
def test_message_models_pass_the_model_tester(qtmodeltester, columns) -> None:
    model = RowsModel(columns)
    qtmodeltester.check(model)


def test_every_engine_code_has_words_in_the_window() -> None:
    for code, english in ENGLISH.items():
        assert code in message_words.REASONS, code
        params = set(re.findall(r"\{(\w+)\}", english)) - {"campaign"}
        assert params <= set(re.findall(r"\{(\w+)\}", message_words.REASONS[code])) | {"campaign"}, code
    assert set(CAMPAIGNS) == set(message_words.CAMPAIGN_LABELS)
    assert {step for steps in CHECKLISTS.values() for step in steps} <= set(message_words.CHECKLIST_LABELS)
    assert {name for name, _ in MERGE_FIELDS} == set(message_words.MERGE_FIELD_LABELS)


def test_a_read_only_window_offers_no_write_that_cannot_work(qtbot, services: Services, tmp_path: Path,
                                                             monkeypatch) -> None:
    """Another instance holds the writer lock: export, send, copy (it logs), wording, settings,
    "answered", the customer card's edits and the tiers and menu dialogs are disabled, saying why."""
    from desktop.ui.read_only import read_only_tip

    _seed(services, tmp_path)
    monkeypatch.setattr(type(services), "read_only", property(lambda self: True))
    window = MainWindow(services, db_name="cafe.sqlite",
                        settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    window.reporter.show_dialogs = False
    try:
        with qtbot.waitSignal(window.overview_page.loaded, timeout=WAIT):
            window.show()
        tab = window.messages_page.campaigns
        show_messages(qtbot, window)
        ana = next(r for r in _rows(tab) if r["name"] == "Ana Lopes")
        assert tab.plan is not None and tab.plan.drafts and tab.select_customer(ana["customer_id"])
        assert tab.body_edit.isEnabled() and tab.prepare_button.isEnabled()  # reading and drafting still work
        for button in (tab.export_button, tab.send_button, tab.copy_button, tab.mail_button, tab.template_button,
                       tab.settings_button):
            assert not button.isEnabled() and button.toolTip() == read_only_tip(), button.text()
        inbox = window.messages_page.inbox
        inbox.table.selectRow(0)
        assert inbox.copy_button.isEnabled() and not inbox.answered_button.isEnabled()
        assert inbox.answered_button.toolTip() == read_only_tip()
        page = window.customers_page
        assert not page.tiers_button.isEnabled() and not page.menu_button.isEnabled()
        card = services.customers.card(ana["customer_id"])
        page.card.show_card(card)
        assert page.card.buttons["edit"].toolTip() == read_only_tip()
        assert not page.card.buttons["edit"].isEnabled() and not page.card.buttons["consent"].isEnabled()
        assert page.card.buttons["export"].isEnabled()  # a copy of their data only reads
    finally:
        window.close()
        window.shutdown()
        QApplication.processEvents()
        window.deleteLater()
        QApplication.processEvents()


def test_on_a_laptop_screen_nothing_scrolls_sideways(qtbot, messages_window: MainWindow) -> None:
    from desktop.ui.pages.messages import RECIPIENT_MIN_WIDTH
    from desktop.ui.widgets.fit_columns import STRETCH_MIN_SHARE

    tab = messages_window.messages_page.campaigns
    show_messages(qtbot, messages_window)
    messages_window.resize(1280, 700)  # a 1366 x 768 laptop, window not maximised
    QApplication.processEvents()
    # statuses as long as Russian makes them, for instance: the reasons still keep their room
    status = tab.model.column_index("status")
    tab.table.setColumnWidth(status, 260)
    tab.table_fitter.remember()
    QApplication.processEvents()
    assert tab.table.horizontalScrollBar().maximum() == 0
    why = tab.model.column_index("why")
    name = tab.model.column_index("name")
    squeezed = [tab.table.columnWidth(c) for c in (name, tab.model.column_index("segment"))]
    assert tab.table.columnWidth(why) >= STRETCH_MIN_SHARE * tab.table.viewport().width() - 2 or \
        all(w <= RECIPIENT_MIN_WIDTH for w in squeezed)  # names and segments gave all they may
    assert tab.table.columnWidth(status) == 260  # who gets a message is what the owner scans: never elided
    # a draft with a word longer than the pane wraps instead of scrolling
    ana = next(r for r in _rows(tab) if r["included"])
    assert tab.select_customer(ana["customer_id"])
    tab.body_edit.setPlainText("Привет " + "оченьдлинноеслово" * 30)
    QApplication.processEvents()
    assert tab.body_edit.horizontalScrollBar().maximum() == 0
    assert "\u200b" not in tab.draft_pane.edited_current().to  # the break hints are only on screen
