"""The petition documents: the domain's data -> a printing document in one language -> PDF.

Codes become text through ``services.petitions.states.label``, dates are written in the
document's language and times are in the center's zone. The renderer (ReportLab) is imported
when a PDF is first made, not when a station starts.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from printing.documents import Party
from printing.labels import format_date
from printing.labels import label as printed
from services.core.actors import Actor
from services.core.center_config import load_center_config
from services.petitions.documents import PetitionDocumentData, petition_document_data
from services.petitions.states import label
from station.mediation_documents import document_language

if TYPE_CHECKING:
    from printing.pdf_petition import PetitionDocument


def _day(value: date | None, language: str) -> str:
    return format_date(value, language) if value else "—"


def _fields(data: PetitionDocumentData, language: str) -> list[tuple[str, str]]:
    p, kind = data.petition, data.kind
    matter = [("petition_matter", p.matter)]
    if kind == "slip":
        rows = [
            ("petition_channel", label("channel", p.channel, language)),
            ("petition_category", label("category", p.category, language)),
            ("concerned_body", p.concerned_body),
            *matter,
            ("headcount", str(p.headcount)),
            ("received_on", _day(p.received_on, language)),
            ("decide_by", _day(p.deadlines.decide_by, language)),
        ]
        # The flags (repeat, collective, …) are the desk's business, not the petitioner's.
        return [*rows, ("staff", data.staff)]
    if kind == "accept":
        return [
            *matter,
            ("received_on", _day(p.received_on, language)),
            ("handle_by", _day(data.handle_by, language)),
        ]
    if kind == "decline":
        return [*matter, ("received_on", _day(p.received_on, language))]
    if kind == "forward":
        return [*matter, ("forwarded_to", p.forwarded_to or "—")]
    if kind == "extend":
        return [
            *matter,
            ("extension", printed("days", language, n=p.extension_days or 0)),
            ("extension_reason", p.extension_reason or "—"),
            ("handle_by", _day(data.handle_by, language)),
        ]
    return [
        *matter,
        ("finding", label("finding", p.finding, language) if p.finding else "—"),
        ("reply_opinion", p.reply or "—"),
        ("review_request_by", _day(p.deadlines.review_request_by, language)),
    ]


def _statement(data: PetitionDocumentData, language: str) -> str:
    p = data.petition
    values = {
        "received": _day(p.received_on, language),
        "decided": _day(p.decided_on, language),
        "decide_by": _day(p.deadlines.decide_by, language),
        "handle_by": _day(data.handle_by, language),
        "body": p.forwarded_to or "—",
        "days": p.extension_days or 0,
        "review_by": _day(p.deadlines.review_request_by, language),
    }
    return printed(f"petition_{data.kind}_text", language, **values)


def petition_document(data: PetitionDocumentData, language: str) -> PetitionDocument:
    from printing.pdf_petition import PetitionDocument

    language = document_language(language)
    p = data.petition
    return PetitionDocument(
        kind=data.kind,
        language=language,
        center_name=data.center_name_en if language == "en" else data.center_name_zh,
        number=p.number,
        barcode_payload=p.number,
        petitioners=tuple(
            Party(person.name, person.id_number_masked, person.phone_masked or None)
            for person in p.petitioners
        ),
        fields=tuple(_fields(data, language)),
        statement=_statement(data, language),
        items=tuple(label("route", r, language) for r in p.decline_routes)
        if data.kind == "decline"
        else (),
        issued_at=data.issued_at,
    )


def petition_pdf(
    session: Session,
    actor: Actor,
    petition_id: int,
    kind: str,
    language: str,
    font_path: str | None = None,
    *,
    now: datetime | None = None,
) -> bytes:
    """The A4 PDF of a petition's slip or notice; ``kind`` is slip, accept, decline, forward,
    extend or reply."""
    from printing.pdf_petition import render_petition_pdf

    data = petition_document_data(session, actor, petition_id, kind, now=now)
    zone = load_center_config(session).timezone
    local = replace(data, issued_at=data.issued_at.astimezone(zone))
    return render_petition_pdf(petition_document(local, language), font_path)
