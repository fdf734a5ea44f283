"""What every page gets: the services, the operation runner and the one
application-level signal that says what changed."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.core.records import Changed
from desktop.ui.operation import OperationRunner

if TYPE_CHECKING:
    from desktop.services import Services


class AppSignals(QObject):
    """Broadcasts after every mutating service call; pages decide whether to refresh."""

    data_changed = Signal(object)  # desktop.core.records.Changed
    import_requested = Signal(list)  # list[str] of local file paths
    choose_files_requested = Signal()

    def broadcast(self, changed: Changed) -> None:
        self.data_changed.emit(changed)


@dataclass
class UiContext:
    services: "Services"
    runner: OperationRunner
    signals: AppSignals

    @property
    def read_only(self) -> bool:
        """True when another Regulars window writes to this database: pages
        offer nothing that would change it."""
        return bool(getattr(self.services, "read_only", False))
