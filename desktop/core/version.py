"""The app's version, from one place: ``pyproject.toml``.

From the source tree the version is read from ``pyproject.toml`` itself (so
a bumped version needs no reinstall); the frozen build carries
``build_info.json``, which ``build.spec`` writes from the same file.

Stdlib only; cached after the first call; safe from any thread.
"""
from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path

APP_NAME = "Regulars"
BUILD_INFO_NAME = "build_info.json"
"""Written into the bundle's root by build.spec: ``{"name", "version", "commit"}``."""
UNKNOWN = "unknown"
_SOURCE_ROOT = Path(__file__).resolve().parents[2]


def bundle_root() -> Path | None:
    """The frozen build's data folder (PyInstaller's ``sys._MEIPASS``), or None from source."""
    root = getattr(sys, "_MEIPASS", None)
    return Path(root) if getattr(sys, "frozen", False) and root else None


@lru_cache(maxsize=1)
def build_info() -> dict[str, str]:
    """What the frozen build recorded about itself; empty from the source tree
    (or when the file is missing or unreadable)."""
    root = bundle_root()
    if root is None:
        return {}
    try:
        data = json.loads((root / BUILD_INFO_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def source_version(pyproject: Path = _SOURCE_ROOT / "pyproject.toml") -> str | None:
    """``[project] version`` of a ``pyproject.toml``, or None when unreadable."""
    try:
        import tomllib

        with open(pyproject, "rb") as f:
            version = tomllib.load(f)["project"]["version"]
    except (OSError, ValueError, KeyError, TypeError, ImportError):
        return None
    return str(version)


@lru_cache(maxsize=1)
def app_version() -> str:
    """``"0.1.0"``: the bundle's recorded version, else the source tree's
    ``pyproject.toml``, else the installed package's metadata, else ``"unknown"``."""
    if bundle_root() is not None:
        return build_info().get("version") or UNKNOWN
    version = source_version()
    if version:
        return version
    try:
        from importlib.metadata import PackageNotFoundError, version as dist_version

        return dist_version("regulars")
    except (ImportError, PackageNotFoundError):
        return UNKNOWN
