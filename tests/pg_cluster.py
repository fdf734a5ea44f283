"""A throwaway PostgreSQL cluster for the tests that run on both back ends.

``REGULARS_TEST_PG_URL`` names a server the tests may create databases on
(e.g. ``postgresql+psycopg://postgres@127.0.0.1:54331/postgres``). When it is
absent and PostgreSQL's server binaries are installed (``initdb``/``pg_ctl`` on
PATH or under /usr/lib/postgresql/*/bin), ``start()`` makes a cluster in a
temporary folder on a free local port (as the ``postgres`` user when run as
root, since initdb refuses root) and ``stop()`` removes it. Set the variable to
``off`` to skip the PostgreSQL cases. Nothing here opens a non-local connection.
Each pytest-xdist worker starts a cluster of its own (its own folder and port).
"""
from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

PG_URL_ENV = "REGULARS_TEST_PG_URL"
START_TIMEOUT_S = 60
"""Seconds pg_ctl waits for the throwaway server to accept connections."""
START_ATTEMPTS = 3
"""Free ports tried before giving up (each xdist worker starts a cluster of its own)."""


def db_args(target: object) -> list[str]:
    """The command-line option that names ``target`` (a ``db_target`` or
    ``demo_target`` value): ``--db-url URL`` for a server, ``--db PATH`` for a file."""
    return ["--db-url", str(target)] if "://" in str(target) else ["--db", str(target)]


def _bindir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    dirs = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"),
                  key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    return Path(dirs[-1]).parent if dirs else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Cluster:
    """A running throwaway cluster: ``url`` points at its ``postgres`` database."""

    def __init__(self) -> None:
        self.url: str | None = None
        self.reason = ""
        self._dir: Path | None = None
        self._run_as: list[str] = []
        self._bin: Path | None = None

    def start(self) -> None:
        given = os.environ.get(PG_URL_ENV)
        if given is not None:
            if given.strip().lower() in ("", "0", "off", "no"):
                self.reason = f"{PG_URL_ENV}={given!r}: the PostgreSQL cases are switched off"
            else:
                self.url = given
            return
        self._bin = _bindir()
        if self._bin is None:
            self.reason = (f"no PostgreSQL server binaries (apt-get install postgresql) and no "
                           f"{PG_URL_ENV}")
            return
        self._dir = Path(tempfile.mkdtemp(prefix="regulars-pg-"))
        if os.geteuid() == 0:
            shutil.chown(self._dir, "postgres")
            self._run_as = ["runuser", "-u", "postgres", "--"]
        data = self._dir / "data"
        try:
            self._run("initdb", "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                      "--locale=C.UTF-8", "--no-sync")
            for attempt in range(START_ATTEMPTS):
                # A port found free may be taken by another process (another xdist worker's
                # cluster) before the server binds it: then try another.
                port = _free_port()
                try:
                    self._run("pg_ctl", "-D", str(data), "-w", "-t", str(START_TIMEOUT_S), "-l",
                              str(self._dir / "log"), "-o",
                              f"-p {port} -k {self._dir} -c listen_addresses=127.0.0.1 -c fsync=off "
                              "-c synchronous_commit=off -c full_page_writes=off", "start")
                    break
                except subprocess.CalledProcessError:
                    if attempt == START_ATTEMPTS - 1:
                        raise
        except (OSError, subprocess.CalledProcessError) as exc:
            self.reason = f"could not start a throwaway PostgreSQL cluster: {exc}"
            self.stop()
            return
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"

    def _run(self, tool: str, *args: str) -> None:
        assert self._bin is not None
        subprocess.run([*self._run_as, str(self._bin / tool), *args], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def stop(self) -> None:
        if self._dir is None:
            return
        if (self._dir / "data" / "postmaster.pid").exists():
            try:
                self._run("pg_ctl", "-D", str(self._dir / "data"), "-m", "immediate", "stop")
            except (OSError, subprocess.CalledProcessError):
                pass
        shutil.rmtree(self._dir, ignore_errors=True)
        self._dir = None
