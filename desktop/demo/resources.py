"""Where the demo phrase banks live, from source and from a frozen build."""
from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path

LANGUAGES: tuple[str, ...] = ("en", "it", "pt", "sv", "ru", "es", "fr", "de")

try:
    # One definition of where resources/ lives, shared with the analysis layer
    # (a tiny stdlib-only module; the only non-core import the demo package makes).
    from desktop.analysis.resources import resources_dir
except ImportError:  # pragma: no cover - only if the analysis layer is missing
    def resources_dir() -> Path:
        """``sys._MEIPASS/resources`` in a PyInstaller build, else
        ``<repo root>/resources``."""
        if getattr(sys, "frozen", False) and getattr(sys, "_MEIPASS", None):
            return Path(getattr(sys, "_MEIPASS")) / "resources"
        return Path(__file__).resolve().parents[2] / "resources"


@lru_cache(maxsize=None)
def load_bank(lang: str) -> dict:
    """The phrase bank for ``lang`` (resources/demo/<lang>.json). Cached and
    shared: callers must not mutate it."""
    path = resources_dir() / "demo" / f"{lang}.json"
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)
