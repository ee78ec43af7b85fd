"""The bilingual sentences of the hall: the call line and its spoken form.

The hall shows and speaks every call in Chinese and in English whatever the interface
language, so these sentences are not looked up through the installed translator. Each is
an English source text (the English line itself) marked for ``pyside6-lupdate`` in the
``CallLine`` context; the Chinese line is that message's zh_CN translation, read from
``civicdesk_zh_CN.qm``. Until that file carries them, the built-in Chinese below is used.
"""

from __future__ import annotations

from pathlib import Path

from ui.qt import QTranslator

CONTEXT = "CallLine"
TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"


def QT_TRANSLATE_NOOP(_context: str, text: str) -> str:
    """Marks ``text`` for translation in ``context`` without translating it."""
    return text


#: %1 is a ticket code such as A023, %2 a counter number. zh_CN: 请 %1 号到 %2 号窗口
CALL_LINE = QT_TRANSLATE_NOOP("CallLine", "%1 to counter %2")
#: Spoken; %1 is the code spelt out (A 0 2 3), %2 a counter number. zh_CN: 请 %1 号到 %2 号窗口
CALL_SPEECH = QT_TRANSLATE_NOOP("CallLine", "Number %1, please go to counter %2")
#: Shown on the hall display before the first call of the day. zh_CN: 请取号等候叫号
NO_CALL_YET = QT_TRANSLATE_NOOP("CallLine", "Please take a ticket and wait for your number")

_BUILT_IN_CHINESE = {
    CALL_LINE: "请 %1 号到 %2 号窗口",
    CALL_SPEECH: "请 %1 号到 %2 号窗口",
    NO_CALL_YET: "请取号等候叫号",
}

_translator: QTranslator | None = None


def _chinese_translator() -> QTranslator:
    global _translator
    if _translator is None:
        _translator = QTranslator()
        _translator.load("civicdesk_zh_CN", str(TRANSLATIONS_DIR))
    return _translator


def chinese(source: str) -> str:
    """The zh_CN translation of a ``CallLine`` source text."""
    translated = _chinese_translator().translate(CONTEXT, source)
    return translated or _BUILT_IN_CHINESE.get(source, source)


def _fill(template: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        template = template.replace(f"%{number}", str(value))
    return template


def spell_code(code: str) -> str:
    """``A023`` -> ``A 0 2 3``: speech engines then read each character, not "twenty-three"."""
    return " ".join(code.strip())


def call_line(ticket_code: str, counter_number: int) -> tuple[str, str]:
    """The call as shown: (Chinese, English)."""
    return (
        _fill(chinese(CALL_LINE), ticket_code, counter_number),
        _fill(CALL_LINE, ticket_code, counter_number),
    )


def call_speech(ticket_code: str, counter_number: int) -> tuple[str, str]:
    """The call as spoken: (Chinese, English), the code spelt out character by character."""
    spelt = spell_code(ticket_code)
    return (
        _fill(chinese(CALL_SPEECH), spelt, counter_number),
        _fill(CALL_SPEECH, spelt, counter_number),
    )


def waiting_line() -> tuple[str, str]:
    """What the call panel shows before the first call: (Chinese, English)."""
    return chinese(NO_CALL_YET), NO_CALL_YET
