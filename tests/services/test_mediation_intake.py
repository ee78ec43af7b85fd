"""Registering disputes: parties, validation, the request link and case numbers."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from services.casework.requests import accept_request, get_request
from services.casework.residents import find_or_create_resident
from services.core.actors import SYSTEM
from services.core.errors import InvalidIdNumber, NotFound, ValidationError
from services.mediation import intake as mediation_intake
from services.mediation.intake import format_case_number, validate_organisation_code
from services.storage.casework_models import MediationCase, MediationParty
from services.storage.db import Database
from services.storage.models import AuditLog
from tests.services.mediation_helpers import (
    ID_LIU,
    ID_WANG,
    ID_ZHANG,
    ORG_CODE,
    Clock,
    last_audit,
    last_event,
    people,
    register,
)


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.writer() as s:
        yield s


@pytest.fixture
def clock() -> Clock:
    return Clock()


def test_a_registered_case_keeps_its_parties_and_shows_ids_masked(
    session: Session, clock: Clock
) -> None:
    case = register(session, clock, dispute_type="property_management", escalation_risk=True)
    assert case.number == "M-2026-000001"
    assert (case.state, case.dispute_type, case.source, case.escalation_risk) == (
        "registered",
        "property_management",
        "party_applied",
        True,
    )
    assert case.allowed_transitions == ("declined", "referred", "accepted")
    (applicant,) = case.applicants
    person, company = case.respondents
    assert applicant.id_number_masked == ID_ZHANG[:6] + "********" + ID_ZHANG[-4:]
    assert (person.agent_name, person.agent_phone) == ("王小明", "13700000000")
    assert (company.is_organisation, company.organisation_code, company.id_number_masked) == (
        True,
        ORG_CODE,
        None,
    )
    for full in (ID_ZHANG, ID_WANG):
        assert full not in repr(case)
    stored = dict(
        (name, number)
        for name, number in session.execute(select(MediationParty.name, MediationParty.id_number))
    )
    assert stored["张秀兰"] == ID_ZHANG  # stored in full, shown masked
    event = last_event(session, case.id)
    assert (event.kind, event.from_state, event.to_state) == ("registered", None, "registered")
    audit = last_audit(session)
    assert (audit.action, audit.target_id) == ("mediation.registered", case.number)
    assert ID_ZHANG not in str(audit.details)


def test_numbers_run_per_year(session: Session, clock: Clock) -> None:
    numbers = [register(session, clock).number for _ in range(3)]
    assert numbers == ["M-2026-000001", "M-2026-000002", "M-2026-000003"]
    # 2027-01-01 00:30 in Beijing is still 2026 in UTC: the local year counts.
    new_year = datetime(2026, 12, 31, 16, 30, tzinfo=UTC)
    case = mediation_intake.register_case(
        session,
        SYSTEM,
        **people(),
        dispute_type="other",
        source="center_initiative",
        facts="x",
        now=new_year,
    )
    assert case.number == "M-2027-000001"
    assert format_case_number(2026, 45) == "M-2026-000045"


def test_numbers_are_unique_and_gapless_across_stations(database: Database) -> None:
    workers, each = 4, 5
    errors: list[BaseException] = []

    def station() -> None:
        clock = Clock()
        try:
            with database.writer() as s:
                for _ in range(each):
                    register(s, clock)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=station) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with database.reader() as s:
        numbers = sorted(s.scalars(select(MediationCase.number)))
    assert numbers == [format_case_number(2026, n) for n in range(1, workers * each + 1)]


def test_bad_input_is_refused_and_nothing_is_written(session: Session, clock: Clock) -> None:
    bad_id = ID_LIU[:-1] + ("0" if ID_LIU[-1] != "0" else "1")
    attempts: list[tuple[type[Exception], str, dict[str, Any]]] = [
        (
            InvalidIdNumber,
            "check",
            {"applicants": [mediation_intake.PersonParty("刘", id_number=bad_id)]},
        ),
        (
            ValidationError,
            "credit code",
            {"respondents": [mediation_intake.OrganisationParty("某公司", "123")]},
        ),
        (ValidationError, "applicant", {"applicants": []}),
        (ValidationError, "respondent", {"respondents": []}),
        (ValidationError, "dispute type", {"dispute_type": "quarrel"}),
        (ValidationError, "case source", {"source": "walk_in"}),
        (ValidationError, "facts", {"facts": "   "}),
        (ValidationError, "name", {"applicants": [mediation_intake.PersonParty("  ")]}),
        (
            ValidationError,
            "phone",
            {"applicants": [mediation_intake.PersonParty("刘", phone="call me")]},
        ),
        (
            ValidationError,
            "both an applicant and a respondent",
            {"respondents": [mediation_intake.PersonParty("张秀兰", id_number=ID_ZHANG)]},
        ),
        (NotFound, "service request", {"request_id": 999}),
        (
            NotFound,
            "resident",
            {"applicants": [mediation_intake.PersonParty("刘", resident_id=999)]},
        ),
    ]
    audits = session.scalar(select(func.count()).select_from(AuditLog))
    for error, words, override in attempts:
        with pytest.raises(error, match=words):
            register(session, clock, **override)
    assert session.scalar(select(func.count()).select_from(MediationCase)) == 0
    assert session.scalar(select(func.count()).select_from(AuditLog)) == audits
    assert register(session, clock).number == "M-2026-000001"  # no number was used up


def test_ids_are_normalised_and_organisation_codes_checked() -> None:
    assert validate_organisation_code(" 91350100m000100y43 ") == ORG_CODE
    with pytest.raises(ValidationError, match="check character"):
        validate_organisation_code(ORG_CODE[:-1] + "4")


def test_a_case_from_a_service_request_refers_the_request(session: Session, clock: Clock) -> None:
    resident = find_or_create_resident(
        session, SYSTEM, ID_LIU, "刘芳", "13600000000", "和平街5号", now=clock.tick()
    )
    request = accept_request(
        session,
        SYSTEM,
        resident_id=resident.id,
        service_code="F",
        description="邻里噪音纠纷",
        now=clock.tick(),
    )
    case = register(
        session,
        clock,
        request_id=request.id,
        applicants=[mediation_intake.PersonParty("", resident_id=resident.id)],
    )
    (applicant,) = case.applicants
    assert (applicant.name, applicant.phone, applicant.resident_id) == (
        "刘芳",
        "13600000000",
        resident.id,
    )
    assert applicant.id_number_masked == ID_LIU[:6] + "********" + ID_LIU[-4:]
    assert case.request_id == request.id
    referred = get_request(session, SYSTEM, request.id, now=clock.now)
    assert (referred.status, referred.case_number) == ("referred", case.number)
    with pytest.raises(ValidationError, match="not the resident"):
        register(
            session,
            clock,
            applicants=[
                mediation_intake.PersonParty("刘芳", id_number=ID_ZHANG, resident_id=resident.id)
            ],
        )
