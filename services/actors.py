"""Who performs an operation, and what each role may do."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from services.errors import PermissionDenied


class Role(StrEnum):
    SYSTEM = "system"
    KIOSK = "kiosk"
    COUNTER = "counter"
    MANAGER = "manager"
    ADMIN = "admin"


STAFF_ROLES = (Role.COUNTER, Role.MANAGER, Role.ADMIN)


class Permission(StrEnum):
    ISSUE_TICKET = "issue_ticket"
    SERVE = "serve"
    CANCEL_TICKET = "cancel_ticket"
    CLOSE_DAY = "close_day"
    READ_STATISTICS = "read_statistics"
    ADMINISTER = "administer"
    MANAGE_STAFF = "manage_staff"
    SEED_DEMO = "seed_demo"


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
            raise PermissionDenied(f"{self.name} ({self.role.value}) is not allowed to {action}.")


SYSTEM = Actor("system", Role.SYSTEM)


def kiosk_actor(station: str = "kiosk") -> Actor:
    return Actor(station, Role.KIOSK)
