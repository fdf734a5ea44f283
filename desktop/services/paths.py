"""Where the app keeps its files by default (platformdirs)."""
from __future__ import annotations

from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

APP_NAME = "Regulars"


def data_dir() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / "regulars.sqlite"


def log_dir() -> Path:
    return Path(user_log_dir(APP_NAME, appauthor=False))
