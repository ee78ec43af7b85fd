"""Thermal layouts at 58 and 80 mm: nothing wider than the paper, whatever the data."""

from __future__ import annotations

import dataclasses
from datetime import datetime

import pytest

from printing import decoder as d
from printing.documents import AcceptanceReceipt, Party, QueueTicket, ReferralSlip, TestPage
from printing.paper import TextLine, lay_out, text_lines
from printing.profiles import PrinterProfile
from printing.thermal import render_receipt, render_referral_short, render_test_page, render_ticket

from .conftest import FULL_ID, MASKED_ID, PARTY_ID, PARTY_PHONE

LONG_NAME = "欧阳" * 200 + " Alexander-Maximilian" * 5  # about 500 characters
MIXED_NOTICE = "请注意 🙂 emoji、㐀 rare CJK, café, «quotes», tab\there\x00 and Ｆｕｌｌ-width."


def printed_lines(data: bytes) -> list[TextLine]:
    return text_lines(lay_out(d.decode(data)))


def assert_fits(data: bytes, profile: PrinterProfile) -> None:
    for line in printed_lines(data):
        assert line.columns <= profile.columns, f"{line.columns} > {profile.columns}: {line.text!r}"


def test_ticket_fits(ticket: QueueTicket, profile: PrinterProfile) -> None:
    assert_fits(render_ticket(ticket, profile), profile)


def test_receipt_fits(receipt: AcceptanceReceipt, profile: PrinterProfile) -> None:
    assert_fits(render_receipt(receipt, profile), profile)


def test_referral_fits(referral: ReferralSlip, profile: PrinterProfile) -> None:
    assert_fits(render_referral_short(referral, profile), profile)


def test_test_page_fits(page_doc: TestPage, profile: PrinterProfile) -> None:
    assert_fits(render_test_page(page_doc, profile), profile)


def test_overlong_and_odd_text_wraps_and_fits(
    ticket: QueueTicket, receipt: AcceptanceReceipt, profile: PrinterProfile
) -> None:
    long_ticket = dataclasses.replace(
        ticket,
        center_name=LONG_NAME,
        service_name=LONG_NAME,
        notice=MIXED_NOTICE * 5,
        priority_label=LONG_NAME,
        code="A0231234567",
    )
    long_receipt = dataclasses.replace(
        receipt,
        resident_name=LONG_NAME,
        description=MIXED_NOTICE * 10,
        materials_missing=(LONG_NAME, MIXED_NOTICE, ""),
        counter_name="",
        staff_name="",
    )
    for data in (render_ticket(long_ticket, profile), render_receipt(long_receipt, profile)):
        assert_fits(data, profile)
        assert "Alexander-Maximilian" in d.decoded_text(d.decode(data)).replace("\n", "")


def test_empty_strings_are_fine(profile: PrinterProfile) -> None:
    ticket = QueueTicket("", "", "", "T-1", 0, None, datetime(2026, 1, 1), "zh_CN")
    assert_fits(render_ticket(ticket, profile), profile)
    receipt = AcceptanceReceipt(
        "",
        "",
        "R-1",
        "",
        "",
        "",
        "",
        (),
        (),
        datetime(2026, 1, 1).date(),
        "",
        "",
        datetime(2026, 1, 1),
    )
    assert_fits(render_receipt(receipt, profile), profile)


def test_ticket_code_is_very_big(ticket: QueueTicket) -> None:
    for profile in (PrinterProfile(58), PrinterProfile(80)):
        lines = printed_lines(render_ticket(ticket, profile))
        code_line = next(line for line in lines if line.text == "A023")
        assert code_line.runs[0].width >= 4
        assert code_line.runs[0].height >= 4
        assert code_line.runs[0].bold


def test_ticket_content_in_order(ticket: QueueTicket) -> None:
    text = d.decoded_text(d.decode(render_ticket(ticket, PrinterProfile())))
    order = [
        "北京市朝阳区政务服务中心",
        "不动产登记",
        "A023",
        "前面还有 12 人",
        "预计等候约 25 分钟",
        "优先：老年人",
        "取号时间：2026年11月30日 09:15",
        "请留意叫号",
    ]
    positions = [text.index(part) for part in order]
    assert positions == sorted(positions)


def test_english_ticket(ticket: QueueTicket) -> None:
    english = dataclasses.replace(
        ticket, language="en", people_ahead=1, estimated_wait_minutes=None
    )
    text = d.decoded_text(d.decode(render_ticket(english, PrinterProfile())))
    assert "1 person ahead" in text
    assert "Issued: 2026-11-30 09:15" in text
    assert "Estimated wait" not in text
    assert "北京市朝阳区政务服务中心" in text  # user data is printed as given


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_ticket_with_nobody_ahead_prints_no_wait(ticket: QueueTicket, language: str) -> None:
    first = dataclasses.replace(ticket, language=language, people_ahead=0, estimated_wait_minutes=0)
    text = d.decoded_text(d.decode(render_ticket(first, PrinterProfile())))
    assert ("前面没有人等候" if language == "zh_CN" else "No one ahead of you") in text
    assert "预计等候" not in text
    assert "Estimated wait" not in text
    assert " 0 " not in text.replace("\n", " ")


def test_unsupported_language_is_refused(ticket: QueueTicket) -> None:
    with pytest.raises(ValueError, match="language"):
        dataclasses.replace(ticket, language="fr")


def test_ticket_barcode_native_or_raster(ticket: QueueTicket) -> None:
    native = d.decode(render_ticket(ticket, PrinterProfile()))
    assert d.Barcode("CODE128", "T-20261130-A023") in native
    raster = d.decode(render_ticket(ticket, PrinterProfile(native_barcode=False)))
    assert not any(isinstance(op, d.Barcode) for op in raster)
    images = [op for op in raster if isinstance(op, d.RasterImage)]
    assert len(images) == 1
    assert images[0].width_dots <= 576
    assert "T-20261130-A023" in d.decoded_text(raster)


def test_receipt_masks_the_id_number(receipt: AcceptanceReceipt, profile: PrinterProfile) -> None:
    data = render_receipt(receipt, profile)
    text = d.decoded_text(d.decode(data, codepage=profile.codepage))
    assert MASKED_ID in text
    assert FULL_ID not in text
    assert FULL_ID.encode() not in data


def test_receipt_content(receipt: AcceptanceReceipt) -> None:
    text = d.decoded_text(d.decode(render_receipt(receipt, PrinterProfile())))
    for part in (
        "受理回执",
        "受理编号：R-2026-000123",
        "申请人：张三丰",
        "一次性告知",
        "1. 完税证明",
        "承诺办结日期：2026年12月14日",
        "3号窗口",
        "王小明",
    ):
        assert part in text


def test_referral_short_has_names_but_no_id_or_phone(referral: ReferralSlip) -> None:
    data = render_referral_short(referral, PrinterProfile(58))
    text = d.decoded_text(d.decode(data))
    assert "申请人：张三\n" in text
    assert "被申请人：某某物业管理有限公司\n          （单位）" in text  # no line ends in "（"
    assert "朝阳区人民调解委员会" in text
    assert "2026年12月15日" in text
    assert PARTY_ID not in text
    assert PARTY_PHONE not in text
    assert d.Barcode("CODE128", "M-2026-000045") in d.decode(data)


def test_referral_with_many_parties_fits(referral: ReferralSlip, profile: PrinterProfile) -> None:
    parties = tuple(Party(f"当事人{i}", None, None) for i in range(30))
    assert_fits(
        render_referral_short(dataclasses.replace(referral, applicants=parties), profile), profile
    )


def test_latin_printer_gets_english_labels(receipt: AcceptanceReceipt) -> None:
    profile = PrinterProfile(chinese=False, codepage="cp858")
    data = render_receipt(receipt, profile)
    ops = d.decode(data)
    assert d.ChineseMode(True) not in ops
    assert d.CodePage(19) in ops
    assert "Acceptance receipt" in d.decoded_text(ops)


def test_test_page_has_ruler_barcode_and_qr(page_doc: TestPage) -> None:
    ops = d.decode(render_test_page(page_doc, PrinterProfile()))
    text = d.decoded_text(ops)
    assert "1234567890" * 4 + "12345678" in text  # the ruler is exactly 48 columns
    assert "，。：；！？（）「」" in text
    assert any(isinstance(op, d.QRCode) for op in ops)
    assert any(isinstance(op, d.Barcode) for op in ops)
