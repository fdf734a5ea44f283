"""Pages that are not built yet. They say honestly what will come, with no fake data."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.ui.resources import icon

translate = QCoreApplication.translate
CARD_MAX_WIDTH = 720


class PlaceholderPage(QWidget):
    """A title and one or two sentences about what this page will do."""

    def __init__(self, title: str, icon_name: str, promise: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup_ui(title, icon_name, promise)

    def _setup_ui(self, title: str, icon_name: str, promise: str) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 24)
        layout.setSpacing(14)
        heading = QLabel(title, self)
        heading.setObjectName("PageTitle")
        layout.addWidget(heading)
        card = QFrame(self)
        card.setObjectName("Placeholder")
        card.setMaximumWidth(CARD_MAX_WIDTH)
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(40, 36, 40, 40)
        card_layout.setSpacing(12)
        picture = QLabel(card)
        picture.setPixmap(icon(icon_name).pixmap(48, 48))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        soon = QLabel(self.tr("Coming soon"), card)
        soon.setObjectName("DropTitle")
        soon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.promise_label = QLabel(promise, card)
        self.promise_label.setObjectName("Muted")
        self.promise_label.setWordWrap(True)
        self.promise_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (picture, soon, self.promise_label):
            card_layout.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 4)
        row.addStretch(1)
        layout.addSpacing(40)
        layout.addLayout(row)
        layout.addStretch(1)

def overview_page(parent: QWidget | None = None) -> PlaceholderPage:
    return PlaceholderPage(
        translate("PlaceholderPage", "Overview"), "overview",
        translate("PlaceholderPage", "A one-page summary of your week: how ratings are moving, what guests praise and complain "
           "about most, and which regulars you have not seen for a while."), parent)


def customers_page(parent: QWidget | None = None) -> PlaceholderPage:
    return PlaceholderPage(
        translate("PlaceholderPage", "Customers"), "customers",
        translate("PlaceholderPage", "Your regulars from your till and loyalty exports: who visits often, who has lapsed, "
           "and what they like to order."), parent)


def messages_page(parent: QWidget | None = None) -> PlaceholderPage:
    return PlaceholderPage(
        translate("PlaceholderPage", "Messages"), "messages",
        translate("PlaceholderPage", "Draft thank-you notes and win-back messages for the guests who agreed to hear from you, "
           "ready to send from your own email or SMS tool."), parent)
