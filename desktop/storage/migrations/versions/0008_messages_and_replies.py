"""messages and replies: message log, campaign runs with hold-outs, the
do-not-contact list, the owner's templates, reviews marked answered

Revision ID: 0008
Revises: 0006
Create Date: 2026-12-06 21:00:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('campaign_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('campaign', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('seed', sa.BigInteger(), nullable=False),
    sa.Column('holdout_share', sa.Float(), nullable=False),
    sa.Column('offer_tags', sa.Text(), nullable=False),
    sa.Column('dish', sa.String(length=300), nullable=True),
    sa.Column('offer_text', sa.Text(), nullable=True),
    sa.Column('mode', sa.String(length=20), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index(op.f('ix_campaign_runs_campaign'), 'campaign_runs', ['campaign'], unique=False)
    op.create_table('message_templates',
    sa.Column('campaign', sa.String(length=40), nullable=False),
    sa.Column('language', sa.String(length=12), nullable=False),
    sa.Column('versions', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('campaign', 'language')
    )
    op.create_table('suppressions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('value', sa.String(length=300), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('kind', 'value', name='uq_suppressions_kind_value')
    )
    op.create_table('campaign_members',
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=12), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['run_id'], ['campaign_runs.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('run_id', 'customer_id')
    )
    op.create_index(op.f('ix_campaign_members_customer_id'), 'campaign_members', ['customer_id'], unique=False)
    op.create_table('message_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=True),
    sa.Column('review_id', sa.Integer(), nullable=True),
    sa.Column('campaign', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('channel', sa.String(length=12), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('language', sa.String(length=12), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=False),
    sa.Column('via', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['review_id'], ['reviews.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['run_id'], ['campaign_runs.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_message_log_customer_sent', 'message_log', ['customer_id', 'sent_at'], unique=False)
    op.create_index(op.f('ix_message_log_run_id'), 'message_log', ['run_id'], unique=False)
    op.create_table('reply_status',
    sa.Column('review_id', sa.Integer(), nullable=False),
    sa.Column('answered_at', sa.DateTime(), nullable=False),
    sa.Column('reply_text', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['review_id'], ['reviews.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('review_id')
    )


def downgrade() -> None:
    op.drop_table('reply_status')
    op.drop_index(op.f('ix_message_log_run_id'), table_name='message_log')
    op.drop_index('ix_message_log_customer_sent', table_name='message_log')
    op.drop_table('message_log')
    op.drop_index(op.f('ix_campaign_members_customer_id'), table_name='campaign_members')
    op.drop_table('campaign_members')
    op.drop_table('suppressions')
    op.drop_table('message_templates')
    op.drop_index(op.f('ix_campaign_runs_campaign'), table_name='campaign_runs')
    op.drop_table('campaign_runs')
