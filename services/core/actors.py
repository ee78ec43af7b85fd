"""Who performs an operation, and what each role may do."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from services.core.errors import PermissionDenied


class Role(StrEnum):
    SYSTEM = "system"
    KIOSK = "kiosk"
    COUNTER = "counter"
    MANAGER = "manager"
    ADMIN = "admin"
    RATING_PANEL = "rating_panel"  # the resident-facing rating pad (好差评) beside a counter
    MEDIATOR = "mediator"  # mediation room staff (调解员): mediates cases, may reveal party IDs


STAFF_ROLES = (Role.COUNTER, Role.MANAGER, Role.ADMIN, Role.MEDIATOR)


class Permission(StrEnum):
    ISSUE_TICKET = "issue_ticket"
    SERVE = "serve"
    CANCEL_TICKET = "cancel_ticket"
    CLOSE_DAY = "close_day"
    READ_STATISTICS = "read_statistics"
    ADMINISTER = "administer"
    MANAGE_STAFF = "manage_staff"
    SEED_DEMO = "seed_demo"
    RECORD_REQUEST = "record_request"
    READ_CASEWORK = "read_casework"
    REVEAL_ID_NUMBER = "reveal_id_number"
    RATE = "rate"
    FOLLOW_UP_RATING = "follow_up_rating"
    READ_MEDIATION = "read_mediation"
    REFER_DISPUTE = "refer_dispute"
    MEDIATE = "mediate"
    REVEAL_PARTY_ID = "reveal_party_id"
    MANAGE_DIRECTORY = "manage_directory"
    READ_PETITIONS = "read_petitions"
    HANDLE_PETITION = "handle_petition"
    APPROVE_PETITION = "approve_petition"
    READ_LEDGER = "read_ledger"
    KEEP_LEDGER = "keep_ledger"
    PAUSE_SERVICE = "pause_service"


_GRANTS: dict[Permission, frozenset[Role]] = {
    Permission.ISSUE_TICKET: frozenset(
        {Role.SYSTEM, Role.KIOSK, Role.COUNTER, Role.MANAGER, Role.ADMIN}
    ),
    Permission.SERVE: frozenset({Role.SYSTEM, Role.COUNTER, Role.MANAGER}),
    Permission.CANCEL_TICKET: frozenset({Role.SYSTEM, Role.COUNTER, Role.MANAGER}),
    Permission.CLOSE_DAY: frozenset({Role.SYSTEM, Role.MANAGER}),
    Permission.READ_STATISTICS: frozenset({Role.SYSTEM, Role.MANAGER, Role.ADMIN}),
    Permission.ADMINISTER: frozenset({Role.SYSTEM, Role.ADMIN}),
    Permission.MANAGE_STAFF: frozenset({Role.SYSTEM, Role.ADMIN}),
    Permission.SEED_DEMO: frozenset({Role.SYSTEM, Role.ADMIN}),
    Permission.RECORD_REQUEST: frozenset({Role.SYSTEM, Role.COUNTER, Role.MANAGER}),
    Permission.READ_CASEWORK: frozenset({Role.SYSTEM, Role.COUNTER, Role.MANAGER, Role.ADMIN}),
    # Counter staff are further limited to residents they served today
    # (services.casework.residents).
    Permission.REVEAL_ID_NUMBER: frozenset({Role.SYSTEM, Role.COUNTER, Role.MANAGER, Role.ADMIN}),
    # Only the resident rates: never a staff account, never the system.
    Permission.RATE: frozenset({Role.RATING_PANEL}),
    Permission.FOLLOW_UP_RATING: frozenset({Role.SYSTEM, Role.MANAGER}),
    # Mediation (services.mediation_*): counters register, refer and follow referrals up;
    # the mediation room mediates; the IDs of parties are revealed to mediators and managers.
    Permission.READ_MEDIATION: frozenset(
        {Role.SYSTEM, Role.COUNTER, Role.MEDIATOR, Role.MANAGER, Role.ADMIN}
    ),
    Permission.REFER_DISPUTE: frozenset({Role.SYSTEM, Role.COUNTER, Role.MEDIATOR, Role.MANAGER}),
    Permission.MEDIATE: frozenset({Role.SYSTEM, Role.MEDIATOR, Role.MANAGER}),
    Permission.REVEAL_PARTY_ID: frozenset({Role.SYSTEM, Role.MEDIATOR, Role.MANAGER, Role.ADMIN}),
    Permission.MANAGE_DIRECTORY: frozenset({Role.SYSTEM, Role.MANAGER, Role.ADMIN}),
    # Petitions (services.petitions): the counter registers, decides and replies; an extension
    # and the decisions of a review or re-review need the approval of a responsible person.
    Permission.READ_PETITIONS: frozenset(
        {Role.SYSTEM, Role.COUNTER, Role.MEDIATOR, Role.MANAGER, Role.ADMIN}
    ),
    Permission.HANDLE_PETITION: frozenset({Role.SYSTEM, Role.COUNTER, Role.MANAGER}),
    Permission.APPROVE_PETITION: frozenset({Role.SYSTEM, Role.MANAGER}),
    # The dispute-investigation ledger (services.ledger) and the district map (services.grid).
    Permission.READ_LEDGER: frozenset(
        {Role.SYSTEM, Role.COUNTER, Role.MEDIATOR, Role.MANAGER, Role.ADMIN}
    ),
    Permission.KEEP_LEDGER: frozenset({Role.SYSTEM, Role.COUNTER, Role.MEDIATOR, Role.MANAGER}),
    # A manager stops the kiosk taking tickets for one service (and lets it go on).
    Permission.PAUSE_SERVICE: frozenset({Role.SYSTEM, Role.MANAGER, Role.ADMIN}),
}


@dataclass(frozen=True)
class Actor:
    """A staff account, a kiosk, or the system (the command line and scheduled jobs)."""

    name: str
    role: Role
    staff_id: int | None = None

    def may(self, permission: Permission) -> bool:
        return self.role in _GRANTS[permission]

    def require(self, permission: Permission) -> None:
        if not self.may(permission):
            action = permission.value.replace("_", " ")
            raise PermissionDenied(
                f"{self.name} ({self.role.value}) is not allowed to {action}.",
                key="role",
                who=self.name,
                role=self.role.value,
                action=permission.value,
            )


SYSTEM = Actor("system", Role.SYSTEM)


def kiosk_actor(station: str = "kiosk") -> Actor:
    return Actor(station, Role.KIOSK)


def rating_panel_actor(counter_number: int) -> Actor:
    """The rating pad that faces the resident at one counter."""
    return Actor(f"rating-panel-{counter_number}", Role.RATING_PANEL)
