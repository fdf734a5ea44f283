"""The frozen build: PyInstaller builds the one-folder app from build.spec and
its own self-test passes (analysis identical to the source tree, database
created, migrated and imported into). Slow (a few minutes): it is the only
check that a build did not silently lose a data file."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(shutil.which("pyinstaller") is None and not (
    Path(sys.executable).parent / "pyinstaller").exists(), reason="PyInstaller is not installed")


def test_frozen_build_self_test_passes(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "work"),
         str(ROOT / "build.spec")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=1200)
    assert build.returncode == 0, build.stderr[-4000:]
    exe = tmp_path / "dist" / "Regulars" / ("regulars-cli.exe" if os.name == "nt" else "regulars-cli")
    out = subprocess.run([str(exe), "self-test"], env=env, capture_output=True, text=True,
                         timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "all checks passed" in out.stdout
    assert "analysis matches the source tree" in out.stdout
