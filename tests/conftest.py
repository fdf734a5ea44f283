"""Shared test configuration. Qt: headless everywhere (one QApplication per session via pytest-qt)."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
