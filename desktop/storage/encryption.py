"""Encryption at rest with SQLCipher (the ``sqlcipher3`` module of the
``sqlcipher3-wheels`` package), optional.

A plain database file starts with the 16 bytes ``SQLite format 3\\0``; an
SQLCipher file is indistinguishable from random bytes from its first byte
on, WAL included. The passphrase is handed to SQLCipher (``PRAGMA key``) on
every new connection and kept only in this process's memory: it is never
written to a file, a log or the database.

Threading: the functions open their own connections; call them with no
other connection of this process inside a transaction on the same file.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from desktop.core.errors import UserError

MIN_PASSPHRASE_LENGTH = 8
"""Shortest passphrase accepted when encrypting (SQLCipher stretches it with PBKDF2)."""


class PassphraseRequired(UserError):
    """The database file is encrypted and no passphrase was given."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"{path.name} is encrypted: Regulars needs its passphrase to open it.")


class WrongPassphrase(UserError):
    """The passphrase does not open this database."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"That passphrase does not open {path.name}. Check it and try again "
                         "(capital letters count).")


class EncryptionUnavailable(UserError):
    """This build has no SQLCipher."""

    def __init__(self) -> None:
        super().__init__("Encryption needs SQLCipher (the sqlcipher3-wheels package), "
                         "which this installation of Regulars does not have.")


def is_encrypted(path: Path) -> bool:
    """True when ``path`` holds data that is not a plain SQLite database: an
    SQLCipher file. A missing or empty file is not encrypted.

    The header is read through SQLite itself, never with ``open()``: closing
    any other descriptor on a database file drops every POSIX lock this
    process's SQLite connections hold on it, and another process's write can
    then corrupt it (https://sqlite.org/howtocorrupt.html, 2.2). The window
    keeps connections open while backups and second opens look at the file."""
    import sqlite3

    path = Path(path)
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return False
    except OSError:
        return False
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False  # unreadable: the open that follows says why
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError as exc:
        return "not a database" in str(exc) or "encrypted" in str(exc)
    finally:
        conn.close()
    return False


def cipher_module() -> Any:
    """The SQLCipher DB-API module; raises EncryptionUnavailable without it."""
    try:
        import sqlcipher3
    except ImportError:  # pragma: no cover - the dependency is declared
        raise EncryptionUnavailable() from None
    return sqlcipher3


def quote(text: str) -> str:
    """``text`` as an SQL string literal (PRAGMA key cannot take parameters)."""
    return "'" + text.replace("'", "''") + "'"


def key_connection(conn: Any, passphrase: str) -> None:
    """Give a fresh SQLCipher connection its key (before anything else runs),
    quietly: a wrong key must not print SQLCipher's own log lines."""
    cur = conn.cursor()
    try:
        cur.execute("PRAGMA cipher_log_level = NONE")
    except Exception:  # noqa: BLE001 - older SQLCipher builds have no log pragma
        pass
    cur.execute(f"PRAGMA key = {quote(passphrase)}")
    cur.close()


def connect(path: Path, passphrase: str | None, **kwargs: Any) -> Any:
    """A raw DB-API connection to ``path``: sqlite3 for a plain file,
    SQLCipher keyed with ``passphrase`` otherwise. Checks the key at once
    (WrongPassphrase / PassphraseRequired)."""
    if passphrase is None:
        if is_encrypted(path):
            raise PassphraseRequired(path)
        import sqlite3

        return sqlite3.connect(str(path), **kwargs)
    module = cipher_module()
    conn = module.connect(str(path), **kwargs)
    key_connection(conn, passphrase)
    check_key(conn, path)
    return conn


def check_key(conn: Any, path: Path) -> None:
    """Raise WrongPassphrase when ``conn``'s key does not decrypt the file."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:  # noqa: BLE001 - sqlcipher3.DatabaseError: file is not a database
        conn.close()
        if "not a database" in str(exc) or "encrypted" in str(exc):
            raise WrongPassphrase(path) from None
        raise


def export(src: Path, src_passphrase: str | None, dst: Path, dst_passphrase: str | None) -> None:
    """Write a copy of ``src`` to ``dst`` (which must not exist) keyed with
    ``dst_passphrase`` (None: a plain file), with ``sqlcipher_export``:
    encrypts, decrypts or changes the passphrase. The copy is fsynced."""
    module = cipher_module()
    conn = module.connect(str(src), isolation_level=None)
    try:
        if src_passphrase is not None:
            key_connection(conn, src_passphrase)
        check_key(conn, src)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"ATTACH DATABASE {quote(str(dst))} AS target KEY {quote(dst_passphrase or '')}")
        conn.execute("SELECT sqlcipher_export('target')")
        conn.execute(f"PRAGMA target.user_version = {int(version)}")
        conn.execute("DETACH DATABASE target")
    finally:
        conn.close()
    fsync(dst)


def fsync(path: Path) -> None:
    """Flush ``path`` (and its folder's entry) to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (a rename into it) where the OS allows it."""
    if os.name != "posix":  # pragma: no cover - Windows cannot open folders
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
