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
from typing import Iterator

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_alembic_config()).get_current_head() or ""


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
        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def migrate(self) -> None:
        current = self.current_revision()
        head = head_revision()
        if current == head:
            return
        if current is not None and self.path is not None and self.path.exists():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            backup = self.path.with_name(f"{self.path.name}.backup-{current}-{stamp}")
            self.engine.dispose()  # release handles so the copy is consistent
            shutil.copy2(self.path, backup)
            log.info("backed up %s to %s before migrating", self.path, backup)
        cfg = _alembic_config()
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

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
