"""The 256 bytes of text on a second-generation ID card, and the record made of them.

UCS-2 little-endian, fixed-width fields padded with spaces: name 30 bytes, sex 2, nation 4,
birth date 16, address 70, ID number 36, issuing authority 30, valid from 16, valid to 16
(a date, or 长期 for cards that never expire), reserved 36. The photo that follows the text
is not decoded (the decoders are proprietary) and is never kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from devices.idcard.errors import CardExpired, InvalidCardIdNumber, UnreadableCard
from standards.gb11643 import IdNumberError, birth_date_of, check_id_number

TEXT_LENGTH = 256
LONG_TERM = "长期"
# (field, bytes) in the order they are written on the chip.
FIELDS: tuple[tuple[str, int], ...] = (
    ("name", 30),
    ("sex", 2),
    ("nation", 4),
    ("birth_date", 16),
    ("address", 70),
    ("id_number", 36),
    ("issuer", 30),
    ("valid_from", 16),
    ("valid_to", 16),
    ("reserved", 36),
)
SEXES = {"1": "男", "2": "女", "0": "未知", "9": "未说明"}

# GB/T 3304: the 56 nationalities and the two codes for others.
_NATION_NAMES = (  # noqa: SIM905 - the standard's table reads better as text
    "汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 "
    "拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 "
    "怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split()
NATIONS: dict[str, str] = {f"{i:02d}": name for i, name in enumerate(_NATION_NAMES, start=1)}
NATIONS.update({"97": "其他", "98": "外国血统中国籍人士"})


@dataclass(frozen=True)
class IdCardRecord:
    """What a resident ID card says. ``valid_to`` is ``None`` for a card valid for life."""

    id_number: str
    name: str
    sex: str
    nation: str
    birth_date: date
    address: str
    issuer: str
    valid_from: date
    valid_to: date | None

    def as_json(self) -> dict[str, Any]:
        """The record for ``idcard read --json``: dates in ISO form, 长期 for life."""
        return {
            "id_number": self.id_number,
            "name": self.name,
            "sex": self.sex,
            "nation": self.nation,
            "birth_date": self.birth_date.isoformat(),
            "address": self.address,
            "issuer": self.issuer,
            "valid_from": self.valid_from.isoformat(),
            "valid_to": self.valid_to.isoformat() if self.valid_to else LONG_TERM,
        }


def _split(text: bytes) -> dict[str, str]:
    fields: dict[str, str] = {}
    offset = 0
    for name, size in FIELDS:
        raw = text[offset : offset + size]
        offset += size
        try:
            value = raw.decode("utf-16-le")
        except UnicodeDecodeError:
            raise UnreadableCard(f"the card's {name.replace('_', ' ')} is not text") from None
        fields[name] = value.replace("\x00", " ").strip()
    return fields


def _date(fields: dict[str, str], name: str) -> date:
    value = fields[name]
    try:
        if len(value) != 8 or not value.isascii() or not value.isdigit():
            raise ValueError(value)
        return date(int(value[:4]), int(value[4:6]), int(value[6:]))
    except ValueError:
        raise UnreadableCard(f"the card's {name.replace('_', ' ')} {value!r} is no date") from None


def parse_card_text(text: bytes) -> IdCardRecord:
    """The record in the card's text; ``UnreadableCard`` when the text is garbled."""
    if len(text) < TEXT_LENGTH:
        raise UnreadableCard(f"the card's text has {len(text)} bytes, not {TEXT_LENGTH}")
    fields = _split(text[:TEXT_LENGTH])
    valid_to = None if fields["valid_to"] == LONG_TERM else _date(fields, "valid_to")
    return IdCardRecord(
        id_number=fields["id_number"].upper(),
        name=fields["name"],
        sex=SEXES.get(fields["sex"], fields["sex"]),
        nation=NATIONS.get(fields["nation"], fields["nation"]),
        birth_date=_date(fields, "birth_date"),
        address=fields["address"],
        issuer=fields["issuer"],
        valid_from=_date(fields, "valid_from"),
        valid_to=valid_to,
    )


def encode_card_text(record: IdCardRecord) -> bytes:
    """The 256 bytes a card holding ``record`` gives: for the virtual and the fake readers."""
    codes = {name: code for code, name in SEXES.items()}
    nations = {name: code for code, name in NATIONS.items()}
    values = {
        "name": record.name,
        "sex": codes.get(record.sex, record.sex),
        "nation": nations.get(record.nation, record.nation),
        "birth_date": record.birth_date.strftime("%Y%m%d"),
        "address": record.address,
        "id_number": record.id_number,
        "issuer": record.issuer,
        "valid_from": record.valid_from.strftime("%Y%m%d"),
        "valid_to": record.valid_to.strftime("%Y%m%d") if record.valid_to else LONG_TERM,
        "reserved": "",
    }
    out = bytearray()
    for name, size in FIELDS:
        raw = values[name].encode("utf-16-le")[:size]
        out += raw + " ".encode("utf-16-le") * ((size - len(raw)) // 2)
    return bytes(out)


def check_card(record: IdCardRecord, today: date) -> IdCardRecord:
    """The record when the card may be used today, else why not (``CardRefused``).

    The ID number must satisfy GB 11643 and agree with the birth date on the card; a card
    whose last valid day is before ``today`` is refused with that date.
    """
    try:
        number = check_id_number(record.id_number, today=today)
    except IdNumberError as exc:
        raise InvalidCardIdNumber(record.id_number, str(exc)) from None
    if birth_date_of(number) != record.birth_date:
        raise InvalidCardIdNumber(
            number,
            f"it says born {birth_date_of(number).isoformat()}, the card says "
            f"{record.birth_date.isoformat()}",
        )
    if record.valid_to is not None and record.valid_to < today:
        raise CardExpired(record.valid_to)
    return record
