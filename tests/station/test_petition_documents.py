"""The petition documents read back with pdftotext and zbarimg: the registration slip and each
written notice, in Chinese and English, with masked petitioners and a scannable code."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from services.calendar.holiday_seed import seed_holidays
from services.core.actors import SYSTEM
from services.core.errors import InvalidTransition, ValidationError
from services.petitions import common as petition_common
from services.petitions import intake as petition_intake
from services.petitions import moves as petition_moves
from services.storage.db import open_database
from station.petition_documents import petition_pdf
from tests.printing.tools import pdf_text, pdf_to_pngs, require_cjk_font, scan_barcodes
from tests.services.mediation_helpers import ID_ZHANG
from tests.services.petition_helpers import MANAGER, WANG, ZHANG


def _on(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 2, 0, tzinfo=UTC)


def compact(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def session(sqlite_url: str) -> Iterator[Session]:
    require_cjk_font()
    database = open_database(sqlite_url)
    with database.writer() as s:
        seed_holidays(s, SYSTEM, 2026, now=_on(date(2026, 6, 1)))
        yield s
    database.dispose()


def _petition(session: Session) -> petition_common.PetitionInfo:
    info = petition_intake.register_petition(
        session,
        SYSTEM,
        channel="visit",
        category="labour_social_security",
        concerned_body="区人力资源和社会保障局",
        matter="某公司拖欠农民工工资三个月",
        petitioners=[ZHANG, WANG],
        headcount=7,
        now=_on(date(2026, 6, 1)),
    )
    petition_moves.accept(session, SYSTEM, info.id, now=_on(date(2026, 6, 2)))
    petition_moves.extend(
        session, MANAGER, info.id, days=20, reason="需要调取用工记录", now=_on(date(2026, 7, 1))
    )
    return petition_moves.reply(
        session,
        SYSTEM,
        info.id,
        finding="supported",
        opinion="责令该公司十日内足额支付工资。",
        satisfaction="satisfied",
        now=_on(date(2026, 8, 10)),
    )


def test_the_slip_and_the_notices_in_chinese(session: Session, tmp_path: Path) -> None:
    info = _petition(session)
    expected = {
        "slip": ["信访事项登记回执", "走访", "劳动和社会保障", "2026年6月16日", "7"],
        "accept": ["信访事项受理告知书", "已于2026年6月2日依法受理", "2026年8月3日前办结"],
        "extend": ["信访事项延期办理告知书", "延长20日", "需要调取用工记录", "2026年8月21日"],
        "reply": ["信访事项处理意见书", "予以支持", "责令该公司十日内足额支付工资", "2026年9月9日"],
    }
    for kind, phrases in expected.items():
        pdf = petition_pdf(session, SYSTEM, info.id, kind, "zh_CN", now=_on(date(2026, 8, 10)))
        text = compact(pdf_text(pdf, tmp_path))
        for phrase in [info.number, "110105********" + ID_ZHANG[-4:], "139****9000", *phrases]:
            assert compact(phrase) in text, (kind, phrase)
        assert ID_ZHANG not in text
        assert "13900139000" not in text
        pages = pdf_to_pngs(pdf, tmp_path / kind)
        assert scan_barcodes(pages[0]) == [info.number]


def test_decline_and_forward_notices_in_english(session: Session, tmp_path: Path) -> None:
    declined = petition_intake.register_petition(
        session,
        SYSTEM,
        channel="letter",
        category="land_resources",
        concerned_body="区自然资源局",
        matter="土地承包合同纠纷",
        petitioners=[ZHANG],
        now=_on(date(2026, 6, 1)),
    )
    petition_moves.decline(
        session,
        SYSTEM,
        declined.id,
        routes=["litigation", "arbitration"],
        note="属于民事争议",
        now=_on(date(2026, 6, 3)),
    )
    pdf = petition_pdf(session, SYSTEM, declined.id, "decline", "en")
    text = compact(pdf_text(pdf, tmp_path))
    for phrase in ["Notice of non-acceptance", "Bring a suit in court", "Apply for arbitration"]:
        assert compact(phrase) in text
    forwarded = petition_intake.register_petition(
        session,
        SYSTEM,
        channel="online",
        category="education",
        concerned_body="区教育局",
        matter="学位分配",
        petitioners=[WANG],
        now=_on(date(2026, 6, 1)),
    )
    petition_moves.forward(
        session, SYSTEM, forwarded.id, to_body="市教育局", now=_on(date(2026, 6, 4))
    )
    pdf = petition_pdf(session, SYSTEM, forwarded.id, "forward", "en")
    text = compact(pdf_text(pdf, tmp_path))
    assert compact("it was forwarded there on 2026-06-04") in text
    assert "市教育局" in text


def test_a_notice_for_a_step_not_taken_is_refused(session: Session) -> None:
    info = petition_intake.register_petition(
        session,
        SYSTEM,
        channel="phone",
        category="other",
        concerned_body="街道办",
        matter="噪音",
        petitioners=[ZHANG],
        now=_on(date(2026, 6, 1)),
    )
    with pytest.raises(InvalidTransition, match="no accept notice"):
        petition_pdf(session, SYSTEM, info.id, "accept", "zh_CN")
    with pytest.raises(ValidationError, match="Unknown petition document"):
        petition_pdf(session, SYSTEM, info.id, "poem", "zh_CN")
