"""Qt dates on the center's calendar, never the PC's (a PC set to UTC is a day off at 01:00)."""

from __future__ import annotations

from datetime import date

from services.core.clock import center_today
from ui.qt import QDate


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def center_qdate(days: int = 0) -> QDate:
    """Today on the center's calendar (and the program's clock), moved by ``days``."""
    return to_qdate(center_today()).addDays(days)
