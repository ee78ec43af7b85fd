"""statistics indexes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30 12:00:00.000000

The manager's statistics (services.stats) filter tickets by service day and count them by
status, counter and staff member; requests by the day they were accepted and the time they
were finished; mediation conclusions by the time they happened.
"""

from __future__ import annotations

from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

_INDEXES = (
    ('ticket', 'ix_ticket_service_day_status', ['service_day', 'status']),
    ('ticket', 'ix_ticket_service_day_counter_id', ['service_day', 'counter_id']),
    ('ticket', 'ix_ticket_service_day_staff_id', ['service_day', 'staff_id']),
    ('service_request', 'ix_service_request_service_day', ['service_day']),
    ('service_request', 'ix_service_request_completed_at', ['completed_at']),
    ('mediation_event', 'ix_mediation_event_occurred_at', ['occurred_at']),
)


def upgrade() -> None:
    for table, name, columns in _INDEXES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(name, columns, unique=False)


def downgrade() -> None:
    for table, name, _columns in reversed(_INDEXES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(name)
