"""Looking at a database file never drops the locks this process's own
SQLite connections hold on it (closing any other descriptor on the file does,
https://sqlite.org/howtocorrupt.html 2.2), so another process cannot write
under a reader that believes it is protected."""
from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from desktop.storage import encryption

SWITCH_JOURNAL = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], timeout=0)
try:
    print(conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0])
except sqlite3.OperationalError as exc:
    print("locked" if "locked" in str(exc) else f"error: {exc}")
"""


def _other_process_switches_journal(path: Path) -> str:
    out = subprocess.run([sys.executable, "-c", SWITCH_JOURNAL, str(path)], capture_output=True,
                         text=True, timeout=60)
    return out.stdout.strip() or out.stderr


def test_checking_for_encryption_keeps_a_readers_locks(tmp_path):
    path = tmp_path / "cafe.sqlite"
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("CREATE TABLE reviews (id INTEGER PRIMARY KEY, text TEXT)")
    writer.execute("INSERT INTO reviews (text) VALUES ('Lovely coffee')")
    writer.commit()
    reader = sqlite3.connect(path, isolation_level=None)
    try:
        reader.execute("BEGIN")
        assert reader.execute("SELECT count(*) FROM reviews").fetchone() == (1,)
        # the reader's shared lock keeps another process from leaving WAL mode ...
        assert _other_process_switches_journal(path) == "locked"
        assert encryption.is_encrypted(path) is False
        # ... and still does after the file was looked at
        assert _other_process_switches_journal(path) == "locked"
        reader.execute("COMMIT")
    finally:
        reader.close()
        writer.close()


def test_encrypted_empty_and_foreign_files(tmp_path):
    assert encryption.is_encrypted(tmp_path / "missing.sqlite") is False
    (tmp_path / "empty.sqlite").write_bytes(b"")
    assert encryption.is_encrypted(tmp_path / "empty.sqlite") is False
    (tmp_path / "noise.sqlite").write_bytes(bytes(range(256)) * 64)
    assert encryption.is_encrypted(tmp_path / "noise.sqlite") is True
    path = tmp_path / "secret.sqlite"
    conn = encryption.connect(path, "correct horse battery")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert encryption.is_encrypted(path) is True
