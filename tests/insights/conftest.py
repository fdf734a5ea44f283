"""The demo café (built once per session on SQLite and on PostgreSQL, see
``demo_target``), for the report's story tests: each runs on both."""
from __future__ import annotations

import pytest

from desktop.services import Services


@pytest.fixture(scope="session")
def demo_db(demo_target):
    """The demo database: a file path or a server URL."""
    return demo_target


@pytest.fixture(scope="session")
def demo_report(demo_db):
    services = Services.open(demo_db)
    try:
        yield services.insights.report()
    finally:
        services.close()
