"""Queue tickets, receipts, referral slips and test pages as ESC/POS bytes."""

from __future__ import annotations

from typing import Final

from printing.documents import AcceptanceReceipt, Party, QueueTicket, ReferralSlip, TestPage
from printing.labels import format_date, format_datetime, label, people_ahead
from printing.masking import mask_id_number
from printing.profiles import PrinterProfile
from printing.thermal_lines import SlipWriter

LARGEST_TICKET_CODE: Final = 6
LARGEST_HEADING: Final = 2
FULL_WIDTH_PUNCTUATION: Final = "，。：；！？（）「」『』《》、"


def render_ticket(doc: QueueTicket, profile: PrinterProfile) -> bytes:
    """Center, service, the big ticket code, people ahead, wait, time, priority, barcode, notice."""
    slip = SlipWriter(profile, doc.language)
    language = slip.language
    slip.blank()  # the print head starts at the tear edge: the heading clears it
    heading = slip.fitting_multiplier(doc.center_name, LARGEST_HEADING)
    slip.paragraph(doc.center_name, align="center", width=heading, height=heading, bold=True)
    service = slip.fitting_multiplier(doc.service_name, LARGEST_HEADING)
    slip.paragraph(doc.service_name, align="center", width=service, height=service)
    code = slip.fitting_multiplier(doc.code, LARGEST_TICKET_CODE)
    slip.paragraph(doc.code, align="center", width=code, height=code, bold=True)
    if doc.people_ahead is not None:
        ahead = people_ahead(doc.people_ahead, language)
        ahead_size = slip.fitting_multiplier(ahead, LARGEST_HEADING)
        slip.paragraph(ahead, align="center", width=ahead_size, height=ahead_size)
    # Nobody ahead: "about 0 min" would only puzzle; the line above says it all.
    if doc.estimated_wait_minutes and doc.people_ahead != 0:
        wait = label("estimated_wait", language, minutes=doc.estimated_wait_minutes)
        slip.paragraph(wait, align="center")
    if doc.priority_label:
        priority = label("priority", language) + doc.priority_label
        size = slip.fitting_multiplier(priority, LARGEST_HEADING)
        slip.paragraph(priority, align="center", width=size, height=size, bold=True)
    issued = label("issued_at", language) + format_datetime(doc.issued_at, language)
    slip.paragraph(issued, align="center")
    slip.code128(doc.barcode_payload)
    if doc.notice:
        slip.rule()
        slip.paragraph(doc.notice)
    return slip.finish()


def render_receipt(doc: AcceptanceReceipt, profile: PrinterProfile) -> bytes:
    """The 受理回执: request number and barcode, resident (masked ID), matter, materials, dates."""
    slip = SlipWriter(profile, doc.language)
    language = slip.language
    slip.paragraph(doc.center_name, align="center", bold=True)
    slip.paragraph(label("receipt_title", language), align="center", width=2, height=2, bold=True)
    slip.rule()
    slip.label_value(label("request_number", language), doc.request_number, bold=True)
    slip.code128(doc.barcode_payload)
    slip.label_value(label("resident_name", language), doc.resident_name)
    slip.label_value(label("id_number", language), mask_id_number(doc.resident_id_number))
    slip.label_value(label("service", language), doc.service_name)
    if doc.description:
        slip.label_value(label("description", language), doc.description)
    slip.paragraph(label("materials_submitted", language))
    if doc.materials_submitted:
        slip.numbered(doc.materials_submitted)
    else:
        slip.paragraph(label("none", language))
    if doc.materials_missing:
        slip.paragraph(label("materials_missing", language), bold=True)
        slip.numbered(doc.materials_missing)
    else:
        slip.paragraph(label("no_materials_missing", language))
    slip.rule()
    promised = format_date(doc.promised_by, language)
    slip.label_value(label("promised_by", language), promised, bold=True)
    slip.label_value(label("counter", language), doc.counter_name)
    slip.label_value(label("staff", language), doc.staff_name)
    slip.label_value(label("accepted_at", language), format_datetime(doc.accepted_at, language))
    slip.rule()
    slip.paragraph(label("receipt_hint", language))
    return slip.finish()


def _party_names(parties: tuple[Party, ...], language: str) -> str:
    separator = "、" if language == "zh_CN" else ", "
    return separator.join(
        party.name + (label("organisation", language) if party.is_organisation else "")
        for party in parties
    )


def render_referral_short(doc: ReferralSlip, profile: PrinterProfile) -> bytes:
    """A short thermal copy of the referral: parties by name only, no ID or phone numbers."""
    slip = SlipWriter(profile, doc.language)
    language = slip.language
    slip.paragraph(doc.center_name, align="center", bold=True)
    slip.paragraph(label("referral_title", language), align="center", width=2, height=2, bold=True)
    slip.rule()
    slip.label_value(label("case_number", language), doc.case_number, bold=True)
    slip.code128(doc.barcode_payload)
    slip.label_value(label("applicants", language), _party_names(doc.applicants, language))
    slip.label_value(label("respondents", language), _party_names(doc.respondents, language))
    slip.label_value(label("dispute_type", language), doc.dispute_type)
    slip.label_value(label("channel", language), doc.channel)
    slip.rule()
    slip.label_value(label("receiving_body", language), doc.receiving_body_name, bold=True)
    slip.label_value(label("address", language), doc.receiving_body_address)
    slip.label_value(label("phone", language), doc.receiving_body_phone)
    slip.rule()
    due = format_date(doc.feedback_due, language)
    slip.label_value(label("feedback_due", language), due, bold=True)
    slip.label_value(label("referred_at", language), format_datetime(doc.referred_at, language))
    slip.label_value(label("staff", language), doc.staff_name)
    slip.paragraph(label("referral_hint", language))
    return slip.finish()


def _ruler(columns: int) -> str:
    return "".join(str(number % 10) for number in range(1, columns + 1))


def render_test_page(doc: TestPage, profile: PrinterProfile) -> bytes:
    """Station, time, paper width, a column ruler, Chinese text, sizes, a barcode and a QR code."""
    slip = SlipWriter(profile, doc.language)
    language = slip.language
    slip.paragraph(label("test_page_title", language), align="center", width=2, height=2, bold=True)
    slip.label_value(label("station", language), doc.station_name)
    slip.label_value(label("printed_at", language), format_datetime(doc.printed_at, language))
    slip.label_value(label("paper_width", language), f"{doc.paper_width_mm} mm")
    slip.label_value(label("columns", language), str(slip.columns))
    slip.lines([_ruler(slip.columns)])
    slip.paragraph("政务服务中心 ABCabc 0123456789")
    slip.label_value(label("test_punctuation", language), FULL_WIDTH_PUNCTUATION)
    slip.paragraph(label("test_bold", language), bold=True)
    for multiplier in (1, 2, 3):
        sample = f"{label('test_sizes', language)} x{multiplier}"
        slip.paragraph(sample, width=multiplier, height=multiplier)
    slip.code128("TEST-20260101")
    slip.builder.align("center").qr_code("CivicDesk printer test").align("left")
    slip.paragraph(label("test_end", language), align="center")
    return slip.finish()
