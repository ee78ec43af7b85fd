"""The mediation agreement (调解协议书) as an A4 PDF.

Parties with masked ID and phone numbers, the facts and claims, the agreed terms with their
performance deadlines, the effective date and what follows from it, a signature line for every
party and mediator, and the box for the mediation body's seal. The parts shared with the
notice of rights and duties (party table, signer lines, seal box, bilingual text) live here too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Final
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from printing.documents import CaseParty, MediationAgreement
from printing.labels import format_date, other_language
from printing.masking import mask_id_number, mask_phone
from printing.pdf_common import (
    CONTENT_WIDTH,
    LIGHT_GREY,
    RULE_GREY,
    Styles,
    barcode_row,
    build_pdf,
    field_table,
    footer,
    pdf_font,
    user_text,
)

# The fixed texts of the mediation documents: {key: (zh_CN, en)}.
TEXTS: Final[Mapping[str, tuple[str, str]]] = {
    "agreement_title": ("调解协议书", "Mediation agreement"),
    "oral_agreement_title": ("口头调解协议记录", "Record of an oral mediation agreement"),
    "role": ("身份", "Role"),
    "applicant": ("申请人", "Applicant"),
    "respondent": ("被申请人", "Respondent"),
    "name": ("姓名/名称", "Name"),
    "id_or_code": ("证件号码", "ID number"),
    "phone": ("联系电话", "Phone"),
    "address": ("住所", "Address"),
    "agent": ("委托代理人", "Agent"),
    "organisation": ("（单位）", " (organisation)"),
    "dispute_type": ("纠纷类型", "Dispute type"),
    "channel": ("调解方式", "Mediation"),
    "facts": ("纠纷主要事实", "Facts of the dispute"),
    "claims": ("争议事项及请求", "Matters in dispute"),
    "sessions": ("调解日期", "Mediated on"),
    "agreed_intro": (
        "经调解，各方当事人自愿达成如下协议：",
        "Through mediation, the parties have freely agreed as follows:",
    ),
    "number": ("序号", "No."),
    "term": ("协议内容", "Term"),
    "due": ("履行期限", "Perform by"),
    "effective": ("本协议自{date}起生效。", "This agreement takes effect on {date}."),
    "binding": (
        "本协议具有法律约束力，各方当事人应当按照约定全面履行。",
        "This agreement is legally binding; every party shall perform it as agreed.",
    ),
    "confirmation": (
        "各方当事人认为有必要的，可以自本协议生效之日起三十日内（即{date}前）"
        "共同向人民法院申请司法确认。",
        "If they see the need, the parties may jointly apply to a people's court for judicial "
        "confirmation within 30 days of the agreement taking effect (by {date}).",
    ),
    "oral_note": (
        "本协议为口头协议，由调解员记录，经各方当事人确认无误后签名。",
        "This is an oral agreement, written down by the mediator and signed by the parties "
        "as correct.",
    ),
    "copies": (
        "本协议一式{n}份，各方当事人各执一份，调解组织留存一份。",
        "This agreement is made in {n} copies: one for each party and one for the mediation body.",
    ),
    "signatures": ("签名", "Signatures"),
    "sign_party": ("当事人签名", "Party's signature"),
    "sign_notifier": ("告知人（经办人）签名", "Notified by (staff)"),
    "notice_title": ("当事人权利义务告知书", "Notice of the parties' rights and duties"),
    "mediator": ("调解员", "Mediator"),
    "sign_mediator": ("调解员签名", "Mediator's signature"),
    "sign_date": ("日期", "Date"),
    "seal_title": ("调解组织（盖章）", "Mediation body (seal)"),
    "seal_date": ("年　　月　　日", "Date: ____________"),
    "none": ("无", "None"),
}

SEAL_BOX_WIDTH: Final = 52 * mm
SIGNER_SPACE: Final = 5 * mm  # room above each signer line


def text(key: str, language: str, **values: object) -> str:
    zh, en = TEXTS[key]
    chosen = en if language == "en" else zh
    return chosen.format(**values) if values else chosen


def bilingual(key: str, language: str, styles: Styles, **values: object) -> Paragraph:
    """A sentence in the document's language with the other language below it, small and grey."""
    other = other_language(language)
    primary = escape(text(key, language, **{k: _value(v, language) for k, v in values.items()}))
    secondary = escape(text(key, other, **{k: _value(v, other) for k, v in values.items()}))
    size = styles.small.fontSize
    return Paragraph(
        f"{primary}<br/><font size={size} color='#555555'>{secondary}</font>", styles.value
    )


def _value(value: object, language: str) -> object:
    return format_date(value, language) if isinstance(value, date) else value


def header_label(key: str, language: str, styles: Styles) -> Paragraph:
    other = other_language(language)
    size = styles.small.fontSize
    return Paragraph(
        f"{escape(text(key, language))}<br/>"
        f"<font size={size} color='#555555'>{escape(text(key, other))}</font>",
        styles.label,
    )


def title_lines(key: str, language: str, styles: Styles) -> list[Flowable]:
    other = other_language(language)
    return [
        Paragraph(escape(text(key, language)), styles.title),
        Paragraph(escape(text(key, other)), styles.subtitle),
    ]


def colon(language: str) -> str:
    return ": " if language == "en" else "："


def party_name_markup(party: CaseParty, language: str, suffix: str = "") -> str:
    """The name, an organisation mark, ``suffix`` (escaped markup) and the agent if any."""
    markup = user_text(party.name)
    if party.is_organisation:
        mark = escape(text("organisation", language))
        markup += f"<font size=8 color='#555555'>{mark}</font>"
    markup += suffix
    if party.agent_name:
        agent = f"{escape(text('agent', language))}{colon(language)}{user_text(party.agent_name)}"
        markup += f"<br/><font size=8.5>{agent}</font>"
    return markup


def party_id_markup(party: CaseParty, *, in_full: bool = False) -> str:
    if party.is_organisation:
        return escape(party.organisation_code or "—")
    if not party.id_number:
        return "—"
    return escape(party.id_number if in_full else mask_id_number(party.id_number))


def party_phone_markup(party: CaseParty, *, in_full: bool = False) -> str:
    if not party.phone:
        return "—"
    return escape(party.phone if in_full else mask_phone(party.phone))


def party_table(
    applicants: Sequence[CaseParty],
    respondents: Sequence[CaseParty],
    language: str,
    styles: Styles,
    *,
    in_full: bool = False,
) -> Table:
    """Every party: role, name (and agent), ID number, phone, address; ID and phone masked
    unless ``in_full`` (the agreement's own copy of the parties' identity)."""
    cell = ParagraphStyle("party_cell", styles.value, fontSize=9.5, leading=13)
    header: list[Flowable | str] = [
        header_label(key, language, styles)
        for key in ("role", "name", "id_or_code", "phone", "address")
    ]
    rows: list[list[Flowable | str]] = [header]
    for role_key, parties in (("applicant", applicants), ("respondent", respondents)):
        for index, party in enumerate(parties):
            role = header_label(role_key, language, styles) if index == 0 else ""
            rows.append(
                [
                    role,
                    Paragraph(party_name_markup(party, language), cell),
                    Paragraph(party_id_markup(party, in_full=in_full), cell),
                    Paragraph(party_phone_markup(party, in_full=in_full), cell),
                    Paragraph(user_text(party.address) or "—", cell),
                ]
            )
    widths = [25 * mm, 38 * mm, 43 * mm, 28 * mm, CONTENT_WIDTH - 134 * mm]
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


def signer_table(
    signers: Sequence[tuple[str, str]], language: str, styles: Styles, width: float
) -> Table:
    """One row per signer, ``(label key, printed name)``: a line to sign on and a date line."""
    other = other_language(language)
    size = styles.small.fontSize
    date_label = Paragraph(
        f"{escape(text('sign_date', language))}<br/>"
        f"<font size={size} color='#555555'>{escape(text('sign_date', other))}</font>",
        styles.label,
    )
    rows = []
    for key, name in signers:
        who = escape(text(key, language)) + (colon(language) + user_text(name) if name else "")
        who += f"<br/><font size={size} color='#555555'>{escape(text(key, other))}</font>"
        rows.append([Paragraph(who, styles.label), "", date_label, ""])
    sign_width = max(30 * mm, width - 44 * mm - 12 * mm - 24 * mm)
    widths = [44 * mm, sign_width, 12 * mm, 24 * mm]
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), SIGNER_SPACE),
                ("LINEBELOW", (1, 0), (1, -1), 0.8, colors.black),
                ("LINEBELOW", (3, 0), (3, -1), 0.8, colors.black),
                ("LEFTPADDING", (0, 0), (0, -1), 0),
                ("LEFTPADDING", (2, 0), (2, -1), 4),
            ]
        )
    )
    return table


def seal_box(body: str, language: str, styles: Styles, *, dated: bool = True) -> Table:
    """A box for the body's seal: its title, the body's name and (when ``dated``) a date line."""
    other = other_language(language)
    size = styles.small.fontSize
    markup = (
        f"{escape(text('seal_title', language))}<br/>"
        f"<font size={size} color='#555555'>{escape(text('seal_title', other))}</font>"
        f"<br/><br/>{user_text(body)}"
    )
    if dated:
        markup += f"<br/><br/>{escape(text('seal_date', language))}"
    padding = 4 * mm if dated else 2.5 * mm
    box = Table([[Paragraph(markup, styles.center)]], colWidths=[SEAL_BOX_WIDTH])
    box.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), padding),
                ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
            ]
        )
    )
    return box


def signatures_and_seal(
    signers: Sequence[tuple[str, str]],
    body: str,
    language: str,
    styles: Styles,
    *,
    dated_seal: bool = True,
) -> Table:
    """The signer lines on the left, the seal box on the right, kept on one page."""
    gap = 6 * mm
    left = CONTENT_WIDTH - SEAL_BOX_WIDTH - gap
    outer = Table(
        [
            [
                signer_table(signers, language, styles, left),
                "",
                seal_box(body, language, styles, dated=dated_seal),
            ]
        ],
        colWidths=[left, gap, SEAL_BOX_WIDTH],
        hAlign="LEFT",
    )
    outer.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return outer


def _terms_table(doc: MediationAgreement, styles: Styles) -> Table:
    language = doc.language
    rows: list[list[Flowable | str]] = [
        [header_label(key, language, styles) for key in ("number", "term", "due")]
    ]
    for term in doc.terms:
        rows.append(
            [
                Paragraph(str(term.position), styles.value),
                Paragraph(user_text(term.description), styles.value),
                Paragraph(escape(format_date(term.due, language)), styles.value),
            ]
        )
    if not doc.terms:
        rows.append(["", Paragraph(escape(text("none", language)), styles.value), ""])
    widths = [14 * mm, CONTENT_WIDTH - 50 * mm, 36 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, RULE_GREY),
                ("BACKGROUND", (0, 0), (-1, 0), LIGHT_GREY),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("ALIGN", (0, 0), (0, -1), "CENTER"),
            ]
        )
    )
    return table


def _fields(doc: MediationAgreement, styles: Styles) -> Table:
    language = doc.language

    def row(key: str, markup: str) -> tuple[Flowable, Flowable]:
        return header_label(key, language, styles), Paragraph(markup, styles.value)

    dates = "、".join(format_date(day, language) for day in doc.session_dates)
    rows = [row("dispute_type", user_text(doc.dispute_type))]
    if doc.channel:
        rows.append(row("channel", user_text(doc.channel)))
    rows.append(row("facts", user_text(doc.facts) or "—"))
    rows.append(row("claims", user_text(doc.claims) or "—"))
    if dates:
        rows.append(row("sessions", escape(dates)))
    return field_table(rows)


def render_agreement_pdf(doc: MediationAgreement, font_path: str | None = None) -> bytes:
    """The agreement: one document, signed by every party and mediator, sealed by the body."""
    styles = pdf_font(font_path)
    language = doc.language
    title_key = "agreement_title" if doc.written else "oral_agreement_title"
    copies = len(doc.applicants) + len(doc.respondents) + 1
    clauses: list[Flowable] = [bilingual("effective", language, styles, date=doc.effective)]
    clauses.append(bilingual("binding", language, styles))
    if doc.written and doc.confirmation_deadline is not None:
        clauses.append(bilingual("confirmation", language, styles, date=doc.confirmation_deadline))
    if not doc.written:
        clauses.append(bilingual("oral_note", language, styles))
    clauses.append(bilingual("copies", language, styles, n=copies))
    signers = [("applicant", party.name) for party in doc.applicants]
    signers += [("respondent", party.name) for party in doc.respondents]
    signers += [("mediator", name) for name in doc.mediators] or [("mediator", "")]
    story: list[Flowable] = [
        Paragraph(user_text(doc.center_name), styles.center),
        Spacer(1, 2 * mm),
        *title_lines(title_key, language, styles),
        Spacer(1, 5 * mm),
        barcode_row("case_number", doc.case_number, doc.barcode_payload, language, styles),
        Spacer(1, 4 * mm),
        party_table(doc.applicants, doc.respondents, language, styles, in_full=doc.full_identity),
        Spacer(1, 3 * mm),
        _fields(doc, styles),
        Spacer(1, 4 * mm),
        bilingual("agreed_intro", language, styles),
        Spacer(1, 2 * mm),
        _terms_table(doc, styles),
        Spacer(1, 3 * mm),
        *_spaced(clauses),
        Spacer(1, 4 * mm),
        signatures_and_seal(signers, doc.mediation_body, language, styles),
    ]
    title = f"{text(title_key, language)} {doc.case_number}"
    decorate = footer(styles.font, f"{doc.center_name}  {doc.case_number}", doc.printed_at)
    return build_pdf(story, title=title, author=doc.center_name, decorate=decorate)


def _spaced(paragraphs: Sequence[Flowable]) -> list[Flowable]:
    spaced: list[Flowable] = []
    for paragraph in paragraphs:
        spaced.extend([paragraph, Spacer(1, 1.5 * mm)])
    return spaced
