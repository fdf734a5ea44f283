"""The shared PostgreSQL server, for the window's Settings: check an
address, test a connection, keep the password out of what is saved.

Threading: :func:`test_connection` blocks (up to
``storage.server.CONNECT_TIMEOUT_S`` seconds): call it from a worker."""
from __future__ import annotations

from desktop.storage.server import (
    CONNECT_TIMEOUT_S,
    SERVER_SCHEME,
    ServerCheck,
    check_server,
    has_password,
    without_password,
)

SERVER_URL_EXAMPLE = f"{SERVER_SCHEME}://USER@HOST:5432/DATABASE"
"""How a server address looks, for placeholders and messages."""


def clean_server_url(value: str) -> tuple[str, bool]:
    """(``value`` as it may be saved, whether a password was taken out of it);
    ("", False) for an empty value (the file on this computer). UserError
    when ``value`` is not a PostgreSQL server address."""
    value = (value or "").strip()
    if not value:
        return "", False
    return without_password(value), has_password(value)


def test_connection(value: str) -> ServerCheck:
    """Connect once to the server at ``value`` and say what is there; changes
    nothing. UserError (naming the server, never the password) when it fails."""
    return check_server(value)


__all__ = ["CONNECT_TIMEOUT_S", "SERVER_URL_EXAMPLE", "ServerCheck", "clean_server_url", "test_connection"]
