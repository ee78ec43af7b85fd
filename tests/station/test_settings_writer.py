"""Writing a station's device settings back to its TOML file: round trip, other keys and
comments kept, invalid values refused, a corrupt file left alone."""

from __future__ import annotations

import re
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from services.core.settings import PrinterSettings, ScannerSettings, SettingsError, load_settings
from station.settings_writer import DeviceSettings, toml_value, write_device_settings

SERIAL = DeviceSettings(
    PrinterSettings(
        kind="serial",
        port="/dev/serial/by-id/usb-Printer-if00",
        baudrate=19200,
        rtscts=True,
        paper_width_mm=58,
        native_barcode=False,
    ),
    ScannerSettings(port="COM7", baudrate=115200),
)

EXISTING = """\
# Counter 3, by the window
version = 1
database_url = "postgresql://civicdesk@hall-db/civicdesk"   # the hall server
language = "en"
station_name = "counter-3"

[printer]
# the receipt printer under the desk
kind = "virtual"  # "#" inside a comment
chinese = false
paper_width_mm = 80

[scanner]
baudrate = 9600
"""


@pytest.fixture(autouse=True)
def _no_database_override(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CIVICDESK_DB", raising=False)


def test_a_new_file_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "config" / "civicdesk.toml"
    settings = write_device_settings(path, SERIAL)
    assert settings.printer == replace(SERIAL.printer)
    assert settings.scanner == SERIAL.scanner
    again = load_settings(path)
    assert (again.printer, again.scanner) == (SERIAL.printer, SERIAL.scanner)
    assert tomllib.loads(path.read_text(encoding="utf-8"))["version"] == 1
    assert not [p for p in path.parent.iterdir() if p.name != "civicdesk.toml"]  # no temp left


def test_other_keys_and_comments_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "civicdesk.toml"
    path.write_text(EXISTING, encoding="utf-8")
    settings = write_device_settings(path, SERIAL)
    text = path.read_text(encoding="utf-8")
    for kept in (
        "# Counter 3, by the window",
        '"postgresql://civicdesk@hall-db/civicdesk"   # the hall server',
        "# the receipt printer under the desk",
        'kind = "serial"  # "#" inside a comment',
        "chinese = false",
    ):
        assert kept in text
    assert settings.database_url == "postgresql://civicdesk@hall-db/civicdesk"
    assert (settings.language, settings.station_name) == ("en", "counter-3")
    assert settings.printer == replace(SERIAL.printer, chinese=False)  # not ours: kept
    assert settings.scanner == SERIAL.scanner
    # writing the same again changes nothing
    write_device_settings(path, DeviceSettings(settings.printer, settings.scanner))
    assert path.read_text(encoding="utf-8") == text


def test_unusual_layouts_are_rewritten_from_their_values(tmp_path: Path) -> None:
    path = tmp_path / "civicdesk.toml"
    path.write_text('language = "en"\nprinter.kind = "none"\nscanner = { baudrate = 4800 }\n')
    settings = write_device_settings(path, SERIAL)
    assert (settings.language, settings.printer, settings.scanner) == (
        "en",
        SERIAL.printer,
        SERIAL.scanner,
    )


def test_windows_port_names_are_escaped(tmp_path: Path) -> None:
    path = tmp_path / "civicdesk.toml"
    devices = replace(SERIAL, printer=replace(SERIAL.printer, port="\\\\.\\COM10"))
    assert write_device_settings(path, devices).printer.port == "\\\\.\\COM10"
    assert toml_value('a "quoted" 端口') == '"a \\"quoted\\" 端口"'


@pytest.mark.parametrize(
    ("printer", "scanner", "message"),
    [
        ({"kind": "usb"}, {}, "printer kind must be virtual, serial or none, not 'usb'"),
        ({"kind": "serial", "port": ""}, {}, "a serial printer needs a port"),
        ({"baudrate": 12345}, {}, "printer baud rate must be one of 1200, 2400"),
        ({"baudrate": True}, {}, "printer baud rate must be one of"),
        ({"paper_width_mm": 76}, {}, "paper width must be 58 or 80 mm, not 76"),
        ({"rtscts": True, "xonxoff": True}, {}, "choose one flow control"),
        ({"rtscts": "yes"}, {}, "printer rtscts must be true or false"),
        ({"port": "COM1\n[x]"}, {}, "printer port name cannot have"),
        ({"port": " COM1"}, {}, "printer port name cannot have surrounding spaces"),
        ({}, {"port": "p" * 201}, "scanner port name is at most 200"),
        ({}, {"baudrate": 0}, "scanner baud rate must be one of"),
    ],
)
def test_invalid_values_are_refused_and_nothing_is_written(
    tmp_path: Path, printer: dict[str, object], scanner: dict[str, object], message: str
) -> None:
    path = tmp_path / "civicdesk.toml"
    path.write_text(EXISTING, encoding="utf-8")
    devices = DeviceSettings(
        replace(SERIAL.printer, **printer),  # type: ignore[arg-type]
        replace(SERIAL.scanner, **scanner),  # type: ignore[arg-type]
    )
    with pytest.raises(SettingsError, match="(?i)" + re.escape(message)):
        write_device_settings(path, devices)
    assert path.read_text(encoding="utf-8") == EXISTING


def test_several_problems_are_named_at_once(tmp_path: Path) -> None:
    devices = DeviceSettings(
        PrinterSettings(kind="laser", paper_width_mm=100), ScannerSettings(baudrate=7)
    )
    with pytest.raises(SettingsError) as caught:
        write_device_settings(tmp_path / "civicdesk.toml", devices)
    message = str(caught.value)
    assert message.startswith("The printer kind must be")
    assert "paper width" in message
    assert "scanner baud rate" in message


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('language = "en\n[printer\n', "is not valid TOML: line 1"),
        ("[printer]\nspeed = 3\n", "unknown setting 'speed' in [printer]"),
        ('[printer]\nbaudrate = "fast"\n', "setting 'baudrate' in [printer] must be int"),
        (b"\xff\xfe\x00garbage", "is not UTF-8 text"),
    ],
)
def test_a_corrupt_file_is_named_and_left_alone(
    tmp_path: Path, content: str | bytes, message: str
) -> None:
    path = tmp_path / "civicdesk.toml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(SettingsError, match=re.escape(message)) as caught:
        write_device_settings(path, SERIAL)
    assert str(path) in str(caught.value)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["civicdesk.toml"]


def test_a_folder_that_cannot_be_made_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "not-a-folder").write_text("", encoding="utf-8")
    with pytest.raises(SettingsError, match="cannot be written"):
        write_device_settings(tmp_path / "not-a-folder" / "civicdesk.toml", SERIAL)


def test_file_permissions_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "civicdesk.toml"
    path.write_text(EXISTING, encoding="utf-8")
    path.chmod(0o640)
    write_device_settings(path, SERIAL)
    assert path.stat().st_mode & 0o777 == 0o640
