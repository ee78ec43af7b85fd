"""Fixtures for every window test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ui.common.i18n import translations
from ui.qt import QApplication


@pytest.fixture(autouse=True)
def _each_test_starts_in_english(qapp: QApplication) -> None:
    """A station started without ``--lang`` switches the one application to the settings'
    language (Chinese); every window test starts in English whatever ran before it, and a
    test that wants Chinese switches to it itself."""
    if translations(qapp).language != "en":
        translations(qapp).switch("en")


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    """The application in Chinese for one test, then back in English."""
    translations(qapp).switch("zh_CN")
    yield
    translations(qapp).switch("en")
