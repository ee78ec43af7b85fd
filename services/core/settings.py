"""Every station setting, declared once, typed, read from one TOML file.

The file lives in the user config directory unless ``--config`` names another one. A missing
file means defaults; a file that cannot be parsed raises ``SettingsError`` naming the file and
the line, which the entry point shows as one clear message.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, TypeVar

import platformdirs
from platformdirs.api import PlatformDirsABC

APP_NAME = "CivicDesk"
DB_ENV_VAR = "CIVICDESK_DB"
SETTINGS_VERSION = 1

T = TypeVar("T")


# The allowed choices of the settings that have them, declared once for the file's checks,
# the administration form and the command-line options.
LANGUAGES = ("zh_CN", "en")
PRINTER_KINDS = ("virtual", "serial", "none")
PAPER_WIDTHS = (58, 80)


class SettingsError(Exception):
    """The settings file exists but cannot be used."""


@dataclass(frozen=True)
class PrinterSettings:
    kind: str = "virtual"  # one of PRINTER_KINDS
    port: str = ""
    baudrate: int = 9600
    rtscts: bool = False
    xonxoff: bool = False
    paper_width_mm: int = 80
    native_barcode: bool = True
    chinese: bool = True


@dataclass(frozen=True)
class ScannerSettings:
    port: str = ""  # empty: keyboard-wedge scanner only
    baudrate: int = 9600


@dataclass(frozen=True)
class IdCardReaderSettings:
    port: str = ""  # empty: no serial ID-card reader (a keyboard-mode one needs no setting)
    baudrate: int = 115200


@dataclass(frozen=True)
class Settings:
    database_url: str = ""
    language: str = "zh_CN"
    center_name: str = ""
    pdf_font: str = ""
    kiosk_pin: str = ""
    station_name: str = ""
    # The data key that encrypts residents' ID and phone numbers; empty: civicdesk.key
    # beside this file. CIVICDESK_DATA_KEY, when set, takes precedence.
    data_key_file: str = ""
    printer: PrinterSettings = field(default_factory=PrinterSettings)
    scanner: ScannerSettings = field(default_factory=ScannerSettings)
    idcard: IdCardReaderSettings = field(default_factory=IdCardReaderSettings)
    source: Path | None = None
    version: int = SETTINGS_VERSION


def platform_dirs(kind: type[PlatformDirsABC] = platformdirs.PlatformDirs) -> PlatformDirsABC:
    """This user's folders for CivicDesk: ~/.config and ~/.local/share/CivicDesk on Linux,
    %LOCALAPPDATA%\\CivicDesk on Windows (no vendor folder, not roaming: one PC's station)."""
    return kind(APP_NAME, appauthor=False)


def default_config_path() -> Path:
    return Path(platform_dirs().user_config_dir) / "civicdesk.toml"


def default_data_dir() -> Path:
    return Path(platform_dirs().user_data_dir)


def default_database_url() -> str:
    return f"sqlite:///{default_data_dir() / 'civicdesk.sqlite3'}"


def load_settings(path: Path | None = None, *, db_override: str | None = None) -> Settings:
    """Read the settings file (or defaults) and apply ``CIVICDESK_DB`` and ``--db``.

    Precedence of the database URL: ``--db``, then ``CIVICDESK_DB``, then the file, then the
    embedded SQLite database in the user data directory.
    """
    config_path = path if path is not None else default_config_path()
    raw = _read_toml(config_path, required=path is not None)
    settings = _build(raw, config_path)
    url = db_override or os.environ.get(DB_ENV_VAR) or settings.database_url
    return replace(settings, database_url=url or default_database_url())


def _read_toml(path: Path, *, required: bool) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8-sig")  # Notepad may save a BOM
    except FileNotFoundError:
        if required:
            raise SettingsError(f"Settings file {path} does not exist.") from None
        return {}
    except UnicodeDecodeError as exc:
        raise SettingsError(f"Settings file {path} is not UTF-8 text ({exc.reason}).") from None
    except OSError as exc:
        raise SettingsError(f"Settings file {path} cannot be read: {exc.strerror}.") from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"Settings file {path} is not valid TOML: {_describe(exc)}.") from None
    except (RecursionError, ValueError):
        raise SettingsError(f"Settings file {path} is nested too deeply to be read.") from None


def _describe(exc: tomllib.TOMLDecodeError) -> str:
    # tomllib puts "(at line L, column C)" in its message; surface it plainly.
    message = str(exc)
    match = re.search(r"\(at line (\d+), column (\d+)\)", message)
    if match:
        reason = message[: match.start()].strip()
        return f"line {match.group(1)}, column {match.group(2)}: {reason}"
    return message


def _build(raw: dict[str, Any], path: Path) -> Settings:
    version = raw.get("version", SETTINGS_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version > SETTINGS_VERSION:
        raise SettingsError(f"Settings file {path} has unsupported version {version!r}.")
    sections = ("printer", "scanner", "idcard")
    top = {k: v for k, v in raw.items() if k not in (*sections, "version")}
    printer = _section(PrinterSettings, raw.get("printer", {}), path, "printer")
    scanner = _section(ScannerSettings, raw.get("scanner", {}), path, "scanner")
    idcard = _section(IdCardReaderSettings, raw.get("idcard", {}), path, "idcard")
    base = _section(Settings, top, path, None, skip={*sections, "source", "version"})
    _check_choices(base, printer, path)
    for name, baudrate in (
        ("printer", printer.baudrate),
        ("scanner", scanner.baudrate),
        ("idcard", idcard.baudrate),
    ):
        if baudrate <= 0:  # the serial port would refuse it when the station starts
            raise SettingsError(
                f"Settings file {path}: {name}.baudrate must be positive, not {baudrate!r}."
            )
    return replace(base, printer=printer, scanner=scanner, idcard=idcard, source=path)


_CHOICES: dict[str, tuple[object, ...]] = {
    "language": LANGUAGES,
    "printer.kind": PRINTER_KINDS,
    "printer.paper_width_mm": PAPER_WIDTHS,
}


def _check_choices(base: Settings, printer: PrinterSettings, path: Path) -> None:
    values = {
        "language": base.language,
        "printer.kind": printer.kind,
        "printer.paper_width_mm": printer.paper_width_mm,
    }
    for name, value in values.items():
        allowed = _CHOICES[name]
        if value not in allowed:
            shown = " or ".join(repr(a) for a in allowed)
            raise SettingsError(f"Settings file {path}: {name} must be {shown}, not {value!r}.")


def _section(
    cls: type[T], values: Any, path: Path, name: str | None, skip: set[str] | None = None
) -> T:
    where = f"[{name}]" if name else "the top level"
    if not isinstance(values, dict):
        raise SettingsError(f"Settings file {path}: {where} must be a table.")
    declared = fields(cls)  # type: ignore[arg-type]
    known = {f.name: f for f in declared if not skip or f.name not in skip}
    kwargs: dict[str, Any] = {}
    for key, value in values.items():
        if key not in known:
            raise SettingsError(f"Settings file {path}: unknown setting {key!r} in {where}.")
        expected = known[key].type
        if not _matches(value, expected):
            raise SettingsError(
                f"Settings file {path}: setting {key!r} in {where} must be {expected}, "
                f"not {value!r}."
            )
        kwargs[key] = value
    return cls(**kwargs)


def _matches(value: Any, expected: Any) -> bool:
    kinds = {"str": str, "int": int, "bool": bool}
    kind = kinds.get(str(expected))
    if kind is None:
        return True
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, kind)
