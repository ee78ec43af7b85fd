from __future__ import annotations

from datetime import date, datetime

import pytest

from printing.documents import AcceptanceReceipt, Party, QueueTicket, ReferralSlip, TestPage
from printing.profiles import PrinterProfile

FULL_ID = "11010519491231002X"
MASKED_ID = "110105********002X"
PARTY_ID = "110105199001011234"
PARTY_PHONE = "13812345678"


@pytest.fixture
def ticket() -> QueueTicket:
    return QueueTicket(
        center_name="北京市朝阳区政务服务中心",
        service_name="不动产登记",
        code="A023",
        barcode_payload="T-20261130-A023",
        people_ahead=12,
        estimated_wait_minutes=25,
        issued_at=datetime(2026, 11, 30, 9, 15),
        language="zh_CN",
        priority_label="老年人",
        notice="请留意叫号屏幕和语音提示，过号请到服务台重新取号。Please watch the screen.",
    )


@pytest.fixture
def receipt() -> AcceptanceReceipt:
    return AcceptanceReceipt(
        center_name="北京市朝阳区政务服务中心",
        request_number="R-2026-000123",
        barcode_payload="R-2026-000123",
        resident_name="张三丰",
        resident_id_number=FULL_ID,
        service_name="不动产登记（转移登记）",
        description="二手房买卖转移登记，买方为本人，卖方李四。",
        materials_submitted=("身份证复印件", "房产证原件"),
        materials_missing=("完税证明", "婚姻状况证明（加盖民政部门公章）"),
        promised_by=date(2026, 12, 14),
        counter_name="3号窗口",
        staff_name="王小明",
        accepted_at=datetime(2026, 11, 30, 9, 42),
    )


@pytest.fixture
def referral() -> ReferralSlip:
    return ReferralSlip(
        center_name="北京市朝阳区政务服务中心",
        case_number="M-2026-000045",
        barcode_payload="M-2026-000045",
        applicants=(Party("张三", PARTY_ID, PARTY_PHONE),),
        respondents=(Party("某某物业管理有限公司", "91110105MA01234567", "01065551234", True),),
        dispute_type="物业纠纷",
        channel="人民调解",
        receiving_body_name="朝阳区人民调解委员会",
        receiving_body_address="北京市朝阳区某某路1号",
        receiving_body_phone="010-65550000",
        facts="申请人反映小区电梯长期故障，物业公司未及时维修，双方多次协商未果。",
        feedback_due=date(2026, 12, 15),
        referred_at=datetime(2026, 11, 30, 10, 5),
        staff_name="王小明",
    )


@pytest.fixture
def page_doc() -> TestPage:
    return TestPage(
        station_name="kiosk-1", printed_at=datetime(2026, 11, 30, 8, 0), paper_width_mm=80
    )


PROFILES = {
    "80mm": PrinterProfile(80),
    "58mm": PrinterProfile(58),
    "58mm-raster": PrinterProfile(58, native_barcode=False, native_qr=False),
    "80mm-latin": PrinterProfile(80, chinese=False, native_barcode=False, codepage="cp858"),
}


@pytest.fixture(params=sorted(PROFILES))
def profile(request: pytest.FixtureRequest) -> PrinterProfile:
    return PROFILES[request.param]
