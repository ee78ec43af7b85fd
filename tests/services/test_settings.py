"""The settings file: defaults, errors that name the file and the line, and URL precedence."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.core.settings import (
    DB_ENV_VAR,
    PrinterSettings,
    ScannerSettings,
    Settings,
    SettingsError,
    default_config_path,
    load_settings,
)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private user config and data directory, and no CIVICDESK_DB."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv(DB_ENV_VAR, raising=False)
    return tmp_path


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- defaults and the default location ----------------------------------------------------


def test_missing_default_file_gives_defaults(home: Path) -> None:
    assert default_config_path() == home / "config" / "CivicDesk" / "civicdesk.toml"
    assert not default_config_path().exists()

    loaded = load_settings()

    assert loaded.language == "zh_CN"
    assert loaded.printer == PrinterSettings()
    assert loaded.scanner == ScannerSettings()
    assert loaded.database_url == f"sqlite:///{home / 'data' / 'CivicDesk' / 'civicdesk.sqlite3'}"


def test_default_file_in_the_user_config_directory_is_read(home: Path) -> None:
    write(
        home / "config" / "CivicDesk" / "civicdesk.toml",
        'language = "en"\n[printer]\nkind = "serial"\nport = "/dev/ttyUSB0"\nbaudrate = 115200\n'
        'rtscts = true\npaper_width_mm = 58\n[scanner]\nport = "/dev/ttyUSB1"\n',
    )

    loaded = load_settings()

    assert loaded.language == "en"
    assert loaded.printer == PrinterSettings(
        kind="serial", port="/dev/ttyUSB0", baudrate=115200, rtscts=True, paper_width_mm=58
    )
    assert loaded.scanner.port == "/dev/ttyUSB1"
    assert loaded.scanner.baudrate == ScannerSettings().baudrate


def test_readme_example_file_loads(home: Path) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    example = readme.split("```toml\n", 1)[1].split("```", 1)[0]
    path = write(home / "readme.toml", example)

    loaded = load_settings(path)

    assert loaded.database_url == "postgresql://civicdesk@db-server/civicdesk"
    assert loaded.printer.kind == "serial"
    assert loaded.printer.baudrate == 115200
    assert loaded.printer.rtscts is True
    assert loaded.scanner.port == "/dev/ttyUSB1"


# --- errors -------------------------------------------------------------------------------


def test_explicit_config_that_does_not_exist_is_an_error(home: Path) -> None:
    missing = home / "nowhere" / "site.toml"
    with pytest.raises(SettingsError, match="does not exist") as raised:
        load_settings(missing)
    assert str(missing) in str(raised.value)


def test_corrupt_toml_names_the_file_and_the_line(home: Path) -> None:
    path = write(home / "bad.toml", 'language = "en"\n\n[printer]\nbaudrate = = 9600\n')
    with pytest.raises(SettingsError) as raised:
        load_settings(path)
    message = str(raised.value)
    assert str(path) in message
    assert "line 4" in message
    assert "\n" not in message


def test_corrupt_default_file_is_an_error_too(home: Path) -> None:
    path = write(default_config_path(), "[printer\n")
    with pytest.raises(SettingsError, match="line 1") as raised:
        load_settings()
    assert str(path) in str(raised.value)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ('[printer]\nbaudrate = "fast"\n', ["baudrate", "[printer]", "fast"]),
        ("[printer]\nbaudrate = true\n", ["baudrate", "[printer]"]),
        ("[printer]\nrtscts = 1\n", ["rtscts", "[printer]"]),
        ("language = 5\n", ["language"]),
        ("[scanner]\nbaudrate = 9600.0\n", ["baudrate", "[scanner]"]),
        ('database_url = ["a"]\n', ["database_url"]),
    ],
)
def test_wrong_type_names_the_setting(home: Path, text: str, names: list[str]) -> None:
    path = write(home / "typed.toml", text)
    with pytest.raises(SettingsError) as raised:
        load_settings(path)
    message = str(raised.value)
    assert str(path) in message
    for name in names:
        assert name in message


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('langauge = "en"\n', "langauge"),
        ("[printer]\nbaud = 9600\n", "baud"),
        ('[scanner]\nprefix = "]C0"\n', "prefix"),
        ("[display]\nfullscreen = true\n", "display"),
        ('source = "/etc/x"\n', "source"),
    ],
)
def test_unknown_setting_is_an_error(home: Path, text: str, key: str) -> None:
    path = write(home / "unknown.toml", text)
    with pytest.raises(SettingsError, match="unknown setting") as raised:
        load_settings(path)
    assert repr(key) in str(raised.value)


def test_section_that_is_not_a_table_is_an_error(home: Path) -> None:
    path = write(home / "flat.toml", 'printer = "serial"\n')
    with pytest.raises(SettingsError, match=r"\[printer\] must be a table"):
        load_settings(path)


def test_newer_settings_version_is_refused(home: Path) -> None:
    path = write(home / "future.toml", "version = 2\n")
    with pytest.raises(SettingsError, match="unsupported version"):
        load_settings(path)


def test_non_utf8_file_is_a_clear_error(home: Path) -> None:
    path = home / "gbk.toml"
    path.write_bytes('center_name = "区政务服务中心"\n'.encode("gbk"))
    with pytest.raises(SettingsError, match="UTF-8") as raised:
        load_settings(path)
    assert str(path) in str(raised.value)


def test_directory_given_as_config_is_a_clear_error(home: Path) -> None:
    with pytest.raises(SettingsError, match="cannot be read"):
        load_settings(home)


def test_deeply_nested_file_is_a_settings_error(home: Path) -> None:
    # A damaged or hostile file must still give one clear message, not a RecursionError.
    path = write(home / "deep.toml", "a = " + "[" * 5000 + "]" * 5000 + "\n")
    with pytest.raises(SettingsError) as raised:
        load_settings(path)
    assert str(path) in str(raised.value)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('[printer]\nkind = "laser"\n', "kind"),
        ("[printer]\npaper_width_mm = 100\n", "paper_width_mm"),
    ],
)
def test_value_outside_the_documented_choices_is_an_error(home: Path, text: str, name: str) -> None:
    # README: kind is virtual | serial | none; paper_width_mm is 58 or 80.
    path = write(home / "choice.toml", text)
    with pytest.raises(SettingsError) as raised:
        load_settings(path)
    assert name in str(raised.value)


# --- database URL precedence --------------------------------------------------------------


def test_database_url_precedence(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(home / "site.toml", 'database_url = "postgresql://file@server/civicdesk"\n')
    default = f"sqlite:///{home / 'data' / 'CivicDesk' / 'civicdesk.sqlite3'}"

    assert load_settings(write(home / "empty.toml", "")).database_url == default
    assert load_settings(path).database_url == "postgresql://file@server/civicdesk"

    monkeypatch.setenv(DB_ENV_VAR, "sqlite:////srv/env.sqlite3")
    assert load_settings(path).database_url == "sqlite:////srv/env.sqlite3"
    assert load_settings().database_url == "sqlite:////srv/env.sqlite3"

    assert (
        load_settings(path, db_override="sqlite:////srv/flag.sqlite3").database_url
        == "sqlite:////srv/flag.sqlite3"
    )

    monkeypatch.delenv(DB_ENV_VAR)
    assert (
        load_settings(path, db_override="sqlite:////srv/flag.sqlite3").database_url
        == "sqlite:////srv/flag.sqlite3"
    )
    assert load_settings(path).database_url == "postgresql://file@server/civicdesk"


def test_other_settings_survive_a_db_override(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(home / "site.toml", 'language = "en"\n[printer]\nkind = "none"\n')
    monkeypatch.setenv(DB_ENV_VAR, "sqlite:////srv/env.sqlite3")
    loaded = load_settings(path, db_override="sqlite:////srv/flag.sqlite3")
    assert (loaded.language, loaded.printer.kind) == ("en", "none")
    assert loaded.source == path


# --- fuzz ---------------------------------------------------------------------------------

_KEYS = [
    "database_url",
    "language",
    "center_name",
    "pdf_font",
    "version",
    "kind",
    "port",
    "baudrate",
    "rtscts",
    "xonxoff",
    "paper_width_mm",
    "native_barcode",
    "chinese",
    "x",
]
_VALUES = st.one_of(
    st.integers(-(2**70), 2**70).map(str),
    st.floats(allow_nan=False).map(repr),
    st.sampled_from(
        [
            "true",
            "false",
            "inf",
            "nan",
            "1979-05-27",
            "07:32:00",
            "[]",
            "{}",
            "[1, 2]",
            '{kind = "serial"}',
            "0x10",
            "1_000",
        ]
    ),
    st.text(max_size=12).map(lambda s: '"' + s.replace("\\", "").replace('"', "") + '"'),
    st.text(max_size=12),
)
_LINE = st.one_of(
    st.tuples(st.sampled_from(_KEYS), _VALUES).map(lambda kv: f"{kv[0]} = {kv[1]}"),
    st.sampled_from(["[printer]", "[scanner]", "[other]", "[printer.inner]", "[[printer]]", ""]),
    st.text(max_size=20),
)
_TOMLISH = st.lists(_LINE, max_size=12).map("\n".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=st.one_of(_TOMLISH, st.text(), st.binary()))
def test_any_file_gives_settings_or_settings_error(
    tmp_path_factory: pytest.TempPathFactory, content: str | bytes
) -> None:
    path = tmp_path_factory.getbasetemp() / "fuzz.toml"
    if isinstance(content, str):
        path.write_bytes(content.encode("utf-8"))
    else:
        path.write_bytes(content)
    try:
        loaded = load_settings(path, db_override="sqlite:////tmp/x.sqlite3")
    except SettingsError as exc:
        message = str(exc)
        loaded = None
    if loaded is None:
        assert str(path) in message
    else:
        assert isinstance(loaded, Settings)
        assert isinstance(loaded.printer.baudrate, int)
        assert not isinstance(loaded.printer.baudrate, bool)
        assert isinstance(loaded.language, str)
        assert isinstance(loaded.printer.rtscts, bool)
