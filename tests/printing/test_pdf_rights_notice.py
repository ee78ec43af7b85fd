"""The notice of rights and duties (当事人权利义务告知书): one page per party, addressed to
them, with the rights and duties of the People's Mediation Law, a line to sign as read, masked
ID numbers and the case barcode on every page."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path

import pytest

from printing.documents import CaseParty, RightsNotice
from printing.pdf_rights_notice import render_rights_notice_pdf
from services.core.id_numbers import checksum_char

from .tools import pdf_text, pdf_to_pngs, require_cjk_font, scan_barcodes

ZHANG_ID = "11010519491231002" + checksum_char("11010519491231002")
WANG_ID = "31010419850615123" + checksum_char("31010419850615123")


@pytest.fixture(autouse=True)
def _cjk_font() -> None:
    require_cjk_font()


def compact(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def notice() -> RightsNotice:
    return RightsNotice(
        center_name="区政务服务中心",
        case_number="M-2026-000046",
        barcode_payload="M-2026-000046",
        applicants=(CaseParty("张秀兰", ZHANG_ID, "13812345678"),),
        respondents=(
            CaseParty("王建国", WANG_ID, None, agent_name="王小军"),
            CaseParty("幸福物业服务有限公司", None, None, is_organisation=True),
        ),
        dispute_type="邻里纠纷",
        registered_on=date(2026, 11, 30),
        printed_at=datetime(2026, 11, 30, 10, 0),
    )


def test_one_page_per_party_each_addressed_to_them(tmp_path: Path, notice: RightsNotice) -> None:
    pdf = render_rights_notice_pdf(notice)
    pages = [compact(page) for page in pdf_text(pdf, tmp_path).split("\f") if page.strip()]
    assert len(pages) == 3
    expected = [
        ("张秀兰（申请人）", "110105********" + ZHANG_ID[-4:], "当事人签名：张秀兰"),
        ("王建国", "310104********" + WANG_ID[-4:], "当事人签名：王建国"),
        ("幸福物业服务有限公司", "（单位）", "当事人签名：幸福物业服务有限公司"),
    ]
    for page, (name, number, signature) in zip(pages, expected, strict=True):
        for part in (
            "当事人权利义务告知书",
            "M-2026-000046",
            name,
            number,
            "邻里纠纷",
            "2026年11月30日",
            "《中华人民共和国人民调解法》",
            "选择或者接受调解员",
            "接受调解、拒绝调解或者要求终止调解",
            "如实陈述纠纷事实",
            "人民调解不收取任何费用",
            "三十日内共同向人民法院申请司法确认",
            "本人已阅读（或已听取）上述告知内容",
            signature,
            "告知人（经办人）签名",
        ):
            assert part in page, (name, part)
    assert "（被申请人）" in pages[1]
    assert "委托代理人：王小军" in pages[1]


def test_no_full_id_number_anywhere(tmp_path: Path, notice: RightsNotice) -> None:
    pdf = render_rights_notice_pdf(notice)
    text = compact(pdf_text(pdf, tmp_path))
    for full in (ZHANG_ID, WANG_ID):
        assert full not in text
        assert full[6:14] not in text
        assert full.encode() not in pdf
        assert full[6:14].encode() not in pdf


def test_every_page_carries_a_case_barcode_that_scans(tmp_path: Path, notice: RightsNotice) -> None:
    pages = pdf_to_pngs(render_rights_notice_pdf(notice), tmp_path, dpi=150)
    assert len(pages) == 3
    for page in pages:
        assert scan_barcodes(page) == ["M-2026-000046"]


def test_english_notice_fits_a_page_per_party(tmp_path: Path, notice: RightsNotice) -> None:
    pdf = render_rights_notice_pdf(dataclasses.replace(notice, language="en"))
    pages = [compact(page) for page in pdf_text(pdf, tmp_path).split("\f") if page.strip()]
    assert len(pages) == 3
    first = pages[0]
    assert first.index("Noticeoftheparties'rightsandduties") < first.index("当事人权利义务告知书")
    assert "Tochooseoracceptthemediator" in first or "tochooseoracceptthemediator" in first
    assert "People'smediationisfreeofcharge." in first
    assert "Party'ssignature:张秀兰" in first
