"""petitions: the petition desk (信访), the district map and the dispute-investigation ledger

Revision ID: 0006_petitions
Revises: 0006_idcard
Create Date: 2026-12-06 19:55:51.062313

Petitioners' ID numbers and phones are plain columns here, like the parties of mediation
cases; the column encryption of issue 14 covers them at merge (services.petitions.identity).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# Frozen here: a migration keeps the layout it was written for.
SEALED_LENGTH = 128
HASH_LENGTH = 64

revision = '0006_petitions'
down_revision = '0006_idcard'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('petition',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=16), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('concerned_body', sa.String(length=100), nullable=False),
    sa.Column('matter', sa.Text(), nullable=False),
    sa.Column('matter_key', sa.String(length=160), nullable=False),
    sa.Column('headcount', sa.Integer(), nullable=False),
    sa.Column('collective', sa.Boolean(), nullable=False),
    sa.Column('repeat_of_id', sa.Integer(), nullable=True),
    sa.Column('final_review_id', sa.Integer(), nullable=True),
    sa.Column('state', sa.String(length=32), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('decide_by', sa.Date(), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('handle_by', sa.Date(), nullable=True),
    sa.Column('extension_days', sa.Integer(), nullable=True),
    sa.Column('extension_reason', sa.Text(), nullable=True),
    sa.Column('decline_routes', sa.JSON(), nullable=False),
    sa.Column('forwarded_to', sa.String(length=100), nullable=True),
    sa.Column('finding', sa.String(length=32), nullable=True),
    sa.Column('reply', sa.Text(), nullable=True),
    sa.Column('replied_on', sa.Date(), nullable=True),
    sa.Column('satisfaction', sa.String(length=32), nullable=True),
    sa.Column('review_request_by', sa.Date(), nullable=True),
    sa.Column('review_requested_on', sa.Date(), nullable=True),
    sa.Column('review_decide_by', sa.Date(), nullable=True),
    sa.Column('review_result', sa.String(length=16), nullable=True),
    sa.Column('reviewed_on', sa.Date(), nullable=True),
    sa.Column('re_review_request_by', sa.Date(), nullable=True),
    sa.Column('re_review_requested_on', sa.Date(), nullable=True),
    sa.Column('re_review_decide_by', sa.Date(), nullable=True),
    sa.Column('re_review_result', sa.String(length=16), nullable=True),
    sa.Column('re_reviewed_on', sa.Date(), nullable=True),
    sa.Column('mediation_case_id', sa.Integer(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['final_review_id'], ['petition.id'], name=op.f('fk_petition_final_review_id_petition')),
    sa.ForeignKeyConstraint(['mediation_case_id'], ['mediation_case.id'], name=op.f('fk_petition_mediation_case_id_mediation_case')),
    sa.ForeignKeyConstraint(['repeat_of_id'], ['petition.id'], name=op.f('fk_petition_repeat_of_id_petition')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_petition_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_petition')),
    sa.UniqueConstraint('number', name=op.f('uq_petition_number'))
    )
    with op.batch_alter_table('petition', schema=None) as batch_op:
        batch_op.create_index('ix_petition_matter_key', ['matter_key'], unique=False)
        batch_op.create_index('ix_petition_received_on', ['received_on'], unique=False)
        batch_op.create_index('ix_petition_state', ['state'], unique=False)

    op.create_table('petition_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('petition_id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('from_state', sa.String(length=32), nullable=True),
    sa.Column('to_state', sa.String(length=32), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['petition_id'], ['petition.id'], name=op.f('fk_petition_event_petition_id_petition')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_petition_event'))
    )
    with op.batch_alter_table('petition_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_petition_event_petition_id'), ['petition_id'], unique=False)

    op.create_table('petitioner',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('petition_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    # Sealed with the data key; the identity key is the keyed hash of the sealed basis.
    sa.Column('id_number', sa.String(length=SEALED_LENGTH), nullable=True),
    sa.Column('phone', sa.String(length=SEALED_LENGTH), nullable=False),
    sa.Column('identity_basis', sa.String(length=SEALED_LENGTH), nullable=False),
    sa.Column('identity_key', sa.String(length=HASH_LENGTH), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['petition_id'], ['petition.id'], name=op.f('fk_petitioner_petition_id_petition')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_petitioner'))
    )
    with op.batch_alter_table('petitioner', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_petitioner_identity_key'), ['identity_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_petitioner_petition_id'), ['petition_id'], unique=False)

    # The district map (streets, communities, grids) and the ledger with its monthly round.
    op.create_table('street',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_street')),
    sa.UniqueConstraint('name', name=op.f('uq_street_name'))
    )
    op.create_table('community',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('street_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['street_id'], ['street.id'], name=op.f('fk_community_street_id_street')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_community')),
    sa.UniqueConstraint('street_id', 'name', name=op.f('uq_community_street_id_name'))
    )
    with op.batch_alter_table('community', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_community_street_id'), ['street_id'], unique=False)

    op.create_table('grid',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('community_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['community_id'], ['community.id'], name=op.f('fk_grid_community_id_community')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grid')),
    sa.UniqueConstraint('community_id', 'name', name=op.f('uq_grid_community_id_name'))
    )
    with op.batch_alter_table('grid', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grid_community_id'), ['community_id'], unique=False)

    op.create_table('grid_member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('grid_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.ForeignKeyConstraint(['grid_id'], ['grid.id'], name=op.f('fk_grid_member_grid_id_grid')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grid_member'))
    )
    with op.batch_alter_table('grid_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_grid_member_grid_id'), ['grid_id'], unique=False)

    op.create_table('grid_report',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('grid_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.String(length=7), nullable=False),
    sa.Column('zero', sa.Boolean(), nullable=False),
    sa.Column('reported_at', sa.DateTime(), nullable=False),
    sa.Column('reporter', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['grid_id'], ['grid.id'], name=op.f('fk_grid_report_grid_id_grid')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_grid_report')),
    sa.UniqueConstraint('grid_id', 'month', name=op.f('uq_grid_report_grid_id_month'))
    )
    op.create_table('ledger_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=16), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('grid_id', sa.Integer(), nullable=False),
    sa.Column('parties', sa.JSON(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('people', sa.Integer(), nullable=False),
    sa.Column('risk', sa.String(length=16), nullable=False),
    sa.Column('flags', sa.JSON(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('referred_to', sa.String(length=16), nullable=True),
    sa.Column('referred_detail', sa.String(length=100), nullable=True),
    sa.Column('petition_id', sa.Integer(), nullable=True),
    sa.Column('mediation_case_id', sa.Integer(), nullable=True),
    sa.Column('found_on', sa.Date(), nullable=False),
    sa.Column('next_follow_up', sa.Date(), nullable=True),
    sa.Column('resolved_on', sa.Date(), nullable=True),
    sa.Column('registered_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['grid_id'], ['grid.id'], name=op.f('fk_ledger_entry_grid_id_grid')),
    sa.ForeignKeyConstraint(['mediation_case_id'], ['mediation_case.id'], name=op.f('fk_ledger_entry_mediation_case_id_mediation_case')),
    sa.ForeignKeyConstraint(['petition_id'], ['petition.id'], name=op.f('fk_ledger_entry_petition_id_petition')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_entry')),
    sa.UniqueConstraint('number', name=op.f('uq_ledger_entry_number'))
    )
    with op.batch_alter_table('ledger_entry', schema=None) as batch_op:
        batch_op.create_index('ix_ledger_entry_found_on', ['found_on'], unique=False)
        batch_op.create_index('ix_ledger_entry_grid_found_on', ['grid_id', 'found_on'], unique=False)
        batch_op.create_index('ix_ledger_entry_state', ['state'], unique=False)

    op.create_table('ledger_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('from_state', sa.String(length=16), nullable=True),
    sa.Column('to_state', sa.String(length=16), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['ledger_entry.id'], name=op.f('fk_ledger_event_entry_id_ledger_entry')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ledger_event'))
    )
    with op.batch_alter_table('ledger_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ledger_event_entry_id'), ['entry_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('ledger_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ledger_event_entry_id'))

    op.drop_table('ledger_event')
    with op.batch_alter_table('ledger_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_ledger_entry_state')
        batch_op.drop_index('ix_ledger_entry_grid_found_on')
        batch_op.drop_index('ix_ledger_entry_found_on')

    op.drop_table('ledger_entry')
    op.drop_table('grid_report')
    with op.batch_alter_table('grid_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grid_member_grid_id'))

    op.drop_table('grid_member')
    with op.batch_alter_table('grid', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_grid_community_id'))

    op.drop_table('grid')
    with op.batch_alter_table('community', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_community_street_id'))

    op.drop_table('community')
    op.drop_table('street')
    with op.batch_alter_table('petitioner', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_petitioner_petition_id'))
        batch_op.drop_index(batch_op.f('ix_petitioner_identity_key'))

    op.drop_table('petitioner')
    with op.batch_alter_table('petition_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_petition_event_petition_id'))

    op.drop_table('petition_event')
    with op.batch_alter_table('petition', schema=None) as batch_op:
        batch_op.drop_index('ix_petition_state')
        batch_op.drop_index('ix_petition_received_on')
        batch_op.drop_index('ix_petition_matter_key')

    op.drop_table('petition')
