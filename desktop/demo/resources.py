"""Where the demo phrase banks live, from source and from a frozen build."""
from __future__ import annotations

import json
from functools import lru_cache

from desktop.core.resources import resources_dir

LANGUAGES: tuple[str, ...] = ("en", "it", "pt", "sv", "ru", "es", "fr", "de")


@lru_cache(maxsize=None)
def load_bank(lang: str) -> dict:
    """The phrase bank for ``lang`` (resources/demo/<lang>.json). Cached and
    shared: callers must not mutate it."""
    path = resources_dir() / "demo" / f"{lang}.json"
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)
