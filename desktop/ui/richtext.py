"""User text in places where Qt would read markup: tooltips and labels guess
"rich text" from the text itself (``Qt::mightBeRichText``), so a review that
says ``<img src=...>`` would load an image and ``<a href>`` would be a link.
Everything shown from a file or the database goes through here (or a label
set to plain text): it is data, never markup."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.core.exports import html_text


def tooltip_text(value: Any) -> str | None:
    """A tooltip that shows ``value`` literally (wrapped, line breaks kept);
    None for nothing to show."""
    if value is None:
        return None
    text = str(value)
    if not text:
        return None
    return f"<p style='white-space:pre-wrap'>{html_text(text)}</p>"


def plain_label(label: QLabel) -> QLabel:
    """Make ``label`` show its text as typed, never as markup."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
