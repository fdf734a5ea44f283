"""Customers, and merging the same person across sources with a log that can be undone."""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from dataclasses import fields as dc_fields
from datetime import date, datetime
from typing import Any, Iterable, Sequence

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from desktop.core.records import (
    CustomerRecord,
)
from desktop.storage import keys
from desktop.storage.repositories._base import _chunks, _existing_keys, _split_new
from desktop.storage.schema import (
    Customer,
    CustomerMerge,
    Order,
    Review,
)

# -- customers, orders, preferences -------------------------------------------

def insert_customers(session: Session, batch_id: int | None,
                     records: Sequence[CustomerRecord]) -> tuple[int, int]:
    """Insert customers not yet stored, merging cross-source matches (see
    :func:`store_customers`); returns (inserted, duplicates)."""
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
_DATETIME_FIELDS = frozenset({"first_visit", "last_visit"})


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
    return CustomerRecord(**values)


def customer_row(source: str, key: str, r: CustomerRecord, batch_id: int | None) -> dict:
    """The customers row a record becomes."""
    return dict(source=source, dedupe_key=key, external_id=r.external_id, name=r.name,
                email=r.email, phone=r.phone, birthday=r.birthday, first_visit=r.first_visit,
                last_visit=r.last_visit, visits=r.visits, total_spent=r.total_spent,
                accepts_email=r.accepts_email, accepts_sms=r.accepts_sms, note=r.note,
                tags=", ".join(r.tags) or None, import_batch_id=batch_id)


def _split_tags(text: str | None) -> list[str]:
    return [t.strip() for t in (text or "").split(",") if t.strip()]


def _known_customer_keys(session: Session, keyed: list[tuple[str, str, object]]
                         ) -> set[tuple[str, str]]:
    """(source, key) pairs already stored as a customer or as a standing merge."""
    by_source: dict[str, list[str]] = defaultdict(list)
    for source, key, _ in keyed:
        by_source[source].append(key)
    known: set[tuple[str, str]] = set()
    for source, ks in by_source.items():
        known.update((source, k) for k in _existing_keys(session, Customer, source, ks))
        for chunk in _chunks(sorted(set(ks))):
            known.update((source, k) for k in session.scalars(
                select(CustomerMerge.dedupe_key).where(
                    CustomerMerge.source == source, CustomerMerge.dedupe_key.in_(chunk),
                    CustomerMerge.undone_at.is_(None))))
    return known


def _merge_candidates(session: Session, emails: set[str], phones: set[str]
                      ) -> tuple[dict[str, list[tuple[int, str]]], dict[str, list[tuple[int, str]]]]:
    """Stored customers by normalised e-mail and by E.164 phone: key -> [(id, source)], oldest first."""
    by_email: dict[str, list[tuple[int, str]]] = defaultdict(list)
    by_phone: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for chunk in _chunks(sorted(emails)):
        for cid, src, email in session.execute(
                select(Customer.id, Customer.source, Customer.email)
                .where(func.lower(Customer.email).in_(list(chunk))).order_by(Customer.id)):
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


_STATE_FIELDS: tuple[str, ...] = ("source",) + MERGE_FILL_FIELDS + ("tags",) + CONSENT_FIELDS


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


def store_customers(session: Session, batch_id: int | None,
                    records: Sequence[CustomerRecord]) -> StoreReport:
    """Store customer records: a record already stored (same source and key,
    or merged before) is a duplicate; one whose e-mail or E.164 phone matches
    a customer from *another* source is merged into that customer (empty
    fields filled, consent combined by :func:`combine_consent`, a
    ``customer_merges`` row written); the rest are inserted.

    Matching is against customers stored before this call (plus e-mails and
    phones that merges in this call filled in); records of two different
    sources in one call do not merge with each other."""
    keyed = [(r.source, keys.customer_key(r.external_id, r.email, r.phone, r.name), r)
             for r in records]
    seen = _known_customer_keys(session, keyed)
    fresh = [r for src, key, r in keyed if (src, key) not in seen]
    emails = {e for e in (normal_email(r.email) for r in fresh) if e}
    phones = {p for p in (normal_phone(r.phone) for r in fresh) if p}
    by_email, by_phone = _merge_candidates(session, emails, phones)
    state = _load_state(session, {cid for index in (by_email, by_phone)
                                  for found in index.values() for cid, _ in found})
    dirty: dict[int, set[str]] = defaultdict(set)
    now = datetime.now()
    outcomes: list[tuple[str, int | None]] = []
    rows: list[dict] = []
    merges: list[dict] = []
    notes: list[str] = []
    dupes = 0
    known_before = set(seen)
    consent_dupes: list[tuple[int, str, str, CustomerRecord]] = []
    for src, key, r in keyed:
        if (src, key) in seen:
            dupes += 1
            outcomes.append(("duplicate", None))
            if (src, key) in known_before and (r.accepts_email is not None
                                               or r.accepts_sms is not None):
                consent_dupes.append((len(outcomes) - 1, src, key, r))
            continue
        seen.add((src, key))
        target, matched_on = _find_target(src, r, by_email, by_phone)
        if target is None:
            rows.append(customer_row(src, key, r, batch_id))
            outcomes.append(("new", None))
            continue
        cust = state[target]
        changes, merge_notes = _merge_into(cust, r)
        dirty[target].update(changes)
        for name, index, norm in (("email", by_email, normal_email), ("phone", by_phone, normal_phone)):
            if name in changes and norm(cust[name]):
                index.setdefault(norm(cust[name]), []).append((target, cust["source"]))
        who = r.name or r.email or r.phone or r.external_id or "a customer"
        notes.extend(f"{who}: {n}" for n in merge_notes)
        merges.append(dict(batch_id=batch_id, kept_customer_id=target, source=src,
                           external_id=r.external_id, dedupe_key=key, email=normal_email(r.email),
                           phone=(r.phone or None), matched_on=matched_on,
                           fields_changed=json.dumps(changes, ensure_ascii=False),
                           record=record_to_json(r), note="; ".join(merge_notes) or None,
                           created_at=now))
        outcomes.append(("merged", target))
    updates = _consent_updates(session, batch_id, consent_dupes, outcomes, notes, now,
                               state, dirty)
    _write_state(session, state, dirty)
    for chunk in _chunks(rows, 2000):
        session.execute(insert(Customer), list(chunk))
    for chunk in _chunks(merges + updates, 2000):
        session.execute(insert(CustomerMerge), list(chunk))
    return StoreReport(inserted=len(rows), duplicates=dupes, merged=len(merges),
                       outcomes=tuple(outcomes), notes=tuple(notes), updated=len(updates))


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


def classify_records(session: Session, kind: str, records: Sequence) -> tuple[tuple[str, None], ...]:
    """Before inserting reviews or orders: ("new" | "duplicate", None) per record,
    exactly as :func:`insert_reviews` / :func:`insert_orders` will decide."""
    if kind == "reviews":
        model = Review
        keyed = [(r.source, keys.review_key(r.external_id, r.author, r.created_at, r.rating, r.text), i)
                 for i, r in enumerate(records)]
    else:
        model = Order
        keyed = [(r.source, keys.order_key(r.external_id, r.ordered_at, r.total,
                                           tuple(l.item for l in r.lines)), i)
                 for i, r in enumerate(records)]
    new, _ = _split_new(session, model, keyed)
    fresh = {i for _, _, i in new}
    return tuple(("new" if i in fresh else "duplicate", None) for i in range(len(records)))


def _merge_info(m: CustomerMerge, kept_name: str | None) -> dict:
    return dict(id=m.id, batch_id=m.batch_id, kept_customer_id=m.kept_customer_id,
                kept_name=kept_name, source=m.source, external_id=m.external_id,
                email=m.email, phone=m.phone, matched_on=m.matched_on,
                fields_changed=json.loads(m.fields_changed or "{}"), note=m.note,
                created_at=m.created_at, undone_at=m.undone_at)


def list_merges(session: Session, batch_id: int | None = None,
                include_undone: bool = True, include_updates: bool = False) -> list[dict]:
    """The merge log, newest first, as plain dicts (see ``_merge_info``);
    consent updates of known records only with ``include_updates``."""
    q = (select(CustomerMerge, Customer.name)
         .outerjoin(Customer, Customer.id == CustomerMerge.kept_customer_id)
         .order_by(CustomerMerge.id.desc()))
    if not include_updates:
        q = q.where(CustomerMerge.matched_on != CONSENT_UPDATE)
    if batch_id is not None:
        q = q.where(CustomerMerge.batch_id == batch_id)
    if not include_undone:
        q = q.where(CustomerMerge.undone_at.is_(None))
    return [_merge_info(m, name) for m, name in session.execute(q)]


def get_merge(session: Session, merge_id: int) -> dict | None:
    m = session.get(CustomerMerge, merge_id)
    if m is None:
        return None
    kept = session.get(Customer, m.kept_customer_id) if m.kept_customer_id else None
    return _merge_info(m, kept.name if kept else None)


def undo_merge(session: Session, merge_id: int, split: bool = True) -> dict:
    """Undo one standing merge: every field it changed gets its old value
    back unless it has changed again since (then it is left alone and listed
    in ``kept``). With ``split`` the merged record becomes a customer of its
    own (in the merge's batch) and the orders of its source linked to the
    kept customer move to it. Returns {"restored": [...], "kept": [...],
    "customer_id": new id or None}; ValueError for an unknown or undone merge."""
    return _undo_merges(session, [merge_id], split)[merge_id]


_MERGE_COLUMNS = (CustomerMerge.id, CustomerMerge.kept_customer_id, CustomerMerge.source,
                  CustomerMerge.dedupe_key, CustomerMerge.batch_id, CustomerMerge.matched_on,
                  CustomerMerge.fields_changed, CustomerMerge.record, CustomerMerge.undone_at)


def _load_merges(session: Session, ids: Sequence[int]) -> dict[int, tuple]:
    out: dict[int, tuple] = {}
    for chunk in _chunks(sorted(set(ids))):
        for row in session.execute(select(*_MERGE_COLUMNS).where(CustomerMerge.id.in_(list(chunk)))):
            out[row[0]] = tuple(row)
    return out


def _insert_customers_returning_ids(session: Session, rows: list[dict]) -> list[int]:
    ids: list[int] = []
    for chunk in _chunks(rows, 2000):
        ids.extend(session.scalars(
            insert(Customer).returning(Customer.id, sort_by_parameter_order=True), list(chunk)))
    return ids


def _relink_orders(session: Session, moves: list[dict]) -> None:
    """Move orders of source ``b_src`` from customer ``b_old`` to ``b_new``."""
    if not moves:
        return
    t = Order.__table__
    stmt = (t.update().where(t.c.customer_id == bindparam("b_old"), t.c.source == bindparam("b_src"))
            .values(customer_id=bindparam("b_new")))
    for chunk in _chunks(moves, 2000):
        session.connection().execute(stmt, list(chunk))


def _mark_undone(session: Session, ids: Sequence[int], now: datetime) -> None:
    for chunk in _chunks(sorted(set(ids))):
        session.execute(update(CustomerMerge).where(CustomerMerge.id.in_(list(chunk)))
                        .values(undone_at=now))


def _undo_merges(session: Session, merge_ids: Sequence[int], split: bool) -> dict[int, dict]:
    """Undo merges in the order given (newest first when several touch one
    customer), restoring fields in memory and writing them in bulk."""
    merges = _load_merges(session, merge_ids)
    for mid in merge_ids:
        if mid not in merges or merges[mid][8] is not None:
            raise ValueError(f"merge {mid} is unknown or already undone")
    state = _load_state(session, {m[1] for m in merges.values() if m[1] is not None})
    dirty: dict[int, set[str]] = defaultdict(set)
    results: dict[int, dict] = {}
    new_rows: list[dict] = []
    splits: list[tuple[int, int | None, str]] = []  # (merge id, old customer, source)
    for mid in merge_ids:
        _, kept_id, source, key, batch_id, matched_on, fields_json, record_json, _ = merges[mid]
        cust = state.get(kept_id) if kept_id is not None else None
        restored: list[str] = []
        kept: list[str] = []
        if cust is not None:
            for name, (old, new) in json.loads(fields_json or "{}").items():
                if _to_json(cust.get(name)) == new:
                    cust[name] = _from_json(name, old)
                    dirty[kept_id].add(name)
                    restored.append(name)
                else:
                    kept.append(name)
        results[mid] = {"restored": restored, "kept": kept, "customer_id": None}
        if split and matched_on != CONSENT_UPDATE:
            new_rows.append(customer_row(source, key, record_from_json(record_json), batch_id))
            splits.append((mid, kept_id, source))
    _write_state(session, state, dirty)
    new_ids = _insert_customers_returning_ids(session, new_rows)
    moves = []
    for (mid, kept_id, source), new_id in zip(splits, new_ids):
        results[mid]["customer_id"] = new_id
        if kept_id is not None:
            moves.append({"b_old": kept_id, "b_src": source, "b_new": new_id})
    _relink_orders(session, moves)
    _mark_undone(session, list(merge_ids), datetime.now())
    return results


def _undo_batch_merges(session: Session, batch_id: int) -> dict[str, int]:
    """Before a batch's rows are deleted: undo its own merges (newest first).
    Records of other batches merged into customers it created live on: the
    oldest such record becomes a customer of its own and the later ones are
    merged into that one afresh (their log rows re-pointed)."""
    own = list(session.scalars(select(CustomerMerge.id).where(
        CustomerMerge.batch_id == batch_id, CustomerMerge.undone_at.is_(None))
        .order_by(CustomerMerge.id.desc())))
    if own:
        _undo_merges(session, own, split=False)
    doomed = select(Customer.id).where(Customer.import_batch_id == batch_id)
    others = session.execute(select(*_MERGE_COLUMNS).where(
        CustomerMerge.kept_customer_id.in_(doomed), CustomerMerge.undone_at.is_(None))
        .order_by(CustomerMerge.id)).all()
    successors: dict[int, dict] = {}   # doomed customer id -> the row that replaces it
    retargeted: list[tuple[int, int, str, str]] = []  # (merge, doomed, changes, note)
    finished: list[int] = []
    sources: dict[int, set[str]] = defaultdict(set)
    for mid, kept_id, source, key, m_batch, matched_on, _fields, record_json, _ in others:
        if matched_on == CONSENT_UPDATE:
            finished.append(mid)  # the customer it updated goes away
            continue
        record = record_from_json(record_json)
        sources[kept_id].add(source)
        if kept_id not in successors:
            successors[kept_id] = customer_row(source, key, record, m_batch)
            finished.append(mid)
        else:
            changes, notes = _merge_into(successors[kept_id], record)
            retargeted.append((mid, kept_id, json.dumps(changes, ensure_ascii=False),
                               "; ".join(notes)))
    doomed_ids = list(successors)
    new_ids = dict(zip(doomed_ids, _insert_customers_returning_ids(
        session, [successors[d] for d in doomed_ids])))
    for chunk in _chunks(retargeted, 2000):
        session.execute(update(CustomerMerge), [
            {"id": mid, "kept_customer_id": new_ids[d], "fields_changed": changes,
             "note": note or None} for mid, d, changes, note in chunk])
    _relink_orders(session, [{"b_old": d, "b_src": src, "b_new": new_ids[d]}
                             for d in doomed_ids for src in sorted(sources[d])])
    _mark_undone(session, finished, datetime.now())
    return {"merges_undone": len(own), "merges_split": len(successors),
            "merges_moved": len(retargeted)}


