"""What every drill checks afterwards: each ticket's events form a legal path.

A ticket's ``queue_event`` rows, replayed in order, must move it along the queue rules only,
touched only by the counter that holds it (so it was never called or served by two counters
at once), and end in the status stored on the ticket.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.storage.models import QueueEvent

Events = list[tuple[str, int | None]]

# The legal moves: event kind -> (states it may come from, state it leads to, holder rule).
# "take": the event's counter now holds the ticket, and no other counter may hold it;
# "keep": only the holding counter may do this; "free": likewise, and the ticket is let go;
# "none": the ticket is not at a counter.
MOVES: dict[str, tuple[frozenset[str], str, str]] = {
    "issued": (frozenset({"new"}), "waiting", "free"),
    "called": (frozenset({"waiting", "held"}), "called", "take"),
    "recalled": (frozenset({"called"}), "called", "keep"),
    "started": (frozenset({"called"}), "serving", "keep"),
    "finished": (frozenset({"serving"}), "done", "free"),
    "no_show": (frozenset({"called"}), "no_show", "free"),
    "transferred": (frozenset({"serving"}), "waiting", "free"),
    "held": (frozenset({"waiting", "called"}), "held", "free"),
    "cancelled": (frozenset({"waiting", "held"}), "cancelled", "none"),
    "reinstated": (frozenset({"no_show"}), "waiting", "none"),
    "expired": (frozenset({"waiting", "called", "serving", "held"}), "expired", "free"),
}


def replay(events: Events) -> tuple[str, list[str]]:
    """The state a ticket's events lead to, and every rule they break."""
    state: str = "new"
    holder: int | None = None
    broken: list[str] = []
    for kind, counter_id in events:
        allowed, target, hold = MOVES[kind]
        if state not in allowed:
            broken.append(f"{kind} while {state}")
        if hold == "take":
            if holder is not None:
                broken.append(f"called by counter {counter_id} while counter {holder} had it")
            holder = counter_id
        elif hold in ("keep", "free") and holder not in (None, counter_id) and kind != "expired":
            broken.append(f"{kind} by counter {counter_id} while counter {holder} had it")
        if hold == "free":
            holder = None
        state = target
    return state, broken


def ticket_events(session: Session) -> dict[int, Events]:
    """Every ticket's events (kind and counter id), in the order they were written."""
    events: dict[int, Events] = defaultdict(list)
    for ticket_id, kind, counter_id in session.execute(
        select(QueueEvent.ticket_id, QueueEvent.kind, QueueEvent.counter_id)
        .where(QueueEvent.ticket_id.is_not(None))
        .order_by(QueueEvent.id)
    ):
        events[ticket_id].append((kind, counter_id))
    return events
