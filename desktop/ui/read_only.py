"""Write buttons in a read-only window: shown, but disabled with a tooltip
saying why (another Regulars window holds the database's one writer lock, see
``UiContext.read_only``), so nothing is offered that cannot work.

Threading: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

def read_only_tip() -> str:
    """The tooltip of a write button in a read-only window (translated)."""
    return QCoreApplication.translate(
        "ReadOnly", "This window is read-only: another Regulars window has this database open. "
                 "Make changes there, or close it and reopen this one.")


def set_writable(widget: QWidget, enabled: bool, read_only: bool, tip: str | None = None) -> None:
    """Enable ``widget`` when ``enabled`` and the window may write; in a
    read-only window it stays disabled with :func:`read_only_tip` as its
    tooltip (``tip``, its usual tooltip, comes back otherwise)."""
    widget.setEnabled(enabled and not read_only)
    if read_only:
        widget.setToolTip(read_only_tip())
    elif tip is not None:
        widget.setToolTip(tip)


__all__ = ["read_only_tip", "set_writable"]
