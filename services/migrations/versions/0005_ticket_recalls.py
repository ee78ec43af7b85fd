"""ticket recalls since the last call

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 15:30:00.000000

The recall limit counted every call a ticket ever had, so a ticket called again after a hold
or a reinstatement became a no-show at its first recall. ``recalls`` counts the recalls since
the ticket was last called; tickets already in the queue start with none.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.add_column(sa.Column('recalls', sa.Integer(), server_default='0', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('ticket', schema=None) as batch_op:
        batch_op.drop_column('recalls')
