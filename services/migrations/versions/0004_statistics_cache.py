"""statistics cache

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 14:30:00.000000

What each closed service day contributes to the manager's statistics (services.models_stats,
services.stats_cache). The tables start empty: the days before this migration are filled by
the back-fill, in batches, the first time a report needs them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('stats_day',
    sa.Column('service_day', sa.Date(), nullable=False),
    sa.Column('utc_offset_minutes', sa.Integer(), nullable=False),
    sa.Column('final', sa.Boolean(), nullable=False),
    sa.Column('last_event_id', sa.Integer(), nullable=True),
    sa.Column('computed_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('service_day', name=op.f('pk_stats_day'))
    )
    op.create_table('stats_day_tally',
    sa.Column('service_day', sa.Date(), nullable=False),
    sa.Column('figure', sa.String(length=32), nullable=False),
    sa.Column('key', sa.Integer(), nullable=False),
    sa.Column('value', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['service_day'], ['stats_day.service_day'], name=op.f('fk_stats_day_tally_service_day_stats_day'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('service_day', 'figure', 'key', name=op.f('pk_stats_day_tally'))
    )
    op.create_table('stats_seconds',
    sa.Column('span', sa.String(length=8), nullable=False),
    sa.Column('span_start', sa.Date(), nullable=False),
    sa.Column('measure', sa.String(length=16), nullable=False),
    sa.Column('key', sa.Integer(), nullable=False),
    sa.Column('seconds', sa.Integer(), nullable=False),
    sa.Column('tickets', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('span', 'span_start', 'measure', 'key', 'seconds', name=op.f('pk_stats_seconds'))
    )


def downgrade() -> None:
    op.drop_table('stats_seconds')
    op.drop_table('stats_day_tally')
    op.drop_table('stats_day')
