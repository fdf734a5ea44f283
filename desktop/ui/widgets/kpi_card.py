"""A small card with a title, a big value and a one-line caption."""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget


class KpiCard(QFrame):
    """Shows one number. ``tone`` colours the caption: "good", "bad" or ""."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self._setup_ui(title)

    def set_value(self, value: str, caption: str = "", tone: str = "") -> None:
        self.value_label.setText(value)
        self.caption_label.setText(caption)
        self.caption_label.setProperty("tone", tone)
        self.caption_label.style().unpolish(self.caption_label)
        self.caption_label.style().polish(self.caption_label)

    def value(self) -> str:
        return self.value_label.text()

    def _setup_ui(self, title: str) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(0)
        self.title_label = QLabel(title.upper(), self)
        self.title_label.setObjectName("CardTitle")
        self.value_label = QLabel("—", self)
        self.value_label.setObjectName("CardValue")
        self.caption_label = QLabel("", self)
        self.caption_label.setObjectName("CardCaption")
        for label in (self.title_label, self.value_label, self.caption_label):
            layout.addWidget(label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
