"""Our side of a socat pty pair with a fake printer or ID-card reader on the other side."""

from __future__ import annotations

from dataclasses import dataclass

from devices.serial_settings import SerialSettings
from tests.devices.fake_idcard_reader import FakeIdCardReader
from tests.devices.fake_printer import FakePrinter
from tests.devices.pty_pair import PtyPair

# Generous for a loaded two-core machine; a silent printer costs one of these per query.
STATUS_TIMEOUT = 0.5


@dataclass
class SerialRig:
    pty: PtyPair
    printer: FakePrinter

    @property
    def settings(self) -> SerialSettings:
        return SerialSettings(port=str(self.pty.ours), write_timeout=1.0, read_timeout=0.2)

    def unplug(self) -> None:
        self.pty.stop()
        self.printer.detach()

    def replug(self) -> None:
        self.pty.start()
        self.printer.attach(self.pty.peer)


@dataclass
class IdCardRig:
    """Our side of a pty pair with a fake ID-card reader on the other side."""

    pty: PtyPair
    reader: FakeIdCardReader

    @property
    def settings(self) -> SerialSettings:
        return SerialSettings(port=str(self.pty.ours), baudrate=115200, read_timeout=0.2)

    def unplug(self) -> None:
        self.pty.stop()
        self.reader.detach()

    def replug(self) -> None:
        self.pty.start()
        self.reader.attach(self.pty.peer)
