"""Writes a station's printer and scanner settings back to its TOML settings file.

Only the device keys change (``[printer]`` kind, port, baudrate, rtscts, xonxoff,
paper_width_mm, native_barcode; ``[scanner]`` port, baudrate); every other key, and the
comments, stay as they were. The new text is checked before it replaces the file: it must
read back (through ``services.core.settings.load_settings``) to exactly the values asked for,
with every other key unchanged. If editing the lines in place cannot achieve that (an
unusual layout: dotted keys, inline tables), the file is written afresh from its values,
without comments. The file is replaced atomically (a temporary file, then ``os.replace``),
so a crash or a full disk never leaves half a file behind.

A file that exists but cannot be read (not TOML, unknown keys, wrong types) is never
overwritten: ``SettingsError`` names the file and the problem.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from services.core.settings import (
    PAPER_WIDTHS,
    PRINTER_KINDS,
    SETTINGS_VERSION,
    PrinterSettings,
    ScannerSettings,
    Settings,
    SettingsError,
    load_settings,
)

BAUD_RATES = (1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200)
PORT_LIMIT = 200

PRINTER_KEYS = ("kind", "port", "baudrate", "rtscts", "xonxoff", "paper_width_mm", "native_barcode")
SCANNER_KEYS = ("port", "baudrate")

_HEADER = re.compile(r"^\s*\[\s*([A-Za-z0-9_-]+)\s*\]\s*(#.*)?$")
_ANY_HEADER = re.compile(r"^\s*\[")
_KEY_LINE = re.compile(r"^(\s*)([A-Za-z0-9_-]+)\s*=\s*(.*?)\s*$")


@dataclass(frozen=True)
class DeviceSettings:
    printer: PrinterSettings
    scanner: ScannerSettings

    @classmethod
    def of(cls, settings: Settings) -> DeviceSettings:
        return cls(settings.printer, settings.scanner)


def check_device_settings(devices: DeviceSettings) -> None:
    """Refuse values outside the documented choices, with one message naming each problem.

    Raises:
        SettingsError: what is wrong, in words for the administrator.
    """
    printer, scanner = devices.printer, devices.scanner
    problems: list[str] = []
    if printer.kind not in PRINTER_KINDS:
        problems.append(f"the printer kind must be virtual, serial or none, not {printer.kind!r}")
    problems += _port_problems(printer.port, "printer")
    if printer.kind == "serial" and not _is_text(printer.port, nonempty=True):
        problems.append("a serial printer needs a port")
    problems += _baud_problems(printer.baudrate, "printer")
    for name in ("rtscts", "xonxoff", "native_barcode"):
        if not isinstance(getattr(printer, name), bool):
            problems.append(f"printer {name} must be true or false")
    if printer.rtscts is True and printer.xonxoff is True:
        problems.append("choose one flow control for the printer: RTS/CTS or XON/XOFF")
    if _plain_int(printer.paper_width_mm) not in PAPER_WIDTHS:
        problems.append(f"the paper width must be 58 or 80 mm, not {printer.paper_width_mm!r}")
    problems += _port_problems(scanner.port, "scanner")
    problems += _baud_problems(scanner.baudrate, "scanner")
    if problems:
        text = "; ".join(problems)
        raise SettingsError(text[0].upper() + text[1:] + ".")


def _is_text(value: object, *, nonempty: bool = False) -> bool:
    return isinstance(value, str) and (bool(value.strip()) or not nonempty)


def _plain_int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _port_problems(port: object, device: str) -> list[str]:
    if not isinstance(port, str):
        return [f"the {device} port must be text"]
    if len(port) > PORT_LIMIT:
        return [f"the {device} port name is at most {PORT_LIMIT} characters"]
    if port != port.strip() or any(not ch.isprintable() for ch in port):
        return [f"the {device} port name cannot have surrounding spaces or control characters"]
    return []


def _baud_problems(baudrate: object, device: str) -> list[str]:
    if _plain_int(baudrate) not in BAUD_RATES:
        rates = ", ".join(str(rate) for rate in BAUD_RATES)
        return [f"the {device} baud rate must be one of {rates}, not {baudrate!r}"]
    return []


def _wanted(devices: DeviceSettings) -> dict[str, dict[str, Any]]:
    return {
        "printer": {key: getattr(devices.printer, key) for key in PRINTER_KEYS},
        "scanner": {key: getattr(devices.scanner, key) for key in SCANNER_KEYS},
    }


def write_device_settings(path: Path, devices: DeviceSettings) -> Settings:
    """Store ``devices`` in the settings file at ``path`` (created when missing).

    Returns the settings as the station will read them at its next start.

    Raises:
        SettingsError: a value is outside the documented choices, the existing file
            cannot be read (it is left untouched), or the file cannot be written.
    """
    check_device_settings(devices)
    original = _read_existing(path)
    wanted = _wanted(devices)
    raw = tomllib.loads(original) if original.strip() else {"version": SETTINGS_VERSION}
    expected = _merged(raw, wanted)
    for text in (_edited(original, wanted), _fresh(expected)):
        if text is not None and _reads_as(text, expected, path):
            _replace(path, text)
            return load_settings(path)
    raise SettingsError(f"Settings file {path} could not be updated safely; it was left as it was.")


def _read_existing(path: Path) -> str:
    """The file's text, after checking that the station can read it; "" when missing."""
    if not path.exists():
        return ""
    load_settings(path)  # raises SettingsError, naming the file and the problem
    try:
        return path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise SettingsError(f"Settings file {path} cannot be read: {exc.strerror}.") from None


def _merged(raw: dict[str, Any], wanted: dict[str, dict[str, Any]]) -> dict[str, Any]:
    merged = {
        key: (dict(value) if isinstance(value, dict) else value) for key, value in raw.items()
    }
    for section, values in wanted.items():
        merged.setdefault(section, {})
        merged[section].update(values)
    return merged


def _reads_as(text: str, expected: dict[str, Any], path: Path) -> bool:
    """Whether ``text`` parses to ``expected`` exactly and the station could load it."""
    try:
        parsed = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return False
    if parsed != expected:
        return False
    probe = _temp_sibling(path, text)
    try:
        load_settings(probe)
    except SettingsError:
        return False
    finally:
        probe.unlink(missing_ok=True)
    return True


# --- the text ------------------------------------------------------------------------------


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        # A JSON string is a valid TOML basic string: the same escapes (\" \\ \n \uXXXX).
        return json.dumps(value, ensure_ascii=False)
    raise SettingsError(f"Cannot write the value {value!r} to a settings file.")


def _edited(original: str, wanted: dict[str, dict[str, Any]]) -> str | None:
    """The original text with the device keys replaced or added, comments kept."""
    lines = original.splitlines()
    section: str | None = None
    seen: dict[str, set[str]] = {name: set() for name in wanted}
    last_key_line: dict[str, int] = {}
    header_line: dict[str, int] = {}
    for number, line in enumerate(lines):
        header = _HEADER.match(line)
        if header:
            section = header.group(1)
            header_line.setdefault(section, number)
            continue
        if _ANY_HEADER.match(line):
            section = None  # [[arrays]] or quoted/dotted table names: not ours
            continue
        if section not in wanted:
            continue
        match = _KEY_LINE.match(line)
        if not match:
            continue
        last_key_line[section] = number
        indent, key, rest = match.groups()
        if key in wanted[section]:
            seen[section].add(key)
            comment = _trailing_comment(rest)
            lines[number] = f"{indent}{key} = {toml_value(wanted[section][key])}{comment}"
    additions: list[tuple[int, list[str]]] = []
    appended: list[str] = []
    for name, values in wanted.items():
        missing = [f"{key} = {toml_value(values[key])}" for key in values if key not in seen[name]]
        if not missing:
            continue
        if name in header_line:
            after = last_key_line.get(name, header_line[name])
            additions.append((after + 1, missing))
        else:
            appended += ["", f"[{name}]", *missing]
    for position, new_lines in sorted(additions, key=lambda item: item[0], reverse=True):
        lines[position:position] = new_lines
    lines += appended
    if not original.strip():
        lines = [f"version = {SETTINGS_VERSION}", *lines]
    return "\n".join(lines).strip("\n") + "\n"


def _trailing_comment(rest: str) -> str:
    """The ``  # comment`` after a value, found where the text before it parses as a value."""
    for match in re.finditer("#", rest):
        value = rest[: match.start()].rstrip()
        try:
            tomllib.loads(f"x = {value}")
        except tomllib.TOMLDecodeError:
            continue
        return "  " + rest[match.start() :]
    return ""


def _fresh(values: dict[str, Any]) -> str | None:
    """The whole file written from its values (used when editing in place is not safe)."""
    out = ["# CivicDesk station settings (rewritten by the administration panel)."]
    tables = {k: v for k, v in values.items() if isinstance(v, dict)}
    top = {k: v for k, v in values.items() if not isinstance(v, dict)}
    try:
        out += [f"{key} = {toml_value(value)}" for key, value in top.items()]
        for name, table in tables.items():
            if any(isinstance(v, dict) for v in table.values()):
                return None
            out += ["", f"[{name}]", *(f"{k} = {toml_value(v)}" for k, v in table.items())]
    except SettingsError:
        return None
    return "\n".join(out) + "\n"


# --- the file ------------------------------------------------------------------------------


def _temp_sibling(path: Path, text: str) -> Path:
    """Write ``text`` to a new file beside ``path`` (same disk, so replacing is atomic)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as tmp:
            tmp.write(text)
            tmp.flush()
            os.fsync(tmp.fileno())
    except OSError as exc:
        raise SettingsError(
            f"Settings file {path} cannot be written: {exc.strerror or exc}."
        ) from None
    return Path(name)


def _replace(path: Path, text: str) -> None:
    tmp = _temp_sibling(path, text)
    try:
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise SettingsError(
            f"Settings file {path} cannot be written: {exc.strerror or exc}."
        ) from None
