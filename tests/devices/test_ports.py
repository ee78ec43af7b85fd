"""Listing ports with their stable by-id names."""

from __future__ import annotations

from pathlib import Path

import pytest
import serial.tools.list_ports

from devices.ports import PortInfo, list_ports
from tests.devices.pty_pair import PtyPair


@pytest.mark.serial
def test_by_id_links_are_listed_with_their_device(tmp_path: Path, pty_pair: PtyPair) -> None:
    by_id = tmp_path / "by-id"
    by_id.mkdir()
    link = by_id / "usb-Xprinter_XP-80-if00-port0"
    link.symlink_to(pty_pair.ours.resolve())
    found = {info.device: info for info in list_ports(by_id)}
    info = found[str(pty_pair.ours.resolve())]
    assert info.by_id == str(link)
    assert info.name == str(link)


def test_a_missing_by_id_folder_is_fine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(serial.tools.list_ports, "comports", lambda: [])
    assert list_ports(tmp_path / "absent") == []


def test_the_name_falls_back_to_the_device() -> None:
    assert PortInfo(device="COM3").name == "COM3"
