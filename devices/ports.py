"""Serial ports present on this machine, for the settings dialog."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from serial.tools import list_ports as _pyserial_ports

BY_ID_DIR = Path("/dev/serial/by-id")


@dataclass(frozen=True)
class PortInfo:
    """One port. ``by_id`` is a stable link that survives moving the USB plug."""

    device: str
    description: str = ""
    hwid: str = ""
    by_id: str | None = None

    @property
    def name(self) -> str:
        """What to store in settings: the stable link when there is one."""
        return self.by_id or self.device


def _by_id_links(by_id_dir: Path) -> dict[str, str]:
    """Map each device (``/dev/ttyUSB0``) to its by-id link."""
    links: dict[str, str] = {}
    try:
        entries = sorted(by_id_dir.iterdir())
    except OSError:  # no USB serial device plugged in: the folder doesn't exist
        return links
    for entry in entries:
        links.setdefault(os.path.realpath(entry), str(entry))
    return links


def list_ports(by_id_dir: Path = BY_ID_DIR) -> list[PortInfo]:
    """Ports pyserial finds, plus by-id links to devices it missed, sorted by device."""
    links = _by_id_links(by_id_dir)
    found: dict[str, PortInfo] = {}
    for port in _pyserial_ports.comports():
        found[port.device] = PortInfo(
            device=port.device,
            description=port.description or "",
            hwid=port.hwid or "",
            by_id=links.get(os.path.realpath(port.device)),
        )
    for device, link in links.items():
        if device not in found:
            found[device] = PortInfo(device=device, description=Path(link).name, by_id=link)
    return sorted(found.values(), key=lambda info: info.device)
