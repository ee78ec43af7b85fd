"""Fills the printing layer's documents from the domain's plain data."""

from __future__ import annotations

from printing.documents import QueueTicket
from printing.labels import label
from services.core.center_config import CenterConfig
from services.queue.tickets import TicketInfo, priority_label


def center_name(config: CenterConfig, language: str) -> str:
    english = config.center_name_en.strip()
    return english if language.startswith("en") and english else config.center_name_zh


def queue_ticket(
    info: TicketInfo, config: CenterConfig, reprint_in: str | None = None
) -> QueueTicket:
    """The ticket as the resident reads it, in the language they chose at the kiosk (or
    ``reprint_in``, a reprint asked for in another): every name on it in that language."""
    chosen = reprint_in or info.language
    language = "en" if chosen.startswith("en") else "zh_CN"
    return QueueTicket(
        center_name=center_name(config, language),
        service_name=info.service_name(language),
        code=info.code,
        barcode_payload=info.barcode,
        people_ahead=info.ahead,
        estimated_wait_minutes=info.estimated_wait_minutes,
        issued_at=info.issued_at.astimezone(config.timezone),
        language=language,
        priority_label=priority_label(info.priority_reason, language),
        notice=label("ticket_notice", language, phone=config.center_phone),
    )
