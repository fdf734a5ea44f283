"""Customers: identities, merging the same person across sources (stored by
``customer_store``, listed and undone in ``merge_log``)."""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from dataclasses import fields as dc_fields
from datetime import date, datetime
from typing import Any, Iterable, Sequence

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from desktop.core.records import (
    CustomerRecord,
)
from desktop.storage import keys
from desktop.storage.repositories._base import _chunks, _existing_keys, _split_new
from desktop.storage.repositories.reviews import plan_reviews
from desktop.storage.schema import (
    Customer,
    CustomerMerge,
    Order,
)

# -- customers, orders, preferences -------------------------------------------

def insert_customers(session: Session, batch_id: int | None,
                     records: Sequence[CustomerRecord]) -> tuple[int, int]:
    """Insert customers not yet stored, merging cross-source matches (see
    ``customer_store.store_customers``); returns (inserted, duplicates)."""
    from desktop.storage.repositories.customer_store import store_customers

    report = store_customers(session, batch_id, records)
    return report.inserted, report.duplicates


def _customer_lookup(session: Session, ext_ids: Iterable[str] | None = None,
                     emails: Iterable[str] | None = None, phones: Iterable[str] | None = None
                     ) -> tuple[dict, dict, dict]:
    """Maps external id / lower-cased e-mail / phone -> customer id, including
    the identities of records merged into a customer (so that a Shopify order
    finds the Square customer its Shopify customer was merged into).

    With ``ext_ids``/``emails``/``phones`` only those identities are looked
    up (an import chunk's), not every customer: a large orders file is
    written in many chunks and reading 100,000 customers for each cost more
    than the chunk. E-mails are stored lower-cased (``normal_email``)."""
    by_ext: dict[str, int] = {}
    by_email: dict[str, int] = {}
    by_phone: dict[str, int] = {}
    targeted = ext_ids is not None or emails is not None or phones is not None
    wanted = [(Customer.external_id, CustomerMerge.external_id, sorted(set(filter(None, ext_ids or ())))),
              (Customer.email, CustomerMerge.email, sorted({e.lower() for e in emails or () if e})),
              (Customer.phone, CustomerMerge.phone, sorted(set(filter(None, phones or ()))))]
    customers = select(Customer.id, Customer.external_id, Customer.email, Customer.phone).order_by(Customer.id)
    merges = (select(CustomerMerge.kept_customer_id, CustomerMerge.external_id,
                     CustomerMerge.email, CustomerMerge.phone)
              .where(CustomerMerge.undone_at.is_(None), CustomerMerge.kept_customer_id.is_not(None))
              .order_by(CustomerMerge.id))
    if targeted:  # the same rows, in the same order, as the full lookup gives for these identities
        found: dict[int, Any] = {}
        found_merges: dict[int, Any] = {}
        for column, merge_column, values in wanted:
            for chunk in _chunks(values):
                found.update((row[0], row) for row in session.execute(customers.where(column.in_(chunk))))
                found_merges.update((row[-1], row) for row in session.execute(
                    merges.add_columns(CustomerMerge.id).where(merge_column.in_(chunk))))
        customers_rows = [found[k] for k in sorted(found)]
        merge_rows = [found_merges[k][:4] for k in sorted(found_merges)]
    else:
        customers_rows = list(session.execute(customers))
        merge_rows = list(session.execute(merges))
    for cid, ext, email, phone in customers_rows:
        if ext:
            by_ext[ext] = cid
        if email:
            by_email[email.lower()] = cid
        if phone:
            by_phone[phone] = cid
    for cid, ext, email, phone in merge_rows:
        if ext:
            by_ext.setdefault(ext, cid)
        if email:
            by_email.setdefault(email.lower(), cid)
        if phone:
            by_phone.setdefault(phone, cid)
    return by_ext, by_email, by_phone


# -- customer merges across sources -------------------------------------------

MERGE_FILL_FIELDS: tuple[str, ...] = ("name", "email", "phone", "birthday", "first_visit",
                                       "last_visit", "visits", "total_spent", "note")
"""Fields a merge fills on the kept customer when they are empty there; a
value the customer already has is never overwritten."""
CONSENT_FIELDS: tuple[str, ...] = ("accepts_email", "accepts_sms")
E164_RE = re.compile(r"^\+[1-9]\d{6,14}$")
"""Only phones in E.164 form match across sources: national digits alone
could be anyone in another country."""
CONSENT_UPDATE = "update"
"""``matched_on`` of a merge-log row that records a consent change brought by
a record already stored (a newer export of the same source): undone with its
batch, never split off as a customer of its own."""
_DATE_FIELDS = frozenset({"birthday"})
_DATETIME_FIELDS = frozenset({"first_visit", "last_visit", "consent_at"})


@dataclass(frozen=True)
class StoreReport:
    """What storing one file's records did. ``outcomes`` has one entry per
    record, in order: ("new" | "duplicate" | "merged", kept customer id or None);
    it is filled by :func:`store_customers` and by :func:`classify_records`."""

    inserted: int
    duplicates: int
    merged: int = 0
    outcomes: tuple[tuple[str, int | None], ...] = ()
    notes: tuple[str, ...] = ()
    updated: int = 0
    """Duplicates whose newer consent choice was applied (see ``CONSENT_UPDATE``)."""


def normal_email(value: str | None) -> str | None:
    """The e-mail as every customers row stores it and every match compares
    it: stripped and lower-cased by Python in every alphabet ("ÉLODIE@X.FR"
    -> "élodie@x.fr"). Matching is then a plain ``email IN (...)`` on the
    stored column, the same on SQLite (whose ``lower`` folds ASCII only) and
    PostgreSQL, and it uses the column's index."""
    s = (value or "").strip().lower()
    return s or None


def normal_phone(value: str | None) -> str | None:
    """The phone when it is E.164 (``+15625550123``), else None (no match on it)."""
    s = (value or "").strip()
    return s if E164_RE.match(s) else None


def combine_consent(current: bool | None, incoming: bool | None) -> tuple[bool | None, bool]:
    """Marketing consent after a merge, and whether a conflict was overruled.

    The incoming file is the more recent statement, so an explicit choice in
    it wins over an older one, with one exception: a "no" never silently
    becomes "yes" (someone who unsubscribed stays unsubscribed until the
    owner changes it by hand). Unknown (None) never overrides a choice."""
    if incoming is None:
        return current, False
    if current is None:
        return incoming, False
    if current is False and incoming is True:
        return False, True
    return incoming, False


def _to_json(value: object) -> object:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def _from_json(name: str, value: object) -> object:
    if value is None:
        return None
    if name in _DATE_FIELDS:
        return date.fromisoformat(str(value))
    if name in _DATETIME_FIELDS:
        return datetime.fromisoformat(str(value))
    return value


def record_to_json(record: CustomerRecord) -> str:
    return json.dumps({f.name: _to_json(getattr(record, f.name)) for f in dc_fields(record)},
                      ensure_ascii=False, sort_keys=True)


def record_from_json(text: str) -> CustomerRecord:
    data = json.loads(text)
    known = {f.name for f in dc_fields(CustomerRecord)}
    values = {k: _from_json(k, v) for k, v in data.items() if k in known}
    values["tags"] = tuple(values.get("tags") or ())
    values["preferences"] = tuple(tuple(p) for p in values.get("preferences") or ())
    return CustomerRecord(**values)


def customer_row(source: str, key: str, r: CustomerRecord, batch_id: int | None) -> dict:
    """The customers row a record becomes."""
    return dict(source=source, dedupe_key=key, external_id=r.external_id, name=r.name,
                email=normal_email(r.email), phone=r.phone, birthday=r.birthday, first_visit=r.first_visit,
                last_visit=r.last_visit, visits=r.visits, total_spent=r.total_spent,
                accepts_email=r.accepts_email, accepts_sms=r.accepts_sms, note=r.note,
                tags=", ".join(r.tags) or None, import_batch_id=batch_id)


def _split_tags(text: str | None) -> list[str]:
    return [t.strip() for t in (text or "").split(",") if t.strip()]


def _merge_candidates(session: Session, emails: set[str], phones: set[str]
                      ) -> tuple[dict[str, list[tuple[int, str]]], dict[str, list[tuple[int, str]]]]:
    """Stored customers by normalised e-mail and by E.164 phone: key -> [(id, source)], oldest first."""
    by_email: dict[str, list[tuple[int, str]]] = defaultdict(list)
    by_phone: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for chunk in _chunks(sorted(emails)):
        for cid, src, email in session.execute(
                select(Customer.id, Customer.source, Customer.email)
                .where(Customer.email.in_(list(chunk))).order_by(Customer.id)):
            by_email[normal_email(email) or ""].append((cid, src))
    for chunk in _chunks(sorted(phones)):
        for cid, src, phone in session.execute(
                select(Customer.id, Customer.source, Customer.phone)
                .where(Customer.phone.in_(list(chunk))).order_by(Customer.id)):
            by_phone[phone].append((cid, src))
    return by_email, by_phone


def _find_target(source: str, r: CustomerRecord, by_email: dict, by_phone: dict
                 ) -> tuple[int | None, str | None]:
    """The customer (of another source) this record is, matched on e-mail first, then phone."""
    for matched_on, index, value in (("email", by_email, normal_email(r.email)),
                                     ("phone", by_phone, normal_phone(r.phone))):
        if value:
            for cid, src in index.get(value, ()):
                if src != source:
                    return cid, matched_on
    return None, None


_STATE_FIELDS: tuple[str, ...] = (("source",) + MERGE_FILL_FIELDS + ("tags",) + CONSENT_FIELDS
                                  + ("dedupe_key", "external_id", "from_orders"))


def _load_state(session: Session, ids: Iterable[int]) -> dict[int, dict]:
    """The mergeable fields of customers, by id, as plain dicts to change in
    memory (then written back in bulk by :func:`_write_state`)."""
    cols = [Customer.id] + [getattr(Customer, f) for f in _STATE_FIELDS]
    out: dict[int, dict] = {}
    for chunk in _chunks(sorted(set(ids))):
        for row in session.execute(select(*cols).where(Customer.id.in_(list(chunk)))):
            out[row[0]] = dict(zip(_STATE_FIELDS, row[1:]))
    return out


def _write_state(session: Session, state: dict[int, dict], dirty: dict[int, set[str]]) -> None:
    params = [{"id": cid, **{f: state[cid][f] for f in names}}
              for cid, names in dirty.items() if names and cid in state]
    for chunk in _chunks(params, 2000):
        session.execute(update(Customer), list(chunk))


def _merge_into(cust: dict, r: CustomerRecord) -> tuple[dict[str, list], list[str]]:
    """Apply a record to a customer's fields (a dict, changed in place);
    returns ({field: [old, new]} as JSON values, notes)."""
    changes: dict[str, list] = {}
    notes: list[str] = []
    for name in MERGE_FILL_FIELDS:
        new = normal_email(r.email) if name == "email" else getattr(r, name)
        if new is None or new == "":
            continue
        old = cust.get(name)
        if old is None or old == "":
            cust[name] = new
            changes[name] = [_to_json(old), _to_json(new)]
    old_tags = _split_tags(cust.get("tags"))
    seen = {t.lower() for t in old_tags}
    added = [t.strip() for t in r.tags if t.strip() and t.strip().lower() not in seen]
    if added:
        new_tags = ", ".join(old_tags + list(dict.fromkeys(added)))
        changes["tags"] = [cust.get("tags"), new_tags]
        cust["tags"] = new_tags
    for name in CONSENT_FIELDS:
        old = cust.get(name)
        value, conflict = combine_consent(old, getattr(r, name))
        if value != old:
            cust[name] = value
            changes[name] = [old, value]
        if conflict:
            what = "e-mail" if name == "accepts_email" else "SMS"
            notes.append(f"{r.source} says this customer accepts {what} marketing, but they had "
                         f"said no before; kept 'no' (change it by hand if they opted in again)")
    return changes, notes


def _stored_customer_ids(session: Session, pairs: set[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """(source, key) -> the customer holding that record: its own row, or the
    customer it stands merged into."""
    found: dict[tuple[str, str], int] = {}
    by_source: dict[str, list[str]] = defaultdict(list)
    for src, key in pairs:
        by_source[src].append(key)
    for src, ks in by_source.items():
        for chunk in _chunks(sorted(ks)):
            for cid, key in session.execute(select(Customer.id, Customer.dedupe_key).where(
                    Customer.source == src, Customer.dedupe_key.in_(chunk))):
                found[(src, key)] = cid
            for cid, key in session.execute(
                    select(CustomerMerge.kept_customer_id, CustomerMerge.dedupe_key).where(
                        CustomerMerge.source == src, CustomerMerge.dedupe_key.in_(chunk),
                        CustomerMerge.undone_at.is_(None),
                        CustomerMerge.kept_customer_id.is_not(None))
                    .order_by(CustomerMerge.id)):
                found.setdefault((src, key), cid)
    return found


def _consent_updates(session: Session, batch_id: int | None,
                     dupes: list[tuple[int, str, str, CustomerRecord]],
                     outcomes: list[tuple[str, int | None]], notes: list[str],
                     now: datetime, state: dict[int, dict], dirty: dict[int, set[str]]
                     ) -> list[dict]:
    """A record already stored that arrives again with a consent choice (a
    newer export: someone unsubscribed since) updates the customer's consent
    by :func:`combine_consent`; each change is logged (``CONSENT_UPDATE``) so
    that undoing the batch restores it. Nothing else of the customer changes."""
    if not dupes:
        return []
    targets = _stored_customer_ids(session, {(src, key) for _, src, key, _ in dupes})
    state.update(_load_state(session, set(targets.values()) - set(state)))
    rows: list[dict] = []
    for index, src, key, r in dupes:
        cid = targets.get((src, key))
        cust = state.get(cid) if cid else None
        if cust is None:
            continue
        changes: dict[str, list] = {}
        for name in CONSENT_FIELDS:
            old = cust[name]
            value, conflict = combine_consent(old, getattr(r, name))
            if value != old:
                cust[name] = value
                dirty[cid].add(name)
                changes[name] = [old, value]
            if conflict:
                what = "e-mail" if name == "accepts_email" else "SMS"
                notes.append(f"{r.name or r.email or r.phone or r.external_id}: {src} says yes "
                             f"to {what} marketing, but the customer said no before or elsewhere; "
                             f"kept 'no' (change it by hand if they opted in again)")
        if not changes:
            continue
        outcomes[index] = ("updated", cid)
        who = r.name or r.email or r.phone or r.external_id or "a customer"
        notes.append(f"{who}: marketing consent updated from {src} "
                     + ", ".join(f"{k} {v[0]} -> {v[1]}" for k, v in changes.items()))
        rows.append(dict(batch_id=batch_id, kept_customer_id=cid, source=src,
                         external_id=r.external_id, dedupe_key=key, email=normal_email(r.email),
                         phone=(r.phone or None), matched_on=CONSENT_UPDATE,
                         fields_changed=json.dumps(changes), record=record_to_json(r),
                         note=None, created_at=now))
    return rows


def classify_records(session: Session, kind: str, records: Sequence) -> tuple[tuple[str, int | None], ...]:
    """Before inserting reviews or orders: (action, stored id) per record,
    exactly as :func:`store_reviews` / :func:`insert_orders` will decide."""
    if kind == "reviews":
        return tuple((p.action, p.review_id) for p in plan_reviews(session, records))
    keyed = [(r.source, keys.record_order_key(r), i) for i, r in enumerate(records)]
    new, _ = _split_new(session, Order, keyed)
    fresh = {i for _, _, i in new}
    return tuple(("new" if i in fresh else "duplicate", None) for i in range(len(records)))
