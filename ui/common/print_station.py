"""A station's printer and spooler, with the spooler's news as Qt signals."""

from __future__ import annotations

import logging
from pathlib import Path

from devices.printer import Printer
from devices.printer_status import PrinterStatus
from devices.spooler import JobStateChange, Spooler
from printing.profiles import PrinterProfile
from services.core.errors import CivicDeskError
from services.core.settings import PrinterSettings
from services.queue.print_jobs import SqlJobStore
from services.stations.registry import Lease
from services.storage.db import Database
from station.printers import build_printer, printer_profile
from ui.qt import QObject, Signal

log = logging.getLogger(__name__)


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
        lease: Lease | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.profile: PrinterProfile = printer_profile(settings)
        self.printer = printer if printer is not None else build_printer(settings, station, out_dir)
        self.last_status: PrinterStatus | None = None
        # The station's name, kept alive by the spooler's polls: its jobs are claimed by it.
        self._lease = lease
        store = SqlJobStore(database, claimant=station, lease=lease)
        self._spooler = (
            Spooler(store, self.printer, self._forward, poll_interval=0.5)
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
        if self._lease is not None:
            lease, self._lease = self._lease, None
            try:
                lease.release()
            except CivicDeskError:  # the database is away: the name frees itself when stale
                log.warning("could not give up the station name %s", lease.name)

    def _forward(self, change: JobStateChange) -> None:
        if change.printer_status is not None:
            self.last_status = change.printer_status
        self.job_changed.emit(change)
