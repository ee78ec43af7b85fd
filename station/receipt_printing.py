"""The acceptance receipt (受理回执): service data -> printing document -> spool or PDF."""

from __future__ import annotations

from sqlalchemy.orm import Session

from printing.documents import AcceptanceReceipt
from printing.profiles import PrinterProfile
from printing.thermal import render_receipt
from services.casework.requests import ReceiptData
from services.queue.print_jobs import PrintJobInfo, enqueue

DOCUMENT_KIND = "receipt"


def receipt_language(language: str) -> str:
    return "en" if language.startswith("en") else "zh_CN"


def acceptance_receipt(data: ReceiptData, language: str) -> AcceptanceReceipt:
    """The receipt as the resident reads it; the ID number stays in full (renderers mask it)."""
    language = receipt_language(language)
    return AcceptanceReceipt(
        center_name=data.center_name(language),
        request_number=data.request_number,
        barcode_payload=data.barcode_payload,
        resident_name=data.resident_name,
        resident_id_number=data.resident_id_number,
        service_name=data.service_name(language),
        description=data.description,
        materials_submitted=data.materials(language)[0],
        materials_missing=data.materials(language)[1],
        promised_by=data.promised_by,
        counter_name=data.counter_name(language),
        staff_name=data.staff_name,
        accepted_at=data.accepted_at,
        language=language,
    )


def spool_receipt(
    session: Session,
    data: ReceiptData,
    *,
    printer: str,
    profile: PrinterProfile,
    language: str,
) -> PrintJobInfo:
    """Queue the thermal receipt for ``printer``; the spool sends it when the printer can."""
    return enqueue(
        session,
        printer=printer,
        document_kind=DOCUMENT_KIND,
        document_ref=data.request_number,
        data=render_receipt(acceptance_receipt(data, language), profile),
    )


def receipt_pdf(data: ReceiptData, language: str, font_path: str | None = None) -> bytes:
    """The A4 receipt, with the ID number masked."""
    from printing.pdf_receipt import render_receipt_pdf  # ReportLab: loaded on the first PDF

    return render_receipt_pdf(acceptance_receipt(data, language), font_path or None)
