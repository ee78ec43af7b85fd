"""Import of the provincial online booking platform's export (UTF-8 CSV).

Columns, with this header line: ``service,date,time,id_number,name,phone,reference``
(service letter, ``YYYY-MM-DD``, slot start ``HH:MM``, ID number, name, phone, the
platform's booking reference). Each row is booked on its own: a bad row is reported with its
line number and the others are imported; a reference already imported is skipped, so
importing the same file twice adds nothing.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.appointments.booking import book_appointment
from services.appointments.models import Appointment
from services.core.actors import Actor
from services.core.errors import CivicDeskError, ValidationError

COLUMNS = ("service", "date", "time", "id_number", "name", "phone", "reference")


@dataclass
class ImportReport:
    imported: list[str] = field(default_factory=list)  # the new appointments' codes
    already: int = 0  # references imported before
    problems: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)


def _row_values(row: dict[str, str]) -> tuple[str, date, time, str, str, str, str]:
    try:
        day = date.fromisoformat(row["date"].strip())
    except ValueError:
        raise ValidationError(f"date {row['date']!r} is not YYYY-MM-DD") from None
    try:
        start = time.fromisoformat(row["time"].strip())
    except ValueError:
        raise ValidationError(f"time {row['time']!r} is not HH:MM") from None
    reference = row["reference"].strip()
    if not reference:
        raise ValidationError("the booking reference is empty")
    return (
        row["service"].strip(),
        day,
        start,
        row["id_number"].strip(),
        row["name"].strip(),
        row["phone"].strip(),
        reference,
    )


def import_appointments(
    session: Session, actor: Actor, text: str, *, now: datetime | None = None
) -> ImportReport:
    """Book every good row of the export in ``text``."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise ValidationError(
            f"The file lacks the column(s) {', '.join(missing)}; its first line must be "
            f"{','.join(COLUMNS)}."
        )
    report = ImportReport()
    for row in reader:
        line = reader.line_num
        if None in row or any(row.get(c) is None for c in COLUMNS):
            report.problems.append((line, f"expected {len(COLUMNS)} fields"))
            continue
        try:
            service, day, start, number, name, phone, reference = _row_values(row)
            known = session.scalars(
                select(Appointment.code).where(Appointment.reference == reference)
            ).first()
            session.rollback()  # end the read: each booking is its own transaction
            if known is not None:
                report.already += 1
                continue
            booked = book_appointment(
                session, actor, service, day, start, number,
                name=name, phone=phone, source="online", reference=reference, now=now,
            )  # fmt: skip
        except CivicDeskError as exc:
            session.rollback()
            report.problems.append((line, str(exc).rstrip(".")))
            continue
        report.imported.append(booked.code)
    return report
