"""Who may write and who may read: opening a database with its passphrase
and the right access, and encrypting or decrypting it.

The passphrase lives only in memory (the engine's URL, masked in its repr):
never in QSettings, a log, the database or its backups' notes. Scripts give
it in the REGULARS_PASSPHRASE environment variable; people type it.

Threading: ``open_database`` runs before the window; ``encrypt``/``decrypt``
block (key derivation and a full rewrite of the file): run them in the
window's write worker.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from desktop.core.errors import UserError
from desktop.storage.database import ACCESS_AUTO, ACCESS_READ, ACCESS_UNLOCKED, ACCESS_WRITE, Database
from desktop.storage.encryption import (
    MIN_PASSPHRASE_LENGTH,
    PassphraseRequired,
    WrongPassphrase,
    is_encrypted,
)

PASSPHRASE_ENV = "REGULARS_PASSPHRASE"
"""Environment variable a script sets to open an encrypted database."""
PASSPHRASE_ATTEMPTS = 3
"""Times a person is asked again after a wrong passphrase."""

AskPassphrase = Callable[[bool], "str | None"]
"""``ask(wrong)`` -> the passphrase typed (``wrong``: the last one did not fit),
or None when the person gave up."""

__all__ = ["ACCESS_AUTO", "ACCESS_READ", "ACCESS_UNLOCKED", "ACCESS_WRITE", "MIN_PASSPHRASE_LENGTH", "PASSPHRASE_ENV", "PassphraseRequired", "SecurityService",
           "WrongPassphrase", "is_encrypted", "open_database"]


def open_database(path: str | Path, *, passphrase: str | None = None, ask: AskPassphrase | None = None,
                  access: str = ACCESS_WRITE, wait: float = 0.0,
                  attempts: int = PASSPHRASE_ATTEMPTS) -> Database:
    """``Database.open`` that asks for the passphrase of an encrypted file:
    ``passphrase`` first, then ``ask`` up to ``attempts`` times. Raises
    PassphraseRequired / WrongPassphrase when it runs out, DatabaseInUse
    when another writer holds a file opened for ``write``."""
    wrong = False
    tries = 0
    while True:
        try:
            return Database.open(path, passphrase=passphrase, access=access, wait=wait)
        except (PassphraseRequired, WrongPassphrase) as exc:
            if ask is None or tries >= attempts:
                raise
            wrong = isinstance(exc, WrongPassphrase)
            tries += 1
            typed = ask(wrong)
            if typed is None:
                raise
            passphrase = typed


class SecurityService:
    """Encryption at rest of one open database (its writer only)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    @property
    def encrypted(self) -> bool:
        return self._db.encrypted

    @property
    def read_only(self) -> bool:
        """True when another instance writes to this database (this one only reads)."""
        return self._db.read_only or (self._db.path is not None and not self._db.is_writer)

    def encrypt(self, passphrase: str) -> int:
        """Encrypt the database (or change its passphrase) and its backups with
        ``passphrase``; returns the backups re-encrypted. UserError for a
        passphrase shorter than MIN_PASSPHRASE_LENGTH or when another
        instance has the file open."""
        if not passphrase or len(passphrase) < MIN_PASSPHRASE_LENGTH:
            raise UserError(f"Choose a passphrase of at least {MIN_PASSPHRASE_LENGTH} characters.")
        return self._db.set_passphrase(passphrase)

    def decrypt(self) -> int:
        """Store the database (and its backups) unencrypted again."""
        if not self._db.encrypted:
            raise UserError("This database is not encrypted.")
        return self._db.set_passphrase(None)
