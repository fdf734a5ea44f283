"""A customer's structured profile, their diets and allergies (kept in a
table of their own: health data), and the suggestions waiting for the owner.

Suggestions are never applied by themselves: :func:`decide_suggestion` is
the only way one becomes a fact, and a dismissed one is never suggested again.
"""
from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime
from typing import Iterable, Sequence

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from desktop.storage.repositories._base import _chunks
from desktop.storage.schema import (
    Customer,
    CustomerHealth,
    CustomerProfile,
    CustomerSuggestion,
    PreferenceNote,
)

PROFILE_COLUMNS = ("usual_order", "seating", "language", "preferred_channel", "best_time", "notes")
HEALTH_KINDS = ("diet", "allergy")
SUGGESTED, ACCEPTED, DISMISSED = "suggested", "accepted", "dismissed"
ENTERED_BY_STAFF, ENTERED_BY_OWNER, ENTERED_BY_ACCEPTING = "staff-note", "owner", "accepted"


# -- profiles -------------------------------------------------------------------

def profiles(session: Session, customer_ids: Iterable[int] | None = None) -> dict[int, dict]:
    """customer id -> {field: value} for those with a profile."""
    q = select(CustomerProfile)
    out: dict[int, dict] = {}
    ids = None if customer_ids is None else sorted(set(customer_ids))
    for chunk in ([None] if ids is None else list(_chunks(ids))):
        stmt = q if chunk is None else q.where(CustomerProfile.customer_id.in_(list(chunk)))
        for p in session.scalars(stmt):
            out[p.customer_id] = {c: getattr(p, c) for c in PROFILE_COLUMNS}
    return out


def save_profile(session: Session, customer_id: int, fields: dict, only_empty: bool = False) -> dict:
    """Set profile fields (None or "" clears one); with ``only_empty`` a field
    already set is left alone. Returns the fields that changed."""
    unknown = set(fields) - set(PROFILE_COLUMNS)
    if unknown:
        raise ValueError(f"unknown profile field(s): {', '.join(sorted(unknown))}")
    row = session.get(CustomerProfile, customer_id)
    if row is None:
        if session.get(Customer, customer_id) is None:
            raise ValueError(f"no customer {customer_id}")
        row = CustomerProfile(customer_id=customer_id, updated_at=datetime.now())
        session.add(row)
    changed = {}
    for name, value in fields.items():
        value = (value.strip() if isinstance(value, str) else value) or None
        if only_empty and getattr(row, name):
            continue
        if getattr(row, name) != value:
            setattr(row, name, value)
            changed[name] = value
    if changed:
        row.updated_at = datetime.now()
    session.flush()
    return changed


# -- diets and allergies (health data) -------------------------------------------

def health(session: Session, customer_ids: Iterable[int] | None = None) -> dict[int, dict[str, set[str]]]:
    """customer id -> {"diet": {...}, "allergy": {...}} (only customers with any)."""
    out: dict[int, dict[str, set[str]]] = defaultdict(lambda: {"diet": set(), "allergy": set()})
    q = select(CustomerHealth.customer_id, CustomerHealth.kind, CustomerHealth.code)
    ids = None if customer_ids is None else sorted(set(customer_ids))
    for chunk in ([None] if ids is None else list(_chunks(ids))):
        stmt = q if chunk is None else q.where(CustomerHealth.customer_id.in_(list(chunk)))
        for cid, kind, code in session.execute(stmt):
            out[cid][kind].add(code)
    return dict(out)


def health_rows(session: Session, customer_id: int) -> list[dict]:
    rows = session.scalars(select(CustomerHealth).where(CustomerHealth.customer_id == customer_id)
                           .order_by(CustomerHealth.kind, CustomerHealth.code))
    return [dict(kind=h.kind, code=h.code, note=h.note, entered_by=h.entered_by, created_at=h.created_at)
            for h in rows]


def add_health(session: Session, customer_id: int, kind: str, code: str, entered_by: str,
               note: str | None = None, source_note_id: int | None = None) -> bool:
    """Record one diet or allergy a person entered or confirmed; False if already there."""
    if kind not in HEALTH_KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    exists = session.scalar(select(CustomerHealth.id).where(
        CustomerHealth.customer_id == customer_id, CustomerHealth.kind == kind, CustomerHealth.code == code))
    if exists:
        return False
    session.execute(insert(CustomerHealth).values(customer_id=customer_id, kind=kind, code=code, note=note,
                                                  entered_by=entered_by, source_note_id=source_note_id,
                                                  created_at=datetime.now()))
    return True


def set_health(session: Session, customer_id: int, kind: str, codes: Iterable[str]) -> tuple[set, set]:
    """The owner's whole list of one kind: codes added (entered by the owner)
    and removed. Returns (added, removed)."""
    wanted = set(codes)
    current = health(session, [customer_id]).get(customer_id, {"diet": set(), "allergy": set()})[kind]
    for code in sorted(wanted - current):
        add_health(session, customer_id, kind, code, ENTERED_BY_OWNER)
    removed = current - wanted
    if removed:
        session.execute(delete(CustomerHealth).where(CustomerHealth.customer_id == customer_id,
                                                     CustomerHealth.kind == kind,
                                                     CustomerHealth.code.in_(sorted(removed))))
    return wanted - current, removed


# -- staff notes -----------------------------------------------------------------

def unstructured_notes(session: Session) -> list[tuple[int, int, str, str]]:
    """(note id, customer id, kind, note) of preference notes not yet read into the profile."""
    return [tuple(r) for r in session.execute(
        select(PreferenceNote.id, PreferenceNote.customer_id, PreferenceNote.kind, PreferenceNote.note)
        .where(PreferenceNote.structured_at.is_(None)).order_by(PreferenceNote.id))]


def mark_structured(session: Session, note_ids: Sequence[int]) -> None:
    now = datetime.now()
    for chunk in _chunks(sorted(set(note_ids))):
        session.execute(update(PreferenceNote).where(PreferenceNote.id.in_(list(chunk))).values(structured_at=now))


def notes_of(session: Session, customer_id: int) -> list[dict]:
    return [dict(id=n.id, kind=n.kind, note=n.note, source=n.source, created_at=n.created_at)
            for n in session.scalars(select(PreferenceNote).where(PreferenceNote.customer_id == customer_id)
                                     .order_by(PreferenceNote.id))]


# -- suggestions -------------------------------------------------------------------

def upsert_suggestions(session: Session, items: Sequence[dict]) -> int:
    """Store suggestions (dicts: customer_id, field, value, evidence dict,
    confidence, review_id). A pair already known keeps its status: a
    dismissed or accepted one is never suggested again; a pending one gets
    the new evidence. Returns how many are new."""
    if not items:
        return 0
    existing: dict[tuple[int, str, str], tuple[int, str]] = {}
    for chunk in _chunks(sorted({i["customer_id"] for i in items})):
        for sid, cid, field, value, status in session.execute(
                select(CustomerSuggestion.id, CustomerSuggestion.customer_id, CustomerSuggestion.field,
                       CustomerSuggestion.value, CustomerSuggestion.status)
                .where(CustomerSuggestion.customer_id.in_(list(chunk)))):
            existing[(cid, field, value)] = (sid, status)
    now = datetime.now()
    new_rows, refresh = [], []
    seen: set[tuple[int, str, str]] = set()
    for item in items:
        key = (item["customer_id"], item["field"], item["value"])
        if key in seen:
            continue
        seen.add(key)
        evidence = json.dumps(item.get("evidence") or {}, ensure_ascii=False, default=str)
        if key in existing:
            sid, status = existing[key]
            if status == SUGGESTED:
                refresh.append({"id": sid, "evidence": evidence, "confidence": item.get("confidence", 0.5)})
            continue
        new_rows.append(dict(customer_id=key[0], field=key[1], value=key[2], evidence=evidence,
                             confidence=item.get("confidence", 0.5), review_id=item.get("review_id"),
                             status=SUGGESTED, created_at=now))
    for chunk in _chunks(new_rows, 2000):
        session.execute(insert(CustomerSuggestion), list(chunk))
    for chunk in _chunks(refresh, 2000):
        session.execute(update(CustomerSuggestion), list(chunk))
    return len(new_rows)


def withdraw_suggestions(session: Session, keep: set[tuple[int, str, str]], fields: Sequence[str]) -> int:
    """Pending suggestions of ``fields`` whose evidence is gone (not in ``keep``) are removed."""
    removed = 0
    for sid, cid, field, value in session.execute(
            select(CustomerSuggestion.id, CustomerSuggestion.customer_id, CustomerSuggestion.field,
                   CustomerSuggestion.value)
            .where(CustomerSuggestion.status == SUGGESTED, CustomerSuggestion.field.in_(list(fields)))).all():
        if (cid, field, value) not in keep:
            session.execute(delete(CustomerSuggestion).where(CustomerSuggestion.id == sid))
            removed += 1
    return removed


def suggestions(session: Session, customer_id: int | None = None, status: str | None = SUGGESTED) -> list[dict]:
    q = (select(CustomerSuggestion, Customer.name).join(Customer, Customer.id == CustomerSuggestion.customer_id)
         .order_by(CustomerSuggestion.customer_id, CustomerSuggestion.field, CustomerSuggestion.id))
    if customer_id is not None:
        q = q.where(CustomerSuggestion.customer_id == customer_id)
    if status is not None:
        q = q.where(CustomerSuggestion.status == status)
    return [dict(id=s.id, customer_id=s.customer_id, customer_name=name, field=s.field, value=s.value,
                 evidence=json.loads(s.evidence or "{}"), confidence=s.confidence, review_id=s.review_id,
                 status=s.status, created_at=s.created_at, decided_at=s.decided_at)
            for s, name in session.execute(q)]


def decide_suggestion(session: Session, suggestion_id: int, accept: bool) -> dict:
    """Accept (the fact is recorded: a usual order or language in the profile,
    a diet or allergy as confirmed by a person) or dismiss one pending
    suggestion. ValueError for an unknown or already decided one."""
    s = session.get(CustomerSuggestion, suggestion_id)
    if s is None:
        raise ValueError(f"there is no suggestion {suggestion_id}")
    if s.status != SUGGESTED:
        raise ValueError(f"suggestion {suggestion_id} was already {s.status}")
    s.status = ACCEPTED if accept else DISMISSED
    s.decided_at = datetime.now()
    if accept:
        if s.field in HEALTH_KINDS:
            add_health(session, s.customer_id, s.field, s.value, ENTERED_BY_ACCEPTING,
                       note=json.loads(s.evidence or "{}").get("quote"))
        elif s.field in PROFILE_COLUMNS:
            save_profile(session, s.customer_id, {s.field: s.value})
    session.flush()
    return dict(id=s.id, customer_id=s.customer_id, field=s.field, value=s.value, status=s.status)


__all__ = ["PROFILE_COLUMNS", "profiles", "save_profile", "health", "health_rows", "add_health", "set_health",
           "unstructured_notes", "mark_structured", "notes_of", "upsert_suggestions", "withdraw_suggestions",
           "suggestions", "decide_suggestion", "ENTERED_BY_STAFF", "ENTERED_BY_OWNER", "ENTERED_BY_ACCEPTING"]
