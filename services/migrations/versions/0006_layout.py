"""the catalog in English: materials and receiving bodies; bodies by dispute type

Revision ID: 0006_layout
Revises: 0006_morning
Create Date: 2026-12-06 20:40:00.000000

An English counter showed the materials checklist and the one-time notice in Chinese, and
referral slips named the receiving body in Chinese only. ``service.materials_en`` holds the
materials in English in the same order, ``receiving_body.name_en`` the body's English name,
and ``receiving_body.dispute_types`` the dispute types a body is offered first for. Rows a
center was seeded with get their English here; rows it added itself are listed by
``services.catalog.english.missing`` until an administrator types theirs.
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from services.catalog.english.texts import BODIES_EN, materials_in_english

revision = '0006_layout'
down_revision = '0006_morning'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.add_column(sa.Column('materials_en', sa.JSON(), nullable=True))
    with op.batch_alter_table('receiving_body', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('name_en', sa.String(length=160), server_default='', nullable=False)
        )
        batch_op.add_column(sa.Column('dispute_types', sa.JSON(), nullable=True))
    connection = op.get_bind()
    service = sa.table(
        'service', sa.column('id', sa.Integer), sa.column('materials', sa.JSON),
        sa.column('materials_en', sa.JSON),
    )
    for row in connection.execute(sa.select(service.c.id, service.c.materials)).all():
        materials = row.materials if isinstance(row.materials, list) else json.loads(
            row.materials or '[]'
        )
        connection.execute(
            service.update()
            .where(service.c.id == row.id)
            .values(materials_en=materials_in_english(materials))
        )
    body = sa.table(
        'receiving_body', sa.column('id', sa.Integer), sa.column('name', sa.String),
        sa.column('name_en', sa.String), sa.column('dispute_types', sa.JSON),
    )
    for row in connection.execute(sa.select(body.c.id, body.c.name)).all():
        name_en, kinds = BODIES_EN.get(row.name, ('', ()))
        connection.execute(
            body.update()
            .where(body.c.id == row.id)
            .values(name_en=name_en, dispute_types=list(kinds))
        )
    # every row has its list now; new rows get theirs from the models
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.alter_column('materials_en', existing_type=sa.JSON(), nullable=False)
    with op.batch_alter_table('receiving_body', schema=None) as batch_op:
        batch_op.alter_column('dispute_types', existing_type=sa.JSON(), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table('receiving_body', schema=None) as batch_op:
        batch_op.drop_column('dispute_types')
        batch_op.drop_column('name_en')
    with op.batch_alter_table('service', schema=None) as batch_op:
        batch_op.drop_column('materials_en')
