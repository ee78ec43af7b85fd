"""The notice of rights and duties (当事人权利义务告知书) as an A4 PDF, one page per party.

Each party gets their own page, addressed to them, to read (or be read) before mediation
starts and to sign as acknowledged. The rights and duties are those of the People's Mediation
Law (人民调解法, articles 23 and 24) and what a party should know besides.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from printing.documents import CaseParty, RightsNotice
from printing.labels import format_date, other_language
from printing.pdf_agreement import (
    party_id_markup,
    party_name_markup,
    signatures_and_seal,
    text,
    title_lines,
)
from printing.pdf_common import (
    CONTENT_WIDTH,
    LIGHT_GREY,
    RULE_GREY,
    Styles,
    barcode_row,
    build_pdf,
    footer,
    pdf_font,
    user_text,
)

Bilingual = tuple[str, str]

NOTICE_TEXTS: Final[Mapping[str, Bilingual]] = {
    "to": ("致当事人", "To"),
    "id_or_code": ("证件号码", "ID number"),
    "dispute_type": ("纠纷类型", "Dispute type"),
    "registered_on": ("登记日期", "Registered on"),
    "intro": (
        "根据《中华人民共和国人民调解法》，现将您在调解活动中享有的权利和应当履行的义务告知如下：",
        "Under the People's Mediation Law of the People's Republic of China, these are your "
        "rights and duties in the mediation:",
    ),
    "rights": ("一、您享有的权利", "1. You have the right"),
    "duties": ("二、您应当履行的义务", "2. You have the duty"),
    "notes": ("三、其他告知事项", "3. Please also note"),
    "acknowledge": (
        "本人已阅读（或已听取）上述告知内容，知悉自己在调解活动中的权利和义务。",
        "I have read (or have been read) this notice and understand my rights and duties in "
        "the mediation.",
    ),
}

RIGHTS: Final[tuple[Bilingual, ...]] = (
    ("选择或者接受调解员；", "to choose or accept the mediator;"),
    ("接受调解、拒绝调解或者要求终止调解；", "to accept or refuse mediation, or to ask to end it;"),
    ("要求调解公开进行或者不公开进行；", "to ask for the mediation to be held in public or not;"),
    (
        "自主表达意愿、自愿达成调解协议；",
        "to express your wishes freely, and to reach an agreement only of your own will;",
    ),
    (
        "认为调解员与纠纷有利害关系、可能影响公正调解的，申请其回避。",
        "to ask for a mediator to be replaced who has an interest in the dispute or may not "
        "be impartial.",
    ),
)

DUTIES: Final[tuple[Bilingual, ...]] = (
    (
        "如实陈述纠纷事实，提供真实的证据材料；",
        "to state the facts truthfully and give true evidence;",
    ),
    ("遵守调解现场秩序，尊重调解员；", "to keep order during mediation and respect the mediator;"),
    ("尊重对方当事人行使权利；", "to respect the other party's exercise of their rights;"),
    ("自觉履行依法达成的调解协议。", "to perform an agreement lawfully reached."),
)

NOTES: Final[tuple[Bilingual, ...]] = (
    ("人民调解不收取任何费用。", "People's mediation is free of charge."),
    (
        "经调解达成的调解协议具有法律约束力，当事人应当按照约定履行。",
        "An agreement reached in mediation is legally binding and must be performed as agreed.",
    ),
    (
        "达成调解协议后，当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认。",
        "After reaching an agreement, the parties may jointly apply to a people's court for "
        "judicial confirmation within 30 days of its taking effect.",
    ),
    (
        "调解不成的，您可以依法通过诉讼、仲裁、行政等途径维护自己的权利。",
        "If mediation fails, you may protect your rights by a lawsuit, arbitration or an "
        "administrative procedure.",
    ),
    (
        "调解员对调解中知悉的个人隐私和商业秘密予以保密。",
        "Mediators keep private and business secrets learned in the mediation confidential.",
    ),
)


def _pick(pair: Bilingual, language: str) -> str:
    return pair[1] if language == "en" else pair[0]


def _two_lines(pair: Bilingual, language: str, styles: Styles, prefix: str = "") -> Paragraph:
    other = other_language(language)
    size = styles.small.fontSize
    return Paragraph(
        f"{escape(prefix + _pick(pair, language))}<br/>"
        f"<font size={size} color='#555555'>{escape(prefix + _pick(pair, other))}</font>",
        styles.value,
    )


def _heading(pair: Bilingual, language: str, styles: Styles) -> Paragraph:
    """A section heading on one line, the other language after it, small and grey."""
    other = _pick(pair, other_language(language))
    return Paragraph(
        f"{escape(_pick(pair, language))}　<font size={styles.small.fontSize} "
        f"color='#555555'>{escape(other)}</font>",
        styles.strong,
    )


def _section(
    heading: str, items: tuple[Bilingual, ...], language: str, styles: Styles
) -> list[Flowable]:
    """A heading and its numbered items, in the notice's language (the body is not doubled,
    so that each party's notice fits on one page)."""
    item_style = ParagraphStyle(
        "notice_item", styles.value, leftIndent=9 * mm, firstLineIndent=-4 * mm, spaceAfter=1.5
    )
    flowables: list[Flowable] = [
        Spacer(1, 2 * mm),
        _heading(NOTICE_TEXTS[heading], language, styles),
        Spacer(1, 1 * mm),
    ]
    for number, item in enumerate(items, 1):
        flowables.append(Paragraph(f"{number}. {escape(_pick(item, language))}", item_style))
    return flowables


def _addressee(party: CaseParty, role_key: str, doc: RightsNotice, styles: Styles) -> Table:
    """Who the page is for, compactly: name and role, ID number, dispute type, date."""
    language = doc.language
    other = other_language(language)

    def label(key: str) -> Flowable:
        pair = NOTICE_TEXTS[key]
        return Paragraph(
            f"{escape(_pick(pair, language))}<br/><font size={styles.small.fontSize} "
            f"color='#555555'>{escape(_pick(pair, other))}</font>",
            styles.label,
        )

    role = (
        f"（{text(role_key, language)}）" if language != "en" else f" ({text(role_key, language)})"
    )
    name = party_name_markup(party, language, escape(role))
    registered = escape(format_date(doc.registered_on, language))
    rows = [
        [
            label("to"),
            Paragraph(name, styles.value),
            label("id_or_code"),
            Paragraph(party_id_markup(party), styles.value),
        ],
        [
            label("dispute_type"),
            Paragraph(user_text(doc.dispute_type), styles.value),
            label("registered_on"),
            Paragraph(registered, styles.value),
        ],
    ]
    label_width = 28 * mm
    value_width = CONTENT_WIDTH / 2 - label_width
    table = Table(
        rows, colWidths=[label_width, value_width, label_width, value_width], hAlign="LEFT"
    )
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, RULE_GREY),
                ("BACKGROUND", (0, 0), (0, -1), LIGHT_GREY),
                ("BACKGROUND", (2, 0), (2, -1), LIGHT_GREY),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def _one_party(
    party: CaseParty, role_key: str, doc: RightsNotice, styles: Styles
) -> list[Flowable]:
    language = doc.language
    return [
        Paragraph(user_text(doc.center_name), styles.center),
        Spacer(1, 1 * mm),
        *title_lines("notice_title", language, styles),
        Spacer(1, 3 * mm),
        barcode_row("case_number", doc.case_number, doc.barcode_payload, language, styles),
        Spacer(1, 2 * mm),
        _addressee(party, role_key, doc, styles),
        Spacer(1, 2 * mm),
        _two_lines(NOTICE_TEXTS["intro"], language, styles),
        *_section("rights", RIGHTS, language, styles),
        *_section("duties", DUTIES, language, styles),
        *_section("notes", NOTES, language, styles),
        Spacer(1, 3 * mm),
        KeepTogether(
            [
                _two_lines(NOTICE_TEXTS["acknowledge"], language, styles),
                Spacer(1, 1 * mm),
                signatures_and_seal(
                    [("sign_party", party.name), ("sign_notifier", "")],
                    doc.center_name,
                    language,
                    styles,
                    dated_seal=False,
                ),
            ]
        ),
    ]


def render_rights_notice_pdf(doc: RightsNotice, font_path: str | None = None) -> bytes:
    """A page for every party (applicants first), each to be signed as acknowledged."""
    styles = pdf_font(font_path)
    addressed = [(party, "applicant") for party in doc.applicants]
    addressed += [(party, "respondent") for party in doc.respondents]
    story: list[Flowable] = []
    for index, (party, role_key) in enumerate(addressed):
        if index:
            story.append(PageBreak())
        story.extend(_one_party(party, role_key, doc, styles))
    title = f"{text('notice_title', doc.language)} {doc.case_number}"
    decorate = footer(styles.font, f"{doc.center_name}  {doc.case_number}", doc.printed_at)
    return build_pdf(story, title=title, author=doc.center_name, decorate=decorate)
