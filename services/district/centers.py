"""The centers the district reports on, kept in the district's database."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from services.core.actors import Actor, Permission
from services.core.errors import ValidationError
from services.storage.district_models import DistrictCenter

_CODE = re.compile(r"[A-Z0-9][A-Z0-9-]{0,15}")


def check_center_code(code: str) -> str:
    code = code.strip().upper()
    if not _CODE.fullmatch(code):
        raise ValidationError(
            f"A center code is 1 to 16 letters, digits or dashes (such as HD-01), not {code!r}."
        )
    return code


@dataclass(frozen=True)
class CenterInfo:
    code: str
    name_zh: str
    name_en: str


def _clean_name(name: str, code: str) -> str:
    text = " ".join(name.split())
    if len(text) > 100:
        raise ValidationError("A center's name has at most 100 characters.")
    return text or code


def ensure_center(session: Session, code: str, name_zh: str, name_en: str) -> CenterInfo:
    """Add the center if the district does not know it yet; a known center keeps its names."""
    row = session.get(DistrictCenter, code)
    if row is None:
        row = DistrictCenter(
            code=code, name_zh=_clean_name(name_zh, code), name_en=_clean_name(name_en, code)
        )
        session.add(row)
        session.flush()
    return CenterInfo(row.code, row.name_zh, row.name_en)


def add_center(
    session: Session, actor: Actor, code: str, name_zh: str, name_en: str = ""
) -> CenterInfo:
    actor.require(Permission.ADMINISTER)
    code = check_center_code(code)
    row = session.get(DistrictCenter, code)
    if row is None:
        info = ensure_center(session, code, name_zh, name_en or name_zh)
    else:
        row.name_zh = _clean_name(name_zh, code)
        row.name_en = _clean_name(name_en or name_zh, code)
        info = CenterInfo(row.code, row.name_zh, row.name_en)
    session.commit()
    return info


def list_centers(session: Session, actor: Actor) -> list[CenterInfo]:
    actor.require(Permission.READ_STATISTICS)
    rows = session.scalars(select(DistrictCenter).order_by(DistrictCenter.code)).all()
    return [CenterInfo(r.code, r.name_zh, r.name_en) for r in rows]
