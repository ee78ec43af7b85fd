"""The printer a station uses, built from its settings: virtual, serial, or none."""

from __future__ import annotations

from pathlib import Path

from devices.printer import Printer, SerialPrinter
from devices.serial_settings import SerialSettings
from devices.virtual_printer import VirtualPrinter
from printing.profiles import PrinterProfile
from services.core.settings import PrinterSettings, default_data_dir


def printer_profile(settings: PrinterSettings) -> PrinterProfile:
    return PrinterProfile(
        paper_width_mm=settings.paper_width_mm,
        chinese=settings.chinese,
        native_barcode=settings.native_barcode,
        native_qr=settings.native_barcode,
    )


def printouts_dir(station: str) -> Path:
    return default_data_dir() / "printouts" / station


def build_printer(
    settings: PrinterSettings, station: str, out_dir: Path | None = None
) -> Printer | None:
    """The printer of ``station``; its name keys the station's jobs in the spool."""
    name = f"{station}-printer"
    if settings.kind == "none":
        return None
    if settings.kind == "serial" and settings.port:
        serial = SerialSettings(
            port=settings.port,
            baudrate=settings.baudrate,
            rtscts=settings.rtscts,
            xonxoff=settings.xonxoff,
        )
        return SerialPrinter(serial, name=name)
    return VirtualPrinter(
        out_dir or printouts_dir(station), name=name, paper_width_mm=settings.paper_width_mm
    )
