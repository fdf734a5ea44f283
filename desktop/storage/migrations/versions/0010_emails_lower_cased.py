"""customers' e-mails stored lower-cased by Python: matching compares the
stored column with a plain ``IN (...)`` (see ``repositories.customers.
normal_email``), so rows written before it, with their capitals as the till
gave them ("Ana@Example.com", "ÉLODIE@X.FR"), are folded once here, or a
re-import would not find them and would add the customer again.

Python's ``str.lower`` folds every alphabet (SQLite's ``lower`` only ASCII),
so the rows are read and written back in batches rather than by one UPDATE.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 16:00:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

BATCH = 1000


def upgrade() -> None:
    conn = op.get_bind()
    customers = sa.table("customers", sa.column("id", sa.Integer), sa.column("email", sa.String))
    rows = conn.execute(sa.select(customers.c.id, customers.c.email)
                        .where(customers.c.email.is_not(None))).all()
    changed = []
    for cid, email in rows:
        folded = email.strip().lower() or None
        if folded != email:
            changed.append({"cid": cid, "folded": folded})
    stmt = customers.update().where(customers.c.id == sa.bindparam("cid")).values(email=sa.bindparam("folded"))
    for start in range(0, len(changed), BATCH):
        conn.execute(stmt, changed[start:start + BATCH])


def downgrade() -> None:
    pass  # the capitals are not kept: lower-cased addresses match as before
