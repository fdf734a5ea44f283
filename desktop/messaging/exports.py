"""Drafts leaving the app without a network: a CSV for mail-merge and SMS
tools (through ``desktop.core.exports``, so no cell runs as a formula),
``.eml`` files any mail program opens as a message ready to send, and
``mailto:`` links for the default mail client.

Threading: pure except the ``write_*`` functions, which write files.
"""
from __future__ import annotations

import re
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import Sequence
from urllib.parse import quote

from desktop.core.exports import csv_text, write_csv
from desktop.messaging.model import EMAIL, Draft

CSV_HEADER: tuple[str, ...] = ("customer_id", "name", "channel", "to", "language", "subject", "body",
                               "send_after", "campaign")
MAILTO_MAX_CHARS = 2_000
"""Longer mailto: links are cut off by some mail clients and browsers."""


def csv_rows(drafts: Sequence[Draft]) -> list[tuple]:
    return [(d.customer_id, d.name or "", d.channel, d.to, d.language, d.subject, d.body,
             d.send_after.isoformat(timespec="minutes") if d.send_after else "", d.campaign) for d in drafts]


def drafts_csv(drafts: Sequence[Draft]) -> str:
    """The drafts as CSV text (every cell neutralised)."""
    return csv_text(CSV_HEADER, csv_rows(drafts))


def write_drafts_csv(path: str | Path, drafts: Sequence[Draft]) -> Path:
    return write_csv(path, CSV_HEADER, csv_rows(drafts))


def email_message(draft: Draft, sender: str = "") -> EmailMessage:
    """The draft as an e-mail. ``X-Unsent: 1`` makes Outlook and others open
    a saved .eml as a message to send rather than one received."""
    msg = EmailMessage()
    msg["To"] = draft.to
    if sender:
        msg["From"] = sender
    msg["Subject"] = draft.subject
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain="regulars.invalid")
    msg["X-Unsent"] = "1"
    msg["Content-Language"] = draft.language
    msg.set_content(draft.body, subtype="plain", charset="utf-8")
    return msg


def _safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-")[:60] or "message"


def write_eml(folder: str | Path, drafts: Sequence[Draft], sender: str = "") -> list[Path]:
    """One .eml per e-mail draft in ``folder`` (created); SMS drafts are
    skipped (they go in the CSV). Returns the files written."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for d in drafts:
        if d.channel != EMAIL:
            continue
        path = folder / f"{_safe_name(d.campaign)}-{d.customer_id}-{_safe_name(d.name or '')}.eml"
        path.write_bytes(bytes(email_message(d, sender)))
        written.append(path)
    return written


def mailto_url(draft: Draft) -> str:
    """A ``mailto:`` URL (RFC 6068): address, subject and body percent-encoded
    as UTF-8, line breaks as CRLF."""
    body = draft.body.replace("\r\n", "\n").replace("\n", "\r\n")
    url = (f"mailto:{quote(draft.to, safe='@')}?subject={quote(draft.subject, safe='')}"
           f"&body={quote(body, safe='')}")
    return url
