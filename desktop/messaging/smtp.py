"""Sending e-mail drafts through the owner's own mail server (SMTP): an
option they configure, never a default. The password is passed in for one
sending session and never stored by this module.

Threading: blocking network I/O; call from a worker thread. Checks
``cancel`` between messages.
"""
from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from typing import Callable, Sequence

from desktop.core.errors import UserError
from desktop.core.progress import CancelToken, ProgressFn, check_cancel, no_progress
from desktop.messaging.exports import email_message
from desktop.messaging.model import EMAIL, Draft

SECURITY = ("starttls", "ssl", "none")
"""How the connection is protected: STARTTLS (port 587), TLS from the start (465), or none
(only for a server on this computer)."""
TIMEOUT_SECONDS = 20


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int = 587
    security: str = "starttls"
    user: str = ""
    sender: str = ""

    def check(self) -> None:
        if not self.host.strip():
            raise UserError("Enter your mail server (for example smtp.example.com) in the sending settings.")
        if self.security not in SECURITY:
            raise UserError(f"Unknown connection security {self.security!r}: use {', '.join(SECURITY)}.")
        if not (0 < int(self.port) < 65536):
            raise UserError(f"{self.port} is not a port number.")
        if "@" not in self.sender:
            raise UserError("Enter the address your messages come from (for example hello@yourcafe.com).")


@dataclass(frozen=True)
class SendResult:
    customer_id: int
    ok: bool
    error: str = ""


def _connect(settings: SmtpSettings) -> smtplib.SMTP:
    context = ssl.create_default_context()
    try:
        if settings.security == "ssl":
            server: smtplib.SMTP = smtplib.SMTP_SSL(settings.host, settings.port, timeout=TIMEOUT_SECONDS,
                                                    context=context)
        else:
            server = smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT_SECONDS)
            if settings.security == "starttls":
                server.starttls(context=context)
    except (OSError, smtplib.SMTPException) as exc:
        raise UserError(f"Could not connect to {settings.host}:{settings.port}: {exc}") from None
    return server


def send_drafts(settings: SmtpSettings, password: str, drafts: Sequence[Draft],
                progress: ProgressFn = no_progress, cancel: CancelToken | None = None,
                on_sent: Callable[[Draft], None] | None = None) -> list[SendResult]:
    """Send the e-mail drafts one by one; ``on_sent`` is called after each
    message the server accepted (the caller logs it there, so a failure half
    way keeps the log true). A refused recipient is reported, not raised."""
    settings.check()
    emails = [d for d in drafts if d.channel == EMAIL]
    results: list[SendResult] = []
    server = _connect(settings)
    try:
        if settings.user:
            try:
                server.login(settings.user, password)
            except smtplib.SMTPException as exc:
                raise UserError(f"The mail server refused the user name or password: {exc}") from None
        for n, draft in enumerate(emails, 1):
            check_cancel(cancel)
            try:
                message = email_message(draft, settings.sender)
                del message["X-Unsent"]  # that header marks a saved draft; this one is being sent
                server.send_message(message, from_addr=settings.sender, to_addrs=[draft.to])
            except smtplib.SMTPRecipientsRefused as exc:
                results.append(SendResult(draft.customer_id, False, f"refused: {exc.recipients}"))
            except smtplib.SMTPException as exc:
                results.append(SendResult(draft.customer_id, False, str(exc)))
            else:
                results.append(SendResult(draft.customer_id, True))
                if on_sent is not None:
                    on_sent(draft)
            progress(n / max(len(emails), 1), f"Sent {n} of {len(emails)}")
    finally:
        try:
            server.quit()
        except (OSError, smtplib.SMTPException):
            server.close()
    return results
