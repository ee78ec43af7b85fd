"""The audit log in words: an action, what it concerns and its details in the language shown.

The log keeps codes (``queue.issued``, ``ticket``); this module names them. A code with no
phrase here (an old database, a newer version) is shown as it is. A case's state change
(``mediation.accepted``) is named by its family and the state's own label.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from services.admin.audit_log import AuditEntry, describe_details
from services.ledger import states as ledger_states
from services.mediation import states as mediation_states
from services.petitions import states as petition_states
from ui.common.i18n import translations
from ui.qt import QCoreApplication


def action_phrases() -> dict[str, str]:
    return {
        "appointment.booked": QCoreApplication.translate("AuditWords", "Appointment booked"),
        "appointment.cancelled": QCoreApplication.translate("AuditWords", "Appointment cancelled"),
        "appointment.checked_in": QCoreApplication.translate(
            "AuditWords", "Appointment checked in"
        ),
        "calendar.calendar_day_cleared": QCoreApplication.translate(
            "AuditWords", "Calendar day reset"
        ),
        "calendar.calendar_day_set": QCoreApplication.translate("AuditWords", "Calendar day set"),
        "calendar.seeded": QCoreApplication.translate("AuditWords", "Holidays loaded"),
        "center.settings_update": QCoreApplication.translate(
            "AuditWords", "Center settings changed"
        ),
        "counter.create": QCoreApplication.translate("AuditWords", "Counter added"),
        "counter.remove": QCoreApplication.translate("AuditWords", "Counter removed"),
        "counter.update": QCoreApplication.translate("AuditWords", "Counter changed"),
        "demo.seed": QCoreApplication.translate("AuditWords", "Demo data loaded"),
        "demo.stage_hall": QCoreApplication.translate("AuditWords", "Demo hall staged"),
        "display.notice_set": QCoreApplication.translate("AuditWords", "Display notice set"),
        "evaluation.follow_up_closed": QCoreApplication.translate(
            "AuditWords", "Rating follow-up closed"
        ),
        "evaluation.follow_up_opened": QCoreApplication.translate(
            "AuditWords", "Rating follow-up opened"
        ),
        "evaluation.rated": QCoreApplication.translate("AuditWords", "Visit rated"),
        "grid.added": QCoreApplication.translate("AuditWords", "Grid added"),
        "grid.members_changed": QCoreApplication.translate("AuditWords", "Grid members changed"),
        "grid.street_renamed": QCoreApplication.translate("AuditWords", "Street renamed"),
        "grid.community_renamed": QCoreApplication.translate("AuditWords", "Community renamed"),
        "grid.grid_renamed": QCoreApplication.translate("AuditWords", "Grid renamed"),
        "grid.street_removed": QCoreApplication.translate("AuditWords", "Street removed"),
        "grid.community_removed": QCoreApplication.translate("AuditWords", "Community removed"),
        "grid.grid_removed": QCoreApplication.translate("AuditWords", "Grid removed"),
        "ledger.zero_report": QCoreApplication.translate("AuditWords", "Nothing-to-report round"),
        "ledger.follow_up": QCoreApplication.translate("AuditWords", "Dispute followed up"),
        "mediation.reveal_id": QCoreApplication.translate("AuditWords", "Party ID number shown"),
        "mediation.reveal_phones": QCoreApplication.translate(
            "AuditWords", "Party phone numbers shown"
        ),
        "petition.reveal_identity": QCoreApplication.translate(
            "AuditWords", "Petitioner identity shown"
        ),
        "print.reprint": QCoreApplication.translate("AuditWords", "Reprinted"),
        "queue.called": QCoreApplication.translate("AuditWords", "Ticket called"),
        "queue.cancelled": QCoreApplication.translate("AuditWords", "Ticket cancelled"),
        "queue.counter_closed": QCoreApplication.translate("AuditWords", "Counter closed"),
        "queue.counter_opened": QCoreApplication.translate("AuditWords", "Counter opened"),
        "queue.counter_paused": QCoreApplication.translate("AuditWords", "Counter paused"),
        "queue.day_closed": QCoreApplication.translate("AuditWords", "Day closed"),
        "queue.finished": QCoreApplication.translate("AuditWords", "Service finished"),
        "queue.held": QCoreApplication.translate("AuditWords", "Ticket held"),
        "queue.issued": QCoreApplication.translate("AuditWords", "Ticket issued"),
        "queue.no_show": QCoreApplication.translate("AuditWords", "Did not come"),
        "queue.recalled": QCoreApplication.translate("AuditWords", "Ticket called again"),
        "queue.reinstated": QCoreApplication.translate("AuditWords", "Ticket reinstated"),
        "queue.started": QCoreApplication.translate("AuditWords", "Service started"),
        "queue.transferred": QCoreApplication.translate("AuditWords", "Ticket transferred"),
        "receiving_body.activate": QCoreApplication.translate(
            "AuditWords", "Receiving body enabled"
        ),
        "receiving_body.add": QCoreApplication.translate("AuditWords", "Receiving body added"),
        "receiving_body.deactivate": QCoreApplication.translate(
            "AuditWords", "Receiving body disabled"
        ),
        "receiving_body.seed": QCoreApplication.translate("AuditWords", "Receiving body loaded"),
        "receiving_body.update": QCoreApplication.translate("AuditWords", "Receiving body changed"),
        "request.accepted": QCoreApplication.translate("AuditWords", "Request accepted"),
        "request.completed": QCoreApplication.translate("AuditWords", "Request completed"),
        "request.receipt_data": QCoreApplication.translate("AuditWords", "Receipt data read"),
        "request.receipt_refused": QCoreApplication.translate("AuditWords", "Receipt refused"),
        "request.referred": QCoreApplication.translate("AuditWords", "Request referred"),
        "request.rejected": QCoreApplication.translate("AuditWords", "Request rejected"),
        "request.started": QCoreApplication.translate("AuditWords", "Request started"),
        "resident.created": QCoreApplication.translate("AuditWords", "Resident registered"),
        "resident.id_number_revealed": QCoreApplication.translate(
            "AuditWords", "Resident ID number shown"
        ),
        "resident.reveal_refused": QCoreApplication.translate(
            "AuditWords", "Showing an ID number refused"
        ),
        "resident.updated": QCoreApplication.translate("AuditWords", "Resident changed"),
        "seed.initial": QCoreApplication.translate("AuditWords", "First setup"),
        "service.create": QCoreApplication.translate("AuditWords", "Service added"),
        "service.pause": QCoreApplication.translate("AuditWords", "Service paused"),
        "service.resume": QCoreApplication.translate("AuditWords", "Service resumed"),
        "service.update": QCoreApplication.translate("AuditWords", "Service changed"),
        "staff.add": QCoreApplication.translate("AuditWords", "Staff added"),
        "staff.change_password": QCoreApplication.translate("AuditWords", "Password changed"),
        "staff.change_password_unknown": QCoreApplication.translate(
            "AuditWords", "Password change by unknown user"
        ),
        "staff.disable": QCoreApplication.translate("AuditWords", "Staff disabled"),
        "staff.enable": QCoreApplication.translate("AuditWords", "Staff enabled"),
        "staff.first_password": QCoreApplication.translate("AuditWords", "First password chosen"),
        "staff.login": QCoreApplication.translate("AuditWords", "Signed in"),
        "staff.login_failed": QCoreApplication.translate("AuditWords", "Sign-in failed"),
        "staff.login_locked": QCoreApplication.translate("AuditWords", "Sign-in locked"),
        "staff.login_needs_password": QCoreApplication.translate(
            "AuditWords", "Sign-in needs a new password"
        ),
        "staff.login_temporary_password": QCoreApplication.translate(
            "AuditWords", "Signed in with a temporary password"
        ),
        "staff.login_unknown": QCoreApplication.translate("AuditWords", "Sign-in by unknown user"),
        "staff.password_reset": QCoreApplication.translate("AuditWords", "Password reset"),
        "staff.rename": QCoreApplication.translate("AuditWords", "Staff renamed"),
        "staff.role_change": QCoreApplication.translate("AuditWords", "Role changed"),
        "staff.temporary_password_replaced": QCoreApplication.translate(
            "AuditWords", "Temporary password replaced"
        ),
    }


def group_phrases() -> dict[str, str]:
    """The first part of an action, for the filter and a case's state change."""
    return {
        "appointment": QCoreApplication.translate("AuditWords", "Appointments"),
        "calendar": QCoreApplication.translate("AuditWords", "Calendar"),
        "center": QCoreApplication.translate("AuditWords", "Center settings"),
        "counter": QCoreApplication.translate("AuditWords", "Counters"),
        "demo": QCoreApplication.translate("AuditWords", "Demo data"),
        "display": QCoreApplication.translate("AuditWords", "Hall display"),
        "evaluation": QCoreApplication.translate("AuditWords", "Ratings"),
        "grid": QCoreApplication.translate("AuditWords", "Grid map"),
        "ledger": QCoreApplication.translate("AuditWords", "Dispute ledger"),
        "mediation": QCoreApplication.translate("AuditWords", "Mediation"),
        "petition": QCoreApplication.translate("AuditWords", "Petitions"),
        "print": QCoreApplication.translate("AuditWords", "Printing"),
        "queue": QCoreApplication.translate("AuditWords", "Queue"),
        "receiving_body": QCoreApplication.translate("AuditWords", "Receiving bodies"),
        "request": QCoreApplication.translate("AuditWords", "Service requests"),
        "resident": QCoreApplication.translate("AuditWords", "Residents"),
        "seed": QCoreApplication.translate("AuditWords", "Setup"),
        "service": QCoreApplication.translate("AuditWords", "Services"),
        "staff": QCoreApplication.translate("AuditWords", "Staff"),
    }


def target_phrases() -> dict[str, str]:
    return {
        "appointment": QCoreApplication.translate("AuditWords", "Appointment"),
        "booking_slip": QCoreApplication.translate("AuditWords", "Booking slip"),
        "calendar": QCoreApplication.translate("AuditWords", "Calendar"),
        "calendar_day": QCoreApplication.translate("AuditWords", "Calendar day"),
        "community": QCoreApplication.translate("AuditWords", "Community"),
        "counter": QCoreApplication.translate("AuditWords", "Counter"),
        "database": QCoreApplication.translate("AuditWords", "Database"),
        "day": QCoreApplication.translate("AuditWords", "Day"),
        "evaluation": QCoreApplication.translate("AuditWords", "Rating"),
        "grid": QCoreApplication.translate("AuditWords", "Grid"),
        "ledger_entry": QCoreApplication.translate("AuditWords", "Dispute"),
        "mediation_case": QCoreApplication.translate("AuditWords", "Mediation case"),
        "petition": QCoreApplication.translate("AuditWords", "Petition"),
        "receipt": QCoreApplication.translate("AuditWords", "Receipt"),
        "referral": QCoreApplication.translate("AuditWords", "Referral slip"),
        "receiving_body": QCoreApplication.translate("AuditWords", "Receiving body"),
        "resident": QCoreApplication.translate("AuditWords", "Resident"),
        "service": QCoreApplication.translate("AuditWords", "Service"),
        "service_request": QCoreApplication.translate("AuditWords", "Service request"),
        "setting": QCoreApplication.translate("AuditWords", "Setting"),
        "staff": QCoreApplication.translate("AuditWords", "Staff"),
        "street": QCoreApplication.translate("AuditWords", "Street"),
        "ticket": QCoreApplication.translate("AuditWords", "Ticket"),
    }


def key_phrases() -> dict[str, str]:
    """The detail keys worth a word; any other key is shown as it is."""
    return {
        "active": QCoreApplication.translate("AuditWords", "active"),
        "code": QCoreApplication.translate("AuditWords", "code"),
        "channel": QCoreApplication.translate("AuditWords", "channel"),
        "counters": QCoreApplication.translate("AuditWords", "counters"),
        "counter_number": QCoreApplication.translate("AuditWords", "counter number"),
        "days": QCoreApplication.translate("AuditWords", "days"),
        "previous": QCoreApplication.translate("AuditWords", "previous state"),
        "seed": QCoreApplication.translate("AuditWords", "seed"),
        "services": QCoreApplication.translate("AuditWords", "services"),
        "temporary": QCoreApplication.translate("AuditWords", "temporary"),
        "tickets": QCoreApplication.translate("AuditWords", "tickets"),
        "counter": QCoreApplication.translate("AuditWords", "counter"),
        "day": QCoreApplication.translate("AuditWords", "day"),
        "kind": QCoreApplication.translate("AuditWords", "kind"),
        "name": QCoreApplication.translate("AuditWords", "name"),
        "name_en": QCoreApplication.translate("AuditWords", "English name"),
        "name_zh": QCoreApplication.translate("AuditWords", "Chinese name"),
        "note": QCoreApplication.translate("AuditWords", "note"),
        "on_time": QCoreApplication.translate("AuditWords", "on time"),
        "priority": QCoreApplication.translate("AuditWords", "priority"),
        "reason": QCoreApplication.translate("AuditWords", "reason"),
        "role": QCoreApplication.translate("AuditWords", "role"),
        "service": QCoreApplication.translate("AuditWords", "service"),
        "service_seconds": QCoreApplication.translate("AuditWords", "service seconds"),
        "source": QCoreApplication.translate("AuditWords", "source"),
        "status": QCoreApplication.translate("AuditWords", "status"),
        "ticket": QCoreApplication.translate("AuditWords", "ticket"),
        "to_service": QCoreApplication.translate("AuditWords", "to service"),
        "username": QCoreApplication.translate("AuditWords", "user name"),
    }


# A case's timeline writes ``family.state`` or ``family.event``: named by the state's label.
FamilyLabel = Callable[[str, str, str], str]
TIMELINE_FAMILIES: Mapping[str, FamilyLabel] = {
    "mediation": mediation_states.label,
    "petition": petition_states.label,
    "ledger": ledger_states.label,
}


def _timeline_phrase(action: str, language: str) -> str | None:
    family, _, code = action.partition(".")
    label = TIMELINE_FAMILIES.get(family)
    if label is None:
        return None
    for kind in ("state", "event"):
        try:
            text = label(kind, code, language)
        except KeyError:
            continue
        return f"{group_phrases()[family]}：{text}"
    return None


def action_text(action: str) -> str:
    """The action in words, or its code when no phrase names it."""
    phrase = action_phrases().get(action)
    if phrase is None:
        phrase = _timeline_phrase(action, translations().language)
    return phrase or action


def target_text(target_type: str, target_id: str | None) -> str:
    kind = target_phrases().get(target_type, target_type)
    return f"{kind} {target_id}" if target_id else kind


def _value_text(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("AuditWords", "yes")
            if value
            else QCoreApplication.translate("AuditWords", "no")
        )
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def details_text(details: dict[str, Any]) -> str:
    """The details in one short line, in words where a key has a phrase."""
    keys = key_phrases()
    return describe_details(
        details,
        key_text=lambda k: keys.get(k, k),
        value_text=_value_text,
        # Chinese puts full-width ：and ；between its words.
        colon=QCoreApplication.translate("AuditWords", ": "),
        separator=QCoreApplication.translate("AuditWords", "; "),
    )


def raw_text(entry: AuditEntry) -> str:
    """Everything the log holds, codes and JSON, for the administrator who needs them."""
    details = json.dumps(entry.details, ensure_ascii=False, indent=2, sort_keys=True)
    target = f"{entry.target_type} {entry.target_id or ''}".strip()
    return f"{entry.action}  {target}\n{details}"
