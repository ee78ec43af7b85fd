"""Every user-visible string in ui/ has a zh_CN translation, and the compiled files load."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from ui import translations_tool
from ui.common.i18n import TRANSLATIONS_DIR
from ui.qt import QCoreApplication, QTranslator


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_ui_string_has_a_chinese_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    translations_tool.update([fresh])  # what lupdate finds in the code today
    shipped = {
        (context, source): message.find("translation")
        for context, source, message in _messages(translations_tool.ts_path("zh_CN"))
    }
    missing = []
    for context, source, _message in _messages(fresh):
        translation = shipped.get((context, source))
        if (
            translation is None
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not (translation.text or "").strip()
            and not translation.findall("numerusform")
        ):
            missing.append(f"{context}: {source}")
    assert not missing, "untranslated strings:\n" + "\n".join(missing)


def test_compiled_translations_are_current_and_load(qapp: QCoreApplication, tmp_path: Path) -> None:
    for ts in TRANSLATIONS_DIR.glob("*.ts"):
        rebuilt = tmp_path / ts.with_suffix(".qm").name
        translations_tool.compile_ts(ts, rebuilt)
        shipped = ts.with_suffix(".qm")
        assert shipped.read_bytes() == rebuilt.read_bytes(), (
            f"{shipped.name} is stale: run python -m ui.translations_tool release"
        )
    translator = QTranslator()
    assert translator.load("civicdesk_zh_CN", str(TRANSLATIONS_DIR))
    assert translator.translate("HomePage", "Touch the service you need") == "请点击您要办理的业务"
