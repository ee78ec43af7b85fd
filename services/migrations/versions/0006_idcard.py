"""real-name tickets and appointments

Revision ID: 0006_idcard
Revises: 0006_faults
Create Date: 2026-12-06 20:00:00.000000

A ticket taken with an ID card (实名取号) names its resident: the per-resident daily limit
counts them and the counter shows the resident when it calls the ticket. A service may
take tickets by ID card only. Appointments (预约) are booked per service and time slot; a
slot's count is raised only below the service's capacity; a checked-in appointment's ticket
carries its slot's start, and is called before walk-ins once the slot has started.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006_idcard'
down_revision = '0006_faults'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('real_name_required', sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(
            sa.Column('appointment_capacity', sa.Integer(), server_default='0', nullable=False)
        )
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.add_column(sa.Column('resident_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('appointment_at', sa.DateTime(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f('fk_ticket_resident_id_resident'), 'resident', ['resident_id'], ['id']
        )
        batch_op.create_index(
            'ix_ticket_resident_id_service_day', ['resident_id', 'service_day'], unique=False
        )
    op.create_table(
        'appointment',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('code', sa.String(length=16), nullable=False),
        sa.Column('service_id', sa.Integer(), nullable=False),
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('starts_at', sa.DateTime(), nullable=False),
        sa.Column('resident_id', sa.Integer(), nullable=False),
        sa.Column('phone', sa.String(length=32), nullable=False),
        sa.Column('reference', sa.String(length=64), nullable=True),
        sa.Column('source', sa.String(length=16), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('booked_at', sa.DateTime(), nullable=False),
        sa.Column('booked_by', sa.String(length=64), nullable=False),
        sa.Column('checked_in_at', sa.DateTime(), nullable=True),
        sa.Column('ticket_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], name=op.f('fk_appointment_resident_id_resident')),
        sa.ForeignKeyConstraint(['service_id'], ['service.id'], name=op.f('fk_appointment_service_id_service')),
        sa.ForeignKeyConstraint(['ticket_id'], ['ticket.id'], name=op.f('fk_appointment_ticket_id_ticket')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_appointment')),
        sa.UniqueConstraint('code', name=op.f('uq_appointment_code')),
        sa.UniqueConstraint('reference', name=op.f('uq_appointment_reference')),
    )
    op.create_index('ix_appointment_day_service_id', 'appointment', ['day', 'service_id'], unique=False)
    op.create_index('ix_appointment_resident_id_day', 'appointment', ['resident_id', 'day'], unique=False)
    op.create_table(
        'appointment_slot',
        sa.Column('service_id', sa.Integer(), nullable=False),
        sa.Column('starts_at', sa.DateTime(), nullable=False),
        sa.Column('booked', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['service_id'], ['service.id'], name=op.f('fk_appointment_slot_service_id_service')),
        sa.PrimaryKeyConstraint('service_id', 'starts_at', name=op.f('pk_appointment_slot')),
    )
    op.create_table(
        'appointment_sequence',
        sa.Column('day', sa.Date(), nullable=False),
        sa.Column('last_number', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('day', name=op.f('pk_appointment_sequence')),
    )


def downgrade() -> None:
    op.drop_table('appointment_sequence')
    op.drop_table('appointment_slot')
    op.drop_index('ix_appointment_resident_id_day', table_name='appointment')
    op.drop_index('ix_appointment_day_service_id', table_name='appointment')
    op.drop_table('appointment')
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.drop_column('appointment_at')
        batch_op.drop_index('ix_ticket_resident_id_service_day')
        batch_op.drop_constraint(batch_op.f('fk_ticket_resident_id_resident'), type_='foreignkey')
        batch_op.drop_column('resident_id')
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.drop_column('appointment_capacity')
        batch_op.drop_column('real_name_required')
