"""customer archive: owned vehicles, service history, archive fields, search index

Revision ID: 0003_customer_archive
Revises: 0002_accounts_audit
Create Date: 2026-11-29 10:23:32.908801
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003_customer_archive'
down_revision = '0002_accounts_audit'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('owned_vehicles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('model_id', sa.Integer(), nullable=True),
    sa.Column('model_text', sa.String(length=120), nullable=False),
    sa.Column('plate', sa.String(length=20), nullable=False),
    sa.Column('vehicle_type', sa.String(length=20), nullable=False),
    sa.Column('powertrain', sa.String(length=10), nullable=False),
    sa.Column('vin', sa.String(length=17), nullable=False),
    sa.Column('delivery_date', sa.Date(), nullable=True),
    sa.Column('odometer_at_delivery', sa.Integer(), nullable=True),
    sa.Column('maintenance_items', sa.JSON(), nullable=False),
    sa.Column('interval_km', sa.Integer(), nullable=True),
    sa.Column('interval_months', sa.Integer(), nullable=True),
    sa.Column('next_maintenance_override', sa.Date(), nullable=True),
    sa.Column('next_maintenance_date', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('interval_km IS NULL OR interval_km > 0', name=op.f('ck_owned_vehicles_interval_km_positive')),
    sa.CheckConstraint('interval_months IS NULL OR interval_months > 0', name=op.f('ck_owned_vehicles_interval_months_positive')),
    sa.CheckConstraint('odometer_at_delivery IS NULL OR odometer_at_delivery >= 0', name=op.f('ck_owned_vehicles_odometer_non_negative')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_owned_vehicles_customer_id_customers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['model_id'], ['vehicle_models.id'], name=op.f('fk_owned_vehicles_model_id_vehicle_models')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_owned_vehicles'))
    )
    with op.batch_alter_table('owned_vehicles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_owned_vehicles_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_owned_vehicles_plate'), ['plate'], unique=False)
        batch_op.create_index(batch_op.f('ix_owned_vehicles_next_maintenance_date'), ['next_maintenance_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_owned_vehicles_vin'), ['vin'], unique=False)

    op.create_table('service_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('vehicle_id', sa.Integer(), nullable=True),
    sa.Column('service_date', sa.Date(), nullable=False),
    sa.Column('odometer', sa.Integer(), nullable=True),
    sa.Column('items', sa.Text(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=True),
    sa.Column('advisor', sa.String(length=100), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('amount IS NULL OR amount >= 0', name=op.f('ck_service_records_amount_non_negative')),
    sa.CheckConstraint('odometer IS NULL OR odometer >= 0', name=op.f('ck_service_records_odometer_non_negative')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_service_records_customer_id_customers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['vehicle_id'], ['owned_vehicles.id'], name=op.f('fk_service_records_vehicle_id_owned_vehicles'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_records'))
    )
    with op.batch_alter_table('service_records', schema=None) as batch_op:
        batch_op.create_index('ix_service_records_customer_date', ['customer_id', 'service_date'], unique=False)

    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('email', sa.String(length=200), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('preferred_channel', sa.String(length=20), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('best_time', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('service_advisor', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('insurance_company', sa.String(length=100), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('insurance_expiry', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('desired_services', sa.JSON(), nullable=False, server_default='[]'))
        batch_op.add_column(sa.Column('desired_services_note', sa.Text(), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('archive_completed_at', sa.DateTime(), nullable=True))


    op.create_index(
        'ix_opportunities_customer_status', 'opportunities', ['customer_id', 'status']
    )
    _create_search_index()

SEARCH_TABLE = "customer_search"


def _create_search_index() -> None:
    """Full-text index of customers (SQLite FTS5); the application writes its tokens.

    One token per CJK character (normalised to one script) and per Latin word, plus every
    suffix of phone digits, plates and VINs, so any run of digits finds a phone and the
    last characters find a VIN. Kept SQLite-only: other databases search with LIKE.
    """
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            f"CREATE VIRTUAL TABLE {SEARCH_TABLE} USING fts5(tokens, "
            "tokenize = 'unicode61 remove_diacritics 2', detail = 'column')"
        )


def downgrade() -> None:
    op.drop_index('ix_opportunities_customer_status', table_name='opportunities')
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"DROP TABLE IF EXISTS {SEARCH_TABLE}")
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_column('archive_completed_at')
        batch_op.drop_column('desired_services_note')
        batch_op.drop_column('desired_services')
        batch_op.drop_column('insurance_expiry')
        batch_op.drop_column('insurance_company')
        batch_op.drop_column('service_advisor')
        batch_op.drop_column('best_time')
        batch_op.drop_column('preferred_channel')
        batch_op.drop_column('email')

    with op.batch_alter_table('service_records', schema=None) as batch_op:
        batch_op.drop_index('ix_service_records_customer_date')

    op.drop_table('service_records')
    with op.batch_alter_table('owned_vehicles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_owned_vehicles_vin'))
        batch_op.drop_index(batch_op.f('ix_owned_vehicles_plate'))
        batch_op.drop_index(batch_op.f('ix_owned_vehicles_customer_id'))

    op.drop_table('owned_vehicles')
