"""A kiosk tile's title breaks where a reader expects: never a lone character or letter."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from services.catalog.reads import ServiceInfo
from ui.kiosk.pages import ServiceButton, ServiceTile
from ui.qt import QLabel, QTextLayout, QTextOption

INVISIBLE = str.maketrans({"\u00a0": " ", "\u2060": None})


def service(code: str, name_zh: str, name_en: str) -> ServiceInfo:
    return ServiceInfo(1, code, name_zh, name_en, "", "", 1, 10, False, True, ())


def title_lines(button: ServiceButton) -> list[str]:
    """The title's lines as the tile shows them, with the spaces a reader sees."""
    label = button.findChild(QLabel, "tileTitle")
    assert label is not None
    text = label.text()
    layout = QTextLayout(text, label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    lines: list[str] = []
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(label.width())
        assert line.naturalTextWidth() <= label.width() + 1, f"cut: {text!r}"
        lines.append(text[line.textStart() : line.textStart() + line.textLength()])
    layout.endLayout()
    return [line.translate(INVISIBLE).strip() for line in lines]


def tile(qtbot: QtBot, info: ServiceInfo, language: str, width: int) -> ServiceButton:
    button = ServiceButton()
    qtbot.addWidget(button)
    button.show_tile(ServiceTile(info, waiting=1, available=True), language)
    button.resize(width, 330)
    button.show()  # a hidden widget is told of its size only when shown
    return button


@pytest.mark.parametrize("width", [260, 296])  # 296: a tile of a 1280 px wide kiosk
def test_a_chinese_title_keeps_its_last_two_characters_together(qtbot: QtBot, width: int) -> None:
    button = tile(qtbot, service("F", "矛盾纠纷调解", "Dispute mediation"), "zh_CN", width)
    assert title_lines(button) == ["F  矛盾纠纷", "调解"]


def test_the_letter_stays_with_the_first_word(qtbot: QtBot) -> None:
    button = tile(qtbot, service("G", "咨询服务", "Consultation"), "en", 296)
    assert title_lines(button) == ["G Consultation"]  # a narrower gap rather than "G" alone
    wide = tile(qtbot, service("D", "住房保障", "Residence and housing"), "en", 296)
    assert title_lines(wide) == ["D  Residence", "and housing"]


def test_a_word_wider_than_the_tile_breaks_rather_than_being_cut(qtbot: QtBot) -> None:
    button = tile(qtbot, service("G", "咨询服务", "Consultation"), "en", 270)
    assert title_lines(button) == ["G", "Consultation"]
    assert button.accessibleName() == "G  Consultation"


def test_a_wide_tile_shows_the_title_on_one_line(qtbot: QtBot) -> None:
    button = tile(qtbot, service("F", "矛盾纠纷调解", "Dispute mediation"), "zh_CN", 500)
    assert title_lines(button) == ["F  矛盾纠纷调解"]
