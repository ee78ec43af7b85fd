"""The catalog reads in English as well as Chinese: services, materials, counters, receiving
bodies and dispute types; an English receipt prints the materials in English."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select, text

from services.admin.catalog import ServiceFields, create_service, update_service
from services.catalog.english.missing import rows_without_english
from services.core.actors import Actor, Role
from services.core.errors import ValidationError
from services.storage.casework_models import ReceivingBody
from services.storage.db import Database, open_database
from services.storage.migrate import upgrade
from services.storage.models import Service

ADMIN = Actor("admin", Role.ADMIN)


def test_the_seeded_catalog_has_english_everywhere(database: Database) -> None:
    with database.reader() as session:
        assert rows_without_english(session) == []
        service = session.scalars(select(Service).where(Service.code == "A")).one()
        assert service.materials_en == ["Original ID card", "Household register", "One-inch photo"]
        bodies = {b.name: b for b in session.scalars(select(ReceivingBody))}
        street = bodies["街道人民调解委员会"]
        assert street.name_en == "Subdistrict People's Mediation Committee"
        assert "neighbour" in street.dispute_types
        assert "neighbour" not in bodies["区医疗纠纷人民调解委员会"].dispute_types


def test_a_row_without_english_is_found_until_the_administrator_types_it(
    database: Database,
) -> None:
    fields = ServiceFields(
        code="J", name_zh="公积金", name_en="Housing fund", materials=("身份证原件", "缴存证明")
    )
    with database.writer() as session:
        record = create_service(session, ADMIN, fields)
        # the known material gets its English, the center's own one waits for a person
        assert record.materials_en == ("Original ID card", "")
        assert rows_without_english(session) == ["service J: material '缴存证明' has no English"]
        with pytest.raises(ValidationError, match="same line"):
            update_service(
                session,
                ADMIN,
                record.id,
                ServiceFields(**{**vars(fields), "materials_en": ("x", "y", "z")}),
            )
        both = ServiceFields(**{**vars(fields), "materials_en": ("ID card", "Proof of deposits")})
        updated = update_service(session, ADMIN, record.id, both)
        assert updated.materials_en == ("ID card", "Proof of deposits")
        assert rows_without_english(session) == []
        session.add(ReceivingBody(name="社区调解室", channel="peoples"))
        session.flush()
        assert rows_without_english(session) == ["receiving body '社区调解室': no English name"]
        session.rollback()


def test_the_migration_gives_seeded_rows_their_english(tmp_path: Path) -> None:
    database = open_database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    try:
        upgrade(database, "0005")
        with database.engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO service (code, name_zh, name_en, description_zh, description_en,"
                    " promised_days, target_wait_minutes, is_dispute, active, sort_order,"
                    " materials) VALUES ('A', '社会保障', 'Social security', '', '', 5, 20, 0, 1,"
                    " 0, :materials)"
                ),
                {"materials": json.dumps(["身份证原件", "自备材料"], ensure_ascii=False)},
            )
            connection.execute(
                text(
                    "INSERT INTO receiving_body (name, channel, address, phone, active)"
                    " VALUES ('区医疗纠纷人民调解委员会', 'peoples', '', '', 1)"
                )
            )
        upgrade(database)
        with database.reader() as session:
            service = session.scalars(select(Service)).one()
            assert service.materials_en == ["Original ID card", ""]
            body = session.scalars(select(ReceivingBody)).one()
            assert (body.name_en, body.dispute_types) == (
                "District Medical Dispute Mediation Committee",
                ["medical"],
            )
    finally:
        database.dispose()
