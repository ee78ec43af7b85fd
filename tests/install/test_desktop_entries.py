"""The package's menu entries and icons: one per station, named in Chinese and English."""

from __future__ import annotations

import configparser
import xml.etree.ElementTree as ET

from station.install.desktop_entries import STATION_ENTRIES, menu_files
from ui.common.station_args import STATIONS


def test_every_station_has_a_menu_entry_and_an_icon() -> None:
    files = menu_files()
    assert len(files) == 2 * len(STATIONS)
    for entry in STATION_ENTRIES:
        parser = configparser.ConfigParser(interpolation=None)
        parser.optionxform = str  # type: ignore[assignment,method-assign]
        parser.read_string(files[f"usr/share/applications/{entry.file_stem}.desktop"])
        desktop = parser["Desktop Entry"]
        assert desktop["Name[zh_CN]"] == entry.name_zh
        assert desktop["Name"].startswith("CivicDesk")
        assert desktop["Exec"].split()[1:] == ([entry.station] if entry.station else [])
        assert desktop["Icon"] == entry.file_stem
        svg = ET.fromstring(files[f"usr/share/icons/hicolor/scalable/apps/{entry.file_stem}.svg"])
        assert svg.tag.endswith("svg")
        assert entry.glyph in "".join(svg.itertext())
    assert {entry.station or "launcher" for entry in STATION_ENTRIES} == set(STATIONS)
