"""deal desk: dealership logo, dated tax rules, deals, finance applications, contract templates and
contracts, number sequences, receipts, deliveries

New tables, plus two new columns (dealership.logo, NULL; interactions.companions, '');
no existing value is changed. The customer_search FTS5 tables (0003) are
not in the models and must never be dropped here.

Revision ID: 0006_deal_desk
Revises: 0005_cockpit_stages
Create Date: 2026-11-29 12:10:27.908677
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0006_deal_desk'
down_revision = '0005_cockpit_stages'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('dealership', schema=None) as batch_op:
        batch_op.add_column(sa.Column('logo', sa.LargeBinary(), nullable=True))

    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('companions', sa.String(length=200), server_default='', nullable=False))

    op.create_table('number_sequences',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('next_value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_number_sequences'))
    )
    op.create_table('contract_templates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('region', sa.String(length=2), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('clauses', sa.JSON(), nullable=False),
    sa.Column('roc_dates', sa.Boolean(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_contract_templates_created_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contract_templates')),
    sa.UniqueConstraint('region', 'version', name='region_version')
    )
    op.create_table('tax_rules',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('region', sa.String(length=2), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('source', sa.String(length=300), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('valid_to IS NULL OR valid_to >= valid_from', name=op.f('ck_tax_rules_valid_range')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_tax_rules_created_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tax_rules'))
    )
    with op.batch_alter_table('tax_rules', schema=None) as batch_op:
        batch_op.create_index('ix_tax_rules_key', ['region', 'key', 'valid_from'], unique=False)

    op.create_table('deals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_token', sa.String(length=40), nullable=False),
    sa.Column('opportunity_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('trim_id', sa.Integer(), nullable=False),
    sa.Column('stock_vehicle_id', sa.Integer(), nullable=True),
    sa.Column('region', sa.String(length=2), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('msrp', sa.BigInteger(), nullable=False),  # Money: integer cents
    sa.Column('price', sa.BigInteger(), nullable=False),  # Money: integer cents
    sa.Column('total_on_the_road', sa.BigInteger(), nullable=False),  # Money: integer cents
    sa.Column('inputs', sa.JSON(), nullable=False),
    sa.Column('figures', sa.JSON(), nullable=False),
    sa.Column('approval_id', sa.Integer(), nullable=True),
    sa.Column('approved_discount', sa.BigInteger(), nullable=True),  # Money: integer cents
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.CheckConstraint('price >= 0', name=op.f('ck_deals_price_non_negative')),
    sa.ForeignKeyConstraint(['approval_id'], ['approvals.id'], name=op.f('fk_deals_approval_id_approvals')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_deals_created_by_users')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_deals_customer_id_customers'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['opportunity_id'], ['opportunities.id'], name=op.f('fk_deals_opportunity_id_opportunities'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['stock_vehicle_id'], ['stock_vehicles.id'], name=op.f('fk_deals_stock_vehicle_id_stock_vehicles')),
    sa.ForeignKeyConstraint(['trim_id'], ['trims.id'], name=op.f('fk_deals_trim_id_trims')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deals')),
    sa.UniqueConstraint('opportunity_id', name=op.f('uq_deals_opportunity_id')),
    sa.UniqueConstraint('request_token', name=op.f('uq_deals_request_token'))
    )
    with op.batch_alter_table('deals', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_deals_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index('ix_deals_status', ['status'], unique=False)

    op.create_table('contracts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('deal_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('earnest_kind', sa.String(length=12), nullable=False),
    sa.Column('deposit_amount', sa.BigInteger(), nullable=False),  # Money: integer cents
    sa.Column('override_reason', sa.Text(), nullable=False),
    sa.Column('given_on', sa.Date(), nullable=True),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_contracts_created_by_users')),
    sa.ForeignKeyConstraint(['deal_id'], ['deals.id'], name=op.f('fk_contracts_deal_id_deals'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['template_id'], ['contract_templates.id'], name=op.f('fk_contracts_template_id_contract_templates')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contracts')),
    sa.UniqueConstraint('deal_id', name=op.f('uq_contracts_deal_id')),
    sa.UniqueConstraint('number', name=op.f('uq_contracts_number'))
    )
    op.create_table('deliveries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('deal_id', sa.Integer(), nullable=False),
    sa.Column('appointment_id', sa.Integer(), nullable=True),
    sa.Column('scheduled_at', sa.DateTime(), nullable=True),
    sa.Column('pdi', sa.JSON(), nullable=False),
    sa.Column('pdi_technician', sa.String(length=100), nullable=False),
    sa.Column('pdi_signed_at', sa.DateTime(), nullable=True),
    sa.Column('handover', sa.JSON(), nullable=False),
    sa.Column('odometer', sa.Integer(), nullable=True),
    sa.Column('vin', sa.String(length=17), nullable=False),
    sa.Column('plate', sa.String(length=20), nullable=False),
    sa.Column('service_advisor', sa.String(length=100), nullable=False),
    sa.Column('first_service_on', sa.Date(), nullable=True),
    sa.Column('photo', sa.LargeBinary(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('delivered_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['appointment_id'], ['appointments.id'], name=op.f('fk_deliveries_appointment_id_appointments'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['deal_id'], ['deals.id'], name=op.f('fk_deliveries_deal_id_deals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_deliveries')),
    sa.UniqueConstraint('deal_id', name=op.f('uq_deliveries_deal_id'))
    )
    op.create_table('finance_applications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('deal_id', sa.Integer(), nullable=False),
    sa.Column('lender', sa.String(length=120), nullable=False),
    sa.Column('product', sa.String(length=120), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('principal', sa.BigInteger(), nullable=False),  # Money: integer cents
    sa.Column('annual_rate', sa.Numeric(precision=9, scale=6), nullable=False),
    sa.Column('months', sa.Integer(), nullable=False),
    sa.Column('fee_amount', sa.BigInteger(), nullable=False),  # Money: integer cents
    sa.Column('balloon_amount', sa.BigInteger(), nullable=True),  # Money: integer cents
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('checklist', sa.JSON(), nullable=False),
    sa.Column('history', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['deal_id'], ['deals.id'], name=op.f('fk_finance_applications_deal_id_deals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_finance_applications'))
    )
    with op.batch_alter_table('finance_applications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_finance_applications_deal_id'), ['deal_id'], unique=False)

    op.create_table('receipts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contract_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),  # Money: integer cents
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('snapshot', sa.JSON(), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('amount > 0', name=op.f('ck_receipts_amount_positive')),
    sa.ForeignKeyConstraint(['contract_id'], ['contracts.id'], name=op.f('fk_receipts_contract_id_contracts'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_receipts_created_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receipts')),
    sa.UniqueConstraint('number', name=op.f('uq_receipts_number'))
    )
    with op.batch_alter_table('receipts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_receipts_contract_id'), ['contract_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('dealership', schema=None) as batch_op:
        batch_op.drop_column('logo')

    with op.batch_alter_table('interactions', schema=None) as batch_op:
        batch_op.drop_column('companions')

    with op.batch_alter_table('receipts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_receipts_contract_id'))

    op.drop_table('receipts')
    with op.batch_alter_table('finance_applications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_finance_applications_deal_id'))

    op.drop_table('finance_applications')
    op.drop_table('deliveries')
    op.drop_table('contracts')
    with op.batch_alter_table('deals', schema=None) as batch_op:
        batch_op.drop_index('ix_deals_status')
        batch_op.drop_index(batch_op.f('ix_deals_customer_id'))

    op.drop_table('deals')
    with op.batch_alter_table('tax_rules', schema=None) as batch_op:
        batch_op.drop_index('ix_tax_rules_key')

    op.drop_table('tax_rules')
    op.drop_table('contract_templates')
    op.drop_table('number_sequences')
