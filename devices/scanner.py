"""A barcode scanner on a serial port, read in a background thread."""

from __future__ import annotations

import logging
from collections.abc import Callable

from devices.background import BackgroundLoop
from devices.errors import DeviceError
from devices.scan_framer import ScanFramer
from devices.scan_payload import InvalidScan, ScanPayload, parse_payload
from devices.serial_settings import SerialSettings
from devices.serial_transport import SerialTransport

__all__ = ["ScanFramer", "SerialScanner"]

_log = logging.getLogger(__name__)

_READ_SIZE = 256
_MIN_RETRY_WAIT = 0.05


class SerialScanner:
    """Reads scans and hands each recognised one to ``on_scan``.

    Callbacks run on the reader thread (the UI forwards them with a signal).
    ``on_error`` gets ``InvalidScan`` for a scan that isn't ours or line noise, and
    ``DeviceUnavailable`` once per outage of the port; reading resumes by itself after a
    replug.
    """

    def __init__(
        self,
        settings: SerialSettings,
        on_scan: Callable[[ScanPayload], None],
        on_error: Callable[[Exception], None] | None = None,
        *,
        transport: SerialTransport | None = None,
    ) -> None:
        self._settings = settings
        self._on_scan = on_scan
        self._on_error = on_error
        self._transport = transport or SerialTransport(settings)
        self._framer = ScanFramer(on_reject=self._rejected)
        self._loop = BackgroundLoop(self._run, f"scanner-{settings.port}")
        self._stop = self._loop.stopping
        self._connected = False

    @property
    def connected(self) -> bool:
        """Whether the port was open at the last read."""
        return self._connected

    @property
    def is_running(self) -> bool:
        return self._loop.is_running

    def start(self) -> None:
        self._loop.start()

    def stop(self, timeout: float | None = 5.0) -> bool:
        """Stop reading and close the port; return whether the thread has ended."""
        if not self._loop.stop(timeout):
            return False
        self._transport.close()
        return True

    def _run(self) -> None:
        outage_reported = False
        while not self._stop.is_set():
            try:
                chunk = self._transport.read(_READ_SIZE, self._settings.read_timeout)
            except DeviceError as exc:
                self._connected = False
                self._framer.reset()  # a scan cut by the unplug can't be completed
                if not outage_reported:
                    outage_reported = True
                    self._report(exc)
                self._stop.wait(max(self._transport.retry_in(), _MIN_RETRY_WAIT))
                continue
            except Exception:  # a bug must not silently end scanning for the day
                _log.exception("scanner %s: unexpected read failure", self._settings.port)
                self._stop.wait(self._settings.read_timeout)
                continue
            if not self._connected:
                _log.info("scanner on %s connected", self._transport.label)
            self._connected = True
            outage_reported = False
            for text in self._framer.feed(chunk):
                self._handle(text)
        self._connected = False

    def _handle(self, text: str) -> None:
        try:
            payload = parse_payload(text)
        except InvalidScan as exc:
            _log.info("scanner read something that is not ours: %s", exc)
            self._report(exc)
            return
        try:
            self._on_scan(payload)
        except Exception:
            _log.exception("on_scan failed for %s", payload.text)

    def _rejected(self, reason: str, _raw: bytes) -> None:
        self._report(InvalidScan(f"Scanner line noise: {reason}.", key="noise"))

    def _report(self, exc: Exception) -> None:
        if self._on_error is None:
            return
        try:
            self._on_error(exc)
        except Exception:
            _log.exception("on_error failed for %r", exc)
