"""A serial scanner over a real pseudo-terminal: framing, noise, and unplugging."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import serial

from devices.errors import DeviceUnavailable
from devices.scan_payload import InvalidScan, ScanPayload
from devices.scanner import SerialScanner
from devices.serial_settings import SerialSettings
from devices.serial_transport import SerialTransport
from tests.devices.pty_pair import PtyPair
from tests.devices.waiting import wait_until

pytestmark = pytest.mark.serial


class Collected:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.scans: list[ScanPayload] = []
        self.errors: list[Exception] = []

    def on_scan(self, payload: ScanPayload) -> None:
        with self.lock:
            self.scans.append(payload)

    def on_error(self, exc: Exception) -> None:
        with self.lock:
            self.errors.append(exc)

    def texts(self) -> list[str]:
        with self.lock:
            return [s.text for s in self.scans]


@pytest.fixture
def collected() -> Collected:
    return Collected()


@pytest.fixture
def scanner(pty_pair: PtyPair, collected: Collected) -> Iterator[SerialScanner]:
    settings = SerialSettings(port=str(pty_pair.ours), read_timeout=0.1)
    transport = SerialTransport(settings, first_retry=0.05, max_retry=0.3)
    running = SerialScanner(settings, collected.on_scan, collected.on_error, transport=transport)
    running.start()
    wait_until(lambda: running.connected, what="the scanner port")
    yield running
    assert running.stop(timeout=10)


@pytest.fixture
def device(pty_pair: PtyPair, scanner: SerialScanner) -> Iterator[serial.Serial]:
    """The scanner hardware: what it writes, we read."""
    port = serial.Serial(str(pty_pair.peer), timeout=0.1)
    yield port
    port.close()


def test_scans_with_every_framing_and_chunking(device: serial.Serial, collected: Collected) -> None:
    device.write(b"T-20261130-A023\r")
    device.write(b"R-2026-000123\n")
    device.write(b"]C0M-2026-000045\r\n")
    for byte in b"]Q1t-20261130-b0042\r\n":  # one byte at a time, lower case
        device.write(bytes([byte]))
        device.flush()
    device.write(b"R-2026-0")
    device.flush()
    device.write(b"00999\r")
    expected = [
        "T-20261130-A023",
        "R-2026-000123",
        "M-2026-000045",
        "T-20261130-B0042",
        "R-2026-000999",
    ]
    wait_until(lambda: len(collected.texts()) == len(expected), what="five scans")
    assert collected.texts() == expected
    assert [s.kind for s in collected.scans] == ["ticket", "request", "case", "ticket", "request"]
    assert collected.errors == []


def test_garbage_between_scans_loses_no_scan(device: serial.Serial, collected: Collected) -> None:
    garbage = bytes(range(256)).replace(b"\r", b"").replace(b"\n", b"")
    valid = [f"T-20261130-A{n:03d}" for n in range(1, 21)]
    stream = b""
    for n, text in enumerate(valid):
        stream += garbage[(n * 37) % 200 :][: 5 + n * 7] + b"\r\n"  # a noise line
        stream += b"\x00\xff" + text.encode() + b"\r\n"  # noise glued to the scan
    stream += b"7" * 1000 + b"\r"  # a runaway line, then back in step
    stream += b"M-2026-000001\r"
    for start in range(0, len(stream), 50):
        device.write(stream[start : start + 50])
    wait_until(lambda: "M-2026-000001" in collected.texts(), what="the scan after the noise")
    assert collected.texts() == [*valid, "M-2026-000001"]
    assert any(isinstance(e, InvalidScan) for e in collected.errors)


def test_a_foreign_code_is_reported_not_scanned(
    device: serial.Serial, collected: Collected
) -> None:
    device.write(b"6901234567892\r")
    wait_until(lambda: collected.errors, what="the refusal")
    assert isinstance(collected.errors[0], InvalidScan)
    assert "Not a CivicDesk code" in str(collected.errors[0])
    assert collected.scans == []


def test_the_scanner_comes_back_after_unplug(
    pty_pair: PtyPair, scanner: SerialScanner, collected: Collected
) -> None:
    pty_pair.stop()
    wait_until(lambda: not scanner.connected, what="the scanner to notice the unplug")
    wait_until(lambda: collected.errors, what="the outage report")
    outages = [e for e in collected.errors if isinstance(e, DeviceUnavailable)]
    assert len(outages) == 1
    assert str(pty_pair.ours) in str(outages[0])

    pty_pair.start()
    wait_until(lambda: scanner.connected, what="the scanner to reconnect")
    device = serial.Serial(str(pty_pair.peer), timeout=0.1)
    try:
        device.write(b"R-2026-000777\r")
        wait_until(lambda: collected.texts() == ["R-2026-000777"], what="a scan after replug")
    finally:
        device.close()
    assert len([e for e in collected.errors if isinstance(e, DeviceUnavailable)]) == 1
