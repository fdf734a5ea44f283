"""Small builders for messaging tests."""
from __future__ import annotations

from datetime import datetime, timedelta

from desktop.messaging.model import EMAIL, SMS, Recipient

NOW = datetime(2026, 11, 20, 10, 0)


def person(cid: int = 1, **kw) -> Recipient:
    """A lapsed regular who agreed to e-mail, unless told otherwise."""
    base = dict(customer_id=cid, name=f"Maria Rossi{cid}", first_name="Maria", email=f"m{cid}@example.com",
                phone=f"+3912345{cid:04d}", language="en", segment="lapsed", visits=30,
                first_visit=NOW - timedelta(days=300), last_visit=NOW - timedelta(days=60),
                consent={EMAIL: True, SMS: None})
    base.update(kw)
    return Recipient(**base)
