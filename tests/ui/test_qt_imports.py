"""The faster PySide6 import hook gives PySide6's own answer, and is in place
when the window's heavy imports run."""
from __future__ import annotations

import importlib
import json
import subprocess
import sys
import types
from pathlib import Path

import PySide6.QtCore  # noqa: F401 - loads shibokensupport.feature

from desktop.ui import qt_imports

ROOT = Path(__file__).resolve().parents[2]


def test_the_answer_is_pysides_own_for_source_compiled_and_builtin_modules(tmp_path):
    feature = sys.modules[qt_imports.FEATURE_MODULE]
    (tmp_path / "uses_qt.py").write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    (tmp_path / "plain.py").write_text("import json\n", encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        modules = [importlib.import_module("uses_qt"), importlib.import_module("plain"), sys, json,
                   importlib.import_module("desktop.ui.application"), importlib.import_module("desktop.core.errors")]
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("uses_qt", None)
        sys.modules.pop("plain", None)
    answers = [qt_imports.uses_pyside(m) for m in modules]
    assert answers == [True, False, False, False, True, False]
    upstream = getattr(feature, "_mod_uses_pyside")
    if upstream is not qt_imports.uses_pyside:  # PySide6's own, where not yet replaced
        assert [bool(upstream(m)) for m in modules] == answers
    gone = types.ModuleType("gone")
    gone.__file__ = str(tmp_path / "deleted.py")
    assert qt_imports.uses_pyside(gone) is False


def test_installed_before_the_app_modules_when_the_window_starts():
    """In a fresh process started the way the window starts, importing the
    services (pandas, SQLAlchemy: hundreds of modules) after the swap never
    reads a module's source through ``inspect``; before it, every import did."""
    code = ("import inspect, sys\n"
            "import PySide6.QtCore\n"
            "from desktop.ui import qt_imports\n"
            "calls = []\n"
            "real = inspect.getsource\n"
            "inspect.getsource = lambda obj: (calls.append(obj), real(obj))[1]\n"
            "import email.mime.text\n"
            "before = len(calls)\n"
            "assert qt_imports.install_fast_feature_check()\n"
            "import desktop.services\n"
            "f = sys.modules[qt_imports.FEATURE_MODULE]\n"
            "print(before, len(calls) - before, f.pyside_feature_dict['desktop.services'],"
            " f.pyside_feature_dict['pandas'])\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    before, after, services, pandas = out.stdout.split()
    assert int(before) > 0 and int(after) == 0
    assert (services, pandas) == ("0", "-1")  # PySide6's rule: the source mentions PySide6 or not
    source = (ROOT / "desktop/ui/application.py").read_text(encoding="utf-8")
    assert source.index("install_fast_feature_check()") < source.index("from desktop.services import Services")
