"""Encryption at rest: once the owner sets a passphrase the file (WAL and
backups included) is unreadable without it, plain sqlite3 cannot open it, a
wrong passphrase says so plainly, and it decrypts back; the passphrase is
stored nowhere."""
from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest
from tests.integrity.conftest import run_cli
from integrity_tools import check_database

from desktop.services import Services
from desktop.services.security import PassphraseRequired, WrongPassphrase

PASSPHRASE = "Caffè-Lungo 42!"
SECRET = "Marguerite's unmistakable pistachio cornetto"


def secret_review(tmp_path: Path) -> Path:
    path = tmp_path / "reviews.csv"
    path.write_text(f"id,date,rating,text,author\n1,2026-03-01,5,{SECRET},Ana\n", encoding="utf-8")
    return path


def all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def test_encrypted_file_and_backups_hold_no_readable_text(tmp_path: Path, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    db = tmp_path / "data" / "cafe.sqlite"
    services = Services.open(db)
    services.imports.import_files([str(secret_review(tmp_path))])
    services.backups.backup_now()
    assert SECRET.encode() in all_bytes(db.parent)  # plain before
    converted = services.security.encrypt(PASSPHRASE)
    assert converted >= 2  # the manual backup and the one made before encrypting
    services.imports.import_files([str(secret_review(tmp_path))])  # writes through the encrypted WAL
    services.backups.backup_now()
    assert services.reviews is not None
    blob = all_bytes(db.parent)
    assert SECRET.encode() not in blob and SECRET.encode("utf-16-le") not in blob
    assert PASSPHRASE.encode() not in blob  # neither in the file, its WAL, the lock nor the backups' notes
    assert all(b.encrypted for b in services.backups.list())
    services.close()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db).execute("SELECT count(*) FROM reviews").fetchone()
    assert PASSPHRASE not in caplog.text


def test_no_passphrase_and_a_wrong_one_say_so_plainly(tmp_path: Path) -> None:
    db = tmp_path / "cafe.sqlite"
    services = Services.open(db)
    services.security.encrypt(PASSPHRASE)
    services.close()
    with pytest.raises(PassphraseRequired, match="is encrypted"):
        Services.open(db)
    with pytest.raises(WrongPassphrase, match="does not open cafe.sqlite"):
        Services.open(db, passphrase="caffè-lungo 42!")
    asked: list[bool] = []
    answers = iter(["nope", PASSPHRASE])

    def ask(wrong: bool) -> str:
        asked.append(wrong)
        return next(answers)

    services = Services.open(db, ask=ask)
    assert asked == [False, True] and services.security.encrypted
    services.close()


def test_decrypting_gives_back_a_plain_file_with_everything(tmp_path: Path) -> None:
    db = tmp_path / "cafe.sqlite"
    services = Services.open(db)
    services.imports.import_files([str(secret_review(tmp_path))])
    services.security.encrypt(PASSPHRASE)
    services.security.encrypt(PASSPHRASE + " new")  # a new passphrase
    services.close()
    with pytest.raises(WrongPassphrase):
        Services.open(db, passphrase=PASSPHRASE)
    services = Services.open(db, passphrase=PASSPHRASE + " new")
    services.security.decrypt()
    assert not any(b.encrypted for b in services.backups.list())
    services.close()
    con = sqlite3.connect(db)
    assert con.execute("SELECT text FROM reviews").fetchone()[0] == SECRET
    con.close()
    assert check_database(db) == []


def test_a_short_passphrase_is_refused(cafe) -> None:
    from desktop.core.errors import UserError

    with pytest.raises(UserError, match="at least 8"):
        cafe.security.encrypt("short")
    assert not cafe.security.encrypted


def test_encrypt_and_decrypt_on_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "cli.sqlite"
    assert run_cli("import", str(secret_review(tmp_path)), "--db", str(db)).returncode == 0
    out = run_cli("encrypt", "--db", str(db), env={"REGULARS_PASSPHRASE": PASSPHRASE})
    assert out.returncode == 0 and "Encrypted" in out.stdout, out.stderr
    assert SECRET.encode() not in all_bytes(tmp_path / "backups") + db.read_bytes()
    locked = run_cli("batches", "--db", str(db))
    assert locked.returncode == 2 and "is encrypted" in locked.stderr
    wrong = run_cli("batches", "--db", str(db), env={"REGULARS_PASSPHRASE": "wrong passphrase"})
    assert wrong.returncode == 2 and wrong.stderr.strip().splitlines() == [
        "error: That passphrase does not open cli.sqlite. Check it and try again (capital letters count)."]
    right = run_cli("batches", "--db", str(db), env={"REGULARS_PASSPHRASE": PASSPHRASE})
    assert right.returncode == 0 and "reviews.csv" in right.stdout
    out = run_cli("decrypt", "--db", str(db), env={"REGULARS_PASSPHRASE": PASSPHRASE})
    assert out.returncode == 0, out.stderr
    assert run_cli("batches", "--db", str(db)).returncode == 0


def test_the_window_never_stores_the_passphrase(qtbot, tmp_path: Path) -> None:
    """Encrypting from File > Encryption…: QSettings, the log and the database
    never see the passphrase."""
    from PySide6.QtCore import QSettings

    from desktop.ui.dialogs.encryption_dialog import EncryptionDialog
    from desktop.ui.main_window import MainWindow

    db = tmp_path / "cafe.sqlite"
    services = Services.open(db)
    ini = tmp_path / "ui.ini"
    window = MainWindow(services, db_name=db.name, settings=QSettings(str(ini), QSettings.Format.IniFormat))
    window.reporter.show_dialogs = False
    with qtbot.waitSignal(window.overview_page.loaded, timeout=10_000):  # only the page in front loads
        window.show()
    dialog = EncryptionDialog(window.ctx, window)
    dialog.new_edit.setText(PASSPHRASE)
    dialog.again_edit.setText(PASSPHRASE + "x")
    assert dialog.encrypt() is None and "not the same" in dialog.message_label.text()
    dialog.again_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.changed, timeout=30_000) as changed:
        dialog.encrypt()
    assert changed.args == [True] and dialog.new_edit.text() == ""
    window.close()
    window.shutdown()
    services.close()
    window.settings.sync()
    stored = ini.read_bytes() + all_bytes(tmp_path)
    assert PASSPHRASE.encode() not in stored
    services = Services.open(db, passphrase=PASSPHRASE)
    with services.db.session() as s:
        from sqlalchemy import text

        values = " ".join(str(v) for v in s.execute(text("SELECT key || value FROM settings")).scalars())
    services.close()
    assert PASSPHRASE not in values
