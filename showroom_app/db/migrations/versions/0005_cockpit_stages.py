"""cockpit stages: walkaround FAB cards, trim specs, objections, presentations, drafts

Only new tables and one server-defaulted column: no existing row is touched. The
customer_search FTS5 tables (0003) are not in the models and must never be dropped here.

Revision ID: 0005_cockpit_stages
Revises: 0004_sales_cockpit
Create Date: 2026-11-29 12:06:49.839223
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0005_cockpit_stages'
down_revision = '0004_sales_cockpit'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('drafts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('form_key', sa.String(length=100), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_drafts_customer_id_customers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_drafts_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_drafts')),
    sa.UniqueConstraint('user_id', 'form_key', name='user_form')
    )
    with op.batch_alter_table('drafts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_drafts_customer_id'), ['customer_id'], unique=False)

    op.create_table('fab_cards',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('model_id', sa.Integer(), nullable=False),
    sa.Column('trim_id', sa.Integer(), nullable=True),
    sa.Column('point', sa.String(length=20), nullable=False),
    sa.Column('priority', sa.String(length=20), nullable=False),
    sa.Column('feature', sa.JSON(), nullable=False),
    sa.Column('advantage', sa.JSON(), nullable=False),
    sa.Column('benefit', sa.JSON(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['model_id'], ['vehicle_models.id'], name=op.f('fk_fab_cards_model_id_vehicle_models'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['trim_id'], ['trims.id'], name=op.f('fk_fab_cards_trim_id_trims'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_fab_cards'))
    )
    with op.batch_alter_table('fab_cards', schema=None) as batch_op:
        batch_op.create_index('ix_fab_cards_model_trim', ['model_id', 'trim_id'], unique=False)

    op.create_table('objections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('opportunity_id', sa.Integer(), nullable=False),
    sa.Column('tags', sa.JSON(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('response', sa.Text(), nullable=False),
    sa.Column('resolved', sa.Boolean(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_objections_created_by_users')),
    sa.ForeignKeyConstraint(['opportunity_id'], ['opportunities.id'], name=op.f('fk_objections_opportunity_id_opportunities'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_objections'))
    )
    with op.batch_alter_table('objections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_objections_opportunity_id'), ['opportunity_id'], unique=False)

    op.create_table('presentations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('opportunity_id', sa.Integer(), nullable=False),
    sa.Column('trims', sa.JSON(), nullable=False),
    sa.Column('compared', sa.JSON(), nullable=False),
    sa.Column('points_done', sa.JSON(), nullable=False),
    sa.Column('cards_shown', sa.JSON(), nullable=False),
    sa.Column('competitor', sa.String(length=120), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['opportunity_id'], ['opportunities.id'], name=op.f('fk_presentations_opportunity_id_opportunities'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_presentations')),
    sa.UniqueConstraint('opportunity_id', name=op.f('uq_presentations_opportunity_id'))
    )
    with op.batch_alter_table('trims', schema=None) as batch_op:
        batch_op.add_column(sa.Column('specs', sa.JSON(), server_default='{}', nullable=False))



def downgrade() -> None:
    with op.batch_alter_table('trims', schema=None) as batch_op:
        batch_op.drop_column('specs')

    op.drop_table('presentations')
    with op.batch_alter_table('objections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_objections_opportunity_id'))

    op.drop_table('objections')
    with op.batch_alter_table('fab_cards', schema=None) as batch_op:
        batch_op.drop_index('ix_fab_cards_model_trim')

    op.drop_table('fab_cards')
    with op.batch_alter_table('drafts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_drafts_customer_id'))

    op.drop_table('drafts')
