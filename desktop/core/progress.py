"""The progress protocol shared by services and workers. No Qt here: the UI
adapts these to signals."""
from __future__ import annotations

import threading
from typing import Callable, Protocol

from desktop.core.errors import Cancelled

ProgressFn = Callable[[float, str], None]
"""``progress(fraction, message)``: fraction in [0, 1]; may be called from any thread."""


def no_progress(fraction: float, message: str) -> None:  # noqa: ARG001
    """A progress callback that ignores everything."""


class CancelToken(Protocol):
    @property
    def cancelled(self) -> bool: ...


class CancelFlag:
    """A thread-safe cancel token: the GUI thread sets it, the worker polls it."""

    def __init__(self) -> None:
        self._event = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def cancel(self) -> None:
        self._event.set()


NEVER_CANCELLED = CancelFlag()


def check_cancel(token: CancelToken | None) -> None:
    """Raise ``Cancelled`` if the token says so; call at safe points in loops."""
    if token is not None and token.cancelled:
        raise Cancelled()
