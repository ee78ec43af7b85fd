"""Staff names in the administration panel: a refused user name or full name is a clear
message in the panel's language, the form keeps what was typed, and nothing is created."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from services.storage.db import Database, open_database
from services.storage.models import Staff
from tests.ui.test_admin_panel import TIMEOUT, idle, open_panel
from ui.admin.panel import AdministrationPanel
from ui.admin.staff import StaffTab


@pytest.fixture
def database(sqlite_url: str) -> Iterator[Database]:
    db = open_database(sqlite_url)
    yield db
    db.dispose()


def usernames(database: Database) -> list[str]:
    with database.reader() as session:
        return sorted(session.scalars(select(Staff.username)))


def staff_tab(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> tuple[StaffTab, AdministrationPanel]:
    panel = open_panel(qtbot, database, tmp_path)
    tab = panel.show_tab("staff")
    assert isinstance(tab, StaffTab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=TIMEOUT)
    return tab, panel


@pytest.mark.parametrize(
    ("username", "full_name", "english"),
    [
        ("li na", "", "The user name cannot contain spaces."),
        ("li\u200bna", "", "The user name contains an invisible or control character"),
        ("u" * 65, "", "The user name is at most 64 characters (65 given)."),
        ("li.na", "李\x1b娜", "The full name contains an invisible or control character"),
        ("li.na", "娜" * 101, "The full name is at most 100 characters (101 given)."),
    ],
)
def test_refused_names_are_explained(
    qtbot: QtBot,
    database: Database,
    tmp_path: Path,
    username: str,
    full_name: str,
    english: str,
) -> None:
    tab, panel = staff_tab(qtbot, database, tmp_path)
    tab.username_edit.setMaxLength(1000)  # the widget's own limit is not the only guard
    tab.username_edit.setText(username)
    tab.full_name_edit.setText(full_name)
    tab.create_account()
    qtbot.waitUntil(lambda: english in panel.message.text(), timeout=TIMEOUT)
    assert tab.username_edit.text() == username  # kept for correction
    assert usernames(database) == ["admin"]


def test_messages_follow_the_language(
    qtbot: QtBot, database: Database, tmp_path: Path, chinese: None
) -> None:
    tab, panel = staff_tab(qtbot, database, tmp_path)
    tab.username_edit.setText("li na")
    tab.create_account()
    qtbot.waitUntil(
        lambda: panel.message.text() == "用户名不能包含空格。",
        timeout=TIMEOUT,
    )
    # a rename to a name with a line separator, on the selected seeded admin
    tab.select_username("admin")
    qtbot.waitUntil(lambda: tab.selected is not None, timeout=TIMEOUT)
    tab.rename_edit.setText("管理\u2028员")
    tab.rename_selected()
    qtbot.waitUntil(
        lambda: panel.message.text() == "姓名包含不允许的不可见字符或控制字符（U+2028）。",
        timeout=TIMEOUT,
    )
    idle(qtbot, panel)
    with database.reader() as session:
        assert (
            session.scalar(select(Staff.full_name).where(Staff.username == "admin"))
            != "管理\u2028员"
        )
