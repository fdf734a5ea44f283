"""Helpers shared by the frozen tests: where the bundle is and how to run it
with the settings, data and log folders of a throw-away home."""
from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT_S = 1800


def pyinstaller_available() -> bool:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass(frozen=True)
class Bundle:
    """A built one-folder app: ``dist/Regulars`` and the commands in it."""

    dist: Path

    @property
    def folder(self) -> Path:
        return self.dist / "Regulars"

    @property
    def app(self) -> Path:
        return self.folder / ("Regulars.exe" if os.name == "nt" else "Regulars")

    @property
    def cli(self) -> Path:
        return self.folder / ("regulars-cli.exe" if os.name == "nt" else "regulars-cli")

    def run(self, *args: str, home: Path, stdin: str | None = None, exe: Path | None = None,
            timeout: int = 300) -> subprocess.CompletedProcess:
        """Run a command of the bundle with its settings, data and logs inside ``home``."""
        return subprocess.run([str(exe or self.cli), *args], input=stdin, env=isolated_env(home),
                              capture_output=True, text=True, encoding="utf-8", timeout=timeout)


def isolated_env(home: Path) -> dict[str, str]:
    """The offscreen platform and per-user folders inside ``home``; no PYTHON* variables
    (the frozen app must not see the source tree's Python settings)."""
    home.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"),
               XDG_CACHE_HOME=str(home / "cache"), PYTHONIOENCODING="utf-8")
    return env
