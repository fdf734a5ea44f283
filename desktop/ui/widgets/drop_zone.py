"""A friendly panel that invites the owner to drop files or choose them.

It does not accept drops itself: the main window does, so a file dropped
anywhere on the window is imported. The zone only lights up while a drag
is over the window (``set_active``)."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.resources import icon

EMPTY_STATE_MAX_WIDTH, EMPTY_STATE_MAX_HEIGHT = 900, 420
"""The largest a page's empty-state drop zone grows (pixels), on a wide screen."""


class DropZone(QFrame):
    choose_clicked = Signal()

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DropZone")
        self._setup_ui(title, text)

    def set_active(self, active: bool) -> None:
        self.setProperty("active", active)
        self.style().unpolish(self)
        self.style().polish(self)

    def _setup_ui(self, title: str, text: str) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(10)
        layout.addStretch(1)
        picture = QLabel(self)
        picture.setPixmap(icon("drop").pixmap(56, 56))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("DropTitle")
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        self.text_label = QLabel(text, self)
        self.text_label.setObjectName("Muted")
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_label.setWordWrap(True)
        self.choose_button = QPushButton(icon("folder_light"), self.tr("Choose files…"), self)
        self.choose_button.setProperty("primary", True)
        self.choose_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.choose_button.clicked.connect(self.choose_clicked)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.choose_button)
        row.addStretch(1)
        for widget in (picture, self.title_label, self.text_label):
            layout.addWidget(widget)
        layout.addSpacing(6)
        layout.addLayout(row)
        layout.addStretch(1)


def empty_state(title: str, text: str, choose: Any, parent: QWidget) -> tuple[DropZone, QWidget]:
    """An empty page's drop zone and the page-sized panel that shows it: across
    the middle four fifths, a little above the centre, at most
    EMPTY_STATE_MAX_WIDTH x EMPTY_STATE_MAX_HEIGHT. ``choose`` (a signal or a
    slot) is what its Choose files... button calls. GUI thread."""
    panel = QWidget(parent)
    zone = DropZone(title, text, panel)
    zone.choose_clicked.connect(choose)
    zone.setMaximumSize(EMPTY_STATE_MAX_WIDTH, EMPTY_STATE_MAX_HEIGHT)
    outer = QVBoxLayout(panel)
    outer.setContentsMargins(0, 0, 0, 0)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(zone, 8)
    row.addStretch(1)
    outer.addStretch(1)
    outer.addLayout(row, 3)
    outer.addStretch(2)
    return zone, panel
