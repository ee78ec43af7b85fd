"""print jobs claimed by one station; stations' names held with a heartbeat

Revision ID: 0006_faults
Revises: 0006_district
Create Date: 2026-12-06 20:20:00.000000

Two kiosks of the same name printed every ticket twice: a spooler sent a job without claiming
it. ``print_job.claimed_by`` names the one station that sends a job (set atomically, only
while it is empty). ``station`` holds each running station's name with a heartbeat, so a
second station under a name still alive is refused.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006_faults'
down_revision = '0006_district'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('print_job', schema=None) as batch_op:
        batch_op.add_column(sa.Column('claimed_by', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('claimed_at', sa.DateTime(), nullable=True))
    op.create_table(
        'station',
        sa.Column('name', sa.String(length=64), nullable=False),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('host', sa.String(length=255), nullable=False),
        sa.Column('pid', sa.Integer(), nullable=False),
        sa.Column('token', sa.String(length=32), nullable=False),
        sa.Column('started_at', sa.DateTime(), nullable=False),
        sa.Column('heartbeat_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('name', name=op.f('pk_station')),
    )


def downgrade() -> None:
    op.drop_table('station')
    with op.batch_alter_table('print_job', schema=None) as batch_op:
        batch_op.drop_column('claimed_at')
        batch_op.drop_column('claimed_by')
