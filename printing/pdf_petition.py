"""The petition documents as A4 PDFs: the registration slip (登记回执) and the written notices
the Regulations on Letters and Visits require (受理 / 不予受理 / 转送 / 延期告知书, 处理意见书).

All share one layout: title, the petition number with its CODE128 barcode, the petitioners
(masked), the facts of the notice, its statement, and the seal and receipt lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Final
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from printing.documents import Party
from printing.labels import label
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
    numbered_markup,
    pdf_font,
    signature_table,
    title_block,
    user_text,
)

KINDS: Final = ("slip", "accept", "decline", "forward", "extend", "reply")


@dataclass(frozen=True)
class PetitionDocument:
    kind: str  # one of KINDS
    language: str
    center_name: str
    number: str  # "X-2026-000001"
    barcode_payload: str
    petitioners: tuple[Party, ...]  # in full or masked; the renderer masks
    fields: tuple[tuple[str, str], ...]  # (label key, text in the document's language)
    statement: str  # the notice's sentence, in the document's language
    items: tuple[str, ...]  # numbered lines under the statement (the legal routes)
    issued_at: datetime  # in the center's time zone


def _petitioner_table(doc: PetitionDocument, styles: Styles) -> Table:
    header = [
        bilingual_label(key, doc.language, styles)
        for key in ("petitioners", "party_name", "party_id", "party_phone")
    ]
    header[0] = Paragraph("", styles.label)
    rows: list[list[Flowable | str]] = [header]
    for index, person in enumerate(doc.petitioners):
        rows.append(
            [
                bilingual_label("petitioners", doc.language, styles) if index == 0 else "",
                Paragraph(user_text(person.name), styles.value),
                Paragraph(
                    escape(mask_id_number(person.id_number) if person.id_number else "—"),
                    styles.value,
                ),
                Paragraph(escape(mask_phone(person.phone) if person.phone else "—"), styles.value),
            ]
        )
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


def render_petition_pdf(doc: PetitionDocument, font_path: str | None = None) -> bytes:
    if doc.kind not in KINDS:
        raise ValueError(f"unknown petition document {doc.kind!r}; use one of {KINDS}")
    styles = pdf_font(font_path)
    title_key = f"petition_{doc.kind}_title"
    rows = [
        (bilingual_label(key, doc.language, styles), Paragraph(user_text(value), styles.value))
        for key, value in doc.fields
    ]
    story: list[Flowable] = [
        Paragraph(user_text(doc.center_name), styles.center),
        Spacer(1, 3 * mm),
        *title_block(title_key, doc.language, styles),
        Spacer(1, 5 * mm),
        barcode_row("petition_number", doc.number, doc.barcode_payload, doc.language, styles),
        Spacer(1, 4 * mm),
        _petitioner_table(doc, styles),
        Spacer(1, 3 * mm),
        field_table(rows),
        Spacer(1, 5 * mm),
        Paragraph(user_text(doc.statement), styles.strong),
    ]
    if doc.items:
        story += [Spacer(1, 2 * mm), Paragraph(numbered_markup(doc.items, ""), styles.value)]
    story += [
        Spacer(1, 8 * mm),
        signature_table(("sign_petition_office", "sign_petitioner"), doc.language, styles),
    ]
    title = f"{label(title_key, doc.language)} {doc.number}"
    decorate = footer(styles.font, f"{doc.center_name}  {doc.number}", doc.issued_at)
    return build_pdf(story, title=title, author=doc.center_name, decorate=decorate)
