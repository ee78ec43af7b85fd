"""Fixtures for serial tests: a socat pty pair, with a fake printer or ID-card reader."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.devices.fake_idcard_reader import FakeIdCardReader
from tests.devices.fake_printer import FakePrinter
from tests.devices.pty_pair import PtyPair
from tests.devices.rig import IdCardRig, SerialRig
from tests.strict import require_tool


@pytest.fixture
def pty_pair(tmp_path: Path) -> Iterator[PtyPair]:
    pair = PtyPair(tmp_path, socat=require_tool("socat"))
    pair.start()
    yield pair
    pair.stop()


@pytest.fixture
def serial_rig(pty_pair: PtyPair) -> Iterator[SerialRig]:
    printer = FakePrinter()
    printer.attach(pty_pair.peer)
    printer.start()
    yield SerialRig(pty_pair, printer)
    printer.stop()


@pytest.fixture
def idcard_rig(pty_pair: PtyPair) -> Iterator[IdCardRig]:
    reader = FakeIdCardReader()
    reader.attach(pty_pair.peer)
    reader.start()
    yield IdCardRig(pty_pair, reader)
    reader.stop()
