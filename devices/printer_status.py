"""What an ESC/POS printer says about itself, asked with ``DLE EOT n``.

Bit meanings follow Epson's ESC/POS reference for real-time status transmission.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol

_log = logging.getLogger(__name__)

DLE_EOT = b"\x10\x04"
PRINTER_STATUS = 1  # n=1: online/offline
OFFLINE_CAUSE = 2  # n=2: cover, paper-end stop, error
PAPER_SENSOR = 4  # n=4: roll paper sensors

# Every DLE EOT answer has bit 1 and bit 4 set and bits 0 and 7 clear; a byte that breaks
# this is line noise or some other message (an ASB block, an XON), not a status.
_FIXED_MASK = 0b1001_0011
_FIXED_VALUE = 0b0001_0010

STATUS_TIMEOUT = 0.3


@dataclass(frozen=True)
class PrinterStatus:
    """A printer's state. ``known=False`` means it didn't answer: never safe to print."""

    known: bool
    online: bool
    cover_open: bool = False
    paper_near_end: bool = False
    paper_end: bool = False
    error: bool = False  # cutter jam, head overheated, ... (n=2 bit 6)

    @property
    def ok(self) -> bool:
        """Whether a job may be sent now (paper near its end still prints)."""
        return self.problem is None

    @property
    def problem(self) -> str | None:
        """Short code of what stops printing, the most useful one to fix first."""
        if not self.known:
            return "unknown"
        if self.cover_open:
            return "cover_open"
        if self.paper_end:
            return "paper_end"
        if self.error:
            return "error"
        if not self.online:
            return "offline"
        return None

    def describe(self) -> str:
        """One English sentence for staff; the UI translates by ``problem``."""
        messages = {
            "unknown": "The printer does not answer. Check its power and cable.",
            "cover_open": "The printer cover is open. Close it.",
            "paper_end": "The printer is out of paper. Load a new roll.",
            "error": "The printer reports an error (paper jam, cutter or overheating). "
            "Clear it and switch the printer off and on.",
            "offline": "The printer is offline. Check that it is switched on and ready.",
        }
        problem = self.problem
        if problem is not None:
            return messages[problem]
        if self.paper_near_end:
            return "The printer is ready; its paper roll is nearly used up."
        return "The printer is ready."


UNKNOWN = PrinterStatus(known=False, online=False)
READY = PrinterStatus(known=True, online=True)


class StatusChannel(Protocol):
    """The part of a transport a status query needs."""

    def reset_input_buffer(self) -> None: ...

    def write(self, data: bytes) -> None: ...

    def read(self, n: int, timeout: float | None = None) -> bytes: ...


def valid_status_byte(value: int) -> bool:
    return value & _FIXED_MASK == _FIXED_VALUE


def decode_status(printer: int, offline_cause: int, paper: int) -> PrinterStatus:
    """Decode the answers to ``DLE EOT 1``, ``2`` and ``4``; garbage gives ``UNKNOWN``."""
    if not all(valid_status_byte(b) for b in (printer, offline_cause, paper)):
        return UNKNOWN
    return PrinterStatus(
        known=True,
        online=not printer & 0x08,
        cover_open=bool(offline_cause & 0x04),
        # A printer that stopped for paper end says so in n=2 even when its sensor
        # byte is ambiguous, so either counts.
        paper_end=bool(offline_cause & 0x20) or bool(paper & 0x60),
        error=bool(offline_cause & 0x40),
        paper_near_end=bool(paper & 0x0C),
    )


def _ask(channel: StatusChannel, n: int, timeout: float) -> int | None:
    # A late answer to the previous question must not be taken for this one.
    channel.reset_input_buffer()
    channel.write(DLE_EOT + bytes([n]))
    answer = channel.read(1, timeout)
    return answer[0] if answer else None


def query_status(channel: StatusChannel, timeout: float = STATUS_TIMEOUT) -> PrinterStatus:
    """Ask the printer for its status; no or garbled answer gives ``UNKNOWN``.

    Raises:
        DeviceError: the port itself failed (unplugged), from the channel.
    """
    answers: list[int] = []
    for n in (PRINTER_STATUS, OFFLINE_CAUSE, PAPER_SENSOR):
        answer = _ask(channel, n, timeout)
        if answer is None:
            # A printer that ignores one question ignores the others: don't wait thrice.
            _log.info("printer gave no answer to DLE EOT %d", n)
            return UNKNOWN
        if not valid_status_byte(answer):
            _log.warning("printer answered DLE EOT %d with garbage 0x%02x", n, answer)
            return UNKNOWN
        answers.append(answer)
    return decode_status(*answers)
