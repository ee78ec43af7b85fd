"""Is this command line a headless command or a station window?

Kept apart from the commands themselves so that starting a station does not import them
(the commands load Alembic, ReportLab and every report).
"""

from __future__ import annotations

from collections.abc import Sequence

COMMANDS = frozenset(
    {
        "db",
        "user",
        "service",
        "counter",
        "ticket",
        "queue",
        "day",
        "seed-demo",
        "devices",
        "printer",
        "print",
        "report",
        "case",
        "district",
        "setup-station",
        "idcard",
        "appointment",
        "petition",
        "ledger",
        "grid",
    }
)
_VALUE_OPTIONS = {"--db", "--config"}
_STATION_VALUE_OPTIONS = {"--counter", "--screenshot", "--size", "--lang", "--screen", "--tab"}
_COUNTER_ACTIONS = {"list", "open", "pause", "close"}
_DISTRICT_ACTIONS = {"code", "publish", "subscribe", "import", "center"}
# Words that name a station as well as a group of commands: the station without an action.
_STATION_AND_COMMANDS = {"counter": _COUNTER_ACTIONS, "district": _DISTRICT_ACTIONS}


def positional_words(argv: Sequence[str]) -> list[str]:
    """The arguments that are not options or option values."""
    words: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in _VALUE_OPTIONS or arg in _STATION_VALUE_OPTIONS:
            skip = True
        elif not arg.startswith("-"):
            words.append(arg)
    return words


def is_command(argv: Sequence[str]) -> bool:
    """Whether argv is a command rather than a station window.

    ``counter`` and ``district`` are both: ``counter list`` is a command, ``counter --counter
    3`` the station; ``district subscribe …`` a command, ``district`` the station.
    """
    words = positional_words(argv)
    if not words or words[0] not in COMMANDS:
        return False
    actions = _STATION_AND_COMMANDS.get(words[0])
    return actions is None or (len(words) > 1 and words[1] in actions)
