"""row change log, local review ids, reviewer history

Imports that change a stored row in place (an edited review) log the old
values in ``row_changes`` so that undoing the batch restores them, and count
them in ``import_batches.updated``. A spreadsheet's own row ids (files with
no platform of their own) now identify a review only with its author and day
(a customer with the name, an order with the day): the stored keys of such
rows are rewritten the same way, so re-importing those files still finds them. Reviews gain the author's review count and
Local Guide badge where the source gives them.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06 21:30:00
"""
from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from desktop.storage.keys import customer_key, order_key, review_key

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.add_column(sa.Column("updated", sa.Integer(), server_default="0", nullable=False))
    op.create_table(
        "row_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("batch_id", sa.Integer(), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("old_values", sa.Text(), nullable=False),
        sa.Column("new_values", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["batch_id"], ["import_batches.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("row_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_row_changes_batch_id"), ["batch_id"], unique=False)
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.add_column(sa.Column("author_reviews", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("author_local_guide", sa.Boolean(), nullable=True))
        batch_op.create_index("ix_reviews_source_external_id", ["source", "external_id"], unique=False)
    _rekey_local_ids()


def _rekey_local_ids() -> None:
    """Rows stored from generic files under their bare row id get the key
    that such ids have now: reviews with author and day, customers with
    their name, orders with their day."""
    conn = op.get_bind()

    def rows(table: str, columns: str) -> list:
        return conn.execute(sa.text(
            f"SELECT t.id, {columns} FROM {table} t JOIN import_batches b ON b.id = t.import_batch_id "
            "WHERE b.format = 'generic' AND t.dedupe_key LIKE 'id:%'")).fetchall()

    def when(table: str, column: str, rid: int):  # noqa: ANN202 - read back typed by SQLAlchemy
        t = sa.table(table, sa.column("id", sa.Integer), sa.column(column, sa.DateTime))
        return conn.execute(sa.select(t.c[column]).where(t.c.id == rid)).scalar()

    def rekey(table: str, rid: int, key: str) -> None:
        conn.execute(sa.text(f"UPDATE {table} SET dedupe_key = :key WHERE id = :rid"),
                     {"key": key, "rid": rid})

    for rid, ext, author in rows("reviews", "t.external_id, t.author"):
        rekey("reviews", rid, review_key(ext, author, when("reviews", "created_at", rid), None, None,
                                         id_is_local=True))
    for rid, ext, name, email, phone in rows("customers", "t.external_id, t.name, t.email, t.phone"):
        rekey("customers", rid, customer_key(ext, email, phone, name, id_is_local=True))
    for rid, ext in rows("orders", "t.external_id"):
        rekey("orders", rid, order_key(ext, when("orders", "ordered_at", rid), None, (),
                                       id_is_local=True))
    merges = conn.execute(sa.text(
        "SELECT m.id, m.external_id, m.email, m.phone, m.record FROM customer_merges m "
        "JOIN import_batches b ON b.id = m.batch_id "
        "WHERE b.format = 'generic' AND m.dedupe_key LIKE 'id:%'")).fetchall()
    for mid, ext, email, phone, record in merges:
        name = (json.loads(record or "{}") or {}).get("name")
        rekey("customer_merges", mid, customer_key(ext, email, phone, name, id_is_local=True))


def downgrade() -> None:
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.drop_index("ix_reviews_source_external_id")
        batch_op.drop_column("author_local_guide")
        batch_op.drop_column("author_reviews")
    with op.batch_alter_table("row_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_row_changes_batch_id"))
    op.drop_table("row_changes")
    with op.batch_alter_table("import_batches", schema=None) as batch_op:
        batch_op.drop_column("updated")
