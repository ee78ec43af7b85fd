"""The mediation documents of real cases: built through the domain (valid ID numbers, checked
by GB 11643), mapped by ``station.mediation_documents``, rendered, then read back with
pdftotext and zbarimg. The case number scans; Chinese is real text. Masking follows the
reader: the slip's ID numbers are masked, its receiving body's copy carries the phones; the
agreement the parties sign states their full identity; the resident's notice stays masked;
every print with personal data in full is in the audit log."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from services.accounts.staff import add_user
from services.core.actors import SYSTEM, Actor, Role
from services.core.errors import InvalidTransition, PermissionDenied
from services.storage.db import Database, open_database
from services.storage.models import AuditLog
from station import mediation_documents as docs
from tests.services.mediation_helpers import (
    COUNTER,
    ID_WANG,
    ID_ZHANG,
    Clock,
    move,
    new_case_in,
    register,
)

from .tools import pdf_text, pdf_to_pngs, require_cjk_font, scan_barcodes

KIOSK = Actor("kiosk-1", Role.KIOSK)


@pytest.fixture(autouse=True)
def _cjk_font() -> None:
    require_cjk_font()


@pytest.fixture
def database(sqlite_url: str) -> Iterator[Database]:
    db = open_database(sqlite_url)
    yield db
    db.dispose()


def compact(text: str) -> str:
    return "".join(text.split())


def assert_no_full_id(pdf: bytes, text: str) -> None:
    for full in (ID_ZHANG, ID_WANG):
        assert full not in text
        assert full[6:14] not in text  # the date of birth
        assert full.encode() not in pdf
        assert full[6:14].encode() not in pdf


def test_the_referral_slip_of_a_referred_case(database: Database, tmp_path: Path) -> None:
    clock = Clock()
    with database.writer() as session:
        add_user(session, SYSTEM, COUNTER.name, role="counter", password="x" * 12, full_name="李明")
        case = move(session, clock, register(session, clock), "referred", actor=COUNTER)
        pdf = docs.referral_pdf(session, SYSTEM, case.id, "zh_CN")
        english = docs.referral_pdf(session, SYSTEM, case.id, "en")
        printed = session.scalars(
            select(AuditLog.target_id).where(AuditLog.action == "mediation.print_referral")
        ).all()
    assert printed == [case.number, case.number]
    assert case.number.startswith("M-2026-")
    pages = pdf_text(pdf, tmp_path).split("\f")
    stub, handover = compact(pages[0]), compact(pages[1])
    for page in (stub, handover):
        for part in (
            "矛盾纠纷转介单",
            case.number,
            "张秀兰",
            "110105********" + ID_ZHANG[-4:],
            "王建国",
            "幸福物业服务有限公司",
            "邻里纠纷",
            "人民调解",
            "街道人民调解委员会",
            "楼上漏水，多次协商未果。",
        ):
            assert part in page, part
    assert "存根联" in stub
    assert "交接联" in handover
    assert "李明" in stub  # the staff member by full name, not the account name
    phone = "13812345678"
    assert phone not in stub
    assert phone in handover  # the receiving body calls the parties
    assert_no_full_id(pdf, compact(pdf_text(pdf, tmp_path)))
    english_text = compact(pdf_text(english, tmp_path))
    assert "Neighbours" in english_text
    assert "People'smediation" in english_text
    assert_no_full_id(english, english_text)
    images = pdf_to_pngs(pdf, tmp_path / "png", dpi=150)
    assert len(images) == 2
    for image in images:  # both copies carry the case barcode
        assert scan_barcodes(image) == [case.number]


def test_the_agreement_and_notice_of_an_agreed_case(database: Database, tmp_path: Path) -> None:
    clock = Clock()
    with database.writer() as session:
        case = new_case_in(session, clock, "agreed")
        agreement = docs.agreement_for(session, SYSTEM, case.id, "zh_CN")
        pdfs = {
            language: (
                docs.agreement_pdf(session, SYSTEM, case.id, language),
                docs.rights_notice_pdf(session, SYSTEM, case.id, language),
            )
            for language in ("zh_CN", "en")
        }
    assert agreement.written
    assert agreement.mediators == ("赵调解员",)
    assert agreement.confirmation_deadline is not None
    assert (agreement.confirmation_deadline - agreement.effective).days == 30
    assert agreement.applicants[0].id_number == "110105********" + ID_ZHANG[-4:]
    agreement_pdf, notice_pdf = pdfs["zh_CN"]
    text = compact(pdf_text(agreement_pdf, tmp_path))
    expected = (
        "调解协议书",
        case.number,
        "张秀兰",
        "赔偿维修费2000元",
        "赔礼道歉",
        "调解员：赵调解员",
    )
    for part in expected:
        assert part in text, part
    notice = compact(pdf_text(notice_pdf, tmp_path))
    assert notice.count("当事人权利义务告知书") == 3  # a page for each of the three parties
    for language, (signed, notice_pdf) in pdfs.items():
        signed_text = compact(pdf_text(signed, tmp_path))
        assert ID_ZHANG in signed_text  # the parties' identity, as they sign it
        assert ID_WANG in signed_text
        assert_no_full_id(notice_pdf, compact(pdf_text(notice_pdf, tmp_path)))
        for pdf in (signed, notice_pdf):
            image = pdf_to_pngs(pdf, tmp_path / f"{language}-{len(pdf)}", dpi=150)[0]
            assert scan_barcodes(image) == [case.number]
    with database.reader() as session:
        printed = session.scalars(
            select(AuditLog.target_id).where(AuditLog.action == "mediation.print_agreement")
        ).all()
    assert printed == [case.number, case.number]  # each full print, once per language


def test_documents_a_case_does_not_have_are_refused(database: Database) -> None:
    clock = Clock()
    with database.writer() as session:
        case = new_case_in(session, clock, "registered")
        with pytest.raises(InvalidTransition, match="not been referred"):
            docs.referral_pdf(session, SYSTEM, case.id, "zh_CN")
        with pytest.raises(InvalidTransition, match="no agreement"):
            docs.agreement_pdf(session, SYSTEM, case.id, "zh_CN")
        with pytest.raises(PermissionDenied):
            docs.rights_notice_pdf(session, KIOSK, case.id, "zh_CN")
