"""Loading and switching the interface language at run time.

Our strings come from ``resources/translations/civicdesk_<lang>.qm`` and Qt's own from its
``qtbase_<lang>.qm``. Switching installs the other pair; Qt then sends every widget a
``LanguageChange`` event and windows re-read their texts.
"""

from __future__ import annotations

import re
from pathlib import Path

from services.core.settings import LANGUAGES
from ui.qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"

_PLACE = re.compile(r"%(\d)")


def fill(text: str, *values: object) -> str:
    """``text`` (a translated string) with ``%1``, ``%2``, … replaced by ``values``.

    One pass, so a value that itself contains ``%2`` (a resident's note, a file name) is
    never filled again; a place without a value stays as it is.
    """

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACE.sub(value, text)


class Translations:
    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "zh_CN"

    def switch(self, language: str) -> None:
        if language not in LANGUAGES:
            language = "zh_CN"
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        QLocale.setDefault(QLocale(language))
        for directory, name in (
            (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language}"),
            (str(TRANSLATIONS_DIR), f"civicdesk_{language}"),
        ):
            translator = QTranslator(self._app)
            if translator.load(name, directory):
                self._app.installTranslator(translator)
                self._installed.append(translator)
        self.language = language


_by_language: dict[str, QTranslator] = {}


def translate_in(language: str, context: str, text: str) -> str:
    """``text`` of ``context`` in ``language``, whichever language the application shows:
    for a screen that speaks to one resident in the language they chose."""
    if language not in LANGUAGES:
        language = "zh_CN"
    translator = _by_language.get(language)
    if translator is None:
        translator = QTranslator()
        translator.load(f"civicdesk_{language}", str(TRANSLATIONS_DIR))
        _by_language[language] = translator
    return translator.translate(context, text) or text


_current: Translations | None = None


def translations(app: QCoreApplication | None = None) -> Translations:
    """The application's one Translations object."""
    global _current
    if _current is None:
        instance = app or QCoreApplication.instance()
        assert instance is not None
        _current = Translations(instance)
    return _current
