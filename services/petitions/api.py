"""Every petition operation and its data, in one import: ``from services.petitions import api``."""

from services.petitions.common import Deadlines, LinkedPetition, PetitionerView, PetitionInfo
from services.petitions.intake import PetitionerInput, register_petition
from services.petitions.moves import (
    accept,
    decide_re_review,
    decide_review,
    decline,
    extend,
    forward,
    reply,
    request_re_review,
    request_review,
)
from services.petitions.queries import (
    PetitionDetail,
    TimelineEntry,
    find_petition,
    list_petitions,
    petition_detail,
    reveal_petitioner,
)
from services.petitions.referral import refer_to_mediation
from services.petitions.states import label

__all__ = [
    "Deadlines",
    "LinkedPetition",
    "PetitionDetail",
    "PetitionInfo",
    "PetitionerInput",
    "PetitionerView",
    "TimelineEntry",
    "accept",
    "decide_re_review",
    "decide_review",
    "decline",
    "extend",
    "find_petition",
    "forward",
    "label",
    "list_petitions",
    "petition_detail",
    "refer_to_mediation",
    "register_petition",
    "reply",
    "reveal_petitioner",
    "request_re_review",
    "request_review",
]
