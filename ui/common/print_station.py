"""A station's printer and spooler, with the spooler's news as Qt signals."""

from __future__ import annotations

from pathlib import Path

from devices.printer import Printer
from devices.printer_status import PrinterStatus
from devices.spooler import JobStateChange, Spooler
from printing.profiles import PrinterProfile
from services.core.settings import PrinterSettings
from services.queue.print_jobs import SqlJobStore
from services.storage.db import Database
from station.printers import build_printer, printer_profile
from ui.qt import QObject, Signal


class PrintStation(QObject):
    """Owns the spooler thread of one station. ``job_changed`` carries a JobStateChange."""

    job_changed = Signal(object)

    def __init__(
        self,
        database: Database,
        settings: PrinterSettings,
        station: str,
        *,
        printer: Printer | None = None,
        out_dir: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.profile: PrinterProfile = printer_profile(settings)
        self.printer = printer if printer is not None else build_printer(settings, station, out_dir)
        self.last_status: PrinterStatus | None = None
        self._spooler = (
            Spooler(SqlJobStore(database), self.printer, self._forward, poll_interval=0.5)
            if self.printer is not None
            else None
        )

    @property
    def printer_name(self) -> str | None:
        return self.printer.name if self.printer is not None else None

    def start(self) -> None:
        if self._spooler is not None:
            self._spooler.start()

    def wake(self) -> None:
        if self._spooler is not None:
            self._spooler.wake()

    def stop(self) -> None:
        if self._spooler is not None:
            self._spooler.stop(timeout=5)

    def _forward(self, change: JobStateChange) -> None:
        if change.printer_status is not None:
            self.last_status = change.printer_status
        self.job_changed.emit(change)
