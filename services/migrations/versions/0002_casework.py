"""casework: residents, requests, ratings, calendar, mediation

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30 11:21:58.883842
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('calendar_day',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.PrimaryKeyConstraint('day', name=op.f('pk_calendar_day'))
    )
    op.create_table('document_sequence',
    sa.Column('kind', sa.String(length=1), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'year', name=op.f('pk_document_sequence'))
    )
    op.create_table('receiving_body',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receiving_body')),
    sa.UniqueConstraint('name', name=op.f('uq_receiving_body_name'))
    )
    op.create_table('resident',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('community', sa.String(length=100), nullable=False),
    sa.Column('grid', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_resident')),
    sa.UniqueConstraint('id_number', name=op.f('uq_resident_id_number'))
    )
    op.create_table('evaluation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('ticket_id', sa.Integer(), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=64), nullable=True),
    sa.Column('comment', sa.Text(), nullable=False),
    sa.Column('rated_at', sa.DateTime(), nullable=False),
    sa.Column('service_day', sa.Date(), nullable=False),
    sa.Column('follow_up_state', sa.String(length=16), nullable=False),
    sa.Column('follow_up_due', sa.Date(), nullable=True),
    sa.Column('follow_up_note', sa.Text(), nullable=True),
    sa.Column('follow_up_closed_at', sa.DateTime(), nullable=True),
    sa.Column('follow_up_staff_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['follow_up_staff_id'], ['staff.id'], name=op.f('fk_evaluation_follow_up_staff_id_staff')),
    sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id'], name=op.f('fk_evaluation_ticket_id_ticket')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_evaluation')),
    sa.UniqueConstraint('ticket_id', name=op.f('uq_evaluation_ticket_id'))
    )
    with op.batch_alter_table('evaluation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evaluation_service_day'), ['service_day'], unique=False)

    op.create_table('service_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=16), nullable=False),
    sa.Column('ticket_id', sa.Integer(), nullable=True),
    sa.Column('resident_id', sa.Integer(), nullable=False),
    sa.Column('service_id', sa.Integer(), nullable=False),
    sa.Column('counter_id', sa.Integer(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('materials_submitted', sa.JSON(), nullable=False),
    sa.Column('materials_missing', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('reject_reason', sa.Text(), nullable=True),
    sa.Column('accepted_at', sa.DateTime(), nullable=False),
    sa.Column('service_day', sa.Date(), nullable=False),
    sa.Column('promised_by', sa.Date(), nullable=False),
    sa.Column('completed_at', sa.DateTime(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['counter_id'], ['counter.id'], name=op.f('fk_service_request_counter_id_counter')),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], name=op.f('fk_service_request_resident_id_resident')),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], name=op.f('fk_service_request_service_id_service')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_service_request_staff_id_staff')),
    sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id'], name=op.f('fk_service_request_ticket_id_ticket')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_request')),
    sa.UniqueConstraint('number', name=op.f('uq_service_request_number'))
    )
    with op.batch_alter_table('service_request', schema=None) as batch_op:
        batch_op.create_index('ix_service_request_accepted_at', ['accepted_at'], unique=False)
        batch_op.create_index('ix_service_request_resident_id', ['resident_id'], unique=False)
        batch_op.create_index('ix_service_request_status_promised_by', ['status', 'promised_by'], unique=False)

    op.create_table('mediation_case',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=16), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.Column('dispute_type', sa.String(length=32), nullable=False),
    sa.Column('source', sa.String(length=32), nullable=False),
    sa.Column('facts', sa.Text(), nullable=False),
    sa.Column('claims', sa.Text(), nullable=False),
    sa.Column('escalation_risk', sa.Boolean(), nullable=False),
    sa.Column('state', sa.String(length=32), nullable=False),
    sa.Column('channel', sa.String(length=16), nullable=True),
    sa.Column('receiving_body_id', sa.Integer(), nullable=True),
    sa.Column('feedback_due', sa.Date(), nullable=True),
    sa.Column('mediation_due', sa.Date(), nullable=True),
    sa.Column('extension_consent', sa.Text(), nullable=True),
    sa.Column('agreement_kind', sa.String(length=16), nullable=True),
    sa.Column('agreement_terms', sa.Text(), nullable=True),
    sa.Column('agreement_effective', sa.Date(), nullable=True),
    sa.Column('confirmation_applied_on', sa.Date(), nullable=True),
    sa.Column('failure_routes', sa.JSON(), nullable=False),
    sa.Column('outcome', sa.String(length=32), nullable=True),
    sa.Column('file_items', sa.JSON(), nullable=False),
    sa.Column('registered_at', sa.DateTime(), nullable=False),
    sa.Column('service_day', sa.Date(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['receiving_body_id'], ['receiving_body.id'], name=op.f('fk_mediation_case_receiving_body_id_receiving_body')),
    sa.ForeignKeyConstraint(['request_id'], ['service_request.id'], name=op.f('fk_mediation_case_request_id_service_request')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_mediation_case_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_case')),
    sa.UniqueConstraint('number', name=op.f('uq_mediation_case_number'))
    )
    with op.batch_alter_table('mediation_case', schema=None) as batch_op:
        batch_op.create_index('ix_mediation_case_registered_at', ['registered_at'], unique=False)
        batch_op.create_index('ix_mediation_case_state', ['state'], unique=False)

    op.create_table('follow_up_visit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('visited_on', sa.Date(), nullable=False),
    sa.Column('visitor', sa.String(length=100), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], name=op.f('fk_follow_up_visit_case_id_mediation_case')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up_visit'))
    )
    with op.batch_alter_table('follow_up_visit', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_visit_case_id'), ['case_id'], unique=False)

    op.create_table('mediation_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('from_state', sa.String(length=32), nullable=True),
    sa.Column('to_state', sa.String(length=32), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], name=op.f('fk_mediation_event_case_id_mediation_case')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_event'))
    )
    with op.batch_alter_table('mediation_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_event_case_id'), ['case_id'], unique=False)

    op.create_table('mediation_party',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('side', sa.String(length=16), nullable=False),
    sa.Column('is_organisation', sa.Boolean(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=True),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('agent_name', sa.String(length=100), nullable=True),
    sa.Column('agent_phone', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], name=op.f('fk_mediation_party_case_id_mediation_case')),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], name=op.f('fk_mediation_party_resident_id_resident')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_party'))
    )
    with op.batch_alter_table('mediation_party', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_party_case_id'), ['case_id'], unique=False)

    op.create_table('mediation_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('mediators', sa.String(length=200), nullable=False),
    sa.Column('attendees', sa.String(length=400), nullable=False),
    sa.Column('record', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], name=op.f('fk_mediation_session_case_id_mediation_case')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mediation_session'))
    )
    with op.batch_alter_table('mediation_session', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_session_case_id'), ['case_id'], unique=False)

    op.create_table('performance_term',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('due', sa.Date(), nullable=False),
    sa.Column('fulfilled_on', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['mediation_case.id'], name=op.f('fk_performance_term_case_id_mediation_case')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_performance_term')),
    sa.UniqueConstraint('case_id', 'position', name=op.f('uq_performance_term_case_id_position'))
    )
    with op.batch_alter_table('performance_term', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_performance_term_case_id'), ['case_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('performance_term', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_performance_term_case_id'))

    op.drop_table('performance_term')
    with op.batch_alter_table('mediation_session', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediation_session_case_id'))

    op.drop_table('mediation_session')
    with op.batch_alter_table('mediation_party', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediation_party_case_id'))

    op.drop_table('mediation_party')
    with op.batch_alter_table('mediation_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediation_event_case_id'))

    op.drop_table('mediation_event')
    with op.batch_alter_table('follow_up_visit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_visit_case_id'))

    op.drop_table('follow_up_visit')
    with op.batch_alter_table('mediation_case', schema=None) as batch_op:
        batch_op.drop_index('ix_mediation_case_state')
        batch_op.drop_index('ix_mediation_case_registered_at')

    op.drop_table('mediation_case')
    with op.batch_alter_table('service_request', schema=None) as batch_op:
        batch_op.drop_index('ix_service_request_status_promised_by')
        batch_op.drop_index('ix_service_request_resident_id')
        batch_op.drop_index('ix_service_request_accepted_at')

    op.drop_table('service_request')
    with op.batch_alter_table('evaluation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evaluation_service_day'))

    op.drop_table('evaluation')
    op.drop_table('resident')
    op.drop_table('receiving_body')
    op.drop_table('document_sequence')
    op.drop_table('calendar_day')
