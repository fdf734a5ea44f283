"""Locate the app's ``resources/`` folder from a source checkout or from a
PyInstaller build.

Thread-safety: pure; safe from any thread.
"""
from __future__ import annotations

from pathlib import Path

from desktop.core.resources import resources_dir

__all__ = ["resources_dir", "lexicons_dir"]


def lexicons_dir() -> Path:
    """Folder holding one ``<lang>.json`` lexicon per language."""
    return resources_dir() / "lexicons"
