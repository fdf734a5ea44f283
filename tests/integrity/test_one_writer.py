"""One writer: a second instance on the same database is told so (the CLI
stops or waits, the window opens read-only); two real processes writing at
once never corrupt the file or lose each other's writes; the lock dies with
its process, and never passes to forked children."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.integrity.conftest import ROOT, run_cli
from integrity_tools import check_database, make_reviews_csv

from desktop.services import Services
from desktop.storage.database import ACCESS_AUTO, DatabaseInUse, ReadOnlyDatabase

HOLDER = """
import sys, time
from desktop.services import Services
s = Services.open(sys.argv[1])
n = int(sys.argv[2])
print("holding", flush=True)
for i in range(n):  # the first instance keeps writing while the others try
    s.settings.set(f"writer/{i}", str(i))
    time.sleep(0.01)
print("wrote", n, flush=True)
if len(sys.argv) > 3:
    sys.stdin.read()  # hold the database until told to go
s.close()
"""


def start_holder(db: Path, writes: int, hold: bool = False) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(db), str(writes)] + (["hold"] if hold else []),
                            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
    return proc


def settings_rows(db: Path, prefix: str) -> int:
    import sqlite3

    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT count(*) FROM settings WHERE key LIKE ?", (prefix + "%",)).fetchone()[0]
    finally:
        con.close()


def test_a_second_command_is_told_and_the_first_loses_nothing(tmp_path: Path) -> None:
    db = tmp_path / "cafe.sqlite"
    csv = make_reviews_csv(tmp_path / "r.csv", 30)
    holder = start_holder(db, 300)
    refused = run_cli("import", str(csv), "--db", str(db))
    assert refused.returncode == 2
    assert "open in another Regulars window" in refused.stderr and "--wait" in refused.stderr
    waited = run_cli("import", str(csv), "--db", str(db), "--wait", "60", "--json")
    assert holder.wait(60) == 0
    assert waited.returncode == 0, waited.stderr
    assert settings_rows(db, "writer/") == 300  # every write of the first instance is there
    assert check_database(db) == []


def test_two_processes_importing_at_once_both_land_whole(tmp_path: Path) -> None:
    db = tmp_path / "cafe.sqlite"
    Services.open(db).close()
    files = [make_reviews_csv(tmp_path / f"r{i}.csv", 800, seed=i, start_id=10_000 * i) for i in (1, 2)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    procs = [subprocess.Popen([sys.executable, "-m", "desktop", "import", str(f), "--db", str(db), "--wait", "120",
                               "--json"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for f in files]
    outs = [p.communicate(timeout=240) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    import json
    import sqlite3

    results = [json.loads(o[0]) for o in outs]
    assert [r["inserted"] for r in results] == [800, 800]
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM reviews").fetchone()[0] == 1600
    assert con.execute("SELECT count(*) FROM import_batches").fetchone()[0] == 2
    con.close()
    assert check_database(db) == []


def test_the_window_opens_read_only_beside_another_instance(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from desktop.ui.main_window import MainWindow

    db = tmp_path / "cafe.sqlite"
    holder = start_holder(db, 5, hold=True)
    try:
        services = Services.open(db, access=ACCESS_AUTO)
        assert services.read_only
        window = MainWindow(services, db_name=db.name,
                            settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
        window.reporter.show_dialogs = False
        with qtbot.waitSignal(window.overview_page.loaded, timeout=10_000):  # only the page in front loads
            window.show()
        assert window.read_only_banner.isVisible()
        assert "Open in another window: read-only" in window.read_only_banner.text()
        assert "read-only" in window.windowTitle()
        assert not window.import_action.isEnabled() and not window.acceptDrops()
        assert window.request_import([str(make_reviews_csv(tmp_path / "r.csv", 3))]) is None
        with pytest.raises(ReadOnlyDatabase):
            services.settings.set("business_name", "Nope")  # a write that slipped through: refused by SQLite
        window.close()
        window.shutdown()
        services.close()
    finally:
        holder.communicate("", timeout=30)
    assert settings_rows(db, "business_name") == 0


def test_the_lock_dies_with_its_process(tmp_path: Path) -> None:
    db = tmp_path / "cafe.sqlite"
    holder = start_holder(db, 1, hold=True)
    with pytest.raises(DatabaseInUse) as caught:
        Services.open(db)
    assert f"process {holder.pid}" in str(caught.value)
    holder.send_signal(signal.SIGKILL)
    holder.wait(10)
    Services.open(db).close()  # the OS released it


FORKER = """
import os, sys, time
from desktop.storage.database import Database
db = Database.open(sys.argv[1])
pid = os.fork()
if pid == 0:
    time.sleep(30)  # a worker that outlives its parent
    os._exit(0)
print(pid, flush=True)
os._exit(0)  # the parent dies without closing anything
"""


def test_a_forked_child_does_not_keep_the_lock(tmp_path: Path) -> None:
    db = tmp_path / "cafe.sqlite"
    out = subprocess.run([sys.executable, "-c", FORKER, str(db)], cwd=ROOT, capture_output=True, text=True,
                         timeout=60)
    child = int(out.stdout.strip())
    try:
        os.kill(child, 0)  # the child is still alive ...
        deadline = time.monotonic() + 5
        while True:
            try:
                Services.open(db).close()  # ... and the database is free
                break
            except DatabaseInUse:
                assert time.monotonic() < deadline, "the forked child kept the writer lock"
                time.sleep(0.1)
    finally:
        try:
            os.kill(child, signal.SIGKILL)
        except ProcessLookupError:
            pass
