"""Before Qt starts: can its xcb platform plugin load, and is there a display to open?

Qt aborts the whole process when no platform plugin can be initialised, with a message that
names the plugin ("xcb") and not the missing package. So a station looks first, without
importing Qt: it loads the plugin's shared object the way Qt would and, when that fails,
asks ``ldd`` for every library missing, then prints the ``apt-get install`` line that fixes
it, in Chinese and in English.
"""

from __future__ import annotations

import ctypes
import importlib.util
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from station.install.system_packages import apt_install_line, packages_for

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
_LOAD_ERROR = re.compile(r"error while loading shared libraries: ([^:]+):")
_DLOPEN_ERROR = re.compile(r"^([^:]+\.so[.\d]*):")


def xcb_plugin() -> Path | None:
    """PySide6's xcb platform plugin, found without importing PySide6."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        plugin = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.exists():
            return plugin
    return None


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """Whether Qt will pick its xcb plugin (and no other plugin could stand in for it)."""
    if not sys.platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0] == "xcb"
    # Without a choice, a Wayland session may use Qt's Wayland plugin instead.
    return not environ.get("WAYLAND_DISPLAY")


def missing_libraries(plugin: Path) -> list[str]:
    """The shared libraries ``plugin`` needs that cannot be loaded; empty when it loads."""
    try:
        ctypes.CDLL(str(plugin), mode=ctypes.RTLD_LOCAL)
    except OSError as exc:
        first = _DLOPEN_ERROR.match(str(exc))
        missing = [Path(first.group(1)).name] if first else []
    else:
        return []
    ldd = shutil.which("ldd")
    if ldd is not None:
        done = subprocess.run(
            [ldd, str(plugin)], capture_output=True, text=True, timeout=30, check=False
        )
        report = done.stdout + done.stderr
        missing += _NOT_FOUND.findall(report)
        missing += [Path(path).name for path in _LOAD_ERROR.findall(report)]
    # Another failure (a symbol an old system library lacks) is left for Qt to report.
    return list(dict.fromkeys(name for name in missing if name != plugin.name))


def platform_problem(environ: Mapping[str, str], plugin: Path | None = None) -> str | None:
    """Why a window cannot open here, with what to do, in Chinese then English; or None."""
    if not uses_xcb(environ):
        return None
    plugin = plugin or xcb_plugin()
    if plugin is None:
        return None  # not PySide6's wheel (a system Qt): let Qt speak for itself
    missing = missing_libraries(plugin)
    if missing:
        return _missing_message(missing)
    if not environ.get("DISPLAY"):
        return (
            "CivicDesk 无法打开窗口：没有图形显示（未设置 DISPLAY）。请在桌面会话中启动，"
            "或用 --screenshot 离屏截图。\n"
            "CivicDesk cannot open a window: there is no graphical display (DISPLAY is not "
            "set). Start it in a desktop session, or use --screenshot to render offscreen.\n"
        )
    return None


def _missing_message(sonames: list[str]) -> str:
    packages, unknown = packages_for(sonames)
    libraries = ", ".join(sonames)
    fix = apt_install_line(packages) if packages else apt_install_line()
    lines = [
        f"CivicDesk 无法打开窗口：Qt 的 xcb 平台插件缺少系统库 {libraries}。",
        f"请安装：{fix}",
        f"CivicDesk cannot open a window: Qt's xcb platform plugin lacks the system "
        f"libraries {libraries}.",
        f"Install them with: {fix}",
    ]
    if unknown:
        lines.append(
            f"未知的库 / Libraries of no known package: {', '.join(unknown)} (apt-file search NAME)"
        )
    lines.append(f"全部所需 / Everything a station needs: {apt_install_line()}")
    return "\n".join(lines) + "\n"
