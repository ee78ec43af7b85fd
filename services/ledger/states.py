"""The ledger entry's lifecycle as data, with its risk levels, flags, sources and the
follow-up rhythm each risk level needs. Pure: no database, no Qt.

registered → resolving | resolved | referred | escalated; resolving → resolved | referred |
escalated; escalated → resolving | referred | resolved.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from services.core.actors import Permission
from services.mediation.states import DisputeType


class EntryState(StrEnum):
    REGISTERED = "registered"
    RESOLVING = "resolving"
    RESOLVED = "resolved"
    REFERRED = "referred"
    ESCALATED = "escalated"


class Source(StrEnum):
    GRID_ROUND = "grid_round"
    COUNTER = "counter"
    PETITION = "petition"
    HOTLINE_12345 = "hotline_12345"
    POLICE = "police"


class RiskLevel(StrEnum):
    GENERAL = "general"  # 一般
    MAJOR = "major"  # 较大
    GRAVE = "grave"  # 重大


class RiskFlag(StrEnum):
    FIVE_OR_MORE = "five_or_more"
    RECURRING = "recurring"  # same parties or place again within 90 days
    VIOLENCE_THREAT = "violence_threat"
    CRIMINAL_RISK = "criminal_risk"
    MINORS = "minors"


class ReferralTarget(StrEnum):
    MEDIATION = "mediation"
    PETITION = "petition"
    DEPARTMENT = "department"


S = EntryState
_KEEP = Permission.KEEP_LEDGER

TRANSITIONS: Mapping[EntryState, Mapping[EntryState, Permission]] = {
    S.REGISTERED: {S.RESOLVING: _KEEP, S.RESOLVED: _KEEP, S.REFERRED: _KEEP, S.ESCALATED: _KEEP},
    S.RESOLVING: {S.RESOLVED: _KEEP, S.REFERRED: _KEEP, S.ESCALATED: _KEEP},
    S.ESCALATED: {S.RESOLVING: _KEEP, S.REFERRED: _KEEP, S.RESOLVED: _KEEP},
    S.RESOLVED: {},
    S.REFERRED: {},
}
OPEN_STATES = frozenset({S.REGISTERED, S.RESOLVING, S.ESCALATED})

# Working days between follow-ups (跟踪回访): 重大 every working day.
FOLLOW_UP_WORKING_DAYS: Mapping[RiskLevel, int] = {
    RiskLevel.GRAVE: 1,
    RiskLevel.MAJOR: 3,
    RiskLevel.GENERAL: 5,
}
FIVE_OR_MORE = 5
RECURRENCE_DAYS = 90

LABELS: Mapping[str, Mapping[str, tuple[str, str]]] = {
    "state": {
        S.REGISTERED: ("已登记", "Registered"),
        S.RESOLVING: ("化解中", "Resolving"),
        S.RESOLVED: ("已化解", "Resolved"),
        S.REFERRED: ("已移交", "Referred"),
        S.ESCALATED: ("已上报", "Escalated"),
    },
    "source": {
        Source.GRID_ROUND: ("网格排查", "Grid round"),
        Source.COUNTER: ("窗口受理", "At a counter"),
        Source.PETITION: ("信访转入", "From a petition"),
        Source.HOTLINE_12345: ("12345热线", "12345 hotline"),
        Source.POLICE: ("公安移送", "Police referral"),
    },
    "risk": {
        RiskLevel.GENERAL: ("一般", "General"),
        RiskLevel.MAJOR: ("较大", "Major"),
        RiskLevel.GRAVE: ("重大", "Grave"),
    },
    "flag": {
        RiskFlag.FIVE_OR_MORE: ("5人以上", "Five or more people"),
        RiskFlag.RECURRING: ("90日内重复发生", "Again within 90 days"),
        RiskFlag.VIOLENCE_THREAT: ("有暴力倾向", "Threat of violence"),
        RiskFlag.CRIMINAL_RISK: ("有\u201c民转刑\u201d风险", "Risk of turning criminal"),
        RiskFlag.MINORS: ("涉及未成年人", "Minors involved"),
    },
    "target": {
        ReferralTarget.MEDIATION: ("转人民调解", "To mediation"),
        ReferralTarget.PETITION: ("转信访", "To the petitions desk"),
        ReferralTarget.DEPARTMENT: ("转职能部门", "To a department"),
    },
}


def label(kind: str, code: str, language: str = "zh_CN") -> str:
    if kind == "kind":
        from services.mediation.states import label as mediation_label

        return mediation_label("dispute_type", code, language)
    zh, en = LABELS[kind][code]
    return en if language.startswith("en") else zh


DISPUTE_KINDS = tuple(kind.value for kind in DisputeType)
