"""Backups: made with the online backup API while the app runs, checked,
rotated, listed and restored; never half-written under a final name."""
from __future__ import annotations

import json
import sqlite3
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from tests.integrity.conftest import run_cli
from integrity_tools import check_database, downgrade, make_reviews_csv

from desktop.core.errors import UserError
from desktop.services import Services
from desktop.services.backups import DAILY_INTERVAL, KEEP_KEY
from desktop.storage import backups as files


def reviews_in(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM reviews").fetchone()[0]
    finally:
        con.close()


def test_a_backup_holds_what_is_still_in_the_wal(cafe: Services, review_log: Path) -> None:
    """The old copy of the main file missed committed rows still in the WAL."""
    cafe.imports.import_files([str(review_log)])
    wal = Path(str(cafe.db_path) + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # the rows are (also) in the WAL
    info = cafe.backups.backup_now()
    assert info.ok is True and info.reason == "manual" and info.path.parent.name == "backups"
    assert reviews_in(info.path) == 40
    assert check_database(info.path) == []


def test_a_backup_is_one_consistent_snapshot_while_imports_run(tmp_path: Path) -> None:
    """Backups taken while another thread imports batch after batch: each one
    holds whole batches only."""
    services = Services.open(tmp_path / "cafe.sqlite")
    services.backups.set_keep(100)
    files_ = [make_reviews_csv(tmp_path / f"r{i}.csv", 300, seed=i, start_id=1000 * i) for i in range(6)]
    done = threading.Event()

    def importer() -> None:
        for f in files_:
            services.imports.import_files([str(f)])
        done.set()

    thread = threading.Thread(target=importer)
    thread.start()
    made = []
    while not done.is_set():
        made.append(services.backups.backup_now())
    thread.join()
    services.close()
    assert made
    for info in made:
        assert info.ok is True
        assert check_database(info.path) == [], info
        assert reviews_in(info.path) % 300 == 0


def test_daily_backup_is_made_at_most_once_a_day(cafe: Services, review_log: Path) -> None:
    cafe.imports.import_files([str(review_log)])
    first = cafe.backups.daily()
    assert first is not None and first.reason == "daily"
    assert cafe.backups.daily() is None
    assert cafe.backups.daily(now=datetime.now() + DAILY_INTERVAL + timedelta(minutes=1)) is not None


def test_rotation_keeps_the_newest_of_each_kind(cafe: Services, review_log: Path) -> None:
    cafe.imports.import_files([str(review_log)])
    cafe.backups.set_keep(3)
    assert cafe.settings.get(KEEP_KEY) == "3"
    for _ in range(5):
        cafe.backups.backup_now()
    daily = cafe.backups.daily()
    made = cafe.backups.list()
    assert [b.reason for b in made].count("manual") == 3 and daily in made
    ids = [b.id for b in made]
    assert len(set(ids)) == len(ids)  # same second: still distinct, stable ids
    with pytest.raises(UserError):
        cafe.backups.set_keep(0)


def test_restore_brings_the_data_back_and_keeps_the_present_as_a_backup(cafe: Services, tmp_path: Path) -> None:
    first = make_reviews_csv(tmp_path / "a.csv", 10, seed=1)
    second = make_reviews_csv(tmp_path / "b.csv", 7, seed=2, start_id=500)
    cafe.imports.import_files([str(first)])
    before = cafe.backups.backup_now()
    cafe.imports.import_files([str(second)])
    assert reviews_in(cafe.db_path) == 17
    cafe.backups.restore(before.id)
    assert reviews_in(cafe.db_path) == 10
    saved = [b for b in cafe.backups.list() if b.reason == "before-restore"]
    assert len(saved) == 1 and reviews_in(saved[0].path) == 17
    cafe.backups.restore(saved[0].id)  # and back again
    assert reviews_in(cafe.db_path) == 17
    assert check_database(cafe.db_path) == []


def test_a_damaged_backup_is_marked_and_never_restored(cafe: Services, review_log: Path) -> None:
    cafe.imports.import_files([str(review_log)])
    info = cafe.backups.backup_now()
    data = bytearray(info.path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a bad disk block in the copy
    info.path.write_bytes(bytes(data))
    ok, problem = cafe.backups.check(info.id)
    assert not ok and problem
    with pytest.raises(UserError, match="damaged"):
        cafe.backups.restore(info.id)
    assert reviews_in(cafe.db_path) == 40


def test_a_half_written_backup_is_never_listed(cafe: Services, review_log: Path) -> None:
    cafe.imports.import_files([str(review_log)])
    folder = cafe.backups.folder
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "cafe-20260101-000000-daily.sqlite.partial").write_bytes(b"SQLite format 3\x00half")
    assert cafe.backups.list() == []
    cafe.backups.backup_now()
    assert not list(folder.glob("*.partial"))  # cleaned by the next backup


def test_a_migration_is_backed_up_and_a_newer_backup_is_refused(tmp_path: Path, review_log: Path) -> None:
    path = tmp_path / "cafe.sqlite"
    services = Services.open(path)
    services.imports.import_files([str(review_log)])
    services.close()
    downgrade(path, "0003")
    services = Services.open(path)
    try:
        [old] = [b for b in services.backups.list() if b.reason == "before-migration"]
        assert old.revision == "0003" and old.ok
        con = sqlite3.connect(old.path)
        con.execute("UPDATE alembic_version SET version_num='9999'")  # from a future version
        con.commit()
        con.close()
        with pytest.raises(UserError, match="newer version"):
            services.backups.restore(old.id)
    finally:
        services.close()


def test_backups_and_restore_on_the_command_line(tmp_path: Path, review_log: Path) -> None:
    db = tmp_path / "cli.sqlite"
    assert run_cli("import", str(review_log), "--db", str(db)).returncode == 0
    listed = json.loads(run_cli("backups", "--db", str(db), "--json").stdout)
    assert [b["reason"] for b in listed] == ["before-import"]  # of the new, empty database
    made = run_cli("backups", "--db", str(db), "--now")
    assert made.returncode == 0 and "checked, ok" in made.stdout
    listed = json.loads(run_cli("backups", "--db", str(db), "--json").stdout)
    assert set(listed[0]) >= {"id", "time", "reason", "size", "ok"} and listed[0]["ok"] is True
    restored = run_cli("restore", listed[0]["id"], "--db", str(db))
    assert restored.returncode == 0, restored.stderr
    assert "before-restore" in run_cli("backups", "--db", str(db)).stdout
    unknown = run_cli("restore", "19990101-000000", "--db", str(db))
    assert unknown.returncode == 2 and "no backup" in unknown.stderr
