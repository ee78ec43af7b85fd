"""The audit log reads in words: every action and target the services can write has a phrase
in Chinese and English, an unknown code is shown as it is, and the filter by a group in words
still finds its rows."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from services.core.actors import Actor, Role
from services.core.clock import utc_now
from services.core.journal import record_audit
from services.storage.db import Database, open_database
from tests.audit_action_scan import audit_actions, audit_targets, timeline_actions
from tests.ui.test_admin_panel import TIMEOUT, open_panel
from ui.admin.audit import AuditTab
from ui.admin.audit_words import (
    action_text,
    details_text,
    group_phrases,
    key_phrases,
    target_text,
)
from ui.common.i18n import translations

CHINESE = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def language(qapp: object) -> Iterator[object]:
    """Switch the application's language in a test, and back afterwards."""
    shown = translations().language
    yield translations().switch
    translations().switch(shown)


@pytest.fixture
def database(sqlite_url: str) -> Iterator[Database]:
    db = open_database(sqlite_url)
    yield db
    db.dispose()


def test_the_scan_finds_the_actions_it_should() -> None:
    actions = audit_actions()
    # a literal, a wrapper's literal, a queue kind from a constant, an f-string's caller
    assert {"staff.password_reset", "service.create", "queue.issued", "calendar.seeded"} <= actions
    assert {"receiving_body.add", "request.accepted", "grid.street_renamed"} <= actions
    assert "mediation.accepted" in timeline_actions()


@pytest.mark.parametrize("shown", ["zh_CN", "en"])
def test_every_action_and_target_has_words(language, shown: str) -> None:  # type: ignore[no-untyped-def]
    language(shown)
    wordless = sorted(
        a for a in audit_actions() | timeline_actions() if not _in_words(action_text(a), shown)
    )
    assert not wordless, f"audit actions without a phrase in {shown}: {wordless}"
    wordless = sorted(t for t in audit_targets() if not _in_words(target_text(t, None), shown))
    assert not wordless, f"audit targets without a phrase in {shown}: {wordless}"
    for words in (*group_phrases().values(), *key_phrases().values()):
        assert _in_words(words, shown), words


def _in_words(text: str, shown: str) -> bool:
    """Chinese text in Chinese; in English, words rather than a code."""
    if shown == "zh_CN":
        return bool(CHINESE.search(text))
    return "." not in text and "_" not in text and not CHINESE.search(text)


def test_unknown_codes_and_details(language) -> None:  # type: ignore[no-untyped-def]
    language("zh_CN")
    assert action_text("queue.issued") == "取号"
    assert action_text("robot.launched") == "robot.launched"
    assert action_text("mediation.no_such_state") == "mediation.no_such_state"
    assert target_text("ticket", "A001") == "号票 A001"
    assert target_text("spaceship", "7") == "spaceship 7"
    text = details_text({"priority": None, "before": {"note": "a"}, "after": {"note": "b"}})
    assert text == "备注：a → b；优先：—"
    language("en")
    assert action_text("queue.issued") == "Ticket issued"
    assert target_text("counter", "3") == "Counter 3"
    assert details_text({"on_time": True, "odd_key": [1]}) == "on time: yes; odd_key: [1]"


def test_the_tab_speaks_chinese_and_filters_by_group(  # type: ignore[no-untyped-def]
    qtbot: QtBot, database: Database, tmp_path: Path, language
) -> None:
    language("zh_CN")
    with database.writer() as session:
        admin = Actor("chen.admin", Role.ADMIN)
        record_audit(
            session, admin, "staff.password_reset", at=utc_now(), target_type="staff",
            target_id=7, details={"temporary": True},
        )  # fmt: skip
        record_audit(
            session, admin, "robot.launched", at=utc_now(), target_type="spaceship", target_id=1,
            details={"priority": None},
        )  # fmt: skip
        session.commit()
    panel = open_panel(qtbot, database, tmp_path)
    tab = panel.show_tab("audit")
    assert isinstance(tab, AuditTab)
    qtbot.waitUntil(lambda: tab.loaded and not panel.busy, timeout=TIMEOUT)
    shown = {tab.model.data(tab.model.index(r, 3)): r for r in range(tab.model.rowCount())}
    assert "重置密码" in shown
    assert "robot.launched" in shown
    row = shown["robot.launched"]
    assert tab.model.data(tab.model.index(row, 4)) == "spaceship 1"
    assert tab.model.data(tab.model.index(row, 5)) == "优先：—"
    staff_row = shown["重置密码"]
    assert tab.model.data(tab.model.index(staff_row, 4)) == "工作人员 7"
    tooltip = tab.model.tooltip(tab.model.rows[staff_row], 3)
    assert tooltip is not None
    assert "staff.password_reset" in tooltip  # the code stays at hand
    tab.view.selectRow(staff_row)
    assert '"temporary": true' in tab.details.toPlainText()
    # the group in words filters by its code
    index = tab.action_combo.findData("staff.")
    assert tab.action_combo.itemText(index) == "工作人员 (staff.)"
    tab.action_combo.setCurrentIndex(index)
    tab.search()
    qtbot.waitUntil(lambda: tab.offset == 0 and not panel.busy, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: {e.action for e in tab.model.rows} == {"staff.password_reset"})
    # an action of the log in words, and a code typed by hand
    index = tab.action_combo.findData("robot.launched")
    assert tab.action_combo.itemText(index) == "robot.launched"
    tab.action_combo.setCurrentText("robot.")
    tab.search()
    qtbot.waitUntil(lambda: [e.action for e in tab.model.rows] == ["robot.launched"])
