"""Where the app keeps its files (platformdirs), and which resource files a
build ships.

The owner's data never lives next to the program: the database, its
backups and the log are in the per-user folders below, which an upgrade
(a new /opt/regulars, Program Files or Regulars.app) does not touch.

Pure functions; safe from any thread.
"""
from __future__ import annotations

from pathlib import Path, PurePosixPath

from platformdirs import user_data_dir, user_log_dir

APP_NAME = "Regulars"

DEV_ONLY_RESOURCE_DIRS: frozenset[str] = frozenset({"packaging"})
"""Top-level folders of ``resources/`` that are for building, never for the app."""
DEV_ONLY_RESOURCE_SUFFIXES: frozenset[str] = frozenset({".ts", ".pro", ".py", ".pyc"})
"""Translation sources (the app reads the compiled .qm) and scripts."""
DEV_ONLY_RESOURCE_STEMS: frozenset[str] = frozenset({"readme"})
"""Notes for developers (README.md, README.txt, ...); other .md or .txt files
(message templates, say) do ship."""


def data_dir() -> Path:
    """The per-user data folder: ``~/.local/share/Regulars``,
    ``%LOCALAPPDATA%\\Regulars`` or ``~/Library/Application Support/Regulars``."""
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return data_dir() / "regulars.sqlite"


def log_dir() -> Path:
    return Path(user_log_dir(APP_NAME, appauthor=False))


def is_shipped_resource(relative: str | PurePosixPath) -> bool:
    """Whether the file at ``relative`` (a path inside ``resources/``, with
    forward slashes) belongs in a build. Everything does, so that folders
    other engineers add reach the bundle, except the dev-only ones above,
    hidden files and caches."""
    parts = PurePosixPath(relative).parts
    if not parts or parts[0] in DEV_ONLY_RESOURCE_DIRS:
        return False
    if any(p.startswith(".") or p == "__pycache__" for p in parts):
        return False
    path = PurePosixPath(relative)
    return (path.suffix.lower() not in DEV_ONLY_RESOURCE_SUFFIXES
            and path.name.split(".", 1)[0].lower() not in DEV_ONLY_RESOURCE_STEMS)


def shipped_resources(root: Path) -> list[str]:
    """Relative paths (forward slashes, sorted) of the files under ``root``
    (a ``resources/`` folder) that a build ships."""
    if not root.is_dir():
        return []
    found = (p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    return sorted(rel for rel in found if is_shipped_resource(rel))
