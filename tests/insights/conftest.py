"""A demo café database built once per session, for the report's story tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services import Services
from desktop.services.demo import build_demo


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("insights") / "demo.sqlite"
    build_demo(path)
    return path


@pytest.fixture(scope="session")
def demo_report(demo_db):
    services = Services.open(demo_db)
    try:
        yield services.insights.report()
    finally:
        services.close()
