"""The window and a group: the Overview compares its locations side by side;
Settings' "Shared server" tab
tests an address off the GUI thread and saves it without its password; on a
server the file-only File menu entries are disabled and say why."""
from __future__ import annotations

import socket

import pytest
from sqlalchemy.engine import make_url

from desktop.ui.dialogs.settings_dialog import SettingsDialog
from desktop.ui.menus import FILE_ONLY_ACTIONS
from desktop.ui.ui_keys import SERVER_URL_KEY

WAIT_MS = 15_000


@pytest.fixture
def db_path(request, tmp_path):
    """The window's database (``tests/ui/conftest.py``'s ``window`` opens it):
    a new file by default; ``"server"`` a new PostgreSQL database (skipped
    without one); ``"demo"`` a copy of the session's demo café."""
    kind = getattr(request, "param", "file")
    if kind == "server":
        return request.getfixturevalue("pg_database")
    if kind == "demo":
        import shutil

        path = tmp_path / "demo.sqlite"
        shutil.copy(request.getfixturevalue("demo_sqlite"), path)  # the session's demo stays untouched
        return path
    return tmp_path / "cafe.sqlite"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _open_server_tab(qtbot, window) -> SettingsDialog:
    window.settings_action.trigger()
    dialog = window.settings_dialog
    qtbot.waitUntil(dialog.terms_editor.isEnabled, timeout=WAIT_MS)
    dialog.tabs.setCurrentIndex(SettingsDialog.SERVER_TAB)
    assert dialog.tabs.tabText(SettingsDialog.SERVER_TAB) == "Shared server"
    return dialog


def test_a_server_address_is_tested_and_saved_without_its_password(qtbot, window, pg_database):
    dialog = _open_server_tab(qtbot, window)
    server = dialog.server_settings
    assert server.url() == "" and not server.restart_label.isVisible()
    typed = make_url(pg_database).set(password="not-needed").render_as_string(hide_password=False)
    server.url_edit.setText(typed)
    assert server.restart_label.isVisible()  # takes effect at the next start
    with qtbot.waitSignal(server.tested, timeout=WAIT_MS) as answer:
        server.test_button.click()
        assert not server.test_button.isEnabled()  # the GUI thread is free while it connects
    assert answer.args == [True]
    assert "Connected to postgres@127.0.0.1" in server.result_label.text()
    assert "not-needed" not in server.result_label.text()
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.accept()
    stored = str(window.settings.value(SERVER_URL_KEY))
    assert stored.startswith("postgresql+psycopg://postgres@127.0.0.1:")
    assert "not-needed" not in stored and make_url(stored).database == make_url(pg_database).database


def test_an_unreachable_server_says_so_and_a_bad_address_is_not_saved(qtbot, window):
    dialog = _open_server_tab(qtbot, window)
    server = dialog.server_settings
    server.url_edit.setText(f"postgresql+psycopg://postgres@127.0.0.1:{_free_port()}/cafe")
    with qtbot.waitSignal(server.tested, timeout=WAIT_MS) as answer:
        server.test_button.click()
    assert answer.args == [False]
    assert "Cannot connect to the server postgres@127.0.0.1" in server.result_label.text()
    server.url_edit.setText("my-server")
    dialog.accept()  # refused before anything is saved: the dialog stays open with the reason
    assert dialog.isVisible() and "not a server address" in dialog.error_label.text()
    assert window.settings.value(SERVER_URL_KEY, None) is None
    server.url_edit.setText("")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS):
        dialog.accept()
    assert str(window.settings.value(SERVER_URL_KEY, "") or "") == ""


def test_on_a_file_the_file_only_entries_work(window):
    for key in FILE_ONLY_ACTIONS:
        assert window.actions[key].isEnabled()


@pytest.mark.parametrize("db_path", ["server"], indirect=True)
def test_on_a_server_backups_and_encryption_are_disabled_and_say_why(window):
    assert window.ctx.services.on_server
    for key in FILE_ONLY_ACTIONS:
        action = window.actions[key]
        assert not action.isEnabled()
        assert "shared server" in action.toolTip()


@pytest.mark.parametrize("db_path", ["demo"], indirect=True)
def test_the_overview_compares_the_locations_of_a_group(qtbot, qtmodeltester, window):
    panel = window.overview_page.locations_panel
    qtbot.waitUntil(lambda: panel.comparison is not None, timeout=30_000)
    qtmodeltester.check(panel.model)
    assert panel.isVisibleTo(window)
    names = [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())]
    assert names == ["Cais do Sodré", "Príncipe Real"]
    drops = [panel.model.index(r, panel.model.columnCount() - 1).data() for r in range(2)]
    assert sorted(drops) == ["0", "1"]  # the open drop belongs to one location only
    assert "18 Aug 2026" in panel.caption.text()
    # a click on a location opens the Insights page on that location alone
    with qtbot.waitSignal(window.insights_page.loaded, timeout=30_000):
        panel.table.clicked.emit(panel.model.index(1, 0))
    qtbot.waitUntil(lambda: window.insights_page.current_filter().location == "Príncipe Real",
                    timeout=30_000)
    assert window.current_page() == "insights"


def test_a_single_cafe_has_no_locations_panel(qtbot, seeded_window):
    panel = seeded_window.overview_page.locations_panel
    qtbot.waitUntil(lambda: panel.comparison is not None, timeout=WAIT_MS)
    assert not panel.isVisibleTo(seeded_window)
