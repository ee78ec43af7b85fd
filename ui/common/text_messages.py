"""Says a refused text (``services.core.errors.TextRefused``) in the user's language: which field,
and which rule of ``services.core.text_checks`` it broke."""

from __future__ import annotations

from services.core.errors import TextProblem, TextRefused
from ui.common.i18n import fill
from ui.qt import QCoreApplication


# lupdate finds only literal QCoreApplication.translate calls, hence no helper function.
def field_name(what: str) -> str:
    """The field a domain operation named, in the user's language (as given when unknown)."""
    names = {
        "user name": QCoreApplication.translate("TextMessages", "user name"),
        "full name": QCoreApplication.translate("TextMessages", "full name"),
        "name": QCoreApplication.translate("TextMessages", "name"),
        "Chinese name": QCoreApplication.translate("TextMessages", "Chinese name"),
        "English name": QCoreApplication.translate("TextMessages", "English name"),
        "Chinese description": QCoreApplication.translate("TextMessages", "Chinese description"),
        "English description": QCoreApplication.translate("TextMessages", "English description"),
        "Chinese center name": QCoreApplication.translate("TextMessages", "Chinese center name"),
        "English center name": QCoreApplication.translate("TextMessages", "English center name"),
        "material name": QCoreApplication.translate("TextMessages", "material name"),
        "address": QCoreApplication.translate("TextMessages", "address"),
        "community": QCoreApplication.translate("TextMessages", "community"),
        "grid": QCoreApplication.translate("TextMessages", "grid"),
        "phone number": QCoreApplication.translate("TextMessages", "phone number"),
        "description": QCoreApplication.translate("TextMessages", "description"),
        "comment": QCoreApplication.translate("TextMessages", "comment"),
        "note": QCoreApplication.translate("TextMessages", "note"),
        "follow-up note": QCoreApplication.translate("TextMessages", "follow-up note"),
        "completion note": QCoreApplication.translate("TextMessages", "completion note"),
        "reason for rejecting": QCoreApplication.translate("TextMessages", "reason for rejecting"),
        "reason for revealing an ID number": QCoreApplication.translate(
            "TextMessages", "reason for revealing an ID number"
        ),
        "statement of facts": QCoreApplication.translate("TextMessages", "statement of facts"),
        "claims": QCoreApplication.translate("TextMessages", "claims"),
    }
    return names.get(what, what)


def text_refused_message(error: TextRefused) -> str:
    if error.problem is TextProblem.NOT_TEXT:
        template = QCoreApplication.translate("TextMessages", "The %1 must be text.")
    elif error.problem is TextProblem.EMPTY:
        template = QCoreApplication.translate("TextMessages", "The %1 cannot be empty.")
    elif error.problem is TextProblem.TOO_LONG:
        template = QCoreApplication.translate(
            "TextMessages", "The %1 is at most %2 characters (%3 given)."
        )
    elif error.problem is TextProblem.LINE_BREAK:
        template = QCoreApplication.translate(
            "TextMessages", "The %1 cannot contain line breaks or tabs."
        )
    elif error.problem is TextProblem.SPACE:
        template = QCoreApplication.translate("TextMessages", "The %1 cannot contain spaces.")
    else:
        template = QCoreApplication.translate(
            "TextMessages",
            "The %1 contains an invisible or control character that is not allowed (%4).",
        )
    return fill(
        template, field_name(error.what), str(error.limit), str(error.length), error.code_point
    )
