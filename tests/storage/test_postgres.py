"""The same app on a shared PostgreSQL server: the schema migrates from an
empty database, file-only features say so, and two instances importing
different files at once both land (the server's transactions replace the
SQLite lock file). The PostgreSQL cases skip, saying why, without a server."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from sqlalchemy import text

from desktop.core.errors import UserError
from desktop.storage.database import Database

CONCURRENT_ROWS = 300
"""Reviews in each of the two files imported at the same time."""


def _reviews_csv(path, prefix: str, n: int):
    rows = ["Review ID,Date,Rating,Author,Source,Review"]
    rows += [f"{prefix}-{i},2026-03-{1 + i % 28:02d},{1 + i % 5},Guest {prefix}{i},Google,"
             f"Visit {i} from {prefix}: good coffee" for i in range(n)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_migrated_server_database_is_at_head_and_refuses_file_features(pg_database):
    db = Database.open(pg_database)
    try:
        assert db.engine.dialect.name == "postgresql"
        assert db.current_revision() is not None
        db.migrate()  # at head already: nothing to do, no error
        with pytest.raises(UserError, match="PostgreSQL server's backups"):
            db.backup("manual")
        with pytest.raises(UserError, match="features of a database file"):
            db.set_passphrase("correct horse battery")
    finally:
        db.close()


def test_two_instances_importing_at_once_both_land(pg_database, tmp_path):
    a = _reviews_csv(tmp_path / "a.csv", "a", CONCURRENT_ROWS)
    b = _reviews_csv(tmp_path / "b.csv", "b", CONCURRENT_ROWS)
    cmd = [sys.executable, "-m", "desktop", "import", "--db-url", pg_database, "--json", "--no-analyze"]
    procs = [subprocess.Popen([*cmd, str(f)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True) for f in (a, b)]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
        assert json.loads(out.splitlines()[-1])["inserted"] == CONCURRENT_ROWS
    db = Database.open(pg_database)
    try:
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM reviews")).scalar() == 2 * CONCURRENT_ROWS
            assert conn.execute(text("SELECT count(*) FROM import_batches")).scalar() == 2
    finally:
        db.close()


def test_db_and_db_url_together_are_refused(tmp_path):
    out = subprocess.run([sys.executable, "-m", "desktop", "batches", "--db", str(tmp_path / "x.sqlite"),
                          "--db-url", "postgresql+psycopg://nobody@127.0.0.1:1/none"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "not both" in out.stderr
    assert not (tmp_path / "x.sqlite").exists()


def test_the_demo_cafe_reads_the_same_on_a_server_and_a_file(demo_sqlite, demo_postgresql):
    """The report, the trend and the customer list (what ``report --json``,
    ``trend --json`` and ``customers --json`` print) are equal on both back ends."""
    from desktop.services import Services

    def read(target):
        services = Services.open(target)
        try:
            trend = services.reviews.trend("month")
            return (json.dumps(services.insights.report().as_json(), sort_keys=True),
                    trend.assign(period_start=trend["period_start"].dt.strftime("%Y-%m-%d"))
                    .to_json(orient="records"),
                    json.dumps([c.as_json() for c in services.customers.list_customers()],
                               sort_keys=True, default=str))
        finally:
            services.close()

    on_file, on_server = read(demo_sqlite), read(demo_postgresql)
    assert json.loads(on_file[0])["drops"], "the demo café has drops to compare"
    for name, a, b in zip(("report", "trend", "customers"), on_file, on_server):
        assert a == b, name
