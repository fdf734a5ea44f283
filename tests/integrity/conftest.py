"""Fixtures of the integrity tests: a generated review log, a services
object over a fresh database, and the helper that runs the real CLI."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from integrity_tools import make_reviews_csv  # noqa: E402

from desktop.services import Services  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def run_cli(*args: str, env: dict[str, str] | None = None, stdin: str | None = None,
            timeout: float = 180) -> subprocess.CompletedProcess:
    """``python -m desktop ARGS`` from the worktree root, as a user runs it."""
    full = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8", **(env or {})}
    return subprocess.run([sys.executable, "-m", "desktop", *args], input=stdin, text=True,
                          capture_output=True, cwd=ROOT, env=full, timeout=timeout, encoding="utf-8")


@pytest.fixture
def review_log(tmp_path: Path) -> Path:
    return make_reviews_csv(tmp_path / "our_reviews.csv", 40)


@pytest.fixture
def cafe(tmp_path: Path) -> Iterator[Services]:
    s = Services.open(tmp_path / "cafe.sqlite")
    yield s
    s.close()


@pytest.fixture
def seeded_window(qtbot, tmp_path: Path):
    """A window over a database with 40 reviews of the generated log."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.ui.main_window import MainWindow

    services = Services.open(tmp_path / "window.sqlite")
    services.imports.import_files([str(make_reviews_csv(tmp_path / "seed.csv", 40))])
    window = MainWindow(services, db_name="window.sqlite",
                        settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    window.reporter.show_dialogs = False
    with qtbot.waitSignal(window.overview_page.loaded, timeout=10_000):  # only the page in front loads
        window.show()
    yield window
    window.close()
    window.shutdown()
    QApplication.processEvents()
    services.close()
