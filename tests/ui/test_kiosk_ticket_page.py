"""The kiosk's ticket page: a barcode a scanner reads off the screen, the green channel chosen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from services.core.center_config import load_center_config
from services.core.clock import service_day, utc_now
from services.queue.tickets import PriorityReason
from services.storage.db import Database, open_database
from tests.printing.tools import scan_barcodes
from tests.ui.kiosk_fixtures import make_kiosk, open_all_day
from ui.kiosk.window import KioskWindow


@pytest.fixture
def database(sqlite_url: str) -> Iterator[Database]:
    db = open_database(sqlite_url)
    yield db
    db.dispose()


def _issue(qtbot: QtBot, kiosk: KioskWindow, service: str, code: str) -> None:
    qtbot.addWidget(kiosk)
    kiosk.start()
    qtbot.waitUntil(lambda: kiosk._state is not None and bool(kiosk.home._buttons), timeout=5000)
    kiosk.issue(service, kiosk.home.priority)
    qtbot.waitUntil(lambda: kiosk.ticket_page.code_text == code, timeout=5000)


@pytest.mark.parametrize("size", [(1080, 1920), (1366, 768)])
def test_a_scanner_reads_the_ticket_barcode_off_the_screen(
    qtbot: QtBot, database: Database, tmp_path: Path, size: tuple[int, int]
) -> None:
    open_all_day(database)
    kiosk, _printer = make_kiosk(database, tmp_path)
    kiosk.resize(*size)
    kiosk.show()
    _issue(qtbot, kiosk, "B", "B001")
    qtbot.wait(100)
    shot = tmp_path / "ticket-page.png"
    assert kiosk.grab().save(str(shot))
    with database.reader() as session:
        day = service_day(utc_now(), load_center_config(session).timezone)
    assert scan_barcodes(shot) == [f"T-{day:%Y%m%d}-B001"]
    kiosk.close()


def test_the_pregnant_green_channel_is_shown_on_the_ticket(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    open_all_day(database)
    kiosk, _printer = make_kiosk(database, tmp_path)
    kiosk.home.green_button(PriorityReason.PREGNANT).click()
    assert kiosk.home.priority is PriorityReason.PREGNANT
    _issue(qtbot, kiosk, "A", "A001")
    assert kiosk.ticket_page.priority_text.endswith("Pregnant")
    assert kiosk.home.priority is None
    kiosk.close()


def test_a_green_channel_chosen_while_a_ticket_is_issued_is_kept(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    open_all_day(database)
    kiosk, _printer = make_kiosk(database, tmp_path)
    qtbot.addWidget(kiosk)
    kiosk.start()
    qtbot.waitUntil(lambda: kiosk._state is not None and bool(kiosk.home._buttons), timeout=5000)
    kiosk.home.green_button(PriorityReason.ELDERLY).click()
    kiosk.issue("A", kiosk.home.priority)
    kiosk.home.green_button(PriorityReason.PREGNANT).click()  # the next resident, meanwhile
    qtbot.waitUntil(lambda: kiosk.ticket_page.code_text == "A001", timeout=5000)
    assert kiosk.ticket_page.priority_text.endswith("Elderly 60+")
    assert kiosk.home.priority is PriorityReason.PREGNANT  # the tap was not lost
    kiosk.close()


@pytest.mark.parametrize(
    ("language", "one_ahead"),
    [("en", "1 person ahead of you"), ("zh_CN", "前面还有 1 人")],
)
def test_one_person_ahead_is_counted_in_the_singular(
    qtbot: QtBot,
    database: Database,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    language: str,
    one_ahead: str,
) -> None:
    if language == "zh_CN":
        request.getfixturevalue("chinese")
    open_all_day(database)
    kiosk, _printer = make_kiosk(database, tmp_path, language=language)
    _issue(qtbot, kiosk, "A", "A001")
    kiosk.issue("A", None)
    qtbot.waitUntil(lambda: kiosk.ticket_page.code_text == "A002", timeout=5000)
    text = kiosk.ticket_page.ahead_text
    assert text.startswith(one_ahead), text
    assert "people" not in text
    kiosk.close()
