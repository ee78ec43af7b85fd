"""The appointment booking slip (预约凭条): code as CODE128 and QR, service, slot, resident
(masked ID), and when check-in opens. The kiosk reads either barcode back to check in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Final

from printing.labels import Language, check_language, format_datetime
from printing.masking import mask_id_number
from printing.profiles import PrinterProfile
from printing.thermal_lines import SlipWriter

_TEXTS: Final[dict[str, dict[Language, str]]] = {
    "title": {"zh_CN": "预约凭条", "en": "Appointment slip"},
    "code": {"zh_CN": "预约号：", "en": "Booking code: "},
    "service": {"zh_CN": "办理事项：", "en": "Matter: "},
    "slot": {"zh_CN": "预约时段：", "en": "Time: "},
    "resident": {"zh_CN": "预约人：", "en": "Name: "},
    "id_number": {"zh_CN": "证件号码：", "en": "ID number: "},
    "hint": {
        "zh_CN": "请于预约时间前 {early} 分钟至开始后 {late} 分钟内，"
        "在取号机扫描本凭条或刷身份证签到。",
        "en": "Check in at the kiosk with this slip or your ID card from {early} min before "
        "to {late} min after the start of your time.",
    },
}


@dataclass(frozen=True)
class BookingSlip:
    center_name: str
    code: str  # Y-20261201-0001
    service_name: str
    starts_at: datetime  # aware, in the center's zone
    resident_name: str
    resident_id_number: str  # in full or masked; printed masked
    check_in_early_minutes: int
    check_in_late_minutes: int
    language: str = "zh_CN"

    def __post_init__(self) -> None:
        check_language(self.language)


def render_booking_slip(doc: BookingSlip, profile: PrinterProfile) -> bytes:
    slip = SlipWriter(profile, doc.language)
    language: Language = slip.language

    def text(key: str) -> str:
        return _TEXTS[key][language]

    slip.paragraph(doc.center_name, align="center", bold=True)
    slip.paragraph(text("title"), align="center", width=2, height=2, bold=True)
    slip.rule()
    slip.label_value(text("code"), doc.code, bold=True)
    slip.code128(doc.code)
    slip.label_value(text("service"), doc.service_name)
    slip.label_value(text("slot"), format_datetime(doc.starts_at, language), bold=True)
    slip.label_value(text("resident"), doc.resident_name)
    slip.label_value(text("id_number"), mask_id_number(doc.resident_id_number))
    slip.rule()
    slip.builder.align("center").qr_code(doc.code).align("left")
    hint = text("hint").format(early=doc.check_in_early_minutes, late=doc.check_in_late_minutes)
    slip.paragraph(hint)
    return slip.finish()
