"""The appointment booking slip: its code as CODE128 and QR that zbarimg reads back, the
slot, and the resident's ID number masked."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from printing import decoder as d
from printing.booking_slip import BookingSlip, render_booking_slip
from printing.preview import render_preview_png
from printing.profiles import PrinterProfile

from .conftest import FULL_ID, MASKED_ID
from .tools import scan_barcodes

SLIP = BookingSlip(
    center_name="朝阳区政务服务中心",
    code="Y-20261201-0007",
    service_name="户籍办理",
    starts_at=datetime(2026, 12, 1, 9, 30, tzinfo=ZoneInfo("Asia/Shanghai")),
    resident_name="张秀英",
    resident_id_number=FULL_ID,
    check_in_early_minutes=30,
    check_in_late_minutes=15,
)


@pytest.mark.parametrize("profile", [PrinterProfile(80), PrinterProfile(58)])
def test_the_slip_carries_the_code_twice_and_masks_the_id(profile: PrinterProfile) -> None:
    ops = d.decode(render_booking_slip(SLIP, profile), chinese=True)
    text = d.decoded_text(ops)
    assert [op.payload for op in ops if isinstance(op, d.Barcode)] == ["Y-20261201-0007"]
    assert [op.payload for op in ops if isinstance(op, d.QRCode)] == ["Y-20261201-0007"]
    assert "预约凭条" in text
    assert "09:30" in text
    assert MASKED_ID in text
    assert FULL_ID not in text
    assert "30 分钟" in text or "30分钟" in text.replace(" ", "")


def test_the_slip_preview_scans_back(tmp_path: Path) -> None:
    png = tmp_path / "slip.png"
    png.write_bytes(render_preview_png(render_booking_slip(SLIP, PrinterProfile())))
    assert sorted(scan_barcodes(png)) == ["Y-20261201-0007", "Y-20261201-0007"]
