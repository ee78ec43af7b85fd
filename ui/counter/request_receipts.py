"""The acceptance receipt at the counter: spooled to the thermal printer, or saved as a PDF."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from devices.spooler import JobStateChange
from services.casework.requests import receipt_data
from services.core.errors import CivicDeskError
from station.receipt_printing import receipt_pdf, spool_receipt
from ui.common.i18n import fill
from ui.common.print_station import PrintStation
from ui.counter.request_context import CounterContext
from ui.qt import QFileDialog, QObject, QWidget, Signal


class ReceiptFileError(CivicDeskError):
    code = "file_error"


@dataclass(frozen=True)
class SpooledReceipt:
    request_number: str
    job_id: int


class ReceiptDesk(QObject):
    """Prints receipts through the station's spool and reports how each job went.

    ``printed(str)`` carries the request number once its receipt is on paper.
    """

    printed = Signal(str)

    def __init__(
        self,
        context: CounterContext,
        print_station: PrintStation | None,
        *,
        pdf_font: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._station = print_station
        self._pdf_font = pdf_font
        self._jobs: dict[int, str] = {}  # job id -> request number
        if print_station is not None:
            print_station.job_changed.connect(self._job_changed)

    @property
    def can_print(self) -> bool:
        return self._station is not None and self._station.printer_name is not None

    def spool(self, session: Session, request_id: int, language: str) -> SpooledReceipt | None:
        """Queue the receipt of ``request_id`` (on the worker thread); None without a printer."""
        station = self._station
        if station is None or station.printer_name is None:
            return None
        data = receipt_data(session, self._context.actor, request_id)
        job = spool_receipt(
            session, data, printer=station.printer_name, profile=station.profile, language=language
        )
        return SpooledReceipt(data.request_number, job.id)

    def track(self, spooled: SpooledReceipt) -> None:
        """Follow a spooled job (on the GUI thread) and wake the spooler."""
        self._jobs[spooled.job_id] = spooled.request_number
        if self._station is not None:
            self._station.wake()
        self._context.say(
            fill(self.tr("%1 accepted; the receipt is printing."), spooled.request_number),
            False,
        )

    def print_receipt(self, request_id: int, language: str = "zh_CN") -> None:
        """Print the receipt again (for example after the printer was refilled)."""
        if not self.can_print:
            self._context.say(self.tr("This counter has no receipt printer."), True)
            return
        self._context.write(lambda s: self.spool(s, request_id, language), self._spooled_again)

    def _spooled_again(self, spooled: SpooledReceipt | None) -> None:
        if spooled is None:
            return
        self._jobs[spooled.job_id] = spooled.request_number
        if self._station is not None:
            self._station.wake()
        self._context.say(
            fill(self.tr("Printing the receipt of %1."), spooled.request_number), False
        )

    def _job_changed(self, change: JobStateChange) -> None:
        if change.job_id is None or change.job_id not in self._jobs:
            return
        number = self._jobs[change.job_id]
        if change.state == "done":
            del self._jobs[change.job_id]
            self._context.say(fill(self.tr("The receipt of %1 is printed."), number), False)
            self.printed.emit(number)
        elif change.state == "waiting":
            why = change.reason or self.tr("the printer is not ready")
            self._context.say(
                fill(
                    self.tr(
                        "The receipt of %1 waits for the printer (%2); it prints when the "
                        "printer is ready."
                    ),
                    number,
                    why,
                ),
                True,
            )

    # --- PDF ------------------------------------------------------------------------------

    def ask_pdf_path(self, parent: QWidget, request_number: str) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(
            parent,
            self.tr("Save the receipt as PDF"),
            f"{request_number}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        return Path(path) if path else None

    def save_pdf(self, request_id: int, path: Path, language: str = "zh_CN") -> None:
        """Write the A4 receipt to ``path`` (rendered and written on the worker thread)."""
        actor = self._context.actor
        font = self._pdf_font

        def work(session: Session) -> Path:
            data = receipt_data(session, actor, request_id)
            pdf = receipt_pdf(data, language, font)
            try:
                path.write_bytes(pdf)
            except OSError as exc:  # a full disk or a read-only folder, not a bug
                raise ReceiptFileError(
                    f"Could not write {path}: {exc.strerror or exc}.",
                    key="write",
                    path=str(path),
                    reason=exc.strerror or str(exc),
                ) from exc
            return path

        self._context.write(work, self._pdf_saved)

    def _pdf_saved(self, path: Path) -> None:
        self._context.say(fill(self.tr("Saved the receipt as %1."), str(path)), False)
