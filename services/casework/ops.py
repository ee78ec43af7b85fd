"""What the casework operations (residents, requests, ratings) share: the operation context
and yearly document numbers. Free text is checked by ``services.core.text_checks``."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from services.core.actors import Actor, Permission
from services.core.center_config import load_center_config
from services.core.clock import resolve_now
from services.core.journal import record_audit, record_event
from services.core.op_context import OpContext
from services.storage.casework_models import DocumentSequence


class CaseOp(OpContext):
    """A casework operation, with its audit and event rows."""

    def audit(self, action: str, target_type: str, target_id: object, **details: Any) -> None:
        record_audit(
            self.session,
            self.actor,
            action,
            at=self.at,
            target_type=target_type,
            target_id=target_id,
            details=details,
        )

    def event(
        self,
        kind: str,
        *,
        ticket_id: int | None = None,
        counter_id: int | None = None,
        service_id: int | None = None,
        **details: Any,
    ) -> None:
        record_event(
            self.session,
            self.actor,
            kind,
            at=self.at,
            day=self.day,
            ticket_id=ticket_id,
            counter_id=counter_id,
            service_id=service_id,
            details=details,
        )


def begin(
    session: Session, actor: Actor, permission: Permission | None, now: datetime | None
) -> CaseOp:
    if permission is not None:
        actor.require(permission)
    return CaseOp(session, actor, resolve_now(now), load_center_config(session))


def next_document_number(session: Session, kind: str, year: int) -> int:
    """Allocate the next yearly number of a document kind, atomically across stations."""
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(
        insert(DocumentSequence)
        .values(kind=kind, year=year, last_number=0)
        .on_conflict_do_nothing(index_elements=["kind", "year"])
    )
    number = session.execute(
        update(DocumentSequence)
        .where(DocumentSequence.kind == kind, DocumentSequence.year == year)
        .values(last_number=DocumentSequence.last_number + 1)
        .returning(DocumentSequence.last_number)
    ).scalar_one()
    return int(number)
