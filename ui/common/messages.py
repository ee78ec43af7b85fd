"""Turns errors into one clear, translated sentence for a window; never a traceback."""

from __future__ import annotations

import logging

from services.core.errors import (
    CivicDeskError,
    DamagedDatabase,
    DatabaseUnavailable,
    PasswordReused,
    PasswordTooShort,
    TextRefused,
)
from services.privacy.errors import DataKeyError
from ui.common.i18n import fill
from ui.common.text_messages import text_refused_message
from ui.qt import QCoreApplication

log = logging.getLogger(__name__)


def user_message(error: BaseException) -> str:
    if isinstance(error, DamagedDatabase):
        return QCoreApplication.translate(
            "Messages",
            "The database file %1 is damaged. Your last action was not saved; the administrator "
            "restores a backup with: python main.py db restore BACKUP",
        ).replace("%1", error.path)
    if isinstance(error, DatabaseUnavailable):
        return QCoreApplication.translate(
            "Messages", "The database cannot be reached. Your last action was not saved; try again."
        )
    if isinstance(error, DataKeyError):
        # The detail names the key file and the key ids, which the administrator needs.
        return QCoreApplication.translate(
            "Messages",
            "The residents' data cannot be opened: the data key is missing or belongs to "
            "another database. Details: %1",
        ).replace("%1", str(error))
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
    if isinstance(error, CivicDeskError):
        return str(error)
    log.error("unexpected error", exc_info=error)
    return QCoreApplication.translate(
        "Messages",
        "Something went wrong. The problem was logged; please try again or call support.",
    )
