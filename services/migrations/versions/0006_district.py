"""the district's figures per center and closed day

Revision ID: 0006_district
Revises: 0006_failover
Create Date: 2026-12-06 20:20:00.000000

A center's figures per closed day, keyed by the center's code, published to the district
(logical replication on PostgreSQL, a file from SQLite), and the district's list of centers.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006_district'
down_revision = '0006_failover'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'district_day',
        sa.Column('center_code', sa.String(length=16), nullable=False),
        sa.Column('service_day', sa.Date(), nullable=False),
        sa.Column('issued', sa.Integer(), nullable=False),
        sa.Column('served', sa.Integer(), nullable=False),
        sa.Column('no_show', sa.Integer(), nullable=False),
        sa.Column('cancelled', sa.Integer(), nullable=False),
        sa.Column('expired', sa.Integer(), nullable=False),
        sa.Column('ratings', sa.Integer(), nullable=False),
        sa.Column('ratings_good', sa.Integer(), nullable=False),
        sa.Column('requests_completed', sa.Integer(), nullable=False),
        sa.Column('requests_on_time', sa.Integer(), nullable=False),
        sa.Column('mediation_registered', sa.Integer(), nullable=False),
        sa.Column('petitions_received', sa.Integer(), server_default='0', nullable=False),
        sa.Column('petitions_replied', sa.Integer(), server_default='0', nullable=False),
        sa.Column('petitions_on_time', sa.Integer(), server_default='0', nullable=False),
        sa.Column('petitions_satisfied', sa.Integer(), server_default='0', nullable=False),
        sa.Column('computed_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('center_code', 'service_day'),
    )
    op.create_table(
        'district_day_seconds',
        sa.Column('center_code', sa.String(length=16), nullable=False),
        sa.Column('service_day', sa.Date(), nullable=False),
        sa.Column('measure', sa.String(length=16), nullable=False),
        sa.Column('bucket', sa.Integer(), nullable=False),
        sa.Column('tickets', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('center_code', 'service_day', 'measure', 'bucket'),
    )
    op.create_table(
        'district_month_seconds',
        sa.Column('center_code', sa.String(length=16), nullable=False),
        sa.Column('month', sa.Date(), nullable=False),
        sa.Column('measure', sa.String(length=16), nullable=False),
        sa.Column('bucket', sa.Integer(), nullable=False),
        sa.Column('tickets', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('center_code', 'month', 'measure', 'bucket'),
    )
    op.create_table(
        'district_month_state',
        sa.Column('center_code', sa.String(length=16), nullable=False),
        sa.Column('month', sa.Date(), nullable=False),
        sa.Column('day_rows', sa.Integer(), nullable=False),
        sa.Column('newest', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('center_code', 'month'),
    )
    op.create_table(
        'district_center',
        sa.Column('code', sa.String(length=16), nullable=False),
        sa.Column('name_zh', sa.String(length=100), nullable=False),
        sa.Column('name_en', sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint('code'),
    )


def downgrade() -> None:
    op.drop_table('district_center')
    op.drop_table('district_month_state')
    op.drop_table('district_month_seconds')
    op.drop_table('district_day_seconds')
    op.drop_table('district_day')
