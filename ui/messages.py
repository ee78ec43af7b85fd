"""Turns errors into one clear, translated sentence for a window; never a traceback."""

from __future__ import annotations

import logging

from services.errors import (
    CivicDeskError,
    DatabaseUnavailable,
    PasswordReused,
    PasswordTooShort,
    TextRefused,
)
from ui.errors.error_text import error_text
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
