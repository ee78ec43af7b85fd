"""Printers as the spooler sees them, and the serial ESC/POS one."""

from __future__ import annotations

import threading
from typing import Protocol

from devices.errors import PrinterNotReady
from devices.printer_status import STATUS_TIMEOUT, PrinterStatus, query_status
from devices.serial_settings import SerialSettings
from devices.serial_transport import SerialTransport


class Printer(Protocol):
    """A printer a spooler can drive.

    ``status`` and ``send`` raise ``DeviceError`` when the printer can't be reached at all
    (``DeviceUnavailable``), stalls (``DeviceTimeout``) or refuses (``PrinterNotReady``).
    """

    @property
    def name(self) -> str: ...

    def status(self) -> PrinterStatus: ...

    def send(self, data: bytes) -> None: ...


class SerialPrinter:
    """An ESC/POS printer on a serial port.

    Thread-safe: a status query from the GUI can't interleave with a job being sent.

    Args:
        settings: the port.
        name: the spool's name for this printer; defaults to the port.
        status_timeout: how long to wait for each status answer.
        transport: an already made transport (tests, or a custom backoff).
    """

    def __init__(
        self,
        settings: SerialSettings,
        name: str | None = None,
        *,
        status_timeout: float = STATUS_TIMEOUT,
        transport: SerialTransport | None = None,
    ) -> None:
        self._name = name or settings.port
        self._status_timeout = status_timeout
        self._transport = transport or SerialTransport(settings)
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return self._name

    @property
    def transport(self) -> SerialTransport:
        return self._transport

    def status(self) -> PrinterStatus:
        """Ask the printer.

        Raises:
            DeviceUnavailable: the port is gone (or waiting out its reconnect backoff).
        """
        with self._lock:
            return query_status(self._transport, self._status_timeout)

    def send(self, data: bytes) -> None:
        """Print ``data`` if the printer says it is ready.

        Raises:
            PrinterNotReady: the printer is out of paper, open, offline or silent;
                nothing was sent.
            DeviceUnavailable: the port is gone; part of ``data`` may have been sent.
            DeviceTimeout: the printer stopped taking data; part may have been sent.
        """
        with self._lock:
            status = query_status(self._transport, self._status_timeout)
            if not status.ok:
                raise PrinterNotReady(status, printer=self._name)
            self._transport.write(data)

    def close(self) -> None:
        with self._lock:
            self._transport.close()
