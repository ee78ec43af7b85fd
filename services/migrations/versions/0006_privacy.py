"""residents' ID and phone numbers encrypted, with keyed look-up hashes

Revision ID: 0006_privacy
Revises: 0006_layout
Create Date: 2026-12-06 20:00:00.000000

ID numbers and phone numbers of residents and mediation parties (and the parties' agents'
phones) are sealed with AES-GCM under the data key kept outside the database
(``services.privacy``); HMAC-SHA256 hashes beside them find a resident by ID number, by its
last 4 characters or by phone. Existing rows are encrypted here, with the key of the process
that runs the upgrade (``db upgrade`` makes the key file when there is none). The database
records the key's id so that a station with a wrong key stops at start.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from services.privacy.cipher import SEALED_LENGTH
from services.privacy.columns import LookupHash, id_tail, whole
from services.privacy.keyring import current_key
from services.privacy.rows import SealedTable, reseal_rows
from services.privacy.store import KEY_SETTING, record_key

revision = '0006_privacy'
down_revision = '0006_layout'
branch_labels = None
depends_on = None

HASH = sa.String(length=64)
SEALED = sa.String(length=SEALED_LENGTH)

# The sealed columns as this revision makes them (later revisions may add others).
LAYOUT = (
    SealedTable(
        'resident',
        (('id_number', 'resident.id_number'), ('phone', 'resident.phone')),
        (
            LookupHash('resident', 'id_number_hash', 'id_number', 'id_number', whole),
            LookupHash('resident', 'id_tail_hash', 'id_number', 'id_tail', id_tail),
            LookupHash('resident', 'phone_hash', 'phone', 'phone', whole),
        ),
    ),
    SealedTable(
        'mediation_party',
        (
            ('id_number', 'mediation_party.id_number'),
            ('phone', 'mediation_party.phone'),
            ('agent_phone', 'mediation_party.agent_phone'),
        ),
        (
            LookupHash('mediation_party', 'id_number_hash', 'id_number', 'id_number', whole),
            LookupHash('mediation_party', 'phone_hash', 'phone', 'phone', whole),
        ),
    ),
)


def upgrade() -> None:
    key = current_key()
    with op.batch_alter_table('resident', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_resident_id_number'), type_='unique')
        batch_op.alter_column('id_number', type_=SEALED, existing_nullable=False)
        batch_op.alter_column('phone', type_=SEALED, existing_nullable=False)
        batch_op.add_column(sa.Column('id_number_hash', HASH, nullable=True))
        batch_op.add_column(sa.Column('id_tail_hash', HASH, nullable=True))
        batch_op.add_column(sa.Column('phone_hash', HASH, nullable=True))
    with op.batch_alter_table('mediation_party', schema=None) as batch_op:
        batch_op.alter_column('id_number', type_=SEALED, existing_nullable=True)
        batch_op.alter_column('phone', type_=SEALED, existing_nullable=False)
        batch_op.alter_column('agent_phone', type_=SEALED, existing_nullable=True)
        batch_op.add_column(sa.Column('id_number_hash', HASH, nullable=True))
        batch_op.add_column(sa.Column('phone_hash', HASH, nullable=True))

    connection = op.get_bind()
    reseal_rows(connection, LAYOUT, None, key)
    record_key(connection, key)

    with op.batch_alter_table('resident', schema=None) as batch_op:
        batch_op.alter_column('id_number_hash', existing_type=HASH, nullable=False)
        batch_op.alter_column('id_tail_hash', existing_type=HASH, nullable=False)
        batch_op.create_unique_constraint(batch_op.f('uq_resident_id_number_hash'), ['id_number_hash'])
        batch_op.create_index(batch_op.f('ix_resident_id_tail_hash'), ['id_tail_hash'], unique=False)
        batch_op.create_index(batch_op.f('ix_resident_phone_hash'), ['phone_hash'], unique=False)
    with op.batch_alter_table('mediation_party', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_mediation_party_id_number_hash'), ['id_number_hash'], unique=False)
        batch_op.create_index(batch_op.f('ix_mediation_party_phone_hash'), ['phone_hash'], unique=False)


def downgrade() -> None:
    connection = op.get_bind()
    reseal_rows(connection, LAYOUT, current_key(), None)
    connection.execute(sa.text("DELETE FROM setting WHERE key = :key"), {"key": KEY_SETTING})
    with op.batch_alter_table('mediation_party', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_mediation_party_phone_hash'))
        batch_op.drop_index(batch_op.f('ix_mediation_party_id_number_hash'))
        batch_op.drop_column('phone_hash')
        batch_op.drop_column('id_number_hash')
        batch_op.alter_column('agent_phone', type_=sa.String(length=32), existing_nullable=True)
        batch_op.alter_column('phone', type_=sa.String(length=32), existing_nullable=False)
        batch_op.alter_column('id_number', type_=sa.String(length=18), existing_nullable=True)
    with op.batch_alter_table('resident', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_resident_phone_hash'))
        batch_op.drop_index(batch_op.f('ix_resident_id_tail_hash'))
        batch_op.drop_constraint(batch_op.f('uq_resident_id_number_hash'), type_='unique')
        batch_op.drop_column('phone_hash')
        batch_op.drop_column('id_tail_hash')
        batch_op.drop_column('id_number_hash')
        batch_op.alter_column('phone', type_=sa.String(length=32), existing_nullable=False)
        batch_op.alter_column('id_number', type_=sa.String(length=18), existing_nullable=False)
        batch_op.create_unique_constraint(batch_op.f('uq_resident_id_number'), ['id_number'])
