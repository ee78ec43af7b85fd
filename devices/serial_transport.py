"""A serial port that reports faults as ``DeviceError`` and reconnects after an unplug.

Not thread-safe: one owner (a printer behind its lock, or a scanner's reader thread).
"""

from __future__ import annotations

import errno
import logging
import os
import re
import time
from collections.abc import Callable

import serial

from devices.errors import DeviceTimeout, DeviceUnavailable
from devices.serial_settings import SerialSettings

try:
    import termios

    # tcflush/tcsetattr on a vanished port raise termios.error, which is no OSError.
    _TERMIOS_ERRORS: tuple[type[Exception], ...] = (termios.error,)
except ImportError:  # pragma: no cover - Windows has no termios
    _TERMIOS_ERRORS = ()

_log = logging.getLogger(__name__)

# Written a chunk at a time so the write timeout measures a stall, not the job's size.
_CHUNK = 1024
_DRAIN_POLL = 0.01
_PORT_ERRORS: tuple[type[Exception], ...] = (serial.SerialException, OSError, *_TERMIOS_ERRORS)

_REASONS = {
    errno.ENOENT: "not found (unplugged, or a wrong port name)",
    errno.EIO: "the device went away (unplugged or switched off)",
    errno.ENXIO: "the device went away (unplugged or switched off)",
    errno.ENODEV: "the device went away (unplugged or switched off)",
    errno.EACCES: "permission denied (add the user to the 'dialout' group)",
    errno.EPERM: "permission denied (add the user to the 'dialout' group)",
    errno.EBUSY: "in use by another program",
    errno.EAGAIN: "in use by another program",
}


def describe_port(port: str) -> str:
    """Name a port for people: a stable by-id link together with the device it points at."""
    # Only real links are resolved: realpath would turn a Windows "COM3" into a file path.
    if os.path.islink(port):
        return f"{port} (-> {os.path.realpath(port)})"
    return port


def _errno_of(exc: BaseException) -> int | None:
    number = getattr(exc, "errno", None)
    if isinstance(number, int):
        return number
    if exc.args and isinstance(exc.args[0], int):  # termios.error(5, "Input/output error")
        return exc.args[0]
    # pyserial folds the OSError into its message: "write failed: [Errno 5] ..."
    match = re.search(r"\[Errno (\d+)\]", str(exc))
    return int(match.group(1)) if match else None


def port_error_reason(exc: BaseException) -> str:
    """A short human reason for a port error."""
    number = _errno_of(exc)
    if number in _REASONS:
        return _REASONS[number]
    if "returned no data" in str(exc):  # pyserial's words for a hung-up port
        return _REASONS[errno.EIO]
    return str(exc) or type(exc).__name__


class SerialTransport:
    """One serial port over pyserial.

    ``write``, ``read`` and ``reset_input_buffer`` open the port when needed (through
    ``ensure_open``), so after an unplug the next call tries again by itself.

    Args:
        settings: the port and its line settings.
        clock: time source for the reconnect backoff (tests pass a fake one).
        first_retry: delay after the first failed reopen; it doubles up to ``max_retry``.
    """

    def __init__(
        self,
        settings: SerialSettings,
        *,
        clock: Callable[[], float] = time.monotonic,
        first_retry: float = 0.2,
        max_retry: float = 5.0,
    ) -> None:
        self.settings = settings
        self._clock = clock
        self._first_retry = first_retry
        self._max_retry = max_retry
        self._retry_delay = first_retry
        self._next_attempt: float | None = None
        self._last_reason = "not opened yet"
        self._serial: serial.Serial | None = None
        self._last_device: str | None = None

    @property
    def label(self) -> str:
        """The port as shown in messages, with the device its link points at.

        Resolved anew each time, since a replug may move the link; once the link is gone
        (unplugged), the device last opened through it is named instead.
        """
        port = self.settings.port
        if os.path.islink(port) or self._last_device in (None, port):
            return describe_port(port)
        return f"{port} (-> {self._last_device})"

    @property
    def is_open(self) -> bool:
        return self._serial is not None

    def retry_in(self) -> float:
        """Seconds until ``ensure_open`` will try the port again (0 when it would now)."""
        if self._serial is not None or self._next_attempt is None:
            return 0.0
        return max(0.0, self._next_attempt - self._clock())

    def open(self) -> None:
        """Open the port now, ignoring the backoff."""
        if self._serial is not None:
            return
        s = self.settings
        # A by-id link names the device; open what it points at today.
        device = os.path.realpath(s.port) if os.path.islink(s.port) else s.port
        try:
            self._serial = serial.Serial(
                port=device,
                baudrate=s.baudrate,
                bytesize=s.bytesize,
                parity=s.parity,
                stopbits=s.stopbits,
                timeout=s.read_timeout,
                write_timeout=s.write_timeout,
                rtscts=s.rtscts,
                xonxoff=s.xonxoff,
                # Two programs writing to one printer would interleave their tickets.
                exclusive=True,
            )
        except _PORT_ERRORS as exc:
            raise DeviceUnavailable(port_error_reason(exc), port=self.label) from exc
        self._last_device = device
        _log.info("opened serial port %s", self.label)

    def ensure_open(self) -> None:
        """Open the port unless open; after failures, try at most once per backoff delay.

        Raises:
            DeviceUnavailable: the port can't be opened, or the backoff delay hasn't passed.
        """
        if self._serial is not None:
            return
        now = self._clock()
        if self._next_attempt is not None and now < self._next_attempt:
            # Trying a missing port every few milliseconds would burn CPU and flood the log.
            raise DeviceUnavailable(self._last_reason, port=self.label)
        try:
            self.open()
        except DeviceUnavailable as exc:
            self._last_reason = exc.reason
            self._next_attempt = now + self._retry_delay
            self._retry_delay = min(self._retry_delay * 2, self._max_retry)
            raise
        self._retry_delay = self._first_retry
        self._next_attempt = None

    def write(self, data: bytes) -> None:
        """Write all of ``data`` and wait until the driver has sent it.

        Raises:
            DeviceUnavailable: the port is gone.
            DeviceTimeout: the device accepted nothing for ``write_timeout`` seconds; the
                unsent rest is discarded so it can't come out later inside another job.
        """
        port = self._port()
        try:
            for start in range(0, len(data), _CHUNK):
                port.write(data[start : start + _CHUNK])
            self._drain(port)
        except serial.SerialTimeoutException as exc:
            self._discard_output(port)
            raise DeviceTimeout(self.settings.write_timeout, port=self.label) from exc
        except _PORT_ERRORS as exc:
            raise self._lost(exc) from exc

    def read(self, n: int, timeout: float | None = None) -> bytes:
        """Return up to ``n`` bytes as soon as any arrive; ``b""`` after ``timeout`` seconds.

        ``timeout`` defaults to the settings' ``read_timeout``.
        """
        port = self._port()
        wait = self.settings.read_timeout if timeout is None else timeout
        try:
            if port.timeout != wait:
                port.timeout = wait
            first: bytes = port.read(1)
            if not first or n <= 1:
                return first
            more = min(port.in_waiting, n - 1)
            rest: bytes = port.read(more) if more else b""
        except _PORT_ERRORS as exc:
            raise self._lost(exc) from exc
        return first + rest

    def reset_input_buffer(self) -> None:
        """Drop whatever the device sent that nobody has read yet."""
        port = self._port()
        try:
            port.reset_input_buffer()
        except _PORT_ERRORS as exc:
            raise self._lost(exc) from exc

    def close(self) -> None:
        port, self._serial = self._serial, None
        if port is None:
            return
        try:
            port.close()
        except _PORT_ERRORS as exc:  # closing a vanished port may fail; it's closed either way
            _log.debug("closing %s: %s", self.label, exc)

    def _port(self) -> serial.Serial:
        self.ensure_open()
        assert self._serial is not None
        return self._serial

    def _lost(self, exc: BaseException) -> DeviceUnavailable:
        reason = port_error_reason(exc)
        _log.warning("serial port %s lost: %s", self.label, reason)
        self.close()
        # The first reopen may come at once: a quick replug should cost no waiting.
        self._retry_delay = self._first_retry
        self._next_attempt = None
        self._last_reason = reason
        return DeviceUnavailable(reason, port=self.label)

    def _drain(self, port: serial.Serial) -> None:
        # Bytes still in the driver's buffer are lost if the cable is pulled now, so a job
        # counts as sent only once they have left. Not tcdrain(): it has no timeout and
        # would hang for good on a printer holding flow control.
        last_pending = -1
        last_progress = time.monotonic()
        while True:
            pending: int = port.out_waiting
            if pending == 0:
                return
            now = time.monotonic()
            if pending != last_pending:
                last_pending, last_progress = pending, now
            elif now - last_progress > self.settings.write_timeout:
                raise serial.SerialTimeoutException("Write timeout while draining")
            time.sleep(_DRAIN_POLL)

    def _discard_output(self, port: serial.Serial) -> None:
        try:
            port.reset_output_buffer()
        except _PORT_ERRORS as exc:
            _log.debug("discarding output of %s: %s", self.label, exc)
