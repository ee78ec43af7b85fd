"""SerialTransport and SerialPrinter against a fake printer over real pseudo-terminals."""

from __future__ import annotations

import os
import time

import pytest

from devices.errors import DeviceError, DeviceTimeout, DeviceUnavailable, PrinterNotReady
from devices.printer import Printer, SerialPrinter
from devices.printer_status import UNKNOWN
from devices.serial_transport import SerialTransport
from tests.devices.rig import STATUS_TIMEOUT, SerialRig
from tests.devices.waiting import wait_until

pytestmark = pytest.mark.serial

JOB = b"\x1b@hello printer\n\x1dV\x00"


def make_printer(rig: SerialRig) -> SerialPrinter:
    return SerialPrinter(rig.settings, name="kiosk", status_timeout=STATUS_TIMEOUT)


@pytest.mark.parametrize(
    ("mode", "problem", "near_end"),
    [
        ("ok", None, False),
        ("paper_near_end", None, True),
        ("paper_end", "paper_end", True),
        ("cover_open", "cover_open", False),
        ("offline", "offline", False),
        ("garbage", "unknown", False),
    ],
)
def test_status_follows_the_printer(
    serial_rig: SerialRig, mode: str, problem: str | None, near_end: bool
) -> None:
    serial_rig.printer.mode = mode  # type: ignore[assignment]
    printer = make_printer(serial_rig)
    try:
        status = printer.status()
    finally:
        printer.close()
    assert status.problem == problem
    assert status.ok == (problem is None)
    assert status.paper_near_end == near_end
    assert status.known == (mode != "garbage")


def test_status_changes_while_running(serial_rig: SerialRig) -> None:
    printer = make_printer(serial_rig)
    assert printer.status().ok
    serial_rig.printer.mode = "paper_end"
    assert printer.status().problem == "paper_end"
    serial_rig.printer.mode = "ok"
    assert printer.status().ok
    printer.close()


def test_a_silent_printer_is_unknown_and_never_ok(serial_rig: SerialRig) -> None:
    serial_rig.printer.mode = "silent"
    printer = make_printer(serial_rig)
    started = time.monotonic()
    status = printer.status()
    elapsed = time.monotonic() - started
    assert status == UNKNOWN
    assert not status.ok
    assert status.problem == "unknown"
    # One unanswered question is enough; it doesn't wait for all three.
    assert serial_rig.printer.queries == [1]
    assert elapsed < 3 * STATUS_TIMEOUT
    with pytest.raises(PrinterNotReady, match="does not answer"):
        printer.send(JOB)
    printer.close()


def test_send_prints_when_ready(serial_rig: SerialRig) -> None:
    printer: Printer = make_printer(serial_rig)
    printer.send(JOB)
    wait_until(lambda: serial_rig.printer.printed == JOB, what="the job at the printer")
    assert serial_rig.printer.queries == [1, 2, 4]


@pytest.mark.parametrize("mode", ["paper_end", "cover_open", "offline"])
def test_send_refuses_a_printer_that_is_not_ready(serial_rig: SerialRig, mode: str) -> None:
    serial_rig.printer.mode = mode  # type: ignore[assignment]
    printer = make_printer(serial_rig)
    with pytest.raises(PrinterNotReady) as caught:
        printer.send(JOB)
    assert caught.value.status.problem == mode
    assert "kiosk" in str(caught.value)
    time.sleep(0.2)
    assert serial_rig.printer.printed == b""
    printer.close()


def test_unplug_gives_a_clear_error_then_replug_reconnects(serial_rig: SerialRig) -> None:
    transport = SerialTransport(serial_rig.settings, first_retry=0.05, max_retry=0.2)
    printer = SerialPrinter(
        serial_rig.settings, "kiosk", status_timeout=STATUS_TIMEOUT, transport=transport
    )
    assert printer.status().ok
    device = os.path.realpath(serial_rig.pty.ours)

    serial_rig.unplug()
    with pytest.raises(DeviceUnavailable) as caught:
        printer.send(JOB)
    message = str(caught.value)
    # The link staff configured and the device it pointed to are both named.
    assert str(serial_rig.pty.ours) in message
    assert device in message
    assert "unplugged" in message
    assert not transport.is_open
    with pytest.raises(DeviceUnavailable, match="not found"):
        transport.open()

    serial_rig.replug()

    def reconnected() -> bool:
        try:
            return printer.status().ok
        except DeviceUnavailable:
            return False

    wait_until(reconnected, what="the printer after replug")
    printer.send(JOB)
    wait_until(lambda: serial_rig.printer.printed == JOB, what="the job after replug")
    printer.close()


def test_a_write_to_an_unplugged_port_raises_device_unavailable(serial_rig: SerialRig) -> None:
    transport = SerialTransport(serial_rig.settings)
    transport.open()
    serial_rig.unplug()
    with pytest.raises(DeviceUnavailable) as caught:
        transport.write(JOB)
    assert isinstance(caught.value, DeviceError)
    assert caught.value.port is not None
    assert "went away" in caught.value.reason
    transport.close()


def test_a_stalled_printer_times_out(serial_rig: SerialRig) -> None:
    serial_rig.printer.mode = "stalled"
    settings = serial_rig.settings
    transport = SerialTransport(
        type(settings)(port=settings.port, write_timeout=0.5, read_timeout=0.2)
    )
    started = time.monotonic()
    with pytest.raises(DeviceTimeout, match="stalled for 0.5 s"):
        # Far more than the kernel and socat buffer between us and the printer.
        transport.write(b"x" * 4_000_000)
    assert time.monotonic() - started < 30
    # The port stays usable once the printer takes data again.
    serial_rig.printer.mode = "ok"
    transport.write(JOB)
    wait_until(lambda: serial_rig.printer.printed.endswith(JOB), what="the job after the stall")
    transport.close()


def test_read_returns_what_arrived_and_empty_after_timeout(serial_rig: SerialRig) -> None:
    transport = SerialTransport(serial_rig.settings)
    assert transport.read(10, 0.05) == b""
    serial_rig.printer.mode = "ok"
    transport.write(b"\x10\x04\x01")
    assert transport.read(10, 2.0) == b"\x12"
    transport.close()
