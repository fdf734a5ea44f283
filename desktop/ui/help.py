"""Help > Guide (F1): a short, translated guide. What each page is for,
where the data lives, that nothing leaves the laptop, and the keyboard
shortcuts (listed from the window's own actions, so the list is always
true). The database path is escaped: it is data, never markup.

GUI thread only."""
from __future__ import annotations

import html

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.ui.menus import Shortcut


class GuideDialog(QDialog):
    """Modeless; ``browser`` holds the text (tests read it)."""

    def __init__(self, db_path: str, shortcuts: list[Shortcut], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Regulars guide"))
        self.resize(720, 620)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 12)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)  # no link leaves the laptop
        self.browser.setHtml(self.guide_html(db_path, shortcuts))
        self.browser.setAccessibleName(self.tr("Regulars guide"))
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def guide_html(self, db_path: str, shortcuts: list[Shortcut]) -> str:
        pages = (
            (self.tr("Overview"), self.tr("Your week at a glance: the rating and how it moved, new reviews, who "
                                          "is waiting for a reply, rating drops, suspicious reviews, regulars "
                                          "at risk, birthdays and your last campaign. Open a card to see more.")),
            (self.tr("Reviews"), self.tr("Every review you imported, with filters by platform, stars, language "
                                         "and words, and the rating over time.")),
            (self.tr("Insights"), self.tr("Why the rating changed: each drop with its causes in plain words, "
                                          "the reviews behind them, and bursts of suspicious reviews.")),
            (self.tr("Customers"), self.tr("Your customers from every till and mailing list: tiers, who is a "
                                           "regular, who is at risk or lapsed, birthdays and what they usually "
                                           "order.")),
            (self.tr("Messages"), self.tr("Personal notes to customers who agreed to hear from you, what they "
                                          "did afterwards, and the reviews waiting for a reply, most urgent "
                                          "first.")),
            (self.tr("Import"), self.tr("Bring in review, customer and order exports, see every import and "
                                        "undo one.")),
        )
        parts = [f"<h2>{html.escape(self.tr('What each page is for'))}</h2><dl>"]
        for name, text in pages:
            parts.append(f"<dt><b>{html.escape(name)}</b></dt><dd>{html.escape(text)}</dd>")
        parts.append("</dl>")
        parts.append(f"<h2>{html.escape(self.tr('Where your data lives'))}</h2>")
        parts.append(f"<p>{html.escape(self.tr('Everything is in this one file on this computer:'))}<br>"
                     f"<code>{html.escape(db_path)}</code></p>")
        offline = self.tr("Regulars never connects to the internet: files are read here and nothing is uploaded. "
                          "A backup is made every day you open it and before every import (File > Backups).")
        parts.append(f"<p>{html.escape(offline)}</p>")
        parts.append(f"<h2>{html.escape(self.tr('Keyboard shortcuts'))}</h2><table cellpadding='3'>")
        for s in shortcuts:
            parts.append(f"<tr><td><b>{html.escape(s.keys)}</b></td><td>{html.escape(s.what)}</td></tr>")
        extra = ((self.tr("Tab, Shift+Tab"), self.tr("Move between the cards, lists and buttons")),
                 (self.tr("Enter, Space"), self.tr("Open the card or press the button that has the focus")))
        for keys, what in extra:
            parts.append(f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(what)}</td></tr>")
        parts.append("</table>")
        return "".join(parts)
