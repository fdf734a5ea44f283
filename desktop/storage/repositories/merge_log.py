"""The customer merge log: listing merges and undoing them, one at a time
(the record becomes a customer of its own again, taking its orders back) or
with the import batch that made them."""
from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime
from typing import Sequence

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from desktop.storage.repositories._base import _chunks
from desktop.storage.repositories.customers import (
    CONSENT_UPDATE,
    _from_json,
    _load_state,
    _merge_into,
    _to_json,
    _write_state,
    customer_row,
    record_from_json,
)
from desktop.storage.schema import Customer, CustomerMerge, Order


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


