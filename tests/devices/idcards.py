"""ID cards for the reader tests: valid ones, and ones a reader must refuse."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from devices.idcard.card_text import IdCardRecord
from standards.gb11643 import checksum_char

TODAY = date(2026, 11, 30)


def id_number(first17: str) -> str:
    return first17 + checksum_char(first17)


ZHANG = IdCardRecord(
    id_number=id_number("11010519491231002"),
    name="张秀英",
    sex="女",
    nation="汉",
    birth_date=date(1949, 12, 31),
    address="北京市朝阳区建国路88号院3号楼2单元501室",
    issuer="北京市公安局朝阳分局",
    valid_from=date(2015, 3, 2),
    valid_to=None,
)
LI = IdCardRecord(
    id_number=id_number("44030419900101123"),
    name="李明",
    sex="男",
    nation="壮",
    birth_date=date(1990, 1, 1),
    address="广东省深圳市福田区福华路1号",
    issuer="深圳市公安局福田分局",
    valid_from=date(2020, 6, 1),
    valid_to=date(2040, 6, 1),
)
EXPIRED = replace(LI, valid_from=date(2006, 5, 1), valid_to=date(2026, 5, 1))
BAD_CHECK_DIGIT = replace(
    LI, id_number=LI.id_number[:17] + ("0" if LI.id_number[17] != "0" else "1")
)
