"""The booking slip at the counter: spooled to the station's thermal printer, followed."""

from __future__ import annotations

from sqlalchemy.orm import Session

from devices.spooler import JobStateChange
from services.appointments.booking import AppointmentInfo
from services.queue.print_jobs import PrintJobInfo
from station.booking_slips import spool_booking_slip
from ui.appointments.booking_form import Say
from ui.common.i18n import fill
from ui.common.messages import user_message
from ui.common.print_station import PrintStation
from ui.common.session_jobs import SessionJobs
from ui.qt import QObject


class SlipPrinter(QObject):
    """Prints booking slips (CODE128 and QR of the code) and says how each job went."""

    def __init__(
        self,
        jobs: SessionJobs,
        station: PrintStation | None,
        language: str,
        say: Say,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._station = station
        self._language = language
        self._say = say
        self._printing: dict[int, str] = {}  # job id -> appointment code
        if station is not None:
            station.job_changed.connect(self._job_changed)

    @property
    def can_print(self) -> bool:
        return self._station is not None and self._station.printer_name is not None

    def print_slip(self, info: AppointmentInfo) -> None:
        station = self._station
        if station is None or station.printer_name is None:
            self._say(
                fill(self.tr("This counter has no printer: tell the resident the code %1."),
                     info.code),
                True,
            )  # fmt: skip
            return
        printer, profile, language = station.printer_name, station.profile, self._language

        def work(session: Session) -> PrintJobInfo:
            return spool_booking_slip(
                session, info, printer=printer, profile=profile, language=language
            )

        def spooled(job: PrintJobInfo) -> None:
            self._printing[job.id] = info.code
            station.wake()
            self._say(fill(self.tr("Printing the booking slip of %1."), info.code), False)

        def failed(error: BaseException) -> None:
            self._say(user_message(error), True)

        self._jobs.write(work, spooled, failed)

    def _job_changed(self, change: JobStateChange) -> None:
        code = self._printing.get(change.job_id) if change.job_id is not None else None
        if code is None:
            return
        if change.state == "done":
            del self._printing[change.job_id]  # type: ignore[arg-type]
            self._say(fill(self.tr("The booking slip of %1 is printed."), code), False)
        elif change.state == "waiting":
            why = change.reason or self.tr("the printer is not ready")
            self._say(
                fill(
                    self.tr("The slip of %1 waits for the printer (%2); it prints when ready."),
                    code,
                    why,
                ),
                True,
            )
