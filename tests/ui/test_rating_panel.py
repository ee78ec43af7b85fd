"""好差评 on the resident-facing panel: five levels, a reason for 1–2, never by staff."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from services.casework.evaluations import BAD_RATING_REASONS, SCORE_LABELS
from services.storage.casework_models import Evaluation
from services.storage.db import Database, open_database
from tests.ui.test_counter_casework import TIMEOUT, clerk, issue, open_window, serve_ticket
from ui.counter.rating_panel import RatingPanel
from ui.counter.window import CounterWindow
from ui.qt import QPushButton, Qt


@pytest.fixture
def database(sqlite_url: str) -> Iterator[Database]:
    db = open_database(sqlite_url)
    yield db
    db.dispose()


def _finished_visit(qtbot: QtBot, database: Database) -> tuple[CounterWindow, RatingPanel]:
    issue(database, "A")
    window = open_window(qtbot, database, clerk(database, "alice"))
    serve_ticket(qtbot, window, "A001")
    window.finish()
    panel = window.rating_panel
    qtbot.waitUntil(lambda: panel.isVisible() and panel.ticket is not None, timeout=TIMEOUT)
    return window, panel


def _evaluations(database: Database) -> list[Evaluation]:
    with database.reader() as session:
        return list(session.scalars(select(Evaluation)))


def test_a_bad_rating_without_a_reason_is_refused(qtbot: QtBot, database: Database) -> None:
    window, panel = _finished_visit(qtbot, database)
    qtbot.mouseClick(panel.score_buttons[1], Qt.MouseButton.LeftButton)
    assert panel.reason_buttons["long_wait"].isVisible()  # a bad score asks why
    qtbot.mouseClick(panel.submit_button, Qt.MouseButton.LeftButton)
    assert panel.message.text() == "请先选择原因。"  # in the language of the ticket
    qtbot.wait(200)
    assert _evaluations(database) == []

    qtbot.mouseClick(panel.reason_buttons["long_wait"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_evaluations(database)) == 1, timeout=TIMEOUT)
    evaluation = _evaluations(database)[0]
    assert (evaluation.score, evaluation.reason) == (1, "long_wait")
    assert evaluation.follow_up_state == "open"  # a manager must follow it up
    qtbot.waitUntil(lambda: panel.ticket is None, timeout=TIMEOUT)
    window.close()


def test_the_panel_shows_five_levels_and_the_reasons(qtbot: QtBot, database: Database) -> None:
    window, panel = _finished_visit(qtbot, database)
    assert [panel.score_buttons[label.score].text() for label in SCORE_LABELS] == [
        "非常满意",
        "满意",
        "基本满意",
        "不满意",
        "非常不满意",
    ]  # the resident's language, chosen at the kiosk
    assert {code for code in panel.reason_buttons} == {r.code for r in BAD_RATING_REASONS}
    assert min(b.height() for b in panel.score_buttons.values()) >= 150  # very large buttons
    window.close()


def test_staff_cannot_enter_a_rating(qtbot: QtBot, database: Database) -> None:
    window, panel = _finished_visit(qtbot, database)
    # the staff window has no rating controls at all: the panel is a window of its own
    assert window.findChildren(RatingPanel) == []
    labels = {label.zh for label in SCORE_LABELS} | {label.en for label in SCORE_LABELS}
    assert not [b for b in window.findChildren(QPushButton) if b.text() in labels]
    assert panel.window() is panel
    assert panel.parent() is None
    window.close()


def test_a_rated_visit_is_not_offered_again(qtbot: QtBot, database: Database) -> None:
    window, panel = _finished_visit(qtbot, database)
    qtbot.mouseClick(panel.score_buttons[4], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_evaluations(database)) == 1, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: panel.ticket is None, timeout=TIMEOUT)
    panel.withdraw()
    panel.offer()
    qtbot.wait(300)
    assert panel.ticket is None
    assert not panel.isVisible()
    window.close()


def test_the_panel_speaks_the_resident_s_language_throughout(
    qtbot: QtBot, database: Database
) -> None:
    """A Chinese ticket at a counter whose clerk works in English: the resident reads every
    text of the panel in Chinese, the thanks included; then it greets in the counter's."""
    window, panel = _finished_visit(qtbot, database)
    assert panel.ticket is not None
    assert panel.ticket.language == "zh_CN"
    assert panel._title.text() == "请对我们的服务进行评价"
    assert panel.score_buttons[5].text() == "非常满意"
    assert panel.submit_button.text() == "提交"
    assert panel._visit.text().startswith("号码 A001")
    qtbot.mouseClick(panel.score_buttons[5], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel._idle.text() == "感谢您的评价！", timeout=TIMEOUT)
    panel.withdraw()
    assert panel._idle.text() == "Welcome"
    window.close()
