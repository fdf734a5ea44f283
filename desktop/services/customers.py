"""Customers merged across sources: the merge log and undoing a merge.

When an import brings a customer whose e-mail or E.164 phone matches a
customer from another source, storage folds the record into that customer
and logs a merge (see ``repositories.store_customers``). This service lists
those merges and undoes them.

Threading: call from a worker thread (or the CLI); each call opens its own
session and returns frozen dataclasses.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.core.errors import UserError
from desktop.core.records import Changed
from desktop.storage import repositories as repo
from desktop.storage.database import Database


@dataclass(frozen=True)
class MergeInfo:
    """One merge: the record from ``source`` (``external_id``) was folded into
    customer ``kept_customer_id`` because ``matched_on`` ("email" or "phone")
    matched. ``fields_changed`` maps field -> (old, new) as JSON values
    (dates as ISO text). ``note`` says what was deliberately not changed
    (e.g. a marketing "no" kept over a "yes")."""

    id: int
    batch_id: int | None
    kept_customer_id: int | None
    kept_name: str | None
    source: str
    external_id: str | None
    email: str | None
    phone: str | None
    matched_on: str
    fields_changed: dict
    note: str | None
    created_at: datetime
    undone_at: datetime | None = None

    def as_json(self) -> dict:
        return {
            "id": self.id, "batch_id": self.batch_id, "kept_customer_id": self.kept_customer_id,
            "kept_name": self.kept_name, "source": self.source, "external_id": self.external_id,
            "email": self.email, "phone": self.phone, "matched_on": self.matched_on,
            "fields_changed": {k: {"old": v[0], "new": v[1]} for k, v in self.fields_changed.items()},
            "note": self.note, "created_at": self.created_at.isoformat(timespec="seconds"),
            "undone": self.undone_at is not None,
        }


@dataclass(frozen=True)
class UnmergeResult:
    """What undoing a merge did: fields given back their old value, fields
    left alone because they changed again since, and the id of the customer
    the merged record became."""

    merge_id: int
    restored: tuple[str, ...]
    kept: tuple[str, ...]
    customer_id: int | None
    changed: Changed


def _info(row: dict) -> MergeInfo:
    row = dict(row)
    row["fields_changed"] = {k: tuple(v) for k, v in row["fields_changed"].items()}
    return MergeInfo(**row)


class CustomerService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def list_merges(self, batch_id: int | None = None, include_undone: bool = True) -> list[MergeInfo]:
        """The merge log, newest first (optionally one batch's, or standing merges only)."""
        with self._db.session() as s:
            return [_info(r) for r in repo.list_merges(s, batch_id, include_undone)]

    def undo_merge(self, merge_id: int) -> UnmergeResult:
        """Split a merge: the kept customer gets back the values the merge
        changed (unless they changed again since), and the merged record
        becomes a customer of its own, taking its source's orders along.
        Raises UserError for an unknown or already undone merge."""
        with self._db.session() as s:
            info = repo.get_merge(s, merge_id)
            if info is None:
                raise UserError(f"There is no customer merge {merge_id}.")
            if info["undone_at"] is not None:
                raise UserError(f"Customer merge {merge_id} was already undone.")
            out = repo.undo_merge(s, merge_id, split=True)
        return UnmergeResult(merge_id=merge_id, restored=tuple(out["restored"]),
                             kept=tuple(out["kept"]), customer_id=out["customer_id"],
                             changed=Changed(customers=True, orders=True))
