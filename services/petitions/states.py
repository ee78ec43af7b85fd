"""The petition lifecycle (信访事项办理, Regulations on Letters and Visits 2022) as data: states,
the legal moves between them with the permission each needs, and a bilingual label for every
code a petition stores. Pure: no database, no Qt.

registered → accepted | declined (with the legal route instead) | forwarded (to the competent
body). accepted → extended (once) → replied; accepted → replied. replied → review requested
→ reviewed → re-review requested → re-reviewed, which is final: the same matter on the same
facts is not accepted again.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from services.core.actors import Permission
from services.core.errors import ValidationError


class PetitionState(StrEnum):
    REGISTERED = "registered"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    FORWARDED = "forwarded"
    EXTENDED = "extended"
    REPLIED = "replied"
    REVIEW_REQUESTED = "review_requested"
    REVIEWED = "reviewed"
    RE_REVIEW_REQUESTED = "re_review_requested"
    RE_REVIEWED = "re_reviewed"


class Channel(StrEnum):
    """How the petition reached the center."""

    VISIT = "visit"
    LETTER = "letter"
    PHONE = "phone"
    ONLINE = "online"


class Category(StrEnum):
    """The subject of a petition (信访事项分类), as the district's statistics count them."""

    URBAN_CONSTRUCTION = "urban_construction"
    LABOUR_SOCIAL_SECURITY = "labour_social_security"
    LAND_RESOURCES = "land_resources"
    RURAL_AFFAIRS = "rural_affairs"
    HEALTH = "health"
    EDUCATION = "education"
    CIVIL_AFFAIRS = "civil_affairs"
    LAW_ENFORCEMENT = "law_enforcement"
    ENVIRONMENT = "environment"
    TRANSPORT = "transport"
    COMMERCE = "commerce"
    OTHER = "other"


class LegalRoute(StrEnum):
    """Where a declined matter belongs instead (诉访分离), or why it is closed to petitions."""

    LITIGATION = "litigation"
    ARBITRATION = "arbitration"
    ADMINISTRATIVE_RECONSIDERATION = "administrative_reconsideration"
    OTHER_LEGAL_PROCEDURE = "other_legal_procedure"
    FINAL_REVIEW_DONE = "final_review_done"  # re-reviewed already: not accepted again


class Finding(StrEnum):
    """What the written reply (处理意见书) decides on the request."""

    SUPPORTED = "supported"
    PARTLY_SUPPORTED = "partly_supported"
    NOT_SUPPORTED = "not_supported"
    EXPLAINED = "explained"


class Satisfaction(StrEnum):
    SATISFIED = "satisfied"
    BASICALLY_SATISFIED = "basically_satisfied"
    UNSATISFIED = "unsatisfied"
    NOT_EXPRESSED = "not_expressed"


class ReviewResult(StrEnum):
    UPHELD = "upheld"
    CHANGED = "changed"
    REVOKED = "revoked"


class EventKind(StrEnum):
    REGISTERED = "registered"
    TRANSITION = "transition"
    REFERRED_TO_MEDIATION = "referred_to_mediation"


class Flag(StrEnum):
    """Why a petition needs attention beyond its deadlines."""

    COLLECTIVE = "collective"
    REPEAT = "repeat"
    AFTER_FINAL_REVIEW = "after_final_review"
    OVERDUE = "overdue"


S = PetitionState
_HANDLE = Permission.HANDLE_PETITION
_APPROVE = Permission.APPROVE_PETITION

# The one table of legal moves: from state -> {to state: permission the actor needs}.
# Extending is a state of its own, so the table itself allows one extension only.
TRANSITIONS: Mapping[PetitionState, Mapping[PetitionState, Permission]] = {
    S.REGISTERED: {S.ACCEPTED: _HANDLE, S.DECLINED: _HANDLE, S.FORWARDED: _HANDLE},
    S.ACCEPTED: {S.EXTENDED: _APPROVE, S.REPLIED: _HANDLE},
    S.EXTENDED: {S.REPLIED: _HANDLE},
    S.REPLIED: {S.REVIEW_REQUESTED: _HANDLE},
    S.REVIEW_REQUESTED: {S.REVIEWED: _APPROVE},
    S.REVIEWED: {S.RE_REVIEW_REQUESTED: _HANDLE},
    S.RE_REVIEW_REQUESTED: {S.RE_REVIEWED: _APPROVE},
    S.DECLINED: {},
    S.FORWARDED: {},
    S.RE_REVIEWED: {},
}

# States in which the center still owes the petitioner a decision or a reply.
HANDLING_STATES = frozenset({S.ACCEPTED, S.EXTENDED})
OPEN_STATES = frozenset(
    {S.REGISTERED, S.ACCEPTED, S.EXTENDED, S.REVIEW_REQUESTED, S.RE_REVIEW_REQUESTED}
)
# No move leaves these; a petition reaching one is closed (a reply may still be reviewed).
FINAL_STATES = frozenset({S.DECLINED, S.FORWARDED, S.RE_REVIEWED})
# A petition may be referred to mediation while it is being handled.
REFERABLE_STATES = frozenset({S.ACCEPTED, S.EXTENDED})


def parse_state(value: str) -> PetitionState:
    try:
        return PetitionState(value)
    except ValueError:
        known = ", ".join(s.value for s in PetitionState)
        raise ValidationError(f"Unknown petition state {value!r}: use one of {known}.") from None


def allowed_moves(state: str) -> list[str]:
    """The states a petition in ``state`` may move to, in the order of the table."""
    return [to.value for to in TRANSITIONS[parse_state(state)]]


def required_permission(from_state: str, to_state: str) -> Permission:
    return TRANSITIONS[PetitionState(from_state)][PetitionState(to_state)]


# --- labels --------------------------------------------------------------------------------

LABELS: Mapping[str, Mapping[str, tuple[str, str]]] = {
    "state": {
        S.REGISTERED: ("已登记", "Registered"),
        S.ACCEPTED: ("已受理", "Accepted"),
        S.DECLINED: ("不予受理", "Declined"),
        S.FORWARDED: ("已转送", "Forwarded"),
        S.EXTENDED: ("已延期", "Extended"),
        S.REPLIED: ("已出具处理意见", "Replied"),
        S.REVIEW_REQUESTED: ("复查中", "Under review"),
        S.REVIEWED: ("已复查", "Reviewed"),
        S.RE_REVIEW_REQUESTED: ("复核中", "Under re-review"),
        S.RE_REVIEWED: ("已复核（终结）", "Re-reviewed (final)"),
    },
    "channel": {
        Channel.VISIT: ("走访", "Visit"),
        Channel.LETTER: ("来信", "Letter"),
        Channel.PHONE: ("来电", "Phone"),
        Channel.ONLINE: ("网上信访", "Online"),
    },
    "category": {
        Category.URBAN_CONSTRUCTION: ("城乡建设", "Urban and rural construction"),
        Category.LABOUR_SOCIAL_SECURITY: ("劳动和社会保障", "Labour and social security"),
        Category.LAND_RESOURCES: ("国土资源", "Land and resources"),
        Category.RURAL_AFFAIRS: ("农村农业", "Rural affairs"),
        Category.HEALTH: ("卫生健康", "Health"),
        Category.EDUCATION: ("教育", "Education"),
        Category.CIVIL_AFFAIRS: ("民政", "Civil affairs"),
        Category.LAW_ENFORCEMENT: ("政法", "Law enforcement"),
        Category.ENVIRONMENT: ("生态环境", "Environment"),
        Category.TRANSPORT: ("交通运输", "Transport"),
        Category.COMMERCE: ("商贸", "Commerce"),
        Category.OTHER: ("其他", "Other"),
    },
    "route": {
        LegalRoute.LITIGATION: ("向人民法院提起诉讼", "Bring a suit in court"),
        LegalRoute.ARBITRATION: ("申请仲裁", "Apply for arbitration"),
        LegalRoute.ADMINISTRATIVE_RECONSIDERATION: (
            "申请行政复议",
            "Apply for administrative reconsideration",
        ),
        LegalRoute.OTHER_LEGAL_PROCEDURE: (
            "通过其他法定途径解决",
            "Use another procedure provided by law",
        ),
        LegalRoute.FINAL_REVIEW_DONE: (
            "已经复核终结，同一事实和理由不再受理",
            "Already re-reviewed: the same matter on the same facts is not accepted again",
        ),
    },
    "finding": {
        Finding.SUPPORTED: ("予以支持", "Supported"),
        Finding.PARTLY_SUPPORTED: ("部分支持", "Partly supported"),
        Finding.NOT_SUPPORTED: ("不予支持", "Not supported"),
        Finding.EXPLAINED: ("解释说明", "Explained"),
    },
    "satisfaction": {
        Satisfaction.SATISFIED: ("满意", "Satisfied"),
        Satisfaction.BASICALLY_SATISFIED: ("基本满意", "Basically satisfied"),
        Satisfaction.UNSATISFIED: ("不满意", "Unsatisfied"),
        Satisfaction.NOT_EXPRESSED: ("未表态", "Not expressed"),
    },
    "review_result": {
        ReviewResult.UPHELD: ("维持", "Upheld"),
        ReviewResult.CHANGED: ("变更", "Changed"),
        ReviewResult.REVOKED: ("撤销", "Revoked"),
    },
    "event": {
        EventKind.REGISTERED: ("登记", "Registered"),
        EventKind.TRANSITION: ("状态变更", "State changed"),
        EventKind.REFERRED_TO_MEDIATION: ("转人民调解", "Referred to mediation"),
    },
    "flag": {
        Flag.COLLECTIVE: ("集体访", "Collective"),
        Flag.REPEAT: ("重复访", "Repeat"),
        Flag.AFTER_FINAL_REVIEW: ("已复核终结事项", "Matter already re-reviewed"),
        Flag.OVERDUE: ("超期", "Overdue"),
    },
}

LABELLED_ENUMS: Mapping[str, type[StrEnum]] = {
    "state": PetitionState,
    "channel": Channel,
    "category": Category,
    "route": LegalRoute,
    "finding": Finding,
    "satisfaction": Satisfaction,
    "review_result": ReviewResult,
    "event": EventKind,
    "flag": Flag,
}


def label(kind: str, code: str, language: str = "zh_CN") -> str:
    """The display text of a stored code: ``label("channel", "visit", "en")``."""
    zh, en = LABELS[kind][code]
    return en if language.startswith("en") else zh
