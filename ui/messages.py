"""Turns errors into one clear, translated sentence for a window; never a traceback."""

from __future__ import annotations

import logging

from services.errors import (
    CivicDeskError,
    DailyLimitReached,
    DatabaseUnavailable,
    PasswordReused,
    PasswordTooShort,
    RealNameRequired,
    TextRefused,
)
from ui.qt import QCoreApplication
from ui.text_messages import text_refused_message

log = logging.getLogger(__name__)


def user_message(error: BaseException) -> str:
    if isinstance(error, DatabaseUnavailable):
        return QCoreApplication.translate(
            "Messages", "The database cannot be reached. Your last action was not saved; try again."
        )
    if isinstance(error, TextRefused):
        return text_refused_message(error)
    if isinstance(error, PasswordTooShort):
        return QCoreApplication.translate(
            "Messages", "A password needs at least %1 characters."
        ).replace("%1", str(error.min_length))
    if isinstance(error, PasswordReused):
        return QCoreApplication.translate(
            "Messages", "The new password must differ from the one it replaces."
        )
    if isinstance(error, DailyLimitReached):
        return (
            QCoreApplication.translate(
                "Messages",
                "You have taken %1 tickets for this service today; one person may take %2 a day.",
            )
            .replace("%1", str(error.taken))
            .replace("%2", str(error.limit))
        )
    if isinstance(error, RealNameRequired):
        return QCoreApplication.translate(
            "Messages", "This service issues tickets by ID card only: please place your ID card."
        )
    if isinstance(error, CivicDeskError):
        return str(error)
    log.error("unexpected error", exc_info=error)
    return QCoreApplication.translate(
        "Messages",
        "Something went wrong. The problem was logged; please try again or call support.",
    )
