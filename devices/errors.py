"""Known device faults, told apart from bugs so the UI can show a plain message.

Every fault a person at the counter can fix (plug the cable in, load paper, close the
cover) is a ``DeviceError``; anything else escaping ``devices`` is a bug.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only for the annotation: printer_status must stay importable alone
    from devices.printer_status import PrinterStatus


class DeviceError(Exception):
    """A device fault caused by the environment, not by the program."""


class DeviceUnavailable(DeviceError):
    """The port cannot be opened or was lost (unplugged, switched off, wrong name)."""

    def __init__(self, reason: str, *, port: str | None = None) -> None:
        self.reason = reason
        self.port = port
        where = f"Serial port {port}" if port else "The device"
        super().__init__(
            f"{where} is unavailable: {reason}. "
            "Check that the device is plugged in and switched on."
        )


class DeviceTimeout(DeviceError):
    """The device stopped accepting data for longer than the write timeout."""

    def __init__(self, seconds: float, *, port: str | None = None) -> None:
        self.seconds = seconds
        self.port = port
        where = f"serial port {port}" if port else "the device"
        super().__init__(
            f"Writing to {where} stalled for {seconds:g} s: the device stopped accepting "
            "data (out of paper, cover open, or flow control held by the device)."
        )


class PrinterNotReady(DeviceError):
    """The printer answered its status query, and the answer forbids printing now."""

    def __init__(self, status: PrinterStatus, *, printer: str | None = None) -> None:
        self.status = status
        self.printer = printer
        prefix = f"Printer {printer}: " if printer else ""
        super().__init__(prefix + status.describe())
