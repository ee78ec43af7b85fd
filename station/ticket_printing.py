"""Queueing a ticket's bytes in the persistent spool."""

from __future__ import annotations

from sqlalchemy.orm import Session

from printing.profiles import PrinterProfile
from printing.thermal import render_ticket
from services.core.center_config import load_center_config
from services.queue.print_jobs import PrintJobInfo, enqueue
from services.queue.tickets import TicketInfo
from station.documents import queue_ticket


def spool_ticket(
    session: Session,
    info: TicketInfo,
    *,
    printer: str,
    profile: PrinterProfile,
    idempotency_key: str | None = None,
) -> PrintJobInfo:
    """Queue the ticket's slip; with ``idempotency_key`` a retried try queues it once."""
    document = queue_ticket(info, load_center_config(session))
    return enqueue(
        session,
        printer=printer,
        document_kind="ticket",
        document_ref=info.barcode,
        data=render_ticket(document, profile),
        idempotency_key=idempotency_key,
    )
