"""The booking slip of an appointment, from the domain's data (no Qt, no device)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from printing.booking_slip import BookingSlip, render_booking_slip
from printing.profiles import PrinterProfile
from services.appointments.booking import AppointmentInfo
from services.core.center_config import CenterConfig, load_center_config
from services.queue.print_jobs import PrintJobInfo, enqueue
from station.documents import center_name

DOCUMENT_KIND = "booking_slip"


def booking_slip(info: AppointmentInfo, config: CenterConfig, language: str) -> BookingSlip:
    language = "en" if language.startswith("en") else "zh_CN"
    return BookingSlip(
        center_name=center_name(config, language),
        code=info.code,
        service_name=info.service_name_en if language == "en" else info.service_name_zh,
        starts_at=info.starts_at.astimezone(config.timezone),
        resident_name=info.resident_name,
        resident_id_number=info.id_number_masked,
        check_in_early_minutes=config.check_in_early_minutes,
        check_in_late_minutes=config.check_in_late_minutes,
        language=language,
    )


def spool_booking_slip(
    session: Session,
    info: AppointmentInfo,
    *,
    printer: str,
    profile: PrinterProfile,
    language: str,
) -> PrintJobInfo:
    """Queue the slip for ``printer``; the spool sends it when the printer can."""
    document = booking_slip(info, load_center_config(session), language)
    return enqueue(
        session,
        printer=printer,
        document_kind=DOCUMENT_KIND,
        document_ref=info.code,
        data=render_booking_slip(document, profile),
    )
