"""The acceptance receipt (受理回执) as an A4 PDF."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from printing.documents import AcceptanceReceipt
from printing.labels import format_date, format_datetime, label, other_language
from printing.masking import mask_id_number
from printing.pdf_common import (
    barcode_row,
    bilingual_label,
    build_pdf,
    field_table,
    footer,
    numbered_markup,
    pdf_font,
    signature_table,
    strip_colon,
    title_block,
    user_text,
)


def render_receipt_pdf(doc: AcceptanceReceipt, font_path: str | None = None) -> bytes:
    """An A4 receipt: number, barcode, resident (masked ID), matter, materials, signatures."""
    styles = pdf_font(font_path)
    language = doc.language
    other = other_language(language)

    def row(key: str, value_markup: str) -> tuple[Flowable, Flowable]:
        return bilingual_label(key, language, styles), Paragraph(value_markup, styles.value)

    missing_note = f"{escape(strip_colon(label('materials_missing', language)))}<br/>" + (
        f"<font size=8 color='#555555'>"
        f"{escape(strip_colon(label('materials_missing', other)))}</font>"
    )
    rows = [
        row("resident_name", user_text(doc.resident_name)),
        row("id_number", escape(mask_id_number(doc.resident_id_number))),
        row("service", user_text(doc.service_name)),
        row("description", user_text(doc.description) or "—"),
        row(
            "materials_submitted", numbered_markup(doc.materials_submitted, label("none", language))
        ),
        (
            Paragraph(missing_note, styles.label),
            Paragraph(
                numbered_markup(doc.materials_missing, label("no_materials_missing", language)),
                styles.value,
            ),
        ),
        row("promised_by", escape(format_date(doc.promised_by, language))),
        row("counter", user_text(doc.counter_name)),
        row("staff", user_text(doc.staff_name)),
        row("accepted_at", escape(format_datetime(doc.accepted_at, language))),
    ]
    hint = f"{escape(label('receipt_hint', language))}<br/>{escape(label('receipt_hint', other))}"
    story: list[Flowable] = [
        Paragraph(user_text(doc.center_name), styles.center),
        Spacer(1, 2 * mm),
        *title_block("receipt_title", language, styles),
        Spacer(1, 6 * mm),
        barcode_row("request_number", doc.request_number, doc.barcode_payload, language, styles),
        Spacer(1, 5 * mm),
        field_table(rows),
        Spacer(1, 4 * mm),
        Paragraph(hint, styles.small),
        Spacer(1, 8 * mm),
        signature_table(("sign_applicant", "sign_staff"), language, styles),
    ]
    title = f"{label('receipt_title', language)} {doc.request_number}"
    decorate = footer(styles.font, f"{doc.center_name}  {doc.request_number}", doc.accepted_at)
    return build_pdf(story, title=title, author=doc.center_name, decorate=decorate)
