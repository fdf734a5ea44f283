"""Opening the database: engine, SQLite pragmas, migrations with a backup copy.

Threading: a ``Database`` is shared by all threads; each task opens its own
session with ``db.session()``. SQLite writes are serialised by the UI's single
write worker; WAL lets reads go on meanwhile.
"""
from __future__ import annotations

import logging
import shutil
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from desktop.storage.revisions import head_revision_fast

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"
# Alembic is imported only when a migration is due (or the history is not a
# straight line): opening an up-to-date database reads the version with plain SQL.


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The newest schema revision, as Alembic reads the migration scripts."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head() or ""


def revision_history() -> list[str]:
    """Every schema revision, oldest first, as Alembic reads the scripts."""
    from alembic.script import ScriptDirectory

    return [s.revision for s in reversed(list(ScriptDirectory.from_config(_alembic_config()).walk_revisions()))]


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # noqa: ANN001
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()


class Database:
    """One database (a SQLite file by default, or any SQLAlchemy URL)."""

    def __init__(self, engine: Engine, path: Path | None) -> None:
        self.engine = engine
        self.path = path
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, target: str | Path, migrate: bool = True) -> Database:
        """Open (creating if needed) and migrate to the newest schema.

        ``target`` is a file path or a SQLAlchemy URL. Before migrating an
        existing file, it is copied to ``<name>.backup-<old revision>-<time>``.
        """
        text = str(target)
        path: Path | None = None
        if "://" in text:
            url = text
        else:
            path = Path(text).expanduser().resolve()
            path.parent.mkdir(parents=True, exist_ok=True)
            url = f"sqlite:///{path}"
        engine = create_engine(url)
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        db = cls(engine, path)
        if migrate:
            db.migrate()
        return db

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

    def migrate(self, revision: str = "head") -> None:
        """Upgrade the schema to ``revision`` (the newest by default), after
        copying an existing file to ``<name>.backup-<old revision>-<time>``.
        Does nothing, and imports nothing from Alembic, when already there."""
        current = self.current_revision()
        target = revision
        if revision == "head":
            target = head_revision_fast() or head_revision()
        if current == target:
            return
        from alembic import command

        if current is not None and self.path is not None and self.path.exists():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            backup = self.path.with_name(f"{self.path.name}.backup-{current}-{stamp}")
            self.engine.dispose()  # release handles so the copy is consistent
            shutil.copy2(self.path, backup)
            log.info("backed up %s to %s before migrating", self.path, backup)
        cfg = _alembic_config()
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()
