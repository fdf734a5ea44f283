"""Where the app's ``resources/`` folder is, from a source checkout or from a
PyInstaller build: the one definition every layer uses. Stdlib only; pure."""
from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The ``resources`` folder: ``sys._MEIPASS/resources`` when frozen by
    PyInstaller, else ``<repo root>/resources``. Never creates anything."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
