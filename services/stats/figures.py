"""The manager's statistics as plain frozen data (what ``services.stats.report`` returns).

Every duration is in seconds (``float``); every rate is a fraction from 0 to 1, or ``None``
when there is nothing to divide by. The definitions are in ``services.stats.report``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from services.appointments.statistics import AppointmentFigures
from services.queue.reads import QueueStatus

if TYPE_CHECKING:
    from services.petitions.stats import LedgerFigures, PetitionFigures


@dataclass(frozen=True)
class Period:
    """The local dates a report covers, and the instants that bound them."""

    start: date
    end: date
    timezone: str
    # The fixed offset used to bucket instants into local hours (see ``services.stats.report``).
    utc_offset_minutes: int
    starts_at: datetime  # UTC: local midnight at the start of ``start``
    ends_at: datetime  # UTC: local midnight after ``end`` (exclusive)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    @property
    def is_single_day(self) -> bool:
        return self.start == self.end


@dataclass(frozen=True)
class Durations:
    """A sample of durations in seconds; the figures are ``None`` when ``count`` is 0."""

    count: int
    mean: float | None
    median: float | None
    p90: float | None
    max: float | None


NO_DURATIONS = Durations(count=0, mean=None, median=None, p90=None, max=None)


@dataclass(frozen=True)
class QueueSummary:
    """What happened to the tickets of the period (by the day they were issued)."""

    issued: int
    served: int  # done
    no_show: int
    cancelled: int
    expired: int
    open: int  # still waiting, called, serving or held
    transferred: int  # tickets transferred at least once (transfer_count > 0)
    waiting: Durations
    service: Durations
    over_target: int  # waited longer than the target of the service they were issued for

    @property
    def accounted(self) -> int:
        """Served + no-show + cancelled + expired + open: always equals ``issued``."""
        return self.served + self.no_show + self.cancelled + self.expired + self.open


@dataclass(frozen=True)
class ServiceRow:
    service_id: int
    code: str
    name_zh: str
    name_en: str
    target_wait_minutes: int
    queue: QueueSummary


@dataclass(frozen=True)
class RatingSummary:
    count: int
    mean_score: float | None
    good: int  # scores 4 and 5
    good_rate: float | None


NO_RATINGS = RatingSummary(count=0, mean_score=None, good=0, good_rate=None)


@dataclass(frozen=True)
class CounterRow:
    counter_id: int
    number: int
    name_zh: str
    name_en: str
    handled: int  # tickets whose last counter this is
    served: int
    no_show: int
    transferred_out: int  # transfers made at this counter
    service: Durations
    ratings: RatingSummary


@dataclass(frozen=True)
class StaffRow:
    staff_id: int
    username: str
    full_name: str
    handled: int
    served: int
    no_show: int
    transferred_out: int
    service: Durations
    ratings: RatingSummary


@dataclass(frozen=True)
class HourRow:
    hour: int  # local hour, 0-23
    arrivals: int  # tickets issued in this hour
    served: int  # tickets finished (done) in this hour
    no_show: int  # no-shows whose last call fell in this hour
    mean_wait: float | None  # of the tickets issued in this hour


@dataclass(frozen=True)
class WaitBucket:
    lower_minutes: int
    upper_minutes: int | None  # exclusive; None for the last, open bucket
    count: int


@dataclass(frozen=True)
class RequestCounts:
    accepted: int
    completed: int
    completed_on_time: int
    overdue: int
    rejected: int
    referred: int
    on_time_rate: float | None  # completed_on_time / completed


@dataclass(frozen=True)
class RequestServiceRow:
    service_id: int
    code: str
    name_zh: str
    name_en: str
    counts: RequestCounts


@dataclass(frozen=True)
class RequestFigures:
    total: RequestCounts
    by_service: tuple[RequestServiceRow, ...]


@dataclass(frozen=True)
class Tally:
    code: str  # a stored code; "" for none (e.g. a case without a channel yet)
    count: int


@dataclass(frozen=True)
class ScoreCount:
    score: int  # 1 (very dissatisfied) to 5 (very satisfied)
    count: int


@dataclass(frozen=True)
class FollowUpCounts:
    """Bad ratings (1-2) by the state of their follow-up at the end of the period."""

    open: int  # not closed, due date not passed
    overdue: int  # not closed, due date passed
    closed: int


@dataclass(frozen=True)
class RatingFigures:
    count: int
    by_score: tuple[ScoreCount, ...]  # always five rows, 5 down to 1
    mean_score: float | None
    good: int
    good_rate: float | None  # (4 + 5) / all
    bad: int  # 1 and 2
    bad_reasons: tuple[Tally, ...]
    follow_up: FollowUpCounts


@dataclass(frozen=True)
class MediationFigures:
    registered: int
    by_channel: tuple[Tally, ...]
    by_type: tuple[Tally, ...]
    by_source: tuple[Tally, ...]
    by_state: tuple[Tally, ...]
    open_at_end: int  # every case, whenever registered, not finished at the end of the period
    overdue: int
    concluded: int
    succeeded: int
    success_rate: float | None
    outcomes: tuple[Tally, ...]  # agreed, failed, terminated, referral_resolved, …
    confirmation_applied: int
    confirmed: int
    not_confirmed: int
    confirmation_pending: int


@dataclass(frozen=True)
class Report:
    period: Period
    center_name_zh: str
    center_name_en: str
    generated_at: datetime
    queue: QueueSummary
    by_service: tuple[ServiceRow, ...]
    by_counter: tuple[CounterRow, ...]
    by_staff: tuple[StaffRow, ...]
    by_hour: tuple[HourRow, ...]
    wait_distribution: tuple[WaitBucket, ...]
    requests: RequestFigures
    ratings: RatingFigures
    mediation: MediationFigures
    petitions: PetitionFigures
    ledger: LedgerFigures
    # The live hall, only when the period includes today; never part of a past day's figures.
    current: QueueStatus | None
    appointments: AppointmentFigures | None = None
