"""A card read to a printed real-name ticket, and an appointment's check-in, on the virtual
devices of the all-in-one station (virtual ID-card reader, virtual printer, SQLite).

Ours: the card laid on the virtual reader -> its checks -> ``issue_real_name_ticket`` (the
resident found, the daily limit counted) -> the ticket's ESC/POS bytes -> the virtual
printer; and ``check_in`` by the ID number -> printed the same way. Baseline: an anonymous
ticket issued and printed the same way. Targets: each well under a second end to end, and
within 3x the anonymous ticket.

Run: python benchmarks/bench_idcard.py [--quick]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import Databases, Report, Row, median, ms, percentile
from devices.idcard.card_text import IdCardRecord
from devices.idcard.virtual import VirtualIdCardReader
from devices.virtual_printer import VirtualPrinter
from printing.profiles import PrinterProfile
from printing.thermal import render_ticket
from services.admin.catalog import list_service_records, update_service
from services.appointments.booking import book_appointment
from services.appointments.check_in import check_in
from services.core.actors import SYSTEM, kiosk_actor
from services.core.center_config import load_center_config, set_center_settings
from services.queue import ops as queue_ops
from services.queue.tickets import TicketInfo
from services.real_name.tickets import issue_real_name_ticket
from services.storage.db import Database, open_database
from standards.gb11643 import checksum_char
from station.documents import queue_ticket

KIOSK = kiosk_actor("bench-kiosk")
PROFILE = PrinterProfile(80)
TARGET_SECONDS = 1.0
TARGET_RATIO = 3.0


def resident(n: int) -> IdCardRecord:
    first17 = f"11010519800101{n:03d}"
    return IdCardRecord(
        id_number=first17 + checksum_char(first17),
        name=f"居民{n}",
        sex="男",
        nation="汉",
        birth_date=date(1980, 1, 1),
        address="北京市朝阳区",
        issuer="北京市公安局朝阳分局",
        valid_from=date(2020, 1, 1),
        valid_to=None,
    )


def _print(database: Database, printer: VirtualPrinter, ticket: TicketInfo) -> None:
    with database.reader() as session:
        config = load_center_config(session)
    printer.send(render_ticket(queue_ticket(ticket, config), PROFILE))


def _prepare(url: str) -> Database:
    database = open_database(url)
    with database.writer() as session:
        set_center_settings(
            session,
            {
                "opening_hours": "00:00-24:00",
                "open_on_non_working_days": True,
                "appointment_slot_minutes": 5,
                "real_name_daily_limit": 20,
            },
        )
        session.commit()
        record = next(r for r in list_service_records(session, SYSTEM) if r.code == "A")
        fields = replace(record.fields(), appointment_capacity=100)
        update_service(session, SYSTEM, record.id, fields)
    return database


def run(runs: int, report: Report) -> None:
    databases = Databases(None)
    out = Path(tempfile.mkdtemp(prefix="civicdesk-bench-idcard-"))
    try:
        database = _prepare(databases.new_url("sqlite"))
        printer = VirtualPrinter(out, name="bench-kiosk")
        anonymous: list[float] = []
        card: list[float] = []
        arrival: list[float] = []

        def took_card(record: IdCardRecord) -> None:
            with database.writer() as session:
                ticket = issue_real_name_ticket(
                    session, KIOSK, "A", record.id_number, name=record.name
                ).ticket
            _print(database, printer, ticket)

        reader = VirtualIdCardReader(took_card)
        reader.start()
        for n in range(runs):
            started = time.perf_counter()
            with database.writer() as session:
                ticket = queue_ops.issue_ticket(session, KIOSK, "A")
            _print(database, printer, ticket)
            anonymous.append(time.perf_counter() - started)
            started = time.perf_counter()
            reader.place(resident(n % 200 + 1))
            card.append(time.perf_counter() - started)
            reader.lift()
        now = datetime.now(UTC)
        slot = now.replace(second=0, microsecond=0) + timedelta(minutes=5 - now.minute % 5)
        local = slot.astimezone(load_config_zone(database))
        for n in range(runs):
            record = resident(300 + n % 600)
            with database.writer() as session:
                book_appointment(
                    session, SYSTEM, "A", local.date(), local.time(), record.id_number,
                    name=record.name,
                )  # fmt: skip
            started = time.perf_counter()
            with database.writer() as session:
                checked = check_in(session, KIOSK, id_number=record.id_number)
            _print(database, printer, checked.ticket)
            arrival.append(time.perf_counter() - started)
        database.dispose()
    finally:
        databases.close()
    base = median(anonymous)
    for case, times in (
        ("ID card on the virtual reader -> printed real-name ticket", card),
        ("appointment check-in by ID number -> printed ticket", arrival),
    ):
        ours = median(times)
        worst = percentile(times, 0.99)
        report.add(
            Row(
                "7 ID cards",
                f"{case} (SQLite, median; p99 {ms(worst)})",
                ms(ours),
                f"{ms(base)} anonymous ticket printed",
                ours / base,
                f"< {TARGET_SECONDS:g} s, <= {TARGET_RATIO:g}x",
                worst < TARGET_SECONDS and ours / base <= TARGET_RATIO,
            )
        )


def load_config_zone(database: Database):  # type: ignore[no-untyped-def]
    with database.reader() as session:
        return load_center_config(session).timezone


def main(quick: bool, report: Report) -> None:
    run(20 if quick else 200, report)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    main(parser.parse_args().quick, Report())
