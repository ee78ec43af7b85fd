"""ID cards at the counter: a reader in keyboard mode (a valid number fills the resident panel,
an invalid one is told apart from a garbled barcode with the exact reason), a real-name ticket
called, and a card placed on the counter's own reader."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from services.casework.residents import find_or_create_resident
from services.core.actors import kiosk_actor
from services.core.id_numbers import mask_id_number
from services.real_name.tickets import issue_real_name_ticket
from services.storage.db import open_database
from tests.devices.idcards import EXPIRED, LI
from tests.services.casework_helpers import id_number
from tests.ui.test_counter_casework import TIMEOUT, clerk, open_window
from ui.common.idcard_source import IdCardSource
from ui.counter.window import CounterWindow

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


def test_calling_a_real_name_ticket_or_placing_a_card_fills_the_resident_panel(
    qtbot: QtBot, sqlite_url: str
) -> None:
    database = open_database(sqlite_url)
    alice = clerk(database, "alice")
    with database.writer() as session:
        issue_real_name_ticket(session, kiosk_actor(), "A", VALID_ID, name="张秀英")
    window = CounterWindow(database, 1, alice, language="en", id_cards=IdCardSource(None))
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(
        lambda: window.view is not None and window.view.counter.state == "open", timeout=TIMEOUT
    )
    panel = window.request_page.resident_panel
    window.call_next()
    qtbot.waitUntil(lambda: panel.resident is not None, timeout=TIMEOUT)
    assert panel.name_edit.text() == "张秀英"
    assert panel.id_edit.text() == mask_id_number(VALID_ID)

    # Another resident's card, placed at any time, takes the panel over.
    assert window.id_cards is not None
    virtual = window.id_cards.virtual
    assert virtual is not None
    virtual.place(LI)
    qtbot.waitUntil(lambda: panel.id_edit.text() == LI.id_number, timeout=TIMEOUT)
    assert panel.name_edit.text() == "李明"
    assert panel.address_edit.text() == LI.address
    assert panel.resident is None  # not registered yet: registered with the request
    virtual.place(EXPIRED)
    qtbot.waitUntil(lambda: "expired on 2026-05-01" in window.message.text(), timeout=TIMEOUT)
    window.close()
    database.dispose()
