"""The mediation referral lifecycle of DESIGN.md as data: states, the legal moves between them,
who may make each move, the mandatory items of a case file, and a bilingual label for every
code a case stores. Pure: no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from enum import StrEnum

from services.core.actors import Permission
from services.core.errors import ValidationError
from services.inputs.quoting import quoted


class CaseState(StrEnum):
    REGISTERED = "registered"
    DECLINED = "declined"
    REFERRED = "referred"
    ACKNOWLEDGED = "acknowledged"
    RESULT_RECEIVED = "result_received"
    ACCEPTED = "accepted"
    SCHEDULED = "scheduled"
    IN_MEDIATION = "in_mediation"
    AGREED = "agreed"
    FAILED = "failed"
    TERMINATED = "terminated"
    CONFIRMATION_APPLIED = "confirmation_applied"
    CONFIRMED = "confirmed"
    NOT_CONFIRMED = "not_confirmed"
    PERFORMING = "performing"
    CLOSED = "closed"
    ARCHIVED = "archived"


class DisputeType(StrEnum):
    MARRIAGE_FAMILY = "marriage_family"
    NEIGHBOUR = "neighbour"
    HOUSING_HOMESTEAD = "housing_homestead"
    CONTRACT = "contract"
    LABOUR = "labour"
    LAND_ACQUISITION = "land_acquisition"
    ENVIRONMENT = "environment"
    PROPERTY_MANAGEMENT = "property_management"
    CONSUMER = "consumer"
    MEDICAL = "medical"
    TRAFFIC = "traffic"
    OTHER = "other"


class CaseSource(StrEnum):
    PARTY_APPLIED = "party_applied"
    CENTER_INITIATIVE = "center_initiative"
    POLICE_TRANSFER = "police_transfer"
    COURT_ENTRUSTED = "court_entrusted"
    DEPARTMENT_ASSIGNED = "department_assigned"
    PETITION = "petition"  # referred from a petition (services.petitions)


class Channel(StrEnum):
    PEOPLES = "peoples"
    ADMINISTRATIVE = "administrative"
    JUDICIAL = "judicial"


class PartySide(StrEnum):
    APPLICANT = "applicant"
    RESPONDENT = "respondent"


class AgreementKind(StrEnum):
    WRITTEN = "written"
    ORAL = "oral"


class FailureRoute(StrEnum):
    COURT = "court"
    ARBITRATION = "arbitration"
    ADMINISTRATIVE = "administrative"


class Outcome(StrEnum):
    """What a finished case came to; stored in ``mediation_case.outcome``."""

    DECLINED = "declined"
    REFERRAL_RESOLVED = "referral_resolved"
    REFERRAL_UNRESOLVED = "referral_unresolved"
    FAILED = "failed"
    TERMINATED = "terminated"
    CONFIRMED = "confirmed"
    NOT_CONFIRMED = "not_confirmed"
    PERFORMED = "performed"
    BREACHED = "breached"


class FileItem(StrEnum):
    """Documents kept in a case file (卷宗)."""

    REGISTRATION = "registration"
    RIGHTS_NOTICE = "rights_notice"
    IDENTITY_PROOFS = "identity_proofs"
    MEDIATION_RECORDS = "mediation_records"
    AGREEMENT = "agreement"
    TERMINATION_RECORD = "termination_record"
    EVIDENCE = "evidence"
    REFERRAL_SLIP = "referral_slip"
    REFERRAL_RESULT = "referral_result"
    CONFIRMATION_RULING = "confirmation_ruling"
    VISIT_RECORD = "visit_record"
    OTHER = "other"


class EventKind(StrEnum):
    """What a row of a case's timeline records."""

    REGISTERED = "registered"
    TRANSITION = "transition"
    RESCHEDULED = "rescheduled"
    SESSION_RECORDED = "session_recorded"
    EXTENDED = "extended"
    TERM_FULFILLED = "term_fulfilled"
    FOLLOW_UP_VISIT = "follow_up_visit"
    FILE_ITEM_ADDED = "file_item_added"


class ReminderReason(StrEnum):
    """Why a case appears in the list of cases that need action."""

    MEDIATION_DUE = "mediation_due"
    FEEDBACK_DUE = "feedback_due"
    CONFIRMATION_WINDOW = "confirmation_window"
    PERFORMANCE_DUE = "performance_due"
    SESSION_DUE = "session_due"


S = CaseState
_REFER = Permission.REFER_DISPUTE
_MEDIATE = Permission.MEDIATE

# The one table of legal moves: from state -> {to state: permission the actor needs}.
# Counter staff take disputes in and follow referrals; the mediation room mediates.
TRANSITIONS: Mapping[CaseState, Mapping[CaseState, Permission]] = {
    S.REGISTERED: {S.DECLINED: _REFER, S.REFERRED: _REFER, S.ACCEPTED: _REFER},
    S.DECLINED: {},
    S.REFERRED: {S.ACKNOWLEDGED: _REFER},
    S.ACKNOWLEDGED: {S.RESULT_RECEIVED: _REFER},
    S.RESULT_RECEIVED: {S.CLOSED: _REFER},
    S.ACCEPTED: {S.SCHEDULED: _MEDIATE},
    S.SCHEDULED: {S.IN_MEDIATION: _MEDIATE},
    S.IN_MEDIATION: {S.AGREED: _MEDIATE, S.FAILED: _MEDIATE, S.TERMINATED: _MEDIATE},
    S.AGREED: {S.CONFIRMATION_APPLIED: _MEDIATE, S.PERFORMING: _MEDIATE},
    S.CONFIRMATION_APPLIED: {S.CONFIRMED: _MEDIATE, S.NOT_CONFIRMED: _MEDIATE},
    S.PERFORMING: {S.CLOSED: _MEDIATE},
    S.FAILED: {S.REFERRED: _REFER, S.ARCHIVED: _MEDIATE},
    S.TERMINATED: {S.ARCHIVED: _MEDIATE},
    S.CONFIRMED: {S.ARCHIVED: _MEDIATE},
    S.NOT_CONFIRMED: {S.ARCHIVED: _MEDIATE},
    S.CLOSED: {S.ARCHIVED: _MEDIATE},
    S.ARCHIVED: {},
}

# States in which the center's own mediation runs and the 30-day target applies.
MEDIATING_STATES = frozenset({S.ACCEPTED, S.SCHEDULED, S.IN_MEDIATION})
# States in which a referral waits for the receiving body's feedback.
AWAITING_FEEDBACK_STATES = frozenset({S.REFERRED, S.ACKNOWLEDGED})
# States in which the agreement's terms are being performed.
PERFORMANCE_STATES = frozenset({S.AGREED, S.CONFIRMATION_APPLIED, S.CONFIRMED, S.PERFORMING})
# States with no further work except archiving; reaching one sets ``closed_at``.
FINISHED_STATES = frozenset(
    {S.DECLINED, S.FAILED, S.TERMINATED, S.CONFIRMED, S.NOT_CONFIRMED, S.CLOSED, S.ARCHIVED}
)
# A closed file can no longer change.
SEALED_STATES = frozenset({S.ARCHIVED})

# Archiving needs these items in the file, and at least one of AGREEMENT_OR_TERMINATION.
MANDATORY_FILE_ITEMS: tuple[FileItem, ...] = (
    FileItem.REGISTRATION,
    FileItem.RIGHTS_NOTICE,
    FileItem.IDENTITY_PROOFS,
    FileItem.MEDIATION_RECORDS,
)
AGREEMENT_OR_TERMINATION: tuple[FileItem, ...] = (FileItem.AGREEMENT, FileItem.TERMINATION_RECORD)


def parse_state(value: str) -> CaseState:
    try:
        return CaseState(value)
    except ValueError:
        known = ", ".join(s.value for s in CaseState)
        raise ValidationError(f"Unknown case state {quoted(value)}: use one of {known}.") from None


def allowed_transitions(state: str) -> list[str]:
    """The states a case in ``state`` may move to, in the order of the table."""
    return [to.value for to in TRANSITIONS[parse_state(state)]]


def is_legal(from_state: str, to_state: str) -> bool:
    return CaseState(to_state) in TRANSITIONS[CaseState(from_state)]


def required_permission(from_state: str, to_state: str) -> Permission:
    return TRANSITIONS[CaseState(from_state)][CaseState(to_state)]


def permissions_into(to_state: str) -> frozenset[Permission]:
    """Every permission that allows some move into ``to_state``."""
    target = CaseState(to_state)
    return frozenset(moves[target] for moves in TRANSITIONS.values() if target in moves)


def missing_file_items(items: Iterable[str]) -> list[str]:
    """The mandatory items not yet in a case file; empty when the case may be archived."""
    present = set(items)
    missing = [item.value for item in MANDATORY_FILE_ITEMS if item.value not in present]
    if not any(item.value in present for item in AGREEMENT_OR_TERMINATION):
        missing.append(f"{FileItem.AGREEMENT.value}|{FileItem.TERMINATION_RECORD.value}")
    return missing


# --- labels --------------------------------------------------------------------------------

# Every code a case stores, in Chinese and English: {kind: {code: (zh_CN, en)}}.
LABELS: Mapping[str, Mapping[str, tuple[str, str]]] = {
    "state": {
        S.REGISTERED: ("已登记", "Registered"),
        S.DECLINED: ("不予受理", "Declined"),
        S.REFERRED: ("已转介", "Referred"),
        S.ACKNOWLEDGED: ("对方已签收", "Acknowledged"),
        S.RESULT_RECEIVED: ("已反馈结果", "Result received"),
        S.ACCEPTED: ("已受理", "Accepted"),
        S.SCHEDULED: ("已排期", "Scheduled"),
        S.IN_MEDIATION: ("调解中", "In mediation"),
        S.AGREED: ("达成协议", "Agreed"),
        S.FAILED: ("调解不成", "Failed"),
        S.TERMINATED: ("终止调解", "Terminated"),
        S.CONFIRMATION_APPLIED: ("已申请司法确认", "Judicial confirmation applied"),
        S.CONFIRMED: ("司法确认有效", "Confirmed"),
        S.NOT_CONFIRMED: ("司法确认未通过", "Not confirmed"),
        S.PERFORMING: ("履行中", "Performing"),
        S.CLOSED: ("已结案", "Closed"),
        S.ARCHIVED: ("已归档", "Archived"),
    },
    "dispute_type": {
        DisputeType.MARRIAGE_FAMILY: ("婚姻家庭纠纷", "Marriage and family"),
        DisputeType.NEIGHBOUR: ("邻里纠纷", "Neighbours"),
        DisputeType.HOUSING_HOMESTEAD: ("房屋宅基地纠纷", "Housing and homestead"),
        DisputeType.CONTRACT: ("合同纠纷", "Contract"),
        DisputeType.LABOUR: ("劳动争议", "Labour"),
        DisputeType.LAND_ACQUISITION: ("征地拆迁纠纷", "Land acquisition and demolition"),
        DisputeType.ENVIRONMENT: ("生态环境纠纷", "Environment"),
        DisputeType.PROPERTY_MANAGEMENT: ("物业纠纷", "Property management"),
        DisputeType.CONSUMER: ("消费纠纷", "Consumer"),
        DisputeType.MEDICAL: ("医疗纠纷", "Medical"),
        DisputeType.TRAFFIC: ("道路交通事故纠纷", "Traffic accident"),
        DisputeType.OTHER: ("其他纠纷", "Other"),
    },
    "source": {
        CaseSource.PARTY_APPLIED: ("当事人申请", "Applied for by a party"),
        CaseSource.CENTER_INITIATIVE: ("中心主动调解", "Center's own initiative"),
        CaseSource.POLICE_TRANSFER: ("公安机关移送", "Transferred by the police"),
        CaseSource.COURT_ENTRUSTED: ("人民法院委托", "Entrusted by a court"),
        CaseSource.DEPARTMENT_ASSIGNED: ("部门交办", "Assigned by a department"),
        CaseSource.PETITION: ("信访转调解", "Referred from a petition"),
    },
    "channel": {
        Channel.PEOPLES: ("人民调解", "People's mediation"),
        Channel.ADMINISTRATIVE: ("行政调解", "Administrative mediation"),
        Channel.JUDICIAL: ("司法调解", "Judicial mediation"),
    },
    "side": {
        PartySide.APPLICANT: ("申请人", "Applicant"),
        PartySide.RESPONDENT: ("被申请人", "Respondent"),
    },
    "agreement_kind": {
        AgreementKind.WRITTEN: ("书面协议", "Written agreement"),
        AgreementKind.ORAL: ("口头协议", "Oral agreement"),
    },
    "failure_route": {
        FailureRoute.COURT: ("向人民法院提起诉讼", "Bring a suit in court"),
        FailureRoute.ARBITRATION: ("申请仲裁", "Apply for arbitration"),
        FailureRoute.ADMINISTRATIVE: ("请求行政机关处理", "Ask the competent authority to decide"),
    },
    "outcome": {
        Outcome.DECLINED: ("不予受理", "Declined"),
        Outcome.REFERRAL_RESOLVED: ("转介后化解", "Resolved after referral"),
        Outcome.REFERRAL_UNRESOLVED: ("转介后未化解", "Not resolved after referral"),
        Outcome.FAILED: ("调解不成", "Mediation failed"),
        Outcome.TERMINATED: ("终止调解", "Mediation terminated"),
        Outcome.CONFIRMED: ("司法确认有效", "Judicially confirmed"),
        Outcome.NOT_CONFIRMED: ("司法确认未通过", "Not judicially confirmed"),
        Outcome.PERFORMED: ("履行完毕", "Performed"),
        Outcome.BREACHED: ("未履行", "Breached"),
    },
    "file_item": {
        FileItem.REGISTRATION: ("调解申请登记表", "Registration form"),
        FileItem.RIGHTS_NOTICE: ("权利义务告知书", "Notice of rights and duties"),
        FileItem.IDENTITY_PROOFS: ("当事人身份证明", "Proofs of identity"),
        FileItem.MEDIATION_RECORDS: ("调解笔录", "Mediation records"),
        FileItem.AGREEMENT: ("调解协议书", "Mediation agreement"),
        FileItem.TERMINATION_RECORD: ("终止调解记录", "Termination record"),
        FileItem.EVIDENCE: ("证据材料", "Evidence"),
        FileItem.REFERRAL_SLIP: ("转介单", "Referral slip"),
        FileItem.REFERRAL_RESULT: ("转介反馈", "Referral feedback"),
        FileItem.CONFIRMATION_RULING: ("司法确认裁定书", "Confirmation ruling"),
        FileItem.VISIT_RECORD: ("回访记录", "Follow-up visit record"),
        FileItem.OTHER: ("其他材料", "Other documents"),
    },
    "event": {
        EventKind.REGISTERED: ("登记", "Registered"),
        EventKind.TRANSITION: ("状态变更", "State changed"),
        EventKind.RESCHEDULED: ("改期", "Rescheduled"),
        EventKind.SESSION_RECORDED: ("调解记录", "Session recorded"),
        EventKind.EXTENDED: ("延长调解期限", "Mediation extended"),
        EventKind.TERM_FULFILLED: ("条款已履行", "Term fulfilled"),
        EventKind.FOLLOW_UP_VISIT: ("回访", "Follow-up visit"),
        EventKind.FILE_ITEM_ADDED: ("材料归卷", "File item added"),
    },
    "reminder": {
        ReminderReason.MEDIATION_DUE: ("调解期限", "Mediation target date"),
        ReminderReason.FEEDBACK_DUE: ("转介反馈期限", "Referral feedback due"),
        ReminderReason.CONFIRMATION_WINDOW: ("司法确认申请期限", "Judicial confirmation window"),
        ReminderReason.PERFORMANCE_DUE: ("协议履行期限", "Performance deadline"),
        ReminderReason.SESSION_DUE: ("调解日期", "Mediation session date"),
    },
}

# Every enumeration a label kind describes: the table must cover each value.
LABELLED_ENUMS: Mapping[str, type[StrEnum]] = {
    "state": CaseState,
    "dispute_type": DisputeType,
    "source": CaseSource,
    "channel": Channel,
    "side": PartySide,
    "agreement_kind": AgreementKind,
    "failure_route": FailureRoute,
    "outcome": Outcome,
    "file_item": FileItem,
    "event": EventKind,
    "reminder": ReminderReason,
}


def label(kind: str, code: str, language: str = "zh_CN") -> str:
    """The display text of a stored code: ``label("channel", "peoples", "en")``."""
    zh, en = LABELS[kind][code]
    return en if language.startswith("en") else zh
