"""The ticket slip as the kiosk spools it: the notice for a missed number with the center's
phone, a heading clear of the tear edge, and a reprint marked 补打 / REPRINT."""

from __future__ import annotations

from printing import decoder as d
from printing.copy_mark import mark_as_copy
from printing.profiles import PrinterProfile
from printing.thermal import render_ticket
from services.core.actors import SYSTEM
from services.core.center_config import load_center_config, set_center_settings
from services.queue import ops as queue_ops
from services.storage.db import Database
from station.documents import queue_ticket


def _slip_text(database: Database, language: str) -> tuple[str, bytes]:
    with database.writer() as session:
        ticket = queue_ops.issue_ticket(session, SYSTEM, "A", language=language)
        document = queue_ticket(ticket, load_center_config(session))
    data = render_ticket(document, PrinterProfile())
    return d.decoded_text(d.decode(data)), data


def test_the_slip_says_what_to_do_when_the_number_is_missed(database: Database) -> None:
    with database.writer() as session:
        set_center_settings(session, {"center_phone": "010-6555 1234"})
        session.commit()
    chinese, data = _slip_text(database, "zh_CN")
    english, _ = _slip_text(database, "en")
    assert "过号请到咨询台重新排队" in chinese.replace("\n", "")
    assert "010-6555 1234" in chinese.replace("\n", "")
    assert "Missed your number?" in english.replace("\n", " ")
    assert chinese.startswith("\n")  # a blank line before the heading: it clears the tear edge
    reprinted = d.decoded_text(d.decode(mark_as_copy(data)))
    assert reprinted.startswith("** 补打 REPRINT **\n")
