"""Import batches: record, list, undo."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from desktop.core.records import (
    ImportBatchInfo,
)
from desktop.storage.repositories.changes import undo_row_changes
from desktop.storage.repositories.merge_log import _undo_batch_merges
from desktop.storage.schema import (
    Customer,
    ImportBatch,
    Order,
    PreferenceNote,
    Review,
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
    values (counted in ``kept``)."""
    removed = _undo_batch_merges(session, batch_id)
    removed["restored"], removed["kept"] = undo_row_changes(session, batch_id)
    for name, table in (("preferences", PreferenceNote), ("orders", Order),
                        ("reviews", Review), ("customers", Customer)):
        result = session.execute(delete(table).where(table.import_batch_id == batch_id))
        removed[name] = result.rowcount or 0
    session.execute(update(ImportBatch).where(ImportBatch.id == batch_id)
                    .values(undone_at=datetime.now()))
    return removed


