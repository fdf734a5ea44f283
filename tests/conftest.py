"""Shared test configuration. Qt: headless everywhere (one QApplication per session via pytest-qt).

The suite runs on pytest-xdist workers (pyproject.toml's addopts), each its own
process with its own session fixtures: its own PostgreSQL cluster on a free port
(``pg_server``), its own temporary folders (pytest's ``tmp_path`` is per worker)
and its own settings and user-data folders (``XDG_CONFIG_HOME``/``XDG_DATA_HOME``
below, so QSettings() and the default data folder never touch the real ones and
two workers never write the same file).
"""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _isolate_user_folders() -> None:
    """Point QSettings' and platformdirs' folders at a fresh folder of this
    process (one per xdist worker), removed when the process exits."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    home = tempfile.mkdtemp(prefix=f"regulars-tests-{worker}-")
    os.environ["XDG_CONFIG_HOME"] = os.path.join(home, "config")
    os.environ["XDG_DATA_HOME"] = os.path.join(home, "data")
    atexit.register(shutil.rmtree, home, True)


_isolate_user_folders()

import uuid  # noqa: E402

import pytest  # noqa: E402

from pg_cluster import Cluster  # noqa: E402

TEMPLATE_DB = "regulars_template"
"""A PostgreSQL database migrated once per session; each test copies it."""


@pytest.fixture(scope="session")
def pg_server():
    """(URL of a server's maintenance database, reason) for the PostgreSQL
    cases: a throwaway cluster started on first use and removed at the end of
    the session, or REGULARS_TEST_PG_URL; URL None (and why) when neither is
    available. The template database is migrated here, once."""
    cluster = Cluster()
    cluster.start()
    if cluster.url is None:
        yield None, cluster.reason
        return
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from desktop.storage.database import Database

    admin = create_engine(cluster.url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{TEMPLATE_DB}" WITH (FORCE)')
            conn.exec_driver_sql(f'CREATE DATABASE "{TEMPLATE_DB}"')
        template = make_url(cluster.url).set(database=TEMPLATE_DB)
        Database.open(template.render_as_string(hide_password=False)).close()
        yield cluster.url, ""
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{TEMPLATE_DB}" WITH (FORCE)')
    finally:
        admin.dispose()
        cluster.stop()


@pytest.fixture
def pg_database(pg_server):
    """The URL of a new, migrated PostgreSQL database of its own for one
    test (dropped after it); skips, saying why, without a server."""
    url, reason = pg_server
    if url is None:
        pytest.skip(reason)
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE_DB}"')
        yield make_url(url).set(database=name).render_as_string(hide_password=False)
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_target(request, tmp_path):
    """Where a test's database lives, once per back end: a new SQLite file
    path, or a new PostgreSQL database's URL (skipped without a server)."""
    if request.param == "sqlite":
        return tmp_path / "cafe.sqlite"
    return request.getfixturevalue("pg_database")



DEMO_PG_DB = "regulars_demo"
"""The PostgreSQL database the session's demo café is built into (once)."""


@pytest.fixture(scope="session")
def demo_sqlite(tmp_path_factory):
    """The demo café in a SQLite file, built once per session (read-only for its users)."""
    from desktop.services.demo import build_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    build_demo(path)
    return path


@pytest.fixture(scope="session")
def demo_postgresql(pg_server):
    """The demo café in a PostgreSQL database, built once per session: its
    URL (read-only for its users); skips, saying why, without a server."""
    url, reason = pg_server
    if url is None:
        pytest.skip(reason)
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from desktop.services.demo import build_demo

    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{DEMO_PG_DB}" WITH (FORCE)')
            conn.exec_driver_sql(f'CREATE DATABASE "{DEMO_PG_DB}" TEMPLATE "{TEMPLATE_DB}"')
    finally:
        admin.dispose()
    target = make_url(url).set(database=DEMO_PG_DB).render_as_string(hide_password=False)
    build_demo(target)
    return target


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def demo_target(request):
    """The session's demo café once per back end: ``demo_sqlite`` (a path)
    or ``demo_postgresql`` (a URL)."""
    return request.getfixturevalue(f"demo_{request.param}")
