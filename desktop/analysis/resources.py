"""Locate the app's ``resources/`` folder from a source checkout or from a
PyInstaller build.

Thread-safety: pure; safe from any thread.
"""
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


def lexicons_dir() -> Path:
    """Folder holding one ``<lang>.json`` lexicon per language."""
    return resources_dir() / "lexicons"
