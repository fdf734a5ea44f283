"""A PostgreSQL server named by URL: checking the URL, connecting with a
bounded wait, and owner-readable errors (never a traceback, never the
password). ``Database.open`` uses :func:`server_engine` and
:func:`connection_error`; the window's "Test connection" uses
:func:`check_server`.

Threading: any thread; :func:`check_server` blocks for up to
:data:`CONNECT_TIMEOUT_S` seconds (call it from a worker)."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from desktop.core.errors import UserError

SERVER_SCHEME = "postgresql+psycopg"
"""The only server URL scheme Regulars speaks (psycopg 3)."""
CONNECT_TIMEOUT_S = 5
"""Seconds a connection attempt to a server waits before it says the server cannot be reached."""
VERSION_TABLE = "alembic_version"


@dataclass(frozen=True)
class ServerCheck:
    """What a test connection found: the server's version line, the schema
    revision of Regulars' tables (None: an empty database, ready for
    Regulars) and where it is (``where``: user@host:port/database, no password)."""

    where: str
    version: str
    revision: str | None


def parse_server_url(value: str) -> URL:
    """The URL ``value`` as SQLAlchemy reads it; UserError when it is not a
    ``postgresql+psycopg://`` URL with a database name. ``postgresql://`` is
    taken to mean psycopg."""
    value = (value or "").strip()
    if value.startswith("postgresql://") or value.startswith("postgres://"):
        value = SERVER_SCHEME + "://" + value.split("://", 1)[1]
    try:
        url = make_url(value)
    except ArgumentError:
        raise UserError(f"'{value}' is not a server address; write it like "
                        f"{SERVER_SCHEME}://USER@HOST:5432/DATABASE") from None
    if url.drivername != SERVER_SCHEME or not url.host or not url.database:
        raise UserError(f"'{where(url)}' is not a PostgreSQL server address with a database; write it like "
                        f"{SERVER_SCHEME}://USER@HOST:5432/DATABASE")
    return url


def without_password(value: str) -> str:
    """``value`` (a server URL) with any password taken out, as it may be
    saved or shown; the password comes from ``PGPASSWORD`` or ``~/.pgpass``."""
    return parse_server_url(value)._replace(password=None).render_as_string(hide_password=False)


def has_password(value: str) -> bool:
    """True when the server URL ``value`` carries a password (UserError if it is no server URL)."""
    return bool(parse_server_url(value).password)


def where(url: URL) -> str:
    """user@host:port/database of ``url``, never its password."""
    user = f"{url.username}@" if url.username else ""
    port = f":{url.port}" if url.port else ""
    return f"{user}{url.host or '?'}{port}/{url.database or '?'}"


def server_engine(value: str) -> Engine:
    """An engine for the URL ``value``; a PostgreSQL connection gives up after
    :data:`CONNECT_TIMEOUT_S` seconds. UserError for an unusable URL."""
    try:
        url = make_url(value)
    except ArgumentError:
        raise UserError(f"'{value}' is not a database address") from None
    args = {"connect_timeout": CONNECT_TIMEOUT_S} if url.get_backend_name() == "postgresql" else {}
    try:
        return create_engine(url, connect_args=args)
    except (NoSuchModuleError, ImportError) as exc:
        raise UserError(f"Regulars cannot talk to '{url.drivername}' databases ({exc}); "
                        f"use {SERVER_SCHEME}://...") from None


def connection_error(value: str | URL, exc: BaseException) -> UserError:
    """A UserError naming the server (no password) and the driver's first line."""
    url = value if isinstance(value, URL) else make_url(str(value))
    first = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    reason = first[0] if first else type(exc).__name__
    return UserError(f"Cannot connect to the server {where(url)}: {reason}")


def check_server(value: str) -> ServerCheck:
    """Connect to the server at ``value`` once, read its version and Regulars'
    schema revision, change nothing. UserError when the URL is not a server
    address or the server cannot be reached or refuses the login."""
    url = parse_server_url(value)
    engine = server_engine(url.render_as_string(hide_password=False))
    try:
        with engine.connect() as conn:
            version = str(conn.execute(text("SELECT version()")).scalar() or "")
            revision = None
            if inspect(conn).has_table(VERSION_TABLE):
                revision = conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
    except DBAPIError as exc:
        raise connection_error(url, exc) from None
    finally:
        engine.dispose()
    return ServerCheck(where(url), version.split(" on ")[0].split(",")[0], revision)
