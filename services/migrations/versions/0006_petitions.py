"""petitions: the petition desk (信访) with its petitioners and timeline

Revision ID: 0006_petitions
Revises: 0005
Create Date: 2026-12-06 19:55:51.062313

Petitioners' ID numbers and phones are plain columns here, like the parties of mediation
cases; the column encryption of issue 14 covers them at merge (services.petitions.identity).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006_petitions'
down_revision = '0005'
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
    sa.Column('id_number', sa.String(length=18), nullable=True),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('identity_key', sa.String(length=64), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['petition_id'], ['petition.id'], name=op.f('fk_petitioner_petition_id_petition')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_petitioner'))
    )
    with op.batch_alter_table('petitioner', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_petitioner_identity_key'), ['identity_key'], unique=False)
        batch_op.create_index(batch_op.f('ix_petitioner_petition_id'), ['petition_id'], unique=False)



def downgrade() -> None:
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
