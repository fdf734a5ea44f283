"""Storing customer records: from customer files, and from the customer
details on orders. Every change to a stored customer is logged in
``row_changes`` (undone with its batch) and counted as "updated".

The rules, in order, for each record:

1. Already stored (same source and key, or merged before): a customer
   file's record updates what it states (a newer export: more visits, a
   later last visit, a changed e-mail); an order's details only fill empty
   fields. Consent is combined by ``combine_consent`` (a "no" never silently
   becomes "yes").
2. A customer file's record that names a customer made from orders (same
   e-mail, E.164 phone, or for a name-only till customer the same name in the
   same source) takes that row over, so orders imported first and orders
   imported after give the same links.
3. A customer file's record matching a customer of *another* source by
   e-mail or E.164 phone is merged into it (the merge log, undoable).
4. An order's details matching any stored customer (e-mail, then phone; or
   the same name in the same till) link to it: same source, simply linked;
   another source, merged as in 3.
5. Otherwise a new customer (from orders: marked ``from_orders``).
"""
from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime
from typing import Sequence

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop.core.records import CustomerRecord
from desktop.storage import keys
from desktop.storage.repositories._base import _chunks, bulk_insert, orm_rows
from desktop.storage.repositories.changes import log_row_changes
from desktop.storage.repositories.consent import ledger_from_records
from desktop.storage.repositories.customers import (
    CONSENT_FIELDS,
    StoreReport,
    _consent_updates,
    _find_target,
    _load_state,
    _merge_candidates,
    _merge_into,
    _split_tags,
    _write_state,
    customer_row,
    normal_email,
    normal_phone,
    record_to_json,
)
from desktop.storage.schema import Customer, CustomerMerge, PreferenceNote

AUTHORITATIVE_FIELDS = ("name", "email", "phone", "birthday", "note")
"""Fields a newer customer file replaces when it states them."""
FILL_FIELDS = ("name", "email", "phone")
"""Fields an order's customer details may fill when they are empty."""
MEMO_KIND = "memo"
"""Preference-note kind of a customer file's own note (Square's Memo, Shopify's Note)."""


def store_customers(session: Session, batch_id: int | None, records: Sequence[CustomerRecord],
                    from_orders: bool = False) -> StoreReport:
    """Store ``records`` by the rules in this module's docstring and return
    what happened to each (``outcomes``: (action, customer id), action one of
    new, duplicate, updated, merged, linked). ``duplicates`` counts every
    record already stored (updated ones included; ``updated`` says how many
    of them changed something)."""
    keyed = [(r.source, keys.record_customer_key(r), r) for r in records]
    known = resolve_keys(session, {(s, k) for s, k, _ in keyed})
    fresh = [r for s, k, r in keyed if (s, k) not in known]
    emails = {e for e in (normal_email(r.email) for r in fresh) if e}
    phones = {p for p in (normal_phone(r.phone) for r in fresh) if p}
    by_email, by_phone = _merge_candidates(session, emails, phones)
    stubs = _stubs(session, fresh) if not from_orders else {}
    by_name = _same_source_names(session, fresh) if from_orders else {}
    state = _load_state(session, {cid for cid, _ in known.values()}
                        | {cid for index in (by_email, by_phone) for found in index.values() for cid, _ in found}
                        | set(stubs) | {cid for ids in by_name.values() for cid in ids})
    dirty: dict[int, set[str]] = defaultdict(set)
    now = datetime.now()
    outcomes: list[tuple[str, int | None]] = []
    pending_new: dict[tuple[str, str], list[int]] = {}
    rows: list[dict] = []
    merges: list[dict] = []
    notes: list[str] = []
    changes: list[tuple[int, dict, dict]] = []
    consent_dupes: list[tuple[int, str, str, CustomerRecord]] = []
    dupes = 0
    for src, key, r in keyed:
        if (src, key) in known:
            cid, own = known[(src, key)]
            dupes += 1
            change = _update(state.get(cid), r, authoritative=not from_orders) if own else None
            outcomes.append(("updated" if change else "duplicate", cid))
            if change:
                dirty[cid].update(change[1])
                changes.append((cid, change[0], change[1]))
            if any(getattr(r, f) is not None for f in CONSENT_FIELDS):
                consent_dupes.append((len(outcomes) - 1, src, key, r))
            continue
        if (src, key) in pending_new:
            dupes += 1
            pending_new[(src, key)].append(len(outcomes))
            outcomes.append(("duplicate", None))
            continue
        stub = None if from_orders else _take_stub(stubs, state, r)
        if stub is not None:
            dupes += 1
            change = _adopt(state[stub], src, key, r)
            dirty[stub].update(change[1])
            changes.append((stub, change[0], change[1]))
            known[(src, key)] = (stub, True)
            outcomes.append(("updated", stub))
            continue
        if from_orders:
            cid, same_source, matched_on = _find_any(src, r, by_email, by_phone, by_name, state)
            if cid is not None and same_source:
                fill = _update(state.get(cid), r, authoritative=False)
                if fill:
                    dirty[cid].update(fill[1])
                    changes.append((cid, fill[0], fill[1]))
                outcomes.append(("linked", cid))
                continue
            target = cid
        else:
            target, matched_on = _find_target(src, r, by_email, by_phone)
        if target is None:
            rows.append(customer_row(src, key, r, batch_id) | {"from_orders": from_orders})
            pending_new[(src, key)] = [len(outcomes)]
            outcomes.append(("new", None))
            continue
        cust = state[target]
        merged, merge_notes = _merge_into(cust, r)
        dirty[target].update(merged)
        for name, index, norm in (("email", by_email, normal_email), ("phone", by_phone, normal_phone)):
            if name in merged and norm(cust[name]):
                index.setdefault(norm(cust[name]), []).append((target, cust["source"]))
        who = r.name or r.email or r.phone or r.external_id or "a customer"
        notes.extend(f"{who}: {n}" for n in merge_notes)
        merges.append(dict(batch_id=batch_id, kept_customer_id=target, source=src,
                           external_id=r.external_id, dedupe_key=key, email=normal_email(r.email),
                           phone=(r.phone or None), matched_on=matched_on,
                           fields_changed=json.dumps(merged, ensure_ascii=False),
                           record=record_to_json(r), note="; ".join(merge_notes) or None,
                           created_at=now))
        known[(src, key)] = (target, False)
        outcomes.append(("merged", target))
    updates = _consent_updates(session, batch_id, consent_dupes, outcomes, notes, now, state, dirty)
    _write_state(session, state, dirty)
    bulk_insert(session, Customer.__table__, orm_rows(Customer.__table__, rows))
    for chunk in _chunks(merges + updates, 2000):
        session.execute(insert(CustomerMerge), list(chunk))
    if pending_new:
        ids = resolve_keys(session, set(pending_new))
        for pair, positions in pending_new.items():
            for i in positions:
                outcomes[i] = (outcomes[i][0], ids[pair][0])
    if batch_id is not None and changes:
        log_row_changes(session, batch_id, "customers", changes)
    cids = [cid for _, cid in outcomes]
    ledger_from_records(session, batch_id, list(zip(cids, [r for _, _, r in keyed])), now)
    if not from_orders:
        _notes_from_files(session, batch_id, [(cid, r) for (action, cid), (_, _, r)
                                              in zip(outcomes, keyed) if action in ("new", "updated")], now)
    updated = sum(1 for action, _ in outcomes if action == "updated")
    return StoreReport(inserted=len(rows), duplicates=dupes, merged=len(merges), outcomes=tuple(outcomes),
                       notes=tuple(notes), updated=updated)


def resolve_keys(session: Session, pairs: set[tuple[str, str]]) -> dict[tuple[str, str], tuple[int, bool]]:
    """(source, key) -> (customer id, True when it is the customer's own row,
    False when the record stands merged into that customer)."""
    found: dict[tuple[str, str], tuple[int, bool]] = {}
    by_source: dict[str, list[str]] = defaultdict(list)
    for src, key in pairs:
        by_source[src].append(key)
    for src, ks in by_source.items():
        for chunk in _chunks(sorted(ks)):
            for cid, key in session.execute(select(Customer.id, Customer.dedupe_key).where(
                    Customer.source == src, Customer.dedupe_key.in_(chunk))):
                found[(src, key)] = (cid, True)
            for cid, key in session.execute(
                    select(CustomerMerge.kept_customer_id, CustomerMerge.dedupe_key).where(
                        CustomerMerge.source == src, CustomerMerge.dedupe_key.in_(chunk),
                        CustomerMerge.undone_at.is_(None), CustomerMerge.kept_customer_id.is_not(None))
                    .order_by(CustomerMerge.id)):
                found.setdefault((src, key), (cid, False))
    return found


def _stubs(session: Session, fresh: Sequence[CustomerRecord]) -> dict[int, None]:
    """Customers made from orders that a fresh customer-file record may take
    over (by e-mail, E.164 phone, or a name-only one by its name)."""
    emails = sorted({e for e in (normal_email(r.email) for r in fresh) if e})
    phones = sorted({p for p in (normal_phone(r.phone) for r in fresh) if p})
    names = sorted({r.name for r in fresh if r.name})
    found: dict[int, None] = {}
    base = select(Customer.id).where(Customer.from_orders.is_(True))
    for chunk in _chunks(emails):
        found.update((cid, None) for cid in session.scalars(base.where(Customer.email.in_(chunk))))
    for chunk in _chunks(phones):
        found.update((cid, None) for cid in session.scalars(base.where(Customer.phone.in_(chunk))))
    for chunk in _chunks(names):
        found.update((cid, None) for cid in session.scalars(base.where(
            Customer.name.in_(chunk), Customer.email.is_(None), Customer.phone.is_(None))))
    return found


def _take_stub(stubs: dict[int, None], state: dict[int, dict], r: CustomerRecord) -> int | None:
    """The stub (still a stub) this record names: same e-mail, same E.164
    phone, or (a stub with neither) the same name in the same source."""
    email, phone = normal_email(r.email), normal_phone(r.phone)
    candidates = [cid for cid in stubs if state.get(cid, {}).get("from_orders")]
    for cid in candidates:
        c = state[cid]
        if email and normal_email(c.get("email")) == email:
            return cid
    for cid in candidates:
        if phone and state[cid].get("phone") == phone:
            return cid
    for cid in candidates:
        c = state[cid]
        if (not c.get("email") and not c.get("phone") and c.get("source") == r.source and r.name
                and keys.normal_author(c.get("name")) == keys.normal_author(r.name)):
            return cid
    return None


def _same_source_names(session: Session, fresh: Sequence[CustomerRecord]) -> dict[tuple[str, str], list[int]]:
    """(source, normalised name) -> customers of that source with that name, for order details
    that give a name only."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for r in fresh:
        if r.name and not r.email and not r.phone and not r.external_id:
            wanted[r.source].add(r.name)
    out: dict[tuple[str, str], list[int]] = defaultdict(list)
    for src, names in wanted.items():
        for chunk in _chunks(sorted(names)):
            for cid, name in session.execute(select(Customer.id, Customer.name).where(
                    Customer.source == src, Customer.name.in_(chunk)).order_by(Customer.id)):
                out[(src, keys.normal_author(name))].append(cid)
    return out


def _find_any(src: str, r: CustomerRecord, by_email: dict, by_phone: dict,
              by_name: dict[tuple[str, str], list[int]], state: dict[int, dict]
              ) -> tuple[int | None, bool, str | None]:
    """The stored customer an order's details name, of any source: (id, same
    source?, matched on). The same till's own customer is preferred."""
    for matched_on, index, value in (("email", by_email, normal_email(r.email)),
                                     ("phone", by_phone, normal_phone(r.phone))):
        if value and index.get(value):
            found = index[value]
            same = [cid for cid, s in found if s == src]
            if same:
                return same[0], True, matched_on
            return found[0][0], False, matched_on
    if r.name and not r.email and not r.phone and not r.external_id:
        ids = by_name.get((src, keys.normal_author(r.name)), [])
        if len(ids) == 1:
            return ids[0], True, "name"
    return None, False, None


def _update(cust: dict | None, r: CustomerRecord, authoritative: bool) -> tuple[dict, dict] | None:
    """Apply a known record to its stored customer (in place); (old, new)
    values of what changed, or None."""
    if cust is None:
        return None
    old: dict = {}
    new: dict = {}

    def put(name: str, value: object) -> None:
        if cust.get(name) != value:
            old[name], new[name] = cust.get(name), value
            cust[name] = value

    for name in (AUTHORITATIVE_FIELDS if authoritative else FILL_FIELDS):
        value = normal_email(r.email) if name == "email" else getattr(r, name)
        if value is None or value == "":
            continue
        if authoritative or cust.get(name) in (None, ""):
            put(name, value)
    if authoritative:
        if r.first_visit and (cust.get("first_visit") is None or r.first_visit < cust["first_visit"]):
            put("first_visit", r.first_visit)
        if r.last_visit and (cust.get("last_visit") is None or r.last_visit > cust["last_visit"]):
            put("last_visit", r.last_visit)
        for name in ("visits", "total_spent"):
            value = getattr(r, name)
            if value is not None and (cust.get(name) is None or value > cust[name]):
                put(name, value)
        tags = _union_tags(cust.get("tags"), r.tags)
        if tags != cust.get("tags"):
            put("tags", tags)
        if cust.get("from_orders"):
            put("from_orders", False)  # a customer file now knows this person
    return (old, new) if new else None


def _adopt(cust: dict, src: str, key: str, r: CustomerRecord) -> tuple[dict, dict]:
    """A customer file's record takes over a customer made from orders: its
    identity becomes the file's and its fields the file's where stated."""
    before = {k: cust.get(k) for k in ("source", "dedupe_key", "external_id", "from_orders")}
    cust.update(source=src, dedupe_key=key, external_id=r.external_id, from_orders=False)
    old = {k: v for k, v in before.items() if cust.get(k) != v}
    new = {k: cust.get(k) for k in old}
    fields = _update(cust, r, authoritative=True)
    if fields:
        old.update({k: v for k, v in fields[0].items() if k not in old})
        new.update(fields[1])
    for name in CONSENT_FIELDS:
        value = getattr(r, name)
        if value is not None and cust.get(name) is None:
            old[name], new[name] = None, value
            cust[name] = value
    return old, new


def _union_tags(current: str | None, incoming: Sequence[str]) -> str | None:
    tags = _split_tags(current)
    seen = {t.lower() for t in tags}
    added = [t.strip() for t in incoming if t.strip() and t.strip().lower() not in seen]
    joined = ", ".join(tags + list(dict.fromkeys(added)))
    return joined or None


def _notes_from_files(session: Session, batch_id: int | None,
                      stored: Sequence[tuple[int | None, CustomerRecord]], now: datetime) -> None:
    """Preferences a customer file holds in columns of their own (TheFork),
    or its note or memo column, become preference notes as staff wrote them
    (each text once per customer)."""
    rows = []
    for cid, r in stored:
        if cid is None:
            continue
        for kind, text in r.preferences:
            rows.append(dict(customer_id=cid, kind=kind, note=text, source=r.source, created_at=now,
                             import_batch_id=batch_id))
        if r.note and not r.preferences:  # a memo staff wrote in the till ("oat milk", "vegetarian")
            rows.append(dict(customer_id=cid, kind=MEMO_KIND, note=r.note, source=r.source, created_at=now,
                             import_batch_id=batch_id))
    if not rows:
        return
    existing: set[tuple[int, str]] = set()
    for chunk in _chunks(sorted({r["customer_id"] for r in rows})):
        existing.update((cid, note) for cid, note in session.execute(
            select(PreferenceNote.customer_id, PreferenceNote.note).where(PreferenceNote.customer_id.in_(chunk))))
    fresh = []
    for r in rows:
        if (r["customer_id"], r["note"]) not in existing:
            existing.add((r["customer_id"], r["note"]))
            fresh.append(r)
    for chunk in _chunks(fresh, 2000):
        session.execute(insert(PreferenceNote), list(chunk))


__all__ = ["store_customers", "resolve_keys", "AUTHORITATIVE_FIELDS", "FILL_FIELDS"]
