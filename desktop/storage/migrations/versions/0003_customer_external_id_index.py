"""index customers and merge records by external id

Orders and preference notes find their customer by the POS's customer id
one import chunk at a time; without an index every chunk scanned the table.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 23:45:00
"""
from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customers_external_id"), ["external_id"], unique=False)
    with op.batch_alter_table("customer_merges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_customer_merges_external_id"), ["external_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("customer_merges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_merges_external_id"))
    with op.batch_alter_table("customers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customers_external_id"))
