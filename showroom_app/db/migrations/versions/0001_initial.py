"""initial schema

Revision ID: 0001_initial
Revises: 
Create Date: 2026-11-29 09:48:12.455998
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001_initial'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    
    op.create_table('brands',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name_en', sa.String(length=100), nullable=False),
    sa.Column('name_zh_tw', sa.String(length=100), nullable=False),
    sa.Column('name_zh_cn', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_brands')),
    sa.UniqueConstraint('code', name=op.f('uq_brands_code'))
    )
    op.create_table('dealership',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=500), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('tax_id', sa.String(length=40), nullable=False),
    sa.Column('region', sa.String(length=2), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('doc_language', sa.String(length=5), nullable=False),
    sa.Column('paper_size', sa.String(length=10), nullable=False),
    sa.Column('is_demo', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dealership'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users'))
    )
    op.create_table('customers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('salutation', sa.String(length=10), nullable=False),
    sa.Column('address', sa.String(length=500), nullable=False),
    sa.Column('birthday', sa.Date(), nullable=True),
    sa.Column('messaging_id', sa.String(length=100), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('assigned_user_id', sa.Integer(), nullable=True),
    sa.Column('consent_marketing', sa.Boolean(), nullable=False),
    sa.Column('consent_marketing_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['assigned_user_id'], ['users.id'], name=op.f('fk_customers_assigned_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customers'))
    )
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.create_index('ix_customers_assigned_user_id', ['assigned_user_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_customers_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_customers_name'), ['name'], unique=False)

    op.create_table('vehicle_models',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('brand_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('name_en', sa.String(length=100), nullable=False),
    sa.Column('name_zh_tw', sa.String(length=100), nullable=False),
    sa.Column('name_zh_cn', sa.String(length=100), nullable=False),
    sa.Column('body_type', sa.String(length=20), nullable=False),
    sa.Column('first_service_km', sa.Integer(), nullable=True),
    sa.Column('first_service_months', sa.Integer(), nullable=True),
    sa.Column('service_interval_km', sa.Integer(), nullable=True),
    sa.Column('service_interval_months', sa.Integer(), nullable=True),
    sa.Column('colours_ext', sa.JSON(), nullable=False),
    sa.Column('colours_int', sa.JSON(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['brand_id'], ['brands.id'], name=op.f('fk_vehicle_models_brand_id_brands')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vehicle_models')),
    sa.UniqueConstraint('code', name=op.f('uq_vehicle_models_code'))
    )
    with op.batch_alter_table('vehicle_models', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vehicle_models_brand_id'), ['brand_id'], unique=False)

    op.create_table('customer_phones',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('e164', sa.String(length=20), nullable=False),
    sa.Column('digits', sa.String(length=20), nullable=False),
    sa.Column('is_mobile', sa.Boolean(), nullable=False),
    sa.Column('is_primary', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_customer_phones_customer_id_customers'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer_phones'))
    )
    with op.batch_alter_table('customer_phones', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customer_phones_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_customer_phones_e164'), ['e164'], unique=False)

    op.create_table('opportunities',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=30), nullable=False),
    sa.Column('source_detail', sa.String(length=200), nullable=False),
    sa.Column('referrer_customer_id', sa.Integer(), nullable=True),
    sa.Column('intent_level', sa.String(length=1), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('stage', sa.String(length=20), nullable=False),
    sa.Column('expected_purchase', sa.String(length=10), nullable=False),
    sa.Column('model_of_interest_id', sa.Integer(), nullable=True),
    sa.Column('assigned_user_id', sa.Integer(), nullable=True),
    sa.Column('next_follow_up', sa.Date(), nullable=True),
    sa.Column('lost_reason', sa.String(length=30), nullable=False),
    sa.Column('lost_note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['assigned_user_id'], ['users.id'], name=op.f('fk_opportunities_assigned_user_id_users')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_opportunities_customer_id_customers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['model_of_interest_id'], ['vehicle_models.id'], name=op.f('fk_opportunities_model_of_interest_id_vehicle_models')),
    sa.ForeignKeyConstraint(['referrer_customer_id'], ['customers.id'], name=op.f('fk_opportunities_referrer_customer_id_customers'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_opportunities'))
    )
    with op.batch_alter_table('opportunities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_opportunities_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_opportunities_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index('ix_opportunities_next_follow_up', ['next_follow_up'], unique=False)
        batch_op.create_index('ix_opportunities_status_user', ['status', 'assigned_user_id'], unique=False)

    op.create_table('trims',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('model_id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=60), nullable=False),
    sa.Column('name_en', sa.String(length=120), nullable=False),
    sa.Column('name_zh_tw', sa.String(length=120), nullable=False),
    sa.Column('name_zh_cn', sa.String(length=120), nullable=False),
    sa.Column('model_year', sa.Integer(), nullable=True),
    sa.Column('powertrain', sa.String(length=10), nullable=False),
    sa.Column('displacement_cc', sa.Integer(), nullable=True),
    sa.Column('motor_kw', sa.Integer(), nullable=True),
    sa.Column('power_kw', sa.Integer(), nullable=True),
    sa.Column('seats', sa.Integer(), nullable=False),
    sa.Column('battery_kwh', sa.Numeric(precision=6, scale=1), nullable=True),
    sa.Column('range_km', sa.Integer(), nullable=True),
    sa.Column('msrp', sa.BigInteger(), nullable=False),  # Money: integer cents
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.CheckConstraint('msrp >= 0', name=op.f('ck_trims_msrp_non_negative')),
    sa.ForeignKeyConstraint(['model_id'], ['vehicle_models.id'], name=op.f('fk_trims_model_id_vehicle_models')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trims')),
    sa.UniqueConstraint('code', name=op.f('uq_trims_code'))
    )
    with op.batch_alter_table('trims', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_trims_model_id'), ['model_id'], unique=False)

    op.create_table('follow_up_tasks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('opportunity_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('purpose', sa.String(length=300), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('outcome', sa.String(length=30), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('assigned_user_id', sa.Integer(), nullable=True),
    sa.Column('completed_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['assigned_user_id'], ['users.id'], name=op.f('fk_follow_up_tasks_assigned_user_id_users')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_follow_up_tasks_customer_id_customers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['opportunity_id'], ['opportunities.id'], name=op.f('fk_follow_up_tasks_opportunity_id_opportunities'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up_tasks'))
    )
    with op.batch_alter_table('follow_up_tasks', schema=None) as batch_op:
        batch_op.create_index('ix_follow_up_tasks_customer', ['customer_id'], unique=False)
        batch_op.create_index('ix_follow_up_tasks_status_due', ['status', 'due_date'], unique=False)

    op.create_table('interactions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('opportunity_id', sa.Integer(), nullable=True),
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('ended_at', sa.DateTime(), nullable=True),
    sa.Column('party_size', sa.Integer(), nullable=False),
    sa.Column('first_visit', sa.Boolean(), nullable=False),
    sa.Column('invited', sa.Boolean(), nullable=False),
    sa.Column('captured_contact', sa.Boolean(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('next_step', sa.Text(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('ended_at IS NULL OR ended_at >= started_at', name=op.f('ck_interactions_ends_after_start')),
    sa.CheckConstraint('party_size >= 1', name=op.f('ck_interactions_party_size_positive')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_interactions_customer_id_customers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['opportunity_id'], ['opportunities.id'], name=op.f('fk_interactions_opportunity_id_opportunities'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_interactions_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interactions'))
    )
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.create_index('ix_interactions_customer_started', ['customer_id', 'started_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_interactions_opportunity_id'), ['opportunity_id'], unique=False)
        batch_op.create_index('ix_interactions_started_at', ['started_at'], unique=False)

    op.create_table('stock_vehicles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('trim_id', sa.Integer(), nullable=False),
    sa.Column('vin', sa.String(length=17), nullable=False),
    sa.Column('engine_no', sa.String(length=40), nullable=False),
    sa.Column('colour_ext', sa.String(length=100), nullable=False),
    sa.Column('colour_int', sa.String(length=100), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('is_test_car', sa.Boolean(), nullable=False),
    sa.Column('plate', sa.String(length=20), nullable=False),
    sa.Column('dealer_cost', sa.BigInteger(), nullable=True),  # Money: integer cents
    sa.Column('arrived_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.CheckConstraint('dealer_cost IS NULL OR dealer_cost >= 0', name=op.f('ck_stock_vehicles_cost_non_negative')),
    sa.ForeignKeyConstraint(['trim_id'], ['trims.id'], name=op.f('fk_stock_vehicles_trim_id_trims')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stock_vehicles')),
    sa.UniqueConstraint('vin', name=op.f('uq_stock_vehicles_vin'))
    )
    with op.batch_alter_table('stock_vehicles', schema=None) as batch_op:
        batch_op.create_index('ix_stock_vehicles_status', ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_stock_vehicles_trim_id'), ['trim_id'], unique=False)

    


def downgrade() -> None:
    
    with op.batch_alter_table('stock_vehicles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stock_vehicles_trim_id'))
        batch_op.drop_index('ix_stock_vehicles_status')

    op.drop_table('stock_vehicles')
    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.drop_index('ix_interactions_started_at')
        batch_op.drop_index(batch_op.f('ix_interactions_opportunity_id'))
        batch_op.drop_index('ix_interactions_customer_started')

    op.drop_table('interactions')
    with op.batch_alter_table('follow_up_tasks', schema=None) as batch_op:
        batch_op.drop_index('ix_follow_up_tasks_status_due')
        batch_op.drop_index('ix_follow_up_tasks_customer')

    op.drop_table('follow_up_tasks')
    with op.batch_alter_table('trims', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_trims_model_id'))

    op.drop_table('trims')
    with op.batch_alter_table('opportunities', schema=None) as batch_op:
        batch_op.drop_index('ix_opportunities_status_user')
        batch_op.drop_index('ix_opportunities_next_follow_up')
        batch_op.drop_index(batch_op.f('ix_opportunities_customer_id'))
        batch_op.drop_index(batch_op.f('ix_opportunities_created_at'))

    op.drop_table('opportunities')
    with op.batch_alter_table('customer_phones', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customer_phones_e164'))
        batch_op.drop_index(batch_op.f('ix_customer_phones_customer_id'))

    op.drop_table('customer_phones')
    with op.batch_alter_table('vehicle_models', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vehicle_models_brand_id'))

    op.drop_table('vehicle_models')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customers_name'))
        batch_op.drop_index(batch_op.f('ix_customers_created_at'))
        batch_op.drop_index('ix_customers_assigned_user_id')

    op.drop_table('customers')
    op.drop_table('users')
    op.drop_table('dealership')
    op.drop_table('brands')
    
