"""Import batches: record, list, undo."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from desktop.core.records import (
    ImportBatchInfo,
)
from desktop.storage.repositories.changes import undo_row_changes
from desktop.storage.repositories.merge_log import _undo_batch_merges
from desktop.storage.schema import (
    ConsentEvent,
    Customer,
    ImportBatch,
    Order,
    PreferenceNote,
    Review,
    RowChange,
)

# -- batches ----------------------------------------------------------------

def create_batch(session: Session, file_name: str, file_hash: str, kind: str, fmt: str,
                 rows_read: int, rejected: int) -> int:
    batch = ImportBatch(file_name=file_name, file_hash=file_hash, kind=kind, format=fmt,
                        rows_read=rows_read, inserted=0, duplicates=0, rejected=rejected,
                        created_at=datetime.now())
    session.add(batch)
    session.flush()
    return batch.id


def delete_batch(session: Session, batch_id: int) -> None:
    """Forget a batch that added nothing (its rows, if any, stay)."""
    session.execute(delete(ImportBatch).where(ImportBatch.id == batch_id))


def finish_batch(session: Session, batch_id: int, inserted: int, duplicates: int,
                 rows_read: int | None = None, rejected: int | None = None,
                 updated: int = 0) -> None:
    """Record a batch's totals; ``rows_read``/``rejected`` when they were only
    known at the end (a streamed import creates the batch at its first chunk)."""
    values: dict[str, int] = dict(inserted=inserted, duplicates=duplicates, updated=updated)
    if rows_read is not None:
        values["rows_read"] = rows_read
    if rejected is not None:
        values["rejected"] = rejected
    session.execute(update(ImportBatch).where(ImportBatch.id == batch_id).values(**values))


def _batch_info(b: ImportBatch) -> ImportBatchInfo:
    return ImportBatchInfo(id=b.id, file_name=b.file_name, file_hash=b.file_hash, kind=b.kind,
                           format=b.format, rows_read=b.rows_read, inserted=b.inserted,
                           duplicates=b.duplicates, rejected=b.rejected,
                           created_at=b.created_at, undone_at=b.undone_at,
                           updated=b.updated or 0)


def list_batches(session: Session) -> list[ImportBatchInfo]:
    rows = session.scalars(select(ImportBatch).order_by(ImportBatch.id.desc()))
    return [_batch_info(b) for b in rows]


def get_batch(session: Session, batch_id: int) -> ImportBatchInfo | None:
    b = session.get(ImportBatch, batch_id)
    return _batch_info(b) if b else None


def undo_batch(session: Session, batch_id: int) -> dict[str, int]:
    """Delete every row the batch inserted and put back the values of rows it
    changed in place; the batch stays listed as undone.

    Merges the batch made are undone first (the kept customers get their old
    values back). Records from other batches that were merged into a
    customer this batch created are split off as customers of their own, so
    undoing one file never loses the people another file brought in. A row
    the batch changed that a later import changed again keeps the later
    values (counted in ``kept``). A customer the batch created that another
    batch still needs (its orders, or a customer file that updated or took
    over that customer) is handed over to that batch instead of deleted."""
    handed = _hand_over_customers(session, batch_id)
    removed = _undo_batch_merges(session, batch_id)
    removed["handed_over"] = handed
    removed["restored"], removed["kept"] = undo_row_changes(session, batch_id)
    for name, table in (("preferences", PreferenceNote), ("consent", ConsentEvent), ("orders", Order),
                        ("reviews", Review), ("customers", Customer)):
        result = session.execute(delete(table).where(table.import_batch_id == batch_id))
        removed[name] = result.rowcount or 0
    session.execute(update(ImportBatch).where(ImportBatch.id == batch_id)
                    .values(undone_at=datetime.now()))
    return removed




def _hand_over_customers(session: Session, batch_id: int) -> int:
    """Customers this batch created that orders of another batch point to, or
    that a standing batch changed in place (a customer file that updated or
    took over a customer made from orders), go to the earliest such batch
    (orders stored without a batch: to none) instead of being deleted with
    this one: undoing one file never loses who bought in another."""
    mine = select(Customer.id).where(Customer.import_batch_id == batch_id)
    needed: dict[int, set[int | None]] = {}
    for cid, other in session.execute(
            select(Order.customer_id, Order.import_batch_id).distinct().where(
                Order.customer_id.in_(mine),
                or_(Order.import_batch_id != batch_id, Order.import_batch_id.is_(None)))):
        needed.setdefault(cid, set()).add(other)
    for cid, other in session.execute(
            select(RowChange.row_id, RowChange.batch_id).distinct()
            .join(ImportBatch, ImportBatch.id == RowChange.batch_id)
            .where(RowChange.table_name == "customers", RowChange.row_id.in_(mine),
                   RowChange.batch_id != batch_id, ImportBatch.undone_at.is_(None))):
        needed.setdefault(cid, set()).add(other)
    for cid, owners in needed.items():
        successor = None if None in owners else min(o for o in owners if o is not None)
        session.execute(update(Customer).where(Customer.id == cid).values(import_batch_id=successor))
    return len(needed)
