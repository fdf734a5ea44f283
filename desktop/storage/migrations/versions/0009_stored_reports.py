"""stored reports: the rating-drop report kept per filter and data state, so
a new process reads it instead of computing it again

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 13:20:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('stored_reports',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('filter_key', sa.String(length=64), nullable=False),
    sa.Column('state_key', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_stored_reports_filter_state', 'stored_reports', ['filter_key', 'state_key'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_stored_reports_filter_state', table_name='stored_reports')
    op.drop_table('stored_reports')
