"""The dispute referral slip (转介单) as an A4 PDF: a stub copy and a handover copy."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from printing.documents import Party, ReferralSlip
from printing.labels import format_date, format_datetime, label, other_language
from printing.masking import mask_id_number, mask_phone
from printing.pdf_common import (
    CONTENT_WIDTH,
    LABEL_COLUMN,
    LIGHT_GREY,
    RULE_GREY,
    Styles,
    barcode_row,
    bilingual_label,
    build_pdf,
    field_table,
    footer,
    pdf_font,
    signature_table,
    strip_colon,
    title_block,
    user_text,
)

HANDOVER_COPY = "handover_copy"  # the receiving body's copy
COPIES = (("stub_copy", "stub_copy_note"), (HANDOVER_COPY, "handover_copy_note"))


def _party_table(doc: ReferralSlip, styles: Styles, *, full_phones: bool) -> Table:
    """Applicants and respondents with masked ID numbers; phones masked too, except on the
    receiving body's copy, which must be able to call the parties."""
    language = doc.language
    header = [
        bilingual_label(key, language, styles)
        for key in ("applicants", "party_name", "party_id", "party_phone")
    ]
    rows: list[list[Flowable | str]] = [header]

    def party_row(role: Flowable | str, party: Party) -> list[Flowable | str]:
        name = user_text(party.name)
        if party.is_organisation:
            mark = strip_colon(label("organisation", language)).strip()
            name += f"<br/><font size=8 color='#555555'>{escape(mark)}</font>"
        id_number = mask_id_number(party.id_number) if party.id_number else "—"
        phone = (party.phone if full_phones else mask_phone(party.phone)) if party.phone else "—"
        return [
            role,
            Paragraph(name, styles.value),
            Paragraph(escape(id_number), styles.value),
            Paragraph(escape(phone), styles.value),
        ]

    for key, parties in (("applicants", doc.applicants), ("respondents", doc.respondents)):
        role: Flowable | str = bilingual_label(key, language, styles)
        if not parties:
            rows.append([role, Paragraph("—", styles.value), "", ""])
        for index, party in enumerate(parties):
            rows.append(party_row(role if index == 0 else "", party))
    header[0] = Paragraph("", styles.label)
    widths = [LABEL_COLUMN, CONTENT_WIDTH - LABEL_COLUMN - 84 * mm, 48 * mm, 36 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, RULE_GREY),
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT_GREY),
                ("BACKGROUND", (0, 1), (0, -1), LIGHT_GREY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def _copy_heading(copy_key: str, note_key: str, doc: ReferralSlip, styles: Styles) -> Table:
    language, other = doc.language, other_language(doc.language)
    text = (
        f"{escape(label(copy_key, language))} · {escape(label(note_key, language))}<br/>"
        f"<font size=8>{escape(label(copy_key, other))} · {escape(label(note_key, other))}</font>"
    )
    table = Table(
        [[Paragraph(user_text(doc.center_name), styles.value), Paragraph(text, styles.copy_mark)]],
        colWidths=[CONTENT_WIDTH * 0.55, CONTENT_WIDTH * 0.45],
    )
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _one_copy(copy_key: str, note_key: str, doc: ReferralSlip, styles: Styles) -> list[Flowable]:
    language = doc.language

    def row(key: str, value_markup: str) -> tuple[Flowable, Flowable]:
        return bilingual_label(key, language, styles), Paragraph(value_markup, styles.value)

    receiving_body = "<br/>".join(
        [
            user_text(doc.receiving_body_name),
            f"{escape(strip_colon(label('address', language)))}："
            + user_text(doc.receiving_body_address),
            f"{escape(strip_colon(label('phone', language)))}："
            + user_text(doc.receiving_body_phone),
        ]
    )
    rows = [
        row("dispute_type", user_text(doc.dispute_type)),
        row("channel", user_text(doc.channel)),
        row("receiving_body", receiving_body),
        row("facts", user_text(doc.facts) or "—"),
        row("feedback_due", escape(format_date(doc.feedback_due, language))),
        row("referred_at", escape(format_datetime(doc.referred_at, language))),
        row("staff", user_text(doc.staff_name)),
    ]
    other = other_language(language)
    hint = f"{escape(label('referral_hint', language))}<br/>{escape(label('referral_hint', other))}"
    return [
        _copy_heading(copy_key, note_key, doc, styles),
        Spacer(1, 4 * mm),
        *title_block("referral_title", language, styles),
        Spacer(1, 5 * mm),
        barcode_row("case_number", doc.case_number, doc.barcode_payload, language, styles),
        Spacer(1, 4 * mm),
        _party_table(doc, styles, full_phones=copy_key == HANDOVER_COPY),
        Spacer(1, 3 * mm),
        field_table(rows),
        Spacer(1, 3 * mm),
        Paragraph(hint, styles.small),
        Spacer(1, 6 * mm),
        signature_table(("sign_referring", "sign_receiving"), language, styles),
    ]


def render_referral_pdf(doc: ReferralSlip, font_path: str | None = None) -> bytes:
    """Two copies of the slip, each from a new page: 存根联 (stub), 交接联 (handover)."""
    styles = pdf_font(font_path)
    story: list[Flowable] = []
    for index, (copy_key, note_key) in enumerate(COPIES):
        if index:
            story.append(PageBreak())
        story.extend(_one_copy(copy_key, note_key, doc, styles))
    title = f"{label('referral_title', doc.language)} {doc.case_number}"
    decorate = footer(styles.font, f"{doc.center_name}  {doc.case_number}", doc.referred_at)
    return build_pdf(story, title=title, author=doc.center_name, decorate=decorate)
