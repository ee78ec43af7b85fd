"""Loading and switching the interface language at run time.

Our strings come from ``resources/translations/civicdesk_<lang>.qm`` and Qt's own from its
``qtbase_<lang>.qm``. Switching installs the other pair; Qt then sends every widget a
``LanguageChange`` event and windows re-read their texts.
"""

from __future__ import annotations

from pathlib import Path

from ui.qt import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("zh_CN", "en")


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


_current: Translations | None = None


def translations(app: QCoreApplication | None = None) -> Translations:
    """The application's one Translations object."""
    global _current
    if _current is None:
        instance = app or QCoreApplication.instance()
        assert instance is not None
        _current = Translations(instance)
    return _current
