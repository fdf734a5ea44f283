"""UI fixtures: a fresh SQLite database per test, a main window over it, and
clean shutdown (every worker waited for before the database closes)."""
from __future__ import annotations

import csv
from datetime import datetime, timedelta
from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.services import Services
from desktop.ui.main_window import MainWindow
from desktop.ui.style import apply_style

OUTSCRAPER_HEADERS = ["name", "google_id", "review_id", "author_title", "review_text", "review_rating",
                      "review_datetime_utc", "owner_answer", "review_language"]

TEXTS = (
    ("The flat white was excellent and the staff were lovely.", 5, "Thank you so much!"),
    ("Great croissants, a bit of a wait at the counter.", 4, ""),
    ("Cold coffee and a dirty table. Disappointing.", 2, "Sorry to hear that, we will do better."),
    ("Lovely brunch, friendly service, will be back.", 5, ""),
    ("Pricey for what it is, but the cake was nice.", 3, ""),
    ("Best cinnamon bun in town, cosy atmosphere.", 5, "See you soon!"),
    ("Waited 25 minutes for a sandwich. Not great.", 2, ""),
    ("Good espresso, quick service.", 4, ""),
)


def write_google_csv(path: Path, rows: int = 8, start: datetime | None = None, prefix: str = "r") -> Path:
    """An Outscraper-style Google reviews CSV with ``rows`` reviews, one every few days."""
    start = start or datetime.now() - timedelta(days=3 * rows + 1)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(OUTSCRAPER_HEADERS)
        for i in range(rows):
            text, rating, reply = TEXTS[i % len(TEXTS)]
            when = start + timedelta(days=3 * i, hours=i % 7)
            writer.writerow(["Café Demo", "0x123", f"{prefix}{i}", f"Guest {prefix}{i}", text, rating,
                             when.strftime("%m/%d/%Y %H:%M:%S"), reply, "en"])
    return path


# Harmless platform chatter from the offscreen plugin, not our code.
IGNORED_QT_MESSAGES = ("propagateSizeHints", "QFont::setPointSize", "This plugin does not support")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every UI test fails on an unexpected Qt warning."""
    for item in items:
        if "tests/ui" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*IGNORED_QT_MESSAGES))


@pytest.fixture(scope="session", autouse=True)
def english_window(qapp) -> Iterator[None]:
    """The window in English, as the app starts it under an English or
    untranslated locale: the counted phrases ("1 new review") come from
    regulars_en.qm, so tests see what an owner sees."""
    from PySide6.QtCore import QLocale

    from desktop.ui.application import install_translators

    installed = install_translators(qapp, QLocale("en_GB"))
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cafe.sqlite"


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    s = Services.open(db_path)
    yield s
    s.close()


@pytest.fixture
def reviews_csv(tmp_path: Path) -> Path:
    return write_google_csv(tmp_path / "google_reviews.csv", rows=8)


@pytest.fixture
def make_reviews_csv(tmp_path: Path):
    """``make_reviews_csv(name, rows=8, prefix="r")`` writes another Google export."""
    def make(name: str, rows: int = 8, prefix: str = "r") -> Path:
        return write_google_csv(tmp_path / name, rows=rows, prefix=prefix)
    return make


@pytest.fixture
def seeded_services(services: Services, reviews_csv: Path) -> Services:
    outcome = services.imports.import_files([str(reviews_csv)])
    assert outcome.results and outcome.results[0].inserted == 8, outcome
    return services


def _make_window(qtbot, services: Services, tmp_path: Path) -> Iterator[MainWindow]:
    apply_style(QApplication.instance())
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(services, db_name="cafe.sqlite", settings=settings)
    window.reporter.show_dialogs = False  # tests check the reporter's signals instead
    # only the page in front loads (the others when shown: see desktop.ui.pages.on_demand);
    # a test that needs another page shows it first, e.g. with ``show_page`` below
    with qtbot.waitSignal(window.overview_page.loaded, timeout=10_000):
        window.show()
    yield window
    window.close()  # closeEvent saves the geometry and waits for the workers
    window.shutdown()
    QApplication.processEvents()
    window.deleteLater()
    QApplication.processEvents()


@pytest.fixture
def window(qtbot, services: Services, tmp_path: Path) -> Iterator[MainWindow]:
    yield from _make_window(qtbot, services, tmp_path)


@pytest.fixture
def seeded_window(qtbot, seeded_services: Services, tmp_path: Path) -> Iterator[MainWindow]:
    yield from _make_window(qtbot, seeded_services, tmp_path)


def show_page(qtbot, window: MainWindow, key: str, timeout: int = 10_000) -> None:
    """Bring page ``key`` to the front and wait until it has loaded (pages load when shown)."""
    page = getattr(window, f"{key}_page")
    if not page.on_demand.stale:  # in front already, or loaded when it was shown before
        window.show_page(key)
        return
    with qtbot.waitSignal(page.loaded, timeout=timeout):
        window.show_page(key)
