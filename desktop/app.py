"""Composition root for the desktop app: settings, database, services,
QApplication and main window are wired together in ``desktop.ui.application``;
this module is the stable entry point for anything that wants the GUI."""
from __future__ import annotations


def main(db_path: str | None = None, startup_probe: bool = False) -> int:
    """Open the GUI on ``db_path`` (the default database when None); returns the exit code.
    ``startup_probe``: print ``startup: N ms`` once the window is usable and exit."""
    from desktop.ui import run_gui

    return run_gui(db_path, startup_probe)
