"""Typed errors carry an id and parameters, and every one has zh_CN and en text."""

from __future__ import annotations

import importlib
import pkgutil
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

import services
import ui
from devices.scan_payload import InvalidScan, parse_payload
from services.core.actors import Actor, Permission, Role
from services.core.errors import CivicDeskError, InvalidTransition, ValidationError
from ui import translations_tool
from ui.common.i18n import translations
from ui.common.messages import user_message
from ui.errors.error_text import ERROR_TEXTS, WORDS
from ui.qt import QCoreApplication

ROOT = Path(__file__).resolve().parents[2]


def _all_error_classes() -> list[type[CivicDeskError]]:
    for package in (services, ui):
        for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if "migrations" not in module.name and "translations_tool" not in module.name:
                importlib.import_module(module.name)

    def walk(cls: type[CivicDeskError]) -> Iterator[type[CivicDeskError]]:
        yield cls
        for sub in cls.__subclasses__():
            yield from walk(sub)

    return list(walk(CivicDeskError))


def _chinese() -> dict[tuple[str, str], str]:
    root = ET.parse(translations_tool.ts_path("zh_CN")).getroot()
    found = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                found[(context.findtext("name") or "", message.findtext("source") or "")] = (
                    translation.text
                )
    return found


def test_every_typed_error_class_has_english_and_chinese_text() -> None:
    classes = _all_error_classes()
    assert len(classes) > 20
    chinese = _chinese()
    missing = [
        f"{cls.__module__}.{cls.__name__} ({cls.code})"
        for cls in classes
        if cls.code not in ERROR_TEXTS or ("Errors", ERROR_TEXTS[cls.code]) not in chinese
    ]
    assert not missing, "typed errors without zh_CN and en text:\n" + "\n".join(missing)


def test_every_particular_case_raised_has_its_text() -> None:
    chinese = _chinese()
    keys = set()
    for folder in ("services", "devices", "ui"):
        for path in (ROOT / folder).rglob("*.py"):
            keys |= set(re.findall(r'\bkey="(\w+)"', path.read_text(encoding="utf-8")))
    ids = {message_id.split(".", 1)[1] for message_id in ERROR_TEXTS if "." in message_id}
    assert keys <= ids, f"raised with a key no text knows: {keys - ids}"
    for source in ERROR_TEXTS.values():
        assert ("Errors", source) in chinese, source
    for word in WORDS.values():
        assert ("ErrorWords", word) in chinese, word


def test_errors_speak_chinese_with_state_names_translated(chinese: None) -> None:
    refused = InvalidTransition(
        "Cannot hold C001: it is no_show.",
        key="status",
        action="hold",
        code="C001",
        status="no_show",
    )
    assert user_message(refused) == "无法暂缓 C001：该号已过号。"
    with pytest.raises(CivicDeskError) as denied:
        Actor("admin", Role.ADMIN, 1).require(Permission.SERVE)
    assert user_message(denied.value) == "admin（系统管理员）无权为群众办理业务。"
    with pytest.raises(InvalidScan) as scan:
        parse_payload("hello")
    text = user_message(scan.value)
    assert text.startswith("'hello' 不是本系统的条码")
    assert "Not a CivicDesk code" not in text
    # A case not given its own text yet keeps its English detail next to the Chinese.
    assert user_message(ValidationError("The letter B is taken.")) == (
        "输入的内容有误。（The letter B is taken.）"
    )


def test_errors_speak_english_in_the_english_ui(qapp: QCoreApplication) -> None:
    translations(qapp).switch("en")
    refused = InvalidTransition("x", key="status", action="hold", code="C001", status="serving")
    assert user_message(refused) == "Cannot hold C001: it is being served."
    assert user_message(ValidationError("The letter B is taken.")) == "The letter B is taken."
