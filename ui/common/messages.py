"""Turns errors into one clear, translated sentence for a window; never a traceback."""

from __future__ import annotations

import logging

from services.core.errors import (
    CivicDeskError,
    DailyLimitReached,
    DamagedDatabase,
    DatabaseUnavailable,
    PasswordReused,
    PasswordTooShort,
    RealNameRequired,
    TextRefused,
)
from services.privacy.errors import DataKeyError
from ui.common.i18n import fill
from ui.common.text_messages import text_refused_message
from ui.errors.error_text import error_text
from ui.qt import QCoreApplication

log = logging.getLogger(__name__)


def user_message(error: BaseException) -> str:
    if isinstance(error, DamagedDatabase):
        return fill(
            QCoreApplication.translate(
                "Messages",
                "The database file %1 is damaged. Your last action was not saved; the "
                "administrator restores a backup with: python main.py db restore BACKUP",
            ),
            error.path,
        )
    if isinstance(error, DatabaseUnavailable):
        return QCoreApplication.translate(
            "Messages", "The database cannot be reached. Your last action was not saved; try again."
        )
    if isinstance(error, DataKeyError):
        # The detail names the key file and the key ids, which the administrator needs.
        return fill(
            QCoreApplication.translate(
                "Messages",
                "The residents' data cannot be opened: the data key is missing or belongs to "
                "another database. Details: %1",
            ),
            str(error),
        )
    if isinstance(error, TextRefused):
        return text_refused_message(error)
    if isinstance(error, PasswordTooShort):
        return fill(
            QCoreApplication.translate("Messages", "A password needs at least %1 characters."),
            str(error.min_length),
        )
    if isinstance(error, PasswordReused):
        return QCoreApplication.translate(
            "Messages", "The new password must differ from the one it replaces."
        )
    if isinstance(error, DailyLimitReached):
        return fill(
            QCoreApplication.translate(
                "Messages",
                "You have taken %1 tickets for this service today; one person may take %2 a day.",
            ),
            str(error.taken),
            str(error.limit),
        )
    if isinstance(error, RealNameRequired):
        return QCoreApplication.translate(
            "Messages", "This service issues tickets by ID card only: please place your ID card."
        )
    rendered = error_text(error)  # a typed error, or a scan that is not ours
    if rendered is not None:
        return rendered
    if isinstance(error, CivicDeskError):
        return str(error)
    log.error("unexpected error", exc_info=error)
    return QCoreApplication.translate(
        "Messages",
        "Something went wrong. The problem was logged; please try again or call support.",
    )
