"""Renders a typed error (an id and parameters, ``services.core.errors``) in the UI's language.

Every error class has a text under its ``code``; a particular case raised with a ``key`` has
one under ``code.key``. A text names its parameters as ``{name}``; when a parameter is
missing the text of the class (or of its parent) is used instead, so a message never shows
a placeholder. Ticket states, roles and actions inside parameters are translated too.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ui.qt import QCoreApplication, QLocale

CONTEXT = "Errors"
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    del context
    return text


# message id -> English text (the source lupdate extracts; Chinese in the zh_CN .ts file).
ERROR_TEXTS: dict[str, str] = {
    "error": QT_TRANSLATE_NOOP("Errors", "The action could not be completed."),
    "not_found": QT_TRANSLATE_NOOP("Errors", "That record was not found."),
    "not_found.ticket": QT_TRANSLATE_NOOP("Errors", "There is no ticket {code} on {day}."),
    "not_found.counter": QT_TRANSLATE_NOOP("Errors", "There is no counter number {counter}."),
    "invalid_transition": QT_TRANSLATE_NOOP(
        "Errors", "That step is not possible in the ticket's or case's present state."
    ),
    "invalid_transition.status": QT_TRANSLATE_NOOP(
        "Errors", "Cannot {action} {code}: it is {status}."
    ),
    "invalid_transition.no_current": QT_TRANSLATE_NOOP(
        "Errors", "Counter {counter} has no ticket called or in service."
    ),
    "invalid_transition.counter_not_open": QT_TRANSLATE_NOOP(
        "Errors", "Counter {counter} is {state}; open it first."
    ),
    "invalid_transition.already_open": QT_TRANSLATE_NOOP(
        "Errors", "Counter {counter} is already open."
    ),
    "invalid_transition.already_closed": QT_TRANSLATE_NOOP(
        "Errors", "Counter {counter} is already closed."
    ),
    "invalid_transition.same_service": QT_TRANSLATE_NOOP(
        "Errors", "{code} is already in service {service}."
    ),
    "permission_denied": QT_TRANSLATE_NOOP("Errors", "Your account is not allowed to do this."),
    "permission_denied.role": QT_TRANSLATE_NOOP(
        "Errors", "{who} ({role}) is not allowed to {action}."
    ),
    "permission_denied.counter_taken": QT_TRANSLATE_NOOP(
        "Errors", "Counter {counter} is signed in by another staff member."
    ),
    "queue_empty": QT_TRANSLATE_NOOP("Errors", "Nobody is waiting."),
    "queue_empty.counter": QT_TRANSLATE_NOOP("Errors", "Nobody is waiting for counter {counter}."),
    "counter_busy": QT_TRANSLATE_NOOP(
        "Errors", "The counter still has a ticket called or in service; finish it first."
    ),
    "counter_busy.ticket": QT_TRANSLATE_NOOP(
        "Errors", "Counter {counter} still has {code} ({status}); finish it first."
    ),
    "already_taken": QT_TRANSLATE_NOOP("Errors", "Another counter called that ticket first."),
    "already_taken.counter": QT_TRANSLATE_NOOP(
        "Errors", "{code} was already called by counter {counter}."
    ),
    "already_rated": QT_TRANSLATE_NOOP("Errors", "This visit has already been rated."),
    "already_rated.ticket": QT_TRANSLATE_NOOP("Errors", "{code} was already rated."),
    "invalid_transition.request_ticket": QT_TRANSLATE_NOOP(
        "Errors", "Cannot record a request for {code}: it is {status}; call and serve it first."
    ),
    "invalid_input.ticket_other_day": QT_TRANSLATE_NOOP(
        "Errors", "Ticket {code} is from {day}, not today."
    ),
    "invalid_input.mobile": QT_TRANSLATE_NOOP(
        "Errors", "{phone} is not a mobile number: 1[3-9] and 9 digits."
    ),
    "invalid_input.phone": QT_TRANSLATE_NOOP(
        "Errors",
        "{phone} is not a phone number: use a mobile number (11 digits) or a landline of "
        "digits and dashes such as 010-62345678.",
    ),
    "invalid_input.id_other_name": QT_TRANSLATE_NOOP(
        "Errors",
        "The ID number {id_number} is registered under another name. Check the number, or "
        "correct the name of the registered resident.",
    ),
    "service_closed": QT_TRANSLATE_NOOP("Errors", "This service is not available now."),
    "service_closed.service": QT_TRANSLATE_NOOP(
        "Errors", "The service {service} {name} is not offered now."
    ),
    "service_closed.hours": QT_TRANSLATE_NOOP(
        "Errors", "The center takes no tickets now: it is outside opening hours."
    ),
    "service_paused": QT_TRANSLATE_NOOP("Errors", "This service is paused by the center."),
    "service_paused.service": QT_TRANSLATE_NOOP(
        "Errors", "The service {service} {name} is paused by the center."
    ),
    "quota_reached": QT_TRANSLATE_NOOP("Errors", "Today's numbers for this service are all taken."),
    "quota_reached.service": QT_TRANSLATE_NOOP(
        "Errors", "Today's {quota} numbers for {service} {name} are all taken."
    ),
    "invalid_input": QT_TRANSLATE_NOOP("Errors", "Some of what was entered is not valid."),
    "text_refused": QT_TRANSLATE_NOOP("Errors", "The text is not accepted."),
    "password_too_short": QT_TRANSLATE_NOOP("Errors", "The password is too short."),
    "password_reused": QT_TRANSLATE_NOOP(
        "Errors", "The new password must differ from the one it replaces."
    ),
    "invalid_id_number": QT_TRANSLATE_NOOP("Errors", "The ID number is not valid."),
    "authentication_failed": QT_TRANSLATE_NOOP("Errors", "Wrong user name or password."),
    "authentication_failed.wrong": QT_TRANSLATE_NOOP(
        "Errors", "Unknown user name or wrong password."
    ),
    "authentication_failed.has_password": QT_TRANSLATE_NOOP(
        "Errors", "{user} already has a password; sign in to change it."
    ),
    "account_locked.until": QT_TRANSLATE_NOOP(
        "Errors",
        "The account {user} is locked after too many failed attempts; try again after {until} "
        "or ask an administrator.",
    ),
    "account_locked.minutes": QT_TRANSLATE_NOOP(
        "Errors", "Too many failed attempts: the account {user} is locked for {minutes} minutes."
    ),
    "not_found.account": QT_TRANSLATE_NOOP("Errors", "No account named {user}."),
    "invalid_input.username_taken": QT_TRANSLATE_NOOP(
        "Errors", "The user name {user} is already taken."
    ),
    "account_locked": QT_TRANSLATE_NOOP(
        "Errors", "The account is locked for a while after too many wrong passwords."
    ),
    "password_change_required": QT_TRANSLATE_NOOP("Errors", "Choose a password before signing in."),
    "temporary_password": QT_TRANSLATE_NOOP(
        "Errors", "Replace the temporary password before signing in."
    ),
    "database_unavailable": QT_TRANSLATE_NOOP(
        "Errors", "The database cannot be reached. Your last action was not saved; try again."
    ),
    "deadline_passed": QT_TRANSLATE_NOOP("Errors", "The time limit for this step has passed."),
    "invalid_transition.petition_final_review": QT_TRANSLATE_NOOP(
        "Errors",
        "{number} on the same matter was re-reviewed on {day}: the same matter on the same "
        "facts is not accepted again. Decline it, or state the new facts.",
    ),
    "deadline_passed.petition_handling_ended": QT_TRANSLATE_NOOP(
        "Errors",
        "The handling period of {number} ended on {day}: an extension is decided before it ends.",
    ),
    "deadline_passed.petition_review_window": QT_TRANSLATE_NOOP(
        "Errors", "A review of {number} had to be asked for by {day}."
    ),
    "invalid_transition.grid_in_use": QT_TRANSLATE_NOOP(
        "Errors",
        "The grid {name} is named by {count} ledger entries or monthly reports and is kept; "
        "rename it instead.",
    ),
    "invalid_transition.map_not_empty": QT_TRANSLATE_NOOP(
        "Errors", "{name} still holds communities or grids; remove them first."
    ),
    "invalid_input.map_name_taken": QT_TRANSLATE_NOOP(
        "Errors", "There is already a place named {name} there."
    ),
    "missing_file_items": QT_TRANSLATE_NOOP(
        "Errors", "The case file still lacks items it must have."
    ),
    "day_still_open": QT_TRANSLATE_NOOP(
        "Errors",
        "The center is open now: closing {day} would expire {count} open tickets. Close the "
        "day after opening hours, or confirm it in the manager station.",
    ),
    "file_error": QT_TRANSLATE_NOOP("Errors", "The file could not be written."),
    "file_error.write": QT_TRANSLATE_NOOP("Errors", "Could not write {path}: {reason}."),
    "invalid_scan": QT_TRANSLATE_NOOP("Errors", "That scan is not one of our codes."),
    "invalid_scan.empty": QT_TRANSLATE_NOOP("Errors", "The scan was empty."),
    "invalid_scan.noise": QT_TRANSLATE_NOOP("Errors", "The scanner sent noise."),
    "invalid_scan.not_ours": QT_TRANSLATE_NOOP(
        "Errors",
        "{scanned} is not a CivicDesk code: expected a ticket (T-YYYYMMDD-A023), a service "
        "request (R-YYYY-NNNNNN) or a mediation case (M-YYYY-NNNNNN).",
    ),
    "invalid_scan.impossible_day": QT_TRANSLATE_NOOP(
        "Errors", "Ticket {code} names an impossible day {day}."
    ),
    "invalid_scan.impossible_year": QT_TRANSLATE_NOOP(
        "Errors", "{code} names an impossible year {year}."
    ),
    "real_name_required": QT_TRANSLATE_NOOP(
        "Errors", "This service issues tickets by ID card only: please place your ID card."
    ),
    "daily_limit_reached": QT_TRANSLATE_NOOP(
        "Errors", "One person may take only a few tickets for this service a day."
    ),
    "slot_unavailable": QT_TRANSLATE_NOOP(
        "Errors", "That appointment time cannot be booked: choose another slot."
    ),
    "slot_unavailable.closed_day": QT_TRANSLATE_NOOP(
        "Errors", "The center is closed on {day}: choose a working day."
    ),
    "slot_unavailable.not_a_slot": QT_TRANSLATE_NOOP(
        "Errors",
        "{time} is not an appointment slot: the opening hours {hours} are cut into "
        "{minutes}-minute slots.",
    ),
    "slot_unavailable.past": QT_TRANSLATE_NOOP(
        "Errors", "The slot {day} {time} has begun or passed: choose a later one."
    ),
    "slot_unavailable.no_appointments": QT_TRANSLATE_NOOP(
        "Errors", "The service {service} {name} takes no appointments."
    ),
    "slot_unavailable.full": QT_TRANSLATE_NOOP(
        "Errors",
        "The slot {day} {time} of {service} is full ({capacity} appointments): choose "
        "another slot.",
    ),
    "invalid_input.booked_twice": QT_TRANSLATE_NOOP(
        "Errors",
        "This resident already has appointment {code} for {service} on {day}; cancel it "
        "first to book another time.",
    ),
    "invalid_input.name_needed": QT_TRANSLATE_NOOP(
        "Errors", "The ID number {id_number} is not registered yet: enter the resident's name."
    ),
    "not_found.appointment": QT_TRANSLATE_NOOP("Errors", "There is no appointment {code}."),
    "invalid_transition.appointment": QT_TRANSLATE_NOOP(
        "Errors", "Appointment {code} is {status}."
    ),
    "check_in_too_early": QT_TRANSLATE_NOOP(
        "Errors", "It is too early to check in for this appointment."
    ),
    "damaged_database": QT_TRANSLATE_NOOP(
        "Errors", "The database file is damaged; the administrator restores a backup."
    ),
    "no_database": QT_TRANSLATE_NOOP(
        "Errors", "There is no database here yet: the administrator creates it (db upgrade)."
    ),
    "foreign_database": QT_TRANSLATE_NOOP(
        "Errors", "This database belongs to another program; CivicDesk leaves it untouched."
    ),
    "station_name_taken": QT_TRANSLATE_NOOP(
        "Errors", "Another station that is still running uses this station's name."
    ),
    "schema_outdated": QT_TRANSLATE_NOOP(
        "Errors", "The database is older than this CivicDesk: back it up, then upgrade it."
    ),
    "data_key": QT_TRANSLATE_NOOP(
        "Errors", "The key that protects residents' ID and phone numbers cannot be used."
    ),
    "data_key_missing": QT_TRANSLATE_NOOP(
        "Errors", "The key that protects residents' ID and phone numbers is missing."
    ),
    "data_key_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "The data key here belongs to another database."
    ),
}

# Words that reach a message as parameters: ticket and counter states, roles, actions.
WORDS: dict[str, str] = {
    "waiting": QT_TRANSLATE_NOOP("ErrorWords", "waiting"),
    "called": QT_TRANSLATE_NOOP("ErrorWords", "called"),
    "serving": QT_TRANSLATE_NOOP("ErrorWords", "being served"),
    "done": QT_TRANSLATE_NOOP("ErrorWords", "finished"),
    "no_show": QT_TRANSLATE_NOOP("ErrorWords", "a no-show"),
    "held": QT_TRANSLATE_NOOP("ErrorWords", "on hold"),
    "cancelled": QT_TRANSLATE_NOOP("ErrorWords", "cancelled"),
    "expired": QT_TRANSLATE_NOOP("ErrorWords", "expired"),
    "transferred": QT_TRANSLATE_NOOP("ErrorWords", "transferred"),
    "booked": QT_TRANSLATE_NOOP("ErrorWords", "booked"),
    "checked_in": QT_TRANSLATE_NOOP("ErrorWords", "checked in"),
    "late": QT_TRANSLATE_NOOP("ErrorWords", "checked in late"),
    "open": QT_TRANSLATE_NOOP("ErrorWords", "open"),
    "paused": QT_TRANSLATE_NOOP("ErrorWords", "on a break"),
    "closed": QT_TRANSLATE_NOOP("ErrorWords", "closed"),
    "counter": QT_TRANSLATE_NOOP("ErrorWords", "counter staff"),
    "manager": QT_TRANSLATE_NOOP("ErrorWords", "manager"),
    "admin": QT_TRANSLATE_NOOP("ErrorWords", "administrator"),
    "mediator": QT_TRANSLATE_NOOP("ErrorWords", "mediator"),
    "kiosk": QT_TRANSLATE_NOOP("ErrorWords", "kiosk"),
    "system": QT_TRANSLATE_NOOP("ErrorWords", "system"),
    "rating_panel": QT_TRANSLATE_NOOP("ErrorWords", "rating panel"),
    "hold": QT_TRANSLATE_NOOP("ErrorWords", "hold"),
    "cancel": QT_TRANSLATE_NOOP("ErrorWords", "cancel"),
    "reinstate": QT_TRANSLATE_NOOP("ErrorWords", "reinstate"),
    "recall": QT_TRANSLATE_NOOP("ErrorWords", "recall"),
    "start serving": QT_TRANSLATE_NOOP("ErrorWords", "start serving"),
    "finish": QT_TRANSLATE_NOOP("ErrorWords", "finish"),
    "mark as no-show": QT_TRANSLATE_NOOP("ErrorWords", "mark as a no-show"),
    "transfer": QT_TRANSLATE_NOOP("ErrorWords", "transfer"),
    "issue_ticket": QT_TRANSLATE_NOOP("ErrorWords", "issue tickets"),
    "serve": QT_TRANSLATE_NOOP("ErrorWords", "serve residents"),
    "cancel_ticket": QT_TRANSLATE_NOOP("ErrorWords", "cancel tickets"),
    "close_day": QT_TRANSLATE_NOOP("ErrorWords", "close the day"),
    "read_statistics": QT_TRANSLATE_NOOP("ErrorWords", "read the statistics"),
    "administer": QT_TRANSLATE_NOOP("ErrorWords", "administer the center"),
    "manage_staff": QT_TRANSLATE_NOOP("ErrorWords", "manage staff accounts"),
    "seed_demo": QT_TRANSLATE_NOOP("ErrorWords", "add demonstration data"),
    "record_request": QT_TRANSLATE_NOOP("ErrorWords", "record service requests"),
    "read_casework": QT_TRANSLATE_NOOP("ErrorWords", "read service requests"),
    "reveal_id_number": QT_TRANSLATE_NOOP("ErrorWords", "reveal ID numbers"),
    "rate": QT_TRANSLATE_NOOP("ErrorWords", "rate a visit"),
    "follow_up_rating": QT_TRANSLATE_NOOP("ErrorWords", "follow up ratings"),
    "read_mediation": QT_TRANSLATE_NOOP("ErrorWords", "read mediation cases"),
    "refer_dispute": QT_TRANSLATE_NOOP("ErrorWords", "refer disputes"),
    "mediate": QT_TRANSLATE_NOOP("ErrorWords", "mediate"),
    "reveal_party_id": QT_TRANSLATE_NOOP("ErrorWords", "reveal the IDs of parties"),
    "manage_directory": QT_TRANSLATE_NOOP("ErrorWords", "manage the directory of bodies"),
    "pause_service": QT_TRANSLATE_NOOP("ErrorWords", "pause services"),
}


def is_english() -> bool:
    return QLocale().language() == QLocale.Language.English


def error_text(error: BaseException) -> str | None:
    """The error in the UI's language, or None for an error without an id (a bug)."""
    message_id = getattr(error, "message_id", None)
    params = getattr(error, "params", None)
    if not isinstance(message_id, str) or not isinstance(params, Mapping):
        return None
    values = _values(params)
    for candidate in _candidates(error, message_id):
        source = ERROR_TEXTS.get(candidate)
        if source is not None and set(_PLACEHOLDER.findall(source)) <= values.keys():
            text = QCoreApplication.translate(CONTEXT, source)
            text = _PLACEHOLDER.sub(lambda match: values[match.group(1)], text)
            # Raised with its parameters: the text says it all. Raised with an English
            # sentence only: the text of its kind, and that sentence.
            said = candidate == message_id and (bool(params) or "." in message_id)
            return text if said else _with_detail(text, str(error))
    return None


def _with_detail(general: str, detail: str) -> str:
    """A case not yet given its own text: the class's text, and the English detail (the
    person may need it, e.g. which letter clashes; nothing is lost while it is translated)."""
    if not detail or detail == general:
        return general
    if is_english():
        return detail
    return f"{general}（{detail}）"


def _candidates(error: BaseException, message_id: str) -> list[str]:
    """The particular case first, then the class's text, then its parents'."""
    ids = [message_id]
    for cls in type(error).__mro__:
        code = cls.__dict__.get("code")
        if isinstance(code, str) and code not in ids:
            ids.append(code)
    if "." in message_id:
        ids.append(message_id.split(".")[0])
    return ids


# Parameters that hold one of ``WORDS`` (a user name such as "admin" is shown as it is).
_WORD_PARAMS = frozenset({"status", "state", "role", "action"})


def _values(params: Mapping[str, object]) -> dict[str, str]:
    values = {
        key: _word(str(value)) if key in _WORD_PARAMS else str(value)
        for key, value in params.items()
    }
    if "name_zh" in params and "name_en" in params:
        values["name"] = str(params["name_en"] if is_english() else params["name_zh"])
    return values


def _word(value: str) -> str:
    source = WORDS.get(value)
    return QCoreApplication.translate("ErrorWords", source) if source else value
