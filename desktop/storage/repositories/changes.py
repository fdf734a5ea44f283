"""The log of rows an import changed in place, and putting them back when the
batch is undone. Rows an import inserted are undone by deleting them
(``batches.undo_batch``); rows it changed are undone here."""
from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any, Sequence

from sqlalchemy import Date, DateTime, delete, insert, select, update
from sqlalchemy.orm import Session

from desktop.storage.schema import Customer, Review, ReviewAnalysis, ReviewAspect, ReviewSentence, RowChange

CHANGE_TABLES = {"reviews": Review, "customers": Customer}
"""Tables whose in-place changes are logged, by ``row_changes.table_name``."""


def _encode(values: dict[str, Any]) -> str:
    return json.dumps({k: v.isoformat() if isinstance(v, (date, datetime)) else v
                       for k, v in values.items()}, ensure_ascii=False, sort_keys=True)


def _decode(model: Any, text: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, value in json.loads(text).items():
        column_type = model.__table__.c[name].type
        if value is not None and isinstance(column_type, DateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(column_type, Date):
            value = date.fromisoformat(value)
        out[name] = value
    return out


def log_row_changes(session: Session, batch_id: int, table: str,
                    changes: Sequence[tuple[int, dict[str, Any], dict[str, Any]]]) -> None:
    """Log (row id, old values, new values) changes an import made to ``table``."""
    if table not in CHANGE_TABLES:
        raise ValueError(f"changes to {table} are not logged")
    now = datetime.now()
    rows = [dict(batch_id=batch_id, table_name=table, row_id=rid, old_values=_encode(old),
                 new_values=_encode(new), created_at=now) for rid, old, new in changes]
    if rows:
        session.execute(insert(RowChange), rows)


def undo_row_changes(session: Session, batch_id: int) -> tuple[int, int]:
    """Give the rows a batch changed their old values back, newest change
    first; a row changed again since (its values are no longer the batch's)
    is left as it is. Returns (restored, left as changed since)."""
    changes = list(session.execute(
        select(RowChange.id, RowChange.table_name, RowChange.row_id, RowChange.old_values,
               RowChange.new_values)
        .where(RowChange.batch_id == batch_id).order_by(RowChange.id.desc())))
    restored = kept = 0
    for _cid, table, rid, old_text, new_text in changes:
        model = CHANGE_TABLES[table]
        old, new = _decode(model, old_text), _decode(model, new_text)
        current = session.execute(
            select(*[getattr(model, f) for f in new]).where(model.id == rid)).first()
        if current is None:  # the row is gone (another undo removed it)
            continue
        if dict(zip(new, current)) != new:
            kept += 1
            continue
        session.execute(update(model).where(model.id == rid).values(**old))
        if model is Review and "text" in old:
            for derived in (ReviewAspect, ReviewSentence, ReviewAnalysis):
                session.execute(delete(derived).where(derived.review_id == rid))
        restored += 1
    return restored, kept
