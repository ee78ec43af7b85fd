"""Each running station holds its name in the ``station`` table with a heartbeat.

A print station's name keys its print queue, so two stations under one name would both
print the same tickets. A station takes its name at start; the name is refused while the
row shows a heartbeat younger than ``STALE_SECONDS`` with another holder's token. A station
that crashed gives its name up by going quiet; one that closes gives it up at once.
"""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError

from services.core.clock import utc_now
from services.core.errors import StationNameTaken
from services.storage.db import Database
from services.storage.models import StationLease

HEARTBEAT_SECONDS = 5.0
STALE_SECONDS = 20.0
_NAME_LIMIT = 40  # the printer's queue name adds "-printer" and must fit in 64


def default_station_name(kind: str) -> str:
    """The name of a station the settings give none: its kind and this computer's name."""
    host = socket.gethostname().split(".")[0] or "pc"
    return f"{kind}-{host}"[:_NAME_LIMIT]


@dataclass
class Lease:
    """A station's hold on its name; ``beat`` keeps it, ``release`` gives it up."""

    database: Database
    name: str
    token: str
    last_beat: datetime = field(default_factory=utc_now)
    lost: bool = False  # another station took the name over: this one never prints again

    def due(self, now: datetime | None = None) -> bool:
        at = now or utc_now()
        return self.lost or at - self.last_beat >= timedelta(seconds=HEARTBEAT_SECONDS)

    def beat(self, now: datetime | None = None) -> None:
        """Renew the heartbeat; ``StationNameTaken`` if another station took the name over
        (this one was silent too long): it must then stop printing."""
        at = now or utc_now()
        if self.lost:
            raise StationNameTaken(f"The station name {self.name} now belongs to another station.")
        with self.database.writer() as session:
            renewed = session.execute(
                update(StationLease)
                .where(StationLease.name == self.name, StationLease.token == self.token)
                .values(heartbeat_at=at)
                .returning(StationLease.name)
            ).scalar_one_or_none()
            session.commit()
        if renewed is None:
            self.lost = True
            raise StationNameTaken(
                f"The station name {self.name} was taken over by another station while this "
                "one was silent; this station stops printing."
            )
        self.last_beat = at

    def release(self) -> None:
        with self.database.writer() as session:
            session.execute(
                update(StationLease)
                .where(StationLease.name == self.name, StationLease.token == self.token)
                .values(heartbeat_at=None)
            )
            session.commit()


def take_station_name(
    database: Database, name: str, kind: str, *, now: datetime | None = None
) -> Lease:
    """Hold ``name`` for this process, or ``StationNameTaken`` if a live station has it."""
    at = now or utc_now()
    token = uuid.uuid4().hex
    host = socket.gethostname()[:255]
    try:
        with database.writer() as session:
            row = session.get(StationLease, name, with_for_update=True)
            if row is None:
                row = StationLease(name=name, started_at=at)
                session.add(row)
            elif row.heartbeat_at is not None and at - row.heartbeat_at < timedelta(
                seconds=STALE_SECONDS
            ):
                seen = (at - row.heartbeat_at).total_seconds()
                raise StationNameTaken(
                    f"Another station named {name} is running (on {row.host}, process "
                    f"{row.pid}, seen {seen:.0f} s ago): give this one its own station_name "
                    "in the settings, or close the other first."
                )
            row.kind, row.host, row.pid, row.token = kind, host, os.getpid(), token
            row.started_at, row.heartbeat_at = at, at
            session.commit()
    except IntegrityError:  # another station inserted the same new name at the same moment
        raise StationNameTaken(
            f"Another station named {name} started at the same moment."
        ) from None
    return Lease(database, name, token, at)
