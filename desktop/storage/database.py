"""Opening the database: engine, SQLite pragmas, the one-writer lock,
optional SQLCipher encryption, backups and migrations.

Threading: a ``Database`` is shared by all threads; each task opens its own
session with ``db.session()``. SQLite writes are serialised by the UI's single
write worker; WAL lets reads go on meanwhile. One process per database file
writes (``locking``): a second instance opens it read-only (``access="auto"``)
or is told who holds it (``DatabaseInUse``).

On a PostgreSQL server (``postgresql+psycopg://...``) the server's
transactions and row locks replace the lock file: every instance writes, each
import in its own transaction, and migrations take an advisory lock
(``MIGRATION_LOCK_KEY``) so only one instance changes the schema. Backups,
encryption and the lock are file features: asked of a server they raise a
UserError that says so (``SERVER_BACKUPS``, ``SERVER_FILE_ONLY``).
"""
from __future__ import annotations

import logging
import os
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from sqlalchemy import URL, Engine, create_engine, event, inspect, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from desktop.core.errors import UserError
from desktop.storage import backups, encryption, locking
from desktop.storage.revisions import head_revision_fast
from desktop.storage.sqlfuncs import SQLITE_FOLD_FUNCTION, python_lower

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"
# Alembic is imported only when a migration is due (or the history is not a
# straight line): opening an up-to-date database reads the version with plain SQL.
ACCESS_WRITE, ACCESS_READ, ACCESS_AUTO, ACCESS_UNLOCKED = "write", "read", "auto", "unlocked"
"""``write``: this process is the writer (DatabaseInUse when another is);
``read``: read-only, no lock (every write is refused by SQLite itself);
``auto``: the writer when free, else read-only (the window);
``unlocked``: no lock and no restriction, for short commands that never
commit (listing batches, a preview that rolls back)."""
REKEY_SUFFIX = ".rekey.partial"
BUSY_TIMEOUT_MS = 10_000
"""How long a statement waits for another connection's write lock."""
MIGRATION_LOCK_KEY = 0x52454755  # "REGU"
"""PostgreSQL advisory lock held while one instance migrates a server database:
a second instance opening it meanwhile waits, then finds the schema current."""
SERVER_BACKUPS = ("Backups made by Regulars are a feature of a database file. A PostgreSQL "
                  "server's backups are its administrator's job (pg_dump or the server's own "
                  "backups); nothing was changed.")
SERVER_FILE_ONLY = ("Encryption, restoring a backup and the one-writer lock are features of a "
                    "database file. On a PostgreSQL server use the server's own encryption and "
                    "an encrypted connection (sslmode=require in the URL); nothing was changed.")


class DatabaseInUse(UserError):
    """Another Regulars (window or command) is writing to this database."""

    def __init__(self, path: Path, holder: str) -> None:
        self.path = path
        self.holder = holder
        who = f" ({holder})" if holder else ""
        super().__init__(f"{path.name} is open in another Regulars window or command{who}. "
                         "Close it first, or run the command again with --wait.")


class ReadOnlyDatabase(UserError):
    """A write was attempted on a database opened read-only."""

    def __init__(self, path: Path | None) -> None:
        name = path.name if path else "The database"
        super().__init__(f"{name} is open in another Regulars window, so this one is read-only: "
                         "nothing was changed. Make the change in the other window, or close it "
                         "and open this one again.")


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The newest schema revision, as Alembic reads the migration scripts."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head() or ""


def _head() -> str:
    """The newest revision, read from the scripts' text when it can be (no Alembic import)."""
    return head_revision_fast() or head_revision()


def revision_history() -> list[str]:
    """Every schema revision, oldest first, as Alembic reads the scripts."""
    from alembic.script import ScriptDirectory

    return [s.revision for s in reversed(list(ScriptDirectory.from_config(_alembic_config()).walk_revisions()))]


def _pragmas(read_only: bool):  # noqa: ANN202 - an SQLAlchemy connect listener
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if read_only:
            cur.execute("PRAGMA query_only=ON")
        cur.close()
        # Unicode lower-casing for ``sqlfuncs.folded`` (the review search): SQLite's
        # own lower() folds ASCII only, PostgreSQL's every letter
        dbapi_connection.create_function(SQLITE_FOLD_FUNCTION, 1, python_lower, deterministic=True)
    return on_connect



def _engine(path: Path, passphrase: str | None, read_only: bool) -> Engine:
    if passphrase is None:
        engine = create_engine(f"sqlite:///{path}")
    else:
        encryption.cipher_module()  # EncryptionUnavailable before anything else
        url = URL.create("sqlite+pysqlcipher", password=passphrase, database=str(path))
        # QueuePool: SQLCipher derives its key on every new connection (~0.1 s)
        engine = create_engine(url, poolclass=QueuePool, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _pragmas(read_only))
    return engine


class Database:
    """One database (a SQLite file by default, or any SQLAlchemy URL)."""

    def __init__(self, engine: Engine, path: Path | None, *, passphrase: str | None = None,
                 read_only: bool = False, locked: bool = False) -> None:
        self.engine = engine
        self.path = path
        self.read_only = read_only
        self._passphrase = passphrase
        self._locked = locked
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, target: str | Path, migrate: bool = True, *, passphrase: str | None = None,
             access: str = ACCESS_WRITE, wait: float = 0.0) -> Database:
        """Open (creating if needed) and migrate to the newest schema.

        ``target`` is a file path or a SQLAlchemy URL. ``passphrase`` opens an
        encrypted file (PassphraseRequired without it, WrongPassphrase when it
        does not fit) and is ignored for a plain one. ``access`` (see ACCESS_*): with ``write`` the call waits
        up to ``wait`` seconds for another writer, then raises DatabaseInUse.
        Before migrating an existing file it is backed up (online backup API)
        into the ``backups`` folder beside it; the migration itself is one
        transaction, so a crash leaves the old schema or the new one.
        """
        text = str(target)
        if "://" in text:
            from sqlalchemy.exc import DBAPIError

            from desktop.storage import server

            engine = server.server_engine(text)  # UserError for an address it cannot use
            if engine.dialect.name == "sqlite":
                event.listen(engine, "connect", _pragmas(access == ACCESS_READ))
            db = cls(engine, None, read_only=access == ACCESS_READ)
            try:
                if migrate:
                    db.migrate()
                else:
                    engine.connect().close()
            except DBAPIError as exc:  # unreachable, refused, wrong password: say so, no traceback
                engine.dispose()
                if engine.dialect.name == "sqlite":
                    raise
                raise server.connection_error(text, exc) from None
            return db
        path = Path(text).expanduser().resolve()
        path.parent.mkdir(parents=True, exist_ok=True)
        if not encryption.is_encrypted(path):
            passphrase = None  # a plain file needs none (encrypting it is set_passphrase's job)
        elif passphrase is None:
            raise encryption.PassphraseRequired(path)
        else:
            encryption.connect(path, passphrase).close()  # WrongPassphrase here, quietly
        locked = False
        if access in (ACCESS_WRITE, ACCESS_AUTO):
            try:
                locking.acquire(path, wait if access == ACCESS_WRITE else 0.0)
                locked = True
            except locking.LockHeld as exc:
                if access == ACCESS_WRITE:
                    raise DatabaseInUse(path, exc.holder) from None
        read_only = access == ACCESS_READ or (access == ACCESS_AUTO and not locked)
        try:
            if locked:
                _remove_stale_rekey(path)
            db = cls(_engine(path, passphrase, read_only), path, passphrase=passphrase,
                     read_only=read_only, locked=locked)
            if migrate:
                db._migrate_on_open()
        except BaseException:
            if locked:
                locking.release(path)
            raise
        return db

    # -- state ------------------------------------------------------------------

    @property
    def encrypted(self) -> bool:
        return self._passphrase is not None

    @property
    def is_writer(self) -> bool:
        """True when this process holds the database's writer lock."""
        return self._locked

    def current_revision(self) -> str | None:
        """The schema revision the database is at (None for an empty one)."""
        with self.engine.connect() as conn:
            if not inspect(conn).has_table(VERSION_TABLE):
                return None
            rows = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
            if len(rows) > 1:  # several heads: let Alembic say what that means
                from alembic.runtime.migration import MigrationContext

                return MigrationContext.configure(conn).get_current_revision()
        return rows[0] if rows else None

    def raw_connection(self) -> Any:
        """A new DB-API connection to the file (keyed when encrypted); the
        caller closes it. For the backup API, which SQLAlchemy does not wrap."""
        if self.path is None:
            raise UserError(SERVER_BACKUPS)
        return encryption.connect(self.path, self._passphrase, check_same_thread=False)

    # -- migrations ---------------------------------------------------------------

    def _migrate_on_open(self) -> None:
        if self.current_revision() == _head():
            return
        if self.path is not None and not self._locked:
            # a read-only instance may not change the schema; updating needs the writer
            try:
                locking.acquire(self.path)
            except locking.LockHeld as exc:
                raise DatabaseInUse(self.path, exc.holder) from None
            try:
                self.engine.dispose()
                writer = _engine(self.path, self._passphrase, False)
                try:
                    Database(writer, self.path, passphrase=self._passphrase, locked=True).migrate()
                finally:
                    writer.dispose()
            finally:
                locking.release(self.path)
            return
        self.migrate()

    def migrate(self, revision: str = "head") -> None:
        """Bring the schema to ``revision`` (the newest by default), after a
        backup of a file that has data, in ONE transaction (SQLite's DDL is
        transactional once the driver stops opening transactions itself).
        Does nothing, and imports nothing from Alembic, when already there."""
        current = self.current_revision()
        if current == (_head() if revision == "head" else revision):
            return
        from alembic import command

        if current is not None and self.path is not None and self.path.exists():
            info = backups.make_backup(self.path, backups.BEFORE_MIGRATION, self._passphrase,
                                       connect=self.raw_connection)
            log.info("backed up %s to %s before migrating", self.path, info.path)
        cfg = _alembic_config()
        with self.engine.connect() as conn:
            dbapi = conn.connection.dbapi_connection
            is_sqlite = self.engine.dialect.name == "sqlite" and dbapi is not None
            saved = dbapi.isolation_level if is_sqlite else None
            if is_sqlite:
                dbapi.isolation_level = None  # we say BEGIN and COMMIT, not the driver
                # SQLite's procedure for schema changes: a table copied by a
                # batch migration must not cascade deletes into its children
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                conn.begin()
                if self.engine.dialect.name == "postgresql":
                    # one migrator per server database; released with the transaction
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
                    from alembic.runtime.migration import MigrationContext

                    now = MigrationContext.configure(conn).get_current_revision()
                    if now == (_head() if revision == "head" else revision):
                        conn.commit()  # another instance migrated while we waited
                        return
            try:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                if is_sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:  # kept, not deleted: the backup and the log tell what to look at
                        log.warning("after migrating %s: %d rows refer to missing rows, first %s",
                                    self.path, len(broken), broken[0])
                    conn.exec_driver_sql("COMMIT")
                else:
                    conn.commit()
            except BaseException:
                if is_sqlite:
                    try:
                        conn.exec_driver_sql("ROLLBACK")
                    except Exception:  # noqa: BLE001 - SQLite may have rolled back already
                        pass
                raise
            finally:
                if is_sqlite:
                    conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                    dbapi.isolation_level = saved

    # -- sessions -----------------------------------------------------------------

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on
        any error. On a read-only database a write raises ReadOnlyDatabase."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            if self.read_only and "readonly" in str(exc).replace("-", "").replace(" ", ""):
                raise ReadOnlyDatabase(self.path) from None
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    # -- backups ------------------------------------------------------------------

    def backup(self, reason: str) -> backups.BackupInfo:
        """Back up the file now (see ``storage.backups``); the writer only."""
        if self.path is None:
            raise UserError(SERVER_BACKUPS)
        return backups.make_backup(self.path, reason, self._passphrase, connect=self.raw_connection)

    def check_backup(self, backup: backups.BackupInfo) -> tuple[bool, str]:
        """Open ``backup`` with this database's key and run its integrity check
        now: (passed, problem)."""
        ok, _revision, problem = backups.check_file(backup.path, self._passphrase)
        return ok, problem

    def restore(self, backup: backups.BackupInfo) -> None:
        """Put ``backup``'s content in place of the current one, after a
        "before-restore" backup of the current one, then migrate it if it is
        older. The writer only. Raises UserError for a damaged backup or one
        made by a newer version (nothing is changed then)."""
        self._require_writer()
        ok, revision, problem = backups.check_file(backup.path, self._passphrase)
        if not ok:
            raise UserError(f"The backup {backup.id} is damaged or does not open with this "
                            f"database's passphrase ({problem}); nothing was changed.")
        known = set(revision_history())
        if revision is not None and revision not in known:
            raise UserError(f"The backup {backup.id} was made by a newer version of Regulars; "
                            "nothing was changed.")
        self.backup(backups.BEFORE_RESTORE)
        self.engine.dispose()
        live = self.raw_connection()
        try:
            backups.restore_into(backup.path, self._passphrase, live)
        finally:
            live.close()
        self.engine.dispose()
        self.migrate()

    # -- encryption -----------------------------------------------------------------

    def set_passphrase(self, new: str | None) -> int:
        """Encrypt the file with ``new`` (None: decrypt it; an encrypted file:
        change its passphrase), and its backups with it. The file is rewritten
        beside the old one, checked, then swapped in with one rename, so a
        crash leaves the old file or the new one. Returns the backups re-keyed.
        The writer only, with no other process reading the file."""
        self._require_writer()
        assert self.path is not None
        if new is not None and len(new) < encryption.MIN_PASSPHRASE_LENGTH:
            raise UserError(f"Choose a passphrase of at least {encryption.MIN_PASSPHRASE_LENGTH} characters.")
        if new is None and self._passphrase is None:
            raise UserError(f"{self.path.name} is not encrypted.")
        encryption.cipher_module()
        self.backup(backups.BEFORE_ENCRYPTION)
        self.engine.dispose()
        conn = self.raw_connection()
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        tmp = self.path.with_name(self.path.name + REKEY_SUFFIX)
        _unlink(tmp)
        encryption.export(self.path, self._passphrase, tmp, new)
        ok, _revision, problem = backups.check_file(tmp, new)
        if not ok:
            _unlink(tmp)
            raise UserError(f"The {'encrypted' if new else 'decrypted'} copy did not pass its check "
                            f"({problem}); {self.path.name} was left as it was.")
        if self.path.with_name(self.path.name + "-wal").exists():
            # SQLite removes the WAL when the last connection closes: someone still reads the file
            _unlink(tmp)
            self.engine = _engine(self.path, self._passphrase, self.read_only)
            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
            raise UserError(f"{self.path.name} is open in another Regulars window or command; "
                            "close it first. Nothing was changed.")
        os.replace(tmp, self.path)
        encryption.fsync_dir(self.path.parent)
        old = self._passphrase
        self._passphrase = new
        self.engine = _engine(self.path, new, self.read_only)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        return backups.replace_encrypted(self.path, old, new)

    def _require_writer(self) -> None:
        if self.path is None:
            raise UserError(SERVER_FILE_ONLY)
        if self.read_only or not self._locked:
            raise ReadOnlyDatabase(self.path)

    def close(self) -> None:
        self.engine.dispose()
        if self._locked and self.path is not None:
            self._locked = False
            locking.release(self.path)


def _remove_stale_rekey(path: Path) -> None:
    """A rewrite for encryption that a crash interrupted (the old file is whole)."""
    _unlink(path.with_name(path.name + REKEY_SUFFIX))


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
