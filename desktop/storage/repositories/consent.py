"""The consent ledger: per customer and channel (email, sms, whatsapp), every
choice a file or the owner recorded, with its source, time and wording.

``customers.accepts_email`` / ``accepts_sms`` stay the current state (the
importers and merges keep them, by ``combine_consent``); WhatsApp has no
column and its state is the latest applied ledger event. A receipt e-mail is
never consent: only an explicit choice in a file (or by the owner) is.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Iterable, Sequence

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from desktop.core.records import CustomerRecord
from desktop.storage.repositories._base import _chunks
from desktop.storage.schema import ConsentEvent, Customer

CHANNELS = ("email", "sms", "whatsapp")
CHANNEL_FIELDS = {"email": "accepts_email", "sms": "accepts_sms", "whatsapp": "accepts_whatsapp"}
CHANNEL_COLUMNS = {"email": Customer.accepts_email, "sms": Customer.accepts_sms}
OWNER_SOURCE = "owner"


def _latest(session: Session, customer_ids: Iterable[int]) -> dict[tuple[int, str], list[tuple]]:
    """(customer, channel) -> events newest first as (granted, applied, source)."""
    out: dict[tuple[int, str], list[tuple]] = defaultdict(list)
    for chunk in _chunks(sorted(set(customer_ids))):
        for cid, channel, granted, applied, source in session.execute(
                select(ConsentEvent.customer_id, ConsentEvent.channel, ConsentEvent.granted,
                       ConsentEvent.applied, ConsentEvent.source)
                .where(ConsentEvent.customer_id.in_(list(chunk))).order_by(ConsentEvent.id.desc())):
            out[(cid, channel)].append((granted, applied, source))
    return out


def _columns(session: Session, customer_ids: Iterable[int]) -> dict[int, dict[str, bool | None]]:
    out: dict[int, dict[str, bool | None]] = {}
    for chunk in _chunks(sorted(set(customer_ids))):
        for cid, email, sms in session.execute(select(Customer.id, Customer.accepts_email, Customer.accepts_sms)
                                               .where(Customer.id.in_(list(chunk)))):
            out[cid] = {"email": email, "sms": sms}
    return out


def _whatsapp(events: list[tuple]) -> bool | None:
    return next((granted for granted, applied, _ in events if applied), None)


def ledger_from_records(session: Session, batch_id: int | None,
                        stored: Sequence[tuple[int | None, CustomerRecord]], now: datetime) -> int:
    """Record the marketing choices ``stored`` records (customer id, record)
    state, after storage applied them: one event per customer, channel and
    source whose statement is new (re-importing a file adds nothing). An event
    is ``applied`` when the customer's state now says the same; a "yes" kept
    as "no" (``combine_consent``) is recorded as not applied. Returns the
    number of events written."""
    wanted = [(cid, r) for cid, r in stored
              if cid is not None and any(getattr(r, f) is not None for f in CHANNEL_FIELDS.values())]
    if not wanted:
        return 0
    ids = {cid for cid, _ in wanted}
    history = _latest(session, ids)
    columns = _columns(session, ids)
    rows = []
    for cid, r in wanted:
        for channel, field in CHANNEL_FIELDS.items():
            value = getattr(r, field)
            if value is None:
                continue
            events = history[(cid, channel)]
            own = next((e for e in events if e[2] == r.source), None)
            if own is not None and own[0] == value:
                continue  # this source said so already
            if channel == "whatsapp":
                current = _whatsapp(events)
                applied = not (current is False and value is True)
            else:
                applied = columns.get(cid, {}).get(channel) == value
            evidence = r.consent_source or f"{r.source}: {'yes' if value else 'no'} to {channel} marketing"
            rows.append(dict(customer_id=cid, channel=channel, granted=value, applied=applied,
                             source=r.source, evidence=evidence, given_at=r.consent_at, recorded_at=now,
                             import_batch_id=batch_id))
            events.insert(0, (value, applied, r.source))
    for chunk in _chunks(rows, 2000):
        session.execute(insert(ConsentEvent), list(chunk))
    return len(rows)


def consent_states(session: Session, customer_ids: Iterable[int] | None = None) -> dict[int, dict[str, bool]]:
    """customer id -> {"email": bool, "sms": bool, "whatsapp": bool}: True only
    for an explicit yes that stands (unknown is False: no consent, no message)."""
    q = select(Customer.id, Customer.accepts_email, Customer.accepts_sms)
    ids = None if customer_ids is None else sorted(set(customer_ids))
    out: dict[int, dict[str, bool]] = {}
    for chunk in ([None] if ids is None else list(_chunks(ids))):
        stmt = q if chunk is None else q.where(Customer.id.in_(list(chunk)))
        for cid, email, sms in session.execute(stmt):
            out[cid] = {"email": email is True, "sms": sms is True, "whatsapp": False}
    wa = select(ConsentEvent.customer_id, ConsentEvent.granted).where(
        ConsentEvent.channel == "whatsapp", ConsentEvent.applied.is_(True)).order_by(ConsentEvent.id)
    for chunk in ([None] if ids is None else list(_chunks(ids))):
        stmt = wa if chunk is None else wa.where(ConsentEvent.customer_id.in_(list(chunk)))
        for cid, granted in session.execute(stmt):
            if cid in out:
                out[cid]["whatsapp"] = bool(granted)
    return out


def consent_choices(session: Session, customer_ids: Iterable[int] | None = None
                    ) -> dict[int, dict[str, bool | None]]:
    """customer id -> {"email", "sms", "whatsapp": True (a standing yes), False
    (a standing no) or None (never asked)}: the ledger's current state, for
    rules that must tell "said no" from "was never asked" (a no stays no)."""
    ids = None if customer_ids is None else sorted(set(customer_ids))
    out: dict[int, dict[str, bool | None]] = {}
    q = select(Customer.id, Customer.accepts_email, Customer.accepts_sms)
    wa = select(ConsentEvent.customer_id, ConsentEvent.granted).where(
        ConsentEvent.channel == "whatsapp", ConsentEvent.applied.is_(True)).order_by(ConsentEvent.id)
    for chunk in ([None] if ids is None else list(_chunks(ids))):
        stmt = q if chunk is None else q.where(Customer.id.in_(list(chunk)))
        for cid, email, sms in session.execute(stmt):
            out[cid] = {"email": email, "sms": sms, "whatsapp": None}
    for chunk in ([None] if ids is None else list(_chunks(ids))):
        stmt = wa if chunk is None else wa.where(ConsentEvent.customer_id.in_(list(chunk)))
        for cid, granted in session.execute(stmt):
            if cid in out:
                out[cid]["whatsapp"] = bool(granted)
    return out


def consent_history(session: Session, customer_id: int) -> list[dict]:
    """Every recorded choice of one customer, oldest first, as plain dicts."""
    rows = session.execute(select(ConsentEvent).where(ConsentEvent.customer_id == customer_id)
                           .order_by(ConsentEvent.id)).scalars()
    return [dict(id=e.id, channel=e.channel, granted=e.granted, applied=e.applied, source=e.source,
                 evidence=e.evidence, given_at=e.given_at, recorded_at=e.recorded_at) for e in rows]


def set_consent(session: Session, customer_id: int, channel: str, granted: bool, evidence: str,
                now: datetime | None = None) -> None:
    """The owner records a choice by hand (the only way a "no" becomes "yes"):
    the wording or evidence is required and kept."""
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r}")
    if not (evidence or "").strip():
        raise ValueError("say how the customer gave or withdrew consent")
    if session.get(Customer, customer_id) is None:
        raise ValueError(f"no customer {customer_id}")
    now = now or datetime.now()
    session.execute(insert(ConsentEvent).values(
        customer_id=customer_id, channel=channel, granted=granted, applied=True, source=OWNER_SOURCE,
        evidence=evidence.strip(), given_at=now, recorded_at=now, import_batch_id=None))
    if channel in CHANNEL_COLUMNS:
        session.execute(update(Customer).where(Customer.id == customer_id)
                        .values({CHANNEL_COLUMNS[channel].key: granted}))


__all__ = ["CHANNELS", "ledger_from_records", "consent_states", "consent_choices", "consent_history", "set_consent"]
