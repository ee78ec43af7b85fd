"""service daily quota and manager pause

Revision ID: 0006_morning
Revises: 0006_petitions
Create Date: 2026-12-06 20:00:00.000000

A center's first morning: the kiosk issues tickets during opening hours whether or not a
counter is open yet. A service stops taking tickets only when a manager pauses it
(``paused``) or when its optional daily quota (限号, ``daily_quota`` tickets a day) is reached.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006_morning'
down_revision = '0006_petitions'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.add_column(sa.Column('daily_quota', sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column('paused', sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.drop_column('paused')
        batch_op.drop_column('daily_quota')
