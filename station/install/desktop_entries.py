"""The desktop entries of the stations: menu items in the Debian package and the autostart
entry ``setup-station`` writes. One table, so both name and start a station alike."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StationEntry:
    station: str  # the word after ``civicdesk``; "" for the all-in-one launcher
    name_zh: str
    name_en: str
    comment_zh: str
    comment_en: str
    colour: str  # the icon's background
    glyph: str  # the icon's one character

    @property
    def file_stem(self) -> str:
        return f"civicdesk-{self.station or 'launcher'}"


STATION_ENTRIES = (
    StationEntry("", "政务服务一体机", "CivicDesk all-in-one", "所有窗口在一台电脑上",
                 "Every station on one PC", "#0b3d91", "政"),
    StationEntry("kiosk", "取号机", "CivicDesk kiosk", "居民取号", "Residents take a ticket",
                 "#1b7f3b", "号"),
    StationEntry("counter", "窗口工作台", "CivicDesk counter", "叫号、办理、登记",
                 "Call, serve and record", "#b35c00", "窗"),
    StationEntry("display", "大厅叫号屏", "CivicDesk hall display", "大厅叫号与等候人数",
                 "Calls and waiting counts in the hall", "#7a1fa2", "屏"),
    StationEntry("manager", "管理端", "CivicDesk manager", "统计、报表、调解跟进与管理",
                 "Statistics, reports, referrals and administration", "#37474f", "管"),
    StationEntry("district", "全区总览", "CivicDesk district overview", "各中心并列比较与排名",
                 "Every center of the district side by side", "#00695c", "区"),
)  # fmt: skip


def entry_for(station: str) -> StationEntry:
    for entry in STATION_ENTRIES:
        if entry.station == station:
            return entry
    raise KeyError(station)


def desktop_entry(
    entry: StationEntry,
    *,
    exec_line: str,
    program: str = "/usr/bin/civicdesk",
    extra: dict[str, str] | None = None,
) -> str:
    """A freedesktop.org desktop entry for ``entry`` that runs ``exec_line``."""
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Version=1.0",
        f"Name={entry.name_en}",
        f"Name[zh_CN]={entry.name_zh}",
        f"Comment={entry.comment_en}",
        f"Comment[zh_CN]={entry.comment_zh}",
        f"Icon={entry.file_stem}",
        f"TryExec={program}",
        f"Exec={exec_line}",
        "Terminal=false",
        "Categories=Office;",
        "StartupNotify=false",
    ]
    lines += [f"{key}={value}" for key, value in (extra or {}).items()]
    return "\n".join(lines) + "\n"


def icon_svg(entry: StationEntry) -> str:
    """A plain square icon: the station's colour and one Chinese character."""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">'
        f'<rect x="2" y="2" width="60" height="60" rx="12" fill="{entry.colour}"/>'
        '<text x="32" y="44" font-size="34" text-anchor="middle" fill="#ffffff" '
        'font-family="WenQuanYi Micro Hei, Noto Sans CJK SC, sans-serif">'
        f"{entry.glyph}</text></svg>\n"
    )


def menu_files() -> dict[str, str]:
    """The Debian package's menu entries and icons, by path below the package root."""
    files: dict[str, str] = {}
    for entry in STATION_ENTRIES:
        command = " ".join(filter(None, ["civicdesk", entry.station]))
        files[f"usr/share/applications/{entry.file_stem}.desktop"] = desktop_entry(
            entry, exec_line=command
        )
        files[f"usr/share/icons/hicolor/scalable/apps/{entry.file_stem}.svg"] = icon_svg(entry)
    return files
