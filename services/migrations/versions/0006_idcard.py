"""real-name tickets: the resident of a ticket, services that require an ID card

Revision ID: 0006_idcard
Revises: 0005
Create Date: 2026-12-06 20:00:00.000000

A ticket taken with an ID card (实名取号) names its resident: the per-resident daily limit
counts them and the counter shows the resident when it calls the ticket. A service may
take tickets by ID card only.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006_idcard'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('real_name_required', sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.add_column(sa.Column('resident_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f('fk_ticket_resident_id_resident'), 'resident', ['resident_id'], ['id']
        )
        batch_op.create_index(
            'ix_ticket_resident_id_service_day', ['resident_id', 'service_day'], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.drop_index('ix_ticket_resident_id_service_day')
        batch_op.drop_constraint(batch_op.f('fk_ticket_resident_id_resident'), type_='foreignkey')
        batch_op.drop_column('resident_id')
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.drop_column('real_name_required')
