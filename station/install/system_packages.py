"""The Debian packages a station needs beside the Python wheels, and how to name them.

PySide6's wheels bring Qt itself but not the system libraries its xcb platform plugin and
QtGui load; a fresh Debian desktop lacks several of them, and Qt then aborts with a message
that names a plugin, not a package. The list below is the README's ``apt-get install`` line,
the Debian package's ``Depends:`` and the advice printed when the plugin cannot load.
"""

from __future__ import annotations

from collections.abc import Iterable

# Every library libqxcb.so (PySide6 6.8-6.11) needs directly, and those QtGui needs beside
# them, by soname: ``readelf -d`` on the plugin lists them; tests/station keeps this in step.
SONAME_PACKAGES: dict[str, str] = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}

# Chinese text on screen and in PDFs (the PDF font lookup prefers it on Debian).
CJK_FONT_PACKAGE = "fonts-wqy-microhei"

# Sound for the display's chime (QtMultimedia) and its voice (QtTextToSpeech's speechd
# plugin): wanted on the hall display, optional elsewhere; without them it stays silent.
SOUND_PACKAGES = ("libpulse0", "libspeechd2")


def station_packages() -> tuple[str, ...]:
    """The packages of the README's one ``apt-get install`` line, in a stable order."""
    return (*dict.fromkeys(SONAME_PACKAGES.values()), CJK_FONT_PACKAGE)


def apt_install_line(packages: Iterable[str] | None = None) -> str:
    chosen = station_packages() if packages is None else tuple(packages)
    return "sudo apt-get install " + " ".join(chosen)


def packages_for(sonames: Iterable[str]) -> tuple[list[str], list[str]]:
    """The Debian packages that provide ``sonames``, and the sonames no known package has."""
    packages: dict[str, None] = {}
    unknown: list[str] = []
    for soname in sonames:
        package = SONAME_PACKAGES.get(soname) or _SOUND_SONAMES.get(soname)
        if package is None:
            unknown.append(soname)
        else:
            packages[package] = None
    return list(packages), unknown


_SOUND_SONAMES = {"libpulse.so.0": "libpulse0", "libspeechd.so.2": "libspeechd2"}
