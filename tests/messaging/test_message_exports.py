"""Leaving the app offline: .eml files, a mail-merge CSV with no formula cells, mailto links."""
from __future__ import annotations

import csv
import email
from email import policy
from urllib.parse import unquote, urlsplit

from desktop.messaging.exports import CSV_HEADER, drafts_csv, mailto_url, write_drafts_csv, write_eml
from desktop.messaging.model import Draft

DRAFT = Draft(customer_id=4, name="Zoë O'Brien", channel="email", to="zoe@example.com", language="fr",
              subject="Vous nous manquez ☕", body="Bonjour Zoë,\n\nÀ bientôt & merci !\n=1+2", campaign="winback")


def test_eml_opens_as_an_unsent_utf8_message(tmp_path) -> None:
    [path] = write_eml(tmp_path, [DRAFT, Draft(5, "Bo", "sms", "+351900", "pt", "", "Olá", "winback")],
                       sender="hello@cafe.example")
    msg = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    assert msg["To"] == "zoe@example.com" and msg["From"] == "hello@cafe.example"
    assert msg["Subject"] == "Vous nous manquez ☕" and msg["X-Unsent"] == "1"
    assert msg.get_content().strip() == DRAFT.body
    assert path.name.startswith("winback-4-")


def test_csv_for_mail_merge_neutralises_formulas(tmp_path) -> None:
    path = write_drafts_csv(tmp_path / "out.csv", [DRAFT, Draft(6, "=HYPERLINK(\"x\")", "sms", "+351", "pt", "", "@SUM(1)", "winback")])
    rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    assert tuple(rows[0]) == CSV_HEADER
    assert rows[2][1].startswith("'=") and rows[2][6].startswith("'@")
    assert "Zoë" in drafts_csv([DRAFT])


def test_mailto_is_percent_encoded_with_crlf() -> None:
    url = mailto_url(DRAFT)
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and parts.path == "zoe@example.com"
    assert " " not in url and "\n" not in url and "%0D%0A" in url and "%26" in url
    query = dict(p.split("=", 1) for p in parts.query.split("&"))
    assert unquote(query["subject"]) == DRAFT.subject
    assert unquote(query["body"]) == DRAFT.body.replace("\n", "\r\n")
