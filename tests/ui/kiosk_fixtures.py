"""Building a kiosk on a test database with a virtual printer."""

from __future__ import annotations

from pathlib import Path

from devices.virtual_printer import VirtualPrinter
from services.core.actors import SYSTEM
from services.core.center_config import set_center_settings
from services.core.settings import PrinterSettings
from services.queue import ops as queue_ops
from services.storage.db import Database
from ui.common.idcard_source import IdCardSource
from ui.common.print_station import PrintStation
from ui.kiosk.window import KioskWindow


def open_all_day(database: Database, *, counters: tuple[int, ...] = (1,)) -> None:
    with database.writer() as session:
        set_center_settings(
            session, {"opening_hours": "00:00-24:00", "open_on_non_working_days": True}
        )
        session.commit()
        for number in counters:
            queue_ops.open_counter(session, SYSTEM, number)


def make_kiosk(
    database: Database,
    out_dir: Path,
    *,
    pin: str = "",
    id_cards: IdCardSource | None = None,
    language: str = "zh_CN",
) -> tuple[KioskWindow, VirtualPrinter]:
    printer = VirtualPrinter(out_dir, name="kiosk-printer")
    station = PrintStation(database, PrinterSettings(), "kiosk", printer=printer)
    kiosk = KioskWindow(database, station, language=language, staff_pin=pin, id_cards=id_cards)
    return kiosk, printer
