"""Second-generation resident ID-card readers (GA 467 SAM protocol on a serial port)."""

from devices.idcard.card_text import IdCardRecord, check_card, encode_card_text, parse_card_text
from devices.idcard.poller import IdCardPoller, ReaderState, ReaderStatus
from devices.idcard.virtual import VirtualIdCardReader

__all__ = [
    "IdCardPoller",
    "IdCardRecord",
    "ReaderState",
    "ReaderStatus",
    "VirtualIdCardReader",
    "check_card",
    "encode_card_text",
    "parse_card_text",
]
