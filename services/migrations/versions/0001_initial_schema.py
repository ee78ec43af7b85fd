"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-30 11:14:20.071157
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('actor_role', sa.String(length=16), nullable=False),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('target_type', sa.String(length=32), nullable=False),
    sa.Column('target_id', sa.String(length=64), nullable=True),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_occurred_at', ['occurred_at'], unique=False)

    op.create_table('print_job',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('printer', sa.String(length=64), nullable=False),
    sa.Column('document_kind', sa.String(length=32), nullable=False),
    sa.Column('document_ref', sa.String(length=64), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('is_copy', sa.Boolean(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_print_job'))
    )
    with op.batch_alter_table('print_job', schema=None) as batch_op:
        batch_op.create_index('ix_print_job_printer_state', ['printer', 'state'], unique=False)

    op.create_table('service',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=1), nullable=False),
    sa.Column('name_zh', sa.String(length=100), nullable=False),
    sa.Column('name_en', sa.String(length=100), nullable=False),
    sa.Column('description_zh', sa.String(length=200), nullable=False),
    sa.Column('description_en', sa.String(length=200), nullable=False),
    sa.Column('promised_days', sa.Integer(), nullable=False),
    sa.Column('target_wait_minutes', sa.Integer(), nullable=False),
    sa.Column('is_dispute', sa.Boolean(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('materials', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service')),
    sa.UniqueConstraint('code', name=op.f('uq_service_code'))
    )
    op.create_table('setting',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_setting'))
    )
    op.create_table('staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=64), nullable=False),
    sa.Column('full_name', sa.String(length=100), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('password_hash', sa.String(length=255), nullable=True),
    sa.Column('must_change_password', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff')),
    sa.UniqueConstraint('username', name=op.f('uq_staff_username'))
    )
    op.create_table('counter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('name_zh', sa.String(length=100), nullable=False),
    sa.Column('name_en', sa.String(length=100), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('state_since', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_counter_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_counter')),
    sa.UniqueConstraint('number', name=op.f('uq_counter_number'))
    )
    op.create_table('ticket_sequence',
    sa.Column('service_day', sa.Date(), nullable=False),
    sa.Column('service_id', sa.Integer(), nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], name=op.f('fk_ticket_sequence_service_id_service')),
    sa.PrimaryKeyConstraint('service_day', 'service_id', name=op.f('pk_ticket_sequence'))
    )
    op.create_table('counter_service',
    sa.Column('counter_id', sa.Integer(), nullable=False),
    sa.Column('service_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['counter_id'], ['counter.id'], name=op.f('fk_counter_service_counter_id_counter')),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], name=op.f('fk_counter_service_service_id_service')),
    sa.PrimaryKeyConstraint('counter_id', 'service_id', name=op.f('pk_counter_service'))
    )
    op.create_table('ticket',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('service_day', sa.Date(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('issue_service_id', sa.Integer(), nullable=False),
    sa.Column('service_id', sa.Integer(), nullable=False),
    sa.Column('priority_reason', sa.String(length=16), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('queue_since', sa.DateTime(), nullable=False),
    sa.Column('first_called_at', sa.DateTime(), nullable=True),
    sa.Column('last_called_at', sa.DateTime(), nullable=True),
    sa.Column('started_at', sa.DateTime(), nullable=True),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('hold_until', sa.DateTime(), nullable=True),
    sa.Column('counter_id', sa.Integer(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('call_count', sa.Integer(), nullable=False),
    sa.Column('transferred_from_service_id', sa.Integer(), nullable=True),
    sa.Column('transfer_count', sa.Integer(), nullable=False),
    sa.Column('transfer_note', sa.String(length=200), nullable=True),
    sa.ForeignKeyConstraint(['counter_id'], ['counter.id'], name=op.f('fk_ticket_counter_id_counter')),
    sa.ForeignKeyConstraint(['issue_service_id'], ['service.id'], name=op.f('fk_ticket_issue_service_id_service')),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], name=op.f('fk_ticket_service_id_service')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_ticket_staff_id_staff')),
    sa.ForeignKeyConstraint(['transferred_from_service_id'], ['service.id'], name=op.f('fk_ticket_transferred_from_service_id_service')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ticket')),
    sa.UniqueConstraint('service_day', 'issue_service_id', 'number', name=op.f('uq_ticket_service_day_issue_service_id_number'))
    )
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.create_index('ix_ticket_counter_status', ['counter_id', 'status'], unique=False)
        batch_op.create_index('ix_ticket_queue', ['status', 'service_id', 'queue_since'], unique=False)
        batch_op.create_index('ix_ticket_service_day_issue_service_id', ['service_day', 'issue_service_id'], unique=False)

    op.create_table('queue_event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('occurred_at', sa.DateTime(), nullable=False),
    sa.Column('service_day', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('ticket_id', sa.Integer(), nullable=True),
    sa.Column('counter_id', sa.Integer(), nullable=True),
    sa.Column('service_id', sa.Integer(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['counter_id'], ['counter.id'], name=op.f('fk_queue_event_counter_id_counter')),
    sa.ForeignKeyConstraint(['service_id'], ['service.id'], name=op.f('fk_queue_event_service_id_service')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_queue_event_staff_id_staff')),
    sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id'], name=op.f('fk_queue_event_ticket_id_ticket')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_queue_event'))
    )
    with op.batch_alter_table('queue_event', schema=None) as batch_op:
        batch_op.create_index('ix_queue_event_service_day_kind', ['service_day', 'kind'], unique=False)
        batch_op.create_index('ix_queue_event_ticket_id', ['ticket_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('queue_event', schema=None) as batch_op:
        batch_op.drop_index('ix_queue_event_ticket_id')
        batch_op.drop_index('ix_queue_event_service_day_kind')

    op.drop_table('queue_event')
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.drop_index('ix_ticket_service_day_issue_service_id')
        batch_op.drop_index('ix_ticket_queue')
        batch_op.drop_index('ix_ticket_counter_status')

    op.drop_table('ticket')
    op.drop_table('counter_service')
    op.drop_table('ticket_sequence')
    op.drop_table('counter')
    op.drop_table('staff')
    op.drop_table('setting')
    op.drop_table('service')
    with op.batch_alter_table('print_job', schema=None) as batch_op:
        batch_op.drop_index('ix_print_job_printer_state')

    op.drop_table('print_job')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_occurred_at')

    op.drop_table('audit_log')
