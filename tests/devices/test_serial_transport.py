"""The transport's reconnect backoff and its port messages, without a real port."""

from __future__ import annotations

from pathlib import Path

import pytest
import serial

from devices.errors import DeviceUnavailable
from devices.serial_settings import SerialSettings
from devices.serial_transport import SerialTransport, describe_port, port_error_reason


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_reopen_attempts_back_off_exponentially(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[str] = []
    real_serial = serial.Serial

    def counting_serial(*args: object, **kwargs: object) -> serial.Serial:
        attempts.append(str(kwargs["port"]))
        return real_serial(*args, **kwargs)

    monkeypatch.setattr(serial, "Serial", counting_serial)
    clock = FakeClock()
    transport = SerialTransport(
        SerialSettings(port=str(tmp_path / "missing")), clock=clock, first_retry=0.2, max_retry=5
    )
    delays = []
    for _ in range(8):
        with pytest.raises(DeviceUnavailable, match="not found"):
            transport.ensure_open()
        delays.append(round(transport.retry_in(), 6))
        before = len(attempts)
        # Calls before the delay has passed don't touch the port.
        clock.now += transport.retry_in() / 2
        with pytest.raises(DeviceUnavailable, match="not found"):
            transport.ensure_open()
        assert len(attempts) == before
        clock.now += transport.retry_in()
    assert delays == [0.2, 0.4, 0.8, 1.6, 3.2, 5.0, 5.0, 5.0]
    assert len(attempts) == 8


def test_messages_name_the_link_and_its_device(tmp_path: Path) -> None:
    link = tmp_path / "usb-Printer_123-if00-port0"
    link.symlink_to("/dev/null")
    assert describe_port(str(link)) == f"{link} (-> /dev/null)"
    assert describe_port("COM3") == "COM3"  # never resolved into a file path


def test_reasons_are_plain() -> None:
    assert "unplugged" in port_error_reason(serial.SerialException("write failed: [Errno 5] x"))
    assert "dialout" in port_error_reason(PermissionError(13, "Permission denied"))
    assert "another program" in port_error_reason(OSError(16, "busy"))
    assert port_error_reason(serial.SerialException("odd")) == "odd"


def test_a_missing_port_says_so(tmp_path: Path) -> None:
    transport = SerialTransport(SerialSettings(port=str(tmp_path / "ttyUSB9")))
    with pytest.raises(DeviceUnavailable) as caught:
        transport.write(b"x")
    assert str(tmp_path / "ttyUSB9") in str(caught.value)
    assert "plugged in" in str(caught.value)
    assert not transport.is_open


def test_settings_are_checked_when_made() -> None:
    assert SerialSettings(port="COM3", parity="E", stopbits=1.5, bytesize=7).parity == "E"
    with pytest.raises(ValueError, match="parity 'X'.*stop bits 3"):
        SerialSettings(port="/dev/ttyUSB0", parity="X", stopbits=3)
    with pytest.raises(ValueError, match="no port"):
        SerialSettings(port="")
    with pytest.raises(ValueError, match="timeouts"):
        SerialSettings(port="COM1", write_timeout=0)
