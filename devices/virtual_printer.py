"""A printer that writes files: for development, demos and the all-in-one station.

Each job becomes ``NNNN.bin`` (the exact bytes) and ``NNNN.png`` (a rendered preview).
A settable fault lets demos and UI tests show what staff see when paper runs out.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from devices.errors import PrinterNotReady
from devices.printer_status import READY, UNKNOWN, PrinterStatus

_log = logging.getLogger(__name__)

Fault = Literal["paper_end", "paper_near_end", "cover_open", "offline", "error", "unknown"]

_FAULTS: dict[str, PrinterStatus] = {
    "paper_end": PrinterStatus(known=True, online=False, paper_near_end=True, paper_end=True),
    "paper_near_end": PrinterStatus(known=True, online=True, paper_near_end=True),
    "cover_open": PrinterStatus(known=True, online=False, cover_open=True),
    "offline": PrinterStatus(known=True, online=False),
    "error": PrinterStatus(known=True, online=False, error=True),
    "unknown": UNKNOWN,
}

_JOB_FILE = re.compile(r"^(\d{4,})\.bin$")

Renderer = Callable[[bytes, int], bytes]


@dataclass(frozen=True)
class VirtualJob:
    number: int
    bin_path: Path
    png_path: Path | None  # None when the preview could not be rendered


def _default_renderer(data: bytes, paper_width_mm: int) -> bytes:
    # Imported late: the preview pulls in an image library the rest of devices doesn't need.
    from printing.preview import render_preview_png

    png: bytes = render_preview_png(data, paper_width_mm)
    return png


def _write_atomically(path: Path, content: bytes) -> None:
    # A viewer watching the folder must never open a half-written file.
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(content)
    os.replace(tmp, path)


class VirtualPrinter:
    """A file-writing ``Printer``; thread-safe.

    Args:
        out_dir: where jobs go; numbering continues after the files already there.
        name: the spool's name for this printer.
        paper_width_mm: 58 or 80, for the preview.
        on_printed: called with the PNG path after each job that got a preview.
        render: preview renderer, ``printing.preview.render_preview_png`` by default.
    """

    def __init__(
        self,
        out_dir: Path,
        name: str = "virtual",
        paper_width_mm: int = 80,
        *,
        on_printed: Callable[[Path], None] | None = None,
        render: Renderer | None = None,
    ) -> None:
        self.out_dir = Path(out_dir)
        self.paper_width_mm = paper_width_mm
        self.on_printed = on_printed
        self._name = name
        self._render = render or _default_renderer
        self._lock = threading.Lock()
        self._fault: Fault | None = None
        self.jobs: list[VirtualJob] = []
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self._last_number = self._highest_existing_number()

    @property
    def name(self) -> str:
        return self._name

    @property
    def fault(self) -> Fault | None:
        return self._fault

    def set_fault(self, fault: Fault | None) -> None:
        """Simulate a fault (``None`` clears it); ``status`` and ``send`` follow it."""
        if fault is not None and fault not in _FAULTS:
            raise ValueError(f"unknown fault {fault!r}; expected one of {sorted(_FAULTS)}")
        with self._lock:
            self._fault = fault

    def status(self) -> PrinterStatus:
        with self._lock:
            return self._status()

    def send(self, data: bytes) -> None:
        """Write the job's files.

        Raises:
            PrinterNotReady: a simulated fault stops printing; nothing was written.
        """
        with self._lock:
            status = self._status()
            if not status.ok:
                raise PrinterNotReady(status, printer=self._name)
            self._last_number += 1
            job = self._write_job(self._last_number, data)
            self.jobs.append(job)
        if job.png_path is not None and self.on_printed is not None:
            try:
                self.on_printed(job.png_path)
            except Exception:  # the job is printed; a failing viewer must not reprint it
                _log.exception("on_printed callback failed for %s", job.png_path)

    def _status(self) -> PrinterStatus:
        return READY if self._fault is None else _FAULTS[self._fault]

    def _write_job(self, number: int, data: bytes) -> VirtualJob:
        bin_path = self.out_dir / f"{number:04d}.bin"
        _write_atomically(bin_path, data)
        png_path = self.out_dir / f"{number:04d}.png"
        try:
            _write_atomically(png_path, self._render(data, self.paper_width_mm))
        except Exception:  # the bytes are the job; a broken preview loses only the picture
            _log.exception("could not render a preview of %s", bin_path)
            return VirtualJob(number=number, bin_path=bin_path, png_path=None)
        return VirtualJob(number=number, bin_path=bin_path, png_path=png_path)

    def _highest_existing_number(self) -> int:
        numbers = [
            int(match.group(1))
            for entry in self.out_dir.iterdir()
            if (match := _JOB_FILE.match(entry.name))
        ]
        return max(numbers, default=0)
