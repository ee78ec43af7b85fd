"""Shared pieces of the A4 PDFs: fonts and styles, bilingual labels, barcodes, signatures."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from printing.fonts import register_pdf_font
from printing.labels import label, other_language

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN: Final = 18 * mm
CONTENT_WIDTH: Final = PAGE_WIDTH - 2 * MARGIN
LABEL_COLUMN: Final = 42 * mm
BARCODE_HEIGHT: Final = 14 * mm
# Bars at least this wide scan reliably from a 150 dpi rendering (about 3 pixels).
PREFERRED_BAR_WIDTH: Final = 0.5 * mm
SMALLEST_BAR_WIDTH: Final = 0.3 * mm
GREY: Final = colors.HexColor("#555555")
LIGHT_GREY: Final = colors.HexColor("#EEEEEE")
RULE_GREY: Final = colors.HexColor("#999999")


@dataclass(frozen=True)
class Styles:
    font: str
    title: ParagraphStyle
    subtitle: ParagraphStyle
    center: ParagraphStyle
    label: ParagraphStyle
    value: ParagraphStyle
    strong: ParagraphStyle
    small: ParagraphStyle
    copy_mark: ParagraphStyle


def make_styles(font: str) -> Styles:
    base = ParagraphStyle("base", fontName=font, fontSize=10.5, leading=15, wordWrap="CJK")
    return Styles(
        font=font,
        title=ParagraphStyle("title", base, fontSize=22, leading=28, alignment=TA_CENTER),
        subtitle=ParagraphStyle(
            "subtitle", base, fontSize=11, leading=14, alignment=TA_CENTER, textColor=GREY
        ),
        center=ParagraphStyle("center", base, fontSize=12, leading=16, alignment=TA_CENTER),
        label=ParagraphStyle("label", base, fontSize=10, leading=13),
        value=base,
        strong=ParagraphStyle("strong", base, fontSize=12, leading=16),
        small=ParagraphStyle("small", base, fontSize=8.5, leading=11, textColor=GREY),
        copy_mark=ParagraphStyle(
            "copy_mark", base, fontSize=12, leading=15, alignment=TA_RIGHT, textColor=GREY
        ),
    )


def user_text(text: str) -> str:
    """User text as Paragraph markup: escaped, control characters blanked, lines kept.

    Unlike thermal paper, PDFs keep every other character; the font shows what it has.
    """
    kept = "".join(char if char == "\n" or char >= " " and char != "\x7f" else " " for char in text)
    return escape(kept).replace("\n", "<br/>")


def strip_colon(text: str) -> str:
    return text.rstrip().rstrip(":：").rstrip()


def bilingual_label(key: str, language: str, styles: Styles) -> Paragraph:
    """``受理编号`` over a small grey ``Request no.`` (or the other way round for English)."""
    primary = strip_colon(label(key, language))
    secondary = strip_colon(label(key, other_language(language)))
    size = styles.small.fontSize
    return Paragraph(
        f"{escape(primary)}<br/><font size={size} color='#555555'>{escape(secondary)}</font>",
        styles.label,
    )


def title_block(key: str, language: str, styles: Styles) -> list[Flowable]:
    primary = label(key, language)
    secondary = label(key, other_language(language))
    return [Paragraph(escape(primary), styles.title), Paragraph(escape(secondary), styles.subtitle)]


def code128_flowable(payload: str, max_width: float = CONTENT_WIDTH / 2) -> Code128:
    """A CODE128 barcode with its text below, bars as wide as ``max_width`` allows."""
    bar_width = PREFERRED_BAR_WIDTH
    while True:
        code = Code128(
            payload,
            barWidth=bar_width,
            barHeight=BARCODE_HEIGHT,
            humanReadable=True,
            fontSize=9,
            quiet=True,
        )
        if code.width <= max_width or bar_width <= SMALLEST_BAR_WIDTH:
            return code
        bar_width = max(SMALLEST_BAR_WIDTH, bar_width * 0.9)


def field_table(rows: Sequence[tuple[Flowable, Flowable]]) -> Table:
    """Label | value rows in a light grid; values wrap, long rows split across pages."""
    table = Table(
        [list(row) for row in rows],
        colWidths=[LABEL_COLUMN, CONTENT_WIDTH - LABEL_COLUMN],
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, RULE_GREY),
                ("BACKGROUND", (0, 0), (0, -1), LIGHT_GREY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def numbered_markup(items: Sequence[str], empty: str) -> str:
    if not items:
        return escape(empty)
    return "<br/>".join(f"{number}. {user_text(item)}" for number, item in enumerate(items, 1))


def signature_table(keys: Sequence[str], language: str, styles: Styles) -> Table:
    """One row per signer: a bilingual label, a line to sign on, and a date line."""
    date_label = f"{strip_colon(label('sign_date', language))} " + strip_colon(
        label("sign_date", other_language(language))
    )
    rows = []
    for key in keys:
        rows.append(
            [
                bilingual_label(key, language, styles),
                "",
                Paragraph(escape(date_label), styles.label),
                "",
            ]
        )
    widths = [LABEL_COLUMN, 70 * mm, 22 * mm, CONTENT_WIDTH - LABEL_COLUMN - 92 * mm]
    table = Table(rows, colWidths=widths, rowHeights=[16 * mm] * len(rows), hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.8, colors.black),
                ("LINEBELOW", (3, 0), (3, -1), 0.8, colors.black),
                ("LEFTPADDING", (2, 0), (2, -1), 8),
            ]
        )
    )
    return table


def barcode_row(number_key: str, number: str, payload: str, language: str, styles: Styles) -> Table:
    """The document number on the left, its CODE128 barcode on the right."""
    number_cell = [
        bilingual_label(number_key, language, styles),
        Paragraph(user_text(number), styles.strong),
    ]
    table = Table(
        [[number_cell, code128_flowable(payload)]],
        colWidths=[CONTENT_WIDTH / 2, CONTENT_WIDTH / 2],
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


PageDecorator = Callable[[Canvas, SimpleDocTemplate], None]


def footer(font: str, left_text: str, generated_at: datetime) -> PageDecorator:
    """Draw ``left_text`` and a page number at the bottom of every page."""

    def draw(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(font, 8)
        canvas.setFillColor(GREY)
        canvas.drawString(MARGIN, 10 * mm, left_text)
        stamp = generated_at.strftime("%Y-%m-%d %H:%M")
        canvas.drawRightString(PAGE_WIDTH - MARGIN, 10 * mm, f"{stamp}  ·  {doc.page}")
        canvas.restoreState()

    return draw


def build_pdf(story: list[Flowable], *, title: str, author: str, decorate: PageDecorator) -> bytes:
    output = io.BytesIO()
    document = SimpleDocTemplate(
        output,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author=author,
        creator="CivicDesk",
        invariant=1,
    )
    document.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return output.getvalue()


def pdf_font(font_path: str | None) -> Styles:
    return make_styles(register_pdf_font(font_path))
