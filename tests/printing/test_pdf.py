"""The A4 PDFs: Chinese text is real text, IDs are masked, long text wraps, odd text is fine."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from printing.documents import AcceptanceReceipt, Party, ReferralSlip
from printing.fonts import CID_FALLBACK_FONT
from printing.pdf_receipt import render_receipt_pdf
from printing.pdf_referral import render_referral_pdf

from .conftest import FULL_ID, MASKED_ID, PARTY_ID, PARTY_PHONE
from .tools import pdf_page_count, pdf_text, require_cjk_font

LONG_TEXT = "申请人反映小区电梯长期故障，物业公司未及时维修。" * 60 + "Supercalifragilistic" * 30


@pytest.fixture(autouse=True)
def _cjk_font() -> None:
    require_cjk_font()


def compact(text: str) -> str:
    return "".join(text.split())


def test_receipt_pdf_text(tmp_path: Path, receipt: AcceptanceReceipt) -> None:
    pdf = render_receipt_pdf(receipt)
    assert pdf.startswith(b"%PDF")
    text = compact(pdf_text(pdf, tmp_path))
    for part in (
        "受理回执",
        "Acceptancereceipt",
        "张三丰",
        MASKED_ID,
        "R-2026-000123",
        "一次性告知",
        "完税证明",
        "婚姻状况证明（加盖民政部门公章）",
        "2026年12月14日",
        "申请人签名",
        "Applicant'ssignature",
        "经办人签名",
    ):
        assert part in text, part


def test_receipt_pdf_never_contains_the_full_id(tmp_path: Path, receipt: AcceptanceReceipt) -> None:
    pdf = render_receipt_pdf(receipt)
    assert FULL_ID not in compact(pdf_text(pdf, tmp_path))
    assert FULL_ID.encode() not in pdf
    assert b"19491231" not in pdf


def test_english_receipt_pdf_has_chinese_subtitles(
    tmp_path: Path, receipt: AcceptanceReceipt
) -> None:
    pdf = render_receipt_pdf(dataclasses.replace(receipt, language="en"))
    text = compact(pdf_text(pdf, tmp_path))
    assert text.index("Acceptancereceipt") < text.index("受理回执")


def test_referral_pdf_has_two_copies(tmp_path: Path, referral: ReferralSlip) -> None:
    pdf = render_referral_pdf(referral)
    pages = pdf_text(pdf, tmp_path).split("\f")
    stub, handover = compact(pages[0]), compact(pages[1])
    assert "存根联" in stub
    assert "Stubcopy" in stub
    assert "交接联" not in stub
    assert "交接联" in handover
    assert "Handovercopy" in handover
    for page in (stub, handover):
        for part in (
            "矛盾纠纷转介单",
            "M-2026-000045",
            "张三",
            "110105********1234",
            "朝阳区人民调解委员会",
            "010-65550000",
            "人民调解",
            "2026年12月15日",
            "接收单位签收人",
            "转出单位经办人",
        ):
            assert part in page, part
    assert "138****5678" in stub
    assert PARTY_PHONE in handover


def test_referral_pdf_gives_phones_only_to_the_receiving_body(
    tmp_path: Path, referral: ReferralSlip
) -> None:
    pdf = render_referral_pdf(referral)
    pages = pdf_text(pdf, tmp_path).split("\f")
    handover = next(i for i, page in enumerate(pages) if "交接联" in page)
    stub, receiving = compact("".join(pages[:handover])), compact("".join(pages[handover:]))
    for secret in (PARTY_ID, "91110105MA01234567"):  # ID numbers: masked on both copies
        assert secret not in stub + receiving
        assert secret.encode() not in pdf
    for phone in (PARTY_PHONE, "01065551234"):  # the receiving body must call the parties
        assert phone not in stub
        assert phone in receiving


def test_long_text_wraps_onto_more_pages(
    tmp_path: Path, receipt: AcceptanceReceipt, referral: ReferralSlip
) -> None:
    long_receipt = dataclasses.replace(
        receipt,
        resident_name="欧阳" * 250,
        description=LONG_TEXT,
        materials_missing=tuple(LONG_TEXT[:80] for _ in range(20)),
    )
    pdf = render_receipt_pdf(long_receipt)
    assert pdf_page_count(pdf, tmp_path / "receipt") >= 2
    text = compact(pdf_text(pdf, tmp_path))
    assert "欧阳欧阳" in text
    assert "Supercalifragilistic" in text

    many = tuple(Party("当事人" * 30, "110105199001011234", "13812345678") for _ in range(40))
    long_referral = dataclasses.replace(referral, applicants=many, facts=LONG_TEXT)
    assert pdf_page_count(render_referral_pdf(long_referral), tmp_path / "referral") >= 4


def test_odd_characters_and_empty_strings_do_not_crash(
    tmp_path: Path, receipt: AcceptanceReceipt, referral: ReferralSlip
) -> None:
    odd = "😀 emoji, 𠀀 ext-B, <b>not markup</b> & \x00\x1b control, \ufffd"
    pdf = render_receipt_pdf(
        dataclasses.replace(
            receipt,
            resident_name=odd,
            description="",
            materials_submitted=(),
            materials_missing=(),
            counter_name="",
            staff_name="",
            resident_id_number="",
        )
    )
    assert "<b>notmarkup</b>&" in compact(pdf_text(pdf, tmp_path))
    empty_parties = dataclasses.replace(
        referral, applicants=(), respondents=(Party(odd, None, None, True),), facts=odd
    )
    assert render_referral_pdf(empty_parties).startswith(b"%PDF")


def test_pdf_with_a_missing_configured_font_still_renders(receipt: AcceptanceReceipt) -> None:
    assert render_receipt_pdf(receipt, font_path="/nonexistent/font.ttc").startswith(b"%PDF")


def test_cid_fallback_font_renders(
    monkeypatch: pytest.MonkeyPatch, receipt: AcceptanceReceipt
) -> None:
    monkeypatch.setattr("printing.fonts.CANDIDATES", ())
    from printing import fonts

    assert fonts.register_pdf_font(None) == CID_FALLBACK_FONT
    assert render_receipt_pdf(receipt).startswith(b"%PDF")
