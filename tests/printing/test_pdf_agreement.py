"""The mediation agreement (调解协议书) PDF: parties with masked numbers, terms with their
deadlines, the effective date and what follows from it, a signature line for every party and
mediator, the seal box, and a case barcode that scans."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path

import pytest

from printing.documents import AgreementTerm, CaseParty, MediationAgreement
from printing.pdf_agreement import render_agreement_pdf
from services.core.id_numbers import checksum_char

from .tools import pdf_page_count, pdf_text, pdf_to_pngs, require_cjk_font, scan_barcodes

ZHANG_ID = "11010519491231002" + checksum_char("11010519491231002")
WANG_ID = "11010519900101123" + checksum_char("11010519900101123")
ORG_CODE = "91350100M000100Y43"


@pytest.fixture(autouse=True)
def _cjk_font() -> None:
    require_cjk_font()


def compact(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def agreement() -> MediationAgreement:
    return MediationAgreement(
        center_name="区政务服务中心",
        mediation_body="区政务服务中心",
        case_number="M-2026-000045",
        barcode_payload="M-2026-000045",
        applicants=(CaseParty("张秀兰", ZHANG_ID, "13812345678", "幸福路1号3单元201"),),
        respondents=(
            CaseParty("王建国", WANG_ID, "13987654321", "幸福路1号3单元301", agent_name="王小军"),
            CaseParty(
                "幸福物业服务有限公司",
                None,
                "010-12345678",
                is_organisation=True,
                organisation_code=ORG_CODE,
            ),
        ),
        dispute_type="邻里纠纷",
        channel="人民调解",
        facts="楼上住户卫生间漏水，导致楼下天花板和墙面损坏，多次协商未果。",
        claims="赔偿维修费用2000元，修复防水层。",
        written=True,
        terms=(
            AgreementTerm(1, "王建国赔偿张秀兰维修费2000元", date(2026, 12, 10)),
            AgreementTerm(2, "物业公司于十日内修复301卫生间防水层", date(2026, 12, 5)),
        ),
        effective=date(2026, 11, 25),
        confirmation_deadline=date(2026, 12, 25),
        mediators=("赵丽华", "李明"),
        session_dates=(date(2026, 11, 21), date(2026, 11, 25)),
        printed_at=datetime(2026, 11, 30, 10, 0),
    )


def test_the_agreement_says_who_agreed_what_by_when(
    tmp_path: Path, agreement: MediationAgreement
) -> None:
    pdf = render_agreement_pdf(agreement)
    assert pdf.startswith(b"%PDF")
    text = compact(pdf_text(pdf, tmp_path))
    for part in (
        "调解协议书",
        "Mediationagreement",
        "M-2026-000045",
        "张秀兰",
        "110105********" + ZHANG_ID[-4:],
        "138****5678",
        "王建国",
        "委托代理人：王小军",
        "幸福物业服务有限公司",
        ORG_CODE,  # an organisation's code is not personal data
        "邻里纠纷",
        "人民调解",
        "楼上住户卫生间漏水",
        "赔偿维修费用2000元",
        "经调解，各方当事人自愿达成如下协议",
        "王建国赔偿张秀兰维修费2000元",
        "2026年12月10日",
        "物业公司于十日内修复301卫生间防水层",
        "2026年12月5日",
        "本协议自2026年11月25日起生效",
    ):
        assert part in text, part
    # the judicial confirmation window, to the day given
    assert "三十日内（即2026年12月25日前）" in text
    assert "本协议一式4份" in text
    # a signature line for each party and mediator, and the seal box
    for signer in ("申请人：张秀兰", "被申请人：王建国", "调解员：赵丽华", "调解员：李明"):
        assert signer in text, signer
    assert text.count("日期") >= 5
    assert "调解组织（盖章）" in text


def test_no_full_id_number_anywhere(tmp_path: Path, agreement: MediationAgreement) -> None:
    pdf = render_agreement_pdf(agreement)
    text = compact(pdf_text(pdf, tmp_path))
    for full in (ZHANG_ID, WANG_ID):
        assert full not in text
        assert full[6:14] not in text  # not even the date of birth
        assert full.encode() not in pdf
        assert full[6:14].encode() not in pdf


def test_the_case_number_scans(tmp_path: Path, agreement: MediationAgreement) -> None:
    pages = pdf_to_pngs(render_agreement_pdf(agreement), tmp_path, dpi=150)
    assert scan_barcodes(pages[0]) == ["M-2026-000045"]


def test_an_oral_agreement_is_a_record_and_cannot_be_confirmed(
    tmp_path: Path, agreement: MediationAgreement
) -> None:
    oral = dataclasses.replace(agreement, written=False, confirmation_deadline=None)
    text = compact(pdf_text(render_agreement_pdf(oral), tmp_path))
    assert "口头调解协议记录" in text
    assert "本协议为口头协议" in text
    assert "司法确认" not in text


def test_english_agreement_has_chinese_below(tmp_path: Path, agreement: MediationAgreement) -> None:
    pdf = render_agreement_pdf(dataclasses.replace(agreement, language="en"))
    text = compact(pdf_text(pdf, tmp_path))
    assert text.index("Mediationagreement") < text.index("调解协议书")
    assert "Thisagreementtakeseffecton2026-11-25." in text
    assert "(by2026-12-25)" in text
    assert "Applicant:张秀兰" in text
    assert "Mediator:赵丽华" in text


def test_many_terms_and_odd_text_flow_onto_more_pages(
    tmp_path: Path, agreement: MediationAgreement
) -> None:
    terms = tuple(
        AgreementTerm(n, f"第{n}项 <b>&amp; 条款</b> " + "分期付款。" * 20, date(2027, 1, n))
        for n in range(1, 26)
    )
    long = dataclasses.replace(
        agreement, terms=terms, facts="事实" * 800, mediators=(), session_dates=()
    )
    pdf = render_agreement_pdf(long)
    assert pdf_page_count(pdf, tmp_path / "pages") >= 3
    text = compact(pdf_text(pdf, tmp_path))
    assert "第25项<b>&amp;条款</b>" in text  # printed as typed, never as markup
    assert "调解员" in text  # an unnamed mediator still gets a line
    assert "调解组织（盖章）" in text
