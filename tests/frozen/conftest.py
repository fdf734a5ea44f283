"""One frozen build per test session, shared by every frozen test.

The ``bundle`` fixture runs ``pyinstaller --noconfirm build.spec`` once into
a temporary folder (about a minute with PyInstaller's cache warm) and hands
every test the same ``dist/Regulars``. To iterate on the tests without
rebuilding, point ``REGULARS_TEST_BUNDLE`` at an existing ``dist`` folder
(the one holding ``Regulars/``).

Frozen tests are marked ``slow``: ``pytest -m "not slow"`` leaves them out.

Under pytest-xdist (the suite's default, see pyproject.toml) every test that
takes ``bundle`` is put in one ``xdist_group`` so ``--dist loadgroup`` runs them
all on one worker: the bundle is built once per run, never once per worker.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from frozen_helpers import BUILD_TIMEOUT_S, ROOT, Bundle, pyinstaller_available


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "slow: builds or runs the frozen app (minutes)")


BUNDLE_GROUP = "frozen-bundle"
"""The xdist group of the tests that share the session's one frozen build."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test that uses the frozen build runs on the same xdist worker."""
    for item in items:
        if "bundle" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group(BUNDLE_GROUP))


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    reuse = os.environ.get("REGULARS_TEST_BUNDLE")
    if reuse:
        found = Bundle(Path(reuse))
        if not found.cli.exists():
            pytest.fail(f"REGULARS_TEST_BUNDLE={reuse} holds no Regulars/ build")
        return found
    if not pyinstaller_available():
        pytest.skip("PyInstaller is not installed (pip install '.[dev]')")
    work = tmp_path_factory.mktemp("frozen")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "work"), str(ROOT / "build.spec")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=BUILD_TIMEOUT_S)
    if build.returncode != 0:
        pytest.fail("pyinstaller build.spec failed:\n" + (build.stdout + build.stderr)[-6000:])
    shutil.rmtree(work / "work", ignore_errors=True)  # 100+ MB of intermediate files
    return Bundle(work / "dist")
