"""Typed errors raised by the domain. The UI and the command line turn each into a clear message."""

from __future__ import annotations


class CivicDeskError(Exception):
    """Base of every error the domain raises on purpose."""

    code = "error"


class NotFound(CivicDeskError):
    code = "not_found"


class InvalidTransition(CivicDeskError):
    code = "invalid_transition"


class PermissionDenied(CivicDeskError):
    code = "permission_denied"


class QueueEmpty(CivicDeskError):
    code = "queue_empty"


class CounterBusy(InvalidTransition):
    """The counter still has a ticket called or in service."""

    code = "counter_busy"


class AlreadyTaken(InvalidTransition):
    """Another counter got the ticket first."""

    code = "already_taken"


class AlreadyRated(InvalidTransition):
    """The visit already has its rating; a ticket is rated once."""

    code = "already_rated"


class ServiceClosed(CivicDeskError):
    code = "service_closed"


class ValidationError(CivicDeskError):
    code = "invalid_input"


class InvalidIdNumber(ValidationError):
    """A resident ID number that breaks GB 11643-1999; the message says exactly how."""

    code = "invalid_id_number"


class AuthenticationFailed(CivicDeskError):
    code = "authentication_failed"


class AccountLocked(AuthenticationFailed):
    code = "account_locked"


class PasswordChangeRequired(AuthenticationFailed):
    code = "password_change_required"


class DatabaseUnavailable(CivicDeskError):
    """The database could not be reached; nothing was changed."""

    code = "database_unavailable"


class DeadlinePassed(InvalidTransition):
    """A step that the law allows only within a time limit, asked for after it."""

    code = "deadline_passed"


class MissingFileItems(InvalidTransition):
    """A mediation case cannot be archived while mandatory items of its file are missing."""

    code = "missing_file_items"
