"""ui layer; see ../shared ARCHITECTURE.md for what it may import.

The only place PySide6 appears. ``run_gui(db_path)`` opens the app."""
from __future__ import annotations


def run_gui(db_path: str | None, startup_probe: bool = False) -> int:
    """Create the QApplication if needed, open the database through the
    services, show the main window and run the event loop (``startup_probe``:
    print the start-up time once the window is usable, then quit)."""
    from desktop.ui.application import run_gui as _run_gui

    return _run_gui(db_path, startup_probe)


__all__ = ["run_gui"]
