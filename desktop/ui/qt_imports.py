"""A faster PySide6 import hook, so importing the app's modules after Qt costs
what importing them costs.

PySide6 (6.4 and later) hooks every import made after it is loaded: to decide
whether a module may use ``from __feature__ import ...``, its
``shibokensupport.feature._mod_uses_pyside`` reads the module's source with
``inspect.getsource`` and looks for the word "PySide6". ``inspect`` tokenises
the file through ``linecache`` and, when there is no source (a frozen build),
looks the module up by scanning every loaded module first. Over the 900-odd
modules the window imports (pandas, SQLAlchemy, the pages) that is about a
tenth of a second of CPU at every start, for an answer this app never uses
(it uses no ``__feature__``).

:func:`install_fast_feature_check` swaps in a check with the same answer:
the module's own ``.py`` file, read as bytes, contains ``PySide6`` (a module
without a ``.py`` file, such as everything in a frozen build, gets False, as
PySide6's own check gives it when ``inspect`` finds no source). Main thread,
once, after PySide6 is imported and before the app's heavy imports.
"""
from __future__ import annotations

import sys
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"
"""Where PySide6 keeps its import-time check (loaded with PySide6.QtCore)."""


def uses_pyside(module: ModuleType) -> bool:
    """True when ``module``'s ``.py`` source file mentions PySide6 (PySide6's
    own rule); False for built-in, compiled and source-less modules."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def install_fast_feature_check() -> bool:
    """Replace PySide6's per-import source check with :func:`uses_pyside`.
    Returns False (and changes nothing) when this PySide6 has no such check."""
    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
