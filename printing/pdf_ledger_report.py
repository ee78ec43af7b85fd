"""The ledger's monthly report (矛盾纠纷排查月报) as an A4 PDF: the figures of the month, the
counts by community, grid, kind and risk, the referrals, and the grids that have not reported."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from printing.labels import label, other_language
from printing.pdf_common import (
    CONTENT_WIDTH,
    LIGHT_GREY,
    RULE_GREY,
    Styles,
    bilingual_label,
    build_pdf,
    field_table,
    footer,
    pdf_font,
    title_block,
    user_text,
)


@dataclass(frozen=True)
class LedgerReportDocument:
    language: str
    center_name: str
    month: str  # "2026-06"
    figures: tuple[tuple[str, str], ...]  # (label key, value)
    sections: tuple[tuple[str, tuple[tuple[str, int], ...]], ...]  # (heading key, rows)
    missing: tuple[str, ...]  # "street / community / grid"
    generated_at: datetime


def _section(
    key: str, rows: tuple[tuple[str, int], ...], doc: LedgerReportDocument, styles: Styles
) -> list[Flowable]:
    language = doc.language
    data: list[list[Flowable | str]] = [
        [Paragraph("", styles.label), bilingual_label("count", language, styles)]
    ]
    data += [[Paragraph(user_text(name), styles.value), str(count)] for name, count in rows]
    if not rows:
        data.append([Paragraph(escape(label("nothing", language)), styles.value), ""])
    table = Table(data, colWidths=[CONTENT_WIDTH - 30 * mm, 30 * mm], hAlign="LEFT", repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, RULE_GREY),
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT_GREY),
                ("ALIGN", (1, 1), (1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return [KeepTogether([*_heading(key, language, styles), table])]


def _heading(key: str, language: str, styles: Styles) -> list[Flowable]:
    primary = escape(label(key, language))
    secondary = escape(label(key, other_language(language)))
    markup = f"{primary}  <font size=8 color='#555555'>{secondary}</font>"
    return [Spacer(1, 4 * mm), Paragraph(markup, styles.strong), Spacer(1, 1 * mm)]


def render_ledger_report_pdf(doc: LedgerReportDocument, font_path: str | None = None) -> bytes:
    styles = pdf_font(font_path)
    story: list[Flowable] = [
        Paragraph(user_text(doc.center_name), styles.center),
        Spacer(1, 3 * mm),
        *title_block("ledger_report_title", doc.language, styles),
        Spacer(1, 5 * mm),
        field_table(
            [
                (
                    bilingual_label(key, doc.language, styles),
                    Paragraph(user_text(value), styles.value),
                )
                for key, value in doc.figures
            ]
        ),
    ]
    for key, rows in doc.sections:
        story += _section(key, rows, doc, styles)
    story += _heading("missing_grids", doc.language, styles)
    missing = "<br/>".join(user_text(name) for name in doc.missing) or escape(
        label("nothing", doc.language)
    )
    story.append(Paragraph(missing, styles.value))
    title = f"{label('ledger_report_title', doc.language)} {doc.month}"
    decorate = footer(styles.font, f"{doc.center_name}  {doc.month}", doc.generated_at)
    return build_pdf(story, title=title, author=doc.center_name, decorate=decorate)
