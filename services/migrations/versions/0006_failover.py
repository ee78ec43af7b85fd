"""operation results kept by idempotency key

Revision ID: 0006_failover
Revises: 0005
Create Date: 2026-12-06 20:10:00.000000

An issuing, calling or printing operation retried after its COMMIT was cut (the connection
dropped, the primary failed over) must not happen twice: the first result is kept under the
key the station made before its first try.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006_failover'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'operation_result',
        sa.Column('key', sa.String(length=64), nullable=False),
        sa.Column('operation', sa.String(length=32), nullable=False),
        sa.Column('result', sa.JSON(), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('key'),
    )


def downgrade() -> None:
    op.drop_table('operation_result')
