"""The draft pane of the Messages page's Campaigns tab: who the message goes
to (or why they are left out), the subject and body the owner edits, and
Copy / Open in my mail program.

The pane keeps the owner's edits per customer (``edits``) and gives back the
draft as edited (``edited_current``); the tab does the logging, which is a
write. Everything wraps to the pane's width, so nothing scrolls sideways on
a 1366-pixel laptop screen, in any language: the header breaks long
addresses, the body wraps at word boundaries (anywhere for a word longer than
the pane). GUI thread only. Its strings keep the tab's translation context
("CampaignsTab"), where they were translated before the pane had a module.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from desktop.messaging.model import EMAIL, Draft
from desktop.ui.message_words import reason_text, word
from desktop.ui.read_only import set_writable

ZERO_WIDTH_SPACE = "\u200b"
"""Put after "@" and "." of an address in the header, so a long address may break there."""


def breakable(address: str) -> str:
    """``address`` with break opportunities after "@" and "." (shown the same)."""
    return address.replace("@", "@" + ZERO_WIDTH_SPACE).replace(".", "." + ZERO_WIDTH_SPACE)


class DraftPane(QWidget):
    """One recipient's message. ``copy_requested`` / ``mail_requested`` carry
    the edited draft; the tab logs it."""

    copy_requested = Signal(object)  # Draft
    mail_requested = Signal(object)  # Draft

    def __init__(self, read_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._read_only = read_only
        self.edits: dict[int, tuple[str, str]] = {}
        self.current: Draft | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)  # names and addresses are data, never markup
        self.subject_edit = QLineEdit(self)
        self.subject_edit.setPlaceholderText(QCoreApplication.translate("CampaignsTab", "Subject"))
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.body_edit.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.body_edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.subject_edit.textEdited.connect(self._on_edited)
        self.body_edit.textChanged.connect(self._on_edited)
        self.copy_button = QPushButton(QCoreApplication.translate("CampaignsTab", "Copy"), self)
        self.copy_button.clicked.connect(self._on_copy)
        self.mail_button = QPushButton(QCoreApplication.translate("CampaignsTab", "Open in my mail program"), self)
        self.mail_button.clicked.connect(self._on_mail)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.mail_button)
        row.addStretch(1)
        layout.addWidget(self.header)
        layout.addWidget(self.subject_edit)
        layout.addWidget(self.body_edit, 1)
        layout.addLayout(row)
        self.show_row(None)

    def reset(self) -> None:
        """A new plan: the owner's edits of the last one are gone."""
        self.edits = {}

    def show_row(self, row: dict | None) -> None:
        """Show a recipient row of the table (``draft`` None: left out, with the reasons)."""
        draft = row.get("draft") if row else None
        self.current = None
        for widget in (self.subject_edit, self.body_edit):
            widget.setEnabled(draft is not None)
        set_writable(self.copy_button, draft is not None, self._read_only)  # copying logs: a write
        set_writable(self.mail_button, draft is not None, self._read_only)
        if row is None or draft is None:
            if row is None:
                self.header.setText(QCoreApplication.translate("CampaignsTab", "Select a customer to see their message."))
            else:
                self.header.setText(QCoreApplication.translate("CampaignsTab", "%1 is left out: %2")
                                    .replace("%1", row.get("name") or "—")
                                    .replace("%2", "; ".join(reason_text(r) for r in row["reasons"])))
            self.subject_edit.clear()
            self.body_edit.clear()
            return
        subject, body = self.edits.get(draft.customer_id, (draft.subject, draft.body))
        self.header.setText(QCoreApplication.translate("CampaignsTab", "To %1 <%2> by %3, in %4.")
                            .replace("%1", draft.name or "—").replace("%2", breakable(draft.to))
                            .replace("%3", word(draft.channel)).replace("%4", draft.language.upper()))
        self.subject_edit.setVisible(draft.channel == EMAIL)
        set_writable(self.mail_button, draft.channel == EMAIL, self._read_only)
        self.subject_edit.setText(subject)
        self.body_edit.setPlainText(body)
        self.current = draft

    def edited_current(self) -> Draft | None:
        """The shown draft with the owner's edits (None when none is shown)."""
        if self.current is None:
            return None
        subject, body = self.edits.get(self.current.customer_id, (self.current.subject, self.current.body))
        return replace(self.current, subject=subject, body=body)

    def _on_edited(self, *_: Any) -> None:
        if self.current is not None:
            self.edits[self.current.customer_id] = (self.subject_edit.text(), self.body_edit.toPlainText())

    def _on_copy(self) -> None:
        draft = self.edited_current()
        if draft is not None:
            self.copy_requested.emit(draft)

    def _on_mail(self) -> None:
        draft = self.edited_current()
        if draft is not None and draft.channel == EMAIL:
            self.mail_requested.emit(draft)
