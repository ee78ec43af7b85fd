"""Before Qt starts, a station names the Debian packages its xcb plugin lacks (issue 13.7)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from station.install.qt_platform import (
    _missing_message,
    missing_libraries,
    platform_problem,
    uses_xcb,
    xcb_plugin,
)
from station.install.system_packages import (
    SONAME_PACKAGES,
    SOUND_PACKAGES,
    apt_install_line,
    packages_for,
    station_packages,
)
from tests.strict import missing, require_tool

ROOT = Path(__file__).resolve().parents[2]
BASE_LIBRARIES = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "libz.so.1"}


@pytest.fixture(scope="module")
def plugin_lacking_a_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real shared object needing a library that is nowhere (built, then deleted)."""
    gcc = require_tool("gcc")
    folder = tmp_path_factory.mktemp("plugin")
    stub_dir = folder / "stub"
    stub_dir.mkdir()
    (folder / "stub.c").write_text("int civicdesk_test_stub(void) { return 4; }\n")
    (folder / "plugin.c").write_text(
        "int civicdesk_test_stub(void);\nint plugin_entry(void) { return civicdesk_test_stub(); }\n"
    )
    stub = stub_dir / "libxcb-civicdesk-test.so.4"
    subprocess.run(
        [
            gcc,
            "-shared",
            "-fPIC",
            "-Wl,-soname,libxcb-civicdesk-test.so.4",
            "-o",
            stub,
            folder / "stub.c",
        ],
        check=True,
    )
    plugin = folder / "libqxcb.so"
    subprocess.run(
        [gcc, "-shared", "-fPIC", "-o", plugin, folder / "plugin.c", stub, "-Wl,--no-as-needed"],
        check=True,
    )
    stub.unlink()  # now the loader cannot find it, exactly as on a fresh Debian desktop
    return plugin


def test_a_missing_library_is_found_and_named(plugin_lacking_a_library: Path) -> None:
    assert missing_libraries(plugin_lacking_a_library) == ["libxcb-civicdesk-test.so.4"]
    message = platform_problem(
        {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}, plugin_lacking_a_library
    )
    assert message is not None
    assert "libxcb-civicdesk-test.so.4" in message
    assert "Libraries of no known package" in message
    assert apt_install_line() in message  # the whole line a station needs


def test_known_libraries_are_named_by_their_package_chinese_first() -> None:
    message = _missing_message(["libxcb-icccm.so.4", "libxcb-keysyms.so.1"])
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1\n" in message
    assert "缺少系统库 libxcb-icccm.so.4, libxcb-keysyms.so.1" in message
    assert message.index("缺少") < message.index("lacks the system libraries")
    assert "no known package" not in message


def test_a_plugin_that_loads_is_no_problem_without_a_display_it_says_so(tmp_path: Path) -> None:
    plugin = xcb_plugin()
    if plugin is None:
        missing("PySide6's xcb plugin")
    assert plugin is not None
    if missing_libraries(plugin):
        missing("the libraries of the README's apt-get line")
    assert platform_problem({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}, plugin) is None
    message = platform_problem({"QT_QPA_PLATFORM": "xcb"}, plugin)
    assert message is not None
    assert "DISPLAY" in message


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, True),
        ({"QT_QPA_PLATFORM": "xcb"}, True),
        ({"QT_QPA_PLATFORM": "xcb:nomitshm"}, True),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False),
    ],
)
def test_only_the_xcb_platform_is_checked(environ: dict[str, str], expected: bool) -> None:
    assert uses_xcb(environ) is expected


def _station(env: dict[str, str], *prefix: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run(
        [*prefix, sys.executable, str(ROOT / "main.py"), "kiosk", "--db", "sqlite://"],
        cwd=ROOT,
        env={**clean, "PYTHONPATH": str(ROOT), **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_station_without_a_display_explains_instead_of_aborting() -> None:
    done = _station({"QT_QPA_PLATFORM": "xcb"})
    assert done.returncode == 1, done.stderr  # not killed by Qt's abort (-6)
    assert "could not connect to display" not in done.stderr
    assert "Aborted" not in done.stderr
    assert "DISPLAY" in done.stderr or "sudo apt-get install" in done.stderr


def test_a_station_lacking_an_xcb_library_names_the_package(tmp_path: Path) -> None:
    """libxcb-cursor.so.0 hidden in a private mount namespace: the station names its package."""
    unshare = require_tool("unshare")
    if os.geteuid() != 0:
        missing("root, to hide a library in a mount namespace")
    library = Path("/usr/lib/x86_64-linux-gnu/libxcb-cursor.so.0")
    if not library.exists():
        missing(str(library))
    empty = tmp_path / "empty.so"
    empty.write_bytes(b"")
    script = f'mount --bind "{empty}" "{library.resolve()}" && exec "$@"'
    hidden = (unshare, "-m", "sh", "-c", script, "sh")
    done = _station({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":99"}, *hidden)
    assert done.returncode == 1, done.stderr
    assert "libxcb-cursor.so.0" in done.stderr
    assert "sudo apt-get install libxcb-cursor0" in done.stderr


def test_the_readme_line_is_the_one_line_and_ci_installs_exactly_it() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- station-packages -->", 1)[1].split("```")[1].strip()
    assert block == apt_install_line()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "install_readme_line '<!-- station-packages -->'" in ci
    assert "install_readme_line '<!-- test-packages -->'" in ci
    assert not any(package in ci for package in station_packages()), (
        ".ci/run must install the README's line, not a list of its own"
    )


def test_the_tests_get_the_sound_libraries_the_hall_display_recommends() -> None:
    """Without them Qt's speech and sound modules do not load, and the announcer's tests
    of a real Qt voice and chime could not run."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- test-packages -->", 1)[1].split("```")[1].strip()
    assert block.startswith("sudo apt-get install ")
    assert set(SOUND_PACKAGES) <= set(block.split()[3:])


def test_every_library_the_xcb_plugin_needs_has_its_package() -> None:
    readelf = require_tool("readelf")
    plugin = xcb_plugin()
    if plugin is None:
        missing("PySide6's xcb plugin")
    dynamic = subprocess.run(
        [readelf, "-d", str(plugin)], capture_output=True, text=True, check=True
    ).stdout
    needed = {
        line.split("[", 1)[1].rstrip("]")
        for line in dynamic.splitlines()
        if "(NEEDED)" in line and "libQt6" not in line
    }
    unknown = needed - set(SONAME_PACKAGES) - BASE_LIBRARIES
    assert not unknown, f"add the packages of {sorted(unknown)} to SONAME_PACKAGES"
    packages, unmapped = packages_for(sorted(needed - BASE_LIBRARIES))
    assert not unmapped
    assert set(packages) <= set(station_packages())
