"""An ID-card reader in keyboard mode at the counter: a valid number fills the resident panel,
an invalid one is told apart from a garbled barcode with the exact reason."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from services.db import open_database
from services.id_numbers import mask_id_number
from services.residents import find_or_create_resident
from tests.services.casework_helpers import id_number
from tests.ui.test_counter_casework import TIMEOUT, clerk, open_window

VALID_ID = id_number("110105", "19491231", "002")


def test_a_typed_id_number_fills_the_resident_panel_and_a_bad_one_says_why(
    qtbot: QtBot, sqlite_url: str
) -> None:
    database = open_database(sqlite_url)
    alice = clerk(database, "alice")
    with database.writer() as session:
        find_or_create_resident(session, alice.actor(), VALID_ID, "李四", "", "", "", "")
    window = open_window(qtbot, database, alice)
    panel = window.request_page.resident_panel

    window.handle_scan(VALID_ID)
    qtbot.waitUntil(lambda: panel.resident is not None, timeout=TIMEOUT)
    assert window.tabs.currentWidget() is window.request_page
    assert panel.name_edit.text() == "李四"
    assert panel.id_edit.text() == mask_id_number(VALID_ID)

    wrong = VALID_ID[:17] + ("1" if VALID_ID[17] != "1" else "2")
    window.handle_scan(wrong)
    message = window.message.text()
    assert "ID number that is not valid" in message
    assert "bad check digit: expected" in message
    assert "scan" not in message.lower()  # not taken for a garbled barcode
    window.handle_scan("T-2026-GARBLED")
    assert "Could not use that scan" in window.message.text()
    window.close()
    database.dispose()
