"""Trim PySide6 in a staged /opt/civicdesk to the Qt a station loads.

The wheels carry all of Qt (WebEngine, Qt Quick, 3D, Designer: over 600 MB); the stations
use widgets, charts, SVG, sound and speech. Kept: those Python modules, the plugin kinds a
desktop session may load (platforms, themes, input methods for Chinese, images, sound,
speech), Qt's own zh_CN/en translations, and every Qt library the kept files need, found
with ``ldd`` (the wheels find their libraries through $ORIGIN, so the closure is exact).

Usage: python3 prune_qt.py /opt/civicdesk/lib (the staged copy)
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

MODULES = {
    "QtCore", "QtGui", "QtWidgets", "QtCharts", "QtSvg", "QtSvgWidgets", "QtMultimedia",
    "QtTextToSpeech", "QtNetwork", "QtOpenGL", "QtOpenGLWidgets", "QtDBus", "QtPrintSupport",
}  # fmt: skip
PLUGIN_KINDS = {
    "platforms", "platformthemes", "platforminputcontexts", "imageformats", "iconengines",
    "xcbglintegrations", "egldeviceintegrations", "wayland-shell-integration",
    "wayland-decoration-client", "wayland-graphics-integration-client", "multimedia",
    "texttospeech", "tls", "networkinformation", "generic", "printsupport",
}  # fmt: skip
QT_DIRS_DROPPED = ("qml", "resources", "libexec", "metatypes")
TOOLS_DROPPED = (
    "assistant", "balsam", "balsamui", "designer", "linguist", "lrelease", "lupdate",
    "qmlformat", "qmllint", "qmlls", "qsb", "svgtoqml", "doc", "include", "glue",
    "typesystems", "scripts", "QtAsyncio",
)  # fmt: skip
_RESOLVED = re.compile(r"=>\s+(/\S+)")


def prune(lib: Path) -> int:
    pyside = lib / "PySide6"
    qt = pyside / "Qt"
    before = _size(lib)
    for path in pyside.glob("Qt*.*"):
        if path.is_file() and path.name.split(".")[0] not in MODULES:
            path.unlink()
    for name in TOOLS_DROPPED:
        _remove(pyside / name)
    for name in QT_DIRS_DROPPED:
        _remove(qt / name)
    for kind in (qt / "plugins").iterdir():
        if kind.name not in PLUGIN_KINDS:
            _remove(kind)
    for translation in (qt / "translations").glob("*"):
        if not re.match(r"qt(base)?_(zh_CN|en)\.qm$", translation.name):
            _remove(translation)
    needed = _needed_libraries([*pyside.glob("*.so*"), *(qt / "plugins").rglob("*.so"),
                                *(lib / "shiboken6").glob("*.so*")], qt / "lib")  # fmt: skip
    for library in (qt / "lib").iterdir():
        if library.resolve() not in needed:
            _remove(library)
    shutil.rmtree(lib / "bin", ignore_errors=True)  # console scripts for another prefix
    after = _size(lib)
    sys.stdout.write(f"PySide6 trimmed: {before // 2**20} MB -> {after // 2**20} MB\n")
    return 0


def _needed_libraries(roots: list[Path], qt_lib: Path) -> set[Path]:
    """The files in ``qt_lib`` that ``roots`` load, directly or through one another."""
    needed: set[Path] = set()
    pending = [root.resolve() for root in roots if root.is_file()]
    seen: set[Path] = set()
    while pending:
        current = pending.pop()
        if current in seen:
            continue
        seen.add(current)
        report = subprocess.run(["ldd", str(current)], capture_output=True, text=True).stdout
        for match in _RESOLVED.finditer(report):
            path = Path(match.group(1)).resolve()
            if path.parent == qt_lib.resolve() and path not in needed:
                needed.add(path)
                pending.append(path)
    return needed


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    elif path.exists() or path.is_symlink():
        path.unlink()


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


if __name__ == "__main__":
    sys.exit(prune(Path(sys.argv[1])))
