"""Typed errors raised by the domain. The UI and the command line turn each into a clear message.

Every error has an id (``message_id``: its class's ``code``, or ``code.key`` for one of its
particular cases) and the parameters of its message. The English text (``str(error)``) is
for the command line and the log; a window renders the id and parameters in its own
language (``ui/error_text.py``, which must know every id).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum


class CivicDeskError(Exception):
    """Base of every error the domain raises on purpose."""

    code = "error"

    def __init__(self, message: str = "", /, *, key: str = "", **params: object) -> None:
        super().__init__(message)
        self.key = key
        self.params: dict[str, object] = params

    @property
    def message_id(self) -> str:
        return f"{self.code}.{self.key}" if self.key else self.code


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


class ServicePaused(ServiceClosed):
    """A manager paused the service: the kiosk takes no tickets for it until resumed."""

    code = "service_paused"


class QuotaReached(ServiceClosed):
    """The service's daily quota (限号) of tickets is used up."""

    code = "quota_reached"


class ValidationError(CivicDeskError):
    code = "invalid_input"


class TextProblem(StrEnum):
    """Which rule of ``services.core.text_checks`` a text breaks."""

    NOT_TEXT = "not_text"
    EMPTY = "empty"
    TOO_LONG = "too_long"
    LINE_BREAK = "line_break"
    REFUSED_CHARACTER = "refused_character"
    SPACE = "space"  # only where a rule forbids spaces, such as user names


class TextRefused(ValidationError):
    """Typed text broke a rule: ``what`` names the field, ``problem`` the rule."""

    code = "text_refused"

    def __init__(
        self,
        what: str,
        problem: TextProblem,
        *,
        limit: int | None = None,
        length: int | None = None,
        char: str | None = None,
    ) -> None:
        self.what = what
        self.problem = problem
        self.limit = limit
        self.length = length
        self.char = char
        super().__init__(self._describe())

    def _describe(self) -> str:
        if self.problem is TextProblem.NOT_TEXT:
            return f"The {self.what} must be text."
        if self.problem is TextProblem.EMPTY:
            return f"The {self.what} cannot be empty."
        if self.problem is TextProblem.TOO_LONG:
            return f"The {self.what} is at most {self.limit} characters ({self.length} given)."
        if self.problem is TextProblem.LINE_BREAK:
            return f"The {self.what} cannot contain line breaks or tabs."
        if self.problem is TextProblem.SPACE:
            return f"The {self.what} cannot contain spaces."
        return (
            f"The {self.what} contains an invisible or control character that is not allowed "
            f"({self.code_point})."
        )

    @property
    def code_point(self) -> str:
        """The refused character as ``U+XXXX`` (it may not be printable itself)."""
        return f"U+{ord(self.char):04X}" if self.char else ""


class PasswordTooShort(ValidationError):
    """A new password breaks the password rules (``services.accounts.passwords``)."""

    code = "password_too_short"

    def __init__(self, min_length: int) -> None:
        super().__init__(f"A password needs at least {min_length} characters.")
        self.min_length = min_length


class PasswordReused(ValidationError):
    """A new password equal to the one it replaces."""

    code = "password_reused"


class InvalidIdNumber(ValidationError):
    """A resident ID number that breaks GB 11643-1999; the message says exactly how."""

    code = "invalid_id_number"


class RealNameRequired(ValidationError):
    """The service takes tickets by ID card only (实名取号); the kiosk says 请刷身份证."""

    code = "real_name_required"


class DailyLimitReached(ValidationError):
    """One resident has taken the day's allowance of tickets for a service."""

    code = "daily_limit_reached"

    def __init__(self, message: str, *, taken: int, limit: int) -> None:
        super().__init__(message)
        self.taken = taken
        self.limit = limit


class SlotUnavailable(ValidationError):
    """No appointment can be booked for that slot: full, closed, in the past."""

    code = "slot_unavailable"


class CheckInTooEarly(ValidationError):
    """Check-in for an appointment has not opened yet."""

    code = "check_in_too_early"

    def __init__(self, message: str, *, opens_at: datetime) -> None:
        super().__init__(message)
        self.opens_at = opens_at


class AuthenticationFailed(CivicDeskError):
    code = "authentication_failed"


class AccountLocked(AuthenticationFailed):
    code = "account_locked"


class PasswordChangeRequired(AuthenticationFailed):
    """The account has no password yet: the person chooses one before signing in."""

    code = "password_change_required"


class TemporaryPasswordMustChange(PasswordChangeRequired):
    """The password was right, but an administrator set it: the person replaces it before
    signing in, and nothing else is allowed until then."""

    code = "temporary_password"


class DatabaseUnavailable(CivicDeskError):
    """The database could not be reached; nothing was changed."""

    code = "database_unavailable"


class DamagedDatabase(DatabaseUnavailable):
    """The SQLite file is not a readable database any more; restore it from a backup."""

    code = "damaged_database"

    def __init__(self, path: str, detail: str = "") -> None:
        self.path = path
        what = f" ({detail})" if detail else ""
        super().__init__(
            f"The database file {path} is damaged{what}: stop the stations and restore a "
            "backup with `python main.py db restore BACKUP`."
        )


class NoDatabase(CivicDeskError):
    """No CivicDesk database where the settings point: a missing file or an empty database.

    Only ``db upgrade`` creates one, so a typo never looks like an empty hall.
    """

    code = "no_database"


class ForeignDatabase(CivicDeskError):
    """The database holds another program's tables (or a schema this version does not know)."""

    code = "foreign_database"


class StationNameTaken(CivicDeskError):
    """Another station still alive (by its heartbeat) runs under this station name."""

    code = "station_name_taken"


class SchemaOutdated(CivicDeskError):
    """The database is CivicDesk's but older than this program: ``db upgrade`` brings it up."""

    code = "schema_outdated"


class DeadlinePassed(InvalidTransition):
    """A step that the law allows only within a time limit, asked for after it."""

    code = "deadline_passed"


class DayStillOpen(InvalidTransition):
    """Closing the service day during the center's opening hours, without forcing it."""

    code = "day_still_open"


class MissingFileItems(InvalidTransition):
    """A mediation case cannot be archived while mandatory items of its file are missing."""

    code = "missing_file_items"
